import { i18n } from '#i18n';
import { useState } from 'react';
import { formatExactCount } from '@/core/text/format';
import type { Snapshot } from '@/core/page/snapshot';
import { copyDiagnostics } from '@/lib/diagnostics';
import { Button } from '../ui/Button';
import { ReasonList } from '../ui/ReasonList';
import { uiLocale } from '../ui/labels';
import { fieldLabel, readRows, sourceLabel } from './what-was-read';
import './what-was-read.css';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * "What was read": each profile field, its value, the source it came from
 * (and whether the page printed it rounded), what is missing and why, sources
 * that disagreed, and limits a huge page hit. Page text is rendered as text.
 * "Copy diagnostics" puts a JSON report on the clipboard for bug reports.
 */
export function WhatWasRead({ snapshot, version }: { snapshot: Snapshot; version?: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const rows = readRows(snapshot);
  const conflicts = snapshot.read?.conflicts ?? [];
  const truncated = snapshot.read?.truncated ?? [];
  const locale = uiLocale();
  const num = (n: number) => formatExactCount(n, locale);
  const printed = (side: { raw?: string | null; exact?: boolean }) =>
    side.raw && !side.exact ? i18n.t('read.printed', [side.raw]) : '';
  const onCopy = () => {
    void copyDiagnostics(snapshot, version).then((ok) => setCopy(ok ? 'copied' : 'failed'));
  };
  return (
    <section aria-labelledby="cs-read-title">
      <h3 id="cs-read-title">{i18n.t('read.title')}</h3>
      {/* A description list, not a table: one term per field, its value and source beside it. */}
      <dl className="cs-read" aria-label={i18n.t('read.fields')}>
        {rows.map((row) => (
          <div key={row.field} className="cs-read__row" data-field={row.field}>
            <dt>{row.label}</dt>
            <dd className="cs-read__value">
              {row.value ?? <span className="cs-missing">{i18n.t('common.notOnPage')}</span>}
            </dd>
            <dd className="cs-read__source">
              {row.value === null ? row.why : row.source}
              {row.how ? <span className="cs-read__how">{row.how}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="cs-analysis__sub">
        {i18n.t('read.postsRead', [num(snapshot.posts.length), num(snapshot.posts.filter((p) => p.pinned).length)])}
      </p>
      {conflicts.length > 0 ? (
        <ReasonList
          label={i18n.t('read.disagree')}
          reasons={conflicts.map((c) =>
            i18n.t('read.conflict', [
              fieldLabel(c.field),
              sourceLabel(c.chosen.source),
              `${num(c.chosen.value)}${printed(c.chosen)}`,
              sourceLabel(c.other.source),
              `${num(c.other.value)}${printed(c.other)}`,
            ]),
          )}
        />
      ) : null}
      {truncated.length > 0 ? <ReasonList label={i18n.t('read.inPart')} reasons={truncated} /> : null}
      <div className="cs-read__actions">
        <Button onClick={onCopy}>{i18n.t('read.copy')}</Button>
        <span aria-live="polite" className="cs-analysis__sub">
          {copy === 'copied' ? i18n.t('read.copied') : copy === 'failed' ? i18n.t('read.copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
