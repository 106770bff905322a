// The controller's wiring, end to end in happy-dom with the real core, prompts and storage:
// each kind of moment reaches decideSurvey, and what a visitor types is redacted when asked.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPulso } from './create-pulso';
import type { PulsoApi } from './pulso-types';

const survey = (id: string, extra: object) => ({
  id,
  version: 1,
  name: id,
  questions: [{ kind: 'csat', id: 'satisfied', title: 'How satisfied are you?' }],
  ...extra,
});

let pulso: PulsoApi;
let shown: string[];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  pulso = createPulso();
  shown = [];
  pulso.on('shown', ({ surveyId }) => shown.push(surveyId));
});
const firstUrl = location.href;
afterEach(() => {
  pulso.destroy();
  document.body.replaceChildren();
  vi.useRealTimers();
  history.replaceState(null, '', firstUrl);
});

// Timers and performance.now together: delays are measured with performance.now.
const useFakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });

const shadow = () => document.querySelector('pulso-widget')!.shadowRoot!;

test('setJourney shows the survey of that journey stage', async () => {
  pulso.init({ surveys: [survey('retention', { trigger: { type: 'journeyStage', stage: 'retention' } })] });
  pulso.setJourney('purchase');
  await new Promise((done) => setTimeout(done, 20));
  expect(shown).toEqual([]);
  pulso.setJourney('retention');
  await vi.waitFor(() => expect(shown).toEqual(['retention']));
});

test('identify feeds attribute targeting', async () => {
  const gold = survey('gold', {
    trigger: { type: 'event', event: 'login' },
    targeting: { attributes: [{ path: 'plan', op: 'eq', value: 'gold' }] },
  });
  pulso.init({ surveys: [gold] });
  pulso.identify({ id: 'c-1', attributes: { plan: 'silver' } });
  pulso.track('login');
  await new Promise((done) => setTimeout(done, 20));
  expect(shown).toEqual([]);
  pulso.identify({ id: 'c-1', attributes: { plan: 'gold' } });
  pulso.track('login');
  await vi.waitFor(() => expect(shown).toEqual(['gold']));
});

test('a delay trigger fires at its moment after page load', async () => {
  // A fake clock (timers and performance.now together): on a loaded machine real timers fire late
  // and the wait for them ran out; here the survey must stay hidden until the very millisecond due.
  useFakeClock();
  const due = Math.ceil(performance.now()) + 60;
  pulso.init({ surveys: [survey('later', { trigger: { type: 'delay', ms: due } })]});
  expect(shown).toEqual([]);
  await vi.advanceTimersByTimeAsync(due - 1 - performance.now());
  expect(shown).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  await vi.waitFor(() => expect(shown).toEqual(['later']));
  expect(performance.now()).toBeGreaterThanOrEqual(due);
});

test('scrolling deep enough shows a scroll-depth survey', async () => {
  // happy-dom has no layout: give the page a height and the window a scroll position.
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: 10 * innerHeight, configurable: true });
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true, writable: true });
  pulso.init({ surveys: [survey('deep', { trigger: { type: 'scroll', percent: 50 } })] });
  await new Promise((done) => setTimeout(done, 300));
  expect(shown).toEqual([]);
  (window as { scrollY: number }).scrollY = 5 * innerHeight;
  window.dispatchEvent(new Event('scroll'));
  await vi.waitFor(() => expect(shown).toEqual(['deep']), { timeout: 2_000 });
  delete (document.documentElement as { scrollHeight?: number }).scrollHeight;
  delete (window as { scrollY?: number }).scrollY;
});

test('with redactPii, an e-mail typed in a text answer never leaves as typed', async () => {
  const answered: unknown[] = [];
  pulso.on('answered', ({ value }) => answered.push(value));
  const text = { id: 'note', version: 1, name: 'note', questions: [{ kind: 'text', id: 'note', title: 'Anything else?' }] };
  pulso.init({ surveys: [text], redactPii: true });
  pulso.showSurvey('note');
  await vi.waitFor(() => expect(shadow().querySelector('textarea')).not.toBeNull());
  const field = shadow().querySelector('textarea')!;
  field.value = 'please write to ana.souza@example.com';
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.waitFor(() => expect(shadow().querySelector<HTMLButtonElement>('[part~="submit"]')!.textContent).not.toBe('Skip'));
  shadow().querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  await vi.waitFor(() => expect(answered).toHaveLength(1));
  expect(answered[0]).toBe('please write to [email]');
});

test('scroll depth starts again on a new page of a single-page app: depth reached on another page does not count', async () => {
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: 10 * innerHeight, configurable: true });
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true, writable: true });
  try {
    pulso.init({
      surveys: [survey('article', { trigger: { type: 'all', of: [{ type: 'pageView', url: { match: 'glob', value: '/blog/**' } }, { type: 'scroll', percent: 50 }] } })],
    });
    // Deep on the home page, then the router moves to an article and scrolls to its top.
    (window as { scrollY: number }).scrollY = 8 * innerHeight;
    window.dispatchEvent(new Event('scroll'));
    await new Promise((done) => setTimeout(done, 300));
    (window as { scrollY: number }).scrollY = 0;
    history.pushState(null, '', '/blog/post');
    await new Promise((done) => setTimeout(done, 300));
    expect(shown).toEqual([]);
    // Reading half of the article does show it.
    (window as { scrollY: number }).scrollY = 5 * innerHeight;
    window.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(shown).toEqual(['article']), { timeout: 2_000 });
  } finally {
    delete (document.documentElement as { scrollHeight?: number }).scrollHeight;
    delete (window as { scrollY?: number }).scrollY;
  }
});

test('in a single-page app a delay counts from the route change, not from page load', async () => {
  useFakeClock();
  // "10 s after /checkout/done": the visitor reaches it 30 s after the app loaded.
  pulso.init({
    surveys: [survey('done', { trigger: { type: 'all', of: [{ type: 'pageView', url: { match: 'glob', value: '/checkout/done' } }, { type: 'delay', ms: 10_000 }] } })],
  });
  await vi.advanceTimersByTimeAsync(30_000);
  history.pushState(null, '', '/checkout/done');
  await vi.advanceTimersByTimeAsync(9_999);
  expect(shown).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  await vi.waitFor(() => expect(shown).toEqual(['done']));
});

// A survey due 5 s into the page; the visitor moves to `url` at 4 s (pushState reaches the same
// URL watcher as a hashchange).
const moveBeforeTheDelay = async (url: string) => {
  useFakeClock();
  pulso.init({ surveys: [survey('linger', { trigger: { type: 'delay', ms: 5_000 } })] });
  await vi.advanceTimersByTimeAsync(4_000);
  history.pushState(null, '', url);
};

test.each(['/next', '#/checkout/done'])('a route change (%s) before a delay is reached starts that delay again', async (url) => {
  await moveBeforeTheDelay(url);
  await vi.advanceTimersByTimeAsync(4_999);
  expect(shown).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  await vi.waitFor(() => expect(shown).toEqual(['linger']));
});

test('an in-page anchor (#reviews) does not start a delay again', async () => {
  await moveBeforeTheDelay('#reviews');
  await vi.advanceTimersByTimeAsync(1_000);
  await vi.waitFor(() => expect(shown).toEqual(['linger']));
});
