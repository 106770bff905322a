/**
 * The locale to speak: the configuration's (`data-locale` on the script tag, or `locale` in the
 * config), else the browser's first preference, else English.
 */
export function resolveLocale(config: { locale?: string | undefined }, nav?: { languages?: readonly string[]; language?: string }): string {
  return config.locale || nav?.languages?.[0] || nav?.language || 'en';
}
