import { stringsEn, type UiStrings } from '@pulso/core';
import { markMissing, registerStrings } from './strings-registry';

/**
 * Fetches the built-in dictionary `locales/<tag>.json` that the build writes next to
 * `pulso.min.js` (resolved against `scriptUrl`), and registers it. Never rejects: when the file
 * cannot be had (offline, a Content-Security-Policy without the script's origin in `connect-src`,
 * a 404, a bad file) it warns once and the widgets speak English, because showing a survey in
 * the wrong language beats showing none.
 */
export async function loadStrings(tag: string, scriptUrl: string | undefined, fetcher: typeof fetch = fetch): Promise<void> {
  let url = `locales/${tag}.json`;
  try {
    if (!scriptUrl) throw new Error('the script’s own URL is unknown (no document.currentScript)');
    url = new URL(url, scriptUrl).href;
    const response = await fetcher(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    registerStrings({ [tag]: toDictionary(await response.json()) });
  } catch (error) {
    console.warn(`pulso: could not load the "${tag}" strings from ${url} (${(error as Error).message}), so the surveys and chat speak English`);
    markMissing(tag);
  }
}

/**
 * The loaded file as a dictionary, English filling any key it lacks: a cached `locales/` file
 * from an older build must not leave a button without a label.
 */
function toDictionary(data: unknown): UiStrings {
  const { survey, chat } = (data ?? {}) as Partial<UiStrings>;
  if (!isObject(survey) || !isObject(chat)) throw new Error('the file is not a strings dictionary (expected "survey" and "chat" objects)');
  return { survey: { ...stringsEn.survey, ...survey }, chat: { ...stringsEn.chat, ...chat } };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
