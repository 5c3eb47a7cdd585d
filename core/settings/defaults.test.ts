import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './defaults';
import { settingsSchema } from './settings';

const ALL_FIELDS = Object.keys(settingsSchema.shape);

describe('DEFAULT_SETTINGS', () => {
  it('passes its own schema', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
  it('uses the 1K / 10K / 100K / 1M tiers, USD, and leaves pinned posts out', () => {
    expect(DEFAULT_SETTINGS.tierThresholds).toEqual({ nano: 1_000, micro: 10_000, macro: 100_000, mega: 1_000_000 });
    expect(DEFAULT_SETTINGS.currency).toBe('USD');
    expect(DEFAULT_SETTINGS.excludePinned).toBe(true);
  });
  it('carries the published price per 1,000 followers (IMH 2024, inBeat 2024)', () => {
    expect(DEFAULT_SETTINGS.pricing.perThousand.instagram.micro).toEqual({ low: 5, expected: 10, high: 20 });
    expect(DEFAULT_SETTINGS.pricing.perThousand.tiktok.micro).toEqual({ low: 1.25, expected: 2.5, high: 5 });
    expect(DEFAULT_SETTINGS.pricing.formatMultiplier).toEqual({ carousel: 1.25, reel: 1.45 });
    expect(DEFAULT_SETTINGS.gifting.nano).toBe(true);
  });
  it('lets nano convert at least as well as micro, and micro as macro (Beichert et al. 2024)', () => {
    const c = DEFAULT_SETTINGS.clickThrough;
    const r = DEFAULT_SETTINGS.reach.instagram;
    const order = ['below-nano', 'nano', 'micro', 'macro', 'mega'] as const;
    for (let i = 1; i < order.length; i++) {
      expect(c[order[i]!].expected).toBeLessThanOrEqual(c[order[i - 1]!].expected);
      expect(r[order[i]!].expected).toBeLessThanOrEqual(r[order[i - 1]!].expected);
    }
  });
});

describe('parseSettings', () => {
  it('keeps valid settings untouched', () => {
    const { settings, repaired } = parseSettings(structuredClone(DEFAULT_SETTINGS));
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired).toEqual([]);
  });
  it('repairs a bad field alone and keeps the rest', () => {
    const raw = {
      ...structuredClone(DEFAULT_SETTINGS),
      averageOrderValue: 75,
      currency: 'usd',
      tierThresholds: { nano: 10, micro: 5, macro: 100, mega: 1000 },
    };
    const { settings, repaired } = parseSettings(raw);
    expect(repaired.sort()).toEqual(['currency', 'tierThresholds']);
    expect(settings.averageOrderValue).toBe(75);
    expect(settings.currency).toBe('USD');
    expect(settings.tierThresholds).toEqual(DEFAULT_SETTINGS.tierThresholds);
  });
  it('fills a missing field with its default', () => {
    const { excludePinned: _dropped, ...rest } = structuredClone(DEFAULT_SETTINGS);
    const { settings, repaired } = parseSettings({
      ...rest,
      excludePinned: undefined,
      conversionRate: { low: 0.5, expected: 0.2, high: 0.9 },
    });
    expect(repaired.sort()).toEqual(['conversionRate', 'excludePinned']);
    expect(settings.excludePinned).toBe(true);
    expect(settings.conversionRate).toEqual(DEFAULT_SETTINGS.conversionRate);
  });
  it('rejects rates above 100 % and NaN values', () => {
    const raw = {
      ...structuredClone(DEFAULT_SETTINGS),
      conversionRate: { low: 0.1, expected: 0.5, high: 2 },
      averageOrderValue: Number.NaN,
    };
    expect(parseSettings(raw).repaired.sort()).toEqual(['averageOrderValue', 'conversionRate']);
  });
  it('repairs every field for non-objects', () => {
    for (const raw of [null, undefined, 42, 'settings', [], [DEFAULT_SETTINGS], true]) {
      const { settings, repaired } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(repaired.sort()).toEqual([...ALL_FIELDS].sort());
    }
  });
  it('reads own properties only, so a __proto__ key cannot inject settings', () => {
    const raw = JSON.parse('{"__proto__": {"currency": "EUR", "excludePinned": false}, "averageOrderValue": 50}');
    const { settings, repaired } = parseSettings(raw);
    expect(settings.currency).toBe('USD');
    expect(settings.averageOrderValue).toBe(50);
    expect(repaired).toContain('currency');
    expect(({} as Record<string, unknown>).currency).toBeUndefined();
  });
  it('survives throwing getters and proxies', () => {
    const raw = { ...structuredClone(DEFAULT_SETTINGS) };
    Object.defineProperty(raw, 'currency', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(parseSettings(raw).repaired).toEqual(['currency']);
    const trap = new Proxy(
      {},
      {
        has: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(parseSettings(trap).settings).toEqual(DEFAULT_SETTINGS);
  });
  it('returns copies, so editing the result never changes the defaults', () => {
    const { settings } = parseSettings(null);
    settings.pricing.perThousand.instagram.micro.low = 1;
    expect(DEFAULT_SETTINGS.pricing.perThousand.instagram.micro.low).toBe(5);
  });
  it('never throws and always returns valid settings, for any input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }),
        (raw) => {
          const { settings, repaired } = parseSettings(raw);
          expect(settingsSchema.safeParse(settings).success).toBe(true);
          expect(repaired.every((f) => ALL_FIELDS.includes(f))).toBe(true);
        },
      ),
    );
  });
  it('never throws for objects whose fields are arbitrary', () => {
    const partial = fc.record(Object.fromEntries(ALL_FIELDS.map((f) => [f, fc.anything()])), { requiredKeys: [] });
    fc.assert(
      fc.property(partial, (raw) => {
        expect(settingsSchema.safeParse(parseSettings(raw).settings).success).toBe(true);
      }),
    );
  });
});

describe('settings stored by version 2', () => {
  it("load with the money model's fields defaulted, the old rate card ignored, every user value kept", () => {
    const { pricing: _p, reach: _r, clickThrough: _c, ...rest } = structuredClone(DEFAULT_SETTINGS);
    const stored = {
      ...rest,
      v: 2,
      rateCard: {},
      reachRate: {},
      clickThroughRate: {},
      averageOrderValue: 55,
      gifting: { nano: false, productCost: { low: 1, expected: 2, high: 3 } },
    };
    const { settings, repaired } = parseSettings(stored);
    expect(repaired).toEqual([]);
    expect(settings.pricing).toEqual(DEFAULT_SETTINGS.pricing);
    expect(settings.averageOrderValue).toBe(55);
    expect(settings.gifting.nano).toBe(false);
    expect('rateCard' in settings).toBe(false);
  });
});

describe('settings stored by version 1', () => {
  // The exact shape version 1 wrote: today's defaults minus the fields added in 2.
  const {
    benchmarks: _b,
    gifting: _g,
    pricing: _p,
    reach: _r,
    clickThrough: _c,
    ...v1Shape
  } = structuredClone(DEFAULT_SETTINGS);
  const storedV1 = JSON.parse(
    JSON.stringify({
      ...v1Shape,
      v: 1,
      averageOrderValue: 80,
      currency: 'EUR',
      excludePinned: false,
      tierThresholds: { nano: 500, micro: 5_000, macro: 50_000, mega: 500_000 },
    }),
  );

  it('load with only the new fields defaulted and every user value kept', () => {
    const { settings, repaired } = parseSettings(storedV1);
    expect(repaired).toEqual([]);
    expect(settings.v).toBe(3);
    expect(settings.averageOrderValue).toBe(80);
    expect(settings.currency).toBe('EUR');
    expect(settings.excludePinned).toBe(false);
    expect(settings.tierThresholds).toEqual({ nano: 500, micro: 5_000, macro: 50_000, mega: 500_000 });
    expect(settings.pricing).toEqual(DEFAULT_SETTINGS.pricing);
    expect(settings.benchmarks).toEqual(DEFAULT_SETTINGS.benchmarks);
    expect(settings.gifting).toEqual(DEFAULT_SETTINGS.gifting);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });

  it('still flags a new field that a version-2 record lost', () => {
    const { benchmarks: _lost, ...rest } = structuredClone(DEFAULT_SETTINGS);
    expect(parseSettings(rest).repaired).toEqual(['benchmarks']);
  });

  it('repairs a bad benchmark table alone', () => {
    const raw = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
    raw.benchmarks = {
      ...DEFAULT_SETTINGS.benchmarks,
      tiktokByViews: { ...DEFAULT_SETTINGS.benchmarks.tiktokByViews, nano: 0 },
    };
    const { settings, repaired } = parseSettings(raw);
    expect(repaired).toEqual(['benchmarks']);
    expect(settings.benchmarks.tiktokByViews.nano).toBe(0.05);
  });

  it('default benchmarks are the published figures', () => {
    expect(DEFAULT_SETTINGS.benchmarks.instagramByFollowers.nano).toBe(0.0219);
    expect(DEFAULT_SETTINGS.benchmarks.tiktokByViews.macro).toBe(0.019);
    expect(DEFAULT_SETTINGS.gifting).toEqual({ nano: true, productCost: { low: 20, expected: 40, high: 60 } });
  });
});
