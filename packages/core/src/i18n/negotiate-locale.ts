import { localeChain, normalizeLocale } from './locale-chain';

const language = (tag: string) => normalizeLocale(tag).split('-')[0]!;

/**
 * The best of `available` for someone who wants `wanted` (most preferred first, like
 * `navigator.languages`), or `undefined` when none fits. For each wanted locale in turn: an exact
 * match, then its fallback chain (`pt-PT` → `pt`), then another region of the same language
 * (`pt-PT` → `pt-BR`; the first such in `available`). A close match for a preferred language beats
 * an exact match for a later one: `['pt-PT', 'en']` against `['pt-BR', 'en']` gives `pt-BR`.
 * Tags are compared case-insensitively with `_` read as `-`; the answer is spelled as in `available`.
 *
 * @example
 * negotiateLocale(['pt-PT', 'en'], ['pt-BR', 'en']) // 'pt-BR'
 */
export function negotiateLocale(wanted: readonly string[], available: readonly string[]): string | undefined {
  const offered = available.map((tag) => ({ tag, normal: normalizeLocale(tag) })).filter(({ normal }) => normal !== '');
  for (const want of wanted) {
    if (typeof want !== 'string' || want.trim() === '') continue;
    for (const candidate of localeChain(want)) {
      const hit = offered.find(({ normal }) => normal === candidate);
      if (hit) return hit.tag;
    }
    const sameLanguage = offered.find(({ normal }) => language(normal) === language(want));
    if (sameLanguage) return sameLanguage.tag;
  }
  return undefined;
}
