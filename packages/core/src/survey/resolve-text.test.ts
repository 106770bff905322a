import { describe, expect, it } from 'vitest';
import { resolveText } from './resolve-text';

const title = { en: 'Recommend us?', pt: 'Recomendaria?', 'pt-BR': 'Você recomendaria?', es: '¿Nos recomendarías?' };

describe('resolveText', () => {
  it('returns a plain string for every locale', () => {
    expect(resolveText('Hello', 'pt-BR')).toBe('Hello');
  });

  it.each([
    ['pt-BR', 'Você recomendaria?'],
    ['pt-PT', 'Recomendaria?'],
    ['pt', 'Recomendaria?'],
    ['es-419', '¿Nos recomendarías?'],
    ['PT_br', 'Você recomendaria?'],
  ])('resolves %s along its locale chain', (locale, expected) => {
    expect(resolveText(title, locale, 'en')).toBe(expected);
  });

  it('falls back to the default locale, then to the first entry', () => {
    expect(resolveText(title, 'de-AT', 'es')).toBe('¿Nos recomendarías?');
    expect(resolveText({ gl: 'Recomendarías?', es: 'x' }, 'de', 'fr')).toBe('Recomendarías?');
  });

  it('matches map keys written in any casing', () => {
    expect(resolveText({ 'PT-br': 'Oi' }, 'pt-BR')).toBe('Oi');
  });
});
