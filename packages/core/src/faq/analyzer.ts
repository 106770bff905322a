import { tokenize } from './normalize';
import { stemmerFor } from './stem';
import { stopwordsFor } from './stopwords';

/** A word of a text after analysis: its stem, and every term it matches (the stem and the ids of its synonym groups). */
export interface Token {
  stem: string;
  terms: string[];
}

/** Turns texts of one language into stems and synonym terms, the same way for FAQs and questions. */
export interface Analyzer {
  /** Stems of the content words of a text, stop words left out. */
  stems(text: string | string[]): string[];
  /** Each stem with its synonym terms, phrases ("nota fiscal") included. */
  expand(stems: string[]): Token[];
  /** Every single-word synonym stem: the typo tolerance corrects towards them too. */
  words: Map<string, string[]>;
}

/**
 * An analyzer for a locale and synonym groups (built-in and the knowledge base's, each a comma
 * separated string). A group's id is `#` and its position, a term no stem can be.
 */
export const createAnalyzer = (locale: string, groups: readonly string[]): Analyzer => {
  const stem = stemmerFor(locale);
  const stop = stopwordsFor(locale);
  const stems = (text: string | string[]): string[] =>
    (typeof text === 'string' ? tokenize(text) : text).filter((w) => !stop.has(w)).map(stem);
  const words = new Map<string, string[]>();
  const phrases = new Map<string, string[]>();
  let longest = 1;
  groups.forEach((group, index) => {
    for (const entry of group.split(',')) {
      const parts = stems(entry);
      if (parts.length === 0) continue;
      const map = parts.length > 1 ? phrases : words;
      const key = parts.join(' ');
      const ids = map.get(key) ?? [];
      if (!ids.includes('#' + index)) ids.push('#' + index);
      map.set(key, ids);
      longest = Math.max(longest, parts.length);
    }
  });
  const expand = (list: string[]): Token[] => {
    const tokens = list.map((s) => ({ stem: s, terms: [s, ...(words.get(s) ?? [])] }));
    for (let i = 0; i < list.length; i++) {
      for (let n = Math.min(longest, list.length - i); n > 1; n--) {
        for (const id of phrases.get(list.slice(i, i + n).join(' ')) ?? []) {
          for (let j = i; j < i + n; j++) if (!tokens[j]!.terms.includes(id)) tokens[j]!.terms.push(id);
        }
      }
    }
    return tokens;
  };
  return { stems, expand, words };
};
