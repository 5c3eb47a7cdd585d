import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { readRows, score, settingsFrom, snapshotOf, scoreRowSchema } from './score';
import { SHORTLIST_CSV_HEADER } from '../shortlist/shortlist-columns';

const NOW = 1_700_000_000_000;
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });

describe('score', () => {
  const text = [
    'handle,platform,followers,following,avg_likes,avg_comments,avg_views,posts_measured,posts',
    '@Jane.Doe,instagram,45000,300,1000,40,,12,',
    'maya,tiktok,30000,,,,,,"[{""likes"":800,""comments"":20,""views"":12000},{""likes"":500,""comments"":9,""views"":9000}]"',
    'bad,facebook,100,,,,,,',
    'noavg,instagram,5000,,,,,,',
    ',instagram,lots,,,,,,',
    'jane.doe,instagram,45000,,1000,40,,12,',
  ].join('\n');
  const read = readRows(text, 'csv');
  if ('error' in read) throw new Error(read.error);
  const result = score(read.rows, DEFAULT_SETTINGS, NOW);
  const out = parse(result.csv);

  it("writes the shortlist export's columns, interval columns named p10 / median / p90", () => {
    expect(out.meta.fields).toEqual([...SHORTLIST_CSV_HEADER]);
    expect(SHORTLIST_CSV_HEADER).toContain('cost per post median');
    expect(SHORTLIST_CSV_HEADER).toContain('ROAS p90');
    expect(out.data.map((r) => r['handle'])).toEqual(['jane.doe', 'maya']);
  });
  it('reports every rejected row with its reason and goes on', () => {
    expect(result.rejected.map((r) => [r.row, r.reason])).toEqual([
      [3, 'platform: must be instagram or tiktok'],
      [4, 'give either posts, or avg_likes with posts_measured'],
      [5, expect.stringMatching(/^handle: .*; followers: must be a whole number/)],
      [6, 'instagram:jane.doe appears twice; the first is kept'],
    ]);
  });
  it('gives the same figures as the extension for the same creator', () => {
    const row = scoreRowSchema.parse({
      handle: 'jane.doe',
      platform: 'instagram',
      followers: 45_000,
      following: 300,
      avg_likes: 1000,
      avg_comments: 40,
      posts_measured: 12,
    });
    const a = analyze(snapshotOf(row, NOW), DEFAULT_SETTINGS);
    const jane = out.data[0];
    expect(Number(jane?.['cost per post median'])).toBeCloseTo(a.roi.costPerPost?.expected ?? 0, 2);
    expect(Number(jane?.['ROAS median'])).toBeCloseTo(a.roi.roas?.expected ?? 0, 2);
    expect(jane?.['posts measured']).toBe('12');
    expect(jane?.['engagement rate (%)']).toBe('2.31');
  });
  it('reads JSON, and the settings the extension stores or backs up', () => {
    const json = readRows(
      JSON.stringify([
        { handle: 'maya', platform: 'tiktok', followers: 30_000, posts: [{ likes: 800, comments: 20, views: 12_000 }] },
      ]),
      'json',
    );
    if ('error' in json) throw new Error(json.error);
    const { settings } = settingsFrom({ settings: { ...DEFAULT_SETTINGS, averageOrderValue: 200 } });
    const doubled = parse(score(json.rows, settings, NOW).csv).data[0];
    const base = parse(score(json.rows, DEFAULT_SETTINGS, NOW).csv).data[0];
    expect(Number(doubled?.['revenue median'])).toBeCloseTo(2 * Number(base?.['revenue median']), 1);
    expect(readRows('{"not": "rows"}', 'json')).toEqual({
      error: 'JSON must be an array of creators, or { "creators": [...] }',
    });
  });
});
