import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { installObserver } from './observer';
import { FakeXhr, SEND_RETURN, fakeWindow, setXhrResponder, settle } from './test-fakes';

const GQL = 'https://www.instagram.com/graphql/query';
const JSON_BODY = '{"data":{"user":{"follower_count":12}}}';

function replying(body: BodyInit | null, init: ResponseInit = { status: 200 }) {
  const calls: { self: unknown; args: unknown[] }[] = [];
  const promises: Promise<Response>[] = [];
  const native = function fetch(this: unknown, ...args: unknown[]): Promise<Response> {
    calls.push({ self: this, args });
    const p = Promise.resolve(new Response(body, init));
    promises.push(p);
    return p;
  };
  return { native, calls, promises };
}

describe('fetch: transparency', () => {
  it('returns the very promise the native fetch returned, with the same this and arguments', async () => {
    const { native, calls, promises } = replying(JSON_BODY);
    const { win, bodies } = fakeWindow(native);
    const init = { method: 'POST', body: 'fb_api_req_friendly_name=PolarisProfilePageContentQuery' };
    const p = win.fetch.call(win, GQL, init);
    expect(p).toBe(promises[0]);
    expect(calls[0]!.self).toBe(win);
    expect(calls[0]!.args).toHaveLength(2);
    expect(calls[0]!.args[0]).toBe(GQL);
    expect(calls[0]!.args[1]).toBe(init);
    expect(await (await p).text()).toBe(JSON_BODY);
    await settle();
    expect(bodies).toEqual([{ url: GQL, method: 'POST', requestBody: init.body, status: 200, body: JSON_BODY }]);
  });

  it('passes the argument count through exactly (no added undefined init)', () => {
    const { native, calls } = replying('');
    const { win } = fakeWindow(native);
    void win.fetch('https://www.instagram.com/x');
    expect(calls[0]!.args).toHaveLength(1);
  });

  it('observes a Request object, a URL object and a relative string, passing each through as the same object', async () => {
    const { native, calls } = replying(JSON_BODY);
    const { win, bodies } = fakeWindow(native);
    const req = new Request('https://www.instagram.com/api/v1/users/web_profile_info/?username=a');
    const url = new URL('https://www.instagram.com/api/v1/feed/user/1/');
    await win.fetch(req);
    await win.fetch(url);
    await win.fetch('/api/v1/media/1/comments/');
    expect(calls.map((c) => c.args[0])).toEqual([req, url, '/api/v1/media/1/comments/']);
    expect(calls[0]!.args[0]).toBe(req);
    expect(calls[1]!.args[0]).toBe(url);
    await settle();
    expect(bodies.map((b) => b.url)).toEqual([req.url, url.href, 'https://www.instagram.com/api/v1/media/1/comments/']);
    expect(bodies.map((b) => b.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('takes the method from init over the Request, upper-cased', async () => {
    const { native } = replying(JSON_BODY);
    const wants = vi.fn(() => false);
    const { win } = fakeWindow(native, { wants });
    await win.fetch(new Request(GQL), { method: 'post' });
    expect(wants).toHaveBeenCalledWith(GQL, 'POST', null);
  });

  it.each([
    ['FormData', () => Object.assign(new FormData(), {}) as BodyInit, null],
    [
      'URLSearchParams',
      () => new URLSearchParams({ fb_api_req_friendly_name: 'PolarisPostRootQuery', variables: '{"a":1}' }) as BodyInit,
      'fb_api_req_friendly_name=PolarisPostRootQuery&variables=%7B%22a%22%3A1%7D',
    ],
    [
      'string',
      () => 'fb_api_req_friendly_name=PolarisPostRootQuery' as BodyInit,
      'fb_api_req_friendly_name=PolarisPostRootQuery',
    ],
    ['Blob', () => new Blob(['x=1']) as BodyInit, null],
  ])('init body %s: passed through as the same object; text only for strings and params', async (_name, make, text) => {
    const { native, calls } = replying(JSON_BODY);
    const wants = vi.fn(() => true);
    const { win, bodies } = fakeWindow(native, { wants });
    const body = make();
    const init = { method: 'POST', body };
    await win.fetch(GQL, init);
    expect(calls[0]!.args[1]).toBe(init);
    expect((calls[0]!.args[1] as { body: unknown }).body).toBe(body);
    expect(wants).toHaveBeenCalledWith(GQL, 'POST', text);
    await settle();
    expect(bodies[0]!.requestBody).toBe(text);
    if (body instanceof Blob) expect(await body.text()).toBe('x=1');
  });

  it('never runs a getter on init (reads own data properties only)', async () => {
    const { native } = replying(JSON_BODY);
    const { win, stats } = fakeWindow(native);
    const get = vi.fn(() => 'POST');
    const init = Object.defineProperty({}, 'method', { get, enumerable: true });
    await win.fetch(GQL, init);
    expect(get).not.toHaveBeenCalled();
    expect(stats.errors).toBe(0);
  });

  it('does not stringify an arbitrary input object a second time', async () => {
    const { native } = replying(JSON_BODY);
    const { win, stats } = fakeWindow(native);
    const toString = vi.fn(() => GQL);
    await win.fetch({ toString });
    expect(toString).not.toHaveBeenCalled();
    expect(stats.matched).toBe(0);
  });

  it('a rejected fetch (network error) rejects with the same error object, on the same promise', async () => {
    const err = new TypeError('Failed to fetch');
    let made: Promise<Response> | null = null;
    const { win, stats } = fakeWindow(() => (made = Promise.reject(err)));
    const p = win.fetch(GQL, { method: 'POST' });
    expect(p).toBe(made);
    await expect(p).rejects.toBe(err);
    await settle();
    expect(stats.failed).toBe(1);
    expect(stats.errors).toBe(0);
  });

  it('a synchronous throw from the native (bad this) propagates as the same object', () => {
    const err = new TypeError('Illegal invocation');
    const { win } = fakeWindow(() => {
      throw err;
    });
    expect(() => win.fetch(GQL)).toThrow(err);
  });

  it('aborted before the response: same rejection, same error object, nothing counted as our error', async () => {
    const ac = new AbortController();
    const native = (_input: unknown, init?: { signal?: AbortSignal }) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const { win, stats } = fakeWindow(native as (...args: unknown[]) => Promise<Response>);
    const p = win.fetch(GQL, { method: 'POST', signal: ac.signal });
    const reason = new DOMException('The user aborted a request.', 'AbortError');
    ac.abort(reason);
    await expect(p).rejects.toBe(reason);
    await settle();
    expect(stats).toMatchObject({ failed: 1, errors: 0, delivered: 0 });
  });

  it('aborted while the body streams: the site sees its own error; our clone read fails quietly', async () => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const { native } = replying(stream);
    const { win, stats } = fakeWindow(native);
    const res = await win.fetch(GQL, { method: 'POST' });
    const reading = res.text();
    const err = new DOMException('aborted', 'AbortError');
    controller.enqueue(new TextEncoder().encode('{"data":'));
    controller.error(err);
    await expect(reading).rejects.toBe(err);
    await settle();
    expect(stats).toMatchObject({ failed: 1, errors: 0, delivered: 0 });
  });

  it('keeps the order in which the site sees outcomes (its handlers run in registration order)', async () => {
    const { native } = replying(JSON_BODY);
    const { win } = fakeWindow(native);
    const order: string[] = [];
    const p = win.fetch(GQL, { method: 'POST' });
    void p.then(() => order.push('a'));
    void p.then(() => order.push('b'));
    await p;
    expect(order).toEqual(['a', 'b']);
  });
});

describe('fetch: what is read, and what is not', () => {
  it('non-matching requests are never cloned', async () => {
    const clone = vi.fn();
    const response = { bodyUsed: false, status: 200, headers: new Headers(), clone, text: () => Promise.resolve('{}') };
    const { win, stats } = fakeWindow(() => Promise.resolve(response as unknown as Response));
    await win.fetch('https://www.instagram.com/ajax/bz', { method: 'POST', body: 'x' });
    await win.fetch('https://static.cdninstagram.com/x.js');
    await settle();
    expect(clone).not.toHaveBeenCalled();
    expect(stats.matched).toBe(0);
  });

  it('never consumes the original body: the site can still read it after we did', async () => {
    const { native } = replying(JSON_BODY);
    const { win, bodies } = fakeWindow(native);
    const res = await win.fetch(GQL, { method: 'POST' });
    await settle();
    expect(bodies).toHaveLength(1);
    expect(res.bodyUsed).toBe(false);
    expect(await res.json()).toEqual(JSON.parse(JSON_BODY));
  });

  it('malformed JSON is handed over as text (parsing is the worker’s job)', async () => {
    const bad = 'for (;;);{"data":{"user":{"follower_count":1}';
    const { native } = replying(bad);
    const { win, bodies, stats } = fakeWindow(native);
    await win.fetch(GQL, { method: 'POST' });
    await settle();
    expect(bodies[0]!.body).toBe(bad);
    expect(stats.errors).toBe(0);
  });

  it('an empty 200 body is not handed on when markers are required, and is counted', async () => {
    const { native } = replying('');
    const { win, bodies, stats } = fakeWindow(native, { accept: (b) => b.includes('"follower_count"') });
    const res = await win.fetch(GQL, { method: 'POST' });
    expect(await res.text()).toBe('');
    await settle();
    expect(bodies).toEqual([]);
    expect(stats).toMatchObject({ matched: 1, unmarked: 1, errors: 0 });
  });

  it('a 5 MB body is skipped and counted (read, then too long)', async () => {
    const big = `{"data":"${'x'.repeat(5_000_000)}"}`;
    const { native } = replying(big);
    const { win, bodies, stats } = fakeWindow(native);
    const res = await win.fetch(GQL, { method: 'POST' });
    await settle();
    expect(bodies).toEqual([]);
    expect(stats.tooLarge).toBe(1);
    expect((await res.text()).length).toBe(big.length);
  });

  it('a body announced larger than the cap by content-length is not even cloned', async () => {
    const clone = vi.fn();
    const response = { bodyUsed: false, status: 200, headers: new Headers({ 'content-length': '5000000' }), clone };
    const { win, stats } = fakeWindow(() => Promise.resolve(response as unknown as Response));
    await win.fetch(GQL, { method: 'POST' });
    await settle();
    expect(clone).not.toHaveBeenCalled();
    expect(stats.tooLarge).toBe(1);
  });

  it('hostile strings pass through verbatim, to the site and to us', async () => {
    const hostile = [
      '</script><script>alert(1)</script>',
      '\u2028\u2029\u0000\uFEFF',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
      '\n\n{"comments":[]}\n',
      '"'.repeat(1000) + '\\'.repeat(1000),
      '🙂'.repeat(500) + 'é́́',
    ];
    for (const text of hostile) {
      const { native } = replying(text);
      const { win, bodies, stats } = fakeWindow(native);
      const res = await win.fetch(GQL, { method: 'POST', body: 'variables=' + encodeURIComponent(text) });
      expect(await res.text()).toBe(text);
      await settle();
      expect(bodies[0]!.body).toBe(text);
      expect(stats.errors).toBe(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('skips a body the site already consumed', async () => {
    const response = { bodyUsed: true, status: 200, headers: new Headers(), clone: vi.fn() };
    const { win, stats } = fakeWindow(() => Promise.resolve(response as unknown as Response));
    await win.fetch(GQL, { method: 'POST' });
    await settle();
    expect(response.clone).not.toHaveBeenCalled();
    expect(stats.unreadable).toBe(1);
  });

  it('strips session tokens and the viewer id from the handed-over request body, and cuts it', async () => {
    const { native } = replying(JSON_BODY);
    const { win, bodies } = fakeWindow(native);
    const body = `av=17841&__user=0&__dyn=${'d'.repeat(30_000)}&fb_dtsg=SECRET&lsd=TOKEN&jazoest=2&__spin_r=1&fb_api_req_friendly_name=PolarisProfilePostsQuery&variables=%7B%22id%22%3A%2242%22%7D&doc_id=9`;
    await win.fetch(GQL, { method: 'POST', body });
    await settle();
    expect(bodies[0]!.requestBody).toBe(
      'fb_api_req_friendly_name=PolarisProfilePostsQuery&variables=%7B%22id%22%3A%2242%22%7D&doc_id=9',
    );
    await win.fetch(GQL, { method: 'POST', body: 'variables=' + 'v'.repeat(20_000) });
    await settle();
    expect(bodies[1]!.requestBody).toHaveLength(16_384);
  });
});

describe('errors inside the observer', () => {
  it('an exception in onBody is counted and swallowed; the site gets its response', async () => {
    const { native } = replying(JSON_BODY);
    const { win, stats } = fakeWindow(native, {
      onBody: () => {
        throw new Error('consumer bug');
      },
    });
    const res = await win.fetch(GQL, { method: 'POST' });
    expect(await res.text()).toBe(JSON_BODY);
    await settle();
    expect(stats.errors).toBe(1);
  });

  it('an exception in the filter is counted and swallowed (fetch and XHR)', async () => {
    const { native, promises } = replying(JSON_BODY);
    const { win, stats } = fakeWindow(native, {
      wants: () => {
        throw new Error('filter bug');
      },
    });
    const p = win.fetch(GQL);
    expect(p).toBe(promises[0]);
    await p;
    const xhr = new win.XMLHttpRequest();
    xhr.open('GET', '/api/x');
    expect(xhr.send()).toBe(SEND_RETURN);
    await settle();
    expect(stats.errors).toBe(2);
  });

  it('an exception in accept is counted and swallowed', async () => {
    const { native } = replying(JSON_BODY);
    const { win, stats, bodies } = fakeWindow(native, {
      accept: () => {
        throw new Error('marker bug');
      },
    });
    await win.fetch(GQL, { method: 'POST' });
    await settle();
    expect(bodies).toEqual([]);
    expect(stats.errors).toBe(1);
  });
});

describe('wrapping', () => {
  it('toString, name and length look like the wrapped function; no prototype; not a constructor', () => {
    // A bound function stringifies as native code, like the real fetch.
    const nativeLike = Object.defineProperty(function () {}.bind(null), 'name', { value: 'fetch' });
    Object.defineProperty(nativeLike, 'length', { value: 1 });
    const { win } = fakeWindow(nativeLike as unknown as () => Promise<Response>);
    const w = win.fetch as unknown as (...a: unknown[]) => unknown;
    expect(w).not.toBe(nativeLike);
    expect(String(w)).toBe(Function.prototype.toString.call(nativeLike));
    expect(`${w}`).toMatch(/\[native code\]/);
    expect(w.toString.toString()).toBe(Function.prototype.toString.call(Function.prototype.toString));
    expect(w.name).toBe('fetch');
    expect(w.length).toBe(1);
    expect(Object.prototype.hasOwnProperty.call(w, 'prototype')).toBe(false);
    expect(Object.keys(w)).toEqual([]);
    expect(() => new (w as unknown as new () => unknown)()).toThrow(TypeError);
    const open = win.XMLHttpRequest.prototype.open;
    expect(String(open)).toBe(Function.prototype.toString.call(FakeXhr.prototype.open));
    expect(open.name).toBe('open');
    expect(open.length).toBe(FakeXhr.prototype.open.length);
    expect(win.XMLHttpRequest.prototype.send.name).toBe('send');
  });

  it('wraps a fetch the site replaced before us, and reflects it in toString', async () => {
    const { native, calls } = replying(JSON_BODY);
    const siteFetch = function siteFetch(this: unknown, ...args: unknown[]) {
      return native.apply(this, ['https://www.instagram.com/api/v1/feed/user/1/', ...args.slice(1)]);
    };
    const { win, bodies } = fakeWindow(siteFetch);
    expect(String(win.fetch)).toBe(Function.prototype.toString.call(siteFetch));
    expect(win.fetch.name).toBe('siteFetch');
    await win.fetch('https://www.instagram.com/api/v1/feed/user/1/');
    await settle();
    expect(calls).toHaveLength(1);
    expect(bodies).toHaveLength(1);
  });

  it('installing twice does not double-wrap, and returns the same handle', async () => {
    const { native } = replying(JSON_BODY);
    const { win, bodies } = fakeWindow(native);
    const fetch1 = win.fetch;
    const open1 = win.XMLHttpRequest.prototype.open;
    const second = installObserver(win, { wants: () => true, onBody: () => bodies.push(bodies[0]!) });
    expect(win.fetch).toBe(fetch1);
    expect(win.XMLHttpRequest.prototype.open).toBe(open1);
    await win.fetch(GQL, { method: 'POST' });
    await settle();
    expect(bodies).toHaveLength(1);
    expect(second.stats.delivered).toBe(1);
    expect(Object.getOwnPropertySymbols(win).every((s) => !Object.getOwnPropertyDescriptor(win, s)!.enumerable)).toBe(
      true,
    );
  });

  it('a window without fetch or XMLHttpRequest is left alone', () => {
    const win = { location: { href: 'https://www.tiktok.com/' } };
    const { stats } = installObserver(win, { wants: () => true, onBody: () => undefined });
    expect(stats.errors).toBe(0);
    expect(Object.keys(win)).toEqual(['location']);
  });
});

describe('XMLHttpRequest', () => {
  const body = '{"data":{"xdt_api__v1__feed__user_timeline_graphql_connection":{"edges":[]}}}';

  it.each([
    ['', true],
    ['text', true],
    ['json', false],
    ['blob', false],
    ['arraybuffer', false],
  ] as const)('responseType %j: handed over = %s; the site reads its response as usual', async (type, handed) => {
    setXhrResponder(() => ({ status: 200, text: body }));
    const { win, bodies, stats } = fakeWindow(() => Promise.reject(new Error('unused')));
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', '/graphql/query');
    xhr.responseType = type;
    const seen: unknown[] = [];
    xhr.addEventListener('load', () => seen.push(xhr.response));
    xhr.send('fb_api_req_friendly_name=PolarisProfilePostsQuery');
    await settle();
    expect(seen).toHaveLength(1);
    if (type === 'json') expect(seen[0]).toEqual(JSON.parse(body));
    expect(bodies).toHaveLength(handed ? 1 : 0);
    if (handed)
      expect(bodies[0]).toEqual({
        url: GQL,
        method: 'POST',
        requestBody: 'fb_api_req_friendly_name=PolarisProfilePostsQuery',
        status: 200,
        body,
      });
    else expect(stats.unreadable).toBe(1);
    expect(stats.errors).toBe(0);
  });

  it('calls the saved natives with the right this and returns their values; a detached send throws as the native does', () => {
    setXhrResponder(() => ({ status: 200, text: body }));
    const { win } = fakeWindow(() => Promise.reject(new Error('unused')));
    const xhr = new win.XMLHttpRequest();
    xhr.open('GET', '/api/v1/feed/user/1/');
    FakeXhr.sendThis = [];
    expect(xhr.send()).toBe(SEND_RETURN);
    expect(FakeXhr.sendThis).toEqual([xhr]);
    const detached = xhr.send;
    expect(() => (detached as () => unknown)()).toThrow(new TypeError('Illegal invocation'));
    expect(() => win.XMLHttpRequest.prototype.send.call({})).toThrow(TypeError);
    expect(() => win.XMLHttpRequest.prototype.open.call(undefined, 'GET', '/x')).toThrow(TypeError);
    // Stored on the prototype, as TikTok's code expects (SITE-DATA §3 hoverzoom note).
    expect(Object.prototype.hasOwnProperty.call(xhr, 'send')).toBe(false);
  });

  it('a native open/send error propagates as the same object, and nothing is observed', () => {
    const { win, stats } = fakeWindow(() => Promise.reject(new Error('unused')));
    const xhr = new win.XMLHttpRequest();
    expect(() => xhr.open('GE T', '/api/x')).toThrow(SyntaxError);
    let thrown: unknown;
    try {
      xhr.send();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DOMException);
    expect(stats).toMatchObject({ matched: 0, errors: 0 });
  });

  it('a synchronous XHR is observed (load fires inside send)', () => {
    setXhrResponder(() => ({ status: 200, text: body }));
    const { win, bodies } = fakeWindow(() => Promise.reject(new Error('unused')));
    const xhr = new win.XMLHttpRequest();
    xhr.open('GET', 'https://www.instagram.com/api/v1/feed/user/1/', false);
    xhr.send(null);
    expect(bodies).toHaveLength(1);
  });

  it('non-matching requests add no listener and read nothing', async () => {
    setXhrResponder(() => ({ status: 200, text: body }));
    const { win, stats } = fakeWindow(() => Promise.reject(new Error('unused')));
    const xhr = new win.XMLHttpRequest();
    const add = vi.spyOn(xhr, 'addEventListener');
    const text = vi.spyOn(xhr, 'responseText', 'get');
    xhr.open('GET', 'https://www.instagram.com/static/x.js');
    xhr.send();
    await settle();
    expect(add).not.toHaveBeenCalled();
    expect(text).not.toHaveBeenCalled();
    expect(stats.matched).toBe(0);
  });

  it('a body over the cap is skipped by content-length and by length', async () => {
    const { win, bodies, stats } = fakeWindow(() => Promise.reject(new Error('unused')), { maxBody: 100 });
    setXhrResponder(() => ({ status: 200, text: body, headers: { 'Content-Length': '5000000' } }));
    const a = new win.XMLHttpRequest();
    a.open('GET', '/api/a');
    a.send();
    await settle();
    setXhrResponder(() => ({ status: 200, text: 'x'.repeat(101) }));
    const b = new win.XMLHttpRequest();
    b.open('GET', '/api/b');
    b.send();
    await settle();
    expect(bodies).toEqual([]);
    expect(stats.tooLarge).toBe(2);
  });

  it('re-opening the same object for another request drops the old listener’s claim', async () => {
    setXhrResponder((_m, url) => ({ status: 200, text: url }));
    const { win, bodies } = fakeWindow(() => Promise.reject(new Error('unused')));
    const xhr = new win.XMLHttpRequest();
    xhr.open('GET', '/api/first');
    xhr.send();
    xhr.open('GET', '/static/second.js');
    xhr.send();
    await settle();
    expect(bodies.map((b) => b.body)).not.toContain('/static/second.js');
  });

  it('URLSearchParams bodies are read with the saved native toString', async () => {
    setXhrResponder(() => ({ status: 200, text: body }));
    const { win, bodies } = fakeWindow(() => Promise.reject(new Error('unused')));
    const params = new URLSearchParams({ fb_api_req_friendly_name: 'PolarisProfilePostsQuery', variables: '{}' });
    params.toString = () => 'patched';
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', GQL);
    xhr.send(params);
    await settle();
    expect(bodies[0]!.requestBody).toBe('fb_api_req_friendly_name=PolarisProfilePostsQuery&variables=%7B%7D');
  });
});

describe('property: the site reads exactly what it would without the observer', () => {
  const NULL_BODY = new Set([204, 205, 304]);
  it('text, status and headers, and the same promise object', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 2000 }),
          fc.json(),
          fc.string({ maxLength: 50 }).map((s) => `{"data":{"user":{"follower_count":1}},"s":${JSON.stringify(s)}}`),
          fc.integer({ min: 100_000, max: 300_000 }).map((n) => '{"comments":[' + '0,'.repeat(n) + '1]}'),
        ),
        fc.integer({ min: 200, max: 599 }).filter((s) => !NULL_BODY.has(s)),
        fc.constantFrom(GQL, 'https://www.instagram.com/static/x.js', '/api/v1/feed/user/1/'),
        fc.boolean(),
        async (text, status, url, markers) => {
          const make = () =>
            new Response(text, { status, headers: { 'x-test': 'h', 'content-type': 'application/json' } });
          const plain = make();
          let made: Promise<Response> | null = null;
          const { win, bodies, stats } = fakeWindow(
            () => (made = Promise.resolve(make())),
            markers ? { accept: (b) => b.includes('"follower_count"') } : {},
          );
          const p = win.fetch(url, { method: 'POST' });
          expect(p).toBe(made);
          const observed = await p;
          expect(observed.status).toBe(plain.status);
          expect([...observed.headers]).toEqual([...plain.headers]);
          expect(await observed.text()).toBe(await plain.text());
          await settle(2);
          expect(stats.errors).toBe(0);
          for (const b of bodies) expect(b.body).toBe(await make().text());
        },
      ),
      { numRuns: 60 },
    );
  });
});
