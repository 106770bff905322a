// Drives the demo pages in a real browser: Playwright's locators reach into Pulso's open shadow
// root, and each step is answered by the kind of question on screen.
import type { Page } from 'playwright-core';

/** Answers the survey on screen, step by step, until its thank-you shows. */
export async function answerSurvey(page: Page, choices: { nps: number }): Promise<string[]> {
  const answered: string[] = [];
  for (let step = 0; step < 10; step++) {
    const question = page.locator('[part="question"]');
    const thanks = page.locator('[part="thank-you"]');
    await question.or(thanks).first().waitFor({ timeout: 15_000 });
    if (await thanks.isVisible()) return answered;
    const kind = await question.getAttribute('data-kind');
    const before = await question.innerText();
    answered.push(kind ?? '?');
    if (kind === 'nps') await question.getByRole('radio', { name: String(choices.nps), exact: true }).click();
    else if (kind === 'csat' || kind === 'ces' || kind === 'rating') await question.getByRole('radio').last().click();
    else if (kind === 'multiple') await question.getByRole('checkbox').first().check();
    else if (kind === 'single') await question.getByRole('radio').first().click();
    else if (kind === 'text') await question.getByRole('textbox').fill('Entrega atrasou uma semana.');
    await page.locator('[part="survey"] [part~="submit"]').first().click();
    // The next step replaces this one: wait until the question changes or the thank-you shows.
    for (let wait = 0; wait < 150; wait++) {
      if (await thanks.isVisible()) break;
      const now = await question.innerText({ timeout: 1000 }).catch(() => '');
      if (now !== '' && now !== before) break;
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`the survey did not finish: steps seen ${answered.join(', ')}`);
}
