import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, mergeComments } from '@/core/score/analyze';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { formatPercent, formatRange } from '@/core/text/format';
import { shortlistToCsv } from '@/core/shortlist/shortlist-csv';
import { shortlistEntrySchema } from '@/core/shortlist/shortlist';
import { creatorKey, snapshotSchema, type CommentSample } from '@/core/page/snapshot';
import { fixtures } from '../fixtures/fixtures';
import { countsOf, expectFigures, stateImplied } from '../fixtures/load';
import { fixtureFor, fixtureRoutes } from './fixture-routes';
import { extensionPage, launch, OverlayPage, type Session } from './harness';
import { readStore, tabIdOf } from './idb';

/**
 * The whole pipeline in real Chromium: fixture page at its real URL →
 * adapter → background (core + IndexedDB) → overlay, popup, side panel,
 * shortlist, CSV, and a browser restart.
 */

let session: Session;
beforeAll(async () => {
  session = await launch(fixtureRoutes, undefined);
});
afterAll(async () => {
  await session?.close();
});

/** The analysis core computes from what the extension stored for this creator. */
async function coreAnalysisOf(key: string) {
  const creators = (await readStore(session.worker, 'creators')) as { key: string; snapshot: unknown }[];
  const row = creators.find((c) => c.key === key);
  expect(row, `stored creator ${key}`).toBeDefined();
  const snapshot = snapshotSchema.parse(row?.snapshot);
  return { snapshot, analysis: analyze(mergeComments(snapshot, new Map()), DEFAULT_SETTINGS) };
}

const UNAVAILABLE = new Set(['private', 'not-found', 'login-wall']);

describe('overlay on every profile fixture', () => {
  for (const fixture of fixtures.filter((f) => f.pageKind === 'profile')) {
    it(`${fixture.file}: contract attributes match the page and the core`, async () => {
      const page = await session.context.newPage();
      await page.goto(fixture.url);
      const overlay = new OverlayPage(page);
      const expected = fixture.expected;
      const contract = await overlay.settled(
        expected.status === 'not-found' || expected.status === 'login-wall' ? undefined : expected.handle,
      );
      expect(contract['data-platform']).toBe(fixture.platform);
      expect(contract['data-followers']).toBe(expected.followers ? String(expected.followers.value) : '');
      expect(contract['data-following']).toBe(expected.following ? String(expected.following.value) : '');
      expect(contract['data-posts']).toBe(expected.posts ? String(expected.posts.value) : '');
      expect(contract['data-likes-total']).toBe(expected.likesTotal ? String(expected.likesTotal.value) : '');
      if (UNAVAILABLE.has(expected.status)) {
        expect(contract['data-state']).toBe('unavailable');
        expectFigures(contract, expected.figures);
        expect(contract['data-engagement-rate']).toBe('');
        await page.close();
        return;
      }
      expect(contract['data-state']).toBe(stateImplied(expected, expected.figures));
      expect(contract['data-handle']).toBe(expected.handle);
      // The figures worked out by hand in the manifest, not analyze() of what was stored:
      // a wrong reading would agree with itself.
      expectFigures(contract, expected.figures);
      const { snapshot, analysis } = await coreAnalysisOf(creatorKey(fixture.platform, expected.handle));
      expect(countsOf(snapshot), 'every stored post: id, pinned, likes, comments, views').toEqual(expected.everyPost);
      expect(analysis.pod.level).toBe(expected.figures.podLevel);
      const text = await overlay.text();
      if (expected.figures.rate !== null) expect(text).toContain(formatPercent(expected.figures.rate));
      if (analysis.roi.costPerPost)
        expect(text).toContain(formatRange(analysis.roi.costPerPost, 'money', analysis.roi.currency));
      await page.close();
    });
  }
});

describe('opened posts', () => {
  for (const fixture of fixtures.filter((f) => f.pageKind === 'post')) {
    it(`${fixture.file}: its comments are kept for the creator and feed the pod verdict`, async () => {
      const key = creatorKey(fixture.platform, fixture.expected.handle);
      const profile = fixtureFor(fixture.expected.handle);
      const after = fixture.expected.overlayFigures;
      expect(after, 'post fixtures list the overlay figures after the profile').toBeDefined();
      const storedPod = async () => {
        const creators = (await readStore(session.worker, 'creators')) as {
          key: string;
          analysis: { pod: { commentsSeen: number; score: number | null; level: string | null } };
        }[];
        return creators.find((c) => c.key === key)?.analysis.pod;
      };
      // Before: the creator's profile read alone. No comment read yet: not judged yet
      // (empty data-pod-score, null score and level), written down by hand in the manifest.
      const profilePage = await session.context.newPage();
      await profilePage.goto(profile.url);
      const profileOverlay = new OverlayPage(profilePage);
      const before = await profileOverlay.settled(profile.expected.handle);
      // The overlay says what the verdict waits for, and shows no score.
      expect(await profileOverlay.text()).toContain('Not judged yet: open a post to read its comments');
      await profilePage.close();
      expect(profile.expected.figures.podScore).toBeNull();
      expect(before['data-pod-score']).toBe('');
      expect(await storedPod()).toMatchObject({ commentsSeen: 0, score: null, level: null });

      const page = await session.context.newPage();
      await page.goto(fixture.url);
      await expect.poll(async () => (await storedPod())?.commentsSeen).toBe(after?.commentsSeen);
      const contract = await new OverlayPage(page).settled(fixture.expected.handle);
      const stored = (await readStore(session.worker, 'postComments')) as {
        key: string;
        postId: string;
        comments: CommentSample[];
      }[];
      const mine = stored.filter((row) => row.key === key);
      expect(mine).toHaveLength(1);
      expect(mine[0]?.comments).toHaveLength(fixture.expected.commentSamples ?? -1);
      // After: literal score and level (the arithmetic is in the manifest).
      expect(await storedPod()).toMatchObject({
        commentsSeen: after?.commentsSeen,
        score: after?.podScore,
        level: after?.podLevel,
      });
      if (after) expectFigures(contract, after);
      await page.close();
    });
  }
});

describe('a marketer’s session', () => {
  it('follows in-site navigation to another profile', async () => {
    const first = fixtureFor('janedoe');
    const second = fixtureFor('marco.rossi');
    const page = await session.context.newPage();
    await page.goto(first.url);
    const overlay = new OverlayPage(page);
    await overlay.settled('janedoe');
    const nextHtml = await readFile(`tests/fixtures/${second.file}`, 'utf8');
    // As the site does: the URL changes first, the app re-renders its root a
    // moment later; the embedded JSON still describes the first profile.
    await page.evaluate(
      async ({ url, html }) => {
        history.pushState({}, '', url);
        await new Promise((r) => setTimeout(r, 80));
        const next = new DOMParser().parseFromString(html, 'text/html');
        for (const child of [...document.body.children])
          if (child.localName !== 'creator-scout-overlay') child.remove();
        for (const s of next.body.querySelectorAll('script')) s.remove();
        const host = document.querySelector('creator-scout-overlay');
        for (const child of [...next.body.children]) document.body.insertBefore(document.adoptNode(child), host);
      },
      { url: second.url, html: nextHtml },
    );
    const contract = await overlay.settled('marco.rossi');
    expect(contract['data-handle']).toBe('marco.rossi');
    // @marco.rossi's own figures, read from the header the site rendered (its JSON is @janedoe's).
    expect(contract['data-followers']).toBe('4821');
    expect(contract['data-following']).toBe('893');
    // Grid tiles print no counts: no post can be measured until one is opened.
    expect(contract['data-posts-measured']).toBe('0');
    expect(await page.locator('creator-scout-overlay').count()).toBe(1);
    await page.close();
  });

  it('saves from the overlay and the popup, lists, notes and exports, and keeps it all across a browser restart', async () => {
    const insta = fixtureFor('janedoe');
    const tiktok = fixtureFor('maya.moves');

    const igPage = await session.context.newPage();
    await igPage.goto(insta.url);
    await new OverlayPage(igPage).settled('janedoe');
    await igPage.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => igPage.getByRole('button', { name: 'Saved ✓' }).count()).toBe(1);

    const ttPage = await session.context.newPage();
    await ttPage.goto(tiktok.url);
    await new OverlayPage(ttPage).settled('maya.moves');
    const tabId = await tabIdOf(session.worker, 'https://www.tiktok.com/*');
    const popup = await extensionPage(session, `popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await popup.getByText('Saved ✓ — in shortlist').waitFor();
    const { analysis: maya } = await coreAnalysisOf('tiktok:maya.moves');
    await expect.poll(() => popup.getByText(formatPercent(maya.engagement.rate)).count()).toBeGreaterThan(0);

    const panel = await extensionPage(session, 'sidepanel.html');
    await panel.getByRole('tab', { name: 'Shortlist' }).click();
    await panel.getByText('@janedoe').first().waitFor();
    await panel.getByText('@maya.moves').first().waitFor();
    const note = panel.getByRole('textbox', { name: 'Note for @janedoe' });
    await note.fill('=HYPERLINK("http://evil.example") spring launch, "travel"');
    await note.blur();
    await expect
      .poll(
        async () =>
          ((await readStore(session.worker, 'shortlist')) as { key: string; note: string }[]).find(
            (e) => e.key === 'instagram:janedoe',
          )?.note,
      )
      .toBe('=HYPERLINK("http://evil.example") spring launch, "travel"');

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: /Export CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^creator-scout-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    // Every cell must equal what core writes for the stored shortlist.
    const stored = (await readStore(session.worker, 'shortlist')).map((e) => shortlistEntrySchema.parse(e));
    const comments = (await readStore(session.worker, 'postComments')) as {
      key: string;
      postId: string;
      comments: CommentSample[];
    }[];
    const byKey = new Map<string, Map<string, CommentSample[]>>();
    for (const c of comments) byKey.set(c.key, (byKey.get(c.key) ?? new Map()).set(c.postId, c.comments));
    const expectedCsv = Papa.parse<Record<string, string>>(shortlistToCsv(stored, DEFAULT_SETTINGS, byKey).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    const byHandle = (rows: Record<string, string>[]) => new Map(rows.map((r) => [r['handle'], r]));
    expect(byHandle(parsed.data)).toEqual(byHandle(expectedCsv.data));
    const jane = byHandle(parsed.data).get('janedoe');
    expect(jane?.['followers']).toBe(String(insta.expected.followers?.value));
    expect(jane?.['tier']).toBe('Micro');
    expect(jane?.['note']).toBe(`'=HYPERLINK("http://evil.example") spring launch, "travel"`);

    const dir = session.userDataDir;
    await session.context.close();
    const restarted = await launch(fixtureRoutes, dir);
    try {
      const again = await extensionPage(restarted, 'sidepanel.html');
      await again.getByRole('tab', { name: 'Shortlist' }).click();
      await again.getByText('@janedoe').first().waitFor();
      await again.getByText('@maya.moves').first().waitFor();
      await expect
        .poll(() => again.getByRole('textbox', { name: 'Note for @janedoe' }).inputValue())
        .toContain('spring launch');
      expect(await readStore(restarted.worker, 'shortlist')).toHaveLength(2);
    } finally {
      await restarted.close();
    }
    session = await launch(fixtureRoutes);
  });
});
