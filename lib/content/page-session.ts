import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage, type DetectedPage } from '@/adapters/detect';
import type { Snapshot } from '@/core/page/snapshot';
import { overlayMessage, overlayStateOf } from '@/components/overlay/model';
import { tabEventSchema, validateWithoutEval } from '@/lib/replies';
import { DisconnectedError, sendPageLeft, sendPageRead, sendPostsAdded, sendSaveCurrent } from './messaging';
import { mountOverlay } from './overlay-host';
import { createOverlayStore, type OverlayStore } from './overlay-store';
import { PostTracker } from './incremental';
import { ViewSync } from './view-sync';
import { observeAdded } from './observe-added';
import type { PlatformAdapter } from './types';
import type { ReadOptions } from '@/adapters/common/json';
import { waitFor } from './wait-for';
import { ApiKnowledge } from '@/adapters/common/api-knowledge';
import { withApiFacts } from '@/adapters/common/api-merge';
import { startApiInbox } from './api-inbox';
import type { ApiFacts } from '@/adapters/common/api';
import { changeOf } from './snapshot-change';

type OverlayUi = Awaited<ReturnType<typeof mountOverlay>>;

const LOADING_GRACE_MS = 300;

/**
 * One content script run: a page view starts at load and at every in-site
 * navigation (`wxt:locationchange`); each has its own AbortController, so the
 * observers of the previous view are gone before the next one starts.
 */
export function startPageSessions(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  validateWithoutEval();
  const store = createOverlayStore(adapter.platform);
  let ui: OverlayUi | null = null;
  let view: AbortController | null = null;
  // What the site's own API responses said in this tab (lib/page-world/): kept
  // across in-site hops, so data the site prefetched for the next creator is
  // there when the marketer gets to them.
  const knowledge = new ApiKnowledge();
  // The page this document was loaded for: its embedded JSON describes it, and no page reached by an in-site hop.
  const loadedPage = detectPage(location.href);
  let onApiFacts: ((touched: ReturnType<ApiKnowledge['ingest']>) => void) | null = null;

  /** Anything but "loading" is worth showing: the overlay appears, if it was waiting. */
  const setModel = (patch: Partial<ReturnType<OverlayStore['getState']>['model']>) => {
    store.setState((s) => ({ model: { ...s.model, ...patch } }));
    if (store.getState().model.state !== 'loading') reveal();
  };

  const disconnect = () => {
    view?.abort();
    setModel({ state: 'disconnected', saving: false, message: new DisconnectedError().message });
  };

  const save = () => {
    setModel({ saving: true });
    sendSaveCurrent().then(
      (result) => setModel({ saving: false, saved: result.ok, message: result.ok ? null : result.error }),
      (error: unknown) => (error instanceof DisconnectedError ? disconnect() : setModel({ saving: false })),
    );
  };

  // WXT's mount() runs onMount again even when mounted (that added a store
  // subscription and a render root every SPA hop): mount only when not.
  const reveal = () => {
    if (ui && !ui.mounted) ui.mount();
  };

  /**
   * The overlay is drawn once, with its figures, when they come within
   * LOADING_GRACE_MS of a page load (they usually do): no "Reading profile…"
   * card drawn and laid out only to be replaced. After an in-site hop it is
   * already on the page and says "loading" at once, so the last creator's
   * figures never stand beside the next creator.
   */
  const show = async (signal: AbortSignal) => {
    ui ??= await mountOverlay(ctx, store, save);
    if (ui.mounted || signal.aborted) return;
    const timer = setTimeout(reveal, LOADING_GRACE_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };

  const startView = async (url: string) => {
    view?.abort();
    const controller = new AbortController();
    view = controller;
    const page = detectPage(url);
    if (!page || page.platform !== adapter.platform) {
      ui?.remove();
      await sendPageLeft(url).catch(() => undefined);
      return;
    }
    store.setState({
      snapshot: null,
      model: {
        state: 'loading',
        platform: adapter.platform,
        handle: page.handle,
        analysis: null,
        text: null,
        message: null,
        saved: false,
        saving: false,
      },
    });
    await show(controller.signal);
    const options = { embeddedJson: samePage(loadedPage, page) };
    const withApi = (base: Snapshot | null) => withApiFacts(base, page, location.href, Date.now(), knowledge);
    const first = await waitFor(() => readWhenRendered(adapter, page, url, knowledge, options), controller.signal);
    if (controller.signal.aborted) return;
    let tracker: PostTracker | null = null;
    /** The snapshot last handed to the worker (the page's reading joined with the API's). */
    let sent: Snapshot | null = null;
    const sync = new ViewSync({
      sendPageRead,
      sendPostsAdded,
      signal: controller.signal,
      onAnswer: (snapshot, response) => {
        if (!response.ok) {
          setModel({ state: 'unavailable', message: response.error });
          return;
        }
        const state = overlayStateOf(response.analysis, snapshot);
        setModel({
          state,
          handle: snapshot.handle,
          analysis: response.analysis,
          text: response.text,
          saved: response.saved,
          message: overlayMessage(state, response.analysis.status, snapshot),
        });
      },
      onError: (error) => {
        if (error instanceof DisconnectedError) disconnect();
        else setModel({ state: 'unavailable', message: 'Creator Scout could not analyse this page.' });
      },
    });
    /** Sends what changed: posts appended alone (posts-added), anything else whole. */
    const sendJoined = (base: Snapshot) => {
      const joined = withApi(base) ?? base;
      const change = changeOf(sent, joined);
      sent = joined;
      store.setState({ snapshot: joined });
      if (change.kind === 'same') return Promise.resolve();
      return change.kind === 'appended' ? sync.added(joined, change.posts) : sync.whole(joined);
    };
    const readAndSend = (read: Snapshot | null) => {
      const snapshot = read ?? withApi(null);
      if (!snapshot) {
        setModel({ state: 'unavailable', message: 'Creator Scout could not read this page.' });
        return Promise.resolve();
      }
      if (tracker) tracker.reset(snapshot);
      else tracker = new PostTracker(snapshot);
      sent = null;
      return sendJoined(snapshot);
    };
    const fullRead = () => readAndSend(adapter.read(document, location.href, Date.now(), options));
    // The API told something new about this page's creator or post: join it.
    onApiFacts = (touched) => {
      if (controller.signal.aborted) return;
      const handle = sent?.handle ?? page.handle;
      const about =
        (handle !== null && touched.handles.has(handle)) || (page.postId !== null && touched.postIds.has(page.postId));
      if (!about) return;
      if (tracker) void sendJoined(tracker.current);
      else void readAndSend(null);
    };
    await readAndSend(first ?? adapter.read(document, url, Date.now(), options));
    // Infinite scroll and late rendering: new tiles are read from the added
    // nodes alone; only a changed header (or a flood of nodes) reads the page again.
    observeAdded((batch) => {
      if (controller.signal.aborted) return;
      const update = tracker ? tracker.apply(batch, adapter, document) : ({ kind: 'full' } as const);
      if (update.kind === 'full') void fullRead();
      else if (update.kind === 'snapshot') void sendJoined(update.snapshot);
    }, controller.signal);
  };

  // Bodies of the site's own API responses, from the page-world observer
  // (entrypoints/page-world.content.ts), parsed here at idle time. Facts are
  // kept even before a view listens: the view about to start reads them.
  const ingest = (facts: ApiFacts) => {
    // Not inside `onApiFacts?.(…)`: an optional call skips its argument when there is no listener.
    const touched = knowledge.ingest(facts);
    onApiFacts?.(touched);
  };
  startApiInbox(document, adapter.parseApi, ingest, ctx.signal);
  browser.runtime.onMessage.addListener((message) => {
    const event = tabEventSchema.safeParse(message);
    if (event.success && store.getState().snapshot) setModel({ saved: event.data.saved });
    return undefined;
  });
  // Once, not per view: a per-view registration would keep every past view's
  // observers and listeners reachable for the life of the tab.
  ctx.onInvalidated(() => view?.abort());
  // An extension reload or update orphans this script and no event says so.
  // Check when the marketer comes back to the tab (from chrome://extensions,
  // say) rather than polling; a Save click finds out too (messaging.ts).
  const checkRuntime = () => {
    if (!browser.runtime?.id && store.getState().model.state !== 'disconnected') disconnect();
  };
  ctx.addEventListener(document, 'visibilitychange', checkRuntime);
  ctx.addEventListener(window, 'focus', checkRuntime);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void startView(newUrl.href));
  void startView(location.href);
}

/**
 * After in-site navigation the old profile stays in the DOM for a moment:
 * only read once the page shows the profile the URL names (or, on a post,
 * once the post is there).
 */
function samePage(a: DetectedPage | null, b: DetectedPage): boolean {
  return (
    a !== null &&
    a.platform === b.platform &&
    a.pageKind === b.pageKind &&
    a.handle === b.handle &&
    a.postId === b.postId
  );
}

function readWhenRendered(
  adapter: PlatformAdapter,
  page: DetectedPage,
  url: string,
  knowledge: ApiKnowledge,
  options: ReadOptions,
): Snapshot | null {
  // The site's API already described this creator or post: no need to wait
  // for its DOM (the adapter reads no header or grid that is not this one's).
  const known =
    page.pageKind === 'post'
      ? page.postId !== null && knowledge.post(page.postId) !== null
      : page.handle !== null && knowledge.user(page.handle) !== null;
  if (page.pageKind === 'post') {
    const snapshot = adapter.read(document, url, Date.now(), options);
    if (known) return snapshot ?? withApiFacts(null, page, url, Date.now(), knowledge);
    if (!snapshot || snapshot.status === 'unreadable') return null;
    return page.postId === null || snapshot.posts.some((post) => post.id === page.postId) ? snapshot : null;
  }
  const rendered = adapter.renderedHandle(document);
  // The previous profile is still on screen: wait for the new one (unless the API described this one).
  if (rendered !== null && rendered !== page.handle && !known) return null;
  const snapshot = adapter.read(document, url, Date.now(), options);
  if (!snapshot || rendered === page.handle || known) return snapshot;
  // No header yet: trust only what does not depend on it — embedded JSON that
  // names this handle, or a page that says the profile is missing or walled.
  const fromJson = snapshot.profile.followers?.source === 'json';
  return fromJson || snapshot.status === 'not-found' || snapshot.status === 'login-wall' ? snapshot : null;
}
