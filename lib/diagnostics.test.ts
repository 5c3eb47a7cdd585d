import { describe, expect, it } from 'vitest';
import { readInstagramPage } from '@/adapters/instagram';
import { fixtures } from '@/tests/fixtures/fixtures';
import { fixtureDocument } from '@/tests/fixtures/load';
import { buildDiagnostics, pageAddress } from './diagnostics';

const post = fixtures.find((f) => f.file === 'instagram/post-CnNfribxUdl.html');

describe('buildDiagnostics', () => {
  it('keeps only what the page showed: no query string, no comment text', () => {
    if (!post) throw new Error('no post fixture');
    const url = `${post.url}?igsh=secret-share-id#c1`;
    const s = readInstagramPage(fixtureDocument(post.file), url, Date.UTC(2025, 5, 15));
    if (!s) throw new Error('unread');
    const report = buildDiagnostics(s, '0.1.0');
    const text = JSON.stringify(report);
    expect(report.url).toBe('https://www.instagram.com/p/CnNfribxUdl/');
    expect(text).not.toContain('secret-share-id');
    expect(report.posts.commentsSeen).toBe(22);
    for (const c of s.posts[0]?.commentSamples ?? []) if (c.text.length > 12) expect(text).not.toContain(c.text);
    expect(report.capturedAt).toBe('2025-06-15T00:00:00.000Z');
  });

  it('gives an empty address for a malformed URL rather than echoing it', () => {
    expect(pageAddress('not a url')).toBe('');
  });
});
