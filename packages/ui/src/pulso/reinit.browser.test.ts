// Web Locks in a real browser: a survey's lock given back by `destroy` (or a second `init`) is
// released asynchronously, and a new start in the same task must still be able to show one.
import { expect, test } from 'vitest';
import { useChromiumAndServer } from '../../../../scripts/testing/chromium-and-server';

const env = useChromiumAndServer();


test('destroy then init in the same task can show a survey again (the Web Lock of the first start does not block it)', async () => {
  env.server.page('/reinit', '<!doctype html><title>reinit</title><script src="/packages/ui/dist/pulso.min.js"></script>');
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/reinit`);
  const shown = await page.evaluate(async () => {
    const pulso = (window as unknown as { Pulso: Record<string, (...args: unknown[]) => unknown> }).Pulso;
    const survey = { id: 'again', version: 1, name: 'again', questions: [{ kind: 'nps', id: 'recommend', title: 'Recommend us?' }] };
    const seen: string[] = [];
    pulso.on!('shown', (detail: unknown) => seen.push((detail as { surveyId: string }).surveyId));
    pulso.init!({ surveys: [survey] });
    pulso.showSurvey!('again');
    await new Promise((done) => setTimeout(done, 500));
    pulso.destroy!();
    pulso.init!({ surveys: [survey] });
    pulso.showSurvey!('again');
    await new Promise((done) => setTimeout(done, 500));
    return { seen, locks: typeof navigator.locks };
  });
  expect(shown.locks).toBe('object');
  expect(shown.seen).toEqual(['again', 'again']);
  await page.close();
});
