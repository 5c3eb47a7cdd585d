import { createI18n } from '@wxt-dev/i18n';
import { browser } from 'wxt/browser';
import { DEFAULT_LOCALE } from '@/core/text/numbers';
import type { MessageKey, Substitution, Translate } from '@/core/text/i18n';

/**
 * The extension's translator for core's sentences: browser.i18n.getMessage
 * through @wxt-dev/i18n (the same plural rules as `i18n.t` from '#i18n'),
 * in the browser's language, with numbers in the browser's locale.
 * Works in the background, the extension pages and content scripts alike.
 */

/** The browser's UI language ("de", "es-419", "en-US"): numbers follow it. */
export function uiLocale(): string {
  try {
    const lang = browser.i18n.getUILanguage();
    if (lang) return lang.replace('_', '-');
  } catch {
    // No i18n API (a plain page in tests): fall back to the page's language.
  }
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : DEFAULT_LOCALE;
}

const untyped = createI18n();

// Texts are remembered once worded (bounded: a page shows a few hundred at
// most): re-renders cost no browser call, and a content script that outlives
// its extension (reloaded under the page, browser.i18n gone) can still
// re-render once more to say "reload the page".
const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 2_000;

function translate(key: MessageKey, subs: readonly Substitution[] = [], count?: number): string {
  const strings = subs.map(String);
  const id = `${uiLocale()}\u0000${key}\u0000${count ?? ''}\u0000${strings.join('\u0000')}`;
  // The same words again (every re-render of the overlay): no call into the browser.
  const known = remembered.get(id);
  if (known !== undefined) return known;
  try {
    const text = count === undefined ? untyped.t(key, strings) : untyped.t(key, count, strings);
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
    remembered.set(id, text);
    return text;
  } catch {
    return remembered.get(id) ?? '';
  }
}

/**
 * UI text for code that runs in the page (the overlay and the small
 * components it shares with the popup): the same messages as `i18n.t`, but
 * it keeps working after the extension is reloaded under the page.
 */
export const uiText: Translate = (key, subs, count) => translate(key, subs, count);

/** A translator for core, bound to the browser's locale at call time. */
export function browserTranslator(): Translate {
  const t = (key: MessageKey, subs?: readonly Substitution[], count?: number) => translate(key, subs, count);
  return Object.assign(t, { locale: uiLocale() });
}
