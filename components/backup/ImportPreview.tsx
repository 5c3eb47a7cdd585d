import { i18n } from '#i18n';
import type { ImportPreview as Preview } from '@/lib/backup';
import { Button } from '../ui/Button';

/** What an import would do, row by row, before anything is written. */
export function ImportPreview({
  preview,
  busy,
  onApply,
  onCancel,
}: {
  preview: Preview;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const total = preview.add.length + preview.replace.length;
  const history = preview.history.snapshots.length + preview.history.postComments.length;
  return (
    <section className="cs-bk__preview" aria-label={i18n.t('backup.preview')}>
      <ul className="cs-bk__counts">
        <li>{i18n.t('backup.willAdd', preview.add.length, [preview.add.length])}</li>
        {preview.replace.length > 0 ? (
          <li>{i18n.t('backup.willReplace', preview.replace.length, [preview.replace.length])}</li>
        ) : null}
        <li>
          {i18n.t('backup.willSkip', preview.skipped.length, [preview.skipped.length])}
          {preview.rejectedCount > 0 ? ` ${i18n.t('backup.notValid', [preview.rejectedCount])}` : ''}
        </li>
        {history > 0 ? <li>{i18n.t('backup.historyInFile', history, [history])}</li> : null}
      </ul>
      {total > 0 ? (
        <details>
          <summary>{i18n.t('backup.toImport')}</summary>
          <ul className="cs-bk__list">
            {[...preview.add, ...preview.replace].map((e) => (
              <li key={e.key}>
                {e.platform} @{e.handle}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.skipped.length > 0 ? (
        <table className="cs-bk__skipped">
          <caption>{i18n.t('backup.skipped')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('backup.where')}</th>
              <th scope="col">{i18n.t('planner.creator')}</th>
              <th scope="col">{i18n.t('backup.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.skipped.map((s, i) => (
              <tr key={`${s.label}-${i}`}>
                <td>{s.label}</td>
                <td>{s.handle === null ? '—' : `@${s.handle}`}</td>
                <td>{s.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="cs-bk__actions">
        <Button variant="primary" onClick={onApply} disabled={busy || (total === 0 && history === 0)}>
          {busy ? i18n.t('backup.importing') : i18n.t('backup.import', total, [total])}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {i18n.t('backup.cancel')}
        </Button>
      </div>
    </section>
  );
}
