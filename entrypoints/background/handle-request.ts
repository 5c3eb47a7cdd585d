import { i18n } from '#i18n';
import { figureText } from '@/core/text/figure-text';
import { extendSnapshot, extendsSnapshot } from '@/core/page/extend-snapshot';
import { creatorKey, type Snapshot } from '@/core/page/snapshot';
import { browserTranslator } from '@/lib/i18n';
import { readCreator, recordPageLeft, recordPageRead } from '@/lib/creators';
import type { ScoutDb } from '@/lib/db';
import { requestSchema, type PageReadResponse, type SaveResponse } from '@/lib/messages';
import { loadSettings } from '@/lib/settings';
import { saveToShortlist } from '@/lib/shortlist';

/**
 * Every message from a content script arrives here as `unknown` and is parsed
 * against the protocol; anything else is dropped with a warning.
 */
export async function handleRequest(
  db: ScoutDb,
  raw: unknown,
  tabId: number | null,
  now: number,
): Promise<PageReadResponse | SaveResponse | { ok: true } | undefined> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    console.warn(
      '[creator-scout] background: dropped a message outside the protocol:',
      parsed.error.issues[0]?.message,
    );
    return undefined;
  }
  const request = parsed.data;
  switch (request.type) {
    case 'page-read':
      return pageRead(db, request.snapshot, tabId, now);
    case 'posts-added': {
      const stored = (await readCreator(db, creatorKey(request.platform, request.handle)))?.snapshot;
      if (!extendsSnapshot(stored, request)) return { ok: false, error: 'stale', stale: true };
      return pageRead(db, extendSnapshot(stored, request), tabId, now);
    }
    case 'page-left': {
      if (tabId !== null) await recordPageLeft(db, tabId, request.url, now);
      return { ok: true };
    }
    case 'save-current':
      return saveTabCreator(db, tabId, now);
  }
}

async function pageRead(db: ScoutDb, snapshot: Snapshot, tabId: number | null, now: number): Promise<PageReadResponse> {
  const { settings } = await loadSettings();
  const analysis = await recordPageRead(db, snapshot, settings, tabId, now);
  const saved = (await db.shortlist.get(creatorKey(snapshot.platform, snapshot.handle))) !== undefined;
  // Printed here, not in the page: see core/text/figure-text.ts.
  return { ok: true, analysis, text: figureText(analysis, browserTranslator()), saved };
}

export async function saveTabCreator(db: ScoutDb, tabId: number | null, now: number): Promise<SaveResponse> {
  if (tabId === null) return { ok: false, error: i18n.t('background.noTab') };
  const view = await db.tabViews.get(tabId);
  if (!view?.key) return { ok: false, error: i18n.t('background.notCreator') };
  const result = await saveToShortlist(db, view.key, now);
  return result.ok ? { ok: true, key: result.entry.key } : { ok: false, error: result.reason };
}
