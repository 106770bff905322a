/** What a message is, besides (or instead of) a question for the FAQ. */
export type FaqIntent = 'greeting' | 'thanks' | 'human' | 'empty' | 'gibberish';

// Small-talk words in English, Portuguese, Galician and Spanish, folded. Phrases are matched on
// whole words in order. "tudo bem", "que tal" and the like are part of a greeting, not a question;
// goodbyes count as thanks (both close the exchange).
const SMALL_TALK: [FaqIntent, string][] = [
  ['greeting', 'hi,hello,hey,good morning,hola,buenas,buenos dias,ola,oi,bom dia,boa tarde,boa noite,bos dias,boas,tudo bem,que tal'],
  ['thanks', 'thanks,thank you,bye,goodbye,tchau,adios,adeus,obrigado,obrigada,valeu,gracias,grazas,perfect,perfeito,perfecto'],
];

/** Words that ask for a person; with a verb of speaking, or alone in a short message, they are a handoff request. */
const PERSON =
  'person,human,agent,someone,pessoa,humano,atendente,alguem,persona,alguien,persoa,alguen,agente';
const SPEAK = 'talk,speak,chat,contact,call,falar,hablar,ligar,llamar,fala,quero,quiero';

// A Latin-script word nobody types on purpose: no vowel (and longer than an abbreviation), a
// letter three times in a row ("kkkk", "aaaa") or five consonants in a row ("asdfgh"). Other
// scripts are never called gibberish: their words have no Latin vowels to look for.
const gibberishWord = (word: string): boolean =>
  /^[a-z]+$/.test(word) && ((word.length > 3 && !/[aeiouy]/.test(word)) || /(.)\1\1|[^aeiouy]{5}/.test(word));

/**
 * The small-talk intent of a message, and the words left once small talk is taken out.
 * `known(word)` says whether a word means something to the knowledge base (so "pfff" in a real
 * question is not called gibberish).
 */
export const detectIntent = (
  words: string[],
  known: (word: string) => boolean,
): { intent?: FaqIntent; rest: string[] } => {
  if (words.length === 0) return { intent: 'empty', rest: [] };
  let text = ` ${words.join(' ')} `;
  let intent: FaqIntent | undefined;
  for (const [name, list] of SMALL_TALK) {
    // Whole words only: the list becomes " (hi|hello|bom dia|…) " against the words joined by spaces.
    const left = text.replace(new RegExp(` (${list.replace(/,/g, '|')})(?= )`, 'g'), '');
    if (left !== text) intent ??= name;
    text = left;
  }
  const rest = text.split(' ').filter(Boolean);
  const has = (list: string) => words.some((w) => list.split(',').includes(w));
  if (has(PERSON) && (has(SPEAK) || words.length <= 3)) {
    intent = 'human';
  }
  if (!intent && rest.every((w) => !known(w) && gibberishWord(w))) intent = 'gibberish';
  return { intent, rest };
};
