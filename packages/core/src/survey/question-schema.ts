import * as z from 'zod/mini';
import { branchConditionSchema, branchSchema } from './branch-schema';
import { integer } from './integer';
import { localizedTextSchema } from './localized-text';
import { matches } from './matches';
import { taggedUnion } from './tagged-union';

/** Ids are used as answer keys and jump targets, so keep them to plain, JSON-friendly characters. */
export const idSchema = z.string().check(
  matches(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    'Must be an id of letters, digits, "_", "-" or ".", starting with a letter or digit (like "nps-score").',
  ),
);

/**
 * The optional free-text question that follows a question, e.g. "What is the main reason for your
 * score?" after an NPS. `when` (tested on the parent's answer) limits it to some answers; its id
 * defaults to `<question id>-followup`.
 */
export const followUpQuestionSchema = z.strictObject({
  id: z.optional(idSchema),
  title: localizedTextSchema,
  placeholder: z.optional(localizedTextSchema),
  maxLength: z._default(z.number().check(integer, z.minimum(1), z.maximum(10_000)), 1000),
  required: z._default(z.boolean(), false),
  when: z.optional(branchConditionSchema),
});

const common = {
  id: idSchema,
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  required: z._default(z.boolean(), false),
  followUp: z.optional(followUpQuestionSchema),
  branches: z.optional(z.array(branchSchema)),
};

const endLabels = {
  lowLabel: z.optional(localizedTextSchema),
  highLabel: z.optional(localizedTextSchema),
};

/** Net Promoter Score: "How likely are you to recommend us?", always 0–10. */
export const npsQuestionSchema = z.strictObject({ kind: z.literal('nps'), ...common, ...endLabels });

/** Customer satisfaction, 1–5, shown as stars, faces or numbers. */
export const csatQuestionSchema = z.strictObject({
  kind: z.literal('csat'),
  ...common,
  ...endLabels,
  display: z._default(z.enum(['stars', 'faces', 'numbers']), 'stars'),
});

/** Customer effort, 1–7 (default) or 1–5; higher means easier. */
export const cesQuestionSchema = z.strictObject({
  kind: z.literal('ces'),
  ...common,
  ...endLabels,
  scale: z._default(z.literal([7, 5]), 7),
});

/** A scale of your own, e.g. 1–10; at most 21 points so it fits a row of buttons. */
export const ratingQuestionSchema = z.strictObject({
  kind: z.literal('rating'),
  ...common,
  ...endLabels,
  scale: z.strictObject({
    min: z.number().check(integer, z.minimum(-100), z.maximum(100)),
    max: z.number().check(integer, z.minimum(-100), z.maximum(100)),
  }),
  display: z._default(z.enum(['numbers', 'stars']), 'numbers'),
});

/** One option of a `single` or `multiple` question; its id is what the answer records. */
export const choiceSchema = z.strictObject({ id: idSchema, label: localizedTextSchema });

/** The free-text "Other" option; picking it records `{ other: "…" }`. */
export const otherOptionSchema = z.strictObject({
  label: localizedTextSchema,
  placeholder: z.optional(localizedTextSchema),
  maxLength: z._default(z.number().check(integer, z.minimum(1), z.maximum(1000)), 200),
});

const choices = {
  choices: z.array(choiceSchema).check(z.minLength(1, { error: 'A choice question needs at least one choice.' })),
  other: z.optional(otherOptionSchema),
};

/** Pick one option. */
export const singleQuestionSchema = z.strictObject({ kind: z.literal('single'), ...common, ...choices });

/** Pick several options, between `minPicks` and `maxPicks`. */
export const multipleQuestionSchema = z.strictObject({
  kind: z.literal('multiple'),
  ...common,
  ...choices,
  minPicks: z.optional(z.number().check(integer, z.minimum(0))),
  maxPicks: z.optional(z.number().check(integer, z.minimum(1))),
});

/** Free text. */
export const textQuestionSchema = z.strictObject({
  kind: z.literal('text'),
  ...common,
  placeholder: z.optional(localizedTextSchema),
  maxLength: z._default(z.number().check(integer, z.minimum(1), z.maximum(10_000)), 1000),
  multiline: z._default(z.boolean(), true),
});

/** Any question; `kind` picks the shape. */
export const questionSchema = taggedUnion('kind', [
  npsQuestionSchema,
  csatQuestionSchema,
  cesQuestionSchema,
  ratingQuestionSchema,
  singleQuestionSchema,
  multipleQuestionSchema,
  textQuestionSchema,
]);

/** A parsed question (defaults applied). */
export type Question = z.infer<typeof questionSchema>;
/** A question as written in a definition. */
export type QuestionInput = z.input<typeof questionSchema>;
/** The kinds of question. */
export type QuestionKind = Question['kind'];
/** A parsed follow-up question; its `id` is always filled in by `parseSurvey`. */
export type FollowUpQuestion = z.infer<typeof followUpQuestionSchema> & { id: string };
/** One option of a choice question. */
export type Choice = z.infer<typeof choiceSchema>;
