import { expect, test } from 'vitest';
import { useChromiumAndServer } from '../../../scripts/testing/chromium-and-server';
import { openShop, postPurchase } from '../test-pages/shop';
import { surveyPanel } from '../test-pages/survey-driver';

const env = useChromiumAndServer();


test('the built script tag loads in Chromium and exposes window.Pulso', async () => {
  env.server.page('/smoke', '<!doctype html><title>smoke</title><script src="/packages/ui/dist/pulso.min.js"></script>');
  const page = await env.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${env.server.url}/smoke`);
  expect(await page.evaluate(() => typeof (window as unknown as { Pulso?: object }).Pulso)).toBe('object');
  expect(errors).toEqual([]);
});

test('the script tag pasted twice runs one Pulso: one survey, one survey.shown, one warning, and destroy removes it all', async () => {
  const endpoint = '/v1/events/pasted-twice';
  const again = `<script src="/packages/ui/dist/pulso.min.js" data-endpoint="${endpoint}" data-config="/shop/pulso.json" defer></script>`;
  const shop = openShop(env.server, { config: { surveys: [postPurchase] }, before: again, endpoint });
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => (message.type() === 'warning' ? warnings : message.type() === 'error' ? errors : []).push(message.text()));
  await page.goto(`${env.server.url}/shop/thanks`);
  await surveyPanel(page).getByRole('radiogroup').waitFor();
  await shop.received((payload) => payload.type === 'survey.shown');
  await page.waitForTimeout(500);
  expect(await page.locator('pulso-widget').count()).toBe(1);
  expect(shop.payloads.filter((payload) => payload.type === 'survey.shown')).toHaveLength(1);
  expect(warnings.filter((text) => text.includes('more than once'))).toHaveLength(1);
  // `window.Pulso` is still the copy that showed the survey, so the page keeps control of it.
  await page.evaluate(() => (window as unknown as { Pulso: { destroy(): void } }).Pulso.destroy());
  expect(await page.locator('pulso-widget').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
