// Web Locks in a real browser: a survey's lock given back by `destroy` (or a second `init`) is
// released asynchronously, and a new start in the same task must still be able to show one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../../scripts/testing/chromium';
import { startStaticServer, type StaticServer } from '../../../../scripts/testing/static-server';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaticServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('destroy then init in the same task can show a survey again (the Web Lock of the first start does not block it)', async () => {
  server.page('/reinit', '<!doctype html><title>reinit</title><script src="/packages/ui/dist/pulso.min.js"></script>');
  const page = await browser.newPage();
  await page.goto(`${server.url}/reinit`);
  const shown = await page.evaluate(async () => {
    const pulso = (window as unknown as { Pulso: Record<string, (...args: unknown[]) => unknown> }).Pulso;
    const survey = { id: 'again', version: 1, name: 'again', questions: [{ kind: 'nps', id: 'recommend', title: 'Recommend us?' }] };
    const seen: string[] = [];
    pulso.on!('shown', (detail: unknown) => seen.push((detail as { surveyId: string }).surveyId));
    pulso.init!({ surveys: [survey] });
    pulso.showSurvey!('again');
    await new Promise((done) => setTimeout(done, 500));
    pulso.destroy!();
    pulso.init!({ surveys: [survey] });
    pulso.showSurvey!('again');
    await new Promise((done) => setTimeout(done, 500));
    return { seen, locks: typeof navigator.locks };
  });
  expect(shown.locks).toBe('object');
  expect(shown.seen).toEqual(['again', 'again']);
  await page.close();
});
