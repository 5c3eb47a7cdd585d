import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as X from '../fixtures/live/expected';
import { igCreators, shortcodeOf } from '../fixtures/live/data';
import { launch, type Session } from './harness';
import {
  clickToProfile,
  clickToTikTokProfile,
  gotoInstagramProfile,
  gotoPost,
  gotoVideo,
  instagramTiles,
  openInstagramHome,
  openPost,
  openTikTok,
  openVideo,
  scrollToEnd,
  serveLiveSites,
  type LiveSites,
  type LoggedRequest,
} from './live-site';

/**
 * The fixture sites themselves (tests/fixtures/live), in real Chromium with the
 * extension loaded: they render like the real single-page apps, make the
 * requests the real front-ends make (transport, method, body), serve exactly
 * the numbers expected.ts lists, enforce a nonce CSP, and log no errors.
 * The extension's overlay figures are NOT asserted here.
 */

let session: Session;
let sites: LiveSites;
beforeAll(async () => {
  session = await launch(new Map());
  sites = await serveLiveSites(session.context);
});
afterAll(async () => {
  await sites?.dispose();
  await session?.close();
});

type Watched = { page: Page; errors: string[] };

/** A new tab whose console errors and uncaught exceptions are collected. */
async function newPage(): Promise<Watched> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${msg.text()} @ ${msg.location().url}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { page, errors };
}

/** The app logged no error, the page threw nothing, and no request came from anyone but the page. */
async function finish({ page, errors }: Watched): Promise<void> {
  expect(errors, 'console errors / page errors').toEqual([]);
  expect(sites.foreignRequests().map((r) => `${r.method} ${r.url} (${r.resourceType}, ${r.initiator.kind})`)).toEqual(
    [],
  );
  expect(sites.log.filter((r) => r.served === 'aborted' || r.served === 'fallback').map((r) => r.url)).toEqual([]);
  expect(session.strayRequests.filter((u) => /instagram|tiktok/.test(u))).toEqual([]);
  await page.close();
}

function bodyOf(entry: LoggedRequest | undefined): any {
  expect(entry, 'logged request').toBeDefined();
  const text = entry!.body ?? '';
  return JSON.parse(text.startsWith('for (;;);') ? text.slice(9) : text);
}

const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];

/** The served timeline nodes, in the shape expected.ts lists them. */
function igPostsServed(conn: any, ownerPk: string): X.ExpectedPost[] {
  return conn.edges.map(({ node }: any) => {
    const hidden = node.like_and_view_counts_disabled === true;
    return {
      id: node.code,
      pk: node.pk,
      likesServed: node.like_count,
      likes: hidden ? null : node.like_count,
      comments: node.comment_count,
      views: node.view_count,
      pinned:
        Array.isArray(node.timeline_pinned_user_ids) && node.timeline_pinned_user_ids.map(String).includes(ownerPk),
      hidden,
    };
  });
}

function ttPostsServed(items: any[]): X.ExpectedPost[] {
  return items.map((item) => ({
    id: item.id,
    likesServed: Number(item.statsV2.diggCount),
    likes: Number(item.statsV2.diggCount),
    comments: Number(item.statsV2.commentCount),
    views: Number(item.statsV2.playCount),
    pinned: item.isPinnedItem === true,
    hidden: false,
    rounded: {
      views: Number(item.stats.playCount),
      likes: Number(item.stats.diggCount),
      comments: Number(item.stats.commentCount),
    },
    shares: Number(item.statsV2.shareCount),
    saves: Number(item.statsV2.collectCount),
  }));
}

/** expected.ts's hand arithmetic, recomputed from the served posts by the engagement formulas. */
function engagementOf(platform: X.Platform, posts: readonly X.ExpectedPost[], followers: number) {
  const measured = posts.filter((p) => !p.pinned && p.likes !== null);
  const likes = measured.reduce((s, p) => s + (p.likes ?? 0), 0);
  const comments = measured.reduce((s, p) => s + p.comments, 0);
  const views = measured.reduce((s, p) => s + (p.views ?? 0), 0);
  const n = measured.length;
  const byFollowers = n ? (likes + comments) / n / followers : null;
  const rate = platform === 'tiktok' ? (views ? (likes + comments) / views : null) : byFollowers;
  return {
    rate: rate === null ? null : Number(rate.toFixed(4)),
    postsMeasured: n,
    pinnedExcluded: posts.filter((p) => p.pinned).length,
    postsWithoutMetrics: posts.filter((p) => !p.pinned && p.likes === null).length,
    avgLikes: n ? Number((likes / n).toFixed(4)) : null,
    avgComments: n ? Number((comments / n).toFixed(4)) : null,
    byFollowers: byFollowers === null ? null : Number(byFollowers.toFixed(4)),
  };
}

function pick(e: X.ExpectedEngagement) {
  const { basis: _basis, ...rest } = e;
  return rest;
}

/** The form body every Instagram GraphQL call sends. */
function expectGraphqlForm(entry: LoggedRequest, name: string): Record<string, unknown> {
  expect(entry.method).toBe('POST');
  expect(entry.url).toBe('https://www.instagram.com/graphql/query');
  expect(entry.resourceType).toBe('xhr');
  expect(entry.byApp).toBe(true);
  const form = new URLSearchParams(entry.postData ?? '');
  expect(form.get('fb_api_req_friendly_name')).toBe(name);
  expect(form.get('fb_api_caller_class')).toBe('RelayModern');
  expect(form.get('doc_id')).toMatch(/^\d{15,17}$/);
  expect(form.get('lsd')).toBe('AVqbxe3J_YA');
  expect(form.get('fb_dtsg')).toBeTruthy();
  expect(form.get('jazoest')).toBeTruthy();
  expect(form.get('server_timestamps')).toBe('true');
  return JSON.parse(form.get('variables') ?? 'null');
}

describe('expected.ts agrees with itself and with the site data', () => {
  it('shortcodes are the pks in base64, per-post lists cover every post, hand arithmetic re-computes', () => {
    for (const c of igCreators)
      for (const page of c.pages) for (const [code, pk] of page) expect(shortcodeOf(pk)).toBe(code);
    expect(X.A_PAGE_1).toHaveLength(12);
    expect(X.A_PAGE_2).toHaveLength(12);
    expect(X.A_PAGE_1.filter((p) => p.pinned).map((p) => p.id)).toEqual([...X.A_PINNED_IDS]);
    expect(X.A_PAGE_1.filter((p) => p.hidden).map((p) => p.id)).toEqual([...X.A_HIDDEN_IDS]);
    expect(engagementOf('instagram', X.A_PAGE_1, X.A.followers)).toEqual(pick(X.A_ENGAGEMENT_BEFORE_SCROLL));
    expect(engagementOf('instagram', [...X.A_PAGE_1, ...X.A_PAGE_2], X.A.followers)).toEqual(
      pick(X.A_ENGAGEMENT_AFTER_SCROLL),
    );
    expect(engagementOf('instagram', X.B_POSTS, X.B.followers)).toEqual(pick(X.B_ENGAGEMENT));
    expect(engagementOf('tiktok', X.D_VIDEOS, X.D.followers)).toEqual(pick(X.D_ENGAGEMENT));
    expect(engagementOf('tiktok', X.E_VIDEOS, X.E.followers)).toEqual(pick(X.E_ENGAGEMENT));
  });
});

describe('Instagram fixture site', () => {
  it('scenario 1: home → A (click) → scroll → B; every request is the page’s own', async () => {
    sites.clear();
    const w = await newPage();
    const { page } = w;

    await openInstagramHome(page);
    const home = sites.log.find((r) => r.resourceType === 'document');
    expect(home?.url).toBe('https://www.instagram.com/');
    const suggestions = await page.$$eval('main section[aria-label="Suggested for you"] a[href]', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(suggestions).toEqual(['/lumen.trails/', '/moss.and.mug/', '/atlas.frames/', '/harbor.hues/']);
    // The home page's embedded JSON has A's STALE count (the trap), and never A's profile.
    const embedded = await page.$$eval('script[data-sjs]', (ss) => ss.map((s) => s.textContent ?? '').join('\n'));
    expect(embedded).toContain(
      `"username":"lumen.trails","full_name":"Lumen Trails","is_verified":false,"profile_pic_url":`,
    );
    expect(embedded).toContain(`"follower_count":${X.A_STALE_HOME_FOLLOWERS}`);
    expect(embedded).not.toContain(`"follower_count":${X.A.followers}`);

    // ---- click through to A
    await clickToProfile(page, X.A.handle);
    expect(page.url()).toBe(X.A.url);
    expect(sites.log.filter((r) => r.resourceType === 'document')).toHaveLength(1); // in-site: no second page load
    expect(await page.locator('main header h2 span').textContent()).toBe(X.A.handle);
    const followers = page.locator('main header ul li', { hasText: 'followers' }).locator('[title]');
    expect(await followers.getAttribute('title')).toBe(X.A.followersTitle);
    expect(await followers.textContent()).toBe(X.A.followersText);
    expect(await page.locator('main header ul li', { hasText: 'posts' }).textContent()).toBe(`${X.A.posts} posts`);
    expect(await page.locator('main header ul li', { hasText: 'following' }).textContent()).toBe(
      `${X.A.following} following`,
    );
    expect(await instagramTiles(page)).toEqual(X.A_PAGE_1.map((p) => `/p/${p.id}/`));
    // No counts on tiles (only on hover on the real site); pinned tiles carry the pin icon.
    const tileTexts = await page.$$eval('main a[href^="/p/"]', (as) => as.map((a) => a.textContent ?? ''));
    for (const t of tileTexts) expect(t).not.toMatch(/\d/);
    const pinned = await page.$$eval('main a[href^="/p/"]:has(svg[aria-label="Pinned post icon"])', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(pinned).toEqual(X.A_PINNED_IDS.map((id) => `/p/${id}/`));

    // The requests A's page made, as the real front-end makes them.
    const routeDefs = sites.to('/ajax/bulk-route-definitions/');
    expect(routeDefs).toHaveLength(1);
    expect(routeDefs[0]?.bodyLength).toBeGreaterThan(0);
    expect(routeDefs[0]?.body).toMatch(/^for \(;;\);\{/);
    const profileQ = last(sites.graphql('PolarisProfilePageContentQuery'));
    expect(expectGraphqlForm(profileQ!, 'PolarisProfilePageContentQuery')).toMatchObject({
      id: X.A.id,
      render_surface: 'PROFILE',
    });
    expect(profileQ?.pageUrl).toBe(X.A.url);
    const user = bodyOf(profileQ).data.user;
    expect(user).toMatchObject({
      pk: X.A.id,
      username: X.A.handle,
      full_name: X.A.displayName,
      follower_count: X.A.followers,
      following_count: X.A.following,
      media_count: X.A.posts,
      is_private: false,
      is_verified: X.A.verified,
    });
    expect(typeof user.biography).toBe('string');
    const postsQ = last(sites.graphql('PolarisProfilePostsQuery'));
    expect(expectGraphqlForm(postsQ!, 'PolarisProfilePostsQuery')).toMatchObject({
      username: X.A.handle,
      data: { count: 12 },
    });
    const page1 = bodyOf(postsQ).data.xdt_api__v1__feed__user_timeline_graphql_connection;
    expect(igPostsServed(page1, X.A.id)).toEqual(X.A_PAGE_1);
    for (const { node } of page1.edges) {
      expect(node.id).toBe(`${node.pk}_${X.A.id}`);
      expect(node.user).toMatchObject({ pk: X.A.id, username: X.A.handle });
      expect(typeof node.taken_at).toBe('number');
      expect([1, 2, 8]).toContain(node.media_type);
      expect(node.view_count).toBeNull();
      expect(node.timeline_pinned_user_ids === null || Array.isArray(node.timeline_pinned_user_ids)).toBe(true);
      expect(node.coauthor_producers).toEqual([]);
      expect('usertags' in node && 'caption' in node && 'product_type' in node).toBe(true);
    }
    expect(page1.page_info.has_next_page).toBe(true);

    // Noise while A is on screen: suggestions with follower counts, and C's hover card (user + timeline).
    const chaining = bodyOf(last(sites.graphql('PolarisProfileSuggestedUsersQuery'))).data
      .xdt_api__v1__discover__chaining.users;
    expect(chaining.map((u: any) => [u.username, u.follower_count])).toEqual([
      [X.C.handle, X.C.followers],
      [X.B.handle, X.B.followers],
      ['harbor.hues', 51_200],
      ['quill.and.quay', 8_870],
    ]);
    const hover = last(sites.graphql('PolarisUserHoverCardContentV2Query'));
    expect(hover?.pageUrl).toBe(X.A.url);
    expect(expectGraphqlForm(hover!, 'PolarisUserHoverCardContentV2Query')).toMatchObject({
      userID: X.C.id,
      username: X.C.handle,
    });
    const hoverData = bodyOf(hover).data;
    expect(hoverData.user).toMatchObject({ username: X.C.handle, follower_count: X.C.followers });
    expect(igPostsServed(hoverData.xdt_api__v1__feed__user_timeline_graphql_connection, X.C.id)).toEqual(
      X.C_HOVER_POSTS,
    );
    expect(sites.graphql('PolarisNavigationBadgeQuery')).toHaveLength(1);
    expect(sites.to('/ajax/bz').every((r) => r.status === 204 && r.method === 'POST')).toBe(true);
    expect(sites.to('/ajax/bz').length).toBeGreaterThanOrEqual(1);
    // The embedded JSON still describes the home page only.
    expect(await page.$$eval('script[data-sjs]', (ss) => ss.map((s) => s.textContent ?? '').join('\n'))).toBe(embedded);

    // ---- scroll: page 2
    expect(await scrollToEnd(page)).toBe(24);
    const page2Q = last(sites.graphql('PolarisProfilePostsTabContentQuery_connection'));
    expect(expectGraphqlForm(page2Q!, 'PolarisProfilePostsTabContentQuery_connection')).toMatchObject({
      after: `${X.A_PAGE_1[11]!.pk}_${X.A.id}`,
      first: 12,
      username: X.A.handle,
    });
    expect(page2Q?.body?.startsWith('for (;;);{"data":')).toBe(true);
    const page2 = bodyOf(page2Q).data.xdt_api__v1__feed__user_timeline_graphql_connection;
    expect(igPostsServed(page2, X.A.id)).toEqual(X.A_PAGE_2);
    expect(page2.page_info.has_next_page).toBe(false);
    expect(await instagramTiles(page)).toEqual([...X.A_PAGE_1, ...X.A_PAGE_2].map((p) => `/p/${p.id}/`));

    // ---- hop to B from A's "Suggested for you"
    await clickToProfile(page, X.B.handle);
    expect(page.url()).toBe(X.B.url);
    expect(await page.locator('main header ul li', { hasText: 'followers' }).locator('[title]').textContent()).toBe(
      X.B.followersText,
    );
    const bUser = bodyOf(last(sites.graphql('PolarisProfilePageContentQuery'))).data.user;
    expect(bUser).toMatchObject({
      pk: X.B.id,
      username: X.B.handle,
      follower_count: X.B.followers,
      following_count: X.B.following,
      media_count: X.B.posts,
    });
    const bPosts = bodyOf(last(sites.graphql('PolarisProfilePostsQuery'))).data
      .xdt_api__v1__feed__user_timeline_graphql_connection;
    expect(igPostsServed(bPosts, X.B.id)).toEqual(X.B_POSTS);
    expect(bPosts.page_info.has_next_page).toBe(false);
    expect(await instagramTiles(page)).toEqual(X.B_POSTS.map((p) => `/p/${p.id}/`));
    // B's page prefetches A's hover card: A's data while B is on screen.
    const hoverOnB = last(sites.graphql('PolarisUserHoverCardContentV2Query'));
    expect(hoverOnB?.pageUrl).toBe(X.B.url);
    expect(bodyOf(hoverOnB).data.user.username).toBe(X.A.handle);

    expect(sites.log.filter((r) => r.resourceType === 'document').map((r) => r.url)).toEqual([
      'https://www.instagram.com/',
    ]);
    expect(sites.log.filter((r) => r.initiator.kind === 'page').every((r) => r.initiator.isMainFrame)).toBe(true);
    await finish(w);
  });

  it('scenario 3: a post opened from A’s grid (root query + pod-like comments); the post page on a hard load', async () => {
    sites.clear();
    const w = await newPage();
    const { page } = w;
    await gotoInstagramProfile(page, X.A.handle);
    // Hard load: the header came from the embedded JSON, so no profile query went out.
    expect(sites.graphql('PolarisProfilePageContentQuery')).toHaveLength(0);
    expect(await page.locator('main header h2 span').textContent()).toBe(X.A.handle);
    expect(
      await page.locator('main header ul li', { hasText: 'followers' }).locator('[title]').getAttribute('title'),
    ).toBe(X.A.followersTitle);

    await openPost(page, X.A_OPENED_POST.id);
    expect(page.url()).toBe(`https://www.instagram.com/p/${X.A_OPENED_POST.id}/`);
    const rootQ = last(sites.graphql('PolarisPostRootQuery'));
    expect(expectGraphqlForm(rootQ!, 'PolarisPostRootQuery')).toMatchObject({ shortcode: X.A_OPENED_POST.id });
    const item = bodyOf(rootQ).data.xdt_api__v1__media__shortcode__web_info.items[0];
    expect(item).toMatchObject({
      code: X.A_OPENED_POST.id,
      pk: X.A_OPENED_POST.pk,
      like_count: X.A_OPENED_POST.likes,
      comment_count: X.A_OPENED_POST.comments,
      taken_at: X.A_OPENED_POST.takenAt,
      like_and_view_counts_disabled: false,
      user: { username: X.A.handle },
    });
    const commentsQ = last(sites.graphql('PolarisPostCommentsContainerQuery'));
    expect(expectGraphqlForm(commentsQ!, 'PolarisPostCommentsContainerQuery')).toMatchObject({
      media_id: X.A_OPENED_POST.pk,
      first: 50,
    });
    const conn = bodyOf(commentsQ).data.xdt_api__v1__media__media_id__comments__connection;
    const comments = conn.edges.map((e: any) => e.node);
    expect(comments).toHaveLength(X.A_OPENED_POST.commentsServed);
    expect(typeof conn.page_info.end_cursor).toBe('string');
    expect(JSON.parse(conn.page_info.end_cursor)).toHaveProperty('server_cursor');
    const byAuthor = new Map<string, string[]>();
    for (const c of comments) byAuthor.set(c.user.username, [...(byAuthor.get(c.user.username) ?? []), c.text]);
    expect(byAuthor.size).toBe(X.A_OPENED_POST.distinctCommenters);
    for (const a of X.A_OPENED_POST.podAccounts)
      expect([...(byAuthor.get(a) ?? [])].sort()).toEqual([...X.A_OPENED_POST.podTexts].sort());
    for (const t of X.A_OPENED_POST.podTexts)
      expect(comments.filter((c: any) => c.text === t)).toHaveLength(X.A_OPENED_POST.timesEachPodText);
    const pod = comments.filter((c: any) => X.A_OPENED_POST.podAccounts.includes(c.user.username));
    expect(pod.map((c: any) => c.created_at - X.A_OPENED_POST.takenAt)).toEqual(X.A_OPENED_POST.podCommentDelays);
    const genuine = comments.find((c: any) => c.user.username === X.A_OPENED_POST.genuine.author);
    expect(genuine.created_at - X.A_OPENED_POST.takenAt).toBe(X.A_OPENED_POST.genuine.delaySeconds);
    // The dialog over the profile: owner link, likes link, 16 comments.
    const dialog = page.locator('div[role="dialog"]');
    expect(await dialog.locator('article header a').getAttribute('href')).toBe(`/${X.A.handle}/`);
    expect(await dialog.locator(`a[href="/p/${X.A_OPENED_POST.id}/liked_by/"]`).textContent()).toBe('688 likes');
    expect(await dialog.locator('li h3 a').count()).toBe(16);
    expect(await page.locator('main header h2 span').textContent()).toBe(X.A.handle); // the profile stays underneath

    // The hidden-likes post opened: "Liked by … and others", no number.
    await page.locator('div[role="dialog"] .close').click();
    await page.waitForFunction(
      () => location.pathname === '/lumen.trails/' && !document.querySelector('div[role="dialog"]'),
    );
    await page.waitForFunction(() => document.querySelectorAll('main a[href^="/p/"]').length === 12);
    await openPost(page, X.A_HIDDEN_IDS[0]);
    expect(await page.locator('div[role="dialog"] section').textContent()).toMatch(
      /^Liked by nightowl\.nils and others/,
    );
    expect(await page.locator('div[role="dialog"] a[href$="/liked_by/"]').count()).toBe(0);

    // Hard load of the post page: the post in the embedded JSON, comments by API.
    sites.clear();
    await gotoPost(page, X.A_OPENED_POST.id);
    expect(sites.graphql('PolarisPostRootQuery')).toHaveLength(0);
    expect(sites.graphql('PolarisPostCommentsContainerQuery')).toHaveLength(1);
    const embedded = await page.$$eval('script[data-sjs]', (ss) => ss.map((s) => s.textContent ?? '').join('\n'));
    expect(embedded).toContain('adp_PolarisPostRootQueryRelayPreloader_');
    expect(embedded).toContain(`"code":"${X.A_OPENED_POST.id}"`);
    expect(await page.locator('main article header a').getAttribute('href')).toBe(`/${X.A.handle}/`);
    await finish(w);
  });
});

describe('TikTok fixture site', () => {
  it('scenario 2: hard load of D (item_list by fetch), in-site hop to E (user/detail by XHR)', async () => {
    sites.clear();
    const w = await newPage();
    const { page } = w;
    await openTikTok(page, X.D.handle);
    expect(await page.locator('[data-e2e="user-title"]').textContent()).toBe(X.D.handle);
    expect(await page.locator('[data-e2e="followers-count"]').textContent()).toBe(X.D.followersText);
    // Embedded: D's userInfo with rounded stats and exact statsV2, no items.
    const universal = JSON.parse((await page.locator('#__UNIVERSAL_DATA_FOR_REHYDRATION__').textContent()) ?? '{}');
    const detail = universal.__DEFAULT_SCOPE__['webapp.user-detail'];
    expect(detail.userInfo.user).toMatchObject({ uniqueId: X.D.handle, secUid: X.D.secUid, id: X.D.id });
    expect(detail.userInfo.statsV2).toMatchObject({
      followerCount: String(X.D.followers),
      followingCount: String(X.D.following),
      heartCount: String(X.D.likesTotal),
      videoCount: String(X.D.posts),
    });
    expect(detail.userInfo.stats.followerCount).toBe(58_000);
    expect(detail.userInfo.itemList).toBeUndefined();

    const list = sites.to('/api/post/item_list/');
    expect(list).toHaveLength(1);
    const listReq = list[0]!;
    expect(listReq.method).toBe('GET');
    expect(listReq.resourceType).toBe('fetch');
    expect(listReq.byApp).toBe(true);
    const q = new URL(listReq.url).searchParams;
    expect(q.get('secUid')).toBe(X.D.secUid);
    expect(q.get('count')).toBe('16');
    expect(q.get('cursor')).toBe('0');
    expect(q.get('needPinnedItemIds')).toBe('true');
    expect(q.get('aid')).toBe('1988');
    expect(q.get('msToken')).toBeTruthy();
    expect(q.get('X-Bogus')).toBeTruthy();
    const items = bodyOf(listReq).itemList;
    expect(ttPostsServed(items)).toEqual(X.D_VIDEOS);
    expect(items.filter((i: any) => !i.author).map((i: any) => i.id)).toEqual([...X.D_AUTHORLESS_IDS]);
    for (const i of items.filter((i: any) => i.author))
      expect(i.author).toMatchObject({ uniqueId: X.D.handle, secUid: X.D.secUid, id: X.D.id });
    expect(items[0].authorStatsV2.followerCount).toBe('58000'); // rounded even in V2
    // Grid: views only, one pinned badge.
    const tiles = await page.$$eval('[data-e2e="user-post-item"]', (ts) =>
      ts.map((t) => ({ href: t.querySelector('a')?.getAttribute('href'), text: t.textContent })),
    );
    expect(tiles.map((t) => t.href)).toEqual(
      X.D_VIDEOS.map((v) => `https://www.tiktok.com/@${X.D.handle}/video/${v.id}`),
    );
    expect(await page.$$eval('[data-e2e="video-views"]', (vs) => vs.map((v) => v.textContent))).toEqual([
      '912.3K',
      '41.2K',
      '23.9K',
      '67.4K',
      '18.9K',
      '30.3K',
      '53K',
      '25.4K',
    ]);
    expect(await page.locator('[data-e2e="video-card-badge"]').count()).toBe(1);
    expect(await page.locator('[data-e2e="like-count"], [data-e2e="comment-count"]').count()).toBe(0);
    // Noise: other authors' videos, suggested accounts with follower counts, report beacons.
    const recommended = bodyOf(last(sites.to('/api/recommend/item_list/'))).itemList;
    expect(recommended.map((i: any) => i.author.uniqueId)).toEqual(['sol.sketches', 'brick.beats', 'tide.tunes']);
    const suggested = bodyOf(last(sites.to('/api/recommend/user/'))).userList;
    expect(suggested.map((u: any) => [u.user.uniqueId, u.statsV2.followerCount])).toEqual([
      [X.E.handle, String(X.E.followers)],
      [X.F.handle, String(X.F.followers)],
      ['sol.sketches', '74500'],
    ]);

    // ---- in-site hop to E
    await clickToTikTokProfile(page, X.E.handle);
    expect(page.url()).toBe(X.E.url);
    const userDetail = last(sites.to('/api/user/detail/'));
    expect(userDetail?.resourceType).toBe('xhr');
    expect(userDetail?.method).toBe('GET');
    expect(new URL(userDetail!.url).searchParams.get('uniqueId')).toBe(X.E.handle);
    expect(userDetail?.pageUrl).toBe(X.E.url);
    const eInfo = bodyOf(userDetail).userInfo;
    expect(eInfo.user).toMatchObject({ uniqueId: X.E.handle, secUid: X.E.secUid, id: X.E.id });
    expect(eInfo.statsV2).toMatchObject({
      followerCount: String(X.E.followers),
      videoCount: String(X.E.posts),
      heartCount: String(X.E.likesTotal),
    });
    expect(eInfo.stats.followerCount).toBe(310_000);
    const eList = last(sites.to('/api/post/item_list/'));
    expect(eList?.resourceType).toBe('fetch');
    expect(new URL(eList!.url).searchParams.get('secUid')).toBe(X.E.secUid);
    expect(ttPostsServed(bodyOf(eList).itemList)).toEqual(X.E_VIDEOS);
    expect(await page.locator('[data-e2e="followers-count"]').textContent()).toBe(X.E.followersText);
    expect(await page.locator('[data-e2e="user-post-item"]').count()).toBe(6);
    // The embedded JSON still describes D.
    const after = JSON.parse((await page.locator('#__UNIVERSAL_DATA_FOR_REHYDRATION__').textContent()) ?? '{}');
    expect(after.__DEFAULT_SCOPE__['webapp.user-detail'].userInfo.user.uniqueId).toBe(X.D.handle);
    expect(sites.log.filter((r) => r.resourceType === 'document')).toHaveLength(1);
    expect(sites.to('/api/report/').every((r) => r.method === 'POST' && r.status === 200 && r.bodyLength === 0)).toBe(
      true,
    );
    await finish(w);
  });

  it('scenario 2: F’s item_list answers 200 with an empty body; the page shows "No videos yet" without an error', async () => {
    sites.clear();
    const w = await newPage();
    const { page } = w;
    await openTikTok(page, X.F.handle);
    const list = sites.to('/api/post/item_list/');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 200, bodyLength: 0, resourceType: 'fetch', finished: true });
    expect(new URL(list[0]!.url).searchParams.get('secUid')).toBe(X.F.secUid);
    expect(await page.locator('[data-e2e="user-post-item-list"]').textContent()).toContain('No videos yet');
    expect(await page.locator('[data-e2e="followers-count"]').textContent()).toBe(X.F.followersText);
    const universal = JSON.parse((await page.locator('#__UNIVERSAL_DATA_FOR_REHYDRATION__').textContent()) ?? '{}');
    expect(universal.__DEFAULT_SCOPE__['webapp.user-detail'].userInfo.statsV2.followerCount).toBe(
      String(X.F.followers),
    );
    await finish(w);
  });

  it('scenario 3: a video opened from D’s grid (item detail + comment list); the video page on a hard load', async () => {
    sites.clear();
    const w = await newPage();
    const { page } = w;
    await openTikTok(page, X.D.handle);
    await openVideo(page, X.D_OPENED_VIDEO.id);
    expect(page.url()).toBe(`${X.D.url}/video/${X.D_OPENED_VIDEO.id}`);
    const itemReq = last(sites.to('/api/item/detail/'));
    expect(itemReq?.resourceType).toBe('fetch');
    expect(new URL(itemReq!.url).searchParams.get('itemId')).toBe(X.D_OPENED_VIDEO.id);
    const struct = bodyOf(itemReq).itemInfo.itemStruct;
    expect(struct.author).toMatchObject({ uniqueId: X.D.handle, secUid: X.D.secUid });
    expect(struct.statsV2).toMatchObject({
      playCount: String(X.D_OPENED_VIDEO.views),
      diggCount: String(X.D_OPENED_VIDEO.likes),
      commentCount: String(X.D_OPENED_VIDEO.comments),
      shareCount: String(X.D_OPENED_VIDEO.shares),
      collectCount: String(X.D_OPENED_VIDEO.saves),
    });
    const commentReq = last(sites.to('/api/comment/list/'));
    const cq = new URL(commentReq!.url).searchParams;
    expect([cq.get('aweme_id'), cq.get('count'), cq.get('cursor')]).toEqual([X.D_OPENED_VIDEO.id, '20', '0']);
    const comments = bodyOf(commentReq).comments;
    expect(comments).toHaveLength(X.D_OPENED_VIDEO.commentsServed);
    expect(new Set(comments.map((c: any) => c.user.unique_id)).size).toBe(X.D_OPENED_VIDEO.distinctCommenters);
    expect(comments.filter((c: any) => c.text === '').map((c: any) => c.user.unique_id)).toEqual([
      ...X.D_OPENED_VIDEO.emptyTextCommenters,
    ]);
    expect(comments.filter((c: any) => c.author_pin)).toHaveLength(1);
    expect(await page.locator('[data-e2e="browse-username"]').textContent()).toBe(X.D.handle);
    expect(await page.locator('[data-e2e="like-count"]').textContent()).toBe('3.1K');
    expect(await page.locator('[data-e2e="user-title"]').textContent()).toBe(X.D.handle); // the profile stays underneath

    // Hard load of the video page.
    sites.clear();
    await gotoVideo(page, X.D.handle, X.D_OPENED_VIDEO.id);
    expect(sites.to('/api/item/detail/')).toHaveLength(0);
    const universal = JSON.parse((await page.locator('#__UNIVERSAL_DATA_FOR_REHYDRATION__').textContent()) ?? '{}');
    expect(universal.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct.statsV2.diggCount).toBe(
      String(X.D_OPENED_VIDEO.likes),
    );
    await finish(w);
  });
});

describe('CSP like the real sites', () => {
  for (const [site, url] of [
    ['instagram', X.A.url],
    ['tiktok', X.D.url],
  ] as const) {
    it(`${site}: script-src needs the per-response nonce; an inline script without it is blocked`, async () => {
      sites.clear();
      const page = await session.context.newPage();
      const response = await page.goto(url);
      const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
      const scriptSrc =
        csp
          .split(';')
          .map((d) => d.trim())
          .find((d) => d.startsWith('script-src')) ?? '';
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce).toBeTruthy();
      expect(scriptSrc).not.toContain('unsafe-inline');
      await page.waitForSelector('[data-e2e="user-title"], main header h2 span');
      const result = await page.evaluate(async () => {
        const violation = new Promise<string>((resolve) =>
          document.addEventListener(
            'securitypolicyviolation',
            (e) => resolve(`${e.violatedDirective} ${e.blockedURI}`),
            { once: true },
          ),
        );
        const w = window as unknown as { __unNonced?: boolean; __nonced?: boolean };
        const bad = document.createElement('script');
        bad.textContent = 'window.__unNonced = true;';
        document.body.append(bad);
        const good = document.createElement('script');
        good.nonce = (document.querySelector('script[src]') as HTMLScriptElement).nonce;
        good.textContent = 'window.__nonced = true;';
        document.body.append(good); // runs synchronously when allowed
        const violations = [await violation];
        return {
          unNonced: w.__unNonced === true,
          nonced: w.__nonced === true,
          violations,
          appNonce: (document.querySelector('script[src]') as HTMLScriptElement).nonce,
        };
      });
      expect(result.unNonced).toBe(false);
      expect(result.violations.some((v) => /^script-src(-elem)? inline$/.test(v))).toBe(true);
      expect(result.nonced).toBe(true); // positive control: the page's own nonce works
      expect(result.appNonce).toBe(nonce);
      const second = await page.reload();
      const nonce2 = /'nonce-([^']+)'/.exec((await second?.allHeaders())?.['content-security-policy'] ?? '')?.[1];
      expect(nonce2).toBeTruthy();
      expect(nonce2).not.toBe(nonce);
      await page.close();
    });
  }
});
