import { browser } from 'wxt/browser';
import { pageReadResponseSchema, saveResponseSchema, type PageReadResponse, type Request, type SaveResponse } from '@/lib/messages';
import type { Snapshot } from '@/core/snapshot';

/** The extension was reloaded or updated under this page: our port is gone. */
export class DisconnectedError extends Error {
  constructor() {
    super('Creator Scout was updated or reloaded; reload the page to reconnect.');
  }
}

async function send(request: Request): Promise<unknown> {
  // After an extension reload the old content script keeps running, but its
  // runtime is gone: `browser.runtime.id` is undefined and sends throw.
  if (!browser.runtime?.id) throw new DisconnectedError();
  try {
    return await browser.runtime.sendMessage(request);
  } catch (error) {
    if (!browser.runtime?.id || /context invalidated|receiving end does not exist/i.test(String(error))) {
      throw new DisconnectedError();
    }
    throw error;
  }
}

export async function sendPageRead(snapshot: Snapshot): Promise<PageReadResponse> {
  const parsed = pageReadResponseSchema.safeParse(await send({ type: 'page-read', snapshot }));
  return parsed.success ? parsed.data : { ok: false, error: 'Unexpected answer from Creator Scout.' };
}

export async function sendPageLeft(url: string): Promise<void> {
  await send({ type: 'page-left', url });
}

export async function sendSaveCurrent(): Promise<SaveResponse> {
  const parsed = saveResponseSchema.safeParse(await send({ type: 'save-current' }));
  return parsed.success ? parsed.data : { ok: false, error: 'Unexpected answer from Creator Scout.' };
}
