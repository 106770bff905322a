import { stringsAr } from './locales/ar';
import { stringsDe } from './locales/de';
import { stringsEn } from './locales/en';
import { stringsEs } from './locales/es';
import { stringsFr } from './locales/fr';
import { stringsGl } from './locales/gl';
import { stringsHe } from './locales/he';
import { stringsIt } from './locales/it';
import { stringsJa } from './locales/ja';
import { stringsNl } from './locales/nl';
import { stringsPtBR } from './locales/pt-BR';
import { stringsPtPT } from './locales/pt-PT';
import { negotiateLocale } from './negotiate-locale';
import { supportedLocales } from './supported-locales';
import { uiStringsFrom, type UiStringsOverrides } from './ui-strings-from';
import type { UiStrings } from './ui-strings-types';

/** The built-in dictionaries, by locale. */
export const builtInStrings: Readonly<Record<string, UiStrings>> = {
  'pt-BR': stringsPtBR,
  'pt-PT': stringsPtPT,
  gl: stringsGl,
  es: stringsEs,
  en: stringsEn,
  fr: stringsFr,
  de: stringsDe,
  it: stringsIt,
  nl: stringsNl,
  ar: stringsAr,
  he: stringsHe,
  ja: stringsJa,
};

export { supportedLocales };

/**
 * The locale `uiStrings` uses for `wanted` (a tag or a preference list): the best built-in match
 * (see `negotiateLocale`), or `en`.
 */
export function uiLocale(wanted: string | readonly string[]): string {
  return negotiateLocale(typeof wanted === 'string' ? [wanted] : wanted, supportedLocales) ?? 'en';
}

/**
 * The built-in strings for a locale (or a preference list such as `navigator.languages`),
 * negotiated against `supportedLocales` and falling back to English, with `overrides` on top.
 * Always complete; a fresh copy each call, so changing it changes nothing else. This bundles all
 * twelve locales; `uiStringsFrom` takes only the ones you pass.
 *
 * @example
 * const { survey } = uiStrings('pt-PT');
 * format(survey.progress, { current: 2, total: 5 }) // '2 de 5'
 */
export function uiStrings(wanted: string | readonly string[], overrides?: UiStringsOverrides): UiStrings {
  return uiStringsFrom(builtInStrings, wanted, overrides);
}
