import { parseSurvey } from '@pulso/core';
import { expect, test } from 'vitest';
import { textsLocale } from './texts-locale';

const survey = (extra: object, title: unknown = { en: 'How likely…', pt: 'Qual a probabilidade…' }) =>
  parseSurvey({ id: 's', version: 1, name: 's', questions: [{ kind: 'nps', id: 'recommend', title }], ...extra });

test('a regional locale the survey does not have gets its language', () => {
  expect(textsLocale(survey({ locales: ['en', 'pt'] }), 'pt-PT')).toBe('pt');
});

test('an exact match wins over the language, and tags are compared in any spelling', () => {
  const s = survey({ locales: ['en', 'pt', 'pt-br'] }, { en: 'a', pt: 'b', 'pt-br': 'c' });
  expect(textsLocale(s, 'pt_BR')).toBe('pt-BR');
});

test('a regional text written beyond the declared locales is the one shown, so it is the one named', () => {
  const s = survey({ locales: ['pt', 'en'] }, { pt: 'Qual a probabilidade…', 'pt-BR': 'Qual a chance…', en: 'How likely…' });
  expect(textsLocale(s, 'pt-BR')).toBe('pt-BR');
  expect(textsLocale(s, 'pt-PT')).toBe('pt');
});

test("a language the survey is not written in gets the survey's default locale", () => {
  expect(textsLocale(survey({ locales: ['en', 'pt'] }), 'ja')).toBe('en');
});

test('without `locales`, the locales of the first title count, and its first one is the fallback', () => {
  expect(textsLocale(survey({}, { es: '¿Qué tan probable…?', pt: 'Qual a probabilidade…' }), 'pt-PT')).toBe('pt');
  expect(textsLocale(survey({}, { es: '¿Qué tan probable…?', pt: 'Qual a probabilidade…' }), 'de')).toBe('es');
});

test('plain-string texts name no locale, so the asked one is kept', () => {
  expect(textsLocale(survey({}, 'How likely are you to recommend us?'), 'pt-PT')).toBe('pt-PT');
});
