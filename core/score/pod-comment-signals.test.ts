import { describe, expect, it } from 'vitest';
import { burstTiming, postConcentration } from './pod-comment-signals';
import type { OthersComment, SignalResult } from './pod-signals';

const MINUTE = 60_000;
const T0 = 1_700_000_000_000;

const points = (r: SignalResult) => (r && 'signal' in r ? r.signal.points : 0);
const note = (r: SignalResult) => (r && 'note' in r ? r.note : null);

/** `counts[i]` comments by account i, at the given minutes after posting (cycled). */
function post(counts: readonly number[], minutes: readonly number[] = []): OthersComment[] {
  const out: OthersComment[] = [];
  counts.forEach((n, a) => {
    for (let k = 0; k < n; k++) {
      const minute = minutes[out.length % Math.max(1, minutes.length)];
      out.push({
        author: `acct${a}`,
        text: `comment ${k}`,
        ...(minute === undefined ? {} : { at: T0 + minute * MINUTE }),
      });
    }
  });
  return out;
}

describe('postConcentration', () => {
  it('needs a post with 10 comments by others', () => {
    expect(note(postConcentration([post([3, 3, 3])]))).toBe(
      'Within-post concentration not checked: no opened post has at least 10 comments by others',
    );
  });
  it('10 accounts writing one comment each is nothing (the top 5 wrote 50 %), nor a few replying to each other', () => {
    expect(postConcentration([post(Array(10).fill(1))])).toBeNull();
    // 5 accounts twice, 9 once: 10 of 19 = 53 % (< 60 %).
    expect(postConcentration([post([2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1])])).toBeNull();
  });
  it('ramps the top 5’s share from 60 % to 90 %, scaled by the accounts that repeat themselves (full from 3)', () => {
    // 5 accounts × 3 + 5 singles: top 5 wrote 15 of 20 = 75 % → (0.75 − 0.6) / 0.3 = 0.5; 5 repeaters → × 1; 0.5 × 15 = 7.5 → 8.
    expect(points(postConcentration([post([3, 3, 3, 3, 3, 1, 1, 1, 1, 1])]))).toBe(8);
    // Two friends chatting, 5 comments each, and 2 others: top 5 = 12 of 12 = 100 % → 1; 2 repeaters → × 2/3 → 10 of 15.
    expect(points(postConcentration([post([5, 5, 1, 1])]))).toBe(10);
    // The post: 5 accounts × 3 and one more: 15 of 16 → full 15.
    expect(points(postConcentration([post([3, 3, 3, 3, 3, 1])]))).toBe(15);
  });
  it('judges post by post and keeps the most pod-like post', () => {
    const honest = post(Array(20).fill(1));
    expect(points(postConcentration([honest, post([3, 3, 3, 3, 3, 1]), honest]))).toBe(15);
  });
  it('does not count unnamed comments as one account', () => {
    const unnamed = Array.from({ length: 12 }, () => ({ author: '', text: 'x' }));
    expect(postConcentration([unnamed])).toBeNull();
  });
});

describe('burstTiming', () => {
  const taken = [{ takenAt: T0 }];
  it('ramps the share within 30 minutes from 50 % to 90 %', () => {
    // 12 of 16 within 30 minutes = 75 % → (0.75 − 0.5) / 0.4 = 0.625 → 6.25 → 6 of 10.
    const minutes = [...Array(12).fill(10), 200, 400, 800, 1600];
    const r = burstTiming(taken, [post(Array(16).fill(1), minutes)]);
    expect(points(r)).toBe(6);
    expect(r && 'signal' in r ? r.signal.reason : '').toBe(
      '75% of a post’s comments (12 of 16) came within 30 minutes of posting; honest comments keep coming for hours, a pod’s arrive together',
    );
  });
  it('counts a comment at exactly 30 minutes as early, and leaves out comments dated before the post', () => {
    const minutes = [30, 30, 30, 30, 30, 30, 30, 30, 30, 300, -5];
    // 10 timed (the one at −5 minutes left out): 9 early = 90 % → full.
    expect(points(burstTiming(taken, [post(Array(11).fill(1), minutes)]))).toBe(10);
  });
  it('does not judge a post whose comments all came in its first 2 hours: it may just be new', () => {
    const r = burstTiming(taken, [post(Array(12).fill(1), [1, 2, 3, 119])]);
    expect(note(r)).toBe(
      'Burst timing not checked: every comment seen came within 2 hours of posting, so the post may just be new',
    );
  });
  it('needs the post’s time and 10 comment times', () => {
    const expected = 'Burst timing not checked: no opened post shows when at least 10 of its comments were written';
    expect(note(burstTiming([{ takenAt: null }], [post(Array(12).fill(1), [1, 500])]))).toBe(expected);
    expect(note(burstTiming(taken, [post(Array(12).fill(1))]))).toBe(expected);
  });
});
