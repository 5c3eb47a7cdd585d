import { describe, expect, it } from 'vitest';
import { analyze } from '../score/analyze';
import { compareCreators } from './compare';
import { formatRange } from '../text/format';
import { post, settings, snapshot } from '../../tests/builders/snapshots';

const s = settings();
const nano = analyze(
  snapshot({ handle: 'nano', posts: [post({ likes: 300, comments: 10 }), post({ likes: 300, comments: 10 })] }, 5_000),
  s,
);
const micro = analyze(
  snapshot(
    { handle: 'micro', posts: [post({ likes: 700, comments: 20 }), post({ likes: 700, comments: 20 })] },
    40_000,
  ),
  s,
);
const hidden = analyze(snapshot({ handle: 'hidden', posts: [post({ likes: null, comments: null })] }, 40_000), s);

const rowOf = (id: string, rows: ReturnType<typeof compareCreators>['rows']) => rows.find((r) => r.id === id)!;

describe('compareCreators', () => {
  const { columns, rows } = compareCreators([nano, micro, hidden], s);
  it('has a column per creator and a row per figure', () => {
    expect(columns.map((c) => c.handle)).toEqual(['nano', 'micro', 'hidden']);
    expect(rows.map((r) => r.id)).toEqual([
      'tier',
      'followers',
      'engagementRate',
      'benchmark',
      'costPerPost',
      'costPerEngagement',
      'engagements',
      'reach',
      'conversions',
      'revenue',
      'roas',
      'costPerThousandReach',
      'costPerConversion',
      'pod',
      'audience',
    ]);
  });
  it('marks the best value of each row, higher or lower as the figure goes', () => {
    expect(rowOf('engagementRate', rows).cells.map((c) => c.best)).toEqual([true, false, false]);
    expect(rowOf('costPerPost', rows).cells.map((c) => c.best)).toEqual([true, false, false]);
    expect(rowOf('reach', rows).cells.map((c) => c.best)).toEqual([false, true, true]);
    expect(rowOf('tier', rows).cells.every((c) => !c.best)).toBe(true);
  });
  it('never marks a missing figure, and shows ranges and benchmark positions', () => {
    const eng = rowOf('engagements', rows);
    expect(eng.cells[2]).toMatchObject({ text: 'not on the page', value: null, best: false });
    expect(eng.cells[0]?.text).toBe('310');
    // The median first, then the 10th–90th percentile.
    expect(rowOf('costPerPost', rows).cells[1]?.text).toBe(formatRange(micro.roi.costPerPost, 'money'));
    expect(rowOf('costPerPost', rows).cells[1]?.text).toMatch(/^\$\d[\d,]* \(\$\d[\d,]*–\$\d[\d,]*\)$/);
    // 6.2 % against the 2.19 % nano norm.
    expect(rowOf('benchmark', rows).cells[0]?.text).toBe('2.8× the nano average (by followers; typical 2.19%)');
    expect(rowOf('benchmark', rows).cells[0]?.details[0]).toMatch(/HypeAuditor/);
    // ROAS: the median with its interval; the nano creator (cheaper per follower reached, higher click-through) wins.
    expect(rowOf('roas', rows).cells[0]?.text).toMatch(/^\d+(\.\d+)?× \(\d+(\.\d+)?×–\d+(\.\d+)?×\)$/);
    expect(rowOf('roas', rows).cells.map((c) => c.best)).toEqual([true, false, false]);
  });
  it('marks nothing when fewer than two creators have the figure', () => {
    const only = compareCreators([nano, hidden], s).rows;
    expect(rowOf('engagements', only).cells.every((c) => !c.best)).toBe(true);
  });
  it('marks ties', () => {
    const twin = analyze(
      snapshot(
        { handle: 'twin', posts: [post({ likes: 300, comments: 10 }), post({ likes: 300, comments: 10 })] },
        5_000,
      ),
      s,
    );
    const tie = compareCreators([nano, twin], s).rows;
    expect(rowOf('engagementRate', tie).cells.map((c) => c.best)).toEqual([true, true]);
  });
});
