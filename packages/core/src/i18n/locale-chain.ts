/**
 * The locales to try, most specific first, for a wanted locale: `pt-PT` → `pt-PT`, `pt`.
 * Tags are compared case-insensitively and `_` is read as `-` (`pt_br` is `pt-BR`), because
 * browsers, CMSs and humans spell them every way.
 */
export function localeChain(locale: string): string[] {
  const parts = normalizeLocale(locale).split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  return chain.filter((tag) => tag.length > 0);
}

/** Canonical BCP 47 casing: language lower case, region upper case, script title case. */
export function normalizeLocale(locale: string): string {
  return locale
    .trim()
    .replace(/_/g, '-')
    .split('-')
    .filter(Boolean)
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}
