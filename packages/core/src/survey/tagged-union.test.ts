import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { taggedUnion } from './tagged-union';
import { zodIssueMessage } from './zod-issue-message';

const options = [
  z.strictObject({ op: z.literal(['eq', 'neq']), value: z.union([z.number(), z.string()]) }),
  z.strictObject({ op: z.literal('in'), value: z.array(z.string()).check(z.minLength(1)) }),
  z.strictObject({ op: z.literal('answered'), question: z._default(z.string(), 'self') }),
] as const;
const inputs: unknown[] = [
  { op: 'eq', value: 3 },
  { op: 'neq', value: 'x' },
  { op: 'in', value: ['a'] },
  { op: 'in', value: [] },
  { op: 'answered' },
  { op: 'answered', question: 5, extra: true },
  { op: 'lt', value: 3 },
  { value: 3 },
  { op: 5 },
  'eq',
  null,
  undefined,
  [],
  [{ op: 'eq', value: 1 }],
];

describe('taggedUnion', () => {
  it('parses what z.discriminatedUnion does, with the same data, issues and messages', () => {
    const zod = z.discriminatedUnion('op', [...options]);
    const ours = taggedUnion('op', options);
    // Alone, as a field and inside an optional list, so issue paths are compared too.
    const placements = [
      { wrap: (s: z.ZodMiniType) => s, place: (input: unknown) => input },
      { wrap: (s: z.ZodMiniType) => z.strictObject({ when: s }), place: (input: unknown) => ({ when: input }) },
      { wrap: (s: z.ZodMiniType) => z.optional(z.array(s)), place: (input: unknown) => [input] },
    ];
    const outcome = (schema: z.ZodMiniType, input: unknown) => {
      const result = schema.safeParse(input, { error: zodIssueMessage, reportInput: true });
      return { success: result.success, data: result.data, issues: result.error?.issues };
    };
    for (const { wrap, place } of placements) {
      for (const input of inputs) {
        expect(outcome(wrap(ours), place(input)), JSON.stringify(input)).toEqual(outcome(wrap(zod), place(input)));
      }
    }
  });

  it('names the discriminator and its values when none matches', () => {
    const result = taggedUnion('op', options).safeParse({ op: 'lt' }, { error: zodIssueMessage });
    expect(result.error?.issues).toMatchObject([{ path: ['op'], message: 'Unknown op "lt": use one of "eq", "neq", "in" or "answered".' }]);
  });

  it('is a oneOf in JSON Schema, like z.discriminatedUnion', () => {
    expect(z.toJSONSchema(taggedUnion('op', options))).toEqual(z.toJSONSchema(z.discriminatedUnion('op', [...options])));
  });
});
