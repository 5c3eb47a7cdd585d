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
import { readInstagramPage, renderedHandle } from './index';

const NOW = Date.UTC(2025, 5, 15);
const instagram = fixtures.filter((f) => f.platform === 'instagram');
const byFile = (file: string) => {
  const f = instagram.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return f;
};

describe('readInstagramPage on saved pages', () => {
  it.each(instagram.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
    const snapshot = readInstagramPage(fixtureDocument(fixture.file), fixture.url, NOW);
    const s = expectSnapshot(snapshot, fixture.expected);
    expect(s.platform).toBe('instagram');
    expect(s.pageKind).toBe(fixture.pageKind);
    expect(s.capturedAt).toBe(NOW);
    // The figures worked out by hand in the manifest, not analyze() compared with itself.
    expect(expectedFiguresOf(analyze(s, DEFAULT_SETTINGS))).toEqual(fixture.expected.figures);
  });

  it('every fixture file on disk is in the manifest', () => {
    expect(fixtureFilesOnDisk('instagram').sort()).toEqual(instagram.map((f) => f.file).sort());
  });

  it('is null for pages that are not a profile or post', () => {
    const doc = fixtureDocument('instagram/janedoe.html');
    expect(readInstagramPage(doc, 'https://www.instagram.com/explore/', NOW)).toBeNull();
    expect(readInstagramPage(doc, 'https://www.tiktok.com/@janedoe', NOW)).toBeNull();
  });
});

describe('sources after SPA navigation', () => {
  /** Page A's head (JSON + meta, as loaded first) with page B's rendered body, at B's URL. */
  function navigated(fromFile: string, toFile: string): Document {
    const from = fixtureDocument(fromFile);
    const to = fixtureDocument(toFile);
    from.body.innerHTML = to.body.innerHTML;
    return from;
  }

  it('ignores JSON and meta for another handle and reads the header B shows', () => {
    const marco = byFile('instagram/marco.rossi.html');
    const s = readInstagramPage(navigated('instagram/janedoe.html', marco.file), marco.url, NOW);
    expect(s?.handle).toBe('marco.rossi');
    expect(s?.profile.followers).toEqual({ value: 4821, source: 'attr', exact: true, raw: '4,821' });
    expect(s?.profile.following).toMatchObject({ value: 893, source: 'text', exact: true });
    expect(s?.posts).toHaveLength(12);
    expect(s?.posts.every((p) => p.likes === null)).toBe(true);
    expect(s?.missing.join('\n')).toMatch(/describes @janedoe, not @marco\.rossi/u);
  });

  it('reads nothing from a header that still shows the previous profile', () => {
    const marco = byFile('instagram/marco.rossi.html');
    const s = readInstagramPage(fixtureDocument('instagram/janedoe.html'), marco.url, NOW);
    expect(s?.status).toBe('unreadable');
    expect(s?.profile.followers).toBeNull();
    expect(s?.posts).toEqual([]);
    expect(s?.missing.join('\n')).toMatch(/still shows @janedoe/u);
  });
});

describe('malformed and hostile input', () => {
  it('falls back to meta and attributes when the JSON is malformed, and says so', () => {
    const jane = byFile('instagram/janedoe.html');
    // Breaks the profile query's blob (the page's third), not the suggested-users blob before it.
    const html = fixtureHtml(jane.file).replace('"data":{"user":{"ai_agent_type"', '"data":{"user":{,,"ai_agent_type"');
    const s = readInstagramPage(parseHtml(html), jane.url, NOW);
    expect(s?.status).toBe('ok');
    expect(s?.profile.followers).toEqual({ value: 12345, source: 'attr', exact: true, raw: '12,345' });
    expect(s?.profile.following).toMatchObject({ value: 512, source: 'meta', exact: true });
    expect(s?.posts).toHaveLength(12);
    expect(s?.missing.join('\n')).toMatch(/JSON .*#3: not valid JSON/u);
  });

  it('keeps hostile text as text, clipped to the schema limits', () => {
    const s = readInstagramPage(fixtureDocument('instagram/evil.bio.html'), byFile('instagram/evil.bio.html').url, NOW);
    expect(s?.profile.displayName).toBe('=HYPERLINK("http://x") <img src=x onerror=alert(1)>');
    expect(s?.profile.bio).toHaveLength(4000);
    expect(s?.profile.bio?.startsWith('<script>alert(1)</script> \u202Eevil')).toBe(true);
    expect(s?.posts[0]?.commentSamples.map((c) => c.text)).toEqual([
      '<script>alert(1)</script>',
      '\u202Egnp.exe',
      '=HYPERLINK("http://x")',
    ]);
  });

  it('reads when each comment on an opened post was written (created_at, unix seconds)', () => {
    const url = 'https://www.instagram.com/p/CnNfribxUdl/';
    const s = readInstagramPage(fixtureDocument('instagram/post-CnNfribxUdl.html'), url, NOW);
    // The page's JSON: taken_at 1747695294; comments every 600 s from 10 minutes after it.
    expect(s?.posts[0]?.takenAt).toBe(1_747_695_294_000);
    expect(s?.posts[0]?.commentSamples.slice(0, 2)).toEqual([
      { author: 'marco.rossi', text: 'This light is unreal 😍', at: 1_747_695_894_000 },
      { author: 'lena.bakes', text: '🔥🔥🔥', at: 1_747_696_494_000 },
    ]);
  });

  it('never throws on empty or junk documents', () => {
    for (const html of [
      '',
      '<html><body><script type="application/json" data-sjs>{</script></body></html>',
      '<header><ul><li>abc followers</li></ul></header>',
    ]) {
      const s = readInstagramPage(parseHtml(html), 'https://www.instagram.com/janedoe/', NOW);
      expect(s?.status).toBe('unreadable');
    }
    expect(readInstagramPage(parseHtml(''), 'https://www.instagram.com/p/C9xYz12AbCd/', NOW)).toBeNull();
  });
});

describe('renderedHandle', () => {
  it.each([
    ['instagram/janedoe.html', 'janedoe'],
    ['instagram/marco.rossi.html', 'marco.rossi'],
    ['instagram/lucia.viaja.html', 'lucia.viaja'],
    ['instagram/missing.html', null],
  ])('%s shows %s', (file, handle) => {
    expect(renderedHandle(fixtureDocument(file))).toBe(handle);
  });

  it('reads the DOM, not the JSON', () => {
    const doc = fixtureDocument('instagram/janedoe.html');
    doc.body.innerHTML = fixtureDocument('instagram/marco.rossi.html').body.innerHTML;
    expect(renderedHandle(doc)).toBe('marco.rossi');
  });
});
