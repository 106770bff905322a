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
  const starts = new Set<string>();
  let longest = 1;
  groups.forEach((group, index) => {
    for (const entry of group.split(',')) {
      const parts = stems(entry);
      if (parts.length === 0) continue;
      // Words of phrases are known words too, so the typo tolerance leaves them alone.
      for (const part of parts) if (!words.has(part)) words.set(part, []);
      starts.add(parts[0]!);
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
    const mark = (at: number[]) => {
      for (const id of phrases.get(at.map((j) => list[j]).join(' ')) ?? []) {
        for (const j of at) if (!tokens[j]!.terms.includes(id)) tokens[j]!.terms.push(id);
      }
    };
    for (let i = 0; i < list.length; i++) {
      if (!starts.has(list[i]!)) continue;
      for (let n = 2; n <= longest && i + n <= list.length; n++) mark(Array.from({ length: n }, (_, k) => i + k));
      // Two-word phrases also match with a word between them: "send the novel back".
      if (i + 2 < list.length) mark([i, i + 2]);
    }
    return tokens;
  };
  return { stems, expand, words };
};
