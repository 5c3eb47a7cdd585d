// `npm start`: open the built extension in Chromium on a fixture profile,
// served at its real URL (nothing reaches the internet). Headed when there is
// a display; otherwise headless, saving a screenshot and printing the overlay.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, launchArgs } from './chromium.mjs';

// A few pages of the fixture corpus (tests/fixtures/fixtures.ts lists them all).
const FIXTURES = {
  'https://www.instagram.com/janedoe/': 'instagram/janedoe.html',
  'https://www.instagram.com/marco.rossi/': 'instagram/marco.rossi.html',
  'https://www.instagram.com/p/CnNfribxUdl/': 'instagram/post-CnNfribxUdl.html',
  'https://www.tiktok.com/@maya.moves': 'tiktok/maya.moves.html',
  'https://www.tiktok.com/@maya.moves/video/7380007037866107687': 'tiktok/maya.moves-video.html',
};
if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium not found at ${CHROMIUM}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
const url = process.argv[2] ?? Object.keys(FIXTURES)[0];
const extension = resolve('.output/chrome-mv3');
const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM,
  headless,
  viewport: { width: 1280, height: 800 },
  args: launchArgs(extension),
});
await context.route(/^https?:\/\//, (route) => route.abort());
await context.route(/^https:\/\/www\.(instagram|tiktok)\.com\//, async (route) => {
  const key = route
    .request()
    .url()
    .replace(/[?#].*$/, '')
    .replace(/\/?$/, '');
  const file = Object.entries(FIXTURES).find(([u]) => u.replace(/\/?$/, '') === key)?.[1];
  if (!file || route.request().resourceType() !== 'document') return route.abort();
  return route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: await readFile(resolve('tests/fixtures', file), 'utf8'),
  });
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
const host = page.locator('creator-scout-overlay');
await page.waitForFunction(() => {
  const s = document.querySelector('creator-scout-overlay')?.getAttribute('data-state');
  return s && s !== 'loading';
});
const attrs = await host.evaluate((el) =>
  Object.fromEntries(
    el
      .getAttributeNames()
      .filter((n) => n.startsWith('data-'))
      .map((n) => [n, el.getAttribute(n)]),
  ),
);
console.log('Overlay on', url);
console.table(attrs);
if (headless) {
  await page.screenshot({ path: 'creator-scout-fixture.png' });
  console.log('No display: saved creator-scout-fixture.png. Set DISPLAY to browse it yourself.');
  await context.close();
} else {
  console.log('Browse the fixture; close the window to quit.');
  await new Promise((done) => context.on('close', done));
}
