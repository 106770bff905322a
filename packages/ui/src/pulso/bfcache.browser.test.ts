// The back/forward cache in real Chromium: a page that left with its survey on screen gave the
// survey lock back on pagehide; when Back restores it, one survey at a time must still hold.
// Playwright turns the cache off by default (--disable-back-forward-cache); this file turns it on.
// The pages have no endpoint: a queue that sends on pagehide may still hold its own Web Lock as
// the page enters the cache, and Chrome then evicts the page when another tab's queue asks for it
// ('weblocks-contention'), so Back would reload it instead of restoring it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../../../scripts/testing/chromium';
import { startStaticServer, type StaticServer } from '../../../../scripts/testing/static-server';
import { postPurchase } from '../../test-pages/shop';
import { answerCurrent, surveyPanel } from '../../test-pages/survey-driver';

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

// Shown on every load of /bf/thanks, so a second tab would show it too if the lock let it.
const always = { ...postPurchase, trigger: { type: 'pageView', url: { match: 'prefix', value: '/bf/thanks' } }, frequency: { oncePerVisitor: false } };

/** Serves /bf/thanks (the survey's page) and /bf/cart, loading only the built script tag. */
function openSite(config: object, survey: object = always) {
  server.route('/bf/pulso.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ surveys: [survey], maxSurveysPerSession: 5, ...config }));
  });
  for (const path of ['/bf/thanks', '/bf/cart']) {
    server.page(path, `<!doctype html><html lang="en"><title>${path}</title><script src="/packages/ui/dist/pulso.min.js" data-config="/bf/pulso.json" defer></script></html>`);
  }
}

async function visitorTab() {
  const context = await browser.newContext();
  closing.push(() => context.close());
  return { context, page: await context.newPage() };
}

/** Leaves the page for another of the site; `meanwhile` runs while it sits in the cache. */
async function awayAndBack(page: Page, meanwhile: () => Promise<unknown> = async () => {}) {
  await page.evaluate(() => ((window as { beforeLeaving?: boolean }).beforeLeaving = true));
  await page.goto(`${server.url}/bf/cart`);
  await meanwhile();
  // A restored page fires no load event: its own window (and this flag) is what comes back.
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState === 'complete');
  const restored = await page.evaluate(() => ({
    restored: (window as { beforeLeaving?: boolean }).beforeLeaving === true,
    why: JSON.stringify((performance.getEntriesByType('navigation')[0] as { notRestoredReasons?: unknown } | undefined)?.notRestoredReasons ?? null),
  }));
  expect(restored, 'the page came back from the back/forward cache').toMatchObject({ restored: true });
}

/** Whether a survey lock request of the page's own is refused, i.e. another tab or page holds it. */
const lockTaken = (page: Page) => page.evaluate(() => navigator.locks.request('pulso:survey', { ifAvailable: true }, (lock) => lock === null));

test('a page restored from the back/forward cache with its survey on screen takes the lock again, so another tab shows none', async () => {
  openSite({ debug: true });
  const { context, page: first } = await visitorTab();
  await first.goto(`${server.url}/bf/thanks`);
  await surveyPanel(first).getByRole('radiogroup').waitFor();
  await awayAndBack(first);
  await expect(surveyPanel(first).count()).resolves.toBe(1);
  await expect.poll(() => lockTaken(first), { timeout: 5_000 }).toBe(true);

  const second = await context.newPage();
  const decided = new Promise<void>((done) => second.on('console', (message) => message.text().startsWith('pulso: survey decision') && done()));
  await second.goto(`${server.url}/bf/thanks`);
  await decided;
  // Asked after Pulso's own request in that page, so answered after it: that one was refused too.
  await expect(lockTaken(second)).resolves.toBe(true);
  await expect(surveyPanel(second).count()).resolves.toBe(0);
});

test('a restored page whose lock another tab took meanwhile closes its survey without recording a dismissal', async () => {
  openSite({});
  const { context, page: first } = await visitorTab();
  await first.goto(`${server.url}/bf/thanks`);
  await surveyPanel(first).getByRole('radiogroup').waitFor();
  await first.evaluate(() => {
    const heard: string[] = ((window as { heard?: string[] }).heard = []);
    (window as unknown as { Pulso: { on(name: string, handler: () => void): void } }).Pulso.on('dismissed', () => heard.push('dismissed'));
  });
  // While the first page sits in the cache, the visitor opens the site in another tab.
  const second = await context.newPage();
  await awayAndBack(first, async () => {
    await second.goto(`${server.url}/bf/thanks`);
    await surveyPanel(second).getByRole('radiogroup').waitFor();
  });
  await surveyPanel(first).waitFor({ state: 'detached', timeout: 5_000 });
  await expect(first.evaluate(() => (window as { heard?: string[] }).heard)).resolves.toEqual([]);
  const history = await first.evaluate(() => JSON.parse(localStorage.getItem('pulso:history') ?? '{}') as { surveys?: Record<string, { dismissed: number[] }> });
  expect(history.surveys?.['post-purchase']?.dismissed).toEqual([]);
  await expect(surveyPanel(second).count()).resolves.toBe(1);
});

test('a restored page whose survey the next page went on with shows it at the question the visitor is really at', async () => {
  const steps = { ...always, questions: ['one', 'two', 'three'].map((id) => ({ kind: 'csat', id, title: `Question ${id}` })) };
  openSite({}, steps);
  const { page } = await visitorTab();
  const title = () => page.locator('pulso-widget [part~="question"] .title');
  await page.goto(`${server.url}/bf/thanks`);
  await expect.poll(() => title().textContent()).toBe('Question one');
  await answerCurrent(page);
  await expect.poll(() => title().textContent()).toBe('Question two');
  // The next page resumes the response; question two is answered there.
  await awayAndBack(page, async () => {
    await expect.poll(() => title().textContent()).toBe('Question two');
    await answerCurrent(page);
    await expect.poll(() => title().textContent()).toBe('Question three');
  });
  await expect.poll(() => title().textContent()).toBe('Question three');
  await expect(surveyPanel(page).count()).resolves.toBe(1);
});
