import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DisconnectedError, sendSaveCurrent } from './messaging';

const CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true, advanceTimeDelta: 50 }));
afterEach(() => vi.useRealTimers());

describe('messages to a worker that Chrome stops mid-answer', () => {
  it('are sent again, so a save is not lost', async () => {
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error(CLOSED))
      .mockResolvedValueOnce(undefined as never)
      .mockResolvedValueOnce({ ok: true, key: 'instagram:janedoe' } as never);
    expect(await sendSaveCurrent()).toEqual({ ok: true, key: 'instagram:janedoe' });
    expect(send).toHaveBeenCalledTimes(3);
    send.mockRestore();
  });

  it('give up after a few tries and report the error', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error(CLOSED));
    await expect(sendSaveCurrent()).rejects.toThrow(/channel closed/);
    expect(send).toHaveBeenCalledTimes(5);
    send.mockRestore();
  });

  it('a worker still stopping is waited for; a runtime that stays unreachable means "reload the page"', async () => {
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, key: 'instagram:janedoe' } as never);
    expect(await sendSaveCurrent()).toEqual({ ok: true, key: 'instagram:janedoe' });
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendSaveCurrent()).rejects.toBeInstanceOf(DisconnectedError);
    send.mockRestore();
  });

  it('other errors are not retried', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('boom'));
    await expect(sendSaveCurrent()).rejects.toThrow('boom');
    expect(send).toHaveBeenCalledTimes(1);
    send.mockRestore();
  });
});
