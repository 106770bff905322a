import * as z from 'zod/mini';
import {
  frequencySchema,
  journeyStageSchema,
  targetingSchema,
  triggerSchema,
} from '../targeting/targeting-schema';
import { integer } from './integer';
import { localeTagSchema } from './locale-tag';
import { localizedTextSchema } from './localized-text';
import { matches } from './matches';
import { idSchema, questionSchema, type FollowUpQuestion, type Question } from './question-schema';

/** What the last screen says. */
export const thankYouSchema = z.strictObject({
  title: localizedTextSchema,
  body: z.optional(localizedTextSchema),
  /** Close the survey this many milliseconds after the thank-you appears; omit to keep it open. */
  closeAfterMs: z.optional(z.number().check(integer, z.minimum(0))),
});

/** A closing action for one group of customers: a message, a link and/or an offer to chat. */
export const followUpActionSchema = z.strictObject({
  message: localizedTextSchema,
  link: z.optional(
    z.strictObject({
      label: localizedTextSchema,
      url: z.string().check(matches(/^(https?:\/\/|\/)/i, 'Must be an http(s) URL or a path starting with "/".')),
    }),
  ),
  offerChat: z._default(z.boolean(), false),
});

/**
 * What to offer after the survey, by the customer's score on its first score question: e.g. ask
 * promoters for a review, offer detractors a person to talk to (see `followUpFor`).
 */
export const surveyFollowUpSchema = z.strictObject({
  detractors: z.optional(followUpActionSchema),
  passives: z.optional(followUpActionSchema),
  promoters: z.optional(followUpActionSchema),
});


/**
 * The zod schema of a survey definition (before the cross-field checks that `parseSurvey` adds:
 * unique ids, jump targets, scale bounds, picks and locales).
 */
export const surveySchema = z.strictObject({
  /** Lets a definition file point editors at `survey.schema.json`; ignored otherwise. */
  $schema: z.optional(z.string()),
  id: idSchema,
  /** Bump when you change questions, so responses to different wordings stay apart. */
  version: z.number().check(integer, z.minimum(1)),
  /** For people reading reports; never shown to customers. */
  name: z.string().check(z.minLength(1)),
  questions: z.array(questionSchema).check(z.minLength(1, { error: 'A survey needs at least one question.' })),
  trigger: z.optional(triggerSchema),
  targeting: z.optional(targetingSchema),
  frequency: z.optional(frequencySchema),
  thankYou: z.optional(thankYouSchema),
  followUp: z.optional(surveyFollowUpSchema),
  journeyStage: z.optional(journeyStageSchema),
  /** Locales the texts are written in; the first is the default, used when nothing else matches. */
  locales: z.optional(z.array(localeTagSchema).check(z.minLength(1))),
});

/** A validated survey definition, defaults applied and every follow-up id filled in. */
export type Survey = Omit<z.infer<typeof surveySchema>, 'questions'> & {
  questions: SurveyQuestion[];
};
/** A survey definition as you write it (optional fields may be left out). */
export type SurveyInput = z.input<typeof surveySchema>;
/** One question of a validated survey (a distributive type, so narrowing on `kind` still works). */
export type SurveyQuestion = Question extends infer Q
  ? Q extends Question
    ? Omit<Q, 'followUp'> & { followUp?: FollowUpQuestion }
    : never
  : never;
/** A closing action for detractors, passives or promoters. */
export type FollowUpAction = z.infer<typeof followUpActionSchema>;
/** The thank-you screen. */
export type ThankYou = z.infer<typeof thankYouSchema>;
