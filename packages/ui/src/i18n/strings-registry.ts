import { negotiateLocale, stringsEn, supportedLocales, uiStringsFrom, type UiStrings, type UiStringsOverrides } from '@pulso/core';

// The dictionaries the widgets may speak. English is always here (it is the fallback and costs
// ~0.9 kB gzip); the others are added at run time, so a page ships only the language its visitor
// reads instead of all twelve (~10 kB gzip). One registry per page: a visitor reads one language.
const registry: Record<string, UiStrings> = { en: stringsEn };
// Built-in locales the page was already told are missing (once each is enough).
const missing = new Set<string>();

/**
 * Adds built-in string dictionaries (by locale tag) for the surveys and chat to use; call it
 * before `init`. The script tag does this by itself, loading the visitor's language next to
 * `pulso.min.js`; a bundled app passes the dictionaries it wants from `@pulso/core`.
 *
 * @example
 * import { stringsPtBR, stringsEs } from '@pulso/core';
 * registerStrings({ 'pt-BR': stringsPtBR, es: stringsEs });
 * // or every built-in language (~10 kB gzip): registerStrings(builtInStrings)
 */
export function registerStrings(dictionaries: Readonly<Record<string, UiStrings>>): void {
  Object.assign(registry, dictionaries);
}

/** Whether a dictionary is registered under exactly this tag. */
export function hasStrings(tag: string): boolean {
  return Object.prototype.hasOwnProperty.call(registry, tag);
}

/** Notes that the page was already warned that `tag`'s strings are missing (by the loader). */
export function markMissing(tag: string): void {
  missing.add(tag);
}

/** The tag of the registered dictionary {@link registeredStrings} speaks for `wanted` (`en` when none fits). */
export function stringsLocale(wanted: string | readonly string[]): string {
  return negotiateLocale(typeof wanted === 'string' ? [wanted] : wanted, Object.keys(registry)) ?? 'en';
}

/**
 * The strings for a locale (or a preference list), negotiated among the registered dictionaries
 * with English as the fallback, with `overrides` on top (see core's `uiStringsFrom`). When a
 * built-in language was wanted but only English fits, it warns once: since only English is
 * bundled, an app that forgot `registerStrings` would otherwise turn English without a word.
 */
export function registeredStrings(wanted: string | readonly string[], overrides?: UiStringsOverrides): UiStrings {
  const list = typeof wanted === 'string' ? [wanted] : wanted;
  const builtIn = negotiateLocale(list, supportedLocales);
  if (builtIn && builtIn !== 'en' && !missing.has(builtIn) && stringsLocale(list) === 'en') {
    missing.add(builtIn);
    console.warn(
      `pulso: no "${builtIn}" strings are registered, so the widgets speak English; add them with registerStrings({ '${builtIn}': … }) and the dictionary from @pulso/core`,
    );
  }
  return uiStringsFrom(registry, list, overrides);
}
