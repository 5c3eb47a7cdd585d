import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { Button } from '@/components/ui/Button';
import { Assumptions } from './Assumptions';
import '@/components/tokens.css';
import '@/components/ui/ui.css';

/** First run: what is read, that nothing leaves the machine, and the assumptions behind the figures. */
export function App() {
  return (
    <main className="cs-welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p className="cs-welcome__lead">{i18n.t('welcome.lead')}</p>

      <section aria-labelledby="what-read">
        <h2 id="what-read">{i18n.t('welcome.readTitle')}</h2>
        <ul>
          <li>{i18n.t('welcome.readPage')}</li>
          <li>{i18n.t('welcome.readPost')}</li>
          <li>{i18n.t('welcome.readSites')}</li>
        </ul>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">{i18n.t('welcome.privacyTitle')}</h2>
        <p>{i18n.t('welcome.privacy')}</p>
      </section>

      <section aria-labelledby="assumptions">
        <h2 id="assumptions">{i18n.t('welcome.assumptionsTitle')}</h2>
        <p>{i18n.t('welcome.assumptions')}</p>
        <Assumptions />
        <Button variant="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('welcome.change')}
        </Button>
      </section>
    </main>
  );
}
