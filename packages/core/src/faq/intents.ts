import { tokenize } from './normalize';
import { PERSON, SPEAK } from './synonyms';

/** What a message is, besides (or instead of) a question for the FAQ. */
export type FaqIntent = 'greeting' | 'thanks' | 'human' | 'empty' | 'gibberish';

/**
 * A pattern for the phrases of `list` (comma separated, `word*` for every word starting with
 * `word`, as in the synonym groups) on whole words of a text joined and framed by spaces. Built
 * once: building them on every message took a tenth of a question's time.
 */
const phrases = (list: string): RegExp =>
  new RegExp(` (${list.replace(/,/g, '|').replace(/\*/g, '\\w*')})(?= )`, 'g');

// Small-talk words in English, Portuguese, Galician and Spanish, folded. Phrases are matched on
// whole words in order; `word*` stands for every word starting with `word`. "tudo bem", "que tal"
// and the like are part of a greeting, not a question; goodbyes count as thanks (both close the
// exchange). Thanks come first: with both, the message closes ("obrigado, boa noite" is a
// goodbye, as "boa noite" and "buenas noches" are at the end of a day).
const SMALL_TALK: [FaqIntent, RegExp][] = [
  ['thanks', phrases('thank*,thx,cheers,bye,goodbye,see you,tchau,chau,adios,adeus,hasta luego,ate logo,ate mais,ata logo,obrigad*,valeu,gracias,grazas,perfe*,ok')],
  ['greeting', phrases('hi,hello,hey,good morning,good afternoon,good evening,hola,buenas,buenos dias,ola,oi,bom dia,bo dia,boa tarde,boa noite,bos dias,boas,tudo bem,tudo bom,que tal')],
];

// With a person (PERSON), these make a request of any length: the contact group's words of
// reaching someone, and asking for help or for a real one.
const ASK = phrases(`${SPEAK},help,ajuda,ayuda,axuda,real`);
const ASKED = phrases(PERSON);

// A Latin-script word nobody types on purpose: no vowel (and longer than an abbreviation), a
// letter three times in a row ("kkkk", "aaaa") or five consonants in a row ("asdfgh"). Other
// scripts are never called gibberish: their words have no Latin vowels to look for.
const gibberishWord = (word: string): boolean =>
  /^(?=[a-z]+$)(?:[^aeiouy]{4,}$|.*(?:(.)\1\1|[^aeiouy]{5}))/.test(word);

/**
 * The small-talk intent of a message, and its text once small talk is taken out.
 * `known(word)` says whether a word means something to the knowledge base (so "pfff" in a real
 * question is not called gibberish); `content(text)` keeps the words that carry meaning.
 */
export const detectIntent = (
  words: string[],
  known: (word: string) => boolean,
  content: (text: string) => string[],
): { intent?: FaqIntent; rest: string } => {
  // What a shopper says they do not want is not what they ask about: "não quero cancelar, quero
  // trocar" is about an exchange, and "no quiero cancelar" alone must not get the cancelling FAQ.
  // Other negations stay: "não chegou" and "can't sign in" are the question, and so is what they
  // do not want to happen ("não quero que chegue atrasado" is a worry about the delivery). The
  // pattern is squeezed for bytes: nao/no/non/dont, then quero/queria/quiero/want.
  let text = ` ${words.join(' ')} `.replace(/ (na?on?|dont) (qui?er(o|ia)|want)(?! que )( \w+){1,2}/g, '');
  let intent: FaqIntent | undefined;
  for (const [name, pattern] of SMALL_TALK) {
    const left = text.replace(pattern, '');
    if (left !== text) intent ??= name;
    text = left;
  }
  // A person asked for with a verb of speaking ("can I talk to someone about my order"), or with
  // nothing else to say ("operador", "quero um atendente", "customer service"); "horário de
  // atendimento" or "customer service phone number" are questions for the FAQ.
  const asked = text.replace(ASKED, '');
  const plain = asked.replace(ASK, '');
  if (asked !== text && (plain !== asked || !content(plain)[0])) intent = 'human';
  const left = tokenize(text);
  if (!words[0]) intent = 'empty';
  else if (!intent && left[0] && left.every((w) => !known(w) && gibberishWord(w))) intent = 'gibberish';
  return { intent, rest: text };
};
