// Helpers the real-browser tests share to find and drive the survey inside Pulso's shadow root.
// Playwright's CSS and role locators pierce open shadow roots, as assistive technology does.
import type { Page } from 'playwright-core';

/** The survey panel (`part="survey"`). */
export const surveyPanel = (page: Page) => page.locator('pulso-widget [part~="survey"]');

/** Answers whatever question is on screen with a valid value, then presses the main button. */
export async function answerCurrent(page: Page, text = 'Fast delivery and kind people'): Promise<string> {
  const question = page.locator('pulso-widget [part~="question"]');
  const kind = (await question.getAttribute('data-kind')) ?? '';
  if (kind === 'text') await question.getByRole('textbox').fill(text);
  else if (kind === 'multiple') await question.getByRole('checkbox').first().check();
  else if (kind === 'single') await question.getByRole('radio').first().click();
  else await question.getByRole('radio').last().click();
  await page.locator('pulso-widget [part~="submit"]').click();
  return kind;
}

/** Waits until the question with `kind` is on screen (or the thank-you screen, for `thank-you`). */
export async function waitForStep(page: Page, kind: string): Promise<void> {
  const selector = kind === 'thank-you' ? '[part~="thank-you"]' : `[part~="question"][data-kind="${kind}"]`;
  await page.locator(`pulso-widget ${selector}`).waitFor({ timeout: 10_000 });
}
