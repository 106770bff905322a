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

/**
 * Canonical BCP 47 casing: language lower case, region upper case, script title case. The
 * deprecated iw, in and ji (still what Java's and Android's Locale give, so apps pass them on)
 * become their IANA preferred values he, id and yi, so such a visitor gets Hebrew, Indonesian or
 * Yiddish texts.
 */
export function normalizeLocale(locale: string): string {
  return locale
    .trim()
    .replace(/_/g, '-')
    .split('-')
    .filter(Boolean)
    .map((part, index) => {
      const lower = part.toLowerCase();
      // Two letters only, so no "constructor" is looked up in the object.
      if (index === 0) return (part.length === 2 && { iw: 'he', in: 'id', ji: 'yi' }[lower as 'iw']) || lower;
      if (part.length === 2) return part.toUpperCase();
      return part.length === 4 ? part[0]!.toUpperCase() + lower.slice(1) : lower;
    })
    .join('-');
}
