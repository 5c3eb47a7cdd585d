/**
 * Run counts. `npm run bench` uses the full counts the issue asks for (20+
 * alternating runs per comparison); `npm run bench:quick` (BENCH_QUICK=1, run
 * in CI) uses tiny counts that only prove every section still works: its
 * timings are not figures and no budget is judged on them.
 */
export const QUICK = process.env.BENCH_QUICK === '1';

export const config = QUICK
  ? {
      overheadRuns: 2,
      settleMs: 300,
      scrollPosts: 48,
      scrollIntervalMs: 450,
      spaHops: 4,
      scoringProfiles: 20,
      scoringRounds: 3,
      shortlistCreators: 300,
      shortlistSnapshots: 3_000,
      shortlistRuns: 2,
      keystrokes: 4,
      observerRuns: 2,
      observerResponses: 3,
      liveHops: 4,
    }
  : {
      overheadRuns: 21,
      settleMs: 1_500,
      scrollPosts: 1_000,
      scrollIntervalMs: 450,
      spaHops: 50,
      scoringProfiles: 200,
      scoringRounds: 15,
      shortlistCreators: 10_000,
      shortlistSnapshots: 100_000,
      shortlistRuns: 21,
      keystrokes: 24,
      observerRuns: 11,
      observerResponses: 20,
      liveHops: 50,
    };
