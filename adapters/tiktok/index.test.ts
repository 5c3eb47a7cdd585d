import { describe, expect, it } from 'vitest';
import { fixtures } from '../../tests/fixtures/fixtures';
import { analyze } from '../../core/score/analyze';
import { DEFAULT_SETTINGS } from '../../core/settings/defaults';
import {
  expectSnapshot,
  expectedFiguresOf,
  fixtureDocument,
  fixtureFilesOnDisk,
  fixtureHtml,
  parseHtml,
} from '../../tests/fixtures/load';
import { readTikTokPage, renderedHandle } from './index';

const NOW = Date.UTC(2025, 5, 15);
const tiktok = fixtures.filter((f) => f.platform === 'tiktok');
const byFile = (file: string) => {
  const f = tiktok.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return f;
};

describe('readTikTokPage on saved pages', () => {
  it.each(tiktok.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
    const s = expectSnapshot(readTikTokPage(fixtureDocument(fixture.file), fixture.url, NOW), fixture.expected);
    expect(s.platform).toBe('tiktok');
    expect(s.pageKind).toBe(fixture.pageKind);
    // The figures worked out by hand in the manifest, not analyze() compared with itself.
    expect(expectedFiguresOf(analyze(s, DEFAULT_SETTINGS))).toEqual(fixture.expected.figures);
  });

  it('every fixture file on disk is in the manifest', () => {
    expect(fixtureFilesOnDisk('tiktok').sort()).toEqual(tiktok.map((f) => f.file).sort());
  });

  it('records the printed text of abbreviated counts', () => {
    const chef = byFile('tiktok/chef.tomas.html');
    const s = readTikTokPage(fixtureDocument(chef.file), chef.url, NOW);
    expect(s?.profile.followers).toEqual({ value: 1200000, source: 'text', exact: false, raw: '1.2M' });
  });

  it('reads comment authors from their profile links', () => {
    const video = byFile('tiktok/maya.moves-video.html');
    const s = readTikTokPage(fixtureDocument(video.file), video.url, NOW);
    expect(s?.posts[0]?.commentSamples.slice(0, 4)).toEqual([
      { author: 'dan.diy', text: 'this is so clean 🔥' },
      { author: 'lucia.viaja', text: 'Tutorial please!!' },
      { author: 'bot.growth.fast', text: 'Nice video' },
      { author: 'sara.k', text: '😍😍😍' },
    ]);
  });

  it('is null for pages that are not a profile or video', () => {
    const doc = fixtureDocument('tiktok/maya.moves.html');
    expect(readTikTokPage(doc, 'https://www.tiktok.com/foryou', NOW)).toBeNull();
    expect(readTikTokPage(doc, 'https://www.instagram.com/maya.moves/', NOW)).toBeNull();
  });
});

describe('sources after SPA navigation', () => {
  it('ignores universal data for another handle and reads the data-e2e header B shows', () => {
    const dan = byFile('tiktok/dan.diy.html');
    const doc = fixtureDocument('tiktok/maya.moves.html');
    doc.body.innerHTML = fixtureDocument(dan.file).body.innerHTML;
    const s = readTikTokPage(doc, dan.url, NOW);
    expect(s?.handle).toBe('dan.diy');
    expect(s?.profile.followers).toMatchObject({ value: 23800, source: 'text', exact: false });
    expect(s?.profile.posts).toBeNull();
    expect(s?.posts).toHaveLength(9);
    expect(s?.missing.join('\n')).toMatch(/describes @maya\.moves, not @dan\.diy/u);
  });

  it('reads nothing from a header that still shows the previous profile', () => {
    const s = readTikTokPage(fixtureDocument('tiktok/maya.moves.html'), byFile('tiktok/dan.diy.html').url, NOW);
    expect(s?.status).toBe('unreadable');
    expect(s?.profile.followers).toBeNull();
    expect(s?.missing.join('\n')).toMatch(/still shows @maya\.moves/u);
  });
});

describe('malformed and hostile input', () => {
  it('falls back to meta and data-e2e when the universal data is malformed, and says so', () => {
    const maya = byFile('tiktok/maya.moves.html');
    const html = fixtureHtml(maya.file).replace('{"__DEFAULT_SCOPE__":', '{"__DEFAULT_SCOPE__":,');
    const s = readTikTokPage(parseHtml(html), maya.url, NOW);
    expect(s?.status).toBe('ok');
    expect(s?.profile.followers).toMatchObject({ value: 184300, source: 'meta', exact: false });
    expect(s?.profile.likesTotal).toMatchObject({ value: 4200000, source: 'meta', exact: false });
    expect(s?.profile.following).toMatchObject({ value: 312, source: 'text', exact: true });
    expect(s?.posts).toHaveLength(12);
    expect(s?.posts.filter((p) => p.pinned)).toHaveLength(1);
    expect(s?.missing.join('\n')).toMatch(/universal data .*#1: not valid JSON/u);
  });

  it('keeps hostile text as text, clipped to the schema limits', () => {
    const evil = byFile('tiktok/evil.vids.html');
    const s = readTikTokPage(fixtureDocument(evil.file), evil.url, NOW);
    expect(s?.profile.displayName).toBe('=HYPERLINK("http://x") <img src=x onerror=alert(1)>');
    expect(s?.profile.bio).toHaveLength(4000);
  });

  it('never throws on empty or junk documents', () => {
    for (const html of [
      '',
      '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">[1,</script>',
      '<strong data-e2e="followers-count">lots</strong>',
    ]) {
      expect(readTikTokPage(parseHtml(html), 'https://www.tiktok.com/@maya.moves', NOW)?.status).toBe('unreadable');
    }
  });
});

describe('renderedHandle', () => {
  it.each([
    ['tiktok/maya.moves.html', 'maya.moves'],
    ['tiktok/maya.moves-video.html', 'maya.moves'],
    ['tiktok/chef.tomas.html', 'chef.tomas'],
    ['tiktok/not-found.html', null],
  ])('%s shows %s', (file, handle) => {
    expect(renderedHandle(fixtureDocument(file))).toBe(handle);
  });
});
