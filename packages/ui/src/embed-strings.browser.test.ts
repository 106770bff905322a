// Real Chromium against the built script tag: the visitor's language is loaded from
// `locales/<tag>.json` next to pulso.min.js (only English is bundled), alongside the config file.
import { stringsEn, stringsEs, stringsPtBR } from '@pulso/core';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromiumAndServer } from '../../../scripts/testing/chromium-and-server';

const env = useChromiumAndServer();

const survey = {
  id: 'strings-nps',
  version: 1,
  name: 'NPS',
  trigger: { type: 'pageView', url: { match: 'prefix', value: '/strings' } },
  questions: [{ kind: 'nps', id: 'recommend', title: { en: 'Recommend us?', 'pt-BR': 'Nos recomendaria?', es: '¿Nos recomendaría?', de: 'Empfehlen?' } }],
};

beforeAll(async () => {
  env.server.route('/v1/events', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
});

/**
 * Serves a page at `/strings/<name>` loading the script with `attributes`, and a config file that
 * is answered once `answerConfig` resolves (at once by default).
 */
function stringsPage(name: string, attributes: string, config: object, answerConfig: () => Promise<unknown> = async () => {}) {
  const events: string[] = [];
  const configPath = `/strings/${name}.json`;
  env.server.route(configPath, async (_req, res) => {
    events.push('config requested');
    await answerConfig();
    events.push('config answered');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ surveys: [survey], ...config }));
  });
  env.server.page(
    `/strings/${name}`,
    `<!doctype html><title>${name}</title><script src="/packages/ui/dist/pulso.min.js" data-endpoint="/v1/events" data-config="${configPath}" ${attributes} defer></script>`,
  );
  return events;
}

async function open(path: string, locale = 'en-US'): Promise<{ page: Page; localeRequests: string[]; warnings: string[] }> {
  const context = await env.browser.newContext({ locale });
  const page = await context.newPage();
  const localeRequests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/locales/')) localeRequests.push(new URL(request.url()).pathname);
  });
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('pulso:')) warnings.push(message.text());
  });
  await page.goto(`${env.server.url}${path}`);
  return { page, localeRequests, warnings };
}

test('data-locale="pt-BR": the strings are requested while the config file is still loading, and the survey speaks Portuguese', async () => {
  // The config is held until the strings are asked for, or for 5 s: a fixed short delay would let
  // a slow machine's late (but parallel) strings request look like one made after the config. A
  // script that waits for the config before asking for strings still fails the order check below.
  let stringsRequested = () => {};
  const requested = new Promise<void>((done) => (stringsRequested = done));
  const events = stringsPage('pt', 'data-locale="pt-BR"', {}, () =>
    Promise.race([requested, new Promise((done) => setTimeout(done, 5_000))]),
  );
  env.server.route('/packages/ui/dist/locales/pt-BR.json', async (_req, res) => {
    events.push('strings requested');
    stringsRequested();
    const { readFile } = await import('node:fs/promises');
    res.writeHead(200, { 'content-type': 'application/json' }).end(await readFile(new URL('../dist/locales/pt-BR.json', import.meta.url)));
  });
  const { page, warnings } = await open('/strings/pt');
  await page.getByRole('button', { name: stringsPtBR.survey.close }).waitFor();
  expect(events.indexOf('strings requested')).toBeLessThan(events.indexOf('config answered'));
  expect(await page.getByRole('radio', { name: '10' }).count()).toBe(1);
  expect(await page.getByText(stringsPtBR.survey.npsHigh).count()).toBe(1);
  expect(warnings).toEqual([]);
  await page.context().close();
});

test('an English visitor loads no strings file', async () => {
  stringsPage('en', '', {});
  const { page, localeRequests } = await open('/strings/en', 'en-GB');
  await page.getByRole('button', { name: stringsEn.survey.close }).waitFor();
  expect(localeRequests).toEqual([]);
  await page.context().close();
});

test('a browser in Spanish gets the Spanish file, from next to the script', async () => {
  stringsPage('es', '', {});
  const { page, localeRequests } = await open('/strings/es', 'es-MX');
  await page.getByRole('button', { name: stringsEs.survey.close }).waitFor();
  expect(localeRequests).toEqual(['/packages/ui/dist/locales/es.json']);
  await page.context().close();
});

test('the configuration’s locale, without data-locale, is loaded after the configuration, before the survey shows', async () => {
  stringsPage('config-locale', '', { locale: 'pt-BR' });
  const { page, localeRequests } = await open('/strings/config-locale', 'en-US');
  await page.getByRole('button', { name: stringsPtBR.survey.close }).waitFor();
  expect(localeRequests).toEqual(['/packages/ui/dist/locales/pt-BR.json']);
  await page.context().close();
});

test('when the strings file cannot be loaded, the survey still shows, in English, with one warning', async () => {
  stringsPage('missing', 'data-locale="de"', {});
  env.server.route('/packages/ui/dist/locales/de.json', (_req, res) => void res.writeHead(404).end());
  const { page, warnings } = await open('/strings/missing');
  await page.getByRole('button', { name: stringsEn.survey.close }).waitFor();
  expect(await page.getByText('Empfehlen?').count()).toBe(1);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('/packages/ui/dist/locales/de.json');
  expect(warnings[0]).toContain('English');
  await page.context().close();
});
