import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiBody } from '../../adapters/common/api';
import { hasRootMarker } from '../../adapters/common/api';
import { INSTAGRAM_ROOT_MARKERS, wantsInstagramRequest } from '../../adapters/instagram/api-routes';
import { TIKTOK_ROOT_MARKERS, wantsTikTokRequest } from '../../adapters/tiktok/api-routes';
import { BODY_EVENT, HELLO_EVENT, READY_EVENT, decodeBody, encodeBody, listenForBodies, startPageSide } from './bridge';
import { installObserver, type ObservedWindow } from './observer';

const sample = (n: number, body = `{"comments":[${n}]}`): ApiBody => ({
  url: `https://www.instagram.com/api/v1/media/${n}/comments/`,
  method: 'GET',
  requestBody: null,
  status: 200,
  body,
});

/** Each test gets its own document, so listeners of one test never see another's events. */
let windows: Window[] = [];
function freshDocument(url = 'https://www.instagram.com/some.creator/'): Document {
  const win = new Window({ url });
  windows.push(win);
  return win.document as unknown as Document;
}
afterEach(async () => {
  for (const w of windows) await w.happyDOM.close();
  windows = [];
});

describe('encode / decode', () => {
  it('round-trips any body and metadata, newlines and hostile text included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.option(fc.string({ unit: 'binary', maxLength: 500 }), { nil: null }),
        fc.webUrl({ validSchemes: ['https'] }),
        fc.constantFrom('GET', 'POST'),
        fc.integer({ min: 0, max: 999 }),
        (body, requestBody, url, method, status) => {
          const b: ApiBody = { url, method, requestBody, status, body };
          expect(decodeBody(encodeBody(b))).toEqual(b);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a number', 42],
    ['an object', { url: 'https://www.instagram.com/' }],
    ['null', null],
    ['no newline', '[1,"https://x/","GET",200,null]'],
    ['empty head', '\n{}'],
    ['bad JSON head', '[1,"https://x/",\n{}'],
    ['wrong version', '[2,"https://x/","GET",200,null]\n{}'],
    ['wrong arity', '[1,"https://x/","GET",200]\n{}'],
    ['http url', '[1,"http://www.instagram.com/","GET",200,null]\n{}'],
    ['javascript url', '[1,"javascript:alert(1)","GET",200,null]\n{}'],
    ['lower-case method', '[1,"https://x/","get",200,null]\n{}'],
    ['method with space', '[1,"https://x/","GE T",200,null]\n{}'],
    ['fractional status', '[1,"https://x/","GET",200.5,null]\n{}'],
    ['negative status', '[1,"https://x/","GET",-1,null]\n{}'],
    ['status as string', '[1,"https://x/","GET","200",null]\n{}'],
    ['request body object', '[1,"https://x/","GET",200,{}]\n{}'],
    ['request body too long', `[1,"https://x/","GET",200,"${'a'.repeat(20_000)}"]\n{}`],
    ['proto pollution head', '{"__proto__":{"x":1}}\n{}'],
  ])('drops junk: %s', (_name, detail) => {
    expect(decodeBody(detail)).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('drops an oversize body', () => {
    expect(decodeBody('[1,"https://x/","GET",200,null]\n' + 'x'.repeat(4_000_001))).toBeNull();
  });
});

describe('page side ↔ isolated side', () => {
  it('buffers until the isolated side is ready, flushes in order, then sends directly', () => {
    const doc = freshDocument();
    const page = startPageSide(doc);
    page.send(sample(1));
    page.send(sample(2));
    const got: ApiBody[] = [];
    listenForBodies(doc, (b) => got.push(b));
    expect(got).toEqual([sample(1), sample(2)]);
    page.send(sample(3));
    expect(got).toEqual([sample(1), sample(2), sample(3)]);
    expect(page.stats).toEqual({ sent: 3, buffered: 2, dropped: 0 });
  });

  it('the buffer is bounded by count and size; oldest dropped, drops counted', () => {
    const doc = freshDocument();
    const page = startPageSide(doc, { maxBuffered: 3, maxBufferedChars: 1000 });
    for (let i = 1; i <= 5; i++) page.send(sample(i));
    page.send(sample(6, `{"comments":"${'x'.repeat(700)}"}`));
    page.send(sample(7, 'x'.repeat(2000)));
    const got: ApiBody[] = [];
    listenForBodies(doc, (b) => got.push(b));
    expect(got.map((b) => b.url.match(/media\/(\d+)/)![1])).toEqual(['4', '5', '6']);
    // 1 and 2 by count, 3 to make room for 6, and 7 alone is over the size cap.
    expect(page.stats.dropped).toBe(4);
  });

  it('an isolated side that starts first is answered: the page side says HELLO, gets READY, sends directly', () => {
    const doc = freshDocument();
    const got: ApiBody[] = [];
    listenForBodies(doc, (b) => got.push(b));
    const page = startPageSide(doc);
    page.send(sample(1));
    expect(got).toEqual([sample(1)]);
    expect(page.stats.buffered).toBe(0);
  });

  it('junk events with the same name are dropped without throwing', () => {
    const doc = freshDocument();
    const got: ApiBody[] = [];
    const errors: unknown[] = [];
    doc.defaultView!.addEventListener('error', (e) => errors.push(e));
    listenForBodies(doc, (b) => got.push(b));
    const Custom = doc.defaultView!.CustomEvent;
    for (const detail of [undefined, null, 7, { a: 1 }, ['x'], 'no newline', '[1]\n', '\n\n\n']) {
      doc.dispatchEvent(new Custom(BODY_EVENT, { detail }));
    }
    doc.dispatchEvent(new doc.defaultView!.Event(BODY_EVENT));
    expect(got).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('stops listening when the signal aborts', () => {
    const doc = freshDocument();
    const ac = new AbortController();
    const got: ApiBody[] = [];
    listenForBodies(doc, (b) => got.push(b), ac.signal);
    const page = startPageSide(doc);
    ac.abort();
    page.send(sample(1));
    expect(got).toEqual([]);
    let readies = 0;
    doc.addEventListener(READY_EVENT, () => readies++);
    doc.dispatchEvent(new doc.defaultView!.CustomEvent(HELLO_EVENT));
    expect(readies).toBe(0);
  });
});

describe('observer + bridge in a happy-dom window (its own fetch and XMLHttpRequest)', () => {
  function site(url: string, respond: (req: Request) => { body: string; status?: number }) {
    const win = new Window({
      url,
      settings: {
        fetch: {
          interceptor: {
            // Answer every request locally: tests never touch the network.
            beforeAsyncRequest: async ({ request, window }) => {
              const { body, status = 200 } = respond(request as unknown as Request);
              return new window.Response(body, { status, headers: { 'content-type': 'application/json' } });
            },
          },
        },
      },
    });
    windows.push(win);
    return win;
  }

  it('Instagram: a GraphQL XHR and a REST fetch reach the isolated side; other requests do not', async () => {
    const profile = '{"data":{"user":{"username":"a","follower_count":12}}}';
    const win = site('https://www.instagram.com/a/', (req) =>
      req.url.includes('graphql')
        ? { body: profile }
        : req.url.includes('/api/v1/')
          ? { body: '{"comments":[]}' }
          : { body: '{"x":1}' },
    );
    const doc = win.document as unknown as Document;
    const page = startPageSide(doc);
    const { stats } = installObserver(win as unknown as ObservedWindow, {
      wants: wantsInstagramRequest,
      accept: (b) => hasRootMarker(b, INSTAGRAM_ROOT_MARKERS),
      onBody: page.send,
    });
    const got: ApiBody[] = [];
    // Responses arrive before the isolated script (document_idle) listens.
    const xhr = new win.XMLHttpRequest();
    const loaded = new Promise((r) => xhr.addEventListener('load', r));
    xhr.open('POST', '/graphql/query');
    xhr.setRequestHeader('content-type', 'application/x-www-form-urlencoded');
    xhr.send(
      'fb_api_req_friendly_name=PolarisProfilePageContentQuery&variables=%7B%22id%22%3A%221%22%7D&fb_dtsg=SECRET',
    );
    await loaded;
    expect(xhr.responseText).toBe(profile);
    const res = await win.fetch('/api/v1/media/1/comments/');
    expect(await res.text()).toBe('{"comments":[]}');
    expect(await (await win.fetch('/ajax/other/')).text()).toBe('{"x":1}');
    await new Promise((r) => setTimeout(r, 20));
    listenForBodies(doc, (b) => got.push(b));
    expect(got).toEqual([
      {
        url: 'https://www.instagram.com/graphql/query',
        method: 'POST',
        requestBody: 'fb_api_req_friendly_name=PolarisProfilePageContentQuery&variables=%7B%22id%22%3A%221%22%7D',
        status: 200,
        body: profile,
      },
      {
        url: 'https://www.instagram.com/api/v1/media/1/comments/',
        method: 'GET',
        requestBody: null,
        status: 200,
        body: '{"comments":[]}',
      },
    ]);
    expect(stats).toMatchObject({ matched: 2, delivered: 2, errors: 0 });
  });

  it('TikTok: an empty 200 (unsigned call) is not sent on; a real item list is', async () => {
    let n = 0;
    const win = site('https://www.tiktok.com/@a', () => ({ body: n++ === 0 ? '' : '{"itemList":[],"hasMore":false}' }));
    const doc = win.document as unknown as Document;
    const got: ApiBody[] = [];
    listenForBodies(doc, (b) => got.push(b));
    const page = startPageSide(doc);
    const { stats } = installObserver(win as unknown as ObservedWindow, {
      wants: wantsTikTokRequest,
      accept: (b) => hasRootMarker(b, TIKTOK_ROOT_MARKERS),
      onBody: page.send,
    });
    await (await win.fetch('https://www.tiktok.com/api/post/item_list/?secUid=x')).text();
    await (await win.fetch('https://www.tiktok.com/api/post/item_list/?secUid=x&cursor=1')).text();
    await new Promise((r) => setTimeout(r, 20));
    expect(got.map((b) => b.body)).toEqual(['{"itemList":[],"hasMore":false}']);
    expect(stats).toMatchObject({ matched: 2, unmarked: 1, delivered: 1, errors: 0 });
  });
});
