// Time from the script tag's execution to the first survey painted, in headless Chromium, over
// the built `pulso.min.js` (run `pnpm build` first; `pnpm bench` does). Each run is a fresh
// visitor (new browser context) on a page that loads only the script tag, which fetches its
// JSON config and shows a page-view survey.
//
// Start: `performance.mark('pulso:start')`, the first statement of the script-tag bundle.
// End: the frame after the survey panel appears in the shadow root (a requestAnimationFrame
// callback runs just before paint; the next task after it runs once the frame is painted).
import { launchChromium } from '../testing/chromium';
import { startStaticServer } from '../testing/static-server';
import { openShop, postPurchase } from '../../packages/ui/test-pages/shop';

const RUNS = 21;
// A survey should be on screen within 150 ms of the script running, config file included.
const BUDGET_MS = 150;

const server = await startStaticServer();
const browser = await launchChromium();
openShop(server, { config: { surveys: [postPurchase] } });

// In-page code is a string: tsx compiles functions with helpers (`__name`) the page lacks.
const watchPaint = `
  window.pulsoPaint = new Promise((resolve) => {
    const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    const inShadow = (root) => {
      if (root.querySelector('[part~="survey"]')) return painted();
      new MutationObserver((_, observer) => {
        if (!root.querySelector('[part~="survey"]')) return;
        observer.disconnect();
        painted();
      }).observe(root, { childList: true, subtree: true });
    };
    new MutationObserver((_, observer) => {
      const host = document.querySelector('pulso-widget');
      if (!host || !host.shadowRoot) return;
      observer.disconnect();
      inShadow(host.shadowRoot);
    }).observe(document, { childList: true, subtree: true });
  });`;

const measure = `(async () => {
  const paint = await window.pulsoPaint;
  const mark = performance.getEntriesByName('pulso:start')[0];
  const config = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/pulso.json'));
  return { start: mark ? mark.startTime : NaN, paint, config: config ? config.responseEnd : NaN };
})()`;

const samples: number[] = [];
const parts: { execToConfig: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: watchPaint });
  await page.goto(`${server.url}/shop/thanks`);
  const { start, paint, config } = (await page.evaluate(measure)) as { start: number; paint: number; config: number };
  if (!Number.isFinite(start)) throw new Error('no pulso:start mark: is packages/ui/dist/pulso.min.js built from the current sources?');
  samples.push(paint - start);
  parts.push({ execToConfig: config - start });
  await context.close();
}
await browser.close();
await server.close();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const result = median(samples);
console.log(`ui paint: script execution → first survey painted, ${RUNS} fresh visitors, headless Chromium, localhost`);
console.log(`  median ${ms(result)} (min ${ms(Math.min(...samples))}, max ${ms(Math.max(...samples))}); of which fetching the config file: median ${ms(median(parts.map((p) => p.execToConfig)))}`);
console.log(`  budget ${ms(BUDGET_MS)}: ${result <= BUDGET_MS ? 'ok' : 'OVER BUDGET'}`);
