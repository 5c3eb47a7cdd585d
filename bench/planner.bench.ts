/**
 * How long planning takes for a 500-creator shortlist (not a test; timings
 * depend on the machine). Run:
 * `npx jiti bench/planner.bench.ts` (jiti ships with WXT).
 */
import { performance } from 'node:perf_hooks';
import { analyze } from '../core/score/analyze';
import type { Analysis } from '../core/score/analysis';
import { DEFAULT_SETTINGS } from '../core/settings/defaults';
import { DEFAULT_PLAN_INPUTS, type PlanInputs } from '../core/planner/plan';
import { planCampaign } from '../core/planner/planner';
import { emptyProfile } from '../core/page/empty-profile';
import type { Snapshot } from '../core/page/snapshot';

/** A deterministic pseudo-random shortlist: tiers from below-nano to mega, both platforms. */
function shortlist(n: number): Analysis[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const platform = i % 3 === 0 ? 'tiktok' : 'instagram';
    const followers = Math.round(10 ** (2.7 + rnd() * 4));
    const rate = 0.005 + rnd() * 0.08;
    const snap: Snapshot = {
      v: 1,
      platform,
      pageKind: 'profile',
      url: 'https://www.instagram.com/x/',
      handle: `c${i}`,
      capturedAt: 0,
      status: 'ok',
      profile: { ...emptyProfile(), followers: { value: followers, source: 'json', exact: true } },
      posts: Array.from({ length: 12 }, (_, j) => ({
        id: `p${j}`,
        kind: 'image',
        pinned: false,
        likes: Math.round(followers * rate * (0.5 + rnd())),
        comments: Math.round(followers * rate * 0.03),
        views: platform === 'tiktok' ? Math.round(followers * (0.3 + rnd())) : null,
        takenAt: null,
        commentSamples: [],
      })),
      missing: [],
    };
    return analyze(snap, DEFAULT_SETTINGS);
  });
}

function time(label: string, analyses: Analysis[], inputs: PlanInputs, runs = 15): void {
  planCampaign(analyses, inputs, DEFAULT_SETTINGS); // warm-up
  const times: number[] = [];
  let method = '';
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const plan = planCampaign(analyses, inputs, DEFAULT_SETTINGS);
    times.push(performance.now() - t0);
    method = `${plan.method}, ${plan.chosen.length} picked`;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(58)} median ${median.toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms (${method})`,
  );
}

const list = shortlist(500);
const base: PlanInputs = { ...DEFAULT_PLAN_INPUTS, maxPodRisk: 'high', allowUnjudged: true };
time('500 creators, $1,000, engagements', list, { ...base, budget: 1_000 });
time('500 creators, $10,000, reach', list, { ...base, budget: 10_000, goal: 'reach' });
time('500 creators, $100,000, conversions', list, { ...base, budget: 100_000, goal: 'conversions' });
time('500 creators, $10,000, 5–20 creators', list, { ...base, budget: 10_000, minCreators: 5, maxCreators: 20 });
time('500 creators, $50,000, at most 100 creators', list, { ...base, budget: 50_000, maxCreators: 100 });
