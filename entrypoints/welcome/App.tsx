import { browser } from 'wxt/browser';
import { Button } from '@/components/ui/Button';
import { Assumptions } from './Assumptions';
import '@/components/tokens.css';
import '@/components/ui/ui.css';

/** First run: what is read, that nothing leaves the machine, and the assumptions behind the figures. */
export function App() {
  return (
    <main className="cs-welcome">
      <h1>Welcome to Creator Scout</h1>
      <p className="cs-welcome__lead">
        Open any Instagram or TikTok profile: a small card in the corner shows the creator’s tier, engagement rate, cost
        ranges and pod risk. Open a few of their posts and the pod verdict sharpens.
      </p>

      <section aria-labelledby="what-read">
        <h2 id="what-read">What it reads</h2>
        <ul>
          <li>Only what the page already shows you: follower, following and post counts, the name and bio, and the likes, comments and views of the posts on screen.</li>
          <li>On a post you open: the commenters’ names and comment texts, to spot engagement pods.</li>
          <li>Only on www.instagram.com and www.tiktok.com. Nothing on any other site.</li>
        </ul>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">Nothing leaves your machine</h2>
        <p>
          Every figure is computed in your browser. Your shortlist, notes and the pages’ figures are stored in this browser’s
          extension storage. There is no server, no account, no tracking, and Creator Scout makes no network requests.
          Export your shortlist as CSV whenever you want to share it.
        </p>
      </section>

      <section aria-labelledby="assumptions">
        <h2 id="assumptions">The assumptions behind cost and return</h2>
        <p>
          Costs and returns are estimates from published industry benchmarks, always shown as a range. These are the
          defaults; each has its source on the settings page, and you can change any of them.
        </p>
        <Assumptions />
        <Button variant="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          Change the assumptions
        </Button>
      </section>
    </main>
  );
}
