import type { Engagement, Pod, PodSignal, Tier } from './analysis';
import type { AnalysisInput } from './analysis-input';
import { burstTiming, postConcentration } from './pod-comment-signals';
import {
  commentLikeRatio,
  erAboveNorm,
  genericComments,
  othersComments,
  repeatCommenters,
  uniformEngagement,
  type SignalResult,
} from './pod-signals';
import { publishedBenchmarkTable } from './benchmarks';
import { readPage, type PageRead } from './post-metrics';
import type { BenchmarkTable } from '../settings/settings';
import { EN, type Translate } from '../text/i18n';

/**
 * Engagement-pod risk, 0–100: the sum of the signals' points (see
 * pod-signals.ts for each signal and its maximum), capped at 100.
 * Levels: low < 30 ≤ medium < 60 ≤ high. A score is a prompt to look
 * closer, never proof; the reasons say what was seen.
 *
 * No verdict until comments by others have been read (MIN_COMMENTS_TO_JUDGE,
 * from opened posts): 60 of the 100 points come from comments, and a pod is
 * seen in its comments. Before that the score is null ("not judged yet"),
 * never a green 0 resting on engagement alone; what the counts say about the
 * audience is kept apart (core/score/audience.ts).
 *
 * Cost is linear in comments: one pass to group them, Maps for tallies.
 */

/** Others' comments needed for a verdict: what the comment checks need to run (our assumption, as theirs). */
const MIN_COMMENTS_TO_JUDGE = 10;

export function podLevel(score: number): NonNullable<Pod['level']> {
  if (score >= 60) return 'high';
  if (score >= 30) return 'medium';
  return 'low';
}

export function scorePod(
  input: AnalysisInput,
  engagement: Engagement,
  tier: Tier | null,
  benchmarks: BenchmarkTable = publishedBenchmarkTable(),
  t: Translate = EN,
  // scorePod has no settings; pinned posts were left out exactly when engagement says so.
  read: PageRead = readPage(input, engagement.pinnedExcluded > 0, t),
): Pod {
  const byPost = othersComments(input.posts, input.handle);
  const postsWithComments = input.posts.filter((p) => p.commentSamples.length > 0).length;
  const commentsSeen = input.posts.reduce((n, p) => n + p.commentSamples.length, 0);
  const base = { signals: [], postsWithComments, commentsSeen };

  if (read.blocked !== null) return { ...base, score: null, level: null, reasons: [read.blocked] };

  const othersSeen = byPost.reduce((n, c) => n + c.length, 0);
  if (othersSeen < MIN_COMMENTS_TO_JUDGE) {
    const reason =
      othersSeen === 0
        ? t('pod.notYet.none', [MIN_COMMENTS_TO_JUDGE])
        : t('pod.notYet.few', [othersSeen, MIN_COMMENTS_TO_JUDGE], othersSeen);
    return { ...base, score: null, level: null, reasons: [reason] };
  }

  const { measured } = read.posts;
  const results: SignalResult[] = [
    erAboveNorm(input.platform, engagement, tier, benchmarks, t),
    repeatCommenters(byPost, t),
    postConcentration(byPost, t),
    genericComments(byPost, t),
    burstTiming(input.posts, byPost, t),
    commentLikeRatio(measured, t),
    uniformEngagement(measured, t),
  ];
  const signals: PodSignal[] = [];
  const notes: string[] = [];
  for (const r of results) {
    if (r && 'signal' in r) signals.push(r.signal);
    else if (r) notes.push(r.note);
  }
  const score = Math.min(
    100,
    signals.reduce((n, s) => n + s.points, 0),
  );
  const summary = signals.length === 0 ? t('pod.noSignals') : t('pod.summary', [signals.length, score], signals.length);
  return { ...base, score, level: podLevel(score), signals, reasons: [summary, ...notes] };
}
