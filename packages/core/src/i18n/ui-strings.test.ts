import { describe, expect, test } from 'vitest';
import { format, placeholders } from './format';
import { isRtlLocale } from './is-rtl-locale';
import { negotiateLocale } from './negotiate-locale';
import { stringsEn } from './locales/en';
import { stringsPtBR } from './locales/pt-BR';
import { builtInStrings, supportedLocales, uiLocale, uiStrings } from './ui-strings';
import { uiStringsFrom } from './ui-strings-from';
import type { UiStrings } from './ui-strings-types';

const en = builtInStrings.en!;
/** Every string of a dictionary as [`survey.csat[0]`, text] pairs, in key order. */
function flat(strings: UiStrings): [string, string][] {
  const pairs: [string, string][] = [];
  for (const group of ['survey', 'chat'] as const) {
    for (const [key, value] of Object.entries(strings[group])) {
      if (Array.isArray(value)) value.forEach((item: string, i) => pairs.push([`${group}.${key}[${i}]`, item]));
      else pairs.push([`${group}.${key}`, value as string]);
    }
  }
  return pairs;
}

test('the twelve promised locales are built in', () => {
  expect([...supportedLocales].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'gl', 'he', 'it', 'ja', 'nl', 'pt-BR', 'pt-PT']);
});

test('supportedLocales lists exactly the dictionaries in builtInStrings', () => {
  expect([...supportedLocales].sort()).toEqual(Object.keys(builtInStrings).sort());
});

describe.each(supportedLocales.filter((locale) => locale !== 'en'))('%s', (locale) => {
  const strings = builtInStrings[locale]!;

  test('has every key English has, and no other, each a non-empty string', () => {
    expect(flat(strings).map(([key]) => key)).toEqual(flat(en).map(([key]) => key));
    for (const [key, value] of flat(strings)) expect(value.trim(), `${locale} ${key}`).not.toBe('');
  });

  test('keeps exactly the placeholders of each English template', () => {
    const english = new Map(flat(en));
    for (const [key, value] of flat(strings)) expect(placeholders(value).sort(), `${locale} ${key}`).toEqual(placeholders(english.get(key)!).sort());
  });

  test('is a translation, not a copy of the English', () => {
    const english = new Map(flat(en));
    const same = flat(strings).filter(([key, value]) => english.get(key) === value).map(([key]) => key);
    // Words shared across languages ("Chat", "No", "E-mail", "Message") are fine; more is a copy.
    expect(same.length, `${locale} same as English: ${same.join(', ')}`).toBeLessThanOrEqual(4);
  });
});

test('English has five CSAT labels and seven CES labels, and so does every locale', () => {
  for (const locale of supportedLocales) {
    expect(builtInStrings[locale]!.survey.csat).toHaveLength(5);
    expect(builtInStrings[locale]!.survey.ces).toHaveLength(7);
  }
});

test('right-to-left and Japanese dictionaries are written in their scripts', () => {
  expect(builtInStrings.ar!.survey.submit).toMatch(/\p{Script=Arabic}/u);
  expect(builtInStrings.he!.chat.send).toMatch(/\p{Script=Hebrew}/u);
  expect(builtInStrings.ja!.survey.next).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
});

describe('uiStrings', () => {
  test('negotiates the locale and falls back to English', () => {
    expect(uiStrings('pt-PT').survey.next).toBe('Seguinte');
    expect(uiStrings('pt_br').survey.next).toBe('Próxima');
    expect(uiStrings('pt').survey.next).toBe('Próxima');
    expect(uiStrings('es-MX').survey.next).toBe('Siguiente');
    expect(uiStrings('sw').survey.next).toBe('Next');
    expect(uiStrings(['sw', 'gl-ES', 'es']).survey.close).toBe('Pechar');
    expect(uiLocale(['fr-CA', 'en'])).toBe('fr');
    expect(uiLocale([])).toBe('en');
  });

  test('applies overrides and returns a copy', () => {
    const strings = uiStrings('en', { survey: { submit: 'Send feedback' }, chat: { greeting: 'Olá from Loja Azul' } });
    expect(strings.survey.submit).toBe('Send feedback');
    expect(strings.survey.next).toBe('Next');
    expect(strings.chat.greeting).toBe('Olá from Loja Azul');
    strings.survey.csat[0] = 'changed';
    expect(uiStrings('en').survey.csat[0]).toBe('Very dissatisfied');
    expect(uiStrings('en').survey.submit).toBe('Submit');
  });
});

test('uiStringsFrom uses only the dictionaries given and needs English', () => {
  const some = { en: stringsEn, 'pt-BR': stringsPtBR };
  expect(uiStringsFrom(some, 'pt-PT').survey.next).toBe('Próxima');
  expect(uiStringsFrom(some, 'es').survey.next).toBe('Next');
  expect(() => uiStringsFrom({ 'pt-BR': stringsPtBR }, 'ja')).toThrow('uiStringsFrom: no dictionary for "en"');
});

describe('negotiateLocale', () => {
  test('prefers an exact match, then the fallback chain, then another region of the language', () => {
    expect(negotiateLocale(['pt-PT'], ['pt-BR', 'en'])).toBe('pt-BR');
    expect(negotiateLocale(['pt-PT'], ['pt', 'pt-BR'])).toBe('pt');
    expect(negotiateLocale(['pt-PT'], ['pt-BR', 'pt-PT'])).toBe('pt-PT');
    expect(negotiateLocale(['en-GB'], ['fr', 'en-US', 'en'])).toBe('en');
    expect(negotiateLocale(['zh-Hant-TW'], ['zh-Hant', 'zh-Hans'])).toBe('zh-Hant');
  });

  test('another region of the language is taken in the script the visitor reads', () => {
    // Taiwan and Hong Kong read Traditional Chinese; mainland China and Singapore Simplified.
    expect(negotiateLocale(['zh-TW'], ['zh-Hans', 'zh-Hant'])).toBe('zh-Hant');
    expect(negotiateLocale(['zh-Hant-TW'], ['zh-Hans', 'zh-Hant-HK'])).toBe('zh-Hant-HK');
    expect(negotiateLocale(['zh-CN'], ['zh-Hant', 'zh-Hans'])).toBe('zh-Hans');
    // A bare zh is Simplified, so it is not the fallback of zh-TW while zh-Hant is offered.
    expect(negotiateLocale(['zh-TW'], ['zh', 'zh-Hant'])).toBe('zh-Hant');
    expect(negotiateLocale(['zh-Hant-HK'], ['zh', 'zh-Hant-TW'])).toBe('zh-Hant-TW');
    expect(negotiateLocale(['zh-TW'], ['en', 'zh'])).toBe('zh');
    expect(negotiateLocale(['zh-SG'], ['zh-Hant', 'zh'])).toBe('zh');
    expect(negotiateLocale(['en-Latn-US'], ['en-GB', 'en'])).toBe('en');
    expect(negotiateLocale(['sr-Latn-RS'], ['sr-Cyrl-RS', 'sr-Latn-BA'])).toBe('sr-Latn-BA');
    // Without one in that script, the language still beats nothing.
    expect(negotiateLocale(['zh-TW'], ['en', 'zh-Hans'])).toBe('zh-Hans');
    expect(negotiateLocale(['pt-PT'], ['pt-BR'])).toBe('pt-BR');
  });

  test('Portuguese outside Brazil takes European Portuguese before the first region offered', () => {
    // CLDR's parentLocales: pt-AO, pt-MZ, pt-CV, pt-GW, pt-ST, pt-TL, pt-MO, pt-LU, pt-CH, pt-FR… have pt-PT as parent.
    expect(negotiateLocale(['pt-AO', 'pt', 'en'], ['pt-BR', 'pt-PT', 'en'])).toBe('pt-PT');
    expect(negotiateLocale(['pt-MZ'], ['pt-BR', 'pt-PT'])).toBe('pt-PT');
    expect(negotiateLocale(['pt-CV'], ['en', 'pt-br', 'pt_PT'])).toBe('pt_PT');
    // CLDR inherits pt-AO → pt-PT → pt, so pt-PT also comes before a bare pt; the language still beats nothing.
    expect(negotiateLocale(['pt-AO'], ['pt', 'pt-PT'])).toBe('pt-PT');
    expect(negotiateLocale(['pt-AO'], ['pt', 'pt-BR'])).toBe('pt');
    expect(negotiateLocale(['pt-AO'], ['en', 'pt-BR'])).toBe('pt-BR');
    expect(negotiateLocale(['pt-BR'], ['pt-PT', 'pt-BR'])).toBe('pt-BR');
  });

  test('Latin-American Spanish takes es-419 before es-ES and a bare es', () => {
    // CLDR's parentLocales: es-MX, es-AR, es-CO, es-US… (every American region) have es-419 as parent, then es.
    expect(negotiateLocale(['es-MX'], ['es', 'es-419', 'es-ES'])).toBe('es-419');
    expect(negotiateLocale(['es-AR'], ['es-ES', 'es-419'])).toBe('es-419');
    expect(negotiateLocale(['es_co', 'en'], ['en', 'es-ES', 'ES-419'])).toBe('ES-419');
    expect(negotiateLocale(['es-US'], ['es-ES', 'es-419'])).toBe('es-419');
    // Spain, and regions outside the Americas, keep theirs; without es-419 the chain and the language still work.
    expect(negotiateLocale(['es-ES'], ['es-419', 'es-ES'])).toBe('es-ES');
    expect(negotiateLocale(['es-GQ'], ['es', 'es-419'])).toBe('es');
    expect(negotiateLocale(['es-MX'], ['es-ES', 'es'])).toBe('es');
    expect(negotiateLocale(['es-MX'], ['en', 'es-ES'])).toBe('es-ES');
  });

  test('a close match for a preferred language beats an exact later one', () => {
    expect(negotiateLocale(['pt-PT', 'en'], ['en', 'pt-BR'])).toBe('pt-BR');
    expect(negotiateLocale(['ja', 'en'], ['en', 'pt-BR'])).toBe('en');
  });

  test('a visitor reported as iw (Hebrew, as Android says) gets he', () => {
    expect(negotiateLocale(['iw-IL', 'en'], ['en', 'he'])).toBe('he');
  });

  test('spelling does not matter and the answer is spelled as offered', () => {
    expect(negotiateLocale(['PT_br'], ['pt-br', 'en'])).toBe('pt-br');
    expect(negotiateLocale([' es '], ['ES'])).toBe('ES');
  });

  test('a tag where a list is wanted, or a list holding a non-tag, is refused naming the argument', () => {
    // A string is iterable, so 'pt' used to be read as the tags 'p' and 't' and matched nothing.
    expect(() => negotiateLocale('pt' as unknown as string[], ['pt-BR', 'en'])).toThrow(
      new TypeError('negotiateLocale: wanted must be an array of locale tags, got "pt"'),
    );
    expect(() => negotiateLocale('pt' as unknown as string[], ['pt'])).toThrow(TypeError);
    expect(() => negotiateLocale(['pt'], 'pt-BR' as unknown as string[])).toThrow(
      new TypeError('negotiateLocale: available must be an array of locale tags, got "pt-BR"'),
    );
    expect(() => negotiateLocale(undefined as unknown as string[], ['en'])).toThrow(
      'negotiateLocale: wanted must be an array of locale tags, got nothing',
    );
    expect(() => negotiateLocale(['en'], null as unknown as string[])).toThrow('negotiateLocale: available must be an array of locale tags, got null');
    expect(() => negotiateLocale(['en', 7] as unknown as string[], ['en'])).toThrow(
      new TypeError('negotiateLocale: wanted[1] must be a locale tag, got 7'),
    );
    expect(() => negotiateLocale(['pt'], ['en', null] as unknown as string[])).toThrow(
      new TypeError('negotiateLocale: available[1] must be a locale tag, got null'),
    );
  });

  test('nothing fitting gives undefined', () => {
    expect(negotiateLocale(['sw'], ['en'])).toBeUndefined();
    expect(negotiateLocale([], ['en'])).toBeUndefined();
    expect(negotiateLocale(['', 'en'], ['en'])).toBe('en');
    expect(negotiateLocale(['en'], [])).toBeUndefined();
  });
});

test('format fills placeholders and leaves unknown ones as written', () => {
  expect(format('{current} of {total}', { current: 2, total: 5 })).toBe('2 of 5');
  expect(format(uiStrings('ja').survey.charactersLeft, { n: 12 })).toBe('残り 12 文字');
  expect(format('Hi {name}, {missing}', { name: 'Ana' })).toBe('Hi Ana, {missing}');
  expect(format('{toString}', {})).toBe('{toString}');
});

test('isRtlLocale knows right-to-left languages and scripts', () => {
  expect(isRtlLocale('ar')).toBe(true);
  expect(isRtlLocale('he-IL')).toBe(true);
  expect(isRtlLocale('fa_IR')).toBe(true);
  expect(isRtlLocale('az-Arab')).toBe(true);
  expect(isRtlLocale('ar-Latn')).toBe(false);
  expect(isRtlLocale('pt-BR')).toBe(false);
  expect(isRtlLocale('ja')).toBe(false);
  expect(isRtlLocale('')).toBe(false);
});
