import { expect, test } from 'vitest';
import { localeChain, normalizeLocale } from './locale-chain';

test('a regional locale falls back to its language', () => {
  expect(localeChain('pt-PT')).toEqual(['pt-PT', 'pt']);
  expect(localeChain('gl')).toEqual(['gl']);
});

test('locale tags are normalised whatever their spelling', () => {
  expect(normalizeLocale('pt_br')).toBe('pt-BR');
  expect(normalizeLocale(' ZH-hant-tw ')).toBe('zh-Hant-TW');
  expect(localeChain('')).toEqual([]);
});

test('the deprecated codes Java and Android still give are read as today\'s', () => {
  // IANA's registry gives he, id and yi as the preferred values of iw, in and ji; an app that
  // passes Android's Locale on says 'iw-IL' or 'in-ID'.
  expect(normalizeLocale('iw-IL')).toBe('he-IL');
  expect(normalizeLocale('in_id')).toBe('id-ID');
  expect(normalizeLocale('JI')).toBe('yi');
  expect(localeChain('iw-IL')).toEqual(['he-IL', 'he']);
  expect(normalizeLocale('ind')).toBe('ind');
});
