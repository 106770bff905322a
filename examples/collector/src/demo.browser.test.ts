// End to end, in real Chromium over the demo as `npm run demo` runs it (`main.ts --demo` in a
// child process: the collector with the store pages and the built pulso.min.js): answers given
// while the endpoint is unreachable survive a reload and arrive exactly once when the network is
// back.
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { animationsSettled } from '../../../scripts/testing/animations';
import { launchChromium } from '../../../scripts/testing/chromium';
import { startCutProxy, type CutProxy } from '../../../scripts/testing/cut-proxy';
import { startDemoProcess } from './testing/start-demo-process';
import { answerSurvey } from './testing/demo-driver';

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemoProcess>>;
let dir: string;
let context: BrowserContext;
let page: Page;
let errors: string[];
let network: CutProxy | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pulso-e2e-'));
  demo = await startDemoProcess({ sqliteFile: join(dir, 'demo.db') });
  context = await browser.newContext({ locale: 'pt-BR' });
  page = await context.newPage();
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
});
afterEach(async () => {
  await context?.close();
  await network?.close();
  network = undefined;
  await demo?.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * The demo behind a proxy that makes /v1/events unreachable (the connection drops), counting the
 * attempts. Request routing in the browser would miss the keepalive request a reload sends while
 * the page unloads, and that one would reach the collector and be counted while "offline".
 */
async function goOffline() {
  network = await startCutProxy(demo.url);
  network.cut('/v1/events');
  return network;
}

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 250));
    value = await read();
  }
  return value;
}

const report = async () => (await fetch(`${demo.url}/v1/report?survey=post-purchase-nps`)).json();

/**
 * How long the page's queue still waits before its next attempt. Each failed attempt doubles the
 * (jittered) backoff, which the queue keeps in IndexedDB across reloads; a page loaded after the
 * network is back honours it, so the wait for delivery depends on how many attempts failed (more
 * on a slow machine) and must cover it.
 */
const backoffLeft = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('pulso-queue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('q').objectStore('q').get('meta');
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            resolve(Math.max(0, ((read.result as { nextAttemptAt?: number } | undefined)?.nextAttemptAt ?? 0) - Date.now()));
          };
        };
      }),
  );

test('a post-purchase answer given offline survives a reload and is counted once when back online', { timeout: 120_000 }, async () => {
  const offline = await goOffline();
  await page.goto(`${offline.url}/post-purchase`);
  const steps = await answerSurvey(page, { nps: 9 });
  expect(steps).toEqual(['nps', 'multiple', 'csat']);
  await until('a delivery attempt', async () => offline.dropped('/v1/events'), (count) => count > 0);
  expect((await report()).responses).toBe(0);

  // Reload while still offline: the answers wait in IndexedDB, and the finished survey stays gone.
  await page.reload();
  await page.waitForTimeout(1500);
  expect(await page.locator('[part="question"]').count()).toBe(0);
  // Nothing got through, not even the send the page made as it unloaded.
  expect((await report()).responses).toBe(0);

  offline.restore('/v1/events');
  const backoff = await backoffLeft(page);
  await page.reload();
  const body = await until('the response in /v1/report', report, (value) => value.responses === 1, backoff + 20_000);
  expect(body.nps).toMatchObject({ n: 1, score: 100, promoters: 1 });
  expect(body.funnel).toEqual({ shown: 1, completed: 1, dismissed: 0 });
  expect(body.csat).toMatchObject({ n: 1, score: 100 });
  // Every event stored once, however many times it was sent.
  await page.waitForTimeout(1500);
  const events = await demo.storage.events(['survey.shown', 'survey.answered', 'survey.completed']);
  expect(events.filter((event) => event.type === 'survey.answered')).toHaveLength(3);
  expect(events.filter((event) => event.type === 'survey.completed')).toHaveLength(1);
  expect(events.filter((event) => event.type === 'survey.shown')).toHaveLength(1);
  expect((await report()).responses).toBe(1);

  await page.goto(`${demo.url}/report`);
  await expect.poll(() => page.locator('#status').getAttribute('data-responses')).toBe('1');
  expect(await page.locator('#nps-score').innerText()).toBe('100');
  expect(await page.locator('#nps-detail').innerText()).toContain('n = 1');
  expect(await page.locator('#trend svg').count()).toBe(1);
  expect(errors).toEqual([]);
});

test('a chat handoff left offline survives a reload and reaches the report once', { timeout: 120_000 }, async () => {
  const offline = await goOffline();
  await page.goto(`${offline.url}/`);
  await page.locator('#help').click();
  const input = page.locator('#pulso-chat-input');
  await input.waitFor();
  const offer = page.locator('[part="handoff"]');
  // Asking for a person offers one; if the bot reads it as a question, two abstentions do.
  for (const text of ['Quero falar com uma pessoa, por favor', 'xqzv wplk', 'zzkj qwpv']) {
    await input.fill(text);
    await input.press('Enter');
    if (await offer.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
  }
  await offer.click();
  await page.locator('#pulso-handoff-email').fill('ana@exemplo.com.br');
  await page.locator('#pulso-handoff-message').fill('Meu pedido TF-10482 chegou com o pacote rasgado.');
  await page.locator('.handoff-form [part~="submit"]').click();
  // The form closes only once the handoff is stored: reloading before that could abort its write
  // (the attempts so far may all be for the earlier chat messages).
  await page.locator('#pulso-handoff-email').waitFor({ state: 'detached' });
  await until('a delivery attempt', async () => offline.dropped('/v1/events'), (count) => count > 0);

  await page.reload();
  await page.waitForTimeout(1000);
  expect((await report()).chat.handoffs).toBe(0);
  offline.restore('/v1/events');
  const backoff = await backoffLeft(page);
  await page.reload();
  const body = await until('the handoff in /v1/report', report, (value) => value.chat.handoffs === 1, backoff + 20_000);
  expect(body.chat.conversations).toBe(1);
  expect(body.chat.deflectionRate).toMatchObject({ rate: 0, count: 0, n: 1 });
  await page.waitForTimeout(1500);
  const handoffs = await demo.storage.events(['chat.handoff']);
  expect(handoffs).toHaveLength(1);
  expect(handoffs[0]!.payload).toMatchObject({ mode: 'offline', email: 'ana@exemplo.com.br' });
  expect(['asked', 'abstained']).toContain((handoffs[0]!.payload as { reason: string }).reason);

  await page.goto(`${demo.url}/report`);
  await expect.poll(() => page.locator('#chat-detail').innerText()).toContain('1 handed to a person');
  expect(await page.locator('#chat-score').innerText()).toBe('0%');
  expect(errors).toEqual([]);
});

test('the report page draws its charts under the strict CSP and fits a phone screen', async () => {
  const day = Date.UTC(2026, 10, 2, 12);
  const items: { id: string; createdAt: number; payload: Record<string, unknown> }[] = Array.from({ length: 40 }, (_, i) => {
    const at = day + (i % 5) * 86_400_000;
    return {
      id: `seed-${i}`,
      createdAt: at,
      payload: {
        type: 'survey.answered', responseId: `r${i}`, surveyId: 'post-purchase-nps', surveyVersion: 1,
        questionId: i % 4 === 3 ? 'delivery' : 'score', value: i % 4 === 3 ? 1 + (i % 5) : i % 11,
        journeyStage: 'purchase', locale: 'pt-BR', url: `${demo.url}/post-purchase/`, at,
      },
    };
  });
  // A comment that looks like markup must be shown as the words it is.
  items.push({
    id: 'seed-comment',
    createdAt: day,
    payload: {
      type: 'survey.answered', responseId: 'r0', surveyId: 'post-purchase-nps', surveyVersion: 1,
      questionId: 'improve', value: '<img src=x onerror="document.title=1"> caro', journeyStage: 'purchase', locale: 'pt-BR',
      url: `${demo.url}/post-purchase/`, at: day,
    },
  });
  const posted = await fetch(`${demo.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items }) });
  expect((await posted.json()).rejected).toEqual([]);

  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const mobile = await phone.newPage();
  const problems: string[] = [];
  mobile.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  mobile.on('pageerror', (error) => problems.push(error.message));
  await mobile.goto(`${demo.url}/report?survey=post-purchase-nps&by=day`);
  await expect.poll(() => mobile.locator('#status').getAttribute('data-responses')).toBe('40');
  const expected = (await report()).nps;
  expect(await mobile.locator('#nps-score').innerText()).toBe(expected.score.toFixed(0));
  expect(await mobile.locator('#nps-detail').innerText()).toBe(`±${expected.marginOfError.toFixed(0)} · n = ${expected.n}`);
  // Five days of NPS: a line with five points and its margin-of-error band.
  expect(await mobile.locator('#trend circle').count()).toBe(5);
  expect(await mobile.locator('#trend polygon').count()).toBe(1);
  expect(await mobile.locator('#distribution rect').count()).toBe(11);
  expect(await mobile.locator('#mix rect').count()).toBe(6);
  await expect.poll(() => mobile.locator('#comments li').first().innerText()).toContain('<img src=x');
  expect(await mobile.locator('#comments img').count()).toBe(0);
  const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // By journey stage: categories, so points with error bars and no line between them.
  await mobile.selectOption('select[name="by"]', 'journeyStage');
  await mobile.getByRole('button', { name: 'Update' }).click();
  await expect.poll(() => mobile.locator('#trend-title').innerText()).toContain('journey stage');
  expect(await mobile.locator('#trend circle').count()).toBe(1);
  expect(await mobile.locator('#trend polyline').count()).toBe(0);
  expect(new URL(mobile.url()).searchParams.get('by')).toBe('journeyStage');
  expect(problems).toEqual([]);
  await phone.close();
});

test('the report page opened for a survey the collector does not have says so, and offers the ones it has', async () => {
  // A bookmark from before the survey was renamed: the page used to say no survey was configured.
  await page.goto(`${demo.url}/report?survey=old-nps&by=week`);
  await expect.poll(() => page.locator('#status').innerText()).toBe('This collector has no survey "old-nps". Pick one of its surveys above.');
  expect(await page.locator('#survey option').allInnerTexts()).toEqual(['post-purchase-nps']);
  await page.selectOption('#survey', 'post-purchase-nps');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect.poll(() => page.locator('#status').getAttribute('data-responses')).toBe('0');
  expect(new URL(page.url()).searchParams.get('survey')).toBe('post-purchase-nps');
  expect(errors).toEqual([]);
});

test('the theming page shows the same survey in three different themes side by side', async () => {
  await page.goto(`${demo.url}/theming`);
  const frames = page.locator('iframe');
  await expect.poll(() => frames.count()).toBe(3);
  const looks: string[] = [];
  for (let i = 0; i < 3; i++) {
    const frame = page.frameLocator('iframe').nth(i);
    const question = frame.locator('[part="question"]');
    await question.waitFor({ timeout: 15_000 });
    expect(await question.getAttribute('data-kind')).toBe('nps');
    const submit = frame.locator('[part="survey"] [part~="submit"]').first();
    looks.push(await submit.evaluate((button) => getComputedStyle(button).backgroundColor));
  }
  expect(new Set(looks).size).toBe(3);
  const boxes = await Promise.all([0, 1, 2].map(async (i) => (await frames.nth(i).boundingBox())!));
  // Side by side on a desktop screen: same top, increasing left.
  expect(boxes[0]!.y).toBeCloseTo(boxes[2]!.y, 0);
  expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
  expect(errors).toEqual([]);
});

test('the store answers its FAQ in Portuguese, and in English after the language switch', async () => {
  await page.goto(`${demo.url}/`);
  await page.locator('#help').click();
  const input = page.locator('#pulso-chat-input');
  const lastBotLine = page.locator('[part~="message-bot"]').last();
  await input.fill('Quanto custa o frete?');
  await input.press('Enter');
  await expect.poll(() => lastBotLine.innerText()).toContain('R$ 199');

  await page.locator('#language').click();
  expect(await page.locator('h1').innerText()).toBe('Our coffee');
  await page.locator('#help').click();
  // The conversation so far is kept; the chat itself now speaks English.
  await expect.poll(() => page.locator('#pulso-chat-input').getAttribute('placeholder')).toMatch(/question/i);
  await page.locator('#pulso-chat-input').fill('Do you grind the coffee?');
  await page.locator('#pulso-chat-input').press('Enter');
  await expect.poll(() => page.locator('[part~="message-bot"]').last().innerText()).toContain('whole beans');
  expect(errors).toEqual([]);
});

test('a detractor is asked what went wrong and can go straight to a person from the thank-you screen', async () => {
  await page.goto(`${demo.url}/post-purchase`);
  const steps = await answerSurvey(page, { nps: 3 });
  expect(steps).toEqual(['nps', 'text', 'csat']);
  await page.locator('[part="thank-you"] [part~="submit"]').click();
  // Opened from a detractor survey, the chat offers a person at once.
  await page.locator('[part="handoff"]').click();
  await page.locator('#pulso-handoff-email').fill('ana@exemplo.com.br');
  await page.locator('#pulso-handoff-message').fill('O café chegou moído errado.');
  await page.locator('.handoff-form [part~="submit"]').click();
  const body = await until('the handoff in /v1/report', report, (value) => value.chat.handoffs === 1 && value.responses === 1);
  expect(body.nps).toMatchObject({ n: 1, detractors: 1, score: -100 });
  const [handoff] = await demo.storage.events(['chat.handoff']);
  expect(handoff!.payload).toMatchObject({ reason: 'detractor', context: { surveyId: 'post-purchase-nps' } });
  const answers = await demo.storage.answers('post-purchase-nps');
  expect(answers.find((row) => row.questionId === 'improve')?.value).toBe('Entrega atrasou uma semana.');
  // The report page lists the comment next to its score.
  await page.goto(`${demo.url}/report`);
  const comment = page.locator('#comments li').first();
  await expect.poll(() => comment.innerText()).toContain('Entrega atrasou uma semana.');
  expect(await comment.locator('.badge').innerText()).toBe('3');
  expect(errors).toEqual([]);
});

test('the demo pages have no accessibility violations that axe-core can find', async () => {
  // axe is injected as a script, which the pages' own CSP would refuse.
  const audit = await browser.newContext({ bypassCSP: true, locale: 'pt-BR' });
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  try {
    for (const path of ['/', '/post-purchase/', '/theming/', '/report']) {
      const tab = await audit.newPage();
      await tab.goto(`${demo.url}${path}`);
      await tab.waitForLoadState('networkidle');
      // A survey still fading in has half-transparent text, which axe reports as low contrast.
      await animationsSettled(tab);
      await tab.addScriptTag({ path: axePath });
      const violations = await tab.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
    }
  } finally {
    await audit.close();
  }
});
