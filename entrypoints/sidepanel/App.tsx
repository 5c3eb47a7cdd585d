import { useState } from 'react';
import { browser } from 'wxt/browser';
import { CurrentCreator } from '@/components/current/CurrentCreator';
import { ShortlistView } from '@/components/shortlist/ShortlistView';
import { Button } from '@/components/ui/Button';
import { Tabs, type TabDef } from './Tabs';
import '@/components/tokens.css';
import './app.css';

type View = 'current' | 'shortlist';
const VIEWS: TabDef<View>[] = [
  { id: 'current', label: 'Current' },
  { id: 'shortlist', label: 'Shortlist' },
];

/** The side panel: the creator in the active tab, and the shortlist. */
export function App() {
  const [view, setView] = useState<View>('current');
  return (
    <main className="cs-panel">
      <header className="cs-panel__head">
        <Tabs tabs={VIEWS} selected={view} onSelect={setView} idPrefix="cs" />
        <Button variant="quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </Button>
      </header>
      <section
        role="tabpanel"
        id={`cs-panel-${view}`}
        aria-labelledby={`cs-tab-${view}`}
        className="cs-panel__body"
      >
        {view === 'current' ? <CurrentCreator follow /> : <ShortlistView />}
      </section>
    </main>
  );
}
