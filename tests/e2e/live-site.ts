import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import {
  igCommentsFor,
  igCreators,
  igPostByCode,
  ttCommentsFor,
  ttCreators,
  ttUserByHandle,
  type IgCreator,
  type TtCreator,
} from '../fixtures/live/data';
import {
  APP_HEADER,
  IG_APP_PATH,
  IG_ORIGIN,
  respond,
  TT_APP_PATH,
  TT_ORIGIN,
  type SiteOptions,
  type SiteResponse,
} from '../fixtures/live/sites';

/**
 * The live fixture sites (tests/fixtures/live) served at https://www.instagram.com
 * and https://www.tiktok.com through Playwright request routing, with a log of
 * every request the browser made to either site, and navigation helpers that
 * wait on real events (a request finished, the DOM showing the new page).
 *
 * Usage: `const session = await launch(new Map())` (harness.ts: the catch-all
 * that aborts everything, then the fixture-page route), THEN
 * `const sites = await serveLiveSites(session.context)`: routes registered later
 * win, so these answer first; a URL the sites do not know falls back to the
 * harness (served fixture page, or aborted).
 */

type Site = 'instagram' | 'tiktok';

interface Initiator {
  /** A frame of a tab, a service worker (e.g. the extension's background), or unknown. */
  kind: 'page' | 'service-worker' | 'unknown';
  /** Stable number of the tab in this context (order first seen), null off a page. */
  pageId: number | null;
  frameUrl: string | null;
  isMainFrame: boolean | null;
  workerUrl: string | null;
}

export interface LoggedRequest {
  seq: number;
  site: Site;
  method: string;
  url: string;
  path: string;
  /** Playwright's resource type: document, script, xhr, fetch, ping, … */
  resourceType: string;
  postData: string | null;
  /** Instagram GraphQL: fb_api_req_friendly_name of the form body. */
  friendlyName: string | null;
  initiator: Initiator;
  /** The page's URL when the request went out (after pushState: the new path). */
  pageUrl: string | null;
  /** Carried the fixture front-end's header: the page's own script made it. */
  byApp: boolean;
  /** What answered: the sites' kinds, 'fallback' (handed to the harness) or 'aborted'. */
  served: SiteResponse['kind'] | 'fallback' | 'aborted' | null;
  /** Query or endpoint name of the answer ("PolarisProfilePostsQuery", "/api/post/item_list/"). */
  name: string | null;
  status: number | null;
  /** Response length in characters (0 for TikTok's empty item_list). */
  bodyLength: number | null;
  /** The response body as served (API and noise answers only). */
  body: string | null;
  finished: boolean;
  failure: string | null;
}

export interface LiveSites {
  /** Every request to www.instagram.com / www.tiktok.com, in the order made. */
  readonly log: LoggedRequest[];
  /** Forget the log (e.g. between scenarios). */
  clear(): void;
  /**
   * Requests the pages did not make themselves: anything from a service
   * worker or unknown initiator, and any page request that is neither a
   * document navigation, the site's own app script, nor tagged by the app.
   * Empty when the extension made no request of its own to either site.
   */
  foreignRequests(): LoggedRequest[];
  /** Instagram GraphQL requests, optionally of one friendly name. */
  graphql(name?: string): LoggedRequest[];
  /** Requests whose path is `path` (TikTok endpoints: '/api/post/item_list/'). */
  to(path: string): LoggedRequest[];
  /** Stop serving (unroute) and stop logging. */
  dispose(): Promise<void>;
}

export interface LiveSiteOptions extends SiteOptions {
  /** Delay before each API/noise answer, to mimic the network (default 0). */
  apiDelayMs?: number;
}

const SITE_URL = /^https:\/\/www\.(instagram|tiktok)\.com\//;

function friendlyNameOf(request: Request): string | null {
  if (!request.url().startsWith(`${IG_ORIGIN}/graphql/query`) && !request.url().startsWith(`${IG_ORIGIN}/api/graphql`))
    return null;
  return new URLSearchParams(request.postData() ?? '').get('fb_api_req_friendly_name');
}

function variablesOf(request: Request): Record<string, unknown> {
  try {
    return JSON.parse(new URLSearchParams(request.postData() ?? '').get('variables') ?? '{}') as Record<
      string,
      unknown
    >;
  } catch {
    return {};
  }
}

export async function serveLiveSites(context: BrowserContext, opts: LiveSiteOptions = {}): Promise<LiveSites> {
  const log: LoggedRequest[] = [];
  const byRequest = new WeakMap<Request, LoggedRequest>();
  const pageIds = new WeakMap<Page, number>();
  let seq = 0;
  let nextPageId = 0;
  let active = true;

  const pageIdOf = (page: Page) => {
    let id = pageIds.get(page);
    if (id === undefined) {
      id = nextPageId++;
      pageIds.set(page, id);
    }
    return id;
  };
  for (const page of context.pages()) pageIdOf(page);
  const onPage = (page: Page) => void pageIdOf(page);
  context.on('page', onPage);

  function initiatorOf(request: Request): Initiator {
    const worker = request.serviceWorker();
    if (worker)
      return { kind: 'service-worker', pageId: null, frameUrl: null, isMainFrame: null, workerUrl: worker.url() };
    try {
      const frame = request.frame();
      const page = frame.page();
      return {
        kind: 'page',
        pageId: pageIdOf(page),
        frameUrl: frame.url(),
        isMainFrame: frame === page.mainFrame(),
        workerUrl: null,
      };
    } catch {
      return { kind: 'unknown', pageId: null, frameUrl: null, isMainFrame: null, workerUrl: null };
    }
  }

  function entryFor(request: Request): LoggedRequest | null {
    const url = request.url();
    const site = SITE_URL.exec(url)?.[1] as Site | undefined;
    if (!site) return null;
    let entry = byRequest.get(request);
    if (entry) return entry;
    const initiator = initiatorOf(request);
    entry = {
      seq: seq++,
      site,
      method: request.method(),
      url,
      path: new URL(url).pathname,
      resourceType: request.resourceType(),
      postData: request.postData(),
      friendlyName: friendlyNameOf(request),
      initiator,
      pageUrl: initiator.kind === 'page' ? initiator.frameUrl : null,
      byApp: request.headers()[APP_HEADER] !== undefined,
      served: null,
      name: null,
      status: null,
      bodyLength: null,
      body: null,
      finished: false,
      failure: null,
    };
    byRequest.set(request, entry);
    if (active) log.push(entry);
    return entry;
  }

  const onRequest = (request: Request) => void entryFor(request);
  const onFinished = (request: Request) => {
    const entry = byRequest.get(request);
    if (entry) entry.finished = true;
  };
  const onFailed = (request: Request) => {
    const entry = byRequest.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  };
  context.on('request', onRequest);
  context.on('requestfinished', onFinished);
  context.on('requestfailed', onFailed);

  const handler = async (route: Route) => {
    const request = route.request();
    const entry = entryFor(request);
    const res = respond(
      { method: request.method(), url: request.url(), postData: request.postData(), headers: request.headers() },
      opts,
    );
    if (!res || (res.kind === 'not-found' && request.resourceType() === 'document')) {
      if (entry) entry.served = 'fallback';
      return route.fallback();
    }
    if (entry) {
      entry.served = res.kind;
      entry.name = res.name;
      entry.status = res.status;
      entry.bodyLength = res.body.length;
      if (res.kind === 'api' || res.kind === 'noise') entry.body = res.body;
    }
    if (opts.apiDelayMs && (res.kind === 'api' || res.kind === 'noise'))
      await new Promise((r) => setTimeout(r, opts.apiDelayMs));
    try {
      await route.fulfill({ status: res.status, headers: res.headers, body: res.body });
    } catch (err) {
      // The page went away while we answered.
      if (entry) entry.failure = String(err);
    }
  };
  await context.route(SITE_URL, handler);

  const isOwn = (e: LoggedRequest) =>
    e.initiator.kind === 'page' &&
    (e.byApp ||
      (e.resourceType === 'document' && e.method === 'GET') ||
      (e.resourceType === 'script' && (e.path === IG_APP_PATH || e.path === TT_APP_PATH)));

  return {
    log,
    clear() {
      log.length = 0;
    },
    foreignRequests() {
      return log.filter((e) => !isOwn(e));
    },
    graphql(name?: string) {
      return log.filter((e) => e.friendlyName !== null && (name === undefined || e.friendlyName === name));
    },
    to(path: string) {
      return log.filter((e) => e.path === path);
    },
    async dispose() {
      active = false;
      context.off('request', onRequest);
      context.off('requestfinished', onFinished);
      context.off('requestfailed', onFailed);
      context.off('page', onPage);
      await context.unroute(SITE_URL, handler);
    },
  };
}

// ===================================================================== waits

const TIMEOUT = 15_000;

/** Resolves when a request of this page matching `predicate` has finished (body received). */
function requestFinished(page: Page, predicate: (request: Request) => boolean, timeout = TIMEOUT): Promise<Request> {
  return page.waitForEvent('requestfinished', { predicate, timeout });
}

/** An Instagram GraphQL request finished; `vars` must match its variables (shallow, by string value). */
function graphqlFinished(
  page: Page,
  name: string,
  vars: Record<string, string> = {},
  timeout = TIMEOUT,
): Promise<Request> {
  return requestFinished(
    page,
    (r) => {
      if (friendlyNameOf(r) !== name) return false;
      const v = variablesOf(r);
      return Object.entries(vars).every(([k, want]) => String(v[k]) === want);
    },
    timeout,
  );
}

/** A TikTok API GET finished; `params` must match its query. */
function tiktokApiFinished(
  page: Page,
  path: string,
  params: Record<string, string> = {},
  timeout = TIMEOUT,
): Promise<Request> {
  return requestFinished(
    page,
    (r) => {
      const u = new URL(r.url());
      return (
        u.origin === TT_ORIGIN &&
        u.pathname === path &&
        Object.entries(params).every(([k, want]) => u.searchParams.get(k) === want)
      );
    },
    timeout,
  );
}

/**
 * Run `action`, then wait for every promise in `waits` (created BEFORE the
 * action, so no event is missed). If the action fails, the waits' own
 * timeouts are silenced and the action's error is thrown.
 */
async function after(waits: Promise<unknown>[], action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (err) {
    for (const w of waits) w.catch(() => undefined);
    throw err;
  }
  await Promise.all(waits);
}

function igCreator(handle: string): IgCreator {
  const c = igCreators.find((x) => x.handle === handle);
  if (!c) throw new Error(`no Instagram fixture creator ${handle}`);
  return c;
}
function ttCreator(handle: string): TtCreator {
  const c = ttCreators.find((x) => x.handle === handle);
  if (!c) throw new Error(`no TikTok fixture creator ${handle}`);
  return c;
}

/** Instagram grid tiles (links to /p/<code>/) inside <main>. */
export function instagramTiles(page: Page): Promise<string[]> {
  return page.$$eval('main a[href^="/p/"]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The requests that follow a profile's first render: header (unless embedded), page 1, suggestions, the hover-card prefetch. */
function instagramProfileWaits(page: Page, c: IgCreator, embeddedHeader: boolean): Promise<unknown>[] {
  const waits: Promise<unknown>[] = [
    graphqlFinished(page, 'PolarisProfilePostsQuery', { username: c.handle }),
    graphqlFinished(page, 'PolarisProfileSuggestedUsersQuery', { target_id: c.pk }),
  ];
  if (!embeddedHeader) waits.push(graphqlFinished(page, 'PolarisProfilePageContentQuery', { id: c.pk }));
  const first = c.suggestions[0];
  const hover = first ? [...igCreators].find((x) => x.handle === first) : undefined;
  if (hover) waits.push(graphqlFinished(page, 'PolarisUserHoverCardContentV2Query', { userID: hover.pk }));
  return waits;
}

async function instagramProfileShown(page: Page, c: IgCreator): Promise<void> {
  const tiles = c.pages[0]?.length ?? 0;
  await page.waitForFunction(
    ({ handle, tiles }) =>
      document.querySelector('main header h2 span')?.textContent === handle &&
      document.querySelectorAll('main a[href^="/p/"]').length === tiles &&
      document.querySelector('main [aria-label="Suggested for you"] a[href]') !== null,
    { handle: c.handle, tiles },
    { timeout: TIMEOUT },
  );
}

// ===================================================================== Instagram helpers

/** Hard load of https://www.instagram.com/ (suggestions from the embedded JSON; the badge query finished). */
export async function openInstagramHome(page: Page): Promise<void> {
  await after([graphqlFinished(page, 'PolarisNavigationBadgeQuery')], () => page.goto(`${IG_ORIGIN}/`));
  await page.waitForSelector('main section[aria-label="Suggested for you"] a[href]', { timeout: TIMEOUT });
}

/** Hard load of an Instagram profile: header from the embedded JSON, page 1 by API. */
export async function gotoInstagramProfile(page: Page, handle: string): Promise<void> {
  const c = igCreator(handle);
  const waits = [graphqlFinished(page, 'PolarisNavigationBadgeQuery'), ...instagramProfileWaits(page, c, true)];
  await after(waits, () => page.goto(`${IG_ORIGIN}/${handle}/`));
  await instagramProfileShown(page, c);
}

/**
 * Click the first in-page link to `/<handle>/` (home suggestions, "Suggested
 * for you" on a profile) and wait until the profile is on screen and every
 * request that follows has finished: route definitions, PolarisProfilePageContentQuery,
 * PolarisProfilePostsQuery (12 tiles), suggestions, and the hover-card prefetch.
 */
export async function clickToProfile(page: Page, handle: string): Promise<void> {
  const c = igCreator(handle);
  const waits = [
    requestFinished(page, (r) => r.url() === `${IG_ORIGIN}/ajax/bulk-route-definitions/`),
    ...instagramProfileWaits(page, c, false),
  ];
  await after(waits, () => page.locator(`main a[href="/${handle}/"]`).first().click());
  await instagramProfileShown(page, c);
}

/** Scroll to the bottom of the profile grid; waits for the next page's query and its 12 tiles. Returns the tile count. */
export async function scrollToEnd(page: Page): Promise<number> {
  const before = (await instagramTiles(page)).length;
  await after([graphqlFinished(page, 'PolarisProfilePostsTabContentQuery_connection')], () =>
    page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)),
  );
  await page.waitForFunction((n) => document.querySelectorAll('main a[href^="/p/"]').length > n, before, {
    timeout: TIMEOUT,
  });
  return (await instagramTiles(page)).length;
}

/** Open a post from the grid (a dialog over the profile): PolarisPostRootQuery, then its comments. */
export async function openPost(page: Page, code: string): Promise<void> {
  const found = igPostByCode(code);
  if (!found) throw new Error(`no Instagram fixture post ${code}`);
  const waits = [
    graphqlFinished(page, 'PolarisPostRootQuery', { shortcode: code }),
    graphqlFinished(page, 'PolarisPostCommentsContainerQuery', { media_id: found.row[1] }),
  ];
  await after(waits, () => page.locator(`main a[href="/p/${code}/"]`).first().click());
  const comments = igCommentsFor(found.row[1]).length;
  await page.waitForFunction(
    ({ code, comments }) =>
      location.pathname === `/p/${code}/` &&
      document.querySelectorAll('div[role="dialog"] article li h3 a[href]').length === comments,
    { code, comments },
    { timeout: TIMEOUT },
  );
}

/** Hard load of a post page (/p/<code>/): the post from the embedded JSON, comments by API. */
export async function gotoPost(page: Page, code: string): Promise<void> {
  const found = igPostByCode(code);
  if (!found) throw new Error(`no Instagram fixture post ${code}`);
  await after([graphqlFinished(page, 'PolarisPostCommentsContainerQuery', { media_id: found.row[1] })], () =>
    page.goto(`${IG_ORIGIN}/p/${code}/`),
  );
  const n = igCommentsFor(found.row[1]).length;
  await page.waitForFunction((n) => document.querySelectorAll('main article li h3 a[href]').length === n, n, {
    timeout: TIMEOUT,
  });
}

// ===================================================================== TikTok helpers

async function tiktokProfileShown(page: Page, c: TtCreator): Promise<void> {
  await page.waitForFunction(
    ({ handle, tiles, empty }) => {
      if (document.querySelector('[data-e2e="user-title"]')?.textContent !== handle) return false;
      if (document.querySelector('[data-e2e="browse-video"]')) return false;
      const list = document.querySelector('[data-e2e="user-post-item-list"]');
      if (empty) return !!list && /No videos yet/.test(list.textContent ?? '');
      return document.querySelectorAll('[data-e2e="user-post-item"]').length === tiles;
    },
    { handle: c.handle, tiles: c.videos.length, empty: c.itemListEmpty || c.videos.length === 0 },
    { timeout: TIMEOUT },
  );
}

/**
 * Hard load of https://www.tiktok.com/@<handle>: the header from the embedded
 * JSON, the grid from /api/post/item_list/ (fetch), plus the suggested
 * accounts and recommendations the page loads alongside.
 */
export async function openTikTok(page: Page, handle: string): Promise<void> {
  const c = ttCreator(handle);
  const waits = [
    tiktokApiFinished(page, '/api/post/item_list/', { secUid: c.secUid }),
    tiktokApiFinished(page, '/api/recommend/user/'),
    tiktokApiFinished(page, '/api/recommend/item_list/'),
  ];
  await after(waits, () => page.goto(`${TT_ORIGIN}/@${handle}`));
  await tiktokProfileShown(page, c);
}

/** Click a link to /@<handle> (the sidebar's suggested accounts): /api/user/detail/ (XHR) then item_list. */
export async function clickToTikTokProfile(page: Page, handle: string): Promise<void> {
  const c = ttCreator(handle);
  const waits = [
    tiktokApiFinished(page, '/api/user/detail/', { uniqueId: handle }),
    tiktokApiFinished(page, '/api/post/item_list/', { secUid: c.secUid }),
  ];
  await after(waits, () => page.locator(`a[href="/@${handle}"]`).first().click());
  await tiktokProfileShown(page, c);
}

/** Open a video from the grid: /api/item/detail/ then /api/comment/list/ (count=20, cursor=0). */
export async function openVideo(page: Page, id: string): Promise<void> {
  const waits = [
    tiktokApiFinished(page, '/api/item/detail/', { itemId: id }),
    tiktokApiFinished(page, '/api/comment/list/', { aweme_id: id, count: '20', cursor: '0' }),
  ];
  await after(waits, () => page.locator(`[data-e2e="user-post-item"] a[href$="/video/${id}"]`).first().click());
  await tiktokVideoShown(page, id);
}

/** Hard load of a video page: the item from the embedded JSON, comments by API. */
export async function gotoVideo(page: Page, handle: string, id: string): Promise<void> {
  if (!ttUserByHandle(handle)) throw new Error(`no TikTok fixture creator ${handle}`);
  await after([tiktokApiFinished(page, '/api/comment/list/', { aweme_id: id })], () =>
    page.goto(`${TT_ORIGIN}/@${handle}/video/${id}`),
  );
  await tiktokVideoShown(page, id);
}

async function tiktokVideoShown(page: Page, id: string): Promise<void> {
  const n = ttCommentsFor(id).length;
  await page.waitForFunction(
    ({ id, n }) =>
      location.pathname.endsWith(`/video/${id}`) &&
      document.querySelectorAll('[data-e2e="browse-video"] [data-e2e="comment-level-1"]').length === n,
    { id, n },
    { timeout: TIMEOUT },
  );
}
