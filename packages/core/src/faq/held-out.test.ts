import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFaqBot } from './create-faq-bot';
import type { FaqIntent } from './intents';
import type { Faq } from './kb-schema';

// A store of another kind than the dev sets (an online pharmacy), with shoppers' questions written
// for it and never used to tune the engine's tables: how the bot does on a store it has not seen.
// The bench reports the same figures next to MiniSearch's.
interface HeldOutSet {
  lang: string;
  faqs: Faq[];
  queries: { text: string; expected: string | null }[];
  intents: { text: string; intent: FaqIntent | null }[];
}

const { sets } = JSON.parse(readFileSync(new URL('./fixtures/pharmacy.json', import.meta.url), 'utf8')) as {
  sets: HeldOutSet[];
};

describe('the held-out pharmacy', () => {
  it('has questions in every language the engine stems, more than 60 in all', () => {
    expect(sets.map((set) => set.lang).sort()).toEqual(['en', 'es', 'gl', 'pt-BR', 'pt-PT']);
    expect(sets.reduce((sum, set) => sum + set.queries.length, 0)).toBeGreaterThan(60);
  });

  it('is handled right (answer or abstain) at least 75% of the time, and never below 60% in a language', () => {
    let right = 0;
    let total = 0;
    for (const set of sets) {
      const bot = createFaqBot({ locale: set.lang, faqs: set.faqs });
      const hits = set.queries.filter((query) => (bot.ask(query.text).answer?.id ?? null) === query.expected).length;
      expect(hits / set.queries.length, set.lang).toBeGreaterThanOrEqual(0.6);
      right += hits;
      total += set.queries.length;
    }
    expect(right / total).toBeGreaterThanOrEqual(0.75);
  });

  const intents = sets.flatMap((set) => set.intents.map((item) => ({ ...item, lang: set.lang, faqs: set.faqs })));
  it.each(intents)('calls $text ($lang) $intent', ({ text, intent, lang, faqs }) => {
    expect(createFaqBot({ locale: lang, faqs }).ask(text).intent ?? null).toBe(intent);
  });
});
