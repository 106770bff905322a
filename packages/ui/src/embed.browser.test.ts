import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/testing/chromium';
import { startStaticServer, type StaticServer } from '../../../scripts/testing/static-server';
import { openShop, postPurchase } from '../test-pages/shop';
import { surveyPanel } from '../test-pages/survey-driver';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaticServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the built script tag loads in Chromium and exposes window.Pulso', async () => {
  server.page('/smoke', '<!doctype html><title>smoke</title><script src="/packages/ui/dist/pulso.min.js"></script>');
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/smoke`);
  expect(await page.evaluate(() => typeof (window as unknown as { Pulso?: object }).Pulso)).toBe('object');
  expect(errors).toEqual([]);
});

test('the script tag pasted twice runs one Pulso: one survey, one survey.shown, one warning, and destroy removes it all', async () => {
  const endpoint = '/v1/events/pasted-twice';
  const again = `<script src="/packages/ui/dist/pulso.min.js" data-endpoint="${endpoint}" data-config="/shop/pulso.json" defer></script>`;
  const shop = openShop(server, { config: { surveys: [postPurchase] }, before: again, endpoint });
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => (message.type() === 'warning' ? warnings : message.type() === 'error' ? errors : []).push(message.text()));
  await page.goto(`${server.url}/shop/thanks`);
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
