// The back/forward cache in real Chromium: a page that left with its survey on screen gave the
// survey lock back on pagehide; when Back restores it, one survey at a time must still hold.
// Playwright turns the cache off by default (--disable-back-forward-cache); this file turns it on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../../../scripts/testing/chromium';
import { startStaticServer, type StaticServer } from '../../../../scripts/testing/static-server';
import { openShop, postPurchase } from '../../test-pages/shop';
import { surveyPanel } from '../../test-pages/survey-driver';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium({ ignoreDefaultArgs: ['--disable-back-forward-cache'] }), startStaticServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
const closing: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((close) => close()));
});

// Shown on every page load, so a second tab would show it too if the lock let it.
const always = { ...postPurchase, frequency: { oncePerVisitor: false } };

async function visitorTab() {
  const context = await browser.newContext();
  closing.push(() => context.close());
  return { context, page: await context.newPage() };
}

/** Leaves the page for another of the site, then comes Back to it from the back/forward cache. */
async function awayAndBack(page: Page, url: string) {
  await page.evaluate(() => ((window as { beforeLeaving?: boolean }).beforeLeaving = true));
  await page.goto(url);
  // A restored page fires no load event; its own window (and this flag) is what comes back.
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForFunction(() => (window as { beforeLeaving?: boolean }).beforeLeaving === true, undefined, { timeout: 5_000 });
}

/** Whether a survey lock request of the page's own is refused, i.e. another tab or page holds it. */
const lockTaken = (page: Page) => page.evaluate(() => navigator.locks.request('pulso:survey', { ifAvailable: true }, (lock) => lock === null));

test('a page restored from the back/forward cache with its survey on screen takes the lock again, so another tab shows none', async () => {
  openShop(server, { config: { surveys: [always], maxSurveysPerSession: 5, debug: true } });
  const { context, page: first } = await visitorTab();
  await first.goto(`${server.url}/shop/thanks`);
  await surveyPanel(first).getByRole('radiogroup').waitFor();
  await awayAndBack(first, `${server.url}/shop/cart`);
  await expect(surveyPanel(first).count()).resolves.toBe(1);
  await expect.poll(() => lockTaken(first), { timeout: 5_000 }).toBe(true);

  const second = await context.newPage();
  const decided = new Promise<void>((done) => second.on('console', (message) => message.text().startsWith('pulso: survey decision') && done()));
  await second.goto(`${server.url}/shop/thanks`);
  await decided;
  // Asked after Pulso's own request in that page, so answered after it: that one was refused too.
  await expect(lockTaken(second)).resolves.toBe(true);
  await expect(surveyPanel(second).count()).resolves.toBe(0);
});

test('a restored page whose lock another tab took meanwhile closes its survey without recording a dismissal', async () => {
  const shop = openShop(server, { config: { surveys: [always], maxSurveysPerSession: 5 } });
  const { context, page: first } = await visitorTab();
  await first.goto(`${server.url}/shop/thanks`);
  await surveyPanel(first).getByRole('radiogroup').waitFor();
  await first.evaluate(() => {
    const heard: string[] = ((window as { heard?: string[] }).heard = []);
    (window as unknown as { Pulso: { on(name: string, handler: () => void): void } }).Pulso.on('dismissed', () => heard.push('dismissed'));
  });
  await first.evaluate(() => ((window as { beforeLeaving?: boolean }).beforeLeaving = true));
  await first.goto(`${server.url}/shop/cart`);

  // While the first page sits in the cache, the visitor opens the site in another tab.
  const second = await context.newPage();
  await second.goto(`${server.url}/shop/thanks`);
  await surveyPanel(second).getByRole('radiogroup').waitFor();

  await first.goBack({ waitUntil: 'commit' });
  await first.waitForFunction(() => (window as { beforeLeaving?: boolean }).beforeLeaving === true, undefined, { timeout: 5_000 });
  await surveyPanel(first).waitFor({ state: 'detached', timeout: 5_000 });
  await expect(first.evaluate(() => (window as { heard?: string[] }).heard)).resolves.toEqual([]);
  await expect(surveyPanel(second).count()).resolves.toBe(1);
  expect(shop.payloads.filter((payload) => payload.type === 'survey.dismissed')).toEqual([]);
});
