import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeCell } from '../text/csv';
import { analyze } from '../score/analyze';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { ShortlistEntry } from './shortlist';
import { SHORTLIST_CSV_HEADER, profileUrl } from './shortlist-columns';
import { shortlistToCsv } from './shortlist-csv';
import type { Snapshot } from '../page/snapshot';
import { comments, post, settings, snapshot } from '../../tests/builders/snapshots';

function entry(snap: Snapshot, patch: Partial<ShortlistEntry> = {}): ShortlistEntry {
  return {
    v: 1,
    key: `${snap.platform}:${snap.handle}`,
    platform: snap.platform,
    handle: snap.handle,
    note: '',
    tags: [],
    savedAt: Date.UTC(2025, 0, 2),
    updatedAt: Date.UTC(2025, 0, 3),
    snapshot: snap,
    ...patch,
  };
}

function parse(csv: string): Array<Record<string, string>> {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter: ',', newline: '\r\n' }).data;
}

describe('shortlistToCsv', () => {
  const snap = snapshot({ posts: [post({ likes: 900, comments: 100 }), post({ likes: 1100, comments: 100 })] }, 50_000);

  it('writes a header and one row per creator with every figure', () => {
    const csv = shortlistToCsv([entry(snap, { note: 'good fit', tags: ['beauty', 'q3'] })], DEFAULT_SETTINGS);
    const a = analyze(snap, DEFAULT_SETTINGS);
    const [row, ...rest] = parse(csv);
    expect(rest).toEqual([]);
    expect(Object.keys(row!)).toEqual([...SHORTLIST_CSV_HEADER]);
    expect(row).toMatchObject({
      platform: 'instagram',
      handle: 'creator',
      'profile URL': 'https://www.instagram.com/creator/',
      'display name': 'Creator',
      followers: '50000',
      tier: 'Micro',
      'engagement rate (%)': '2.2',
      'engagement basis': 'followers',
      'ER by followers (%)': '2.2',
      'ER by views (%)': '',
      'posts measured': '2',
      'cost per post median': String(Math.round((a.roi.costPerPost?.expected ?? 0) * 100) / 100),
      'price source': 'model',
      'agreed price': '',
      'engagements median': '1100',
      'reach median': String(Math.round(a.roi.expectedReach?.expected ?? 0)),
      currency: 'USD',
      // No comments read from an opened post: the pod verdict waits, never a green 0.
      'pod score': '',
      'pod level': '',
      note: 'good fit',
      tags: 'beauty; q3',
      'saved at': '2025-01-02T00:00:00.000Z',
      'updated at': '2025-01-03T00:00:00.000Z',
      'captured at': '2023-11-14T22:13:20.000Z',
    });
    expect(row?.['pod reasons']).toContain('Not judged yet');
  });

  it('re-tiers and re-prices with the settings given', () => {
    const s = settings({ tierThresholds: { nano: 10, micro: 100, macro: 1_000, mega: 10_000 } });
    const [row] = parse(shortlistToCsv([entry(snap)], s));
    expect(row?.tier).toBe('Mega');
    const cost = analyze(snap, s).roi.costPerPost?.expected ?? Number.NaN;
    expect(row?.['cost per post median']).toBe(String(Math.round(cost * 100) / 100));
    expect(Number(row?.['ROAS median'])).toBeCloseTo(
      Number(row?.['revenue median']) / Number(row?.['cost per post median']),
      1,
    );
  });

  it('uses stored comments for pod scoring', () => {
    const podPosts = Array.from({ length: 4 }, (_, i) => post({ id: `p-${i}`, likes: 1000, comments: 10 }));
    const s2 = snapshot({ posts: podPosts }, 50_000);
    const stored = new Map(
      podPosts.map((p) => [p.id, comments(['ann', 'bob', 'cat'].map((a) => [a, '🔥🔥'] as const))]),
    );
    const [row] = parse(shortlistToCsv([entry(s2)], DEFAULT_SETTINGS, new Map([['instagram:creator', stored]])));
    // 12 comments by others (≥ 10: judged). The same 3 accounts on all 4 posts: repeat commenters, full 20;
    // every comment emoji-only: generic comments, full 15; 3 comments a post is too few for within-post
    // concentration (10 needed), no times for burst timing, 4 posts too few for uniform likes (6 needed),
    // 10 comments to 1,000 likes is in proportion: 20 + 15 = 35, medium.
    expect(row?.['pod score']).toBe('35');
    expect(row?.['pod level']).toBe('medium');
    expect(row?.['pod reasons']).toMatch(/accounts commented on at least half/);
  });

  it('neutralises hostile names and notes, which round-trip intact', () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      '+1',
      '-cmd',
      '@SUM(A1)',
      '\t=1',
      ' =1',
      'say "hi", ok\nbye',
      '🔥 emoji',
      'שלום עולם\u202E',
    ];
    const entries = hostile.map((text, i) => {
      const s = snapshot({ handle: `h${i}` });
      s.profile.displayName = text;
      return entry(s, { note: text, tags: [text] });
    });
    const rows = parse(shortlistToCsv(entries, DEFAULT_SETTINGS));
    expect(rows).toHaveLength(hostile.length);
    rows.forEach((row, i) => {
      expect(row['display name']).toBe(neutralizeCell(hostile[i]!));
      expect(row.note).toBe(neutralizeCell(hostile[i]!));
      expect(row.handle).toBe(`h${i}`);
    });
    expect(rows[0]?.note?.startsWith("'=")).toBe(true);
  });

  it('leaves figures empty, not zero, for blocked pages and odd timestamps', () => {
    const s = snapshot({ status: 'private', posts: [] }, 2_000);
    const [row] = parse(shortlistToCsv([entry(s, { savedAt: 9e15 })], DEFAULT_SETTINGS));
    expect(row?.['engagement rate (%)']).toBe('');
    expect(row?.['cost per post p10']).toBe('');
    expect(row?.['ROAS median']).toBe('');
    expect(row?.['pod score']).toBe('');
    expect(row?.followers).toBe('2000');
    expect(row?.['saved at']).toBe('');
  });

  it('writes the agreed price and uses it for every money figure', () => {
    const [row] = parse(shortlistToCsv([entry(snap, { agreedPrice: 750 })], DEFAULT_SETTINGS));
    expect(row?.['agreed price']).toBe('750');
    expect(row?.['price source']).toBe('agreed');
    expect(row?.['cost per post p10']).toBe('750');
    expect(row?.['cost per post p90']).toBe('750');
  });

  it('writes only the header for an empty shortlist', () => {
    expect(shortlistToCsv([], DEFAULT_SETTINGS)).toBe(`\uFEFF${SHORTLIST_CSV_HEADER.join(',')}`);
  });

  it('builds canonical profile URLs', () => {
    expect(profileUrl('tiktok', 'a.b')).toBe('https://www.tiktok.com/@a.b');
    expect(profileUrl('instagram', 'a_b')).toBe('https://www.instagram.com/a_b/');
  });
});
