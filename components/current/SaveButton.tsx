import { i18n } from '#i18n';
import { useState } from 'react';
import { getDb } from '@/lib/db';
import { useIsSaved } from '@/lib/hooks/use-shortlist';
import { requestPersistence } from '@/lib/persist';
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
      // A saved creator is worth keeping: ask the browser not to evict our data.
      else void requestPersistence();
    } catch (err) {
      setError(i18n.t('current.saveFailed', [err instanceof Error ? err.message : String(err)]));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="cs-current__save">
      {saved ? (
        <p className="cs-current__saved" role="status">
          {i18n.t('current.saved')}
        </p>
      ) : (
        <Button variant="primary" onClick={() => void save()} disabled={saving || saved === undefined}>
          {saving ? i18n.t('overlay.saving') : i18n.t('current.save')}
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
