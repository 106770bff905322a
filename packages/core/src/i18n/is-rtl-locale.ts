import { normalizeLocale } from './locale-chain';

// Languages written right to left by default, and scripts that are right to left whatever the language.
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug', 'syr']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/**
 * Whether text in `locale` runs right to left (`ar`, `he`, `fa-IR`, `az-Arab`), for the widget's
 * `dir` attribute. An explicit script subtag decides (`ar-Latn` is left to right).
 */
export function isRtlLocale(locale: string): boolean {
  const [lang = '', ...rest] = normalizeLocale(locale).split('-');
  const script = rest.find((part) => part.length === 4);
  if (script) return RTL_SCRIPTS.has(script);
  return RTL_LANGUAGES.has(lang);
}
