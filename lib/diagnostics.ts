import { browser } from 'wxt/browser';
import type { CountField, FieldConflict, Snapshot } from '@/core/page/snapshot';

/**
 * "Copy diagnostics": a JSON report a marketer can paste into a bug report
 * when a page reads wrong. It holds only what the page showed and how it was
 * read — no cookies, no storage, no comments, no query string (share links
 * carry tracking ids there).
 */

const PROFILE_FIELDS = [
  'followers',
  'following',
  'posts',
  'likesTotal',
  'displayName',
  'bio',
  'verified',
  'isPrivate',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export type FieldReport = {
  field: ProfileField;
  value: string | number | boolean | null;
  source: string | null;
  exact: boolean | null;
  via: string | null;
  raw: string | null;
};

export type DiagnosticsReport = {
  kind: 'creator-scout-diagnostics';
  url: string;
  extensionVersion: string;
  platform: Snapshot['platform'];
  pageKind: Snapshot['pageKind'];
  handle: string;
  status: Snapshot['status'];
  statusDetail: string | null;
  capturedAt: string;
  fields: FieldReport[];
  missing: string[];
  conflicts: FieldConflict[];
  matchedSelectors: string[];
  truncated: string[];
  posts: { read: number; pinned: number; withLikes: number; withViews: number; commentsSeen: number };
};

const MAX_VALUE_CHARS = 300;

/** The page address without query or fragment. */
export function pageAddress(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** Each profile field's value and where it came from (`read` when the snapshot has it). */
export function fieldReports(snapshot: Snapshot): FieldReport[] {
  const p = snapshot.profile;
  return PROFILE_FIELDS.map((field) => {
    const read = snapshot.read?.fields.find((f) => f.field === field);
    const raw: CountField | string | boolean | null = p[field];
    const count = typeof raw === 'object' && raw !== null ? raw : null;
    const value = count
      ? count.value
      : typeof raw === 'string'
        ? raw.slice(0, MAX_VALUE_CHARS)
        : typeof raw === 'boolean'
          ? raw
          : null;
    return {
      field,
      value,
      source: read?.source ?? count?.source ?? null,
      exact: read?.exact ?? count?.exact ?? null,
      via: read?.via ?? null,
      raw: read?.raw ?? count?.raw ?? null,
    };
  });
}

export function buildDiagnostics(snapshot: Snapshot, version: string): DiagnosticsReport {
  return {
    kind: 'creator-scout-diagnostics',
    url: pageAddress(snapshot.url),
    extensionVersion: version,
    platform: snapshot.platform,
    pageKind: snapshot.pageKind,
    handle: snapshot.handle,
    status: snapshot.status,
    statusDetail: snapshot.read?.statusDetail ?? null,
    capturedAt: new Date(snapshot.capturedAt).toISOString(),
    fields: fieldReports(snapshot),
    missing: snapshot.missing,
    conflicts: snapshot.read?.conflicts ?? [],
    matchedSelectors: snapshot.read?.matched ?? [],
    truncated: snapshot.read?.truncated ?? [],
    posts: {
      read: snapshot.posts.length,
      pinned: snapshot.posts.filter((x) => x.pinned).length,
      withLikes: snapshot.posts.filter((x) => x.likes !== null).length,
      withViews: snapshot.posts.filter((x) => x.views !== null).length,
      commentsSeen: snapshot.posts.reduce((n, x) => n + x.commentSamples.length, 0),
    },
  };
}

/** Copies the report; resolves false when the clipboard refused (no permission, no focus). */
export async function copyDiagnostics(snapshot: Snapshot, version = extensionVersion()): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(JSON.stringify(buildDiagnostics(snapshot, version), null, 2));
    return true;
  } catch {
    return false;
  }
}
