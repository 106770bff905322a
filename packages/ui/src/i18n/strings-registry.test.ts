import { stringsEn, stringsEs, stringsPtBR } from '@pulso/core';
import { expect, test, vi } from 'vitest';
import { hasStrings, markMissing, registerStrings, registeredStrings } from './strings-registry';

// One registry per module instance; vitest gives each test file its own, and the tests below run
// in order: first with English alone, then after registering.

test('only English is there before anything is registered, and every locale falls back to it, with one warning each', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(hasStrings('en')).toBe(true);
  expect(hasStrings('pt-BR')).toBe(false);
  expect(registeredStrings('pt-BR')).toEqual(stringsEn);
  expect(registeredStrings(['ja', 'de'])).toEqual(stringsEn);
  expect(registeredStrings('pt-BR')).toEqual(stringsEn);
  expect(warn.mock.calls.map(([message]) => message)).toEqual([
    expect.stringMatching(/no "pt-BR" strings are registered.*registerStrings\(\{ 'pt-BR': … \}\)/),
    expect.stringMatching(/no "ja" strings are registered/),
  ]);
  warn.mockRestore();
});

test('no warning for English, for a language that is not built in, or for one the loader already warned about', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  registeredStrings(['en-GB']);
  registeredStrings('sw');
  markMissing('nl');
  registeredStrings('nl-BE');
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

test('a registered dictionary is negotiated like core’s: pt-PT gets pt-BR, es-MX gets es', () => {
  registerStrings({ 'pt-BR': stringsPtBR, es: stringsEs });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(hasStrings('pt-BR')).toBe(true);
  expect(registeredStrings('pt-BR').survey.submit).toBe(stringsPtBR.survey.submit);
  expect(registeredStrings('pt-PT').survey.submit).toBe(stringsPtBR.survey.submit);
  expect(registeredStrings(['fr', 'es-MX']).chat.send).toBe(stringsEs.chat.send);
  expect(registeredStrings('de')).toEqual(stringsEn);
  // pt-PT was served by pt-BR, so only German is reported missing.
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]![0]).toMatch(/"de"/);
  warn.mockRestore();
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
