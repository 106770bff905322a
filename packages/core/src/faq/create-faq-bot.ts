import { createAnalyzer } from './analyzer';
import { buildIndex } from './faq-index';
import { detectIntent, type FaqIntent } from './intents';
import type { Faq, FaqKnowledgeBase } from './kb-schema';
import { tokenize } from './normalize';
import { rankFaqs, type Candidate } from './score';
import { BUILTIN_SYNONYMS } from './synonyms';
import { closestWord } from './typo';

/** Options of {@link createFaqBot}. */
export interface FaqBotOptions {
  /** Minimum confidence (0..1) to answer; below it the bot abstains. Default 0.5. */
  threshold?: number;
  /** Most "did you mean" suggestions to return. Default 3. */
  maxSuggestions?: number;
  /** Use the built-in customer-service synonym groups (the knowledge base's own are always used). Default true. */
  builtinSynonyms?: boolean;
}

/** What the bot makes of a message. */
export interface FaqBotReply {
  /** The FAQ that answers the message, or null when the bot is not sure enough (offer a person). */
  answer: Faq | null;
  /** How sure the bot is that `answer` (or, when it abstains, the best candidate) is right, 0..1. */
  confidence: number;
  /** Other FAQs the shopper may have meant, best first ("did you mean"); empty when the answer is clear. */
  suggestions: Faq[];
  /** Small talk or a request for a person, when the message is one. */
  intent?: FaqIntent;
}

/** A bot over one knowledge base. */
export interface FaqBot {
  /** Answer a shopper's message. */
  ask(text: string): FaqBotReply;
}

/**
 * How sure a match is, from how much of the question it covers and how far it stands above the
 * runner-up. Neither alone will do: a full match of a one-word question that two FAQs share is a
 * coin toss, and a clear winner that covers a third of the question is probably about something
 * else. Coverage goes through a logistic curve centred on 0.4 (shoppers' questions carry words no
 * FAQ has: "my *new* phone"); the margin scales it from one half (a tie: never above the default
 * threshold) to one (a lead of 0.2 or more). Both were set on the labelled dev sets.
 */
export const confidenceOf = (best: Candidate, runnerUp: Candidate | undefined): number => {
  const margin = Math.min(1, (best.rank - (runnerUp?.rank ?? 0)) / 0.2);
  return (0.5 + margin / 2) / (1 + Math.exp(-10 * (best.coverage - 0.4)));
};

/**
 * A bot that answers shoppers' questions from a knowledge base, offline, in well under a
 * millisecond per question. Build it once per knowledge base; the index is built here. The
 * knowledge base is trusted as typed: validate untrusted JSON first with `faqKnowledgeBaseSchema`
 * (or `parseConfig`, whose `faq` section it is).
 */
export const createFaqBot = (kb: FaqKnowledgeBase, options: FaqBotOptions = {}): FaqBot => {
  const { threshold = 0.5, maxSuggestions = 3, builtinSynonyms = true } = options;
  const groups = [...(builtinSynonyms ? BUILTIN_SYNONYMS : []), ...(kb.synonyms ?? []).map((group) => group.join(','))];
  const analyzer = createAnalyzer(kb.locale, groups);
  const index = buildIndex(kb.faqs, analyzer);
  // `index.known` holds the synonym groups' single words too; prefixes are the analyzer's.
  const known = (word: string) => index.known.has(analyzer.stem(word)) || analyzer.has(word);
  // Unknown words go to the closest known word, if one is close enough (typo tolerance).
  const correct = (word: string): string => {
    const stem = analyzer.stem(word);
    return known(word) ? stem : (closestWord(stem, index.vocabulary) ?? stem);
  };

  return {
    ask(text) {
      // A pasted essay is read up to its 60th word: questions are short, and this bounds the work.
      const words = tokenize(text).slice(0, 60);
      const { intent, rest } = detectIntent(words, known, analyzer.words);
      const content = analyzer.words(rest);
      // Small talk alone, or with one word more ("muchas gracias", "buenas tardes", "oi, pix?"),
      // and gibberish carry their intent, so an unanswered one is small talk and not an abstention
      // (an answer, when there is one, still comes with it); "hi, do you ship abroad?" is a question.
      const shown = intent && (intent === 'human' || !content[1] || intent === 'gibberish') ? { intent } : {};
      const candidates = intent === 'gibberish' ? [] : rankFaqs(analyzer.expand(content, content.map(correct)), index);
      const [best, second] = candidates;
      if (!best) return { answer: null, confidence: 0, suggestions: [], ...shown };
      const confidence = confidenceOf(best, second);
      const answer = confidence >= threshold ? kb.faqs[best.index]! : null;
      // Suggest FAQs that come close to the best (or, when abstaining, the best ones that cover
      // something real), so the shopper can pick instead of rephrasing.
      const floor = answer ? best.rank * 0.8 : 0.25;
      const suggestions = candidates
        .filter((c) => (answer ? c !== best : true) && c.rank >= floor && c.coverage >= 0.25)
        .slice(0, maxSuggestions)
        .map((c) => kb.faqs[c.index]!);
      return { answer, confidence, suggestions, ...shown };
    },
  };
};
