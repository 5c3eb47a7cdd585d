import { i18n } from '#i18n';
import { useId, useState, type ChangeEvent } from 'react';
import {
  applyImport,
  exportCsvBackup,
  exportJsonBackup,
  previewImport,
  type ExistingPolicy,
  type ImportPreview as Preview,
  type ImportReport,
} from '@/lib/backup';
import { backupFilename } from '@/lib/backup-json';
import { readBackup } from '@/lib/backup-read';
import { getDb } from '@/lib/db';
import { downloadText } from '@/lib/download';
import { useShortlist } from '@/lib/hooks/use-shortlist';
import { Button } from '../ui/Button';
import { ImportPreview } from './ImportPreview';
import { StorageStatus } from './StorageStatus';
import './backup.css';

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'preview'; file: string; preview: Preview; busy: boolean }
  | { step: 'done'; report: ImportReport };

function reportText(r: ImportReport): string {
  const parts = [i18n.t('backup.imported', [r.added, r.replaced])];
  if (r.changedMeanwhile.length > 0)
    parts.push(i18n.t('backup.changedMeanwhile', r.changedMeanwhile.length, [r.changedMeanwhile.length]));
  if (r.historyAdded > 0) parts.push(i18n.t('backup.historyRestored', r.historyAdded, [r.historyAdded]));
  return parts.join(' ');
}

/**
 * Settings section: storage status, backup export (JSON or CSV) and restore
 * with a preview of every row before anything is written.
 */
export function BackupSection() {
  const ids = useId();
  const read = useShortlist();
  const [history, setHistory] = useState(false);
  const [policy, setPolicy] = useState<ExistingPolicy>('keep');
  const [exported, setExported] = useState('');
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const exportAs = async (format: 'json' | 'csv') => {
    const now = new Date();
    const { text, count } =
      format === 'json' ? await exportJsonBackup(getDb(), now, { history }) : await exportCsvBackup(getDb());
    downloadText(
      backupFilename(now, format),
      text,
      format === 'json' ? 'application/json;charset=utf-8' : 'text/csv;charset=utf-8',
    );
    setExported(i18n.t('backup.exported', count, [count, format.toUpperCase()]));
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = readBackup(await file.text());
    if (!parsed.ok) {
      setState({ step: 'error', message: `${file.name}: ${parsed.error}` });
      return;
    }
    setState({ step: 'preview', file: file.name, preview: await previewImport(getDb(), parsed, policy), busy: false });
  };

  const apply = async (preview: Preview, file: string) => {
    setState({ step: 'preview', file, preview, busy: true });
    setState({ step: 'done', report: await applyImport(getDb(), preview) });
  };

  const unreadable = read?.unreadable.length ?? 0;
  return (
    <section className="cs-opt__group cs-bk" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="cs-bk__title">
        {i18n.t('backup.title')}
      </h2>
      <StorageStatus />
      <h3 className="cs-bk__sub">{i18n.t('backup.backUp')}</h3>
      <p className="cs-bk__muted">
        {read ? i18n.t('backup.saved', read.entries.length, [read.entries.length]) : i18n.t('backup.reading')}
        {unreadable > 0 ? ` ${i18n.t('backup.unreadable', unreadable, [unreadable])}` : ''}
      </p>
      <label className="cs-opt__check">
        <input type="checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} />
        {i18n.t('backup.history')}
      </label>
      <div className="cs-bk__actions">
        <Button onClick={() => void exportAs('json')} disabled={!read}>
          {i18n.t('backup.exportJson')}
        </Button>
        <Button onClick={() => void exportAs('csv')} disabled={!read}>
          {i18n.t('backup.exportCsv')}
        </Button>
        <span role="status">{exported}</span>
      </div>
      <h3 className="cs-bk__sub">{i18n.t('backup.restore')}</h3>
      <label className="cs-opt__check">
        <input
          type="checkbox"
          checked={policy === 'newer'}
          onChange={(e) => setPolicy(e.target.checked ? 'newer' : 'keep')}
        />
        {i18n.t('backup.policy')}
      </label>
      <label className="cs-bk__file">
        {i18n.t('backup.file')}{' '}
        <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void choose(e)} />
      </label>
      {state.step === 'error' ? (
        <p className="cs-opt__error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <ImportPreview
          preview={state.preview}
          busy={state.busy}
          onApply={() => void apply(state.preview, state.file)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : null}
      {state.step === 'done' ? <p role="status">{reportText(state.report)}</p> : null}
    </section>
  );
}
