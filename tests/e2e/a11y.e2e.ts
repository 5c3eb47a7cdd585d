import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from './a11y';
import { fixtureFor, fixtureRoutes } from './fixture-routes';
import { extensionPage, launch, OverlayPage, type Session } from './harness';
import { tabIdOf } from './idb';

/** axe-core in real Chromium: no serious or critical violations in any view, light or dark. */
let session: Session;
beforeAll(async () => {
  session = await launch(fixtureRoutes);
});
afterAll(async () => {
  await session?.close();
});

describe.each(['light', 'dark'] as const)('accessibility (%s)', (scheme) => {
  it('side panel with an empty shortlist', async () => {
    const panel = await extensionPage(session, 'sidepanel.html');
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.getByRole('tab', { name: 'Shortlist' }).click();
    await panel.getByRole('tab', { name: 'Shortlist', selected: true }).waitFor();
    const report = await audit(panel);
    expect(report.serious, 'empty shortlist').toEqual([]);
    expect(report.passed).toBeGreaterThan(3);
    await panel.close();
  });

  it('overlay, popup, side panel (current and shortlist) and settings', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(fixtureFor('janedoe').url);
    await new OverlayPage(page).settled('janedoe');
    const overlay = await audit(page, 'creator-scout-overlay');
    expect(overlay.serious, 'overlay').toEqual([]);
    expect(overlay.passed).toBeGreaterThan(3);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    if (await save.count()) await save.click();
    const tabId = await tabIdOf(session.worker, 'https://www.instagram.com/*');

    for (const path of [`popup.html?tab=${tabId}`, 'sidepanel.html', 'options.html']) {
      const view = await extensionPage(session, path);
      await view.emulateMedia({ colorScheme: scheme });
      await view.getByRole('button').first().waitFor();
      const report = await audit(view);
      expect(report.serious, path).toEqual([]);
      expect(report.passed).toBeGreaterThan(3);
      if (path === 'sidepanel.html') {
        await view.getByRole('tab', { name: 'Shortlist' }).click();
        await view.getByText('@janedoe').first().waitFor();
        expect((await audit(view)).serious, 'shortlist').toEqual([]);
        await view.getByRole('checkbox', { name: 'Compare @janedoe' }).check();
        await view.getByRole('tab', { name: 'Compare' }).click();
        await view.getByRole('tab', { name: 'Compare', selected: true }).waitFor();
        expect((await audit(view)).serious, 'compare').toEqual([]);
        await view.getByRole('tab', { name: 'Plan' }).click();
        await view.getByRole('textbox', { name: /Budget/ }).fill('1000');
        await view.getByRole('button', { name: 'Plan campaign' }).click();
        await view.getByRole('table', { name: 'Chosen creators' }).waitFor();
        expect((await audit(view)).serious, 'planner').toEqual([]);
      }
      await view.close();
    }
    await page.close();
  });
});
