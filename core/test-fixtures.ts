import type { AnalysisInput } from './analysis-input';
import { DEFAULT_SETTINGS } from './defaults';
import type { Settings } from './settings';
import type { CommentSample, CountField, Post, Snapshot } from './snapshot';
import { emptyProfile } from './empty-profile';

/** Builders for core tests; not used by the extension. */

export const settings = (patch: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...patch,
});

export const count = (value: number, exact = true, raw?: string): CountField => ({
  value,
  source: 'json',
  exact,
  ...(raw === undefined ? {} : { raw }),
});

let nextId = 0;
export function post(patch: Partial<Post> = {}): Post {
  nextId += 1;
  return {
    id: `p${nextId}`,
    kind: 'image',
    pinned: false,
    likes: 100,
    comments: 10,
    views: null,
    takenAt: null,
    commentSamples: [],
    ...patch,
  };
}

export function snapshot(patch: Partial<Snapshot> = {}, followers: number | null = 10_000): Snapshot {
  return {
    v: 1,
    platform: 'instagram',
    pageKind: 'profile',
    url: 'https://www.instagram.com/creator/',
    handle: 'creator',
    capturedAt: 1_700_000_000_000,
    status: 'ok',
    profile: { ...emptyProfile(), displayName: 'Creator', followers: followers === null ? null : count(followers) },
    posts: [post(), post(), post()],
    missing: [],
    ...patch,
  };
}

export const input = (patch: Partial<Snapshot> = {}, followers: number | null = 10_000): AnalysisInput =>
  snapshot(patch, followers);

export const comments = (pairs: ReadonlyArray<readonly [string, string]>): CommentSample[] =>
  pairs.map(([author, text]) => ({ author, text }));
