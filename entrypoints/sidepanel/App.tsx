import { i18n } from '#i18n';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { CompareView } from '@/components/compare/CompareView';
import { CurrentCreator } from '@/components/current/CurrentCreator';
import { PlannerView } from '@/components/planner/PlannerView';
import { ShortlistView } from '@/components/shortlist/ShortlistView';
import { Button } from '@/components/ui/Button';
import { Tabs, type TabDef } from './Tabs';
import '@/components/tokens.css';
import './app.css';

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
  const tabs: TabDef<View>[] = VIEWS.map((id) => ({ id, label: i18n.t(`sidepanel.tab.${id}`) }));
  return (
    <main className="cs-panel">
      <header className="cs-panel__head">
        <Tabs tabs={tabs} selected={view} onSelect={setView} idPrefix="cs" />
        <Button variant="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('sidepanel.settings')}
        </Button>
      </header>
      <section
        role="tabpanel"
        id={`cs-panel-${view}`}
        aria-labelledby={`cs-tab-${view}`}
        className="cs-panel__body"
      >
        <ViewBody view={view} />
      </section>
    </main>
  );
}
