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

/** The JSON configuration named by `data-config`, already requested. */
export const configRequest = scriptTag?.dataset.config ? fetchConfig(scriptTag.dataset.config) : undefined;
