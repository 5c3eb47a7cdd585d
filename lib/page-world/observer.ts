/**
 * Passive observer of the site's own JSON responses, run in the page's world.
 *
 * Wraps `fetch` and `XMLHttpRequest.prototype.open/send` so that the site's
 * code sees exactly what it would see without us: same `this`, same
 * arguments, the same promise object, the same errors in the same order, a
 * body it can still read. We never make a request of our own. A cheap filter
 * on URL + method + request body runs first; only then do we read a clone
 * (fetch) or `responseText` (XHR). Anything that goes wrong on our side is
 * counted in `stats.errors` and swallowed: the site must never see it.
 *
 * Natives (Reflect.apply, Promise.prototype.then, addEventListener, XHR
 * getters) are saved at install time, at document_start before any page
 * script runs, so a site that later patches them cannot make us run its code.
 */
import { API_BODY_MAX, API_REQUEST_BODY_MAX, type ApiBody } from '../../adapters/common/api';
import { disguise } from './disguise';
import { textRequestBody, handOverRequestBody } from './request-body';

type RequestFilter = (url: string, method: string, requestBody: string | null) => boolean;

export type ObserverOptions = {
  /** Cheap predicate on the absolute URL, upper-case method and text request body (full, not cut). */
  wants: RequestFilter;
  /** Second gate on the response text (e.g. root markers); absent = every matching body. */
  accept?: (body: string) => boolean;
  /** Receives each matching body; exceptions are counted, never reach the site. */
  onBody: (body: ApiBody) => void;
  /** Bodies longer than this (characters, or content-length bytes) are skipped. Default API_BODY_MAX. */
  maxBody?: number;
};

type ObserverStats = {
  /** Requests the filter accepted. */
  matched: number;
  /** Bodies handed to onBody. */
  delivered: number;
  /** Skipped by content-length or by text length. */
  tooLarge: number;
  /** Read, but `accept` said no (includes empty bodies). */
  unmarked: number;
  /** Not readable as text: XHR responseType json/blob/arraybuffer/document, fetch body already used. */
  unreadable: number;
  /** The request failed or was aborted, or our clone's read failed: the site's business, not an error of ours. */
  failed: number;
  /** Exceptions inside the observer (a bug, or a hostile object), swallowed. */
  errors: number;
};

export type ObserverHandle = { readonly stats: ObserverStats };

/** The parts of a window the observer touches; a real Window, happy-dom's, or a fake in tests. */
export type ObservedWindow = {
  fetch?: unknown;
  XMLHttpRequest?: unknown;
  Request?: unknown;
  URL?: unknown;
  URLSearchParams?: unknown;
  location?: { href: string };
  document?: { baseURI?: string };
};

/** Set (non-enumerable) on the window once installed: a second install returns the first handle. */
const INSTALLED = Symbol.for('creator-scout.page-observer');

const apply = Reflect.apply;
const promiseThen = Promise.prototype.then;
type AnyFunction = (...args: unknown[]) => unknown;
type Ctor = abstract new (...args: never[]) => unknown;

type Context = {
  options: ObserverOptions;
  stats: ObserverStats;
  max: number;
  URLCtor: typeof URL;
  isURL: (v: unknown) => v is URL;
  isRequest: (v: unknown) => v is Request;
  isSearchParams: (v: unknown) => v is URLSearchParams;
  paramsToString: AnyFunction;
  base: () => string | undefined;
};

type Described = { url: string; method: string; requestBody: string | null };

export function installObserver(win: ObservedWindow, options: ObserverOptions): ObserverHandle {
  const existing = (win as Record<symbol, unknown>)[INSTALLED];
  if (existing && typeof existing === 'object' && 'stats' in existing) return existing as ObserverHandle;

  const stats: ObserverStats = {
    matched: 0,
    delivered: 0,
    tooLarge: 0,
    unmarked: 0,
    unreadable: 0,
    failed: 0,
    errors: 0,
  };
  const handle: ObserverHandle = { stats };
  Object.defineProperty(win, INSTALLED, { value: handle, enumerable: false, configurable: false, writable: false });

  const URLCtor = (typeof win.URL === 'function' ? win.URL : URL) as typeof URL;
  const Params = (
    typeof win.URLSearchParams === 'function' ? win.URLSearchParams : URLSearchParams
  ) as typeof URLSearchParams;
  const ctx: Context = {
    options,
    stats,
    max: options.maxBody ?? API_BODY_MAX,
    URLCtor,
    isURL: instanceTest<URL>(URLCtor),
    isRequest: instanceTest<Request>(win.Request),
    isSearchParams: instanceTest<URLSearchParams>(Params),
    paramsToString: Params.prototype.toString as AnyFunction,
    base: () => win.document?.baseURI || win.location?.href,
  };
  try {
    wrapFetch(win, ctx);
  } catch {
    stats.errors++;
  }
  try {
    wrapXhr(win, ctx);
  } catch {
    stats.errors++;
  }
  return handle;
}

function instanceTest<T>(ctor: unknown): (v: unknown) => v is T {
  if (typeof ctor !== 'function') return (_v): _v is T => false;
  return (v): v is T => v instanceof (ctor as Ctor);
}

function absolute(ctx: Context, raw: string): string | null {
  try {
    return new ctx.URLCtor(raw, ctx.base()).href;
  } catch {
    return null;
  }
}

/** An own data property's value, without running a getter the page may have put there. */
function ownValue(obj: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(obj, key)?.value;
}

// ---------------------------------------------------------------- fetch

function wrapFetch(win: ObservedWindow, ctx: Context): void {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  // Method syntax: like the native, the wrapper has no `prototype` and cannot be `new`ed.
  const wrapper = {
    fetch(this: unknown): unknown {
      // Native first, with the caller's `this` and exact arguments; a synchronous throw propagates untouched.
      const promise = apply(original as AnyFunction, this, arguments);
      try {
        observeFetch(ctx, arguments[0], arguments[1], promise);
      } catch {
        ctx.stats.errors++;
      }
      return promise;
    },
  }.fetch;
  disguise(wrapper, original as AnyFunction);
  win.fetch = wrapper;
}

function describeFetch(ctx: Context, input: unknown, init: unknown): Described | null {
  let raw: string;
  let method = 'GET';
  if (typeof input === 'string') raw = input;
  else if (ctx.isURL(input)) raw = input.href;
  else if (ctx.isRequest(input)) {
    raw = input.url;
    method = input.method;
  }
  // Any other object is stringified by fetch itself; doing it again could run page code twice.
  else return null;
  let requestBody: string | null = null;
  if (init !== null && typeof init === 'object') {
    const m = ownValue(init, 'method');
    if (typeof m === 'string') method = m;
    requestBody = textRequestBody(ownValue(init, 'body'), ctx.isSearchParams, ctx.paramsToString);
  }
  const url = absolute(ctx, raw);
  return url === null ? null : { url, method: method.toUpperCase(), requestBody };
}

function observeFetch(ctx: Context, input: unknown, init: unknown, promise: unknown): void {
  // A replaced fetch may return something else; only a real promise is safe to observe.
  if (!(promise instanceof Promise)) return;
  const req = describeFetch(ctx, input, init);
  if (req === null || !ctx.options.wants(req.url, req.method, req.requestBody)) return;
  ctx.stats.matched++;
  // Our reaction is registered before the caller gets the promise, so the clone happens before the site can read the body.
  // The rejection handler marks this (matched) promise as handled; the site's own handlers still see the same rejection.
  apply(promiseThen, promise, [
    (response: unknown) => readFetchResponse(ctx, req, response),
    () => {
      ctx.stats.failed++;
    },
  ]);
}

type ResponseLike = {
  bodyUsed: boolean;
  status: number;
  headers: { get(name: string): string | null };
  clone(): { text(): Promise<string> };
};

function readFetchResponse(ctx: Context, req: Described, response: unknown): void {
  try {
    const res = response as ResponseLike;
    if (res.bodyUsed) {
      ctx.stats.unreadable++;
      return;
    }
    if (overLength(res.headers.get('content-length'), ctx.max)) {
      ctx.stats.tooLarge++;
      return;
    }
    const status = res.status;
    apply(promiseThen, res.clone().text(), [
      (text: unknown) => deliver(ctx, req, status, text),
      () => {
        ctx.stats.failed++;
      },
    ]);
  } catch {
    ctx.stats.errors++;
  }
}

function overLength(header: string | null, max: number): boolean {
  if (header === null) return false;
  const n = Number(header);
  return Number.isFinite(n) && n > max;
}

function deliver(ctx: Context, req: Described, status: number, text: unknown): void {
  try {
    if (typeof text !== 'string') {
      ctx.stats.unreadable++;
      return;
    }
    if (text.length > ctx.max) {
      ctx.stats.tooLarge++;
      return;
    }
    if (ctx.options.accept && !ctx.options.accept(text)) {
      ctx.stats.unmarked++;
      return;
    }
    const requestBody = req.requestBody === null ? null : handOverRequestBody(req.requestBody, API_REQUEST_BODY_MAX);
    ctx.options.onBody({ url: req.url, method: req.method, requestBody, status, body: text });
    ctx.stats.delivered++;
  } catch {
    ctx.stats.errors++;
  }
}

// ---------------------------------------------------------------- XMLHttpRequest

type XhrNatives = {
  open: AnyFunction;
  send: AnyFunction;
  addListener: AnyFunction;
  responseType: AnyFunction;
  responseText: AnyFunction;
  status: AnyFunction;
  header: AnyFunction;
};

function getter(proto: object, key: string): AnyFunction {
  // Walk up: happy-dom and some engines define the accessors on a parent prototype.
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const get = Object.getOwnPropertyDescriptor(p, key)?.get;
    if (get) return get as AnyFunction;
  }
  return function (this: Record<string, unknown>) {
    return this[key];
  };
}

function wrapXhr(win: ObservedWindow, ctx: Context): void {
  const Xhr = win.XMLHttpRequest;
  if (typeof Xhr !== 'function') return;
  const proto = (Xhr as { prototype: Record<string, unknown> }).prototype;
  const open = proto.open;
  const send = proto.send;
  if (typeof open !== 'function' || typeof send !== 'function') return;
  const listen = (proto as unknown as EventTarget).addEventListener as unknown;
  const natives: XhrNatives = {
    open: open as AnyFunction,
    send: send as AnyFunction,
    addListener: typeof listen === 'function' ? (listen as AnyFunction) : () => undefined,
    responseType: getter(proto, 'responseType'),
    responseText: getter(proto, 'responseText'),
    status: getter(proto, 'status'),
    header: typeof proto.getResponseHeader === 'function' ? (proto.getResponseHeader as AnyFunction) : () => null,
  };
  /** What `open` was given, per request object (weak: a dropped XHR takes it along). */
  const opened = new WeakMap<object, { url: string; method: string }>();

  const wrappers = {
    open(this: unknown): unknown {
      const result = apply(natives.open, this, arguments);
      // Only after a successful native open (which validated `this` and the method).
      try {
        rememberOpen(ctx, opened, this, arguments[0], arguments[1]);
      } catch {
        ctx.stats.errors++;
      }
      return result;
    },
    send(this: unknown): unknown {
      try {
        prepareSend(ctx, natives, opened, this, arguments[0]);
      } catch {
        ctx.stats.errors++;
      }
      // The saved native, called on the caller's `this` with its exact arguments; its value returned.
      return apply(natives.send, this, arguments);
    },
  };
  disguise(wrappers.open, natives.open);
  disguise(wrappers.send, natives.send);
  proto.open = wrappers.open;
  proto.send = wrappers.send;
}

function rememberOpen(
  ctx: Context,
  opened: WeakMap<object, { url: string; method: string }>,
  xhr: unknown,
  method: unknown,
  rawUrl: unknown,
): void {
  if (xhr === null || typeof xhr !== 'object') return;
  opened.delete(xhr);
  if (typeof method !== 'string') return;
  let raw: string | null = null;
  if (typeof rawUrl === 'string') raw = rawUrl;
  else if (ctx.isURL(rawUrl)) raw = rawUrl.href;
  const url = raw === null ? null : absolute(ctx, raw);
  if (url !== null) opened.set(xhr, { url, method: method.toUpperCase() });
}

/**
 * Before the native send (a synchronous XHR fires `load` inside it): decide,
 * and for a matching request add a one-shot `load` listener. If the native
 * send then throws, the listener never fires for this request, and a later
 * open() replaces `meta`, which the listener checks.
 */
function prepareSend(
  ctx: Context,
  natives: XhrNatives,
  opened: WeakMap<object, { url: string; method: string }>,
  xhr: unknown,
  body: unknown,
): void {
  if (xhr === null || typeof xhr !== 'object') return;
  const meta = opened.get(xhr);
  if (!meta) return;
  const requestBody = textRequestBody(body, ctx.isSearchParams, ctx.paramsToString);
  if (!ctx.options.wants(meta.url, meta.method, requestBody)) return;
  ctx.stats.matched++;
  const req: Described = { url: meta.url, method: meta.method, requestBody };
  const onLoad = (): void => {
    // A later open() on the same object started another request: this listener belongs to the old one.
    if (opened.get(xhr) !== meta) return;
    readXhr(ctx, natives, xhr, req);
  };
  apply(natives.addListener, xhr, ['load', onLoad, { once: true }]);
}

function readXhr(ctx: Context, natives: XhrNatives, xhr: object, req: Described): void {
  try {
    // 'json' is skipped too: its value is a page object the site may already have changed, and
    // re-stringifying it could run page code (toJSON). The sites use '' (responseText).
    const type = apply(natives.responseType, xhr, []);
    if (type !== '' && type !== 'text') {
      ctx.stats.unreadable++;
      return;
    }
    if (overLength(apply(natives.header, xhr, ['content-length']) as string | null, ctx.max)) {
      ctx.stats.tooLarge++;
      return;
    }
    deliver(ctx, req, Number(apply(natives.status, xhr, [])), apply(natives.responseText, xhr, []));
  } catch {
    ctx.stats.errors++;
  }
}
