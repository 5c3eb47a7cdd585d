import { afterAll, beforeAll, it } from 'vitest';
import { fixtureFor, fixtureRoutes } from '../e2e/fixture-routes';
import { extensionPage, launch, OverlayPage, type Session } from '../e2e/harness';
import { tabIdOf } from '../e2e/idb';

/** Renders what a marketer sees, light and dark, into docs/screenshots/. */
const OUT = 'docs/screenshots';
let session: Session;
beforeAll(async () => {
  session = await launch(fixtureRoutes);
});
afterAll(async () => {
  await session?.close();
});

for (const scheme of ['light', 'dark'] as const) {
  it(`renders every view (${scheme})`, async () => {
    const shots: [string, string | null][] = [
      ['janedoe', 'overlay-instagram'],
      ['maya.moves', 'overlay-tiktok'],
      ['marco.rossi', null],
      ['kai.reels', null],
      ['old.school', null],
      ['stella.mega', null],
    ];
    for (const [handle, name] of shots) {
      const fixture = fixtureFor(handle);
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(fixture.url);
      await new OverlayPage(page).settled(handle);
      const save = page.getByRole('button', { name: 'Save', exact: true });
      if (await save.count()) await save.click();
      // The overlay pages stay open: the popup shot reads the TikTok tab.
      if (name) await page.screenshot({ path: `${OUT}/${name}-${scheme}.png` });
      else await page.close();
    }
    const tabId = await tabIdOf(session.worker, 'https://www.tiktok.com/*');
    for (const [path, name, size] of [
      [`popup.html?tab=${tabId}`, 'popup', { width: 400, height: 760 }],
      ['sidepanel.html', 'sidepanel-shortlist', { width: 420, height: 760 }],
      ['options.html', 'settings', { width: 900, height: 900 }],
    ] as const) {
      const page = await extensionPage(session, path);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      if (name === 'sidepanel-shortlist') await page.getByRole('tab', { name: 'Shortlist' }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/${name}-${scheme}.png`, fullPage: name === 'settings' });
      await page.close();
    }

    const panel = await extensionPage(session, 'sidepanel.html');
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.setViewportSize({ width: 480, height: 900 });
    await panel.getByRole('tab', { name: 'Shortlist' }).click();
    for (const handle of ['janedoe', 'marco.rossi', 'maya.moves']) {
      const box = panel.getByRole('checkbox', { name: `Compare @${handle}` });
      if (!(await box.isChecked())) await box.check();
    }
    await panel.getByRole('tab', { name: 'Compare' }).click();
    await panel.getByRole('table', { name: 'Compare creators' }).waitFor();
    await panel.screenshot({ path: `${OUT}/compare-${scheme}.png`, fullPage: true });
    await panel.getByRole('tab', { name: 'Plan' }).click();
    await panel.getByRole('textbox', { name: /Budget/ }).fill('2000');
    await panel.getByRole('button', { name: 'Plan campaign' }).click();
    await panel.getByRole('table', { name: 'Chosen creators' }).waitFor();
    await panel.screenshot({ path: `${OUT}/planner-${scheme}.png`, fullPage: true });
    await panel.close();
  });
}
