import { formatCount, formatRange } from '@/core/text/format';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { figureText } from '@/core/text/figure-text';
import { EN } from '@/core/text/i18n';
import { analysisOf, commentedSnapshot, hiddenLikesSnapshot, makeSnapshot } from '../../tests/builders/snapshots';
import { overlayStateOf, type OverlayModel } from './model';
import { DISCONNECTED_MESSAGE, Overlay } from './Overlay';

function modelFor(over: Partial<OverlayModel>): OverlayModel {
  return {
    state: 'loading',
    platform: 'instagram',
    handle: 'jane.doe',
    analysis: null,
    message: null,
    saved: false,
    saving: false,
    ...over,
  };
}

function region() {
  return screen.getByRole('region', { name: 'Creator Scout' });
}

describe('Overlay', () => {
  it('shows the loading skeleton and no figures', () => {
    render(<Overlay model={modelFor({})} onSave={() => {}} />);
    expect(region().dataset.state).toBe('loading');
    expect(screen.getByText('Reading profile…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
  });

  it('shows every figure of a ready analysis and saves', () => {
    // An opened post's comments have been read: the pod verdict is given.
    const analysis = analysisOf(commentedSnapshot());
    expect(overlayStateOf(analysis)).toBe('ready');
    const onSave = vi.fn();
    render(<Overlay model={modelFor({ state: 'ready', analysis })} onSave={onSave} />);
    const card = region();
    expect(within(card).getByText('Instagram @jane.doe')).toBeTruthy();
    expect(within(card).getByText('Micro · 25K followers')).toBeTruthy();
    const er = within(card).getByRole('group', { name: 'Engagement rate' });
    expect(er.textContent).toContain('4.40%');
    expect(er.textContent).toContain('by followers · 12 posts measured');
    // The median first, its 10th–90th percentile after it; ROAS likewise.
    const cost = within(card).getByRole('group', { name: 'Cost per post' }).textContent ?? '';
    expect(cost).toContain(formatRange(analysis.roi.costPerPost, 'money'));
    expect(cost).toMatch(/\$\d+ \(\$\d+–\$\d+\)$/);
    expect(within(card).getByRole('group', { name: 'Cost per engagement' }).textContent).toContain(
      formatRange(analysis.roi.costPerEngagement, 'money'),
    );
    expect(within(card).getByRole('group', { name: 'ROAS (revenue ÷ cost)' }).textContent).toMatch(
      /\d×–\d+(\.\d+)?×\)$/,
    );
    // er-above-norm 5 (4.40 % is 2.75× the 1.6 % micro norm: 0.25 of 20) + uniform likes 10 = 15.
    const pod = within(card).getByText('Low pod risk · 15/100');
    // The strongest signal's reason is the tooltip.
    expect(pod.closest('[title]')?.getAttribute('title')).toMatch(/^Likes vary by only 3%/);
    expect(card.textContent).not.toContain('not on the page');
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('draws the figures the background printed, creating no Intl.NumberFormat in the page', () => {
    const analysis = analysisOf(commentedSnapshot());
    // What handle-request.ts sends: core/text/figure-text.ts, in the browser's locale (German here).
    const text = figureText(
      analysis,
      Object.assign((...args: Parameters<typeof EN>) => EN(...args), { locale: 'de-DE' }),
    );
    const spy = vi.spyOn(Intl, 'NumberFormat');
    try {
      render(<Overlay model={modelFor({ state: 'ready', analysis, text })} onSave={() => {}} />);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    const card = region();
    expect(text.engagementRate).toMatch(/^4,40\s%$/u);
    expect(within(card).getByRole('group', { name: 'Engagement rate' }).textContent).toContain(
      text.engagementRate ?? 'missing',
    );
    expect(within(card).getByRole('group', { name: 'Cost per post' }).textContent).toContain(
      text.costPerPost ?? 'missing',
    );
    expect(within(card).getByRole('group', { name: 'Cost per engagement' }).textContent).toContain(
      text.costPerEngagement ?? 'missing',
    );
    const pod = within(card).getByText(`Low pod risk · ${text.podScore ?? 'missing'}/100`);
    expect(pod.closest('[title]')?.getAttribute('title')).toContain(text.podEvidence);
    expect(within(card).getByText(`Micro · ${text.followers ?? 'missing'} followers`)).toBeTruthy();
  });

  it('before any comment is read: "not judged yet" and what to open, never a green score', () => {
    const analysis = analysisOf(makeSnapshot());
    // Every figure but the pod verdict, which waits for comments: still ready.
    expect(overlayStateOf(analysis)).toBe('ready');
    render(<Overlay model={modelFor({ state: 'ready', analysis })} onSave={() => {}} />);
    const card = region();
    const pod = within(card).getByText('Pod risk not judged yet');
    expect(pod.closest('.cs-badge')?.querySelector('.cs-badge__swatch')?.getAttribute('style')).toContain(
      'var(--cs-pod-unknown)',
    );
    expect(
      within(card).getByText(
        'Not judged yet: open a post to read its comments (the verdict needs at least 10 comments by others)',
      ),
    ).toBeTruthy();
    expect(card.textContent).not.toMatch(/Low pod risk|\/100/);
    // Following 300 of 25,000 and 4.40 % engagement: nothing to warn about the audience.
    expect(within(card).queryByText(/^Audience/)).toBeNull();
  });

  it('warns about the audience apart from the pod verdict: engagement far below the norm', () => {
    // 25,000 followers, 12 posts with 10 likes and no comments: 0.04 %, 0.025× the micro norm.
    const snapshot = makeSnapshot({ posts: makeSnapshot().posts.map((p) => ({ ...p, likes: 10, comments: 0 })) });
    render(<Overlay model={modelFor({ state: 'ready', analysis: analysisOf(snapshot) })} onSave={() => {}} />);
    const card = region();
    expect(within(card).getByText('Pod risk not judged yet')).toBeTruthy();
    const audience = within(card).getByText('Audience: check it');
    expect(audience.closest('[title]')?.getAttribute('title')).toMatch(
      /^Engagement of 0\.04% by followers is only 0\.03× the typical 1\.60% for micro Instagram creators/,
    );
    expect(within(card).getByText(/^Engagement of 0\.04% by followers/).className).toBe('cs-overlay__note');
  });

  it('shows Saved ✓ and disables Save once saved', () => {
    const analysis = analysisOf(makeSnapshot());
    render(<Overlay model={modelFor({ state: 'ready', analysis, saved: true })} onSave={() => {}} />);
    const button = screen.getByRole('button', { name: 'Saved ✓' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });

  it('partial: says "not on the page" for each missing figure, never 0', () => {
    const analysis = analysisOf(hiddenLikesSnapshot());
    expect(overlayStateOf(analysis)).toBe('partial');
    render(<Overlay model={modelFor({ state: 'partial', handle: 'hidden.likes', analysis })} onSave={() => {}} />);
    const er = screen.getByRole('group', { name: 'Engagement rate' });
    expect(er.textContent).toContain('not on the page');
    expect(within(er).getByText('not on the page').getAttribute('title')).toBe(
      'Likes are hidden on every visible post (6 posts)',
    );
    expect(screen.getByRole('group', { name: 'Cost per engagement' }).textContent).toContain('not on the page');
    // What is there is still shown.
    expect(screen.getByRole('group', { name: 'Cost per post' }).textContent).toContain(
      formatRange(analysis.roi.costPerPost, 'money'),
    );
    expect(region().textContent).not.toMatch(/\b0(\.0+)?%|\$0\.00/);
  });

  it('unavailable: shows the message and no figures', () => {
    const analysis = analysisOf(makeSnapshot({ status: 'private', posts: [] }));
    render(
      <Overlay
        model={modelFor({ state: 'unavailable', analysis, message: 'Private account — stats not visible' })}
        onSave={() => {}}
      />,
    );
    expect(screen.getByText('Private account — stats not visible')).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
    expect(region().textContent).not.toMatch(/\d%|\$/);
    // The page does show the follower count: tier and count stay in sight.
    expect(analysis.followers).not.toBeNull();
    expect(region().textContent).toContain(`${formatCount(analysis.followers)} followers`);
  });

  it('unavailable without a follower count shows no tier', () => {
    const analysis = analysisOf(makeSnapshot({ status: 'not-found', posts: [] }));
    render(<Overlay model={modelFor({ state: 'unavailable', analysis, message: null })} onSave={() => {}} />);
    expect(region().textContent).not.toMatch(/followers|Nano|Micro|Macro|Mega/);
  });

  it('disconnected: asks for a reload', () => {
    render(<Overlay model={modelFor({ state: 'disconnected' })} onSave={() => {}} />);
    expect(screen.getByText(DISCONNECTED_MESSAGE)).toBeTruthy();
    expect(region().dataset.state).toBe('disconnected');
  });

  it('collapses to a badge and expands again', () => {
    const analysis = analysisOf(makeSnapshot());
    render(<Overlay model={modelFor({ state: 'ready', analysis })} onSave={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse Creator Scout' }));
    expect(screen.queryByRole('group')).toBeNull();
    const pill = screen.getByRole('button', { name: 'Show Creator Scout' });
    expect(pill.textContent).toBe('Scout · Micro');
    fireEvent.click(pill);
    expect(screen.getByRole('group', { name: 'Engagement rate' })).toBeTruthy();
  });

  it('renders a hostile display name and handle as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const analysis = { ...analysisOf(makeSnapshot()), displayName: hostile };
    const onOpenDetails = vi.fn();
    render(
      <Overlay
        model={modelFor({ state: 'ready', analysis, message: hostile })}
        onSave={() => {}}
        onOpenDetails={onOpenDetails}
      />,
    );
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(region().querySelector('img, script')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    expect(onOpenDetails).toHaveBeenCalledOnce();
  });
});

describe('Overlay placement', () => {
  it('sits in the given corner and moves to the next one by keyboard', () => {
    const onMove = vi.fn();
    render(
      <Overlay
        model={modelFor({ state: 'ready', analysis: analysisOf(makeSnapshot()) })}
        onSave={() => {}}
        corner="top-left"
        onMove={onMove}
      />,
    );
    expect(region().className).toContain('cs-overlay--top-left');
    fireEvent.click(screen.getByRole('button', { name: 'Move Creator Scout to the next corner' }));
    expect(onMove).toHaveBeenCalledWith('top-right');
  });

  it('snaps to the corner nearest to where the title bar is dropped', () => {
    const onMove = vi.fn();
    render(
      <Overlay
        model={modelFor({ state: 'ready', analysis: analysisOf(makeSnapshot()) })}
        onSave={() => {}}
        onMove={onMove}
      />,
    );
    const head = screen.getByText('Instagram @jane.doe');
    const bar = head.parentElement as HTMLElement;
    bar.setPointerCapture = () => undefined;
    fireEvent.pointerDown(head, {
      button: 0,
      clientX: window.innerWidth - 50,
      clientY: window.innerHeight - 50,
      pointerId: 1,
    });
    fireEvent.pointerMove(bar, { clientX: 40, clientY: 30, pointerId: 1 });
    expect(region().style.transform).toMatch(/^translate\(/);
    fireEvent.pointerUp(bar, { clientX: 40, clientY: 30, pointerId: 1 });
    expect(onMove).toHaveBeenCalledWith('top-left');
    expect(region().style.transform).toBe('');
  });

  it('a click on the title bar is not a move', () => {
    const onMove = vi.fn();
    render(
      <Overlay
        model={modelFor({ state: 'ready', analysis: analysisOf(makeSnapshot()) })}
        onSave={() => {}}
        onMove={onMove}
      />,
    );
    const head = screen.getByText('Instagram @jane.doe');
    (head.parentElement as HTMLElement).setPointerCapture = () => undefined;
    fireEvent.pointerDown(head, { button: 0, clientX: 100, clientY: 100, pointerId: 1 });
    fireEvent.pointerUp(head, { clientX: 102, clientY: 101, pointerId: 1 });
    expect(onMove).not.toHaveBeenCalled();
  });
});
