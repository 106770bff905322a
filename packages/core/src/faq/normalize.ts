/**
 * Lower case without accents or cedillas: "Devolução" → "devolucao". NFD splits a letter from its
 * combining marks, which we drop, so shoppers who type without accents (most of them, on phones)
 * match FAQs written with them.
 */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The words and numbers of a text, folded. Apostrophes join ("where's" → "wheres", "can't" →
 * "cant"); letters and digits split ("9pm" → "9", "pm"); punctuation, symbols and emoji separate.
 * Letters of any script count, so other languages still get folding.
 */
export const tokenize = (text: string): string[] =>
  fold(text)
    .replace(/['’]/g, '')
    .match(/\p{L}+|\p{N}+/gu) ?? [];
