import { i18n } from '#i18n';
import { downloadText } from '@/lib/download';
import { Button } from '../ui/Button';

/**
 * Saved records that failed validation are skipped by the list but never
 * deleted; this says how many and lets the marketer take them out raw.
 */

function unreadableText(n: number): string {
  return i18n.t('shortlist.unreadable', n, [n]);
}

/** Whatever IndexedDB gave back, as JSON; a value JSON cannot hold is kept as text. */
export function rawRecordsJson(records: readonly unknown[]): string {
  const safe = records.map((record) => {
    // A corrupt record may hold cycles or bigints: keep the rest of it readable.
    const seen = new WeakSet<object>();
    const replacer = (_key: string, value: unknown): unknown => {
      if (typeof value === 'bigint') return value.toString();
      if (typeof value === 'object' && value !== null) {
        if (seen.has(value)) return '[circular]';
        seen.add(value);
      }
      return value;
    };
    try {
      return JSON.parse(JSON.stringify(record, replacer) ?? 'null') as unknown;
    } catch {
      return { unserializable: String(record) };
    }
  });
  return JSON.stringify({ format: 'creator-scout-unreadable', records: safe }, null, 1);
}

export function UnreadableNotice({ records }: { records: readonly unknown[] }) {
  if (records.length === 0) return null;
  const download = () =>
    downloadText('creator-scout-unreadable.json', rawRecordsJson(records), 'application/json;charset=utf-8');
  return (
    <p className="cs-sl__warning" role="note">
      {unreadableText(records.length)} —{' '}
      <Button variant="quiet" onClick={download}>
        {i18n.t('shortlist.exportRaw', records.length)}
      </Button>
    </p>
  );
}
