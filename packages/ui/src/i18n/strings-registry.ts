import { stringsEn, uiStringsFrom, type UiStrings, type UiStringsOverrides } from '@pulso/core';

// The dictionaries the widgets may speak. English is always here (it is the fallback and costs
// ~0.9 kB gzip); the others are added at run time, so a page ships only the language its visitor
// reads instead of all twelve (~10 kB gzip). One registry per page: a visitor reads one language.
const registry: Record<string, UiStrings> = { en: stringsEn };

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

/**
 * The strings for a locale (or a preference list), negotiated among the registered dictionaries
 * with English as the fallback, with `overrides` on top (see core's `uiStringsFrom`).
 */
export function registeredStrings(wanted: string | readonly string[], overrides?: UiStringsOverrides): UiStrings {
  return uiStringsFrom(registry, wanted, overrides);
}
