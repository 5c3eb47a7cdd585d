import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmojiOnly, isGenericComment, normalizeAscii, normalizeAuthor, normalizeUnicode } from './comment-text';

describe('isEmojiOnly', () => {
  it('recognises emoji, flags, skin tones and ZWJ sequences', () => {
    for (const text of ['🔥🔥', '😍 👏👏', '❤️', '👍🏽', '👨‍👩‍👧', '🇧🇷🇧🇷', '🔥!!']) expect(isEmojiOnly(text)).toBe(true);
  });
  it('rejects text, digits and symbols without pictographs', () => {
    for (const text of ['nice 🔥', '123', '#1', '***', '', '   ', '\uD83D', 'a\u0000'])
      expect(isEmojiOnly(text)).toBe(false);
  });
});

describe('isGenericComment', () => {
  it('recognises stock phrases in several languages, ignoring case, punctuation and stretched letters', () => {
    for (const text of [
      'Nice!',
      'great post 🔥',
      'LOVE THIS',
      'niiiice',
      'Soooo goood',
      'me encanta',
      'Magnifique !',
      'wunderschön',
      'супер',
      'رائع',
      '🔥🔥🔥',
    ]) {
      expect(isGenericComment(text), text).toBe(true);
    }
  });
  it('leaves real comments alone', () => {
    for (const text of [
      'Where did you buy that jacket?',
      'nice try, but the recipe needs salt',
      'I made this last night and it worked',
      '42',
    ]) {
      expect(isGenericComment(text), text).toBe(false);
    }
  });
  it('survives hostile text', () => {
    expect(isGenericComment('<b>nice</b>')).toBe(false);
    expect(isGenericComment('nice\u0000')).toBe(true);
    expect(isGenericComment('\uD800nice\uDFFF')).toBe(true);
    expect(isGenericComment('🔥'.repeat(500_000))).toBe(false);
    expect(isGenericComment(undefined as unknown as string)).toBe(false);
  });
});

describe('normalizeAuthor', () => {
  it('compares authors without case, spaces or a leading @', () => {
    expect(normalizeAuthor(' @Pod.Member ')).toBe('pod.member');
    expect(normalizeAuthor('x'.repeat(10_000))).toHaveLength(200);
    expect(normalizeAuthor(null as unknown as string)).toBe('');
  });
});

describe('normalisation paths', () => {
  it('gives the same result on ASCII text with or without regexes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (text) => {
        expect(normalizeAscii(text)).toBe(normalizeUnicode(text));
      }),
      { numRuns: 2000 },
    );
    expect(normalizeAscii('  NiiiCE!!  Post ')).toBe('nice post');
  });
});
