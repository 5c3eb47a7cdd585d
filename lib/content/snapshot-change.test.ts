import { describe, expect, it } from 'vitest';
import { janedoePost, janedoeSnapshot } from '@/tests/builders/snapshots';
import { changeOf } from './snapshot-change';

describe('changeOf', () => {
  const base = janedoeSnapshot({ posts: [janedoePost(0), janedoePost(1)] });
  it('nothing sent yet: whole', () => expect(changeOf(null, base)).toEqual({ kind: 'changed' }));
  it('the same content captured later: nothing to send', () =>
    expect(changeOf(base, { ...base, capturedAt: base.capturedAt + 5 })).toEqual({ kind: 'same' }));
  it('posts appended at the end: only those', () => {
    const next = { ...base, posts: [...base.posts, janedoePost(2)] };
    expect(changeOf(base, next)).toEqual({ kind: 'appended', posts: [janedoePost(2)] });
  });
  it('a post’s counts changed (the API answered): whole', () => {
    const next = { ...base, posts: [{ ...janedoePost(0), likes: 1 }, janedoePost(1), janedoePost(2)] };
    expect(changeOf(base, next)).toEqual({ kind: 'changed' });
  });
  it('the profile changed: whole', () => {
    const next = {
      ...base,
      profile: { ...base.profile, followers: { value: 1, source: 'api' as const, exact: true } },
      posts: [...base.posts, janedoePost(2)],
    };
    expect(changeOf(base, next)).toEqual({ kind: 'changed' });
  });
  it('a post page always goes whole', () => {
    const post = janedoeSnapshot({ pageKind: 'post', posts: [janedoePost(0)] });
    expect(changeOf(post, { ...post, posts: [janedoePost(0), janedoePost(1)] })).toEqual({ kind: 'changed' });
  });
});
