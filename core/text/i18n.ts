// Named imports: the bundler keeps only these namespaces of the catalogue
// (the ones core's sentences use), not the UI's, in bundles that use EN.
import {
  basis,
  benchmark,
  blocked,
  common,
  compare,
  count,
  engagement,
  goal,
  noun,
  plan,
  pod,
  risk,
  roi,
  status,
  tier,
} from '../../locales/en.json';

type Catalogue = typeof import('../../locales/en.json');

/**
 * Words for core's sentences. Core stays pure: it never calls browser.i18n;
 * whoever calls it injects a translator. The default, EN, reads the English
 * catalogue as data, so tests and existing callers get English.
 *
 * The catalogue is @wxt-dev/i18n's file format (locales/<lang>.json): nested
 * keys become message names joined by "_", `$1`…`$9` are substitutions, and
 * a plural entry `{ "1": …, "n": … }` becomes "one | many", chosen by count.
 * createTranslator reproduces what browser.i18n.getMessage plus @wxt-dev/i18n
 * do with it, so the English default and the extension agree word for word.
 */

type Plural = { readonly n: string };
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends Plural ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

export type MessageKey = Leaves<Catalogue>;
export type Substitution = string | number;

export interface Translate {
  /** `count` picks a plural form ("one | many"); substitutions fill `$1`…`$9`. */
  (key: MessageKey, subs?: readonly Substitution[], count?: number): string;
  /** The locale for numbers inside sentences; absent means DEFAULT_LOCALE (en-US). */
  readonly locale?: string;
}

/** A catalogue flattened to Chrome message names ("a.b" → "a_b"; plurals → "one | many"). */
export function flattenCatalogue(catalogue: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string[], value: unknown) => {
    if (typeof value === 'string') {
      out.set(path.join('_'), value);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const entries = Object.entries(value);
    // @wxt-dev/i18n's rule: an object whose keys are all numbers or "n" is a plural.
    if (entries.length > 0 && entries.every(([k]) => k === 'n' || Number.isFinite(Number(k)))) {
      out.set(path.join('_'), entries.map(([, v]) => String(v)).join(' | '));
      return;
    }
    for (const [k, v] of entries) walk([...path, k], v);
  };
  walk([], catalogue);
  return out;
}

/** browser.i18n.getMessage's substitution rules: `$1`…`$9` filled, `$$` is a literal `$`. */
function substitute(message: string, subs: readonly Substitution[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === '$' ? '$' : String(subs[Number(what) - 1] ?? ''),
  );
}

/** @wxt-dev/i18n's plural choice: "one | many", or "zero | one | many". */
function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return (count === 1 ? forms[0] : forms[1]) ?? message;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2] ?? message;
  return message;
}

/** Chrome-style getMessage over a catalogue: "" for an unknown name, as the browser does. */
export function catalogueGetMessage(catalogue: unknown): (name: string, subs?: readonly Substitution[]) => string {
  let messages: Map<string, string> | null = null;
  return (name, subs) => {
    messages ??= flattenCatalogue(catalogue);
    const message = messages.get(name);
    return message === undefined ? '' : substitute(message, subs);
  };
}

/** A translator over any getMessage (the browser's, or a catalogue's). */
export function translatorFrom(
  getMessage: (name: string, subs?: readonly Substitution[]) => string,
  locale?: string,
): Translate {
  const t = (key: MessageKey, subs: readonly Substitution[] = [], count?: number) => {
    const message = getMessage(key.replaceAll('.', '_'), subs);
    return count === undefined ? message : pluralForm(message, count);
  };
  return locale === undefined ? t : Object.assign(t, { locale });
}

// Built on first use, and nothing at module level calls anything: a bundle
// that never uses EN (the content scripts) tree-shakes the catalogue away.
let enMessage: ((name: string, subs?: readonly Substitution[]) => string) | null = null;

/** English for core's sentences: the default of every core function that writes them (UI keys read as ""). */
export const EN: Translate = (key, subs, n) => {
  enMessage ??= catalogueGetMessage({
    basis,
    benchmark,
    blocked,
    common,
    compare,
    count,
    engagement,
    goal,
    noun,
    plan,
    pod,
    risk,
    roi,
    status,
    tier,
  });
  const message = enMessage(key.replaceAll('.', '_'), subs);
  return n === undefined ? message : pluralForm(message, n);
};
