import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/lib/db';
import { handleCommand } from './commands';
import { handleRequest } from './handle-request';
import { showWelcomeOnce } from './welcome';
import { withTestGate } from './test-gate';

// Thin: wires browser events to handlers. No state lives in worker memory, so
// a worker stopped and restarted between two events loses nothing.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    withTestGate(handleRequest)(getDb(), message, sender.tab?.id ?? null, Date.now()).then(
      sendResponse,
      (error: unknown) => {
        console.error('[creator-scout] background: request failed', error);
        sendResponse({ ok: false, error: 'Creator Scout could not store this page.' });
      },
    );
    return true;
  });

  browser.commands.onCommand.addListener((command, tab) => {
    void handleCommand(getDb(), command, tab ?? null);
  });

  // First run only: explain what is read and the assumptions. Chromium reports
  // an unpacked extension loaded from the command line as installed at every
  // start, so a stored flag, not the install reason alone, decides.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void showWelcomeOnce();
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void getDb().tabViews.delete(tabId);
  });
});
