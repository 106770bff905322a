// One survey at a time across tabs, at its edges: a page coming back from the back/forward cache,
// and moments that arrive while another survey is being opened. happy-dom has no Web Locks, so
// the lease runs in localStorage unless a test gives the window a lock manager.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPulso } from './create-pulso';
import type { PulsoApi } from './pulso-types';

const survey = (id: string, event: string) => ({
  id,
  version: 1,
  name: id,
  trigger: { type: 'event', event },
  questions: [{ kind: 'csat', id: 'satisfied', title: 'How satisfied are you?' }],
});

let pulso: PulsoApi;
let heard: string[];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  pulso = createPulso();
  heard = [];
  for (const name of ['shown', 'dismissed', 'completed'] as const) pulso.on(name, ({ surveyId }) => heard.push(`${name} ${surveyId}`));
});
afterEach(() => {
  pulso.destroy();
  document.body.replaceChildren();
  delete (navigator as { locks?: unknown }).locks;
  vi.restoreAllMocks();
});

const onScreen = () => document.querySelector('pulso-widget')?.shadowRoot?.querySelector('[part~="survey"]') ?? null;
const pageHide = () => window.dispatchEvent(new Event('pagehide'));
const backForwardRestore = () => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
const settle = () => new Promise((done) => setTimeout(done, 50));

/** Another tab of the same visitor, holding the survey lease in localStorage. */
const leaseTab = {
  take: () => localStorage.setItem('pulso:survey', JSON.stringify({ owner: 'other-tab', until: Date.now() + 60_000 })),
  give: () => localStorage.removeItem('pulso:survey'),
  holdsIt: () => localStorage.getItem('pulso:survey') !== null,
};

/** A Web Locks manager shared with "another tab", honouring `ifAvailable` like the browser's. */
function installLocks() {
  const held = new Set<string>();
  const locks = {
    request(name: string, _options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void) {
      if (held.has(name)) return Promise.resolve(callback(null));
      held.add(name);
      return Promise.resolve(callback({ name })).finally(() => held.delete(name));
    },
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  let giveBack = () => {};
  return {
    take: () => locks.request('pulso:survey', { ifAvailable: true }, (lock) => (lock ? new Promise<void>((done) => (giveBack = done)) : undefined)),
    give: () => giveBack(),
    holdsIt: () => held.has('pulso:survey'),
  };
}

const paths = [
  ['the localStorage lease', () => leaseTab],
  ['Web Locks', installLocks],
] as const;

test.each(paths)('with %s, a page restored from the back/forward cache with its survey on screen takes the lock again', async (_, otherTab) => {
  const tab = otherTab();
  pulso.init({ surveys: [survey('nps', 'purchase')] });
  pulso.track('purchase');
  await vi.waitFor(() => expect(onScreen()).not.toBeNull());
  pageHide();
  await settle();
  expect(tab.holdsIt()).toBe(false);
  backForwardRestore();
  await vi.waitFor(() => expect(tab.holdsIt()).toBe(true));
  // So another tab cannot open a second survey while this one is on screen.
  await tab.take();
  expect(onScreen()).not.toBeNull();
});

test.each(paths)('with %s, a restored page whose lock another tab took meanwhile closes its survey without dismissing it', async (_, otherTab) => {
  const tab = otherTab();
  pulso.init({ surveys: [survey('nps', 'purchase')] });
  pulso.track('purchase');
  await vi.waitFor(() => expect(onScreen()).not.toBeNull());
  localStorage.setItem('pulso:response', JSON.stringify({ surveyId: 'nps', surveyVersion: 1, response: {} }));
  pageHide();
  await settle();
  // While this page sat in the cache, another tab opened a survey (or resumed this one).
  void tab.take();
  backForwardRestore();
  await vi.waitFor(() => expect(onScreen()).toBeNull());
  expect(heard).toEqual(['shown nps']);
  // Not dismissed: the unfinished response stays for the next page to resume.
  expect(localStorage.getItem('pulso:response')).not.toBeNull();
  tab.give();
});

test('a tracked event that arrives while another survey is being opened is decided again when that one does not show', async () => {
  pulso.init({ surveys: [survey('nps', 'purchase'), survey('support', 'ticket')] });
  leaseTab.take();
  pulso.showSurvey('nps'); // being opened: its lease check is refused by the other tab
  leaseTab.give(); // the other tab's survey closes
  pulso.track('ticket'); // arrives while "nps" is still being opened
  await vi.waitFor(() => expect(heard).toEqual(['shown support']));
});

test('an exit intent that arrives while another survey is being opened is decided again when that one does not show', async () => {
  // A desktop pointer: exit intent is watched only there.
  const media = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((query) => (query.includes('hover') ? ({ matches: true } as MediaQueryList) : media(query)));
  pulso.init({
    surveys: [survey('nps', 'purchase'), { ...survey('leaving', 'x'), trigger: { type: 'exitIntent' } }],
  });
  leaseTab.take();
  pulso.track('purchase');
  leaseTab.give();
  document.dispatchEvent(new MouseEvent('mouseout', { clientY: -1, relatedTarget: null }));
  await vi.waitFor(() => expect(heard).toEqual(['shown leaving']));
});

test('a moment that arrives while a survey is being opened that then shows is dropped: one survey at a time', async () => {
  pulso.init({ surveys: [survey('nps', 'purchase'), survey('support', 'ticket')], maxSurveysPerSession: 2 });
  pulso.track('purchase');
  pulso.track('ticket');
  await vi.waitFor(() => expect(heard).toEqual(['shown nps']));
  onScreen()!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
  await vi.waitFor(() => expect(heard).toEqual(['shown nps', 'dismissed nps']));
  await settle();
  expect(heard).toEqual(['shown nps', 'dismissed nps']);
});

test('a moment kept while a survey was being opened still obeys the session cap', async () => {
  sessionStorage.setItem('pulso:session', JSON.stringify({ shown: ['earlier'] }));
  pulso.init({ surveys: [survey('nps', 'purchase'), survey('support', 'ticket')], maxSurveysPerSession: 1 });
  leaseTab.take();
  pulso.showSurvey('nps'); // showSurvey ignores the cap; the tracked event does not
  leaseTab.give();
  pulso.track('ticket');
  await settle();
  expect(heard).toEqual([]);
});

/** A survey of three CSAT questions, shown on `purchase`. */
const threeSteps = {
  ...survey('steps', 'purchase'),
  questions: ['one', 'two', 'three'].map((id) => ({ kind: 'csat', id, title: `Question ${id}` })),
};
const shadowOf = (index: number) => document.querySelectorAll('pulso-widget')[index]!.shadowRoot!;
const questionOn = (index: number) => shadowOf(index).querySelector('[part~="question"] .title')?.textContent;
const answerOn = async (index: number) => {
  const root = shadowOf(index);
  root.querySelector<HTMLElement>('[role="radio"]')!.click();
  await vi.waitFor(() => expect(root.querySelector('[part~="option-selected"]')).not.toBeNull());
  root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
};

// Question one answered on this page, which is left; the next page of the site resumes the
// response and the visitor answers question two there. Returns that next page's Pulso.
const goOnOnTheNextPage = async () => {
  pulso.init({ surveys: [threeSteps] });
  pulso.track('purchase');
  await vi.waitFor(() => expect(questionOn(0)).toBe('Question one'));
  await answerOn(0);
  await vi.waitFor(() => expect(questionOn(0)).toBe('Question two'));
  pageHide();
  const next = createPulso();
  next.init({ surveys: [threeSteps] });
  await vi.waitFor(() => expect(questionOn(1)).toBe('Question two'));
  await answerOn(1);
  await vi.waitFor(() => expect(questionOn(1)).toBe('Question three'));
  return next;
};

test('a restored page whose survey was continued on the next page resumes it where it really is', async () => {
  const next = await goOnOnTheNextPage();
  pageHide();
  next.destroy();
  // Back to the first page: it must not ask question two again.
  backForwardRestore();
  await vi.waitFor(() => expect(questionOn(0)).toBe('Question three'));
  expect(heard).toEqual(['shown steps', 'shown steps']);
});

test('a restored page that only resumed the survey (no answer there) also shows where the next page got to', async () => {
  // An earlier page answered question one; this page resumed at question two and was left unanswered.
  const earlier = createPulso();
  earlier.init({ surveys: [threeSteps] });
  earlier.track('purchase');
  await vi.waitFor(() => expect(questionOn(0)).toBe('Question one'));
  await answerOn(0);
  await vi.waitFor(() => expect(localStorage.getItem('pulso:response')).not.toBeNull());
  pageHide();
  earlier.destroy();
  pulso.init({ surveys: [threeSteps] });
  await vi.waitFor(() => expect(questionOn(0)).toBe('Question two'));
  pageHide();
  // The next page answers question two.
  const next = createPulso();
  next.init({ surveys: [threeSteps] });
  await vi.waitFor(() => expect(questionOn(1)).toBe('Question two'));
  await answerOn(1);
  await vi.waitFor(() => expect(questionOn(1)).toBe('Question three'));
  pageHide();
  next.destroy();
  // Back: question two must not be asked again (a second answer, and older progress saved over the newer).
  backForwardRestore();
  await vi.waitFor(() => expect(questionOn(0)).toBe('Question three'));
});

test('a restored page whose survey was finished on the next page closes it without recording anything', async () => {
  const next = await goOnOnTheNextPage();
  await answerOn(1);
  await vi.waitFor(() => expect(localStorage.getItem('pulso:response')).toBeNull());
  pageHide();
  next.destroy();
  backForwardRestore();
  await vi.waitFor(() => expect(onScreen()).toBeNull());
  await settle();
  expect(heard).toEqual(['shown steps']);
});

test.each(paths)('with %s, init twice in the same task (a survey of the first start still being opened) shows the survey once', async (_, otherTab) => {
  otherTab();
  const onLoad = { ...survey('welcome', 'x'), trigger: { type: 'pageView' } };
  pulso.init({ surveys: [onLoad] });
  pulso.init({ surveys: [onLoad] });
  await vi.waitFor(() => expect(heard).toEqual(['shown welcome']));
  expect(document.querySelectorAll('pulso-widget')).toHaveLength(1);
});
