import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueGetMessage } from '@/core/text/i18n';
import de from '@/locales/de.json';
import en from '@/locales/en.json';
import es from '@/locales/es.json';

const CATALOGUES = { en, es, de } as const;
export type ShippedLocale = keyof typeof CATALOGUES;

const UI_LANGUAGE: Record<ShippedLocale, string> = { en: 'en-US', es: 'es-ES', de: 'de-DE' };

/**
 * browser.i18n as Chrome serves it for `locale`: getMessage from that
 * catalogue (names "a_b", `$1` substitutions, "" when unknown) and
 * getUILanguage naming it. English keeps happy-dom's navigator.language, so
 * tests that format with navigator.language agree with the UI.
 */
export function installCatalogue(locale: ShippedLocale): void {
  const getMessage = catalogueGetMessage(CATALOGUES[locale]);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string, subs?: string | string[]) =>
    getMessage(name, typeof subs === 'string' ? [subs] : (subs ?? []));
  i18n.getUILanguage = () => (locale === 'en' ? navigator.language || UI_LANGUAGE.en : UI_LANGUAGE[locale]);
}
