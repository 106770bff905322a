import { stringsEn, stringsEs, stringsPtBR } from '@pulso/core';
import { expect, test } from 'vitest';
import { hasStrings, registerStrings, registeredStrings } from './strings-registry';

// One registry per module instance; vitest gives each test file its own, and the tests below run
// in order: first with English alone, then after registering.

test('only English is there before anything is registered, and every locale falls back to it', () => {
  expect(hasStrings('en')).toBe(true);
  expect(hasStrings('pt-BR')).toBe(false);
  expect(registeredStrings('pt-BR')).toEqual(stringsEn);
  expect(registeredStrings(['ja', 'de'])).toEqual(stringsEn);
});

test('a registered dictionary is negotiated like core’s: pt-PT gets pt-BR, es-MX gets es', () => {
  registerStrings({ 'pt-BR': stringsPtBR, es: stringsEs });
  expect(hasStrings('pt-BR')).toBe(true);
  expect(registeredStrings('pt-BR').survey.submit).toBe(stringsPtBR.survey.submit);
  expect(registeredStrings('pt-PT').survey.submit).toBe(stringsPtBR.survey.submit);
  expect(registeredStrings(['fr', 'es-MX']).chat.send).toBe(stringsEs.chat.send);
  expect(registeredStrings('de')).toEqual(stringsEn);
});

test('overrides apply and the result is a copy, so changing it changes no dictionary', () => {
  const strings = registeredStrings('pt-BR', { survey: { submit: 'Mandar' } });
  expect(strings.survey.submit).toBe('Mandar');
  strings.survey.csat[0] = 'changed';
  expect(registeredStrings('pt-BR').survey.csat[0]).toBe(stringsPtBR.survey.csat[0]);
  expect(registeredStrings('pt-BR').survey.submit).toBe(stringsPtBR.survey.submit);
});

test('"constructor" and other Object.prototype names are not mistaken for registered tags', () => {
  expect(hasStrings('constructor')).toBe(false);
  expect(hasStrings('toString')).toBe(false);
});
