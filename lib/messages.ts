import { z } from 'zod';
import { analysisSchema, type Analysis } from '@/core/analysis';
import { snapshotSchema } from '@/core/snapshot';

/**
 * The one protocol between content scripts and the background worker.
 * The background parses every message as `unknown`; strays are dropped with
 * a warning. The content script is unprivileged: it can only report what it
 * read and ask for the analysis back.
 */

export const requestSchema = z.discriminatedUnion('type', [
  /** A page was read: store it, analyse it, answer with the analysis. */
  z.object({ type: z.literal('page-read'), snapshot: snapshotSchema }),
  /** The tab left a creator page (or shows nothing we read). */
  z.object({ type: z.literal('page-left'), url: z.string().max(2048) }),
  /** Save the creator this tab shows (overlay button). The worker finds which. */
  z.object({ type: z.literal('save-current') }),
]);
export type Request = z.infer<typeof requestSchema>;

export const pageReadResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), analysis: analysisSchema, saved: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type PageReadResponse =
  | { ok: true; analysis: Analysis; saved: boolean }
  | { ok: false; error: string };

export const saveResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), key: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SaveResponse = z.infer<typeof saveResponseSchema>;

/** Background → content script: the shortlist changed for what this tab shows. */
export const tabEventSchema = z.object({ type: z.literal('saved-changed'), key: z.string(), saved: z.boolean() });
export type TabEvent = z.infer<typeof tabEventSchema>;
