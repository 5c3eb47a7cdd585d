import { formatRange, formatRatioRange } from '@/core/text/format';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { analysisOf, commentedSnapshot, hiddenLikesSnapshot, makeSnapshot } from '../../tests/builders/snapshots';
import { AnalysisView } from './AnalysisView';

const thresholds = DEFAULT_SETTINGS.tierThresholds;

describe('AnalysisView', () => {
  it('shows every figure with its reasons', () => {
    // One opened post's comments read: the pod verdict is given.
    const snapshot = commentedSnapshot();
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
    expect(screen.getByRole('group', { name: 'Expected reach' }).textContent).toContain(
      formatRange(a.roi.expectedReach, 'count'),
    );
    expect(screen.getByRole('group', { name: 'ROAS (revenue ÷ cost)' }).textContent).toContain(
      formatRatioRange(a.roi.roas),
    );
    expect(screen.getByRole('group', { name: 'Cost per conversion' }).textContent).toContain(
      formatRange(a.roi.costPerConversion, 'money'),
    );
    const assumptions = screen.getByRole('list', { name: 'Assumptions' });
    expect(within(assumptions).getByText('Average order value: $100')).toBeTruthy();
    const signals = screen.getByRole('table');
    const rows = within(signals).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent?.slice(0, 4))).toEqual(['+5En', '+10L']);
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
    expect(screen.getByText('Pod risk not judged yet')).toBeTruthy();
  });

  it('before any comment is read: "not judged yet", what to open, and the audience apart', () => {
    const snapshot = makeSnapshot();
    render(<AnalysisView analysis={analysisOf(snapshot)} snapshot={snapshot} thresholds={thresholds} />);
    expect(screen.getByText('Pod risk not judged yet')).toBeTruthy();
    expect(
      screen.getByText(
        'Not judged yet: open a post to read its comments (the verdict needs at least 10 comments by others)',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Low pod risk/)).toBeNull();
    // Following 300 with 25,000 followers, 4.40 % engagement: no warning sign, and not green either.
    const audience = screen.getByRole('heading', { name: 'Audience' }).closest('section');
    expect(within(audience as HTMLElement).getByText('Audience: no warning signs')).toBeTruthy();
    expect(
      within(audience as HTMLElement).getByText(
        'No sign of bought, inactive or follow-back followers in the counts on the page',
      ),
    ).toBeTruthy();
  });

  it('flags an audience that follows thousands of accounts', () => {
    const base = makeSnapshot();
    const snapshot = makeSnapshot({
      profile: { ...base.profile, following: { value: 7_500, source: 'json', exact: true } },
    });
    render(<AnalysisView analysis={analysisOf(snapshot)} snapshot={snapshot} thresholds={thresholds} />);
    expect(screen.getByText('Audience: check it')).toBeTruthy();
    expect(
      screen.getByText(
        /^Follows 7,500 accounts: HypeAuditor counts accounts following more than 1,500 as mass followers/,
      ),
    ).toBeTruthy();
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
