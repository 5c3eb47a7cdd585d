import { describe, expect, it } from 'vitest';
import { analyze } from '../score/analyze';
import { figureText, figureTextSchema } from './figure-text';
import { EN } from './i18n';
import { podEvidenceLabel } from './labels';
import { formatCount, formatExactCount, formatPercent, formatRange } from './numbers';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { commentedSnapshot, makeSnapshot } from '../../tests/builders/snapshots';

describe('figureText (the overlay figures the background prints)', () => {
  it('prints each figure exactly as the shared formatters do, in the given locale', () => {
    // Comments read from an opened post, so the pod score is printed too.
    const analysis = analyze(commentedSnapshot(), DEFAULT_SETTINGS);
    expect(analysis.pod.score).not.toBeNull();
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'ja-JP']) {
      const t = Object.assign((...args: Parameters<typeof EN>) => EN(...args), { locale });
      const text = figureText(analysis, t);
      expect(figureTextSchema.parse(text)).toEqual(text);
      expect(text.followers).toBe(formatCount(analysis.followers, locale));
      expect(text.engagementRate).toBe(formatPercent(analysis.engagement.rate, undefined, locale));
      expect(text.postsMeasured).toBe(formatExactCount(analysis.engagement.postsMeasured, locale));
      expect(text.costPerPost).toBe(formatRange(analysis.roi.costPerPost, 'money', analysis.roi.currency, locale));
      expect(text.costPerEngagement).toBe(
        formatRange(analysis.roi.costPerEngagement, 'money', analysis.roi.currency, locale),
      );
      expect(text.podScore).toBe(formatExactCount(analysis.pod.score, locale));
      expect(text.podEvidence).toBe(podEvidenceLabel(analysis.pod, analysis.engagement.postsMeasured, t));
    }
  });

  it('keeps a missing figure missing (null), never a printed 0 or dash', () => {
    const snapshot = makeSnapshot();
    const bare = { ...snapshot, profile: { ...snapshot.profile, followers: null }, posts: [] };
    const text = figureText(analyze(bare, DEFAULT_SETTINGS), EN);
    expect(text.followers).toBeNull();
    expect(text.engagementRate).toBeNull();
    expect(text.podScore).toBeNull();
    expect(text.costPerPost).toBeNull();
    expect(text.postsMeasured).toBe('0');
  });
});
