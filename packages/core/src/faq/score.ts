import type { Token } from './analyzer';
import type { FaqIndex } from './faq-index';

/** One scored FAQ: its position, how much of the question it covers (0..1), and its rank score. */
export interface Candidate {
  index: number;
  coverage: number;
  rank: number;
}

/**
 * How much a word no FAQ holds weighs, relative to a word found in one FAQ: a customer-service
 * word (one a synonym group knows: "quebrado", "postage") says the question is about something
 * this store's FAQ lacks; any other word is most often a product or a name ("my *kindle*", "o
 * *iphone*") and says less about what is asked. Set on the dev sets (0.3 to 0.5 did equally well
 * there for other words, 0.6 and more lost questions; 0.8 was once the weight of both).
 */
const ABSENT = 0.8;
const UNKNOWN = 0.5;
/** Numbers and single letters say little ("a 43", "9pm"): a fraction of a word's weight. */
const MINOR = 0.3;
/** Words of a light synonym group ("order", "pedido") are in most questions: half a word's weight. */
const LIGHT = 0.5;
/** How much covering the FAQ's own question adds to the rank (it breaks ties between FAQs that cover the question equally). */
const FAQ_SIDE = 0.15;

const idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/**
 * How much a word of the question weighs: rare terms weigh more (inverse document frequency of
 * its most common term, so a word matched only through a broad synonym group weighs like the
 * group). A word no FAQ holds weighs like a rare one, times `ABSENT` or `UNKNOWN`: it is part of
 * the question that no answer covers.
 */
export const tokenWeight = (token: Token, index: FaqIndex): number => {
  let df = 0;
  for (const term of token.terms) df = Math.max(df, index.df.get(term) ?? 0);
  const weight = df > 0 ? idf(index.n, df) : idf(index.n, 1) * (token.terms[1] ? ABSENT : UNKNOWN);
  const light = token.terms.some((term) => term[0] === '~') ? LIGHT : 1;
  return /^\d+$|^.$/.test(token.stem) ? weight * MINOR : weight * light;
};

/** Share (0..1) of an FAQ head's weight whose words the question's terms cover. */
const headCoverage = (head: Token[], terms: Set<string>, index: FaqIndex): number => {
  let all = 0;
  let hit = 0;
  for (const token of head) {
    const weight = tokenWeight(token, index);
    all += weight;
    if (token.terms.some((term) => terms.has(term))) hit += weight;
  }
  return all > 0 ? hit / all : 0;
};

/**
 * The FAQs that match a question, best first. Coverage is the weighted share of the question's
 * words an FAQ holds, each word counting by the best field it is found in (through any of its
 * terms). The rank adds a little for covering the FAQ's own question (or best alternative).
 */
export const rankFaqs = (tokens: Token[], index: FaqIndex, limit = 4): Candidate[] => {
  // Typed arrays and a list of touched FAQs: no allocation per posting, which keeps the slowest
  // questions (broad words in a large knowledge base) fast.
  const scores = new Float64Array(index.n);
  const best = new Float64Array(index.n);
  const hits: number[] = [];
  const touched: number[] = [];
  const terms = new Set<string>();
  let total = 0;
  for (const token of tokens) {
    const weight = tokenWeight(token, index);
    total += weight;
    for (const term of token.terms) {
      terms.add(term);
      const list = index.postings.get(term);
      // forEach, not for…of: no entry array per posting.
      list?.forEach((value, faq) => {
        if (best[faq] === 0) touched.push(faq);
        if (value > best[faq]!) best[faq] = value;
      });
    }
    for (const faq of touched) {
      if (scores[faq] === 0) hits.push(faq);
      scores[faq] = scores[faq]! + weight * best[faq]!;
      best[faq] = 0;
    }
    touched.length = 0;
  }
  // Only the best few by coverage can win; the FAQ side is worked out for them alone.
  return hits
    .sort((a, b) => scores[b]! - scores[a]!)
    .slice(0, limit * 2)
    .map((faq) => {
      const coverage = scores[faq]! / total;
      const side = Math.max(...index.heads[faq]!.map((head) => headCoverage(head, terms, index)));
      return { index: faq, coverage, rank: coverage + FAQ_SIDE * side };
    })
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit);
};
