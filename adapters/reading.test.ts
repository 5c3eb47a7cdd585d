import { describe, expect, it } from 'vitest';
import { parseCount } from '../core/page/count';
import { fixtures } from '../tests/fixtures/fixtures';
import { fixtureDocument, fixtureHtml, parseHtml } from '../tests/fixtures/load';
import { readInstagramPage } from './instagram';
import { readTikTokPage } from './tiktok';

/** Provenance, conflicts, locales and page states across the whole corpus. */

const NOW = Date.UTC(2025, 5, 15);
const readFixture = (file: string) => {
  const f = fixtures.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return (f.platform === 'instagram' ? readInstagramPage : readTikTokPage)(fixtureDocument(f.file), f.url, NOW);
};

/**
 * Every count format the sites print, where the corpus prints it, and what it
 * parses to: value and the interval the rounding allows.
 */
export const COUNT_FORMATS: Array<[printed: string, file: string, value: number, low: number, high: number]> = [
  ['12.3K', 'instagram/janedoe.html', 12300, 12250, 12349],
  ['12,3\u00a0k', 'instagram/claire.paris.html', 12300, 12250, 12349],
  ['1.2M', 'tiktok/chef.tomas.html', 1200000, 1150000, 1249999],
  ['1,2 Mio.', 'instagram/max.mueller.html', 1200000, 1150000, 1249999],
  ['1,2 mi', 'instagram/ana.souza.html', 1200000, 1150000, 1249999],
  ['1,2 mil', 'instagram/pablo.cocina.html', 1200, 1150, 1249],
  ['12 mil', 'instagram/pablo.cocina.html', 12000, 11500, 12499],
  ['12,3 B', 'instagram/emre.tr.html', 12300, 12250, 12349],
  ['1.2B', 'tiktok/mega.star.html', 1200000000, 1150000000, 1249999999],
  ['1.2万', 'tiktok/kenji.jp.html', 12000, 11500, 12499],
  ['12.3万', 'instagram/yuki.tokyo.html', 123000, 122500, 123499],
  ['3,104', 'instagram/stella.mega.html', 3104, 3104, 3104],
  ['1.234', 'instagram/max.mueller.html', 1234, 1234, 1234],
  ['1\u202f234', 'instagram/claire.paris.html', 1234, 1234, 1234],
  ['1.187.402', 'instagram/max.mueller.html', 1187402, 1187402, 1187402],
];

describe('count formats in the corpus', () => {
  it.each(COUNT_FORMATS)('%j (in %s) reads as %i', (printed, file, value, low, high) => {
    expect(fixtureHtml(file)).toContain(printed);
    expect(parseCount(printed)).toEqual({ value, exact: low === high, low, high });
  });
});

describe('provenance', () => {
  it.each(fixtures.map((f) => [f.file] as const))('%s: every count carries the source the read log names', (file) => {
    const s = readFixture(file);
    for (const name of ['followers', 'following', 'posts', 'likesTotal'] as const) {
      const field = s?.profile[name];
      if (!field || s?.pageKind === 'post') continue;
      const logged = s.read?.fields.find((f) => f.field === name);
      expect(logged, `${file} ${name}`).toMatchObject({ source: field.source, exact: field.exact });
      expect(
        logged?.via.startsWith(`${field.source}:`) ||
          logged?.via.startsWith('TikTok') ||
          logged?.via.startsWith('Instagram'),
      ).toBe(true);
    }
  });

  it('prefers an exact header title over an abbreviated meta count, without calling it a conflict', () => {
    const s = readFixture('instagram/ana.souza.html');
    expect(s?.profile.followers).toEqual({ value: 1234567, source: 'attr', exact: true, raw: '1.234.567' });
    expect(s?.read?.conflicts).toEqual([]);
    expect(s?.read?.matched).toContain('meta: og:description / description naming (@handle)');
  });

  it('reports two exact sources that disagree, and keeps the more trusted one', () => {
    const s = readFixture('instagram/giulia.roma.html');
    expect(s?.profile.followers?.value).toBe(1520);
    expect(s?.read?.conflicts).toEqual([
      {
        field: 'followers',
        chosen: { source: 'meta', value: 1520, exact: true, raw: '1.520' },
        other: { source: 'attr', value: 1610, exact: true, raw: '1.610' },
      },
    ]);
  });

  it('reports an abbreviation that no rounding can reconcile with the exact count', () => {
    const html = fixtureHtml('instagram/ana.souza.html').replace('1,2 mi seguidores', '2,5 mi seguidores');
    const s = readInstagramPage(parseHtml(html), 'https://www.instagram.com/ana.souza/', NOW);
    expect(s?.read?.conflicts[0]).toMatchObject({
      field: 'followers',
      chosen: { value: 1234567, source: 'attr' },
      other: { value: 2500000, source: 'meta', exact: false, raw: '2,5 mi' },
    });
  });

  it('reads the older SIGI_STATE layout, keyed by the handle as typed', () => {
    const s = readFixture('tiktok/old.school.html');
    expect(s?.read?.fields.find((f) => f.field === 'followers')?.via).toBe(
      'json: SIGI_STATE UserModule.users / .stats .followerCount',
    );
  });
});

describe('page states', () => {
  it('tells a suspended TikTok account from a missing one', () => {
    expect(readFixture('tiktok/not-found.html')?.read?.statusDetail).toMatch(/^Suspended/u);
    const missing = fixtureHtml('tiktok/not-found.html').replace(
      '"statusCode":10221,"statusMsg":"user banned"',
      '"statusCode":10202,"statusMsg":"user not exist"',
    );
    const s = readTikTokPage(parseHtml(missing), 'https://www.tiktok.com/@nobody.here.123', NOW);
    expect(s?.status).toBe('not-found');
    expect(s?.read?.statusDetail).toMatch(/^Missing/u);
  });

  it.each([
    ['instagram/nova.empty.html', 'no-posts'],
    ['tiktok/zoe.empty.html', 'no-posts'],
    ['tiktok/login-wall.html', 'login-wall'],
    ['instagram/login-wall.html', 'login-wall'],
    ['instagram/quiet.pines.html', 'private'],
  ])('%s is %s, with no post counted as zero', (file, status) => {
    const s = readFixture(file);
    expect(s?.status).toBe(status);
    expect(s?.posts).toEqual([]);
  });
});

describe('meta in every language the corpus has', () => {
  it.each([
    ['instagram/lucia.viaja.html', 'es'],
    ['instagram/pablo.cocina.html', 'es'],
    ['instagram/ana.souza.html', 'pt'],
    ['instagram/max.mueller.html', 'de'],
    ['instagram/claire.paris.html', 'fr'],
    ['instagram/giulia.roma.html', 'it'],
    ['instagram/nova.empty.html', 'id'],
    ['instagram/emre.tr.html', 'tr'],
    ['instagram/yuki.tokyo.html', 'ja'],
    ['tiktok/lina.berlin.html', 'de'],
    ['tiktok/chloe.danse.html', 'fr'],
    ['tiktok/kenji.jp.html', 'ja'],
  ])('%s (%s): meta gives the follower count', (file, lang) => {
    expect(fixtureHtml(file)).toContain(`lang="${lang}"`);
    const s = readFixture(file);
    const meta =
      s?.read?.fields.find((f) => f.field === 'followers' && f.source === 'meta') ??
      s?.read?.matched.find((m) => m.startsWith('meta'));
    expect(meta, file).toBeDefined();
  });
});
