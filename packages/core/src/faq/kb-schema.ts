import * as z from 'zod/mini';

/**
 * One entry of a knowledge base: a question the store answers, other ways shoppers ask it, and
 * tags. Texts are plain strings in the knowledge base's locale (one kb per language keeps the
 * stemming and synonyms right for that language).
 */
export const faqSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  question: z.string().check(z.minLength(1)),
  answer: z.string().check(z.minLength(1)),
  alternatives: z.optional(z.array(z.string())),
  tags: z.optional(z.array(z.string())),
});

/** One FAQ entry, as validated by {@link faqSchema}. */
export type Faq = z.infer<typeof faqSchema>;

/**
 * A knowledge base for `createFaqBot`: the locale its texts are written in, the FAQs (ids must be
 * unique, because answers, suggestions and analytics events refer to them by id), extra synonym
 * groups (each group a list of words or phrases that mean the same thing to this store), and the
 * bot's greeting and fallback message.
 */
export const faqKnowledgeBaseSchema = z
  .strictObject({
    locale: z.string().check(z.minLength(2)),
    faqs: z.array(faqSchema),
    synonyms: z.optional(z.array(z.array(z.string()))),
    greeting: z.optional(z.string()),
    fallback: z.optional(z.string()),
  })
  .check(
    // A plain check pushing its issue (not superRefine) keeps zod's refine machinery out of the
    // bundles; `continue` keeps later issues reported, as superRefine's addIssue does.
    z.check(({ value: kb, issues }) => {
      const seen = new Set<string>();
      kb.faqs.forEach((faq, index) => {
        if (seen.has(faq.id)) {
          issues.push({
            code: 'custom',
            message: `Duplicate FAQ id "${faq.id}"; ids must be unique`,
            path: ['faqs', index, 'id'],
            input: faq.id,
            continue: true,
          });
        }
        seen.add(faq.id);
      });
    }),
  );

/** A knowledge base, as validated by {@link faqKnowledgeBaseSchema}. */
export type FaqKnowledgeBase = z.infer<typeof faqKnowledgeBaseSchema>;
