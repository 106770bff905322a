import * as z from 'zod/mini';
import { taggedUnion } from './tagged-union';

/** The answer a branch condition compares with: a score, a choice id or a text. */
const scalar = z.union([z.number(), z.string()], {
  error: (issue) =>
    issue.input === undefined
      ? 'Required: add the value to compare with, a number (for score questions) or a string (a choice id or a text).'
      : 'Must be a number (for score questions) or a string (a choice id or a text).',
});

/**
 * A test on an earlier answer. `question` defaults to the question the rule sits on.
 * `eq`/`neq` compare (for a `multiple` question: whether the picks include the value),
 * `lt`/`lte`/`gt`/`gte` compare scores, `in` tests membership (any pick, for `multiple`),
 * `answered`/`skipped` test whether there is an answer at all.
 */
export const branchConditionSchema = taggedUnion('op', [
  z.strictObject({ question: z.optional(z.string()), op: z.literal(['eq', 'neq']), value: scalar }),
  z.strictObject({ question: z.optional(z.string()), op: z.literal(['lt', 'lte', 'gt', 'gte']), value: z.number() }),
  z.strictObject({ question: z.optional(z.string()), op: z.literal('in'), value: z.array(scalar).check(z.minLength(1)) }),
  z.strictObject({ question: z.optional(z.string()), op: z.literal(['answered', 'skipped']) }),
]);

/** A parsed branch condition. */
export type BranchCondition = z.infer<typeof branchConditionSchema>;

/** Every operator a branch condition can use. */
export type BranchOp = BranchCondition['op'];

/**
 * A jump: after the question (and its follow-up) is done, the first rule whose `when` holds sends
 * the customer to `goTo`, a later question's id or `"end"`; when none holds, the next question follows.
 */
export const branchSchema = z.strictObject({
  when: branchConditionSchema,
  goTo: z.string().check(z.minLength(1)),
});

/** A parsed branch rule. */
export type Branch = z.infer<typeof branchSchema>;
