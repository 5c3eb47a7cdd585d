import { i18n } from '#i18n';
import { useMemo } from 'react';
import { compareCreators } from '@/core/shortlist/compare';
import { COMPARE_MAX, COMPARE_MIN } from '@/core/shortlist/compare-limits';
import { useCompareSelection } from '../shortlist/selection';
import { useAnalysedShortlist } from '../shortlist/use-rows';
import { Button } from '../ui/Button';
import { browserTranslator } from '@/lib/i18n';
import { PLATFORM_LABELS, uiLocale } from '../ui/labels';
import '../tokens.css';
import '../ui/ui.css';
import './compare.css';

/**
 * The ticked creators side by side: every figure with its range, the
 * benchmark position and pod risk with their reasons; the best of each row
 * is marked with a word, not only a colour.
 */
export function CompareView() {
  const keys = useCompareSelection((s) => s.keys);
  // Only the ticked creators are read and analysed, not the whole shortlist.
  const { rows, loaded, settings } = useAnalysedShortlist(keys);
  const remove = useCompareSelection((s) => s.remove);
  const clear = useCompareSelection((s) => s.clear);
  const picked = useMemo(() => {
    const byKey = new Map(rows.map((r) => [r.key, r.analysis]));
    return keys.map((k) => byKey.get(k)).filter((a) => a !== undefined);
  }, [rows, keys]);
  const table = useMemo(() => compareCreators(picked, settings, uiLocale(), browserTranslator()), [picked, settings]);

  if (!loaded) return <p className="cs-cmp__empty">{i18n.t('compare.loading')}</p>;
  if (picked.length < COMPARE_MIN) {
    return <p className="cs-cmp__empty">{i18n.t('compare.tick', [COMPARE_MIN, COMPARE_MAX, picked.length])}</p>;
  }
  return (
    <div className="cs-cmp">
      <div className="cs-cmp__toolbar">
        <span>
          {i18n.t('compare.comparing', [picked.length])} <strong>{i18n.t('compare.best')}</strong>{' '}
          {i18n.t('compare.bestMarks')}
        </span>
        <Button variant="quiet" onClick={clear}>
          {i18n.t('compare.clear')}
        </Button>
      </div>
      <div className="cs-cmp__scroll">
        <table className="cs-cmp__table" aria-label={i18n.t('compare.table')}>
          <thead>
            <tr>
              <th scope="col">{i18n.t('compare.figure')}</th>
              {table.columns.map((c) => (
                <th scope="col" key={c.key} data-key={c.key}>
                  @{c.handle}
                  <span className="cs-cmp__muted"> {PLATFORM_LABELS[c.platform]}</span>
                  <Button
                    variant="quiet"
                    aria-label={i18n.t('compare.remove', [c.handle])}
                    onClick={() => remove(c.key)}
                  >
                    ×
                  </Button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">
                  {row.label}
                  {row.better ? (
                    <span className="cs-cmp__muted">
                      {' '}
                      {i18n.t(row.better === 'higher' ? 'compare.higherBetter' : 'compare.lowerBetter')}
                    </span>
                  ) : null}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={table.columns[i]?.key ?? i} className={cell.best ? 'cs-cmp__best' : undefined}>
                    {cell.text}
                    {cell.best ? <span className="cs-cmp__badge"> {i18n.t('compare.best')}</span> : null}
                    {cell.details.length > 0 ? (
                      <details className="cs-cmp__why">
                        <summary>{i18n.t('ui.why')}</summary>
                        <ul>
                          {cell.details.map((d, j) => (
                            <li key={j}>{d}</li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
