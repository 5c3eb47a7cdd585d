/**
 * Test doubles for the page-world observer: a fake XMLHttpRequest with the
 * parts of the real one the observer and a site touch, and a fake window.
 * Used by observer.test.ts only.
 */
import type { ApiBody } from '../../adapters/common/api';
import { installObserver, type ObservedWindow, type ObserverOptions } from './observer';

export type XhrReply = { status: number; text: string; headers?: Record<string, string> };

/** What the "network" answers; tests set it. */
export let xhrResponder: (method: string, url: string, body: unknown) => XhrReply = () => ({ status: 200, text: '' });
export function setXhrResponder(fn: typeof xhrResponder): void {
  xhrResponder = fn;
}

export const SEND_RETURN = Symbol('send-return');

export class FakeXhr extends EventTarget {
  static sendThis: unknown[] = [];
  #method = '';
  #url = '';
  #async = true;
  #opened = false;
  #type: XMLHttpRequestResponseType = '';
  #status = 0;
  #text = '';
  #headers: Record<string, string> = {};

  open(method: string, url: string | URL, async = true): void {
    if (!(this instanceof FakeXhr)) throw new TypeError('Illegal invocation');
    if (!/^[A-Za-z]+$/.test(method)) throw new SyntaxError(`bad method ${method}`);
    this.#method = method;
    this.#url = String(url);
    this.#async = async;
    this.#opened = true;
  }

  send(body?: unknown): unknown {
    // Like the native: a detached call has no object to work on.
    if (!(this instanceof FakeXhr)) throw new TypeError('Illegal invocation');
    FakeXhr.sendThis.push(this);
    if (!this.#opened) throw new DOMException('not opened', 'InvalidStateError');
    const finish = (): void => {
      const reply = xhrResponder(this.#method, this.#url, body);
      this.#status = reply.status;
      this.#text = reply.text;
      this.#headers = Object.fromEntries(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      this.dispatchEvent(new Event('load'));
    };
    if (this.#async) setTimeout(finish, 0);
    else finish();
    // The real one returns undefined; a distinct value proves the wrapper returns whatever the native returned.
    return SEND_RETURN;
  }

  get responseType(): XMLHttpRequestResponseType {
    return this.#type;
  }
  set responseType(t: XMLHttpRequestResponseType) {
    this.#type = t;
  }
  get responseText(): string {
    if (this.#type !== '' && this.#type !== 'text')
      throw new DOMException('responseType is not text', 'InvalidStateError');
    return this.#text;
  }
  get response(): unknown {
    if (this.#type === 'json') return JSON.parse(this.#text) as unknown;
    if (this.#type === 'blob') return new Blob([this.#text]);
    if (this.#type === 'arraybuffer') return new TextEncoder().encode(this.#text).buffer;
    return this.#text;
  }
  get status(): number {
    return this.#status;
  }
  getResponseHeader(name: string): string | null {
    return this.#headers[name.toLowerCase()] ?? null;
  }
}

export type FakeSetup = {
  win: ObservedWindow & { fetch: (...args: unknown[]) => Promise<Response>; XMLHttpRequest: typeof FakeXhr };
  bodies: ApiBody[];
  stats: ReturnType<typeof installObserver>['stats'];
};

/** A fresh fake window (own XHR subclass, so prototypes are not shared between tests) with the observer installed. */
export function fakeWindow(
  nativeFetch: (...args: unknown[]) => Promise<Response>,
  options: Partial<ObserverOptions> = {},
  href = 'https://www.instagram.com/some.creator/',
): FakeSetup {
  class Xhr extends FakeXhr {}
  const win = {
    fetch: nativeFetch,
    XMLHttpRequest: Xhr,
    Request,
    URL,
    URLSearchParams,
    location: { href },
  };
  const bodies: ApiBody[] = [];
  const { stats } = installObserver(win, {
    wants: (url) => url.includes('/graphql/query') || url.includes('/api/'),
    onBody: (b) => bodies.push(b),
    ...options,
  });
  return { win, bodies, stats };
}

/** Lets pending promise reactions and 0 ms timers run. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}
