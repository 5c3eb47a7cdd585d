import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { benchmarkPositions, formatRatio, headlinePosition, positionBand } from './benchmark-position';
import { post, settings, snapshot } from '../../tests/builders/snapshots';

const s = settings();

describe('benchmarkPositions', () => {
  it('places an Instagram creator against their tier by followers', () => {
    // 20,000 followers (micro), 640 interactions per post: 3.2 %, twice the 1.6 % micro norm.
    const a = analyze(
      snapshot({ posts: [post({ likes: 600, comments: 40 }), post({ likes: 600, comments: 40 })] }, 20_000),
      s,
    );
    const { positions } = benchmarkPositions(a, s.benchmarks);
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({ basis: 'followers', tier: 'micro', typical: 0.016, band: 'well-above' });
    expect(positions[0]?.ratio).toBeCloseTo(2, 12);
    expect(positions[0]?.label).toBe('2.0× the micro average (by followers; typical 1.60%)');
    expect(positions[0]?.source).toMatch(/HypeAuditor.*2018/);
  });

  it('gives TikTok both bases, views first, and follows edited benchmarks', () => {
    const posts = [post({ likes: 350, comments: 0, views: 10_000 }), post({ likes: 350, comments: 0, views: 10_000 })];
    const a = analyze(snapshot({ platform: 'tiktok', posts }, 20_000), s);
    const { positions } = benchmarkPositions(a, s.benchmarks);
    expect(positions.map((p) => p.basis)).toEqual(['views', 'followers']);
    // 3.5 % by views against the 3.5 % micro norm: around.
    expect(positions[0]?.ratio).toBeCloseTo(1, 12);
    expect(positions[0]?.band).toBe('around');
    const edited = { ...s.benchmarks, tiktokByViews: { ...s.benchmarks.tiktokByViews, micro: 0.07 } };
    const mine = headlinePosition(a, edited);
    expect(mine?.ratio).toBeCloseTo(0.5, 12);
    expect(mine?.source).toBe('your figure, set in Settings');
  });

  it('says why there is no position', () => {
    const a = analyze(snapshot({ posts: [post({ likes: null })] }, null), s);
    expect(benchmarkPositions(a, s.benchmarks)).toEqual({
      positions: [],
      reason: 'No benchmark position: the tier is unknown',
    });
  });

  it('formats ratios and bands', () => {
    expect(formatRatio(2.14)).toBe('2.1×');
    expect(formatRatio(12.6)).toBe('13×');
    expect(formatRatio(0.456)).toBe('0.46×');
    expect([0.3, 0.7, 1, 1.3, 2].map(positionBand)).toEqual(['well-below', 'below', 'around', 'above', 'well-above']);
  });
});
