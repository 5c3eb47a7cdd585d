import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearDb } from '../../tests/builders/browser';
import { entryFor, seedShortlist, threeCreators } from '../../tests/builders/shortlist';
import { commentedSnapshot } from '../../tests/builders/snapshots';
import { PlannerView } from './PlannerView';

beforeEach(clearDb);

/** The planner and the pod verdict that waits for comments (core/score/pod.ts). */
describe('PlannerView: pod risk not judged yet', () => {
  it('leaves out creators whose comments were never read, when asked to, saying "not judged yet" and what to open', async () => {
    // alpha, bravo, charlie: profiles only. delta: one opened post's comments read (judged: low).
    await seedShortlist([...threeCreators(), entryFor(commentedSnapshot({ handle: 'delta' }))]);
    render(<PlannerView />);
    fireEvent.change(await screen.findByRole('textbox', { name: /Budget/ }), { target: { value: '100000' } });
    // Planned by default; the marketer unticks it to plan only creators whose verdict was given.
    fireEvent.click(screen.getByRole('checkbox', { name: /could not be judged/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Plan campaign' }));
    const why =
      'pod risk not judged yet (open a few of their posts to read comments); allow unjudged creators to plan them';
    expect((await screen.findByText(new RegExp(`^@alpha \\(Instagram\\): `))).textContent).toBe(
      `@alpha (Instagram): ${why}`,
    );
    expect(screen.getByText(`@bravo (Instagram): ${why}`)).toBeTruthy();
    // delta's verdict was given: it is planned, not left out.
    expect(screen.queryByText(/^@delta \(Instagram\): /)).toBeNull();
    expect(document.querySelector('tr[data-key="instagram:delta"]')).not.toBeNull();
  });
});
