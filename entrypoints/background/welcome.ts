import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

const welcomed = storage.defineItem<boolean>('local:welcomed', { fallback: false });

/** Opens the welcome page the first time only. */
export async function showWelcomeOnce(): Promise<void> {
  if (await welcomed.getValue()) return;
  await welcomed.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
