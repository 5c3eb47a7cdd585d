import { describe, expect, it } from 'vitest';
import { analysisOf, commentedSnapshot, makeSnapshot } from '../../tests/builders/snapshots';
import { overlayMessage, overlayStateOf } from './model';

const read = (truncated: string[], statusDetail?: string) => ({
  read: { fields: [], conflicts: [], matched: [], truncated, ...(statusDetail ? { statusDetail } : {}) },
});

describe('overlayStateOf', () => {
  it('is ready when every figure is there and the page was read whole', () => {
    const analysis = analysisOf(commentedSnapshot());
    expect(analysis.pod.score).not.toBeNull();
    expect(overlayStateOf(analysis)).toBe('ready');
    expect(overlayStateOf(analysis, read([]))).toBe('ready');
  });

  it('is ready while the pod verdict waits for comments: nothing is missing from the page', () => {
    const analysis = analysisOf(makeSnapshot());
    expect(analysis.pod.score).toBeNull();
    expect(overlayStateOf(analysis)).toBe('ready');
  });

  it('is partial when a work limit cut the read, even with every figure', () => {
    expect(
      overlayStateOf(analysisOf(makeSnapshot()), read(['Bio: 5,000,000 characters on the page; the first 4,000 kept'])),
    ).toBe('partial');
  });

  it('is unavailable for private, missing and walled pages', () => {
    for (const status of ['private', 'not-found', 'login-wall', 'unreadable'] as const) {
      expect(overlayStateOf(analysisOf(makeSnapshot({ status })))).toBe('unavailable');
    }
  });
});

describe('overlayMessage', () => {
  it('gives each unavailable state its own sentence, and a suspension its detail', () => {
    const messages = (['private', 'not-found', 'login-wall'] as const).map((s) => overlayMessage('unavailable', s));
    expect(new Set(messages).size).toBe(3);
    expect(
      overlayMessage(
        'unavailable',
        'not-found',
        read([], 'Suspended: TikTok says this account was banned or suspended'),
      ),
    ).toBe('Suspended: TikTok says this account was banned or suspended.');
  });

  it('says a partial read was cut, and is silent otherwise', () => {
    expect(overlayMessage('partial', 'ok', read(['Embedded JSON: 40,000 posts or more; the first 2,000 read']))).toBe(
      'Read in part — Embedded JSON: 40,000 posts or more; the first 2,000 read',
    );
    expect(overlayMessage('ready', 'ok', read([]))).toBeNull();
  });
});
