import { localeChain, normalizeLocale } from '../i18n/locale-chain';

/**
 * A text shown to customers: one string for every locale, or one string per locale
 * (`{ en: 'How likely…', 'pt-BR': 'Qual a probabilidade…' }`).
 */
export type LocalizedText = string | { [locale: string]: string };

/**
 * The string to show for `locale`: the most specific match along the locale chain
 * (`pt-PT` → `pt`), then the fallback locale's chain, then the map's first entry, so a customer
 * always sees something rather than a blank.
 */
export function resolveText(text: LocalizedText, locale: string, fallbackLocale?: string): string {
  if (typeof text === 'string') return text;
  const byLocale = new Map<string, string>();
  for (const [key, value] of Object.entries(text)) byLocale.set(normalizeLocale(key), value);
  const wanted = [...localeChain(locale), ...(fallbackLocale ? localeChain(fallbackLocale) : [])];
  for (const tag of wanted) {
    const found = byLocale.get(tag);
    if (found !== undefined) return found;
  }
  return byLocale.values().next().value ?? '';
}
