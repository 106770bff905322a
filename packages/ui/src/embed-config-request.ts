// Part of the script-tag entry, imported first by embed.ts so that it runs before the rest of the
// bundle initialises: the configuration request is then already in flight while the survey
// engine, validation and strings are being set up.
import { fetchConfig } from './pulso/fetch-config';

// Start of the paint benchmark (scripts/bench/ui-paint.bench.ts): when the script begins to run.
performance.mark?.('pulso:start');

/** The `<script>` element that loaded Pulso (`currentScript` is null in some loaders). */
export const scriptTag =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-config],script[data-endpoint]');

/**
 * True when another copy of `pulso.min.js` already runs on this page (the tag pasted twice, e.g.
 * in a theme and an app block): only the real Pulso has a `version`, the pre-load stub does not.
 */
export const loadedBefore = typeof (window as { Pulso?: { version?: unknown } }).Pulso?.version === 'string';

/** The JSON configuration named by `data-config`, already requested (not by a second copy). */
export const configRequest = scriptTag?.dataset.config && !loadedBefore ? fetchConfig(scriptTag.dataset.config) : undefined;
