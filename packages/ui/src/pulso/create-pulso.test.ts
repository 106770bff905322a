import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPulso } from './create-pulso';
import type { PulsoApi } from './pulso-types';

const nps = {
  id: 'nps',
  version: 1,
  name: 'NPS',
  trigger: { type: 'event', event: 'purchase' },
  questions: [{ kind: 'nps', id: 'recommend', title: 'How likely are you to recommend us?' }],
};

let pulso: PulsoApi;
let errors: unknown[][];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
  pulso = createPulso();
});
afterEach(() => {
  pulso.destroy();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const surveyOnScreen = () => document.querySelector('pulso-widget')?.shadowRoot?.querySelector('[part~="survey"]') ?? null;

test('a bad configuration logs one error naming the path, emits `error`, shows nothing and throws nothing', () => {
  const heard: string[] = [];
  pulso.on('error', ({ message }) => heard.push(message));
  expect(() => pulso.init({ surveys: [{ ...nps, questions: [{ ...nps.questions[0], kind: 'stars' }] }] })).not.toThrow();
  expect(errors).toHaveLength(1);
  expect(String(errors[0]![0])).toMatch(/^pulso: the configuration is invalid, so nothing will be shown\. surveys\[0\]\.questions\[0\]\.kind: /);
  expect(heard).toEqual([String(errors[0]![0]).replace('pulso: ', '')]);
  pulso.track('purchase');
  expect(surveyOnScreen()).toBeNull();
});

test('calls made before init run after it, in order', async () => {
  const shown: string[] = [];
  pulso.on('shown', ({ surveyId }) => shown.push(surveyId));
  pulso.track('purchase');
  expect(shown).toEqual([]);
  pulso.init({ surveys: [nps] });
  await vi.waitFor(() => expect(shown).toEqual(['nps']));
  expect(surveyOnScreen()).not.toBeNull();
});

test('showSurvey with an unknown id is reported, not thrown', () => {
  pulso.init({ surveys: [nps] });
  pulso.showSurvey('nope');
  expect(String(errors.at(-1)![0])).toBe('pulso: showSurvey: there is no survey with id "nope" in the configuration');
});

test('the session cap stops a second survey in the same session', async () => {
  const second = { ...nps, id: 'second', trigger: { type: 'event', event: 'support' } };
  const shown: string[] = [];
  pulso.on('shown', ({ surveyId }) => shown.push(surveyId));
  pulso.init({ surveys: [nps, second], maxSurveysPerSession: 1 });
  pulso.track('purchase');
  await vi.waitFor(() => expect(shown).toEqual(['nps']));
  surveyOnScreen()!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
  await vi.waitFor(() => expect(surveyOnScreen()).toBeNull());
  pulso.track('support');
  await new Promise((done) => setTimeout(done, 20));
  expect(shown).toEqual(['nps']);
});

test('a dismissal is recorded in the history kept across visits', async () => {
  const dismissed: string[] = [];
  pulso.on('dismissed', ({ surveyId }) => dismissed.push(surveyId));
  pulso.init({ surveys: [nps] });
  pulso.track('purchase');
  await vi.waitFor(() => expect(surveyOnScreen()).not.toBeNull());
  surveyOnScreen()!.querySelector<HTMLButtonElement>('[part~="close"]')!.click();
  await vi.waitFor(() => expect(dismissed).toEqual(['nps']));
  const history = JSON.parse(localStorage.getItem('pulso:history')!);
  expect(history.surveys.nps.shown).toHaveLength(1);
  expect(history.surveys.nps.dismissed).toHaveLength(1);
});

test('destroy removes the widget and gives history.pushState back', async () => {
  const original = history.pushState;
  pulso.init({ surveys: [nps] });
  expect(history.pushState).not.toBe(original);
  pulso.track('purchase');
  await vi.waitFor(() => expect(surveyOnScreen()).not.toBeNull());
  pulso.destroy();
  expect(history.pushState).toBe(original);
  expect(document.querySelector('pulso-widget')).toBeNull();
});

test('a configuration still loading when destroy is called never starts', async () => {
  let deliver!: (config: unknown) => void;
  pulso.init(new Promise((resolve) => (deliver = resolve)));
  pulso.showSurvey('nps');
  pulso.destroy();
  deliver({ surveys: [nps] });
  await new Promise((done) => setTimeout(done, 20));
  expect(document.querySelector('pulso-widget')).toBeNull();
});

test('init takes a promise of the configuration; calls wait for it', async () => {
  let deliver!: (config: unknown) => void;
  const shown: string[] = [];
  pulso.on('shown', ({ surveyId }) => shown.push(surveyId));
  pulso.init(new Promise((resolve) => (deliver = resolve)));
  pulso.showSurvey('nps');
  await new Promise((done) => setTimeout(done, 10));
  expect(shown).toEqual([]);
  deliver({ surveys: [nps] });
  await vi.waitFor(() => expect(shown).toEqual(['nps']));
});

test('setJourney with a stage that does not exist is reported, naming it and the stages, and changes nothing', async () => {
  const retention = { ...nps, id: 'retention', trigger: { type: 'journeyStage', stage: 'retention' } };
  const shown: string[] = [];
  pulso.on('shown', ({ surveyId }) => shown.push(surveyId));
  pulso.init({ surveys: [retention] });
  pulso.setJourney('retention');
  await vi.waitFor(() => expect(shown).toEqual(['retention']));
  expect(() => pulso.setJourney('purchse' as never)).not.toThrow();
  expect(errors.map((args) => String(args[0]))).toEqual([
    'pulso: setJourney: "purchse" is not a journey stage; expected one of awareness, consideration, purchase, retention, advocacy',
  ]);
});

test('identify with something other than { id, attributes } is reported and ignored; a numeric id is kept as a string', async () => {
  const gold = { ...nps, id: 'gold', trigger: { type: 'event', event: 'purchase', where: [{ path: 'order.total', op: 'gte', value: 0 }] }, targeting: { attributes: [{ path: 'plan', op: 'eq', value: 'gold' }] } };
  pulso.init({ surveys: [gold] });
  pulso.identify('customer-8812' as never);
  pulso.identify({ id: '', attributes: { plan: 'gold' } });
  pulso.identify({ id: 'customer-8812', attributes: 'gold' as never });
  expect(errors.map((args) => String(args[0]))).toEqual([
    'pulso: identify: expected an object like { id, attributes }, but got string; the visitor is unchanged',
    'pulso: identify: id must be a non-empty string, but got ""; the visitor is unchanged',
    'pulso: identify: attributes must be an object; the visitor is unchanged',
  ]);
  const shown: string[] = [];
  pulso.on('shown', ({ surveyId }) => shown.push(surveyId));
  pulso.track('purchase', { order: { total: 10 } });
  await new Promise((done) => setTimeout(done, 20));
  expect(shown).toEqual([]); // no bad call set the gold plan
  pulso.identify({ id: 8812 as never, attributes: { plan: 'gold' } });
  pulso.track('purchase', { order: { total: 10 } });
  await vi.waitFor(() => expect(shown).toEqual(['gold']));
  expect(errors).toHaveLength(3);
});

test('track with a name that is not a string, or properties that are not an object, is reported and ignored', async () => {
  const shown: string[] = [];
  pulso.on('shown', ({ surveyId }) => shown.push(surveyId));
  pulso.init({ surveys: [nps] });
  pulso.track(42 as never);
  pulso.track('purchase', 'order-4211' as never);
  await new Promise((done) => setTimeout(done, 20));
  expect(shown).toEqual([]);
  expect(errors.map((args) => String(args[0]))).toEqual([
    'pulso: track: the event name must be a non-empty string, but got 42',
    'pulso: track: the properties of "purchase" must be an object, like { order: { total: 120 } }',
  ]);
  pulso.track('purchase', { order: { id: '4211' } });
  await vi.waitFor(() => expect(shown).toEqual(['nps']));
});
