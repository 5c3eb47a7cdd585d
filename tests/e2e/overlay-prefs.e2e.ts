import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureFor, fixtureRoutes } from './fixture-routes';
import { extensionPage, launch, OverlayPage, type Session } from './harness';
import { tabIdOf } from './idb';

let session: Session;
beforeAll(async () => {
  session = await launch(fixtureRoutes);
});
afterAll(async () => {
  await session?.close();
});

it('moves to another corner, remembered per site, and hides per site from the popup', async () => {
  const page = await session.context.newPage();
  await page.goto(fixtureFor('janedoe').url);
  await new OverlayPage(page).settled('janedoe');
  const card = page.getByRole('region', { name: 'Creator Scout' });
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  expect((await card.boundingBox())?.x).toBeGreaterThan(viewport.width / 2);

  await page.getByRole('button', { name: 'Move Creator Scout to the next corner' }).click();
  await expect.poll(async () => (await card.boundingBox())?.x ?? Infinity).toBeLessThan(viewport.width / 2);
  await page.reload();
  await new OverlayPage(page).settled('janedoe');
  await expect.poll(async () => (await card.boundingBox())?.x ?? Infinity).toBeLessThan(viewport.width / 2);

  const tiktok = await session.context.newPage();
  await tiktok.goto(fixtureFor('maya.moves').url);
  await new OverlayPage(tiktok).settled('maya.moves');
  const tiktokCard = tiktok.getByRole('region', { name: 'Creator Scout' });
  expect((await tiktokCard.boundingBox())?.x).toBeGreaterThan(viewport.width / 2);

  const tabId = await tabIdOf(session.worker, 'https://www.instagram.com/*');
  const popup = await extensionPage(session, `popup.html?tab=${tabId}`);
  const show = popup.getByRole('checkbox', { name: 'Show the Creator Scout card on Instagram pages' });
  await show.uncheck();
  await expect.poll(() => card.count()).toBe(0);
  // Still read and published for automation; TikTok unaffected.
  expect((await new OverlayPage(page).contract())['data-state']).toBe('ready');
  expect(await tiktokCard.count()).toBe(1);
  await show.check();
  await expect.poll(() => card.count()).toBe(1);
});
