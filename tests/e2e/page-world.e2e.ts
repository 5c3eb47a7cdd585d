import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiBody } from '../../adapters/common/api';
import { BODY_EVENT, READY_EVENT, decodeBody } from '../../lib/page-world/bridge';
import puppeteer, { type Browser } from 'puppeteer-core';
import { launch, type Session } from './harness';

/**
 * The MAIN-world observer in real browsers: it is installed before the page's
 * first inline script (document_start), the page's own fetch and XHR work
 * exactly as before, the wrappers print as native code, and matching bodies
 * are dispatched on `document` in the bridge's format. The page itself plays
 * the isolated side here (it listens for the body events and says READY half
 * a second late, so the buffer is exercised).
 *
 * Chromium with the rest of `npm run test:e2e`; Firefox ESR too (over
 * WebDriver BiDi with puppeteer-core), on the MV2 build that `npm run
 * test:e2e` makes: `world: "MAIN"` needs Firefox 128 (the manifest asks 140).
 */

type Probe = {
  symbolSeenByPage: boolean;
  fetchStr: string;
  sendStr: string;
  texts: Record<string, string>;
  details: string[];
};

const PROFILE = '{"data":{"user":{"username":"a","follower_count":12}}}';
const POSTS = '{"data":{"xdt_api__v1__feed__user_timeline_graphql_connection":{"edges":[]}}}';
const ITEMS = '{"itemList":[{"id":"1"}],"hasMore":false}';

const PAGE_SCRIPT = `
window.__probe = {
  symbolSeenByPage: Object.getOwnPropertySymbols(window).some((s) => s.description === 'creator-scout.page-observer'),
  fetchStr: String(window.fetch), sendStr: String(XMLHttpRequest.prototype.send), texts: {}, details: [],
};
document.addEventListener(${JSON.stringify(BODY_EVENT)}, (e) => window.__probe.details.push(e.detail));
setTimeout(() => document.dispatchEvent(new CustomEvent(${JSON.stringify(READY_EVENT)})), 500);
const keep = (k) => (t) => (window.__probe.texts[k] = t);
function xhr(method, url, body, k) {
  const x = new XMLHttpRequest(); x.open(method, url);
  if (body) x.setRequestHeader('content-type', 'application/x-www-form-urlencoded');
  x.onload = () => keep(k)(x.status + ':' + x.responseText); x.send(body);
}`;

const PAGES = {
  instagram: {
    url: 'https://www.instagram.com/some.creator/',
    script: `${PAGE_SCRIPT}
fetch('/api/v1/users/web_profile_info/?username=a').then((r) => r.text()).then(keep('fetch'));
xhr('POST', '/graphql/query', 'fb_api_req_friendly_name=PolarisProfilePageContentQuery&variables=%7B%7D&fb_dtsg=SECRET', 'xhr');
fetch('/ajax/bz', { method: 'POST', body: 'x=1' }).then((r) => r.text()).then(keep('other'));
setTimeout(() => xhr('POST', '/graphql/query', 'fb_api_req_friendly_name=PolarisProfilePostsQuery', 'late'), 1000);`,
  },
  tiktok: {
    url: 'https://www.tiktok.com/@some.creator',
    script: `${PAGE_SCRIPT}
fetch(new Request('https://www.tiktok.com/api/post/item_list/?secUid=x')).then((r) => r.text()).then(keep('fetch'));
xhr('GET', '/api/user/detail/?uniqueId=a', null, 'xhr');
fetch('/api/post/item_list/?secUid=x&cursor=9').then((r) => r.text()).then(keep('empty'));
setTimeout(() => fetch(new URL('https://www.tiktok.com/api/comment/list/?aweme_id=1')).then((r) => r.text()).then(keep('late')), 1000);`,
  },
};

/** The fake site: the two pages and their API answers; null = abort. */
function answer(url: string): { contentType: string; body: string } | null {
  const u = new URL(url);
  const json = (body: string) => ({ contentType: 'application/json', body });
  if (u.host === 'www.instagram.com') {
    if (u.pathname === '/some.creator/')
      return {
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><script>${PAGES.instagram.script}</script></head><body>ig</body></html>`,
      };
    if (u.pathname === '/api/v1/users/web_profile_info/') return json(PROFILE);
    if (u.pathname === '/graphql/query') return { contentType: 'text/javascript; charset=utf-8', body: POSTS };
    if (u.pathname === '/ajax/bz') return json('{"comments":"not ours"}');
  }
  if (u.host === 'www.tiktok.com') {
    if (u.pathname === '/@some.creator')
      return {
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><script>${PAGES.tiktok.script}</script></head><body>tt</body></html>`,
      };
    if (u.pathname === '/api/post/item_list/') return json(u.searchParams.get('cursor') ? '' : ITEMS);
    if (u.pathname === '/api/user/detail/') return json('{"userInfo":{"user":{"uniqueId":"a"}}}');
    if (u.pathname === '/api/comment/list/') return json('{"comments":[],"total":0}');
  }
  return null;
}

const bodiesOf = (probe: Probe): ApiBody[] =>
  probe.details.map((d) => decodeBody(d)).filter((b): b is ApiBody => b !== null);

function expectInstagram(probe: Probe): void {
  expect(probe.symbolSeenByPage, 'installed in the page world before the first inline script').toBe(true);
  expect(probe.fetchStr).toMatch(/^function fetch\(\) \{\s+\[native code\]\s+\}$/);
  expect(probe.sendStr).toMatch(/^function send\(\) \{\s+\[native code\]\s+\}$/);
  expect(probe.texts).toEqual({
    fetch: PROFILE,
    xhr: `200:${POSTS}`,
    other: '{"comments":"not ours"}',
    late: `200:${POSTS}`,
  });
  const bodies = bodiesOf(probe);
  expect(bodies).toHaveLength(probe.details.length);
  expect(bodies.map((b) => `${b.method} ${new URL(b.url).pathname} ${b.requestBody}`).sort()).toEqual([
    'GET /api/v1/users/web_profile_info/ null',
    'POST /graphql/query fb_api_req_friendly_name=PolarisProfilePageContentQuery&variables=%7B%7D',
    'POST /graphql/query fb_api_req_friendly_name=PolarisProfilePostsQuery',
  ]);
}

function expectTikTok(probe: Probe): void {
  expect(probe.symbolSeenByPage).toBe(true);
  expect(probe.texts).toEqual({
    fetch: ITEMS,
    xhr: '200:{"userInfo":{"user":{"uniqueId":"a"}}}',
    empty: '',
    late: '{"comments":[],"total":0}',
  });
  expect(
    bodiesOf(probe)
      .map((b) => new URL(b.url).pathname)
      .sort(),
  ).toEqual(['/api/comment/list/', '/api/post/item_list/', '/api/user/detail/']);
}

const readProbe = () => (window as unknown as { __probe: Probe }).__probe;

describe('page-world observer in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(new Map());
    // Registered after the harness's routes, so it wins for these hosts.
    await session.context.route(/^https:\/\/www\.(instagram|tiktok)\.com\//, (route) => {
      const a = answer(route.request().url());
      return a ? route.fulfill({ status: 200, ...a }) : route.abort();
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ['instagram', expectInstagram],
    ['tiktok', expectTikTok],
  ] as const)('%s', async (site, check) => {
    const page = await session.context.newPage();
    await page.goto(PAGES[site].url);
    await page.waitForFunction(() => Object.keys((window as unknown as { __probe: Probe }).__probe.texts).length === 4);
    await page.waitForTimeout(300);
    check(await page.evaluate(readProbe));
    await page.close();
  });
});

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const FIREFOX_EXT = resolve(process.env.CS_OUT_DIR || '.output', 'firefox-mv2');
describe('page-world observer in Firefox (MV2, world MAIN)', () => {
  let browser: Browser;
  beforeAll(async () => {
    // Required, not skipped: `npm run test:e2e` builds the Firefox add-on, and .ci/run installs firefox-esr.
    if (!existsSync(FIREFOX))
      throw new Error(`Firefox not found at ${FIREFOX}: sudo apt-get install firefox-esr, or set FIREFOX_PATH.`);
    if (!existsSync(FIREFOX_EXT))
      throw new Error(`${FIREFOX_EXT} is missing: run \`wxt build -b firefox\` first (npm run test:e2e does).`);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
    });
    await browser.installExtension(FIREFOX_EXT);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['instagram', expectInstagram],
    ['tiktok', expectTikTok],
  ] as const)('%s', async (site, check) => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const a = answer(req.url());
      void (a ? req.respond({ status: 200, ...a }) : req.abort());
    });
    await page.goto(PAGES[site].url, { waitUntil: 'load' });
    await page.waitForFunction(() => Object.keys((window as unknown as { __probe: Probe }).__probe.texts).length === 4);
    await new Promise((r) => setTimeout(r, 300));
    check(await page.evaluate(readProbe));
    await page.close();
  });
});
