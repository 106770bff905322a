// axe-core in real Chromium over the built script tag, in every state a visitor can reach.
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { animationsSettled } from '../../../scripts/testing/animations';
import { useChromiumAndServer } from '../../../scripts/testing/chromium-and-server';
import { everyKind, openShop, postPurchase } from '../test-pages/shop';
import { answerCurrent, surveyPanel, waitForStep } from '../test-pages/survey-driver';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const env = useChromiumAndServer();


interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** WCAG 2.0–2.2 A and AA rules over the whole page, shadow roots included, as it looks at rest. */
async function violations(page: Page): Promise<string[]> {
  await animationsSettled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations;
  });
  return (found as AxeViolation[]).map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => `${JSON.stringify(n.target)} (${n.failureSummary ?? ''})`).join(', ')}`,
  );
}

async function openWith(config: object, locale = 'en'): Promise<Page> {
  openShop(env.server, { config, locale });
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/shop/thanks`);
  await surveyPanel(page).waitFor();
  return page;
}

test('every question kind and the thank-you screen pass axe, light theme', async () => {
  const page = await openWith({ surveys: [{ ...everyKind, trigger: { type: 'pageView' } }], theme: { mode: 'light' } });
  const report: Record<string, string[]> = {};
  for (const kind of ['nps', 'csat', 'ces', 'rating', 'single', 'multiple', 'text']) {
    await waitForStep(page, kind);
    report[kind] = await violations(page);
    await answerCurrent(page);
  }
  await waitForStep(page, 'thank-you');
  report['thank-you'] = await violations(page);
  expect(report).toEqual({ nps: [], csat: [], ces: [], rating: [], single: [], multiple: [], text: [], 'thank-you': [] });
  await page.close();
});

test('the dark theme passes axe, open and after an invalid submit', async () => {
  const page = await openWith({ surveys: [postPurchase], theme: { mode: 'dark' } });
  expect(await violations(page)).toEqual([]);
  // A required question submitted empty shows its error, tied to the control.
  await page.locator('pulso-widget [part~="submit"]').click();
  await page.locator('pulso-widget [role="alert"]').waitFor();
  expect(await violations(page)).toEqual([]);
  await page.close();
});

test('Arabic lays the survey out right to left and passes axe', async () => {
  const page = await openWith({ surveys: [postPurchase] }, 'ar');
  expect(await page.locator('pulso-widget').getAttribute('dir')).toBe('rtl');
  await expect(surveyPanel(page).getByRole('heading').first().textContent()).resolves.toContain('متجر سول');
  expect(await violations(page)).toEqual([]);
  await page.close();
});

test('Hebrew lays the survey out right to left and passes axe', async () => {
  const [question] = postPurchase.questions;
  const hebrew = {
    ...postPurchase,
    questions: [{ ...question!, title: { ...question!.title, he: 'עד כמה סביר שתמליצו על לוג\'ה סול לחבר?' } }],
  };
  const page = await openWith({ surveys: [hebrew] }, 'he');
  expect(await page.locator('pulso-widget').getAttribute('dir')).toBe('rtl');
  await expect(surveyPanel(page).getByRole('heading').first().textContent()).resolves.toContain('לוג\'ה סול');
  expect(await violations(page)).toEqual([]);
  await page.close();
});

test('Hebrew asked on a survey not written in Hebrew: Hebrew buttons right to left, the survey texts marked as their own language, axe clean', async () => {
  const page = await openWith({ surveys: [postPurchase] }, 'he');
  const marks = await page.evaluate(() => {
    const host = document.querySelector('pulso-widget') as HTMLElement;
    const heading = host.shadowRoot!.querySelector('h2')!;
    return { host: [host.lang, host.dir], heading: [heading.lang, heading.dir, getComputedStyle(heading).direction] };
  });
  expect(marks).toEqual({ host: ['he', 'rtl'], heading: ['en', 'ltr', 'ltr'] });
  expect(await violations(page)).toEqual([]);
  await page.close();
});

test('the thank-you screen a detractor sees, with its "Talk to us" button, passes axe', async () => {
  const faq = { locale: 'en', faqs: [{ id: 'shipping', question: 'How long does shipping take?', answer: 'Two to four working days.' }] };
  const page = await openWith({ surveys: [postPurchase], faq, chat: { enabled: true } });
  await surveyPanel(page).getByRole('radio', { name: '2', exact: true }).click();
  await page.locator('pulso-widget [part~="submit"]').click();
  await waitForStep(page, 'text');
  await page.locator('pulso-widget [part~="submit"]').click(); // the follow-up is optional: skip it
  await waitForStep(page, 'thank-you');
  await surveyPanel(page).getByRole('button', { name: 'Talk to us' }).waitFor();
  expect(await violations(page)).toEqual([]);
  await page.close();
});
