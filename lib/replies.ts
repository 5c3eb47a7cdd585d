import { z } from 'zod/mini';
import { analysisSchema, type Analysis } from '@/core/score/analysis';
import { figureTextSchema, type FigureText } from '@/core/text/figure-text';

/**
 * What the background worker sends to a content script: answers to its
 * requests (lib/messages.ts) and tab events. The content script validates each
 * one before drawing it. zod/mini, like core/score/analysis.ts: this file ships in
 * every Instagram and TikTok page, and must not pull the snapshot's schemas in.
 */

/**
 * Content scripts run under the extension's CSP, which forbids eval: zod's
 * compiled fast path would only probe `new Function` there, fail, and log a
 * CSP violation in the page's console. Validate without it.
 */
export function validateWithoutEval(): void {
  z.config({ jitless: true });
}

export const pageReadResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), analysis: analysisSchema, text: figureTextSchema, saved: z.boolean() }),
  // stale: the worker does not hold the snapshot a `posts-added` extends; send it whole.
  z.object({ ok: z.literal(false), error: z.string(), stale: z.optional(z.boolean()) }),
]);
export type PageReadResponse =
  { ok: true; analysis: Analysis; text: FigureText; saved: boolean } | { ok: false; error: string; stale?: boolean };

export const saveResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), key: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SaveResponse = z.infer<typeof saveResponseSchema>;

/** Background → content script: the shortlist changed for what this tab shows. */
export const tabEventSchema = z.object({ type: z.literal('saved-changed'), key: z.string(), saved: z.boolean() });
export type TabEvent = z.infer<typeof tabEventSchema>;
