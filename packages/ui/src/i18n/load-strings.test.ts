import { stringsAr, stringsEn, stringsJa } from '@pulso/core';
import { afterEach, expect, test, vi } from 'vitest';
import { loadStrings } from './load-strings';
import { hasStrings, registeredStrings } from './strings-registry';

const scriptUrl = 'https://cdn.example/pulso/1.0/pulso.min.js';

/** A fetch that answers from a table of URL → [status, body], recording the URLs asked for. */
function fakeFetch(table: Record<string, [number, unknown]>) {
  const asked: string[] = [];
  const fetcher = (async (url: string) => {
    asked.push(url);
    const entry = table[url];
    if (!entry) throw new TypeError('Failed to fetch');
    const [status, body] = entry;
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { fetcher, asked };
}

afterEach(() => vi.restoreAllMocks());

test('fetches locales/<tag>.json next to the script and registers it', async () => {
  const { fetcher, asked } = fakeFetch({ 'https://cdn.example/pulso/1.0/locales/ar.json': [200, stringsAr] });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await loadStrings('ar', scriptUrl, fetcher);
  expect(asked).toEqual(['https://cdn.example/pulso/1.0/locales/ar.json']);
  expect(hasStrings('ar')).toBe(true);
  expect(registeredStrings('ar')).toEqual(stringsAr);
  expect(warn).not.toHaveBeenCalled();
});

test.each([
  ['a 404', { 'https://cdn.example/pulso/1.0/locales/de.json': [404, 'not found'] }, /server answered 404/],
  ['a network error (offline, or blocked by the CSP)', {}, /Failed to fetch/],
  ['a file that is not JSON', { 'https://cdn.example/pulso/1.0/locales/de.json': [200, '<html>'] }, /could not load the "de" strings/],
  ['JSON that is not a dictionary', { 'https://cdn.example/pulso/1.0/locales/de.json': [200, { hello: 1 }] }, /not a strings dictionary/],
] as const)('%s: one warning naming the URL, and English', async (_, table, reason) => {
  const { fetcher } = fakeFetch(table as Record<string, [number, unknown]>);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await expect(loadStrings('de', scriptUrl, fetcher)).resolves.toBeUndefined();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]![0]).toMatch(reason);
  expect(warn.mock.calls[0]![0]).toContain('https://cdn.example/pulso/1.0/locales/de.json');
  expect(warn.mock.calls[0]![0]).toContain('English');
  expect(hasStrings('de')).toBe(false);
  expect(registeredStrings('de')).toEqual(stringsEn);
});

test('without the script’s URL nothing is fetched: one warning, and English', async () => {
  const { fetcher, asked } = fakeFetch({});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await loadStrings('nl', undefined, fetcher);
  expect(asked).toEqual([]);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]![0]).toMatch(/URL is unknown/);
  expect(hasStrings('nl')).toBe(false);
});

test('a file from an older build that lacks some keys gets them in English', async () => {
  const { submit: _, ...survey } = stringsJa.survey;
  const { fetcher } = fakeFetch({ 'https://cdn.example/pulso/1.0/locales/ja.json': [200, { survey, chat: stringsJa.chat }] });
  await loadStrings('ja', scriptUrl, fetcher);
  expect(registeredStrings('ja').survey.submit).toBe(stringsEn.survey.submit);
  expect(registeredStrings('ja').survey.next).toBe(stringsJa.survey.next);
});
