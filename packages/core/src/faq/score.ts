import type { Token } from './analyzer';
import type { FaqIndex } from './faq-index';

/** One scored FAQ: its position, how much of the question it covers (0..1), and its rank score. */
export interface Candidate {
  index: number;
  coverage: number;
  rank: number;
}

/** How much a word not found in any FAQ weighs, relative to a word found in one FAQ. */
const UNKNOWN = 0.8;
/** Numbers and single letters say little ("a 43", "9pm"): a fraction of a word's weight. */
const MINOR = 0.3;
/** How much covering the FAQ's own question adds to the rank (it breaks ties between FAQs that cover the question equally). */
const FAQ_SIDE = 0.15;

const idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/**
 * How much a word of the question weighs: rare terms weigh more (inverse document frequency of
 * its most common term, so a word matched only through a broad synonym group weighs like the
 * group). A word no FAQ holds weighs like a rare one, times `UNKNOWN`: it is part of the question
 * that no answer covers.
 */
export const tokenWeight = (token: Token, index: FaqIndex): number => {
  let df = 0;
  for (const term of token.terms) df = Math.max(df, index.df.get(term) ?? 0);
  const weight = df > 0 ? idf(index.n, df) : idf(index.n, 1) * UNKNOWN;
  return /^\d+$|^.$/.test(token.stem) ? weight * MINOR : weight;
};

/**
 * The FAQs that match a question, best first. Coverage is the weighted share of the question's
 * words an FAQ holds, each word counting by the field it is found in; the rank adds how much of
 * the FAQ's own question (or best alternative) the question's words cover.
 */
export const rankFaqs = (tokens: Token[], index: FaqIndex, limit = 4): Candidate[] => {
  const scores = new Map<number, number>();
  let total = 0;
  const terms = new Set<string>();
  for (const token of tokens) {
    const weight = tokenWeight(token, index);
    total += weight;
    const best = new Map<number, number>();
    for (const term of token.terms) {
      terms.add(term);
      for (const [faq, value] of index.postings.get(term) ?? []) {
        if (value > (best.get(faq) ?? 0)) best.set(faq, value);
      }
    }
    for (const [faq, value] of best) scores.set(faq, (scores.get(faq) ?? 0) + weight * value);
  }
  if (total === 0) return [];
  // Only the best few by coverage can win; the FAQ side is worked out for them alone.
  const top = [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit * 2);
  const candidates: Candidate[] = [];
  for (const [faq, score] of top) {
    const coverage = score / total;
    let side = 0;
    for (const head of index.heads[faq]!) {
      let all = 0;
      let hit = 0;
      for (const token of head) {
        const weight = tokenWeight(token, index);
        all += weight;
        if (token.terms.some((term) => terms.has(term))) hit += weight;
      }
      if (all > 0) side = Math.max(side, hit / all);
    }
    candidates.push({ index: faq, coverage, rank: coverage + FAQ_SIDE * side });
  }
  return candidates.sort((a, b) => b.rank - a.rank).slice(0, limit);
};
