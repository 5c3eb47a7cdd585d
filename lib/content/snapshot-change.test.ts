import { describe, expect, it } from 'vitest';
import { makePost, makeSnapshot } from '@/tests/make-snapshot';
import { changeOf } from './snapshot-change';

describe('changeOf', () => {
  const base = makeSnapshot({ posts: [makePost(0), makePost(1)] });
  it('nothing sent yet: whole', () => expect(changeOf(null, base)).toEqual({ kind: 'changed' }));
  it('the same content captured later: nothing to send', () =>
    expect(changeOf(base, { ...base, capturedAt: base.capturedAt + 5 })).toEqual({ kind: 'same' }));
  it('posts appended at the end: only those', () => {
    const next = { ...base, posts: [...base.posts, makePost(2)] };
    expect(changeOf(base, next)).toEqual({ kind: 'appended', posts: [makePost(2)] });
  });
  it('a post’s counts changed (the API answered): whole', () => {
    const next = { ...base, posts: [{ ...makePost(0), likes: 1 }, makePost(1), makePost(2)] };
    expect(changeOf(base, next)).toEqual({ kind: 'changed' });
  });
  it('the profile changed: whole', () => {
    const next = {
      ...base,
      profile: { ...base.profile, followers: { value: 1, source: 'api' as const, exact: true } },
      posts: [...base.posts, makePost(2)],
    };
    expect(changeOf(base, next)).toEqual({ kind: 'changed' });
  });
  it('a post page always goes whole', () => {
    const post = makeSnapshot({ pageKind: 'post', posts: [makePost(0)] });
    expect(changeOf(post, { ...post, posts: [makePost(0), makePost(1)] })).toEqual({ kind: 'changed' });
  });
});
