// The built script tag on a page whose Content-Security-Policy is `default-src 'self'`: the
// survey must show, take answers and send them without a single violation.
import { expect, test } from 'vitest';
import { useChromiumAndServer } from '../../../scripts/testing/chromium-and-server';
import { everyKind, openShop } from '../test-pages/shop';
import { answerCurrent, waitForStep } from '../test-pages/survey-driver';

const env = useChromiumAndServer();


test('a strict-CSP page sees zero violations through a whole survey with a custom theme, then the chat', async () => {
  const config = {
    surveys: [{ ...everyKind, trigger: { type: 'pageView' } }],
    theme: { accent: '#0a5d3b', radius: 12, mode: 'dark', css: '[part~="survey"] { letter-spacing: 0.01em; }' },
    faq: { locale: 'en', faqs: [{ id: 'returns', question: 'How do I return an item?', answer: 'Use the **returns** page.' }] },
    chat: { enabled: true },
  };
  const shop = openShop(env.server, { config, headers: { 'content-security-policy': "default-src 'self'" } });
  const page = await env.browser.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`), true);
  });
  await page.goto(`${env.server.url}/shop/thanks`);
  for (const kind of ['nps', 'csat', 'ces', 'rating', 'single', 'multiple', 'text']) {
    await waitForStep(page, kind);
    await answerCurrent(page);
  }
  await waitForStep(page, 'thank-you');
  await shop.received((payload) => payload.type === 'survey.completed');
  // The chat renders in the same shadow root under the same policy.
  await page.locator('pulso-widget [part~="close"]').click();
  await page.locator('pulso-widget [part~="launcher"]').click();
  await page.locator('pulso-widget [part~="panel"]').waitFor();

  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(console.filter((line) => /Content.Security.Policy|Refused to/i.test(line))).toEqual([]);
  expect(console.filter((line) => line.startsWith('error') || line.startsWith('pageerror'))).toEqual([]);
  // The theme really applied: the accent reached the submit button through CSS variables only.
  const styleAttributes = await page.evaluate(() => {
    const root = document.querySelector('pulso-widget')!.shadowRoot!;
    return [...root.querySelectorAll('[style]')].length;
  });
  expect(styleAttributes).toBe(0);
  await page.close();
});
