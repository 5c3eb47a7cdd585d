import { browser } from 'wxt/browser';
import { localValue } from '@/lib/local-value';

const welcomed = localValue('welcomed');

/** Opens the welcome page the first time only. */
export async function showWelcomeOnce(): Promise<void> {
  if ((await welcomed.getValue()) === true) return;
  await welcomed.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
