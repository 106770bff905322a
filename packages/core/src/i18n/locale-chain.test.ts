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
