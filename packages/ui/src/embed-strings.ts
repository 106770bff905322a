// Part of the script-tag entry: the built-in strings of the visitor's language, loaded from
// `locales/<tag>.json` next to `pulso.min.js` instead of bundling all twelve (~10 kB gzip). The
// first request starts when the script runs, beside the `data-config` request, so the first
// survey waits for neither in turn.
import { negotiateLocale, supportedLocales } from '@pulso/core';
import { scriptTag } from './embed-config-request';
import { loadStrings } from './i18n/load-strings';
import { hasStrings } from './i18n/strings-registry';
import { resolveLocale } from './pulso/resolve-locale';

// Captured now: `document.currentScript` is only set while the script first runs.
const scriptUrl = scriptTag?.src || undefined;
const requests: Record<string, Promise<void>> = {};

/**
 * Starts loading (once per locale) the dictionary Pulso will speak with a configuration whose
 * `locale` is `configLocale`: the same choice as the runtime's (`data-locale`, then the
 * configuration's, then the browser's), negotiated against the built-in locales. `undefined` when
 * nothing needs loading (English, or already registered); otherwise a promise that never rejects.
 */
export function stringsFor(configLocale: unknown): Promise<void> | undefined {
  const wanted = resolveLocale(
    { locale: scriptTag?.dataset.locale || (typeof configLocale === 'string' ? configLocale : undefined) },
    navigator,
  );
  const tag = negotiateLocale([wanted], supportedLocales);
  if (!tag || hasStrings(tag)) return undefined;
  return (requests[tag] ??= loadStrings(tag, scriptUrl));
}

// The visitor's language as far as it is known before the configuration arrives.
stringsFor(undefined);
