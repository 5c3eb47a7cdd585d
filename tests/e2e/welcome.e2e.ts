import { expect, it } from 'vitest';
import { fixtureFor, fixtureRoutes } from './fixture-routes';
import { launch, OverlayPage } from './harness';

it('opens the welcome page on first install, and not again after a browser restart', async () => {
  const first = await launch(fixtureRoutes, undefined);
  const welcomeUrl = `chrome-extension://${first.extensionId}/welcome.html`;
  await expect.poll(() => first.context.pages().some((p) => p.url() === welcomeUrl)).toBe(true);
  const page = first.context.pages().find((p) => p.url() === welcomeUrl);
  await page?.getByRole('heading', { name: 'Nothing leaves your machine' }).waitFor();
  const dir = first.userDataDir;
  await first.context.close();
  const again = await launch(fixtureRoutes, dir);
  try {
    // No fixed sleep: the worker handles its start-up events (onInstalled, which
    // would open the page) before it answers a site page, so once an overlay has
    // settled, a welcome tab would already be open.
    const page = await again.context.newPage();
    await page.goto(fixtureFor('janedoe').url);
    await new OverlayPage(page).settled('janedoe');
    expect(again.context.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(false);
  } finally {
    await again.close();
  }
});
