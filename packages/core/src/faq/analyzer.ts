import { fold, tokenize } from './normalize';
import { stemmerFor } from './stem';
import { stopwordsFor } from './stopwords';

/** A word of a text after analysis: its stem, and every term it matches (the stem and the ids of its synonym groups). */
export interface Token {
  stem: string;
  terms: string[];
}

/** Turns texts of one language into stems and synonym terms, the same way for FAQs and questions. */
export interface Analyzer {
  /** The content words of a text, folded, stop words left out. */
  words(text: string): string[];
  stem(word: string): string;
  /**
   * Each word with its stem and synonym terms, phrases ("nota fiscal") included. `stems` replaces
   * the words' own stems (the typo tolerance corrects them); prefixes match either.
   */
  expand(words: string[], stems?: string[]): Token[];
  /** Every single-word synonym stem and prefix: the typo tolerance corrects towards them too. */
  vocabulary: string[];
  /** Whether a word starts with a `word*` prefix of a synonym group (single words are in `vocabulary`). */
  has(word: string): boolean;
}

/**
 * An analyzer for a locale and synonym groups (built-in and the knowledge base's, each a comma
 * separated string). A group's id is `#` (or `~` for a light group) and its position, a term no
 * stem can be.
 */
export const createAnalyzer = (locale: string, groups: readonly string[]): Analyzer => {
  const stem = stemmerFor(locale);
  const stop = stopwordsFor(locale);
  const singles = new Map<string, string[]>();
  // Words of one or two letters are function words in these languages ("a", "de", "el", "my")
  // unless a synonym group lists them ("pm", "uk", "nf") or they hold a digit, so the stop lists
  // leave them out. Synonym entries made only of short words ("p&p") keep them.
  const words = (text: string, short = false): string[] =>
    tokenize(text).filter(
      (w) => !stop.has(w) && (short || w.length > 2 || singles.has(w) || /\d/.test(w)),
    );
  const phrases = new Map<string, string[]>();
  const starts = new Set<string>();
  // `word*` entries: prefix → group ids, looked up for every prefix (4 letters or more) of a word.
  const prefixes = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    map.set(key, ids);
  };
  let longest = 1;
  groups.forEach((group, index) => {
    // Light groups get ids starting with `~` (see synonyms.ts); the scorer weighs them half.
    const id = (group[0] === '~' ? '~' : '#') + index;
    for (const entry of group.replace(/^~/, '').split(',')) {
      if (entry.endsWith('*')) {
        add(prefixes, fold(entry.slice(0, -1)), id);
        continue;
      }
      const parts = words(entry, !/\w{3}/.test(entry)).map(stem);
      // A phrase reduced to one word by its stop words ("not arrived") would lose its sense.
      if (parts.length === 0 || (parts.length === 1 && entry.includes(' '))) continue;
      // Words of phrases are known words too, so the typo tolerance leaves them alone.
      for (const part of parts) if (!singles.has(part)) singles.set(part, []);
      starts.add(parts[0]!);
      add(parts.length > 1 ? phrases : singles, parts.join(' '), id);
      longest = Math.max(longest, parts.length);
    }
  });
  const prefixIds = (word: string): string[] => {
    const ids: string[] = [];
    for (let n = 4; n <= word.length; n++) ids.push(...(prefixes.get(word.slice(0, n)) ?? []));
    return ids;
  };
  const expand = (list: string[], stems = list.map(stem)): Token[] => {
    const tokens = stems.map((s, i) => ({
      stem: s,
      terms: [...new Set([s, ...(singles.get(s) ?? []), ...prefixIds(list[i]!), ...prefixIds(s)])],
    }));
    const mark = (at: number[]) => {
      for (const id of phrases.get(at.map((j) => stems[j]).join(' ')) ?? []) {
        for (const j of at) if (!tokens[j]!.terms.includes(id)) tokens[j]!.terms.push(id);
      }
    };
    for (let i = 0; i < stems.length; i++) {
      if (!starts.has(stems[i]!)) continue;
      for (let n = 2; n <= longest && i + n <= stems.length; n++) mark(Array.from({ length: n }, (_, k) => i + k));
      // Two-word phrases also match with a word between them ("send the novel back") and in
      // either order ("meu pedido tá onde").
      if (i + 2 < stems.length) mark([i, i + 2]);
      if (i > 0) mark([i, i - 1]);
      if (i > 1) mark([i, i - 2]);
    }
    return tokens;
  };
  return {
    words,
    stem,
    expand,
    vocabulary: [...singles.keys(), ...prefixes.keys()],
    has: (word) => !!prefixIds(word)[0],
  };
};
