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
      }
      await view.close();
    }
    await page.close();
  });
});
