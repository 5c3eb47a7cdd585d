import { expect, it } from 'vitest';
import { fixtureRoutes } from './fixture-routes';
import { launch } from './harness';

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
    await new Promise((r) => setTimeout(r, 1000));
    expect(again.context.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(false);
  } finally {
    await again.close();
  }
});
