// `lang` and `dir` tell a screen reader which voice to read a text with: they must name the
// language of the texts actually shown, not the one the visitor asked for.
import 'fake-indexeddb/auto';
import { stringsHe } from '@pulso/core';
import { within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { registerStrings } from '../i18n/strings-registry';
import { createPulso } from './create-pulso';
import type { PulsoApi } from './pulso-types';

const english = {
  id: 'english-only',
  version: 1,
  name: 'English only',
  locales: ['en'],
  questions: [
    { kind: 'single', id: 'found', title: { en: 'How did you find us?' }, choices: [{ id: 'ad', label: { en: 'An ad' } }] },
  ],
  thankYou: { title: { en: 'Cheers!' } },
};

let pulso: PulsoApi;
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  pulso = createPulso();
});
afterEach(() => {
  pulso.destroy();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const host = () => document.querySelector('pulso-widget') as HTMLElement;
const shadow = () => host().shadowRoot!;
// What the element's text is read as: the nearest lang/dir inside the shadow root, else the host's.
const langOf = (el: Element) => ({
  lang: el.closest('[lang]')?.getAttribute('lang') ?? host().lang,
  dir: el.closest('[dir]')?.getAttribute('dir') ?? host().dir,
});
const open = async (locale: string) => {
  pulso.init({ surveys: [english], locale });
  pulso.showSurvey('english-only');
  await vi.waitFor(() => expect(shadow().querySelector('h2')).not.toBeNull());
  return within(shadow() as unknown as HTMLElement);
};

test('a visitor asking for Japanese on an English-only survey, with no Japanese strings, gets English lang on everything', async () => {
  const view = await open('ja');
  expect({ lang: host().lang, dir: host().dir }).toEqual({ lang: 'en', dir: 'ltr' });
  expect(langOf(view.getByRole('heading'))).toEqual({ lang: 'en', dir: 'ltr' });
  expect(langOf(view.getByRole('radio', { name: 'An ad' }))).toEqual({ lang: 'en', dir: 'ltr' });
});

test('Hebrew asked on an English survey without Hebrew strings stays left to right', async () => {
  await open('he');
  expect({ lang: host().lang, dir: host().dir }).toEqual({ lang: 'en', dir: 'ltr' });
});

test('plain-string texts with no `locales` name no language: without Hebrew strings, Hebrew asked marks them as nothing else', async () => {
  const plain = { ...english, locales: undefined, questions: [{ kind: 'nps', id: 'nps', title: 'How likely are you to recommend us?' }], thankYou: undefined };
  pulso.init({ surveys: [plain], locale: 'he' });
  pulso.showSurvey('english-only');
  await vi.waitFor(() => expect(shadow().querySelector('h2')).not.toBeNull());
  expect(langOf(shadow().querySelector('h2')!)).toEqual({ lang: 'en', dir: 'ltr' });
});

test('Hebrew built-in strings around an English survey: the buttons read as Hebrew, the survey texts as English', async () => {
  registerStrings({ he: stringsHe });
  const view = await open('he');
  expect({ lang: host().lang, dir: host().dir }).toEqual({ lang: 'he', dir: 'rtl' });
  expect(langOf(view.getByRole('button', { name: stringsHe.survey.close }))).toEqual({ lang: 'he', dir: 'rtl' });
  expect(langOf(view.getByRole('heading'))).toEqual({ lang: 'en', dir: 'ltr' });
  const choice = view.getByRole('radio', { name: 'An ad' });
  expect(langOf(choice)).toEqual({ lang: 'en', dir: 'ltr' });
  choice.click();
  await vi.waitFor(() => expect(view.getByRole('radio', { name: 'An ad' }).getAttribute('aria-checked')).toBe('true'));
  view.getByRole('button', { name: stringsHe.survey.submit }).click();
  await vi.waitFor(() => expect(view.getByRole('heading').textContent).toBe('Cheers!'));
  expect(langOf(view.getByRole('heading'))).toEqual({ lang: 'en', dir: 'ltr' });
  // The body is the built-in one: Hebrew.
  expect(langOf(view.getByText(stringsHe.survey.thankYouBody))).toEqual({ lang: 'he', dir: 'rtl' });
});

test('plain-string texts of a survey that declares its `locales` are marked with that locale', async () => {
  registerStrings({ he: stringsHe });
  pulso.init({ surveys: [{ ...english, questions: [{ kind: 'nps', id: 'nps', title: 'How likely are you to recommend us?' }], thankYou: undefined }], locale: 'he' });
  pulso.showSurvey('english-only');
  await vi.waitFor(() => expect(shadow().querySelector('h2')).not.toBeNull());
  expect(langOf(shadow().querySelector('h2')!)).toEqual({ lang: 'en', dir: 'ltr' });
});

test("a scale's own end label carries the survey's language; a built-in one the strings'", async () => {
  registerStrings({ he: stringsHe });
  const nps = { kind: 'nps', id: 'nps', title: { en: 'Recommend us?' }, lowLabel: { en: 'Never' } };
  pulso.init({ surveys: [{ ...english, questions: [nps], thankYou: undefined }], locale: 'he' });
  pulso.showSurvey('english-only');
  await vi.waitFor(() => expect(shadow().querySelector('.ends')).not.toBeNull());
  const [low, high] = [...shadow().querySelectorAll('.ends > span')];
  expect([low!.textContent, langOf(low!)]).toEqual(['Never', { lang: 'en', dir: 'ltr' }]);
  expect([high!.textContent, langOf(high!)]).toEqual([stringsHe.survey.npsHigh, { lang: 'he', dir: 'rtl' }]);
});
