import { browser } from 'wxt/browser';
import type { Request } from '@/lib/messages';
import { pageReadResponseSchema, saveResponseSchema, type PageReadResponse, type SaveResponse } from '@/lib/replies';
import type { Snapshot } from '@/core/page/snapshot';

/** The extension was reloaded or updated under this page: our port is gone. */
export class DisconnectedError extends Error {
  constructor() {
    super('Creator Scout was updated or reloaded; reload the page to reconnect.');
  }
}

/**
 * Chrome stopped the MV3 worker while it handled the message (the answer is
 * lost; the request may or may not have been stored), or the worker is still
 * stopping and not listening yet, or it answered nothing. Every request is
 * idempotent (saves are keyed by creator, page reads are deduplicated), so it
 * is sent again rather than dropped; only a runtime that is really gone means
 * "reload the page".
 */
const TRANSIENT = /message channel closed|message port closed|receiving end does not exist/i;
const RETRIES = 4;

async function retry(request: Request, retries: number): Promise<unknown> {
  await new Promise((resolve) => setTimeout(resolve, 100 * (RETRIES - retries + 1)));
  return send(request, retries - 1);
}

async function send(request: Request, retries = RETRIES): Promise<unknown> {
  // After an extension reload the old content script keeps running, but its
  // runtime is gone: `browser.runtime.id` is undefined and sends throw.
  if (!browser.runtime?.id) throw new DisconnectedError();
  try {
    const response: unknown = await browser.runtime.sendMessage(request);
    // No answer at all: the worker was stopped before its listener replied.
    if (response === undefined && retries > 0) return retry(request, retries);
    return response;
  } catch (error) {
    const text = String(error);
    if (!browser.runtime?.id || /context invalidated/i.test(text)) throw new DisconnectedError();
    if (retries > 0 && TRANSIENT.test(text)) return retry(request, retries);
    if (/receiving end does not exist/i.test(text)) throw new DisconnectedError();
    throw error;
  }
}

export async function sendPageRead(snapshot: Snapshot): Promise<PageReadResponse> {
  const parsed = pageReadResponseSchema.safeParse(await send({ type: 'page-read', snapshot }));
  return parsed.success ? parsed.data : { ok: false, error: 'Unexpected answer from Creator Scout.' };
}

/** Posts infinite scroll added since `base` (core/page/extend-snapshot.ts); `stale` asks for the whole snapshot. */
export async function sendPostsAdded(
  request: Omit<Extract<Request, { type: 'posts-added' }>, 'type'>,
): Promise<PageReadResponse> {
  const parsed = pageReadResponseSchema.safeParse(await send({ type: 'posts-added', ...request }));
  return parsed.success ? parsed.data : { ok: false, error: 'Unexpected answer from Creator Scout.' };
}

export async function sendPageLeft(url: string): Promise<void> {
  await send({ type: 'page-left', url });
}

export async function sendSaveCurrent(): Promise<SaveResponse> {
  const parsed = saveResponseSchema.safeParse(await send({ type: 'save-current' }));
  return parsed.success ? parsed.data : { ok: false, error: 'Unexpected answer from Creator Scout.' };
}
