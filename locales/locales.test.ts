import { readdirSync, readFileSync } from 'node:fs';
import { generateChromeMessages, parseMessagesObject } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { catalogueGetMessage, EN, flattenCatalogue, translatorFrom, type MessageKey } from '@/core/text/i18n';
import { TIER_LABELS, tierLabel } from '@/core/score/tiers';
import { TIERS } from '@/core/score/analysis';
import de from './de.json';
import en from './en.json';
import es from './es.json';

/**
 * Every shipped locale is complete and says the same things: a missing,
 * extra or empty message, a lost `$1`, or a plural with other forms than
 * English fails here before a German or Spanish user sees a blank or "$2".
 */

const SHIPPED = { es, de } as const;

type Node = string | { [key: string]: Node };

/** Every message: dotted key → its forms (one form, or a plural's "1"/"n"… forms). */
function messages(catalogue: unknown): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const walk = (path: string[], value: Node) => {
    if (typeof value === 'string') {
      out.set(path.join('.'), { '': value });
      return;
    }
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((k) => k === 'n' || Number.isFinite(Number(k)))) {
      out.set(path.join('.'), value as Record<string, string>);
      return;
    }
    for (const [k, v] of Object.entries(value)) walk([...path, k], v);
  };
  walk([], catalogue as Node);
  return out;
}

const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();
const EN_MESSAGES = messages(en);

describe('locale catalogues', () => {
  it('English has a few hundred messages, with names Chrome accepts', () => {
    expect(EN_MESSAGES.size).toBeGreaterThan(300);
    for (const name of flattenCatalogue(en).keys()) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    for (const [name, message] of flattenCatalogue(en))
      expect({ name, named: /\$[A-Za-z0-9_@]+\$/.test(message) }).toEqual({ name, named: false });
  });

  for (const [locale, catalogue] of Object.entries(SHIPPED)) {
    describe(locale, () => {
      const own = messages(catalogue);

      it('has every English key and no other', () => {
        expect([...EN_MESSAGES.keys()].filter((k) => !own.has(k))).toEqual([]);
        expect([...own.keys()].filter((k) => !EN_MESSAGES.has(k))).toEqual([]);
      });

      it('has no empty message', () => {
        const empty = [...own].filter(([, forms]) =>
          Object.values(forms).some((f) => typeof f !== 'string' || f.trim() === ''),
        );
        expect(empty.map(([k]) => k)).toEqual([]);
      });

      it('uses the same $1…$9 placeholders as English, and no other "$"', () => {
        for (const [key, forms] of EN_MESSAGES) {
          const theirs = Object.values(own.get(key) ?? {}).join(' ');
          expect({ key, placeholders: placeholders(theirs) }).toEqual({
            key,
            placeholders: placeholders(Object.values(forms).join(' ')),
          });
          // Chrome reads "$name$" (even "$1$2") as a named placeholder and refuses to load an undefined one.
          expect({ key, stray: theirs.replace(/\$[1-9$]/g, '').includes('$') }).toEqual({ key, stray: false });
          expect({ key, named: /\$[A-Za-z0-9_@]+\$/.test(theirs) }).toEqual({ key, named: false });
        }
      });

      it('has the same plural forms as English', () => {
        for (const [key, forms] of EN_MESSAGES) {
          expect({ key, forms: Object.keys(own.get(key) ?? {}).sort() }).toEqual({
            key,
            forms: Object.keys(forms).sort(),
          });
        }
      });

      it('is not English left untranslated (beyond brand names and shared words)', () => {
        const same = [...own].filter(([key, forms]) => JSON.stringify(forms) === JSON.stringify(EN_MESSAGES.get(key)));
        // Brand names, figures-only templates and words the languages share ("Engagement", "Bio", "Mega").
        expect(same.length).toBeLessThan(own.size * 0.1);
      });

      it('names its own language', () => {
        expect((catalogue as { meta: { lang: string } }).meta.lang).toBe(locale);
      });
    });
  }

  it('the manifest names only messages every locale has', () => {
    const config = readFileSync(new URL('../wxt.config.ts', import.meta.url), 'utf8');
    const names = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const catalogue of [en, es, de]) {
      const flat = flattenCatalogue(catalogue);
      for (const name of names)
        expect({ name, present: (flat.get(name) ?? '') !== '' }).toEqual({ name, present: true });
    }
  });

  it('core reads the catalogue exactly as the extension build writes _locales/*/messages.json', () => {
    for (const catalogue of [en, es, de]) {
      const built = generateChromeMessages(parseMessagesObject(catalogue)) as Record<string, { message: string }>;
      const ours = flattenCatalogue(catalogue);
      expect(Object.fromEntries(ours)).toEqual(
        Object.fromEntries(Object.entries(built).map(([k, v]) => [k, v.message])),
      );
    }
  });

  it('translates with Chrome’s substitution and plural rules', () => {
    expect(EN('count.posts', ['1'], 1)).toBe('1 post');
    expect(EN('count.posts', ['1,234'], 1234)).toBe('1,234 posts');
    expect(EN('pod.summary', [2, 40], 2)).toBe('2 pod signals, 40 of 100 points');
    const spanish = translatorFrom(catalogueGetMessage(es), 'es-ES');
    expect(spanish('count.posts', ['1'], 1)).toBe('1 publicación');
    expect(spanish('tier.range.band', ['1 mil', '10 mil'])).toBe('1 mil–10 mil seguidores');
    expect(spanish.locale).toBe('es-ES');
    const german = translatorFrom(catalogueGetMessage(de));
    expect(german('overlay.postsMeasured', ['12'], 12)).toBe('12 Beiträge gemessen');
    // An unknown name gives "", as browser.i18n.getMessage does.
    expect(catalogueGetMessage(en)('no_such_message')).toBe('');
  });

  it('EN, which carries only core’s namespaces of the catalogue, has every key core/ asks for', () => {
    const dir = new URL('../core/', import.meta.url);
    const sources = (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    const literal = [...sources.matchAll(/\b(?:t|tr)\(\s*'([\w.]+)'/g)].map((m) => m[1] ?? '');
    const templated = [...sources.matchAll(/\b(?:t|tr)\(\s*`([a-z]+)\./g)].map((m) => m[1] ?? '');
    expect(literal.length).toBeGreaterThan(80);
    for (const key of literal) expect({ key, text: EN(key as MessageKey) !== '' }).toEqual({ key, text: true });
    // A templated key (`goal.inline.${goal}`): every English key of its namespace must read through EN.
    for (const ns of new Set(templated)) {
      const keys = [...EN_MESSAGES.keys()].filter((k) => k.startsWith(`${ns}.`));
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect({ key, text: EN(key as MessageKey, [], 1) !== '' }).toEqual({ key, text: true });
    }
  });

  it('the English tier names kept for CSV are the catalogue’s', () => {
    for (const tier of TIERS) expect(TIER_LABELS[tier]).toBe(tierLabel(tier, EN));
  });
});
