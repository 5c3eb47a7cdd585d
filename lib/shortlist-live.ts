import Dexie, { type ObservabilitySet } from 'dexie';
import { currentFigures, listedOf, type ListedRow } from '@/core/shortlist/shortlist-row';
import type { RowContext } from '@/core/shortlist/shortlist-row-compute';
import type { RowBucketRecord, ScoutDb } from './db';
import { changedKeys } from './db-changes';
import { computeRows, type ComputeResult } from './shortlist-compute';
import { bucketOf, decodeBuckets, readRowBuckets } from './shortlist-rows';

/**
 * The shortlist as one extension page sees it, kept current without ever
 * re-reading every entry:
 * - it opens by reading the list rows only (lib/shortlist-rows.ts);
 * - a change anywhere (this page, another tab, the background) re-reads only
 *   the row buckets it touched, as Dexie reports them ('storagemutated');
 * - rows whose figures are not current under this page's settings, and
 *   entries without a row (after an upgrade, or written around lib/), are
 *   computed from their full entries in small chunks, a bucket at a time,
 *   yielding to the page between chunks.
 * Entries that fail validation are collected as they are met, never deleted.
 */

export interface ShortlistLiveState {
  /** The stored rows have been read once. */
  loaded: boolean;
  /** Entries and rows have been matched once: until then an empty list may not be empty. */
  reconciled: boolean;
  /** Every row, in key order. Their figures are only to be shown if current (see `fingerprint`). */
  rows: readonly ListedRow[];
  /** Stored entries that failed validation, as stored. */
  unreadable: readonly unknown[];
  /** The fingerprint figures must have to be current; null until the settings are known. */
  fingerprint: string | null;
  /** Creators whose row is being computed or waits to be. */
  pending: number;
  /** Why the last chunk failed, until one succeeds. */
  error: string | null;
}

/** A preloaded read not used by then is let go. */
const PRELOAD_KEEP_MS = 60_000;
/** Aim for chunks whose analysing takes about this long, so the page answers input between them. */
const CHUNK_MS = 25;
/** While computing, the list is told of progress at most this often (each telling re-sorts it). */
const PROGRESS_MS = 500;
/** A chunk rewrites at most this many buckets. */
const BUCKETS_PER_CHUNK = 8;
/** Past this many changed entries at once, match all keys instead of checking each. */
const VERIFY_AT_MOST = 200;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ShortlistLive {
  private readonly byBucket = new Map<number, Map<string, ListedRow>>();
  private readonly unreadable = new Map<string, unknown>();
  private readonly queue = new Map<number, Set<string>>();
  private readonly inFlight = new Set<string>();
  /** Saved creators found without a row, being built. */
  private readonly building = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly waiters = new Set<() => void>();
  private ctx: RowContext | null = null;
  private dirty: Set<number> | 'all' | null = null;
  private reading = false;
  private pumping = false;
  private stopped = true;
  private reconcileAgain = false;
  private reconciling = false;
  private chunkSize = 32;
  private lastProgress = 0;
  private emitTimer: ReturnType<typeof setTimeout> | undefined;
  private preloaded: Promise<RowBucketRecord[]> | null = null;
  private preloadStale = false;
  private preferred: readonly string[] = [];
  private rowsCache: ListedRow[] | null = null;
  private state: ShortlistLiveState = {
    loaded: false,
    reconciled: false,
    rows: [],
    unreadable: [],
    fingerprint: null,
    pending: 0,
    error: null,
  };

  constructor(private readonly db: ScoutDb) {}

  /**
   * Start reading the stored rows before the list is shown (the side panel
   * does at startup, before a tab is chosen); start() then begins from that
   * read, unless the rows changed meanwhile.
   */
  preload(): void {
    if (!this.stopped || this.preloaded) return;
    this.preloadStale = false;
    Dexie.on('storagemutated', this.onPreloadMutated);
    this.preloaded = this.db.shortlistRows.toArray();
    this.preloaded.catch(() => (this.preloadStale = true));
    setTimeout(() => this.dropPreload(), PRELOAD_KEEP_MS);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    Dexie.on('storagemutated', this.onMutated);
    this.markDirty('all');
  }

  stop(): void {
    this.stopped = true;
    this.dropPreload();
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    for (const wake of this.waiters) wake();
  }

  private onPreloadMutated = (parts: ObservabilitySet): void => {
    const rows = changedKeys(parts, this.db.name, 'shortlistRows');
    if (rows === 'all' || rows.size > 0) this.preloadStale = true;
  };

  private dropPreload(): void {
    Dexie.on.storagemutated.unsubscribe(this.onPreloadMutated);
    this.preloaded = null;
  }

  /** Every stored bucket: the preloaded read if nothing changed since it began, else a new one. */
  private async readAll(): Promise<RowBucketRecord[]> {
    const preloaded = this.preloaded;
    this.dropPreload();
    if (preloaded) {
      const records = await preloaded.catch(() => null);
      if (records && !this.preloadStale) return records;
    }
    return this.db.shortlistRows.toArray();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ShortlistLiveState => this.state;

  /** The settings (and language) figures must be current under; null while they are not known. */
  setContext(ctx: RowContext | null): void {
    const same = ctx === null ? this.ctx === null : this.ctx !== null && ctx.fingerprint === this.ctx.fingerprint;
    this.ctx = ctx;
    if (same) return;
    this.queueStale();
    this.emit();
    void this.pump();
  }

  /** Compute these creators' rows again from their entries (e.g. a stored row an export could not read). */
  recompute(keys: readonly string[]): void {
    for (const key of keys) this.enqueue(key);
    this.emitSoon();
    void this.pump();
  }

  /** Compute these first (the rows on screen). */
  prioritize(keys: readonly string[]): void {
    this.preferred = keys;
  }

  /** Resolves once `ready` holds for the state; rejects if the page's shortlist stops or a chunk fails meanwhile. */
  async waitFor(ready: (state: ShortlistLiveState) => boolean): Promise<void> {
    while (!ready(this.state)) {
      if (this.stopped) throw new Error('the shortlist was closed');
      if (this.state.error !== null) throw new Error(this.state.error);
      await new Promise<void>((resolve) => this.waiters.add(resolve));
    }
  }

  private onMutated = (parts: ObservabilitySet): void => {
    if (this.stopped) return;
    const rows = changedKeys(parts, this.db.name, 'shortlistRows');
    const buckets = rows === 'all' ? 'all' : new Set([...rows].filter((b): b is number => typeof b === 'number'));
    if (buckets === 'all' || buckets.size > 0) this.markDirty(buckets);
    const entries = changedKeys(parts, this.db.name, 'shortlist');
    if (entries === 'all' || entries.size > VERIFY_AT_MOST) {
      this.reconcileSoon();
      return;
    }
    // Writers in lib/ change an entry and its row in one transaction, so
    // both arrive in one event. An entry changed without its row (a test
    // helper, a future writer that forgot) is checked against its entry.
    let queued = false;
    for (const key of entries) {
      if (typeof key !== 'string' || buckets === 'all' || buckets.has(bucketOf(key))) continue;
      this.enqueue(key);
      queued = true;
    }
    if (queued) {
      this.emitSoon();
      void this.pump();
    }
  };

  private markDirty(buckets: Set<number> | 'all'): void {
    if (buckets === 'all' || this.dirty === 'all') this.dirty = 'all';
    else this.dirty = new Set([...(this.dirty ?? []), ...buckets]);
    void this.readDirty();
  }

  /** Re-read dirty buckets, one read at a time: a read never lands after a newer one. */
  private async readDirty(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    try {
      while (this.dirty !== null && !this.stopped) {
        const dirty = this.dirty;
        this.dirty = null;
        const fresh = dirty === 'all' ? decodeBuckets(await this.readAll()) : await readRowBuckets(this.db, [...dirty]);
        const before = this.state.loaded
          ? this.bucketKeys(dirty === 'all' ? [...this.byBucket.keys()] : [...dirty])
          : [];
        if (dirty === 'all') this.byBucket.clear();
        for (const [bucket, listed] of fresh) this.byBucket.set(bucket, new Map(listed.map((r) => [r.key, r])));
        for (const listed of fresh.values()) for (const row of listed) this.unreadable.delete(row.key);
        // A row gone without its entry being removed here (removed elsewhere,
        // or dropped as unreadable) is checked against its entry.
        for (const key of before) if (!this.hasRow(key)) this.enqueue(key);
        this.rowsCache = null;
        const first = !this.state.loaded;
        this.state = { ...this.state, loaded: true };
        this.queueStale();
        this.emitSoon();
        void this.pump();
        // The first paint comes before matching entries with rows.
        if (first) setTimeout(() => this.reconcileSoon(), 0);
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.reading = false;
    }
  }

  /** Match entry keys with rows: a key without a row is built, a row without an entry removed (in computeRows). */
  private reconcileSoon(): void {
    if (this.reconciling) {
      this.reconcileAgain = true;
      return;
    }
    void this.reconcile();
  }

  private async reconcile(): Promise<void> {
    this.reconciling = true;
    try {
      do {
        this.reconcileAgain = false;
        const keys = await this.db.shortlist.toCollection().primaryKeys();
        if (this.stopped) return;
        const entryKeys = new Set<string>();
        for (const key of keys) {
          if (typeof key === 'string') entryKeys.add(key);
          // A key IndexedDB holds but no entry may have: unreadable as it stands.
          else this.unreadable.set(`#${String(key)}`, await this.db.shortlist.get(key));
        }
        const rowKeys = new Set<string>();
        for (const rows of this.byBucket.values()) for (const key of rows.keys()) rowKeys.add(key);
        for (const key of entryKeys) {
          if (rowKeys.has(key) || this.unreadable.has(key)) continue;
          this.building.add(key);
          this.enqueue(key);
        }
        for (const key of rowKeys) if (!entryKeys.has(key)) this.enqueue(key);
        for (const key of this.unreadable.keys())
          if (!key.startsWith('#') && !entryKeys.has(key)) this.unreadable.delete(key);
      } while (this.reconcileAgain && !this.stopped);
      this.state = { ...this.state, reconciled: true };
      this.emit();
      void this.pump();
    } catch (error) {
      this.fail(error);
    } finally {
      this.reconciling = false;
    }
  }

  private bucketKeys(buckets: readonly number[]): string[] {
    return buckets.flatMap((b) => [...(this.byBucket.get(b)?.keys() ?? [])]);
  }

  private hasRow(key: string): boolean {
    return this.byBucket.get(bucketOf(key))?.has(key) ?? false;
  }

  private enqueue(key: string): void {
    const bucket = bucketOf(key);
    const keys = this.queue.get(bucket) ?? new Set<string>();
    keys.add(key);
    this.queue.set(bucket, keys);
  }

  /** Creators the list waits for: a row with stale figures, or a saved creator without a row yet. */
  private pendingCount(): number {
    const waits = (key: string) => this.hasRow(key) || this.building.has(key);
    let n = 0;
    for (const keys of this.queue.values()) for (const key of keys) if (waits(key)) n++;
    for (const key of this.inFlight) if (waits(key)) n++;
    return n;
  }

  /** Queue every row whose figures are not current under the context. */
  private queueStale(): void {
    const fingerprint = this.ctx?.fingerprint;
    if (fingerprint === undefined) return;
    for (const rows of this.byBucket.values()) {
      // A row being computed now is not queued again: its result comes next.
      for (const row of rows.values())
        if (!this.inFlight.has(row.key) && currentFigures(row, fingerprint) === null) this.enqueue(row.key);
    }
  }

  /**
   * Up to chunkSize queued keys, from as few buckets as possible (each bucket
   * touched is rewritten whole), the bucket of a row on screen first.
   */
  private nextChunk(): string[] {
    const order: number[] = [];
    for (const key of this.preferred) {
      const b = bucketOf(key);
      if (this.queue.get(b)?.has(key) && !order.includes(b)) order.push(b);
    }
    for (const b of this.queue.keys()) if (!order.includes(b)) order.push(b);
    const chunk: string[] = [];
    for (const bucket of order.slice(0, BUCKETS_PER_CHUNK)) {
      const queued = this.queue.get(bucket);
      if (!queued) continue;
      for (const key of queued) {
        if (chunk.length >= this.chunkSize) break;
        chunk.push(key);
        queued.delete(key);
      }
      if (queued.size === 0) this.queue.delete(bucket);
      if (chunk.length >= this.chunkSize) break;
    }
    return chunk;
  }

  /**
   * Compute queued rows, a chunk at a time (one transaction each: what is
   * read and what is written belong together), the page getting a turn
   * between chunks.
   */
  private async pump(): Promise<void> {
    if (this.pumping || this.stopped || this.ctx === null || !this.state.loaded) return;
    this.pumping = true;
    try {
      while (this.ctx !== null && !this.stopped) {
        const keys = this.nextChunk();
        if (keys.length === 0) break;
        for (const key of keys) this.inFlight.add(key);
        let result: ComputeResult;
        try {
          result = await computeRows(this.db, keys, this.ctx);
        } catch (error) {
          for (const key of keys) this.enqueue(key);
          throw error;
        } finally {
          for (const key of keys) this.inFlight.delete(key);
        }
        const perRow = Math.max(0.01, result.busyMs / keys.length);
        this.chunkSize = Math.max(4, Math.min(1_000, Math.round(CHUNK_MS / perRow)));
        this.apply(result);
        this.state = { ...this.state, error: null };
        this.emitSoon();
        await yieldToPage();
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.pumping = false;
      clearTimeout(this.emitTimer);
      this.emitTimer = undefined;
      this.emit();
    }
  }

  /** Tell the views now; while computing, with the next progress report (each telling re-sorts the list). */
  private emitSoon(): void {
    if (!this.pumping) {
      this.emit();
      return;
    }
    if (this.emitTimer !== undefined) return;
    const wait = Math.max(0, PROGRESS_MS - (performance.now() - this.lastProgress));
    this.emitTimer = setTimeout(() => {
      this.emitTimer = undefined;
      this.lastProgress = performance.now();
      this.emit();
    }, wait);
  }

  private apply(result: ComputeResult): void {
    const fingerprint = this.ctx?.fingerprint;
    for (const full of result.rows) {
      const row = listedOf(full);
      // Computed under settings that changed meanwhile: again.
      if (fingerprint !== undefined && currentFigures(row, fingerprint) === null) this.enqueue(row.key);
      const bucket = bucketOf(row.key);
      const rows = this.byBucket.get(bucket) ?? new Map<string, ListedRow>();
      rows.set(row.key, row);
      this.byBucket.set(bucket, rows);
      this.unreadable.delete(row.key);
    }
    for (const key of [...result.rows.map((r) => r.key), ...result.gone, ...result.unreadable.map((u) => u.key)])
      this.building.delete(key);
    for (const key of result.gone) {
      this.byBucket.get(bucketOf(key))?.delete(key);
      this.unreadable.delete(key);
    }
    for (const { key, record } of result.unreadable) {
      this.byBucket.get(bucketOf(key))?.delete(key);
      this.unreadable.set(key, record);
    }
    this.rowsCache = null;
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    console.warn('[creator-scout] shortlist rows:', message);
    this.state = { ...this.state, error: message };
    this.emit();
  }

  private emit(): void {
    if (this.rowsCache === null) {
      const rows: ListedRow[] = [];
      for (const bucket of this.byBucket.values()) for (const row of bucket.values()) rows.push(row);
      rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      this.rowsCache = rows;
    }
    const unreadable = [...this.unreadable.values()];
    const same = (a: readonly unknown[], b: readonly unknown[]) =>
      a.length === b.length && a.every((x, i) => x === b[i]);
    this.state = {
      ...this.state,
      rows: this.rowsCache,
      unreadable: same(unreadable, this.state.unreadable) ? this.state.unreadable : unreadable,
      fingerprint: this.ctx?.fingerprint ?? null,
      pending: this.pendingCount(),
    };
    for (const listener of this.listeners) listener();
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }
}
