import { describe, expect, it } from 'vitest';
import { faqKnowledgeBaseSchema } from './kb-schema';

describe('faqKnowledgeBaseSchema', () => {
  it('accepts a knowledge base with optional synonyms, greeting and fallback', () => {
    const kb = {
      locale: 'pt-BR',
      faqs: [{ id: 'frete', question: 'Quanto custa o frete?', answer: 'Grátis acima de R$ 299.', tags: ['frete'] }],
      synonyms: [['sedex', 'frete']],
      greeting: 'Oi! Como posso ajudar?',
    };
    expect(faqKnowledgeBaseSchema.parse(kb)).toEqual(kb);
  });

  it('names the duplicate id and where it is', () => {
    const result = faqKnowledgeBaseSchema.safeParse({
      locale: 'en',
      faqs: [
        { id: 'a', question: 'Q1', answer: 'A1' },
        { id: 'a', question: 'Q2', answer: 'A2' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['faqs', 1, 'id']);
    expect(result.error?.issues[0]?.message).toContain('"a"');
  });

  it('reports every duplicate id, each at its own place', () => {
    const faq = (id: string) => ({ id, question: `Q ${id}`, answer: `A ${id}` });
    const result = faqKnowledgeBaseSchema.safeParse({ locale: 'en', faqs: [faq('a'), faq('b'), faq('a'), faq('b')] });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['faqs', 2, 'id'], 'Duplicate FAQ id "a"; ids must be unique'],
      [['faqs', 3, 'id'], 'Duplicate FAQ id "b"; ids must be unique'],
    ]);
  });

  it('rejects an FAQ without an answer, naming the path', () => {
    const result = faqKnowledgeBaseSchema.safeParse({ locale: 'en', faqs: [{ id: 'a', question: 'Q' }] });
    expect(result.error?.issues[0]?.path).toEqual(['faqs', 0, 'answer']);
  });
});
