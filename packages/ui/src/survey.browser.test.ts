// Real Chromium against the built script tag: pages load only packages/ui/dist/pulso.min.js.
import { afterEach, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useChromiumAndServer } from '../../../scripts/testing/chromium-and-server';
import { openShop, postPurchase, spaSurvey } from '../test-pages/shop';
import { answerCurrent, surveyPanel, waitForStep } from '../test-pages/survey-driver';

const env = useChromiumAndServer();
const contexts: BrowserContext[] = [];

// Each test's pages go away with it, so no queue keeps sending into the next test's endpoint.
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** A fresh visitor: its own storage, so history and locks never leak between tests. */
async function visitor(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await env.browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return { context, page, errors };
}

/** One `pulso: survey decision` a page logged (configurations with `debug: true`), summarised. */
interface Decision {
  survey: string | null;
  why: string[];
}

/**
 * The survey decisions a page logs with `debug: true`, in order, and the `console.info('mark: …')`
 * lines a test writes between them. Waiting for a decision is a positive sign that Pulso has
 * decided (and, when it chose nothing, why), where a fixed sleep followed by "no survey appeared"
 * proves nothing on a slow machine.
 */
function watchDecisions(page: Page): () => Promise<Array<Decision | string>> {
  const logged: Array<Promise<Decision | string>> = [];
  page.on('console', (message) => {
    if (message.type() !== 'info') return;
    if (message.text().startsWith('mark: ')) logged.push(Promise.resolve(message.text()));
    if (!message.text().startsWith('pulso: survey decision')) return;
    logged.push(
      message.args()[1]!.jsonValue().then((decision: { survey: { id: string } | null; reasons: Array<{ reason: string }> }) => ({
        survey: decision.survey?.id ?? null,
        why: decision.reasons.map((skip) => skip.reason),
      })),
    );
  });
  return () => Promise.all(logged);
}

/** Waits until the page has decided at least once, and returns what it has logged so far. */
async function firstDecisions(decisions: () => Promise<Array<Decision | string>>) {
  await expect.poll(async () => (await decisions()).length).toBeGreaterThan(0);
  return decisions();
}

test('the post-purchase survey shows on the order page and every answer reaches the endpoint', async () => {
  const shop = openShop(env.server, { config: { surveys: [postPurchase] } });
  const { page, errors } = await visitor();
  await page.goto(`${env.server.url}/shop/thanks`);
  const panel = surveyPanel(page);
  await panel.getByRole('radiogroup').waitFor();
  expect(await panel.getByRole('radio').count()).toBe(11);
  await panel.getByRole('radio', { name: '9', exact: true }).click();
  await panel.locator('[part~="submit"]').click();
  await waitForStep(page, 'text');
  await panel.getByRole('textbox').fill('Fast delivery');
  await panel.locator('[part~="submit"]').click();
  await waitForStep(page, 'thank-you');

  const completed = await shop.received((p) => p.type === 'survey.completed');
  const answered = shop.payloads.filter((p) => p.type === 'survey.answered');
  expect(answered.map((p) => [p.questionId, p.value])).toEqual([
    ['recommend', 9],
    ['recommend-followup', 'Fast delivery'],
  ]);
  expect(shop.payloads.filter((p) => p.type === 'survey.shown').map((p) => p.responseId)).toEqual([completed.responseId]);
  expect(completed).toMatchObject({
    surveyId: 'post-purchase',
    surveyVersion: 1,
    journeyStage: 'purchase',
    locale: 'en',
    url: `${env.server.url}/shop/thanks`,
    responseId: answered[0]!.responseId,
    answers: { recommend: 9, 'recommend-followup': 'Fast delivery' },
  });
  expect(errors).toEqual([]);
});

test('on a 375 px wide screen the survey is a bottom sheet across the whole width', async () => {
  openShop(env.server, { config: { surveys: [postPurchase] } });
  const { page } = await visitor({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
  await page.goto(`${env.server.url}/shop/thanks`);
  const panel = surveyPanel(page);
  await panel.getByRole('radiogroup').waitFor();
  // Measure once the entrance animation has finished: a fixed pause can end mid-slide on a slow machine.
  await panel.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeCloseTo(0, 0);
  expect(box.width).toBeCloseTo(375, 0);
  expect(box.y + box.height).toBeCloseTo(700, 0);
  // Every option of the 0–10 scale stays a usable touch target on a phone.
  for (const radio of await panel.getByRole('radio').all()) {
    const target = (await radio.boundingBox())!;
    expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(24);
  }
});

test('a single-page app navigating with pushState gets its URL-targeted survey', async () => {
  openShop(env.server, { config: { surveys: [spaSurvey], debug: true } });
  const { page } = await visitor();
  const decisions = watchDecisions(page);
  await page.goto(`${env.server.url}/app/`);
  // Pulso decided on the first page, and chose nothing because of the URL.
  for (const decision of await firstDecisions(decisions)) expect(decision).toEqual({ survey: null, why: [expect.stringContaining('does not match')] });
  await expect(surveyPanel(page).count()).resolves.toBe(0);
  await page.evaluate(() => history.pushState({}, '', '/app/orders/42'));
  await surveyPanel(page).getByRole('radiogroup').waitFor({ timeout: 5_000 });
});

test('a hash-routed app moving to #/checkout/done gets the survey targeted at that route', async () => {
  const hashSurvey = { ...spaSurvey, id: 'hash-order', trigger: { type: 'pageView', url: { match: 'prefix', value: '/app/#/checkout/done' } } };
  openShop(env.server, { config: { surveys: [hashSurvey], debug: true } });
  const { page } = await visitor();
  const decisions = watchDecisions(page);
  await page.goto(`${env.server.url}/app/#/cart`);
  for (const decision of await firstDecisions(decisions)) expect(decision).toEqual({ survey: null, why: [expect.stringContaining('does not match')] });
  await expect(surveyPanel(page).count()).resolves.toBe(0);
  await page.evaluate(() => (location.hash = '#/checkout/done'));
  await surveyPanel(page).getByRole('radiogroup').waitFor({ timeout: 5_000 });
});

test('a reload in the middle of a survey continues the same response at the next question', async () => {
  const shop = openShop(env.server, { config: { surveys: [postPurchase] } });
  const { page } = await visitor();
  await page.goto(`${env.server.url}/shop/thanks`);
  await surveyPanel(page).getByRole('radio', { name: '3', exact: true }).click();
  await page.locator('pulso-widget [part~="submit"]').click();
  await waitForStep(page, 'text');
  await page.reload();
  await waitForStep(page, 'text');
  await answerCurrent(page, 'The box arrived late');
  await waitForStep(page, 'thank-you');
  const completed = await shop.received((p) => p.type === 'survey.completed');
  const answered = shop.payloads.filter((p) => p.type === 'survey.answered');
  expect(answered.map((p) => p.responseId)).toEqual([completed.responseId, completed.responseId]);
  expect(completed.answers).toEqual({ recommend: 3, 'recommend-followup': 'The box arrived late' });
  // Resuming is not a second showing.
  expect(shop.payloads.filter((p) => p.type === 'survey.shown').map((p) => p.responseId)).toEqual([completed.responseId]);
});

test('a survey open in one tab is not opened in another tab of the same visitor', async () => {
  const always = { ...postPurchase, frequency: { oncePerVisitor: false } };
  openShop(env.server, { config: { surveys: [always], maxSurveysPerSession: 5, debug: true } });
  const { context, page: first } = await visitor();
  await first.goto(`${env.server.url}/shop/thanks`);
  await surveyPanel(first).getByRole('radiogroup').waitFor();
  const second = await context.newPage();
  const decisions = watchDecisions(second);
  await second.goto(`${env.server.url}/shop/thanks`);
  // The second tab chose the survey too, and asked for the lock in the same task...
  await expect.poll(async () => (await decisions()).some((decision) => typeof decision === 'object' && decision.survey === 'post-purchase')).toBe(true);
  // ...so by the time a later request of ours is answered, its own was refused: the first tab holds it.
  const refused = await second.evaluate(() => navigator.locks.request('pulso:survey', { ifAvailable: true }, (lock) => lock === null));
  expect(refused).toBe(true);
  await expect(surveyPanel(second).count()).resolves.toBe(0);
  // Once the first tab's survey is closed, another tab may show one.
  await surveyPanel(first).locator('[part~="close"]').click();
  await second.evaluate(() => (window as unknown as { Pulso: { showSurvey(id: string): void } }).Pulso.showSurvey('post-purchase'));
  await surveyPanel(second).getByRole('radiogroup').waitFor({ timeout: 5_000 });
});

test('calls queued before the script loads run after it, in order, and a purchase triggers its survey', async () => {
  const afterPurchase = {
    ...postPurchase,
    id: 'big-order',
    trigger: { type: 'event', event: 'purchase', where: [{ path: 'order.total', op: 'gte', value: 100 }] },
  };
  const snippet = `<script>
    window.Pulso = window.Pulso || { q: [] };
    ['init','showSurvey','track','identify','setJourney','openChat','consent','on','destroy'].forEach(function (m) {
      window.Pulso[m] = window.Pulso[m] || function () { window.Pulso.q.push([m].concat([].slice.call(arguments))); };
    });
    window.seen = [];
    Pulso.on('shown', function (e) { window.seen.push(e.surveyId); });
    Pulso.track('purchase', { order: { total: 20 } });
    Pulso.q.push(['track', 'purchase', { order: { total: 150 } }]);
  </script>`;
  openShop(env.server, { config: { surveys: [afterPurchase] }, before: snippet });
  const { page, errors } = await visitor();
  await page.goto(`${env.server.url}/shop/cart`);
  await surveyPanel(page).getByRole('radiogroup').waitFor();
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['big-order']);
  expect(errors).toEqual([]);
});

test('a bad configuration logs one clear error naming the path and shows nothing', async () => {
  const broken = { surveys: [{ ...postPurchase, questions: [{ kind: 'stars', id: 'q', title: 'Hi' }] }] };
  openShop(env.server, { config: broken });
  const { page, errors } = await visitor();
  await page.goto(`${env.server.url}/shop/thanks`);
  await expect.poll(() => errors.length).toBe(1);
  await page.waitForTimeout(300);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('pulso: the configuration is invalid');
  expect(errors[0]).toContain('surveys[0].questions[0].kind');
  await expect(page.locator('pulso-widget').count()).resolves.toBe(0);
});

test('a detractor is offered "Talk to us", which opens the chat with the survey context', async () => {
  const faq = { locale: 'en', faqs: [{ id: 'shipping', question: 'How long does shipping take?', answer: 'Two to four working days.' }] };
  openShop(env.server, { config: { surveys: [postPurchase], faq, chat: { enabled: true } } });
  const { page, errors } = await visitor();
  await page.goto(`${env.server.url}/shop/thanks`);
  const panel = surveyPanel(page);
  await panel.getByRole('radio', { name: '2', exact: true }).click();
  await panel.locator('[part~="submit"]').click();
  await waitForStep(page, 'text');
  await panel.locator('[part~="submit"]').click(); // the follow-up is optional: skip it
  await waitForStep(page, 'thank-you');
  await panel.getByRole('button', { name: 'Talk to us' }).click();
  const chat = page.locator('pulso-widget [part~="panel"]');
  await chat.waitFor();
  expect(await chat.getAttribute('role')).toBe('dialog');
  // Opened from a detractor survey, the chat offers a person straight away.
  await chat.locator('[part~="handoff"]').first().waitFor({ timeout: 5_000 });
  await expect(surveyPanel(page).count()).resolves.toBe(0);
  expect(errors).toEqual([]);
});

test('with requireConsent nothing is sent until Pulso.consent(), then the answers go out', async () => {
  const shop = openShop(env.server, { config: { surveys: [postPurchase], requireConsent: true } });
  const { page } = await visitor();
  await page.goto(`${env.server.url}/shop/thanks`);
  await surveyPanel(page).getByRole('radio', { name: '10', exact: true }).click();
  await page.locator('pulso-widget [part~="submit"]').click();
  await waitForStep(page, 'text');
  await page.waitForTimeout(1_500); // well past the queue's send delay
  expect(shop.payloads).toEqual([]);
  await page.evaluate(() => (window as unknown as { Pulso: { consent(): void } }).Pulso.consent());
  const answered = await shop.received((p) => p.type === 'survey.answered');
  expect(answered).toMatchObject({ questionId: 'recommend', value: 10 });
});

test('without data-config, a module script can init with an object and show a survey by id', async () => {
  const shop = openShop(env.server, { config: {} });
  const config = JSON.stringify({ surveys: [{ ...postPurchase, trigger: undefined }] });
  env.server.route('/shop/init.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(`Pulso.init(${config}); Pulso.showSurvey('post-purchase');`);
  });
  env.server.page(
    '/shop/manual',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Manual init</title></head><body><main><h1>Manual init</h1></main>
    <script src="/packages/ui/dist/pulso.min.js" data-endpoint="${shop.endpoint}" defer></script>
    <script type="module" src="/shop/init.js"></script></body></html>`,
    { 'content-security-policy': "default-src 'self'" },
  );
  const { page, errors } = await visitor();
  await page.goto(`${env.server.url}/shop/manual`);
  await surveyPanel(page).getByRole('radio', { name: '8', exact: true }).click();
  await page.locator('pulso-widget [part~="submit"]').click();
  expect(await shop.received((p) => p.type === 'survey.answered')).toMatchObject({ questionId: 'recommend', value: 8 });
  expect(errors).toEqual([]);
});

test('moving the pointer out through the top of the page shows an exit-intent survey', async () => {
  openShop(env.server, { config: { surveys: [{ ...postPurchase, trigger: { type: 'exitIntent' } }], debug: true } });
  const { page } = await visitor();
  const decisions = watchDecisions(page);
  await page.goto(`${env.server.url}/shop/cart`);
  await firstDecisions(decisions);
  await page.mouse.move(400, 300);
  await page.mouse.move(400, 200);
  // Logged after the moves' events ran, so a survey they had chosen would be logged before it.
  await page.evaluate(() => console.info('mark: moved inside the page'));
  await page.mouse.move(400, -5); // out through the top edge, towards the tabs
  await surveyPanel(page).getByRole('radiogroup').waitFor({ timeout: 5_000 });
  const logged = await decisions();
  const mark = logged.indexOf('mark: moved inside the page');
  for (const decision of logged.slice(0, mark)) expect(decision).toEqual({ survey: null, why: ['waiting for exit intent'] });
  expect(logged.slice(mark + 1)).toEqual([{ survey: 'post-purchase', why: [] }]);
});

test('scrolling past half of a long page shows a scroll-depth survey', async () => {
  const tall = '<div style="height: 4000px" aria-hidden="true"></div>';
  openShop(env.server, { config: { surveys: [{ ...postPurchase, trigger: { type: 'scroll', percent: 50 } }], debug: true }, before: tall });
  const { page } = await visitor({ viewport: { width: 1000, height: 600 } });
  const decisions = watchDecisions(page);
  await page.goto(`${env.server.url}/shop/cart`);
  await firstDecisions(decisions);
  await page.mouse.wheel(0, 800);
  // The scroll was measured and decided on: deeper than the top, not yet half.
  await expect.poll(async () => ((await decisions()).at(-1) as Decision | undefined)?.why[0]).toMatch(/^waiting for 50% scroll \(now ([1-9]|[1-4]\d)%\)$/);
  await expect(surveyPanel(page).count()).resolves.toBe(0);
  await page.mouse.wheel(0, 2_000);
  await surveyPanel(page).getByRole('radiogroup').waitFor({ timeout: 5_000 });
});

test("the thank-you screen shows the survey's own texts and the closing action for the visitor's segment", async () => {
  const withFollowUp = {
    ...postPurchase,
    thankYou: { title: { en: 'Obrigado, thank you!' } },
    followUp: {
      promoters: { message: 'Would you tell others?', link: { label: 'Leave a review', url: '/shop/reviews' } },
    },
  };
  openShop(env.server, { config: { surveys: [withFollowUp] } });
  const { page } = await visitor();
  await page.goto(`${env.server.url}/shop/thanks`);
  const panel = surveyPanel(page);
  await panel.getByRole('radio', { name: '10', exact: true }).click();
  await panel.locator('[part~="submit"]').click();
  await waitForStep(page, 'text');
  await panel.locator('[part~="submit"]').click();
  await waitForStep(page, 'thank-you');
  await expect(panel.getByRole('heading').textContent()).resolves.toBe('Obrigado, thank you!');
  await expect(panel.locator('[part~="thank-you"]').textContent()).resolves.toContain('Would you tell others?');
  expect(await panel.getByRole('link', { name: 'Leave a review' }).getAttribute('href')).toBe('/shop/reviews');
});
