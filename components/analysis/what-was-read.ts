import { i18n } from '#i18n';
import { formatExactCount } from '@/core/text/format';
import type { Snapshot } from '@/core/page/snapshot';
import { fieldReports, type FieldReport, type ProfileField } from '@/lib/diagnostics';
import { MISSING_NOTE_PREFIXES } from '@/adapters/common/fields';
import { uiLocale } from '../ui/labels';

/** Rows of the "What was read" table: one per profile field, read or missing. */

const FIELD_LABELS: Record<ProfileField, () => string> = {
  followers: () => i18n.t('read.field.followers'),
  following: () => i18n.t('read.field.following'),
  posts: () => i18n.t('read.field.posts'),
  likesTotal: () => i18n.t('read.field.likesTotal'),
  displayName: () => i18n.t('read.field.displayName'),
  bio: () => i18n.t('read.field.bio'),
  verified: () => i18n.t('read.field.verified'),
  isPrivate: () => i18n.t('read.field.isPrivate'),
};

/** A profile field's name; an unknown field (from a newer snapshot) as it is. */
export function fieldLabel(field: string): string {
  return field in FIELD_LABELS ? FIELD_LABELS[field as ProfileField]() : field;
}

const SOURCE_LABELS: Record<string, () => string> = {
  api: () => i18n.t('read.source.api'),
  json: () => i18n.t('read.source.json'),
  meta: () => i18n.t('read.source.meta'),
  attr: () => i18n.t('read.source.attr'),
  text: () => i18n.t('read.source.text'),
};

/** Where a figure came from; an unknown source as it is. */
export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source]?.() ?? source;
}

export type ReadRow = {
  field: ProfileField;
  label: string;
  value: string | null;
  source: string | null;
  how: string | null;
  why: string | null;
};

const MAX_SHOWN = 160;

function shown(r: FieldReport): string | null {
  if (r.value === null) return null;
  if (typeof r.value === 'number') return formatExactCount(r.value, uiLocale());
  if (typeof r.value === 'boolean') return r.value ? i18n.t('read.yes') : i18n.t('read.no');
  return r.value.length > MAX_SHOWN ? `${r.value.slice(0, MAX_SHOWN)}…` : r.value;
}

function howRead(r: FieldReport): string | null {
  if (r.value === null) return null;
  if (typeof r.value !== 'number') return r.via;
  const printed = r.exact === false ? i18n.t('read.rounded', [r.raw ?? '?']) : i18n.t('read.exact');
  return r.via ? `${printed} · ${r.via}` : printed;
}

function whyMissing(snapshot: Snapshot, field: ProfileField): string {
  for (const note of snapshot.missing) {
    const prefix = MISSING_NOTE_PREFIXES[field].find((p) => note.startsWith(`${p}:`));
    if (prefix) return note.slice(prefix.length + 1).trim();
  }
  if (snapshot.status !== 'ok') return i18n.t('read.notShown');
  return i18n.t('read.noSource');
}

export function readRows(snapshot: Snapshot): ReadRow[] {
  return fieldReports(snapshot)
    .filter((r) => r.field !== 'likesTotal' || snapshot.platform === 'tiktok')
    .map((r) => ({
      field: r.field,
      label: r.field === 'posts' && snapshot.platform === 'tiktok' ? i18n.t('read.field.videos') : fieldLabel(r.field),
      value: shown(r),
      source: r.source ? sourceLabel(r.source) : null,
      how: howRead(r),
      why: r.value === null ? whyMissing(snapshot, r.field) : null,
    }));
}
