import { useState } from 'react';
import { getDb } from '@/lib/db';
import { useIsSaved } from '@/lib/hooks/use-shortlist';
import { saveToShortlist } from '@/lib/shortlist';
import { Button } from '../ui/Button';

/** Save the creator to the shortlist; shows "Saved ✓ — in shortlist" once it is there. */
export function SaveButton({ creatorKey }: { creatorKey: string }) {
  const saved = useIsSaved(creatorKey);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const result = await saveToShortlist(getDb(), creatorKey, Date.now());
      if (!result.ok) setError(result.reason);
    } catch (err) {
      setError(`Could not save: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="cs-current__save">
      {saved ? (
        <p className="cs-current__saved" role="status">
          Saved ✓ — in shortlist
        </p>
      ) : (
        <Button variant="primary" onClick={() => void save()} disabled={saving || saved === undefined}>
          {saving ? 'Saving…' : 'Save to shortlist'}
        </Button>
      )}
      {error ? (
        <p className="cs-current__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
