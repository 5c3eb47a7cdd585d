import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatExactCount, formatRange } from '@/core/text/format';
import { goalLabel, type SavedPlan } from '@/core/planner/plan';
import { browserTranslator } from '@/lib/i18n';
import { getDb } from '@/lib/db';
import { deletePlan, listPlans } from '@/lib/plans';
import { Button } from '../ui/Button';
import { uiLocale } from '../ui/labels';

/** The saved plans, newest first: open one, or delete it. */
export function SavedPlans({ onOpen, openId }: { onOpen: (plan: SavedPlan) => void; openId: string | null }) {
  const read = useLiveQuery(() => listPlans(getDb()), []);
  if (!read) return null;
  const locale = uiLocale();
  const t = browserTranslator();
  const title = (p: SavedPlan) => p.name || i18n.t('planner.untitled');
  return (
    <section className="cs-plan__saved" aria-label={i18n.t('planner.savedPlans')}>
      <h3>{i18n.t('planner.savedPlans')}</h3>
      {read.unreadable.length > 0 ? (
        <p className="cs-plan__error" role="note">
          {i18n.t('planner.unreadable', read.unreadable.length, [formatExactCount(read.unreadable.length, locale)])}
        </p>
      ) : null}
      {read.plans.length === 0 ? <p className="cs-plan__muted">{i18n.t('planner.noSaved')}</p> : null}
      <ul>
        {read.plans.map((p) => (
          <li key={p.id} data-plan={p.id} aria-current={p.id === openId ? 'true' : undefined}>
            <strong>{title(p)}</strong>{' '}
            <span className="cs-plan__muted">
              {i18n.t('planner.savedLine', [
                goalLabel(p.inputs.goal, t),
                formatExactCount(p.summary.creators, locale),
                formatRange(p.summary.cost, 'money', p.summary.currency, locale),
                new Date(p.updatedAt).toLocaleDateString(locale),
              ])}
            </span>{' '}
            <Button variant="quiet" onClick={() => onOpen(p)} aria-label={i18n.t('planner.openOne', [title(p)])}>
              {i18n.t('planner.open')}
            </Button>
            <Button
              variant="danger"
              onClick={() => void deletePlan(getDb(), p.id)}
              aria-label={i18n.t('planner.deleteOne', [title(p)])}
            >
              {i18n.t('planner.delete')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
