import { z } from 'zod/mini';
import type { Analysis } from '../score/analysis';
import type { Translate } from './i18n';
import { podEvidenceLabel } from './labels';
import { formatCount, formatExactCount, formatPercent, formatRange, formatRatioRange, localeOf } from './numbers';

/**
 * The overlay's figures as printed, in the browser's locale. The background
 * formats them and sends them with the analysis, so the content script never
 * creates an Intl.NumberFormat: the first one in a page's renderer costs
 * 12–30 ms of ICU start-up on the benchmark machine (bench section 1), time
 * that would be taken from Instagram or TikTok. Null = not on the page.
 */
export interface FigureText {
  followers: string | null;
  engagementRate: string | null;
  postsMeasured: string;
  costPerPost: string | null;
  costPerEngagement: string | null;
  /** Revenue ÷ cost: median (p10–p90). */
  roas: string | null;
  podScore: string | null;
  /** What the pod verdict rests on ("Based on metrics of 11 posts and …"). */
  podEvidence: string;
}

const text = z.string().check(z.maxLength(200));
export const figureTextSchema = z.object({
  followers: z.nullable(text),
  engagementRate: z.nullable(text),
  postsMeasured: text,
  costPerPost: z.nullable(text),
  costPerEngagement: z.nullable(text),
  roas: z.nullable(text),
  podScore: z.nullable(text),
  podEvidence: z.string().check(z.maxLength(600)),
});

/** Numbers in `t`'s locale, sentences in its language. */
export function figureText(analysis: Analysis, t: Translate): FigureText {
  const { followers, engagement, roi, pod } = analysis;
  const locale = localeOf(t);
  return {
    followers: followers === null ? null : formatCount(followers, locale),
    engagementRate: engagement.rate === null ? null : formatPercent(engagement.rate, undefined, locale),
    postsMeasured: formatExactCount(engagement.postsMeasured, locale),
    costPerPost: roi.costPerPost ? formatRange(roi.costPerPost, 'money', roi.currency, locale) : null,
    costPerEngagement: roi.costPerEngagement ? formatRange(roi.costPerEngagement, 'money', roi.currency, locale) : null,
    roas: roi.roas ? formatRatioRange(roi.roas, locale) : null,
    podScore: pod.score === null ? null : formatExactCount(pod.score, locale),
    podEvidence: podEvidenceLabel(pod, engagement.postsMeasured, t),
  };
}
