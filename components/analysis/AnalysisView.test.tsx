import { formatRange, formatRatioRange } from '@/core/format';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/defaults';
import { analysisOf, hiddenLikesSnapshot, makeSnapshot } from '../testing/snapshots';
import { AnalysisView } from './AnalysisView';

const thresholds = DEFAULT_SETTINGS.tierThresholds;

describe('AnalysisView', () => {
  it('shows every figure with its reasons', () => {
    const snapshot = makeSnapshot();
    render(<AnalysisView analysis={analysisOf(snapshot)} snapshot={snapshot} thresholds={thresholds} />);
    expect(screen.getByRole('heading', { name: 'Jane Doe' })).toBeTruthy();
    const tier = screen.getByRole('group', { name: 'Tier' });
    expect(tier.textContent).toContain('Micro');
    expect(tier.textContent).toContain('10K–100K followers');
    expect(screen.getByText('Micro: 25,000 followers, in the 10K–100K followers band')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Followers' }).textContent).toContain('25K');
    expect(screen.getByRole('group', { name: 'Engagement rate' }).textContent).toContain('4.40%');
    expect(screen.getByRole('group', { name: 'Average likes' }).textContent).toContain('1.1K');
    expect(screen.getByText(/^Average of 12 posts: 1,055 likes/)).toBeTruthy();
    const a = analysisOf(snapshot);
    expect(screen.getByRole('group', { name: 'Expected reach' }).textContent).toContain(formatRange(a.roi.expectedReach, 'count'));
    expect(screen.getByRole('group', { name: 'ROAS (revenue ÷ cost)' }).textContent).toContain(formatRatioRange(a.roi.roas));
    expect(screen.getByRole('group', { name: 'Cost per conversion' }).textContent).toContain(formatRange(a.roi.costPerConversion, 'money'));
    const assumptions = screen.getByRole('list', { name: 'Assumptions' });
    expect(within(assumptions).getByText('Average order value: $100')).toBeTruthy();
    const signals = screen.getByRole('table');
    const rows = within(signals).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent?.slice(0, 4))).toEqual(['+8En', '+10L']);
    expect(screen.getByText(/Repeat commenters not checked/)).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lists what was missing and explains missing figures', () => {
    const snapshot = hiddenLikesSnapshot();
    render(<AnalysisView analysis={analysisOf(snapshot)} snapshot={snapshot} thresholds={thresholds} />);
    const missing = screen.getByRole('list', { name: 'What was missing' });
    expect(missing.textContent).toBe('Like counts are hidden on this profile');
    const er = screen.getByRole('group', { name: 'Engagement rate' });
    expect(within(er).getByText('not on the page').getAttribute('title')).toMatch(/Likes are hidden/);
    expect(screen.getByRole('group', { name: 'Cost per engagement' }).textContent).toContain('not on the page');
    expect(screen.getByText('Pod risk not judged — too little data')).toBeTruthy();
  });

  it('shows the status message of a private account', () => {
    const snapshot = makeSnapshot({ status: 'private', posts: [] });
    render(<AnalysisView analysis={analysisOf(snapshot)} snapshot={snapshot} thresholds={thresholds} />);
    expect(screen.getByRole('status').textContent).toBe('Private account — stats not visible');
  });

  it('uses the current thresholds for the tier range', () => {
    const snapshot = makeSnapshot();
    const custom = { nano: 500, micro: 5_000, macro: 20_000, mega: 500_000 };
    const analysis = analysisOf(snapshot, { ...DEFAULT_SETTINGS, tierThresholds: custom });
    render(<AnalysisView analysis={analysis} snapshot={snapshot} thresholds={custom} />);
    expect(screen.getByRole('group', { name: 'Tier' }).textContent).toContain('Macro');
    expect(screen.getByRole('group', { name: 'Tier' }).textContent).toContain('20K–500K followers');
  });

  it('renders hostile names and page notes as text', () => {
    const hostile = '<img src=x onerror=alert(1)><b>bold</b>';
    const snapshot = makeSnapshot({ missing: [hostile] });
    const analysis = { ...analysisOf(snapshot), displayName: hostile };
    const { container } = render(<AnalysisView analysis={analysis} snapshot={snapshot} thresholds={thresholds} />);
    expect(screen.getByRole('heading', { name: hostile })).toBeTruthy();
    expect(container.querySelector('img, b, script')).toBeNull();
  });
});
