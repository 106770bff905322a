import { describeValue } from '../survey/definition-issue';
import { localeChain, normalizeLocale } from './locale-chain';

// A string is iterable too, so `negotiateLocale('pt', …)` would quietly try the tags 'p' and 't'.
function checkTags(tags: readonly unknown[], name: string): void {
  const bad = (where: string, what: string, value: unknown) => new TypeError(`negotiateLocale: ${where} must be ${what}, got ${describeValue(value)}`);
  if (!Array.isArray(tags)) throw bad(name, 'an array of locale tags', tags);
  tags.forEach((tag, index) => {
    if (typeof tag !== 'string') throw bad(`${name}[${index}]`, 'a locale tag', tag);
  });
}

const language = (tag: string) => normalizeLocale(tag).split('-')[0]!;
// The script a tag is written in: its own (sr-Latn), or for Chinese the one its region reads
// (zh-TW, zh-HK, zh-MO: Traditional; others Simplified), as CLDR's likely subtags say.
const script = (normal: string) =>
  /-([A-Z][a-z]{3})\b/.exec(normal)?.[1] ?? (/^zh\b/.test(normal) ? (/-(TW|HK|MO)\b/.test(normal) ? 'Hant' : 'Hans') : '');

// CLDR's parentLocales put Portuguese outside Brazil (pt-AO, pt-MZ, pt-CV, pt-MO, pt-CH…) under
// pt-PT: Angola or Mozambique write European Portuguese, so pt-PT beats a first-offered pt-BR.
// Likewise Spanish of the Americas (es-MX, es-AR, es-CO, es-US…) is under es-419, not es-ES.
const parentOf = (normal: string) =>
  /^pt-(?!BR\b)[A-Z]{2}\b/.test(normal)
    ? 'pt-PT'
    : /^es-(AR|BO|BR|BZ|CL|CO|CR|CU|DO|EC|GT|HN|MX|NI|PA|PE|PR|PY|SV|US|UY|VE)\b/.test(normal)
      ? 'es-419'
      : '';

/**
 * The best of `available` for someone who wants `wanted` (most preferred first, like
 * `navigator.languages`), or `undefined` when none fits. For each wanted locale in turn: an exact
 * match, then its fallback chain (`pt-PT` → `pt`; with CLDR's parent before the bare language, so
 * `pt-AO` → `pt-PT` → `pt` and `es-MX` → `es-419` → `es`), then another region of the same language
 * (`pt-PT` → `pt-BR`; the first such in `available` written in the visitor's script, so `zh-TW`
 * gets `zh-Hant` before `zh-Hans`; then the first of any script). A close match for a preferred language beats
 * an exact match for a later one: `['pt-PT', 'en']` against `['pt-BR', 'en']` gives `pt-BR`.
 * Tags are compared case-insensitively with `_` read as `-`; the answer is spelled as in `available`.
 * Empty tags are skipped; anything but two arrays of strings throws a `TypeError` naming it.
 *
 * @example
 * negotiateLocale(['pt-PT', 'en'], ['pt-BR', 'en']) // 'pt-BR'
 */
export function negotiateLocale(wanted: readonly string[], available: readonly string[]): string | undefined {
  checkTags(wanted, 'wanted');
  checkTags(available, 'available');
  const offered = available.map((tag) => ({ tag, normal: normalizeLocale(tag) })).filter(({ normal }) => normal !== '');
  for (const want of wanted) {
    if (want.trim() === '') continue;
    const normalWant = normalizeLocale(want);
    const wantedScript = script(normalWant);
    const chain = localeChain(want);
    // CLDR inherits through the parent before the bare language: es-MX → es-419 → es.
    const parent = parentOf(normalWant);
    if (parent) chain.splice(-1, 0, parent);
    for (const candidate of chain) {
      const hit = offered.find(({ normal }) => normal === candidate);
      // A fallback known to be in another script (zh, which is Simplified, for zh-TW) waits for
      // the same-script step below; one of no known script (en for en-Latn-US) is taken as before.
      const written = script(candidate);
      if (hit && (!written || written === wantedScript)) return hit.tag;
    }
    const sameLanguage = offered.filter(({ normal }) => language(normal) === language(want));
    const hit = sameLanguage.find(({ normal }) => script(normal) === wantedScript) ?? sameLanguage[0];
    if (hit) return hit.tag;
  }
  return undefined;
}
