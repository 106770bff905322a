import type { Analyzer, Token } from './analyzer';
import type { Faq } from './kb-schema';

/**
 * How much a match in each field counts: the question says what the entry is about, the
 * alternatives nearly as much, tags less, and the answer least (it is long and talks about
 * everything around the topic).
 */
const FIELD = { question: 1, alternatives: 0.9, tags: 0.75, answer: 0.35 } as const;

/** A match through a synonym group counts a little less than the same word. */
const SYNONYM = 0.9;

/** An inverted index of a knowledge base. */
export interface FaqIndex {
  /** term → the FAQs that hold it (positions) and how well (0..1, by field). */
  postings: Map<string, Map<number, number>>;
  /** term → document frequency, each FAQ counting by its best field. */
  df: Map<string, number>;
  /** Number of FAQs. */
  n: number;
  /** Tokens of each FAQ's question and of each alternative, to see how much of the FAQ a question covers. */
  heads: Token[][][];
  /** Every stem in the index or in the synonym groups, for typo correction. */
  vocabulary: string[];
  /** Whether a stem is known (in the index or a synonym). */
  known: Set<string>;
}

/** Index FAQs with an analyzer. */
export const buildIndex = (faqs: readonly Faq[], analyzer: Analyzer): FaqIndex => {
  const postings = new Map<string, Map<number, number>>();
  const df = new Map<string, number>();
  const heads: Token[][][] = [];
  const known = new Set<string>(analyzer.vocabulary);
  faqs.forEach((faq, index) => {
    const fields: [string[], number][] = [
      [[faq.question], FIELD.question],
      [faq.alternatives ?? [], FIELD.alternatives],
      [faq.tags ?? [], FIELD.tags],
      [[faq.answer], FIELD.answer],
    ];
    heads.push([faq.question, ...(faq.alternatives ?? [])].map((text) => analyzer.expand(analyzer.words(text))));
    for (const [texts, weight] of fields) {
      for (const text of texts) {
        for (const token of analyzer.expand(analyzer.words(text))) {
          known.add(token.stem);
          for (const term of token.terms) {
            const value = term === token.stem ? weight : weight * SYNONYM;
            const list = postings.get(term) ?? new Map<number, number>();
            const before = list.get(index) ?? 0;
            if (value > before) {
              list.set(index, value);
              df.set(term, (df.get(term) ?? 0) + value - before);
            }
            postings.set(term, list);
          }
        }
      }
    }
  });
  return { postings, df, n: faqs.length, heads, vocabulary: [...known], known };
};
