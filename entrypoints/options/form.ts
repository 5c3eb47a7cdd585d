import { i18n } from '#i18n';
import { TIERS } from '@/core/score/analysis';
import { BENCHMARK_KEYS } from '@/core/score/benchmarks';
import { SETTINGS_VERSION, settingsSchema, type Settings } from '@/core/settings/settings';
import { PLATFORMS } from '@/core/page/snapshot';

/**
 * The options form keeps every field as the text the user typed (so "1." or
 * an empty box survive a re-render), keyed by its settings path. Percent
 * fields are typed as percentages and stored as fractions.
 */
export type FormText = Record<string, string>;
export type FieldKind = 'count' | 'number' | 'money' | 'percent' | 'text' | 'choice' | 'boolean';
export type FieldErrors = Record<string, string>;

const RANGE_PARTS = ['low', 'expected', 'high'] as const;
const THRESHOLDS = ['nano', 'micro', 'macro', 'mega'] as const;

/** Every text field of the form with its kind, in display order. */
export const FIELDS: ReadonlyArray<{ path: string; kind: FieldKind }> = [
  ...THRESHOLDS.map((t) => ({ path: `tierThresholds.${t}`, kind: 'count' as const })),
  ...PLATFORMS.flatMap((p) =>
    TIERS.flatMap((t) =>
      RANGE_PARTS.map((part) => ({ path: `pricing.perThousand.${p}.${t}.${part}`, kind: 'money' as const })),
    ),
  ),
  { path: 'pricing.engagementElasticity', kind: 'number' },
  { path: 'pricing.instagramFormat', kind: 'choice' },
  { path: 'pricing.formatMultiplier.carousel', kind: 'number' },
  { path: 'pricing.formatMultiplier.reel', kind: 'number' },
  ...TIERS.flatMap((t) =>
    RANGE_PARTS.map((part) => ({ path: `reach.instagram.${t}.${part}`, kind: 'percent' as const })),
  ),
  ...RANGE_PARTS.map((part) => ({ path: `reach.tiktokViewsPerFollower.${part}`, kind: 'percent' as const })),
  ...TIERS.flatMap((t) => RANGE_PARTS.map((part) => ({ path: `clickThrough.${t}.${part}`, kind: 'percent' as const }))),
  ...RANGE_PARTS.map((part) => ({ path: `conversionRate.${part}`, kind: 'percent' as const })),
  { path: 'averageOrderValue', kind: 'money' },
  { path: 'currency', kind: 'text' },
  ...BENCHMARK_KEYS.flatMap((key) => TIERS.map((t) => ({ path: `benchmarks.${key}.${t}`, kind: 'percent' as const }))),
  { path: 'gifting.nano', kind: 'boolean' },
  ...RANGE_PARTS.map((part) => ({ path: `gifting.productCost.${part}`, kind: 'money' as const })),
];

export function readPath(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      root,
    );
}

function writePath(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = root;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] ?? ''] = value;
}

/** Fraction → percent text without floating-point noise (0.009 → "0.9"). */
function percentText(fraction: number): string {
  return String(Number((fraction * 100).toFixed(6)));
}

export function toFormText(settings: Settings): FormText {
  const text: FormText = {};
  for (const { path, kind } of FIELDS) {
    const value = readPath(settings, path);
    text[path] = kind === 'percent' && typeof value === 'number' ? percentText(value) : String(value ?? '');
  }
  return text;
}

function parseNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function fromFormText(text: FormText, excludePinned: boolean): unknown {
  const out: Record<string, unknown> = { v: SETTINGS_VERSION, excludePinned };
  for (const { path, kind } of FIELDS) {
    const raw = text[path] ?? '';
    if (kind === 'text') writePath(out, path, raw.trim().toUpperCase());
    else if (kind === 'choice') writePath(out, path, raw.trim());
    else if (kind === 'boolean') writePath(out, path, raw === 'true');
    else if (kind === 'percent') writePath(out, path, Number((parseNumber(raw) / 100).toFixed(10)));
    else writePath(out, path, parseNumber(raw));
  }
  return out;
}

/** The settings schema's own rules (core/settings/settings.ts, core/score/analysis.ts), in the user's language. */
const SCHEMA_MESSAGES: Record<string, () => string> = {
  'thresholds must increase': () => i18n.t('options.error.increase'),
  'a rate is at most 100 %': () => i18n.t('options.error.rateMax'),
  'at most 10,000,000': () => i18n.t('options.error.costMax'),
  'range: low ≤ expected ≤ high': () => i18n.t('options.error.order'),
};

function humanMessage(code: string, expected: string, fallback: string): string {
  if (code === 'invalid_type')
    return expected === 'int' ? i18n.t('options.error.whole') : i18n.t('options.error.number');
  if (code === 'invalid_format') return i18n.t('options.error.currency');
  if (code === 'too_small') return i18n.t('options.error.small');
  if (code === 'too_big') return i18n.t('options.error.large');
  return SCHEMA_MESSAGES[fallback]?.() ?? fallback;
}

/** Validate with the settings schema; errors keyed by the path they belong to. */
export function validateForm(
  text: FormText,
  excludePinned: boolean,
): { ok: true; settings: Settings } | { ok: false; errors: FieldErrors } {
  const parsed = settingsSchema.safeParse(fromFormText(text, excludePinned));
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= humanMessage(issue.code, 'expected' in issue ? String(issue.expected) : '', issue.message);
  }
  return { ok: false, errors };
}
