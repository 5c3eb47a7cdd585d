import { i18n } from '#i18n';
import { CurrentCreator } from '@/components/current/CurrentCreator';
import { openSidePanel } from '@/components/current/panel-actions';
import { OverlayToggle } from '@/components/current/OverlayToggle';
import { Shortcuts } from '@/components/current/Shortcuts';
import { Button } from '@/components/ui/Button';
import { useActiveTab } from '@/lib/hooks/use-active-tab';
import '@/components/tokens.css';
import './app.css';

/** The toolbar popup: the current tab's creator, Save, and the way to the side panel. */
export function App() {
  const { windowId, url } = useActiveTab();
  const open = async () => {
    // The popup would stay on top of the panel it just opened.
    if (await openSidePanel(windowId)) window.close();
  };
  return (
    <main className="cs-popup">
      <header className="cs-popup__head">
        <h1 className="cs-popup__title">Creator Scout</h1>
        <Button onClick={() => void open()}>{i18n.t('popup.openSidePanel')}</Button>
      </header>
      <CurrentCreator />
      <OverlayToggle url={url} />
      <Shortcuts />
    </main>
  );
}
