import { performance } from 'node:perf_hooks';
import { analyze, mergeComments } from '@/core/score/analyze';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import type { CommentSample, Snapshot } from '@/core/page/snapshot';
import { janedoePost, janedoeSnapshot } from '../../tests/builders/snapshots';
import { config } from '../lib/config';
import type { Figure } from '../lib/report';
import { summarize } from '../lib/stats';

/**
 * 5. Scoring core in Node: profiles of 50 posts with 500 (then 5,000)
 * comments, as the background scores them (merge stored comments, analyse).
 * Per-profile time is the round's time divided by its profiles; the median
 * and spread are over rounds.
 */

const SECTION = '5 scoring core';
const WORDS = [
  'love this',
  'so good',
  'wow',
  'amazing shot',
  'where is this?',
  'need this recipe',
  '🔥🔥',
  '😍',
  'great tips, thanks',
  'nice',
];

function profile(seed: number, comments: number): Snapshot {
  const perPost = Math.ceil(comments / 50);
  const posts = Array.from({ length: 50 }, (_, i) => {
    const samples: CommentSample[] = Array.from({ length: perPost }, (_, k) => ({
      author: `fan_${(seed * 31 + i * 7 + k * 13) % 400}`,
      text: `${WORDS[(seed + i + k) % WORDS.length]}${k % 3 === 0 ? '' : ` #${(i * k) % 50}`}`,
    }));
    return janedoePost(i, {
      likes: 800 + ((seed * 97 + i * 137) % 1200),
      comments: 10 + ((i * 13 + seed) % 80),
      commentSamples: samples,
    });
  });
  return janedoeSnapshot({ handle: `creator_${seed}`, posts });
}

/** Median ms per profile over rounds (each round scores every profile once). */
function time(profiles: readonly Snapshot[]): number[] {
  const none = new Map<string, CommentSample[]>();
  for (const p of profiles.slice(0, 20)) analyze(mergeComments(p, none), DEFAULT_SETTINGS); // warm the JIT
  const perProfile: number[] = [];
  for (let round = 0; round < config.scoringRounds; round++) {
    const start = performance.now();
    for (const p of profiles) analyze(mergeComments(p, none), DEFAULT_SETTINGS);
    perProfile.push((performance.now() - start) / profiles.length);
  }
  return perProfile;
}

export function scoring(): Figure[] {
  const small = Array.from({ length: config.scoringProfiles }, (_, i) => profile(i, 500));
  const large = Array.from({ length: Math.max(10, Math.round(config.scoringProfiles / 10)) }, (_, i) =>
    profile(i, 5_000),
  );
  const t500 = summarize(time(small));
  const t5000 = summarize(time(large));
  const ratio = t5000.median / t500.median;
  return [
    {
      section: SECTION,
      name: 'score one profile (50 posts, 500 comments)',
      unit: 'ms',
      summary: t500,
      budget: { limit: 0.5, comparison: '<=' },
      note: `${Math.round(1000 / t500.median)} profiles/s`,
    },
    {
      section: SECTION,
      name: 'score one profile (50 posts, 5,000 comments)',
      unit: 'ms',
      summary: t5000,
      budget: null,
    },
    {
      section: SECTION,
      name: 'time ratio 5,000 / 500 comments (linear ≈ 10)',
      unit: '×',
      summary: summarize([ratio]),
      budget: { limit: 15, comparison: '<=' },
    },
  ];
}
