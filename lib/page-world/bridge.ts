/**
 * How observed bodies cross from the page's world (MAIN) to the extension's
 * isolated content script: DOM CustomEvents on `document` whose `detail` is a
 * string. Only primitives cross worlds reliably (Firefox wraps page objects
 * in Xrays), so one string carries it all: a small JSON array of metadata, a
 * newline, then the raw body, so the 200 kB body is never re-stringified.
 *
 * The page can see and fake these events. Nothing secret goes through (the
 * bodies are the site's own responses, and session fields are stripped by the
 * observer), and the isolated side validates every event and drops junk.
 *
 * Start-up order: the MAIN side runs at document_start, the isolated side at
 * document_idle, and responses arrive in between. So the MAIN side buffers
 * (bounded) until the isolated side says READY, flushes, then sends directly.
 * Each side announces itself when it starts (HELLO / READY) so either may
 * come first, and a re-injected isolated script (extension update) just says
 * READY again.
 */
import { API_BODY_MAX, API_REQUEST_BODY_MAX, type ApiBody } from '../../adapters/common/api';

export const BODY_EVENT = 'creator-scout:api-body';
/** Isolated → MAIN: "I am listening; flush and send directly from now on." */
export const READY_EVENT = 'creator-scout:api-ready';
/** MAIN → isolated: "I have started" (answered by READY). */
export const HELLO_EVENT = 'creator-scout:api-hello';

const VERSION = 1;
/** Metadata is small; JSON escaping can grow the request body up to 6x. */
const META_MAX = 8192 + API_REQUEST_BODY_MAX * 6 + 256;
const URL_MAX = 8192;

export type PageSideOptions = { maxBuffered?: number; maxBufferedChars?: number };
type PageSideStats = { sent: number; buffered: number; dropped: number };
export type PageSide = { send(body: ApiBody): void; readonly stats: PageSideStats };

type EventCtor = new (type: string, init?: CustomEventInit<string>) => Event;
const apply = Reflect.apply;

export function encodeBody(b: ApiBody): string {
  return JSON.stringify([VERSION, b.url, b.method, b.status, b.requestBody]) + '\n' + b.body;
}

/** Decodes one event detail; null for anything that is not exactly what encodeBody makes. Never throws. */
export function decodeBody(detail: unknown): ApiBody | null {
  try {
    if (typeof detail !== 'string' || detail.length > META_MAX + 1 + API_BODY_MAX) return null;
    const nl = detail.indexOf('\n');
    if (nl <= 0 || nl > META_MAX) return null;
    const meta: unknown = JSON.parse(detail.slice(0, nl));
    if (!Array.isArray(meta) || meta.length !== 5 || meta[0] !== VERSION) return null;
    const [, url, method, status, requestBody] = meta as unknown[];
    if (typeof url !== 'string' || url.length > URL_MAX || !url.startsWith('https://')) return null;
    if (typeof method !== 'string' || !/^[A-Z]{1,16}$/.test(method)) return null;
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 999) return null;
    if (requestBody !== null && (typeof requestBody !== 'string' || requestBody.length > API_REQUEST_BODY_MAX))
      return null;
    const body = detail.slice(nl + 1);
    if (body.length > API_BODY_MAX) return null;
    return { url, method, requestBody, status, body };
  } catch {
    return null;
  }
}

/** MAIN side. Natives are saved now, before the site's scripts run. */
export function startPageSide(doc: Document, options: PageSideOptions = {}): PageSide {
  const maxBuffered = options.maxBuffered ?? 30;
  const maxChars = options.maxBufferedChars ?? 4_000_000;
  const Custom = (doc.defaultView?.CustomEvent ?? CustomEvent) as EventCtor;
  const dispatch = EventTarget.prototype.dispatchEvent as (e: Event) => boolean;
  const listen = EventTarget.prototype.addEventListener as (type: string, fn: () => void) => void;
  const stats: PageSideStats = { sent: 0, buffered: 0, dropped: 0 };
  let ready = false;
  let buffer: string[] = [];
  let bufferedChars = 0;

  const emit = (type: string, detail?: string): void => {
    apply(dispatch, doc, [new Custom(type, detail === undefined ? undefined : { detail })]);
  };

  apply(listen, doc, [
    READY_EVENT,
    () => {
      if (ready) return;
      ready = true;
      const pending = buffer;
      buffer = [];
      bufferedChars = 0;
      for (const detail of pending) {
        emit(BODY_EVENT, detail);
        stats.sent++;
      }
    },
  ]);

  const send = (b: ApiBody): void => {
    const detail = encodeBody(b);
    if (ready) {
      emit(BODY_EVENT, detail);
      stats.sent++;
      return;
    }
    if (detail.length > maxChars) {
      stats.dropped++;
      return;
    }
    // Oldest first out: the newest responses describe what is on screen.
    while (buffer.length > 0 && (buffer.length >= maxBuffered || bufferedChars + detail.length > maxChars)) {
      bufferedChars -= buffer.shift()?.length ?? 0;
      stats.dropped++;
    }
    buffer.push(detail);
    bufferedChars += detail.length;
    stats.buffered++;
  };

  emit(HELLO_EVENT);
  return { send, stats };
}

/**
 * Isolated side: announces READY (now, and whenever the MAIN side says
 * HELLO), decodes each body event and calls `onBody` with the valid ones.
 * Junk events (wrong shape, non-string detail, oversize) are dropped silently.
 */
export function listenForBodies(doc: Document, onBody: (b: ApiBody) => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  const Custom = (doc.defaultView?.CustomEvent ?? CustomEvent) as EventCtor;
  const announce = (): void => {
    doc.dispatchEvent(new Custom(READY_EVENT));
  };
  doc.addEventListener(
    BODY_EVENT,
    (event: Event) => {
      let body: ApiBody | null = null;
      try {
        body = decodeBody((event as CustomEvent<unknown>).detail);
      } catch {
        body = null;
      }
      if (body) onBody(body);
    },
    { signal },
  );
  doc.addEventListener(HELLO_EVENT, announce, { signal });
  announce();
}
