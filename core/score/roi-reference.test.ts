import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { REFERENCE_CREATORS, referenceSnapshot } from './reference-creators';
import { score } from './score';

/**
 * The twelve reference creators (reference-creators.ts) through `npm run score`'s core, at the
 * default settings. Every figure is written down: p10 / median / p90, with the arithmetic
 * of each median from the cited defaults (defaults.ts). The p10 and p90 are the median
 * × e^(∓1.2816·σ), σ² the sum of the assumptions' squared log-spreads: price ×/÷ 2
 * (σ 0.541), reach ×/÷ 1.5 (σ 0.316; TikTok: the views' own spread), click-through
 * 1–3 % around 1.8 % (σ 0.429), conversion 1–4 % around 2.5 % (σ 0.541).
 */
type Triple = readonly [number, number, number];
interface Row {
  cost: Triple;
  reach: Triple;
  conversions: Triple;
  revenue: Triple;
  roas: Triple;
}

const TABLE: Record<string, Row> = {
  // cost: 4.8K followers × $10 per 1K × 1.3355 engagement = $64.10
  // gifted share 0.3188 × $40.00 + 0.6812 × $64.10 = $56.42
  // reach: 4,800 × 29.09 % = 1,397
  // conversions: 1,397 × 3.192 % click-through × 2.5 % = 1.11
  // revenue: × $100 = $111.44; ROAS 111.44 ÷ 56.42 = 1.98
  ig_nano_48k: {
    cost: [29.53, 56.42, 107.78],
    reach: [931, 1397, 2095],
    conversions: [0.42, 1.11, 2.95],
    revenue: [42.1, 111.44, 294.95],
    roas: [0.61, 1.98, 6.36],
  },
  // cost: 12K followers × $10 per 1K × 1.2281 engagement = $147.37
  // reach: 12,000 × 27.10 % = 3,252
  // conversions: 3,252 × 2.515 % click-through × 2.5 % = 2.05
  // revenue: × $100 = $204.53; ROAS 204.53 ÷ 147.37 = 1.39
  ig_micro_12k: {
    cost: [73.68, 147.37, 294.74],
    reach: [2168, 3252, 4878],
    conversions: [0.77, 2.05, 5.41],
    revenue: [77.29, 204.53, 541.27],
    roas: [0.42, 1.39, 4.58],
  },
  // cost: 45K followers × $10 per 1K × 1.4502 engagement = $652.58
  // reach: 45,000 × 24.39 % = 10,974
  // conversions: 10,974 × 1.667 % click-through × 2.5 % = 4.57
  // revenue: × $100 = $457.27; ROAS 457.27 ÷ 652.58 = 0.7
  ig_micro_45k: {
    cost: [326.29, 652.58, 1305.16],
    reach: [7317, 10974, 16460],
    conversions: [1.73, 4.57, 12.1],
    revenue: [172.87, 457.27, 1209.56],
    roas: [0.21, 0.7, 2.31],
  },
  // cost: 99K followers × $10 per 1K × 1.0224 engagement = $1012.17
  // reach: 99,000 × 23.02 % = 22,787
  // conversions: 22,787 × 1.369 % click-through × 2.5 % = 7.8
  // revenue: × $100 = $779.78; ROAS 779.78 ÷ 1012.17 = 0.77
  ig_micro_99k: {
    cost: [506.09, 1012.17, 2024.35],
    reach: [15192, 22787, 34179],
    conversions: [2.95, 7.8, 20.62],
    revenue: [294.92, 779.78, 2061.74],
    roas: [0.23, 0.77, 2.54],
  },
  // cost: 101K followers × $10 per 1K × 1.0224 engagement = $1032.64
  // reach: 101,000 × 22.98 % = 23,213
  // conversions: 23,213 × 1.361 % click-through × 2.5 % = 7.9
  // revenue: × $100 = $789.95; ROAS 789.95 ÷ 1032.64 = 0.76
  ig_macro_101k: {
    cost: [516.32, 1032.64, 2065.27],
    reach: [15476, 23213, 34817],
    conversions: [2.99, 7.9, 20.89],
    revenue: [298.77, 789.95, 2088.59],
    roas: [0.23, 0.76, 2.52],
  },
  // cost: 450K followers × $10 per 1K × 0.8599 engagement = $3869.36
  // reach: 450,000 × 20.08 % = 90,363
  // conversions: 90,363 × 0.930 % click-through × 2.5 % = 21.01
  // revenue: × $100 = $2100.95; ROAS 2100.95 ÷ 3869.36 = 0.54
  ig_macro_450k: {
    cost: [1934.68, 3869.36, 7738.71],
    reach: [60629, 90363, 134680],
    conversions: [7.98, 21.01, 55.34],
    revenue: [797.66, 2100.95, 5533.67],
    roas: [0.17, 0.54, 1.79],
  },
  // cost: 1000K followers × $10 per 1K × 1.0175 engagement = $10174.76
  // reach: 1,000,000 × 18.00 % = 180,000
  // conversions: 180,000 × 0.930 % click-through × 2.5 % = 41.85
  // revenue: × $100 = $4185; ROAS 4185 ÷ 10174.76 = 0.41
  ig_mega_1m: {
    cost: [5087.38, 10174.76, 20349.51],
    reach: [122878, 180000, 263676],
    conversions: [16, 41.85, 109.46],
    revenue: [1600.06, 4185, 10945.96],
    roas: [0.13, 0.41, 1.35],
  },
  // cost: 5000K followers × $10 per 1K × 0.8622 engagement = $43108.39
  // reach: 5,000,000 × 15.00 % = 750,000
  // conversions: 750,000 × 0.930 % click-through × 2.5 % = 174.38
  // revenue: × $100 = $17437.5; ROAS 17437.5 ÷ 43108.39 = 0.4
  ig_mega_5m: {
    cost: [21554.2, 43108.39, 86216.78],
    reach: [530330, 750000, 1060660],
    conversions: [67.57, 174.38, 450],
    revenue: [6757.02, 17437.5, 45000.06],
    roas: [0.12, 0.4, 1.31],
  },
  // cost: 3K followers × $3.5343 per 1K × 0.5333 engagement = $5.65
  // gifted share 0.5229 × $5.65 + 0.4771 × $5.65 = $5.65
  // reach: median views 2,340
  // conversions: 2,340 × 3.500 % click-through × 2.5 % = 2.05
  // revenue: × $100 = $204.75; ROAS 204.75 ÷ 5.65 = 36.21
  tt_nano_3k: {
    cost: [2.83, 5.65, 11.31],
    reach: [1884, 2340, 2906],
    conversions: [0.82, 2.05, 5.09],
    revenue: [82.33, 204.75, 509.21],
    roas: [11.53, 36.21, 113.77],
  },
  // cost: 30K followers × $2.5229 per 1K × 0.8239 engagement = $62.36
  // reach: median views 11,700
  // conversions: 11,700 × 1.839 % click-through × 2.5 % = 5.38
  // revenue: × $100 = $537.88; ROAS 537.88 ÷ 62.36 = 8.63
  tt_micro_30k: {
    cost: [31.18, 62.36, 124.72],
    reach: [9037, 11700, 15147],
    conversions: [2.14, 5.38, 13.52],
    revenue: [214.06, 537.88, 1351.53],
    roas: [2.72, 8.63, 27.32],
  },
  // cost: 250K followers × $2.5 per 1K × 0.5 engagement = $312.50
  // reach: median views 48,750
  // conversions: 48,750 × 1.019 % click-through × 2.5 % = 12.42
  // revenue: × $100 = $1241.65; ROAS 1241.65 ÷ 312.5 = 3.97
  tt_macro_250k: {
    cost: [156.25, 312.5, 625],
    reach: [39255, 48750, 60541],
    conversions: [5, 12.42, 30.81],
    revenue: [500.31, 1241.65, 3081.49],
    roas: [1.27, 3.97, 12.46],
  },
  // cost: 2000K followers × $2.5 per 1K × 0.5 engagement = $2500.00
  // reach: median views 195,000
  // conversions: 195,000 × 0.930 % click-through × 2.5 % = 45.34
  // revenue: × $100 = $4533.75; ROAS 4533.75 ÷ 2500 = 1.81
  tt_mega_2m: {
    cost: [1250, 2500, 5000],
    reach: [157021, 195000, 242166],
    conversions: [18.27, 45.34, 112.48],
    revenue: [1827.46, 4533.75, 11247.78],
    roas: [0.58, 1.81, 5.69],
  },
};

function posts(handle: string): string {
  const c = REFERENCE_CREATORS.find((r) => r.handle === handle);
  if (!c) throw new Error(handle);
  return JSON.stringify(
    referenceSnapshot(c).posts.map((p) => ({ likes: p.likes, comments: p.comments, views: p.views })),
  );
}

describe('the twelve reference creators, scored from a CSV', () => {
  const input = [
    'handle,platform,followers,posts',
    ...REFERENCE_CREATORS.map(
      (c) => `${c.handle},${c.platform},${c.followers},"${posts(c.handle).replaceAll('"', '""')}"`,
    ),
  ].join('\n');
  const rows = Papa.parse<Record<string, string>>(input, { header: true }).data;
  const { csv, rejected } = score(rows, DEFAULT_SETTINGS, 1_700_000_000_000);
  const out = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  it('scores all twelve, rejecting none', () => {
    expect(rejected).toEqual([]);
    expect(out.map((r) => r['handle'])).toEqual(REFERENCE_CREATORS.map((c) => c.handle));
  });
  const columns = {
    cost: 'cost per post',
    reach: 'reach',
    conversions: 'conversions',
    revenue: 'revenue',
    roas: 'ROAS',
  } as const;
  for (const [handle, expected] of Object.entries(TABLE)) {
    it(`${handle}: cost, reach, conversions, revenue and ROAS`, () => {
      const row = out.find((r) => r['handle'] === handle);
      for (const [figure, column] of Object.entries(columns) as [keyof Row, string][]) {
        const got = ['p10', 'median', 'p90'].map((q) => Number(row?.[`${column} ${q}`]));
        expected[figure].forEach((want, i) =>
          expect(Math.abs((got[i] ?? Number.NaN) - want), `${handle} ${column} ${i}`).toBeLessThanOrEqual(
            Math.max(0.011, want * 1e-4),
          ),
        );
      }
    });
  }
  it('nano converts better per follower than micro, and micro than macro (Instagram)', () => {
    const roas = (h: string) => TABLE[h]?.roas[1] ?? 0;
    expect(roas('ig_nano_48k')).toBeGreaterThan(roas('ig_micro_12k'));
    expect(roas('ig_micro_12k')).toBeGreaterThan(roas('ig_macro_450k'));
    // No cliff at 100K: a 99K micro and a 101K macro cost almost the same per follower.
    expect(
      (TABLE['ig_macro_101k']?.cost[1] ?? 0) / 101_000 / ((TABLE['ig_micro_99k']?.cost[1] ?? 1) / 99_000),
    ).toBeCloseTo(1, 1);
  });
});
