// What `Pulso.on` listeners and the endpoint hear over a survey's life, in happy-dom with the
// real core, prompts, storage and transport queue (fetch is the only thing replaced).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createPulso } from './create-pulso';
import type { PulsoApi, PulsoEvents } from './pulso-types';

const endpoint = 'https://collector.example/v1/events';
const survey = {
  id: 'after-order',
  version: 3,
  name: 'After the order',
  journeyStage: 'purchase',
  questions: [
    { kind: 'nps', id: 'recommend', title: 'How likely are you to recommend us?' },
    { kind: 'csat', id: 'delivery', title: 'How satisfied are you with the delivery?' },
  ],
};

let pulso: PulsoApi;
let heard: Array<[string, unknown]>;
let posted: Array<Record<string, unknown>>;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  posted = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: unknown, init?: { body?: string }) => {
      const body = JSON.parse(init?.body ?? '{}') as { items?: Array<{ payload: Record<string, unknown> }> };
      posted.push(...(body.items ?? []).map((item) => item.payload));
      return new Response(null, { status: 204 });
    }),
  );
  pulso = createPulso();
  heard = [];
  for (const name of ['shown', 'answered', 'completed', 'dismissed', 'error'] as const) {
    pulso.on(name, (detail: PulsoEvents[typeof name]) => heard.push([name, detail]));
  }
});
afterEach(() => {
  pulso.destroy();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

const shadow = () => document.querySelector('pulso-widget')!.shadowRoot!;
const nameOf = (radio: Element) => radio.getAttribute('aria-label') ?? radio.textContent;
const radio = (name: string) => [...shadow().querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((option) => nameOf(option) === name);
const pick = async (name: string) => {
  await vi.waitFor(() => expect(radio(name)).toBeDefined());
  radio(name)!.click();
  await vi.waitFor(() => expect(shadow().querySelector('[part~="option-selected"]')).not.toBeNull());
  shadow().querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
};

test('listeners hear shown, each answer as it is given, and completed, all with one response id', async () => {
  pulso.init({ surveys: [survey] });
  pulso.showSurvey('after-order');
  await pick('9');
  await vi.waitFor(() => expect(heard.map(([name]) => name)).toEqual(['shown', 'answered']));
  // The answer is heard before the visitor has finished the survey.
  expect(heard[1]![1]).toMatchObject({ surveyId: 'after-order', questionId: 'recommend', value: 9 });
  await vi.waitFor(() => expect(shadow().querySelector('[data-kind="csat"]')).not.toBeNull());
  const [, delivery] = [...shadow().querySelectorAll<HTMLElement>('[role="radio"]')].map(nameOf);
  await pick(delivery!);
  await vi.waitFor(() => expect(heard.map(([name]) => name)).toEqual(['shown', 'answered', 'answered', 'completed']));
  const responseId = (heard[0]![1] as PulsoEvents['shown']).responseId;
  expect(responseId).toEqual(expect.any(String));
  expect(heard[0]![1]).toEqual({ surveyId: 'after-order', responseId, resumed: false });
  expect(heard[2]![1]).toEqual({ surveyId: 'after-order', responseId, questionId: 'delivery', value: 2 });
  expect(heard[3]![1]).toEqual({ surveyId: 'after-order', responseId, answers: { recommend: 9, delivery: 2 } });
});

test('closing halfway is heard as dismissed at the question on screen, and the endpoint gets survey.dismissed', async () => {
  pulso.init({ surveys: [survey], endpoint });
  pulso.showSurvey('after-order');
  await pick('4');
  await vi.waitFor(() => expect(shadow().querySelector('[data-kind="csat"]')).not.toBeNull());
  shadow().querySelector<HTMLButtonElement>('[part~="close"]')!.click();
  await vi.waitFor(() => expect(heard.map(([name]) => name)).toEqual(['shown', 'answered', 'dismissed']));
  const responseId = (heard[0]![1] as PulsoEvents['shown']).responseId;
  expect(heard[2]![1]).toEqual({ surveyId: 'after-order', responseId, questionId: 'delivery' });
  // A dismissal is not a completion: no `completed` is heard, and the response is not kept for a reload.
  expect(localStorage.getItem('pulso:response')).toBeNull();

  await vi.waitFor(() => expect(posted.map((payload) => payload.type)).toContain('survey.dismissed'), { timeout: 15_000 });
  const dismissed = posted.find((payload) => payload.type === 'survey.dismissed')!;
  expect(dismissed).toMatchObject({
    responseId,
    surveyId: 'after-order',
    surveyVersion: 3,
    journeyStage: 'purchase',
    questionId: 'delivery',
    answered: 1,
    url: location.href,
  });
  expect(posted.find((payload) => payload.type === 'survey.answered')).toMatchObject({ responseId, questionId: 'recommend', value: 4 });
}, 20_000);

test('closing while an answer is still being stored keeps no response for a reload, so a dismissed survey does not come back', async () => {
  pulso.init({ surveys: [survey], endpoint });
  pulso.showSurvey('after-order');
  await vi.waitFor(() => expect(radio('4')).toBeDefined());
  radio('4')!.click();
  await vi.waitFor(() => expect(shadow().querySelector('[part~="option-selected"]')).not.toBeNull());
  // Submit, then close before the queue has stored the answer.
  shadow().querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  shadow().querySelector<HTMLButtonElement>('[part~="close"]')!.click();
  await vi.waitFor(() => expect(heard.map(([name]) => name)).toContain('dismissed'));
  await vi.waitFor(() => expect(heard.map(([name]) => name)).toContain('answered'));
  expect(localStorage.getItem('pulso:response')).toBeNull();

  // The next page load of the site.
  pulso.destroy();
  pulso = createPulso();
  const shown: unknown[] = [];
  pulso.on('shown', (detail) => shown.push(detail));
  pulso.init({ surveys: [survey], endpoint });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(shown).toEqual([]);
});

test('without Web Locks, a reload (or the next page) right after an answer brings the survey back: the leaving page gives its lease back', async () => {
  expect(navigator.locks ?? undefined).toBeUndefined(); // the localStorage lease is in use here
  pulso.init({ surveys: [survey] });
  pulso.showSurvey('after-order');
  await pick('9');
  await vi.waitFor(() => expect(localStorage.getItem('pulso:response')).not.toBeNull());

  // The page goes away without destroy(), as on a reload or a link to the next page.
  window.dispatchEvent(new Event('pagehide'));
  const leaving = pulso;
  document.body.replaceChildren();
  pulso = createPulso();
  const shown: unknown[] = [];
  pulso.on('shown', (detail) => shown.push(detail));
  pulso.init({ surveys: [survey] });
  try {
    await vi.waitFor(() => expect(shown).toEqual([expect.objectContaining({ surveyId: 'after-order', resumed: true })]));
  } finally {
    leaving.destroy();
  }
});

/** The page goes away without destroy(), as on a link to the next page, which starts `config`. */
const nextPage = (config: Parameters<PulsoApi['init']>[0]) => {
  window.dispatchEvent(new Event('pagehide'));
  pulso.destroy();
  document.body.replaceChildren();
  pulso = createPulso();
  const shown: Array<PulsoEvents['shown']> = [];
  pulso.on('shown', (detail) => shown.push(detail));
  pulso.init(config);
  return shown;
};

test('a page whose configuration lacks the survey keeps its unfinished response, and the next page that has it resumes it', async () => {
  pulso.init({ surveys: [survey] });
  pulso.showSurvey('after-order');
  await pick('9');
  await vi.waitFor(() => expect(localStorage.getItem('pulso:response')).not.toBeNull());
  const { responseId } = heard[0]![1] as PulsoEvents['shown'];

  // The blog has its own configuration file, without the checkout's survey.
  const blog = { ...survey, id: 'blog-article', journeyStage: undefined, trigger: { type: 'event', event: 'read' } };
  expect(nextPage({ surveys: [blog] })).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(localStorage.getItem('pulso:response')).not.toBeNull();

  const shown = nextPage({ surveys: [survey] });
  await vi.waitFor(() => expect(shown).toEqual([{ surveyId: 'after-order', responseId, resumed: true }]));
  await vi.waitFor(() => expect(shadow().querySelector('[data-kind="csat"]')).not.toBeNull());
});

test('a page whose configuration has a new version of the survey drops the unfinished response instead of resuming it', async () => {
  pulso.init({ surveys: [survey] });
  pulso.showSurvey('after-order');
  await pick('9');
  await vi.waitFor(() => expect(localStorage.getItem('pulso:response')).not.toBeNull());
  const shown = nextPage({ surveys: [{ ...survey, version: 4 }] });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(shown).toEqual([]);
  expect(localStorage.getItem('pulso:response')).toBeNull();
});

test('closing right after submitting the last answer, while it is being stored, is a completion, not also a dismissal', async () => {
  pulso.init({ surveys: [survey], endpoint });
  pulso.showSurvey('after-order');
  await pick('9');
  await vi.waitFor(() => expect(shadow().querySelector('[data-kind="csat"]')).not.toBeNull());
  const [, delivery] = [...shadow().querySelectorAll<HTMLElement>('[role="radio"]')].map(nameOf);
  radio(delivery!)!.click();
  await vi.waitFor(() => expect(shadow().querySelector('[part~="option-selected"]')).not.toBeNull());
  shadow().querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  shadow().querySelector<HTMLButtonElement>('[part~="close"]')!.click();
  await vi.waitFor(() => expect(heard.map(([name]) => name)).toContain('completed'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(heard.map(([name]) => name)).toEqual(['shown', 'answered', 'answered', 'completed']);
});

test('events name the locale whose texts were shown (pt-PT asked, pt written: pt) and keep the one asked for', async () => {
  const translated = {
    ...survey,
    locales: ['en', 'pt'],
    questions: [{ kind: 'nps', id: 'recommend', title: { en: 'How likely are you to recommend us?', pt: 'Recomendaria a nossa loja?' } }],
  };
  pulso.init({ surveys: [translated], endpoint, locale: 'pt-PT' });
  pulso.showSurvey('after-order');
  await vi.waitFor(() => expect(shadow().textContent).toContain('Recomendaria a nossa loja?'));
  await pick('9');
  const { responseId } = heard[0]![1] as PulsoEvents['shown'];
  const sent = () => posted.filter((payload) => payload.responseId === responseId);
  await vi.waitFor(() => expect(sent().map((payload) => payload.type).sort()).toEqual(['survey.answered', 'survey.completed', 'survey.shown']), { timeout: 15_000 });
  for (const payload of sent()) expect(payload).toMatchObject({ locale: 'pt', requestedLocale: 'pt-PT' });
}, 20_000);
