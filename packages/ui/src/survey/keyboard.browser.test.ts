// Keyboard-only use in real Chromium, on the built script tag: Tab order, arrow keys, Enter,
// Escape and where focus goes, which happy-dom cannot show.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useChromiumAndServer } from '../../../../scripts/testing/chromium-and-server';
import { openShop, postPurchase, type Shop } from '../../test-pages/shop';
import { surveyPanel, waitForStep } from '../../test-pages/survey-driver';

const env = useChromiumAndServer();


/** What has focus, looking into the widget's shadow root: `page` or a short description. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('pulso-widget')?.shadowRoot;
    const el = root?.activeElement;
    if (!el) return `page:${document.activeElement?.tagName.toLowerCase()}`;
    return [el.tagName.toLowerCase(), el.getAttribute('role') ?? '', el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '']
      .filter(Boolean)
      .join(' ');
  });

async function open(layout: string): Promise<{ page: Page; shop: Shop }> {
  const shop = openShop(env.server, {
    config: { surveys: [postPurchase], theme: { layout } },
    before: '<a href="#top" id="page-link">Back to the shop</a>',
  });
  const page = await (await env.browser.newContext()).newPage();
  await page.goto(`${env.server.url}/shop/thanks`);
  await surveyPanel(page).getByRole('radiogroup').waitFor();
  return { page, shop };
}

test('a modal survey can be answered with the keyboard alone, and gives focus back', async () => {
  const { page, shop } = await open('modal');
  expect(await focused(page)).toBe('h2 How likely are you to recommend Loja Sol to a friend?');

  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button radio 0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  expect(await focused(page)).toBe('button radio 1');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toBe('button radio 0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Enter chooses the focused option and submits.
  await page.keyboard.press('Enter');
  await waitForStep(page, 'text');
  expect(await focused(page)).toBe('h2 What is the main reason for your score?');

  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('textarea');
  await page.keyboard.type('The box arrived late');
  // Tab past the last control wraps to the first (the close button), Shift+Tab wraps back.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button Submit');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button Close');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('button Submit');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'thank-you');
  const completed = await shop.received((p) => p.type === 'survey.completed');
  expect(completed.answers).toEqual({ recommend: 3, 'recommend-followup': 'The box arrived late' });

  await page.keyboard.press('Escape');
  await expect(surveyPanel(page).count()).resolves.toBe(0);
  expect(await focused(page)).toBe('page:body');
  await page.context().close();
});

test('a popover leaves focus on the page, is reached with Tab, and Escape gives focus back', async () => {
  const { page } = await open('popover');
  expect(await focused(page)).toBe('page:body');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-link');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button Close');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button radio 0');
  await page.keyboard.press('Space');
  expect(await surveyPanel(page).getByRole('radio', { name: '0', exact: true }).getAttribute('aria-checked')).toBe('true');
  await page.keyboard.press('Escape');
  await expect(surveyPanel(page).count()).resolves.toBe(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-link');
  await page.context().close();
});
