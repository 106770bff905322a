// Waiting for CSS animations in real-browser tests. Measuring mid-animation gives values that depend
// on the machine's speed: a panel half faded in has half-transparent text, which axe-core reports
// as too little contrast, and a sliding panel is not yet where it ends up.
import type { Page } from 'playwright-core';

/**
 * Resolves once every finite animation now running on the page has finished, those inside open
 * shadow roots included (endless ones, like a typing indicator, are left alone).
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    const finite = roots
      .flatMap((root) => root.getAnimations())
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    // A cancelled animation (its element removed) rejects `finished`: it is over all the same.
    return Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}
