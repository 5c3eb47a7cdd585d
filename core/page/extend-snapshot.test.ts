import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePost, makeSnapshot } from '../../tests/builders/snapshots';
import { extendSnapshot, extendsSnapshot, isSameViewScrolled, SAME_VIEW_MS } from './extend-snapshot';
import { MAX_POSTS, snapshotSchema } from './snapshot';

const base = makeSnapshot();
const ref = { url: base.url, capturedAt: base.capturedAt };

describe('extendSnapshot (posts added by infinite scroll)', () => {
  it('appends new posts in page order and gives the same snapshot as reading the whole grid', () => {
    const more = [makePost(101, { id: 'new1' }), makePost(102, { id: 'new2' })];
    const extended = extendSnapshot(base, { base: ref, capturedAt: base.capturedAt + 1000, posts: more });
    expect(extended).toEqual({ ...base, capturedAt: base.capturedAt + 1000, posts: [...base.posts, ...more] });
    expect(snapshotSchema.safeParse(extended).success).toBe(true);
  });

  it('is idempotent: a batch resent after a stopped worker changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 30 }), (ids) => {
        const posts = ids.map((id, i) => makePost(i, { id }));
        const once = extendSnapshot(base, { base: ref, capturedAt: base.capturedAt, posts });
        const twice = extendSnapshot(once, { base: ref, capturedAt: base.capturedAt, posts });
        expect(twice).toEqual(once);
        expect(new Set(once.posts.map((p) => p.id)).size).toBe(once.posts.length);
      }),
    );
  });

  it('keeps at most MAX_POSTS and takes the read info that says so', () => {
    const posts = Array.from({ length: MAX_POSTS + 50 }, (_, i) => makePost(i, { id: `p${i}` }));
    const read = {
      fields: [],
      conflicts: [],
      matched: [],
      truncated: ['Posts: more than 2,000 on the page; the first 2,000 read'],
    };
    const extended = extendSnapshot(base, { base: ref, capturedAt: base.capturedAt, posts, read });
    expect(extended.posts).toHaveLength(MAX_POSTS);
    expect(extended.read).toEqual(read);
  });

  it('extends only the stored profile snapshot it names', () => {
    expect(extendsSnapshot(base, { base: ref })).toBe(true);
    expect(extendsSnapshot(undefined, { base: ref })).toBe(false);
    expect(extendsSnapshot(base, { base: { ...ref, capturedAt: ref.capturedAt + 1 } })).toBe(false);
    expect(extendsSnapshot(base, { base: { ...ref, url: `${ref.url}x` } })).toBe(false);
    expect(extendsSnapshot({ ...base, pageKind: 'post' }, { base: ref })).toBe(false);
  });
});

describe('isSameViewScrolled (one history entry per page view)', () => {
  const more = extendSnapshot(base, {
    base: ref,
    capturedAt: base.capturedAt + 60_000,
    posts: [makePost(200, { id: 'later' })],
  });

  it('is the same view when the page only grew, at the same URL, soon after', () => {
    expect(isSameViewScrolled(base, more)).toBe(true);
  });

  it('is a new entry for anything else: another URL, a later visit, a post gone, nothing added, a post page', () => {
    expect(isSameViewScrolled(base, { ...more, url: `${base.url}reels/` })).toBe(false);
    expect(isSameViewScrolled(base, { ...more, capturedAt: base.capturedAt + SAME_VIEW_MS + 1 })).toBe(false);
    expect(isSameViewScrolled(base, { ...more, posts: more.posts.slice(1) })).toBe(false);
    expect(isSameViewScrolled(base, { ...base, capturedAt: base.capturedAt + 1 })).toBe(false);
    expect(isSameViewScrolled(base, { ...more, pageKind: 'post' })).toBe(false);
    expect(isSameViewScrolled(more, base)).toBe(false);
  });
});
