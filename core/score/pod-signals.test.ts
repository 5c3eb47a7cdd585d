import { describe, expect, it } from 'vitest';
import type { Engagement } from './analysis';
import { computeEngagement } from './engagement';
import { publishedBenchmarkTable } from './benchmarks';
import {
  erAboveNorm,
  genericComments,
  MAX_POINTS,
  othersComments,
  repeatCommenters,
  uniformEngagement,
} from './pod-signals';
import { comments, input, post, settings } from '../../tests/builders/snapshots';

const engagement = (rate: number | null, basis: Engagement['basis'] = 'followers'): Engagement => ({
  ...computeEngagement(input(), settings()),
  rate,
  basis,
});

describe('pod signals', () => {
  it('give at most 100 points together', () => {
    expect(Object.values(MAX_POINTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
  it('ramp engagement-vs-norm from 2× to 5× the norm', () => {
    expect(erAboveNorm('instagram', engagement(0.016 * 2), 'micro')).toBeNull();
    const half = erAboveNorm('instagram', engagement(0.016 * 3.5), 'micro');
    // Halfway up the ramp: half of its 20 points.
    expect(half && 'signal' in half ? half.signal.points : -1).toBe(10);
    const tiktok = erAboveNorm('tiktok', engagement(0.2, 'views'), 'mega');
    expect(tiktok && 'signal' in tiktok ? tiktok.signal.strength : -1).toBe(1);
    expect(erAboveNorm('instagram', engagement(null, null), 'micro')).toBeNull();
  });
  it('leaves out the creator’s own replies, with or without @ and capitals', () => {
    const byPost = othersComments(
      [
        post({
          commentSamples: comments([
            ['@Creator', 'thanks'],
            ['fan', 'wow'],
          ]),
        }),
      ],
      'creator',
    );
    expect(byPost).toEqual([[{ author: 'fan', text: 'wow' }]]);
  });
  it('counts an author once per post for repeat commenters', () => {
    const spam = Array.from({ length: 10 }, () => ({ author: 'bot' }));
    const result = repeatCommenters([spam, [{ author: 'a' }], [{ author: 'b' }]]);
    // "bot" commented on 1 of 3 posts: under the 2-post threshold, however often.
    expect(result).toBeNull();
  });
  it('says why comment checks were skipped', () => {
    expect(genericComments([[{ text: 'nice' }]])).toEqual({
      note: 'Generic comments not checked: fewer than 10 comments seen',
    });
  });
  it('needs six posts to call engagement uniform', () => {
    const five = Array.from({ length: 5 }, () => ({ likes: 100, comments: 1, views: null, interactions: 101 }));
    expect(uniformEngagement(five)).toBeNull();
  });
});

describe('erAboveNorm with an edited benchmark table', () => {
  it('compares with the user’s figure and says so', () => {
    const table = publishedBenchmarkTable();
    table.instagramByFollowers.micro = 0.01;
    const edited = erAboveNorm('instagram', engagement(0.04), 'micro', table);
    expect(edited && 'signal' in edited ? edited.signal.reason : '').toContain('your figure, set in Settings');
    // 4 % is 4× an edited 1 % norm, but only 2.5× the published 1.6 %.
    const published = erAboveNorm('instagram', engagement(0.04), 'micro');
    const points = (r: typeof edited) => (r && 'signal' in r ? r.signal.points : 0);
    expect(points(edited)).toBeGreaterThan(points(published));
  });
});
