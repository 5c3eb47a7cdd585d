import { i18n } from '#i18n';
import { lazy, Suspense, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CurrentCreator } from '@/components/current/CurrentCreator';
import { Button } from '@/components/ui/Button';
import { Tabs, type TabDef } from './Tabs';
import '@/components/tokens.css';
import './app.css';

// The panel opens on the current creator. The shortlist (with its virtual
// list) loads just after the first paint, so its tab opens at once; Compare
// and the planner load when their tab is first opened.
const loadShortlist = () => import('@/components/shortlist/ShortlistView').then((m) => ({ default: m.ShortlistView }));
const ShortlistView = lazy(loadShortlist);
const CompareView = lazy(() => import('@/components/compare/CompareView').then((m) => ({ default: m.CompareView })));
const PlannerView = lazy(() => import('@/components/planner/PlannerView').then((m) => ({ default: m.PlannerView })));

type View = 'current' | 'shortlist' | 'compare' | 'plan';
const VIEWS: View[] = ['current', 'shortlist', 'compare', 'plan'];

function ViewBody({ view }: { view: View }) {
  switch (view) {
    case 'current':
      return <CurrentCreator follow />;
    case 'shortlist':
      return <ShortlistView />;
    case 'compare':
      return <CompareView />;
    case 'plan':
      return <PlannerView />;
  }
}

/** The side panel: the creator in the active tab, the shortlist, compare and the campaign planner. */
export function App() {
  const [view, setView] = useState<View>('current');
  useEffect(() => {
    void loadShortlist();
  }, []);
  const tabs: TabDef<View>[] = VIEWS.map((id) => ({ id, label: i18n.t(`sidepanel.tab.${id}`) }));
  return (
    <main className="cs-panel">
      <header className="cs-panel__head">
        <Tabs tabs={tabs} selected={view} onSelect={setView} idPrefix="cs" />
        <Button variant="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('sidepanel.settings')}
        </Button>
      </header>
      <section role="tabpanel" id={`cs-panel-${view}`} aria-labelledby={`cs-tab-${view}`} className="cs-panel__body">
        <Suspense fallback={<p aria-busy="true">{i18n.t('current.loading')}</p>}>
          <ViewBody view={view} />
        </Suspense>
      </section>
    </main>
  );
}
