import { describe, expect, it } from 'vitest';
import { fold, tokenize } from './normalize';

describe('fold', () => {
  it('drops accents, cedillas and tildes and lowers the case', () => {
    expect(fold('Devolução, Información, CONTRASEÑA, Garantía, Fatura')).toBe('devolucao, informacion, contrasena, garantia, fatura');
  });
});

describe('tokenize', () => {
  it('splits on punctuation and emoji and joins apostrophes', () => {
    expect(tokenize("Where's my order?!? 📦🙏 can’t find it...")).toEqual(['wheres', 'my', 'order', 'cant', 'find', 'it']);
  });

  it('splits letters from digits and keeps words of other scripts', () => {
    expect(tokenize('aberto até 9pm, 24h/7')).toEqual(['aberto', 'ate', '9', 'pm', '24', 'h', '7']);
    expect(tokenize('Доставка — 配送')).toEqual(['доставка', '配送']);
  });

  it('returns nothing for a message of emoji and punctuation only', () => {
    expect(tokenize('🙂 ... ?!')).toEqual([]);
  });
});
