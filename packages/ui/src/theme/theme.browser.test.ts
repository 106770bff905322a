// The theme and layouts in real Chromium, on the built script tag: where each layout puts the
// panel, light/dark/auto colours, page CSS kept out (and ours kept in), `::part()` and
// `theme.css` reaching in, right to left, reduced motion and touch-target sizes.
// With PULSO_SCREENSHOTS=1 it also writes the screenshots docs/theming.md shows.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { useChromiumAndServer } from '../../../../scripts/testing/chromium-and-server';
import { openShop, postPurchase, type ShopOptions } from '../../test-pages/shop';
import { surveyPanel } from '../../test-pages/survey-driver';

const shots = process.env.PULSO_SCREENSHOTS === '1' ? fileURLToPath(new URL('../../../../docs/images/', import.meta.url)) : null;
const env = useChromiumAndServer();

beforeAll(async () => {
  if (shots) mkdirSync(shots, { recursive: true });
});

const csat = {
  ...postPurchase,
  questions: [{ kind: 'csat', id: 'delivery', title: 'How satisfied are you with the delivery?', display: 'stars' }],
};

async function open(
  config: object,
  options: Omit<ShopOptions, 'config'> & { context?: BrowserContextOptions } = {},
): Promise<Page> {
  openShop(env.server, { config: { surveys: [postPurchase], ...config }, ...options });
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 700 }, ...options.context });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/shop/thanks`);
  await surveyPanel(page).getByRole('radiogroup').waitFor();
  return page;
}

// Measures once the entrance animation has finished.
const box = async (page: Page, selector: string) => {
  await page.waitForFunction(() =>
    document.querySelector('pulso-widget')!.shadowRoot!.getAnimations().every((a) => a.playState === 'finished'),
  );
  return (await page.locator(selector).boundingBox())!;
};
const style = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), property);
const shoot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}theming-${name}.png` });
};

test('a popover sits in the chosen bottom corner, 16px from the edges', async () => {
  const right = await open({ theme: { position: 'bottom-right' } });
  const r = await box(right, 'pulso-widget [part~="survey"]');
  expect(1024 - (r.x + r.width)).toBeCloseTo(16, 0);
  expect(700 - (r.y + r.height)).toBeCloseTo(16, 0);
  await shoot(right, 'popover-light');
  await right.context().close();

  const left = await open({ theme: { position: 'bottom-left' } });
  const l = await box(left, 'pulso-widget [part~="survey"]');
  expect(l.x).toBeCloseTo(16, 0);
  await left.context().close();
});

test('a modal is centred over a backdrop and takes focus', async () => {
  const page = await open({ theme: { layout: 'modal' } });
  const r = await box(page, 'pulso-widget [part~="survey"]');
  expect(r.x + r.width / 2).toBeCloseTo(512, 0);
  expect(r.y + r.height / 2).toBeCloseTo(350, 0);
  expect(await page.locator('pulso-widget .backdrop').count()).toBe(1);
  const focused = await page.evaluate(() => document.querySelector('pulso-widget')!.shadowRoot!.activeElement?.className);
  expect(focused).toBe('title');
  await shoot(page, 'modal');
  await page.context().close();
});

test('dark and auto modes use the dark palette; auto follows prefers-color-scheme', async () => {
  const dark = await open({ theme: { mode: 'dark' } });
  expect(await style(dark, 'pulso-widget [part~="survey"]', 'background-color')).toBe('rgb(29, 30, 34)');
  expect(await style(dark, 'pulso-widget [part~="survey"]', 'color')).toBe('rgb(241, 242, 244)');
  await shoot(dark, 'popover-dark');
  await dark.context().close();

  const autoDark = await open({ theme: { mode: 'auto' } }, { context: { colorScheme: 'dark' } });
  expect(await style(autoDark, 'pulso-widget [part~="survey"]', 'background-color')).toBe('rgb(29, 30, 34)');
  await autoDark.context().close();
  const autoLight = await open({ theme: { mode: 'auto' } }, { context: { colorScheme: 'light' } });
  expect(await style(autoLight, 'pulso-widget [part~="survey"]', 'background-color')).toBe('rgb(255, 255, 255)');
  await autoLight.context().close();
});

test('a custom theme colours the selected option and the submit button', async () => {
  const page = await open({ surveys: [csat], theme: { accent: '#0a7d4f', radius: 4, font: 'Georgia, serif' } });
  await surveyPanel(page).getByRole('radio', { name: /^4 / }).click();
  expect(await style(page, 'pulso-widget [part~="submit"]', 'background-color')).toBe('rgb(10, 125, 79)');
  expect(await style(page, 'pulso-widget [part~="submit"]', 'color')).toBe('rgb(255, 255, 255)');
  expect(await style(page, 'pulso-widget .stars .opt.on', 'color')).toBe('rgb(10, 125, 79)');
  expect(await style(page, 'pulso-widget [part~="survey"]', 'border-top-left-radius')).toBe('4px');
  expect(await style(page, 'pulso-widget [part~="survey"]', 'font-family')).toBe('Georgia, serif');
  await shoot(page, 'custom-accent');
  await page.context().close();
});

test('page CSS does not leak in, the widget’s CSS does not leak out, and ::part and theme.css reach in', async () => {
  const pageCss = `<style>
    body { font-family: "Comic Sans MS", cursive; letter-spacing: 3px; text-transform: lowercase; color: rgb(200, 0, 0); }
    button { background: rgb(255, 0, 0); padding: 30px; }
    h2 { font-size: 60px; }
    pulso-widget { --pulso-border: rgb(1, 2, 3); }
    pulso-widget::part(submit) { text-transform: uppercase; }
  </style>
  <div class="survey opt title" id="page-box">a page element with the widget's class names</div>`;
  const page = await open({ surveys: [csat], theme: { css: '.title { letter-spacing: 2px }' } }, { before: pageCss });
  const title = 'pulso-widget [part~="question"] .title';
  expect(await style(page, title, 'font-size')).not.toBe('60px');
  expect(await style(page, title, 'color')).not.toBe('rgb(200, 0, 0)');
  expect(await style(page, title, 'letter-spacing')).toBe('2px');
  expect(await style(page, 'pulso-widget [part~="close"]', 'background-color')).not.toBe('rgb(255, 0, 0)');
  expect(await style(page, 'pulso-widget [part~="survey"]', 'font-family')).not.toContain('Comic');
  expect(await style(page, 'pulso-widget [part~="survey"]', 'text-transform')).toBe('none');
  expect(await style(page, 'pulso-widget [part~="submit"]', 'text-transform')).toBe('uppercase');
  // A custom property set by the page is one of the documented ways in.
  expect(await style(page, 'pulso-widget .opt', 'border-top-color')).toBe('rgb(1, 2, 3)');
  // And our class names do nothing to the page's own elements.
  expect(await style(page, '#page-box', 'position')).toBe('static');
  expect(await style(page, '#page-box', 'font-weight')).toBe('400');
  await page.context().close();
});

test('Arabic mirrors the panel: the close button moves to the left', async () => {
  const page = await open({}, { locale: 'ar' });
  expect(await page.locator('pulso-widget').getAttribute('dir')).toBe('rtl');
  const panel = await box(page, 'pulso-widget [part~="survey"]');
  const close = await box(page, 'pulso-widget [part~="close"]');
  expect(close.x - panel.x).toBeLessThan(20);
  const radios = surveyPanel(page).getByRole('radio');
  // Options run right to left: 0 is rightmost.
  expect((await radios.first().boundingBox())!.x).toBeGreaterThan((await radios.last().boundingBox())!.x);
  await shoot(page, 'rtl');
  await page.context().close();
});

test('keyboard focus is always visible: a 3px ring in the accent colour on options and buttons', async () => {
  const page = await open({ theme: { accent: '#0a7d4f' } });
  const focused = () =>
    page.evaluate(() => {
      const el = document.querySelector('pulso-widget')!.shadowRoot!.activeElement as HTMLElement | null;
      const css = el && getComputedStyle(el);
      return css && { part: el.getAttribute('part'), style: css.outlineStyle, width: css.outlineWidth, color: css.outlineColor };
    });
  const ring = { style: 'solid', width: '3px', color: 'rgb(10, 125, 79)' };
  // Arrow keys move focus within the scale (and select), Tab goes on to the submit button.
  await surveyPanel(page).getByRole('radio', { name: '0', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toEqual({ part: 'option option-selected', ...ring });
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ part: 'submit', ...ring });
  await page.context().close();
});

test('in forced colours the chosen option keeps a visible outline', async () => {
  const page = await open({}, { context: { forcedColors: 'active' } });
  await surveyPanel(page).getByRole('radio', { name: '8', exact: true }).click();
  expect(await style(page, 'pulso-widget [aria-checked="true"]', 'outline-style')).toBe('solid');
  expect(await style(page, 'pulso-widget [aria-checked="false"]', 'outline-style')).toBe('none');
  await page.context().close();
});

test('reduced motion turns the entrance animation off', async () => {
  const moving = await open({});
  expect(await style(moving, 'pulso-widget [part~="survey"]', 'animation-name')).toBe('pulso-in');
  await moving.context().close();
  const still = await open({}, { context: { reducedMotion: 'reduce' } });
  expect(await style(still, 'pulso-widget [part~="survey"]', 'animation-name')).toBe('none');
  await still.context().close();
});

test('every option is at least 24px wide and 44px tall, on a phone too', async () => {
  const page = await open({}, { context: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true } });
  const sizes = await surveyPanel(page)
    .locator('[part~="option"]')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r): [number, number] => [r.width, r.height]));
  expect(sizes).toHaveLength(11);
  for (const [width, height] of sizes) {
    // Rounded: layout on a phone-like device lands on fractions of a pixel.
    expect(Math.round(width)).toBeGreaterThanOrEqual(24);
    expect(Math.round(height)).toBeGreaterThanOrEqual(44);
  }
  // 320px: the bottom sheet spans the screen.
  const r = await box(page, 'pulso-widget [part~="survey"]');
  expect(r.width).toBe(320);
  expect(r.y + r.height).toBeCloseTo(640, 0);
  await shoot(page, 'bottom-sheet');
  await page.context().close();
});
