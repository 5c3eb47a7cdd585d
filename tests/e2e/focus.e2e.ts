import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureFor, fixtureRoutes } from './fixture-routes';
import { extensionPage, launch, OverlayPage, type Session } from './harness';
import { tabIdOf } from './idb';

/** Keyboard users: every control is reached with Tab, in reading order, and shows where focus is. */
let session: Session;
beforeAll(async () => {
  session = await launch(fixtureRoutes);
});
afterAll(async () => {
  await session?.close();
});

interface Stop {
  name: string;
  visible: boolean;
}

/** Tab through the page (descending into our shadow root) and describe each focus stop. */
async function tabStops(page: Page, count: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el || el === document.body) return { name: '(body)', visible: false };
        const style = getComputedStyle(el);
        const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null;
        const name = (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim().slice(0, 60) || el.tagName;
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return { name, visible: outlined || style.boxShadow !== 'none' };
      }),
    );
  }
  return stops;
}

it('popup: Tab reaches the side panel button, Save, diagnostics and the site switch in order, each visibly focused', async () => {
  const page = await session.context.newPage();
  await page.goto(fixtureFor('janedoe').url);
  await new OverlayPage(page).settled('janedoe');
  const tabId = await tabIdOf(session.worker, 'https://www.instagram.com/*');
  const popup = await extensionPage(session, `popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: 'Save to shortlist' }).waitFor();
  // What was read (with Copy diagnostics) loads after the figures.
  await popup.getByRole('button', { name: 'Copy diagnostics' }).waitFor();
  const stops = await tabStops(popup, 12);
  const names = stops.map((s) => s.name);
  // In reading order: header, Save, the analysis (its diagnostics button), then the site switch.
  const order = [
    'Open side panel',
    'Save to shortlist',
    'Copy diagnostics',
    'Show the Creator Scout card on Instagram pages',
  ].map((n) => names.indexOf(n));
  expect(
    order.every((i) => i >= 0),
    names.join(' | '),
  ).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  for (const stop of stops.filter((s) => s.name !== '(body)')) expect(stop.visible, stop.name).toBe(true);
});

it('overlay: its controls follow the page in Tab order and show focus', async () => {
  const page = await session.context.newPage();
  await page.goto(fixtureFor('marco.rossi').url);
  await new OverlayPage(page).settled('marco.rossi');
  // Start from the last focusable element of the page itself.
  await page.evaluate(() => {
    const own = [...document.querySelectorAll<HTMLElement>('a[href], button, input')].filter(
      (e) => !e.closest('creator-scout-overlay'),
    );
    own.at(-1)?.focus();
  });
  const stops = await tabStops(page, 3);
  expect(stops.map((s) => s.name)).toEqual(['Move Creator Scout to the next corner', 'Collapse Creator Scout', 'Save']);
  for (const stop of stops) expect(stop.visible, stop.name).toBe(true);
});
