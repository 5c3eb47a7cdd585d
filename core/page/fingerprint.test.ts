import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { hashText, stableJson, stampOf } from './fingerprint';

describe('stableJson', () => {
  it('writes equal values the same whatever their key order, at every depth', () => {
    expect(stableJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      stableJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(stableJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps array order and leaves undefined properties out, as JSON does', () => {
    expect(stableJson([2, 1])).not.toBe(stableJson([1, 2]));
    expect(stableJson({ a: 1, b: undefined })).toBe(stableJson({ a: 1 }));
  });

  it('keeps a "__proto__" key as a key', () => {
    const value = JSON.parse('{"": {"__proto__": false}}') as unknown;
    expect(stableJson(value)).toBe('{"":{"__proto__":false}}');
    expect(stableJson(value)).not.toBe(stableJson({ '': {} }));
  });

  it('reads back as the same value (any JSON value)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(stableJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('hashText', () => {
  it('is 14 hex digits, the same for the same text, and depends on the seed', () => {
    expect(hashText('instagram:janedoe')).toMatch(/^[0-9a-f]{14}$/);
    expect(hashText('instagram:janedoe')).toBe(hashText('instagram:janedoe'));
    expect(hashText('instagram:janedoe', 1)).not.toBe(hashText('instagram:janedoe'));
  });

  it('tells apart texts that differ in one character, including outside the BMP', () => {
    const texts = ['', 'a', 'b', 'ab', 'ba', 'instagram:jane', 'instagram:janf', '🔥', '🔥🔥', '\u0000'];
    expect(new Set(texts.map((t) => hashText(t))).size).toBe(texts.length);
    const stamps = new Set(Array.from({ length: 5_000 }, (_, i) => hashText(`instagram:creator_${i}`)));
    expect(stamps.size).toBe(5_000);
  });
});

describe('stampOf', () => {
  it('changes when a setting changes, not when keys are reordered', () => {
    const reordered = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).reverse());
    expect(stampOf(reordered)).toBe(stampOf(DEFAULT_SETTINGS));
    const changed = {
      ...DEFAULT_SETTINGS,
      tierThresholds: { ...DEFAULT_SETTINGS.tierThresholds, nano: DEFAULT_SETTINGS.tierThresholds.nano + 1 },
    };
    expect(stampOf(changed)).not.toBe(stampOf(DEFAULT_SETTINGS));
  });
});
