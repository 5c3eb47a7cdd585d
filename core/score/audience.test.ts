import { describe, expect, it } from 'vitest';
import { audienceSchema } from './analysis';
import { analyze } from './analyze';
import { assessAudience } from './audience';
import { computeEngagement } from './engagement';
import { count, input, post, settings } from '../../tests/builders/snapshots';
import { emptyProfile } from '../page/empty-profile';

const s = settings();

function audienceOf(likes: number, followers: number, following: number | null, n = 6) {
  const i = input({ posts: Array.from({ length: n }, () => post({ likes, comments: 0 })) }, followers);
  const withFollowing = { ...i, profile: { ...i.profile, following: following === null ? null : count(following) } };
  return analyze(withFollowing, s).audience;
}

describe('audience quality', () => {
  it('flags engagement far below the tier norm: 0.25× starts it, 0.1× is full', () => {
    // Micro Instagram, 50,000 followers: norm 1.6 %. 40 likes a post = 0.08 % = 0.05× → full strength.
    const a = audienceOf(40, 50_000, 300);
    expect(a.level).toBe('flagged');
    expect(a.flags.map((f) => [f.id, f.strength])).toEqual([['er-below-norm', 1]]);
    expect(a.flags[0]?.reason).toBe(
      'Engagement of 0.08% by followers is only 0.05× the typical 1.60% for micro Instagram creators (HypeAuditor blog, Instagram engagement by tier (2018)): followers who never engage may be bought or inactive',
    );
    // 0.4 % = 0.25× the norm: the flag has not started.
    expect(audienceOf(200, 50_000, 300)).toEqual({
      level: 'ok',
      flags: [],
      reasons: ['No sign of bought, inactive or follow-back followers in the counts on the page'],
    });
  });
  it('needs 3 measured posts to call a rate low', () => {
    expect(audienceOf(1, 50_000, null, 2).level).toBeNull();
  });
  it('flags mass following from 1,500 accounts, full at Instagram’s limit of 7,500', () => {
    // (4,500 − 1,500) / 6,000 = 0.5.
    const a = audienceOf(2_000, 50_000, 4_500);
    expect(a.flags).toEqual([
      {
        id: 'mass-following',
        strength: 0.5,
        reason:
          'Follows 4,500 accounts: HypeAuditor counts accounts following more than 1,500 as mass followers, who see little of what they follow; Instagram allows at most 7,500',
      },
    ]);
    expect(audienceOf(2_000, 50_000, 1_500).level).toBe('ok');
  });
  it('flags following as many accounts as follow you, full at twice as many', () => {
    // 3,000 followers, following 4,000: ratio 0.75 → (1 − 0.75) / 0.5 = 0.5; mass following (4,000 − 1,500) / 6,000 ≈ 0.417.
    const a = audienceOf(60, 3_000, 4_000);
    expect(a.flags.map((f) => f.id)).toEqual(['follow-ratio', 'mass-following']);
    expect(a.flags[0]?.strength).toBeCloseTo(0.5, 12);
    expect(a.flags[0]?.reason).toBe(
      '0.75 followers per account followed (3,000 followers, following 4,000): following as many accounts as follow you is how follow-for-follow growth looks',
    );
    // A personal account under 1,000 followers follows as many as follow it: no ratio flag.
    expect(audienceOf(30, 800, 900).flags).toEqual([]);
  });
  it('is judged without comments, apart from the pod verdict', () => {
    const a = analyze(input({ posts: Array.from({ length: 6 }, () => post({ likes: 40, comments: 0 })) }, 50_000), s);
    expect(a.pod.score).toBeNull();
    expect(a.audience.level).toBe('flagged');
  });
  it('is not judged on blocked pages, but a private profile’s counts still are', () => {
    const blocked = analyze(input({ status: 'login-wall', posts: [] }, 50_000), s).audience;
    expect(blocked.level).toBeNull();
    const privateOne = input({ status: 'private', posts: [] }, 2_000);
    const withFollowing = { ...privateOne, profile: { ...privateOne.profile, following: count(7_500) } };
    expect(analyze(withFollowing, s).audience.flags.map((f) => [f.id, f.strength])).toEqual([
      // Both full; equal strengths keep their order.
      ['mass-following', 1],
      ['follow-ratio', 1],
    ]);
  });
  it('always fits its schema', () => {
    const i = input({ posts: [] }, null);
    const a = assessAudience({ ...i, profile: emptyProfile() }, computeEngagement(i, s), null);
    expect(audienceSchema.safeParse(a).success).toBe(true);
    expect(a.reasons).toEqual([
      'Audience not checked: it needs the number of accounts followed, or the engagement of at least 3 posts',
    ]);
  });
});
