// Where the runtime puts its widgets: the theme's layout, the page's inline element, the chat.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPulso } from './create-pulso';
import type { PulsoApi } from './pulso-types';

const csat = {
  id: 'csat',
  version: 1,
  name: 'CSAT',
  questions: [{ kind: 'csat', id: 'satisfied', title: 'How satisfied are you?' }],
};

let pulso: PulsoApi;
let errors: string[];
let shown: string[];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
  pulso = createPulso();
  shown = [];
  pulso.on('shown', ({ surveyId }) => shown.push(surveyId));
});
afterEach(() => {
  pulso.destroy();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const survey = () => document.querySelector('pulso-widget')?.shadowRoot?.querySelector<HTMLElement>('[part~="survey"]') ?? null;

test('the inline layout renders the survey inside the page’s data-pulso-inline element, as a region', async () => {
  const place = document.createElement('section');
  place.setAttribute('data-pulso-inline', '');
  place.setAttribute('aria-label', 'Your feedback');
  document.body.append(document.createElement('main'), place, document.createElement('footer'));
  pulso.init({ surveys: [csat], theme: { layout: 'inline' } });
  pulso.showSurvey('csat');
  await vi.waitFor(() => expect(shown).toEqual(['csat']));
  const host = document.querySelector('pulso-widget')!;
  expect(host.parentElement).toBe(place);
  expect(survey()!.getAttribute('role')).toBe('region');
  expect(errors).toEqual([]);
});

test('the default layout (auto) goes inline where the page marks an element, else a popover, silently', async () => {
  const place = document.createElement('div');
  place.setAttribute('data-pulso-inline', '');
  document.body.append(place);
  pulso.init({ surveys: [csat] });
  pulso.showSurvey('csat');
  await vi.waitFor(() => expect(shown).toEqual(['csat']));
  expect(document.querySelector('pulso-widget')!.parentElement).toBe(place);
  expect(survey()!.getAttribute('role')).toBe('region');
  pulso.destroy();

  place.remove();
  pulso = createPulso();
  pulso.on('shown', ({ surveyId }) => shown.push(surveyId));
  pulso.init({ surveys: [csat], theme: { layout: 'auto' }, maxSurveysPerSession: 5 });
  pulso.showSurvey('csat');
  await vi.waitFor(() => expect(shown).toEqual(['csat', 'csat']));
  expect(document.querySelector('pulso-widget')!.parentElement).toBe(document.body);
  expect(survey()!.getAttribute('role')).toBe('dialog');
  expect(errors).toEqual([]);
});

test('a popover layout ignores a data-pulso-inline element', async () => {
  const place = document.createElement('div');
  place.setAttribute('data-pulso-inline', '');
  document.body.append(place);
  pulso.init({ surveys: [csat], theme: { layout: 'popover' } });
  pulso.showSurvey('csat');
  await vi.waitFor(() => expect(shown).toEqual(['csat']));
  expect(document.querySelector('pulso-widget')!.parentElement).toBe(document.body);
});

test('the inline layout without a data-pulso-inline element logs one error and shows a popover', async () => {
  pulso.init({ surveys: [csat], theme: { layout: 'inline' } });
  pulso.showSurvey('csat');
  await vi.waitFor(() => expect(shown).toEqual(['csat']));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^pulso: theme\.layout is "inline" but the page has no element with a data-pulso-inline attribute/);
  expect(document.querySelector('pulso-widget')!.parentElement).toBe(document.body);
  expect(survey()!.getAttribute('role')).toBe('dialog');
  expect(survey()!.hasAttribute('aria-modal')).toBe(false);
});

test('the modal layout is a modal dialog', async () => {
  pulso.init({ surveys: [csat], theme: { layout: 'modal' } });
  pulso.showSurvey('csat');
  await vi.waitFor(() => expect(shown).toEqual(['csat']));
  expect(survey()!.getAttribute('role')).toBe('dialog');
  expect(survey()!.getAttribute('aria-modal')).toBe('true');
});

test('openChat without an faq knowledge base is reported, not thrown', () => {
  const heard: string[] = [];
  pulso.on('error', ({ message }) => heard.push(message));
  pulso.init({ surveys: [csat] });
  expect(() => pulso.openChat()).not.toThrow();
  expect(heard).toEqual(['the chat cannot open: the configuration has no `faq` knowledge base']);
  expect(document.querySelector('pulso-widget')?.shadowRoot?.querySelector('[part~="launcher"]') ?? null).toBeNull();
});

describe('"Talk to us" for a detractor', () => {
  const nps = { id: 'nps', version: 1, name: 'NPS', questions: [{ kind: 'nps', id: 'recommend', title: 'Would you recommend us?' }] };
  const faq = { locale: 'en', faqs: [{ id: 'shipping', question: 'How long does shipping take?', answer: 'Two to four working days.' }] };
  const shadow = () => document.querySelector('pulso-widget')!.shadowRoot!;
  const answer = async (score: string) => {
    await vi.waitFor(() => expect(shadow().querySelector('[role="radio"]')).not.toBeNull());
    [...shadow().querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((radio) => radio.textContent === score)!.click();
    await vi.waitFor(() => expect(shadow().querySelector('[part~="option-selected"]')).not.toBeNull());
    shadow().querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await vi.waitFor(() => expect(shadow().querySelector('[part~="thank-you"]')).not.toBeNull());
  };
  const talkToUs = () => [...shadow().querySelectorAll('button')].find((button) => button.textContent === 'Talk to us');

  test('is offered at the configured threshold and opens the chat', async () => {
    pulso.init({ surveys: [nps], faq, detractorThreshold: 7 });
    pulso.showSurvey('nps');
    await answer('7');
    talkToUs()!.click();
    await vi.waitFor(() => expect(shadow().querySelector('[part~="panel"]')).not.toBeNull());
    expect(errors).toEqual([]);
  });

  test('is not offered above the threshold', async () => {
    pulso.init({ surveys: [nps], faq, detractorThreshold: 6 });
    pulso.showSurvey('nps');
    await answer('7');
    expect(talkToUs()).toBeUndefined();
  });

  test('is not offered when there is no chat to open (no faq), instead of a button that only logs an error', async () => {
    pulso.init({ surveys: [nps] });
    pulso.showSurvey('nps');
    await answer('2');
    expect(shadow().querySelector('[part~="thank-you"]')!.textContent).toContain('Thank');
    expect(talkToUs()).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
