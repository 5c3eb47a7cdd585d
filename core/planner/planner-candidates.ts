import type { Analysis, Range, Tier } from '../score/analysis';
import type { Goal, PlanInputs } from './plan';
import type { Platform } from '../page/snapshot';
import { EN, type Translate } from '../text/i18n';

/**
 * Which shortlisted creators the planner may pick, each with the expected
 * cost and goal value it is planned with, and why the others are left out.
 */

export interface PlanCandidate {
  key: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  tier: Tier;
  followers: number | null;
  /** Cost of one post (rate card, or gifted product). */
  cost: Range;
  /** The goal figure (reach, engagements or conversions); null only for a must-include without it. */
  goal: Range | null;
  analysis: Analysis;
}

export interface ExcludedCreator {
  key: string;
  handle: string;
  platform: Platform;
  reason: string;
}

function goalRange(a: Analysis, goal: Goal): Range | null {
  if (goal === 'reach') return a.roi.expectedReach;
  if (goal === 'engagements') return a.roi.expectedEngagements;
  return a.roi.expectedConversions;
}

const RISK_ORDER = { low: 0, medium: 1, high: 2 } as const;

function podReason(a: Analysis, inputs: PlanInputs, t: Translate): string | null {
  const level = a.pod.level;
  if (level === null) return inputs.allowUnjudged ? null : t('plan.exclude.notJudged');
  return RISK_ORDER[level] > RISK_ORDER[inputs.maxPodRisk]
    ? t('plan.exclude.tooRisky', [t(`risk.${level}`), a.pod.score ?? '?', t(`risk.${inputs.maxPodRisk}`)])
    : null;
}

export interface CandidateSelection {
  /** Creators the optimiser chooses among (must-includes not among them). */
  candidates: PlanCandidate[];
  /** Must-include creators, always in the plan. */
  forced: PlanCandidate[];
  excluded: ExcludedCreator[];
  /** Must-include keys that are not on the shortlist or have no cost. */
  unplannable: { key: string; reason: string }[];
}

export function selectCandidates(
  analyses: readonly Analysis[],
  inputs: PlanInputs,
  t: Translate = EN,
): CandidateSelection {
  const must = new Set(inputs.mustInclude);
  const platforms = new Set(inputs.platforms);
  const out: CandidateSelection = { candidates: [], forced: [], excluded: [], unplannable: [] };
  const seen = new Set<string>();
  for (const a of analyses) {
    if (seen.has(a.key)) continue;
    seen.add(a.key);
    const tier = a.tier.id;
    const cost = a.roi.costPerPost;
    const goal = goalRange(a, inputs.goal);
    const exclude = (reason: string) =>
      out.excluded.push({ key: a.key, handle: a.handle, platform: a.platform, reason });
    if (tier === null || cost === null) {
      const reason = t('plan.exclude.noCost');
      if (must.has(a.key)) out.unplannable.push({ key: a.key, reason });
      exclude(reason);
      continue;
    }
    const candidate: PlanCandidate = {
      key: a.key,
      platform: a.platform,
      handle: a.handle,
      displayName: a.displayName,
      tier,
      followers: a.followers,
      cost,
      goal,
      analysis: a,
    };
    // A must-include is the marketer's call: it skips the platform and pod filters.
    if (must.has(a.key)) {
      out.forced.push(candidate);
      continue;
    }
    if (!platforms.has(a.platform)) {
      exclude(t('plan.exclude.platform'));
      continue;
    }
    if (goal === null) {
      exclude(t('plan.exclude.noGoal', [t(`goal.inline.${inputs.goal}`)]));
      continue;
    }
    const pod = podReason(a, inputs, t);
    if (pod) {
      exclude(pod);
      continue;
    }
    out.candidates.push(candidate);
  }
  for (const key of must) if (!seen.has(key)) out.unplannable.push({ key, reason: t('plan.exclude.gone') });
  return out;
}
