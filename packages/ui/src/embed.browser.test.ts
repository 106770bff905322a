import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/testing/chromium';
import { startStaticServer, type StaticServer } from '../../../scripts/testing/static-server';

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
