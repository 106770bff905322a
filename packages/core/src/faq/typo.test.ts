import { describe, expect, it } from 'vitest';
import { closestWord, editDistance } from './typo';


describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('pasword', 'password', 2)).toBe(1);
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
    expect(editDistance('garantia', 'garantía', 2)).toBe(1);
    expect(editDistance('refund', 'refund', 2)).toBe(0);
  });

  it('gives up past the bound', () => {
    expect(editDistance('delivery', 'payment', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  const words = ['password', 'reembols', 'entreg', 'over', 'store'];

  it('corrects within one edit from five letters and two from eight', () => {
    expect(closestWord('pasword', words)).toBe('password');
    expect(closestWord('reenbols', words)).toBe('reembols');
    expect(closestWord('entrg', words)).toBe('entreg');
  });

  it('leaves short words and first-letter changes alone', () => {
    expect(closestWord('stop', words)).toBeUndefined();
    expect(closestWord('cover', words)).toBeUndefined();
  });
});
