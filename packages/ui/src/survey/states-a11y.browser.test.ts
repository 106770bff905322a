// axe-core in real Chromium on the survey states the script-tag suite does not reach: the modal,
// the bottom sheet, "Other" open with an error, stars and faces, and a custom theme in auto mode
// on a dark system.
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { animationsSettled } from '../../../../scripts/testing/animations';
import { useChromiumAndServer } from '../../../../scripts/testing/chromium-and-server';
import { openShop } from '../../test-pages/shop';
import { surveyPanel, waitForStep } from '../../test-pages/survey-driver';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const env = useChromiumAndServer();


const survey = {
  id: 'states',
  version: 1,
  name: 'States',
  trigger: { type: 'pageView' },
  questions: [
    { kind: 'csat', id: 'stars', title: 'How was the delivery?', display: 'stars' },
    {
      kind: 'single',
      id: 'why',
      required: true,
      title: 'What mattered most?',
      description: 'Pick one.',
      choices: [{ id: 'price', label: 'Price' }],
      other: { label: 'Something else', placeholder: 'Tell us' },
    },
    { kind: 'csat', id: 'faces', title: 'And the packaging?', display: 'faces' },
    { kind: 'nps', id: 'nps', title: 'Would you recommend us?' },
  ],
};

/** WCAG 2.0–2.2 A and AA violations on the page, shadow root included, once its animations are over. */
async function violations(page: Page): Promise<string[]> {
  await animationsSettled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations;
  })) as { id: string; nodes: { target: unknown[] }[] }[];
  return found.map((v) => `${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function open(theme: object, context: BrowserContextOptions = {}): Promise<Page> {
  openShop(env.server, { config: { surveys: [survey], theme } });
  const page = await (await env.browser.newContext(context)).newPage();
  await page.goto(`${env.server.url}/shop/thanks`);
  await surveyPanel(page).getByRole('radiogroup').waitFor();
  return page;
}

const submit = (page: Page) => page.locator('pulso-widget [part~="submit"]').click();

test('modal, stars, "Other" with an error, faces and the thank-you screen pass axe', async () => {
  const page = await open({ layout: 'modal' });
  const report: Record<string, string[]> = {};
  report['modal stars'] = await violations(page);
  await surveyPanel(page).getByRole('radio').nth(3).click();
  await submit(page);
  await waitForStep(page, 'single');
  await surveyPanel(page).getByRole('radio', { name: 'Something else' }).click();
  await submit(page);
  await page.locator('pulso-widget [role="alert"]').waitFor();
  report['other with error'] = await violations(page);
  await surveyPanel(page).getByRole('textbox', { name: 'Something else' }).fill('Speed');
  await submit(page);
  await waitForStep(page, 'csat');
  await surveyPanel(page).getByRole('radio').first().click();
  report['faces'] = await violations(page);
  await submit(page);
  await waitForStep(page, 'nps');
  await surveyPanel(page).getByRole('radio', { name: '10', exact: true }).click();
  await submit(page);
  await waitForStep(page, 'thank-you');
  report['thank-you'] = await violations(page);
  expect(report).toEqual({ 'modal stars': [], 'other with error': [], faces: [], 'thank-you': [] });
  await page.context().close();
});

test('a custom accent in auto mode on a dark phone (bottom sheet) passes axe', async () => {
  const page = await open(
    { mode: 'auto', accent: '#0a7d4f' },
    { colorScheme: 'dark', viewport: { width: 375, height: 700 }, isMobile: true, hasTouch: true },
  );
  // White text on the green accent is 5.2:1, and every other colour is the dark palette's.
  expect(await violations(page)).toEqual([]);
  await page.context().close();
});
