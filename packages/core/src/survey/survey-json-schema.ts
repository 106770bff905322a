import * as z from 'zod/mini';
import { branchConditionSchema, branchSchema } from './branch-schema';
import { integer } from './integer';
import { localeTag } from './locale-tag';
import { localizedTextSchema } from './localized-text';
import {
  cesQuestionSchema,
  choiceSchema,
  csatQuestionSchema,
  followUpQuestionSchema,
  idSchema,
  multipleQuestionSchema,
  npsQuestionSchema,
  questionSchema,
  ratingQuestionSchema,
  singleQuestionSchema,
  textQuestionSchema,
} from './question-schema';
import { followUpActionSchema, surveySchema } from './survey-schema';

/**
 * Builds the JSON Schema (draft 2020-12) of a survey definition as written (input side: defaulted
 * fields are optional). The cross-field rules (unique ids, forward jumps…) are beyond JSON Schema;
 * `parseSurvey` still checks them.
 */
export function buildSurveyJsonSchema(): Record<string, unknown> {
  // A registry local to this call names the shared parts ($defs/LocalizedText…) without the
  // module-level side effect of registering them globally.
  const names = z.registry<{ id?: string; description: string }>();
  const fields = surveySchema.shape;
  const describe: Array<[z.ZodMiniType, string]> = [
    [fields.id, 'Unique survey id; responses are grouped by it.'],
    [fields.version, 'Bump when the questions change, so answers to different wordings stay apart.'],
    [fields.name, 'For people reading reports; never shown to customers.'],
    [fields.questions, 'Asked in order, unless a branch jumps ahead.'],
    [fields.trigger, 'When the survey may appear (page view, event, delay, scroll, exit intent, journey stage).'],
    [fields.targeting, 'Who may see it: locales, devices, sampling percentage, visitor attributes.'],
    [fields.frequency, 'How often: once per visitor, re-ask after N days, cool-down, after a dismissal.'],
    [fields.thankYou, 'The last screen.'],
    [fields.followUp, 'A closing action for detractors, passives and promoters (by the first score question).'],
    [fields.journeyStage, 'The stage of the customer journey the survey measures.'],
    [fields.locales, 'Locales the texts are written in; the first is the default every text must have.'],
    [npsQuestionSchema, 'Net Promoter Score: 0–10, "How likely are you to recommend us?".'],
    [csatQuestionSchema, 'Customer satisfaction: 1–5, shown as stars, faces or numbers.'],
    [cesQuestionSchema, 'Customer effort: 1–7 (or 1–5 with "scale": 5); higher is easier.'],
    [ratingQuestionSchema, 'A scale of your own: integers from scale.min to scale.max (at most 21 points).'],
    [singleQuestionSchema, 'Pick one choice (or "Other" with a text, when "other" is set).'],
    [multipleQuestionSchema, 'Pick several choices, between minPicks and maxPicks.'],
    [textQuestionSchema, 'Free text, up to maxLength characters.'],
  ];
  for (const [schema, description] of describe) names.add(schema, { description });
  names.add(localizedTextSchema, { id: 'LocalizedText', description: 'A string, or an object mapping locales to strings ({ "en": "…", "pt-BR": "…" }).' });
  names.add(idSchema, { id: 'Id', description: 'Letters, digits, "_", "-" or "."; starts with a letter or digit.' });
  names.add(questionSchema, { id: 'Question', description: 'A question; "kind" picks its shape.' });
  names.add(followUpQuestionSchema, { id: 'FollowUpQuestion', description: 'A free-text question shown after this one (optionally only when "when" holds); its id defaults to "<question id>-followup".' });
  names.add(branchSchema, { id: 'Branch', description: 'After this question, jump to "goTo" (a later question id, or "end") when "when" holds. First match wins.' });
  names.add(branchConditionSchema, { id: 'BranchCondition', description: 'A test on this question\'s answer, or on an earlier one named by "question".' });
  names.add(choiceSchema, { id: 'Choice', description: 'An option; its id is what the answer records.' });
  names.add(followUpActionSchema, { id: 'FollowUpAction', description: 'What to offer a group of customers after the survey.' });
  const schema = z.toJSONSchema(surveySchema, { io: 'input', unrepresentable: 'any', metadata: names, override: describeOwnChecks });
  // `parseSurvey` checks text keys after the shape (see check-texts.ts), for a sentence naming the
  // key; editors learn the same rule here.
  const text = (schema.$defs as Record<string, { anyOf: Array<Record<string, unknown>> }>).LocalizedText!;
  text.anyOf[1]!.propertyNames = { type: 'string', pattern: localeTag.source };
  return {
    ...schema,
    title: 'Pulso survey definition',
    description: 'A survey for @pulso/core. parseSurvey() validates it, including the cross-field rules JSON Schema cannot express (unique ids, forward-only jumps, scale bounds).',
  };
}

/**
 * Writes our own checks the way zod wrote what they replace, keys in the same order: a `matches`
 * pattern as `pattern` (`z.regex`), an `integer` as `"type": "integer"` bounded to the safe
 * integers (`z.int()`; the survey schema's integers have inclusive bounds only).
 */
function describeOwnChecks({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: Record<string, unknown> }) {
  const checks = (zodSchema._zod.def.checks ?? []) as ReadonlyArray<{ pattern?: unknown }>;
  const pattern = checks.find((check) => check.pattern instanceof RegExp)?.pattern as RegExp | undefined;
  if (pattern) {
    const { type, ...rest } = jsonSchema;
    replaceKeys(jsonSchema, { type, pattern: pattern.source, ...rest });
  }
  if (checks.includes(integer as never)) {
    const safe = Number.MAX_SAFE_INTEGER;
    const { type: _number, minimum = -safe, maximum = safe, ...rest } = jsonSchema as { type?: unknown; minimum?: number; maximum?: number };
    replaceKeys(jsonSchema, { type: 'integer', minimum: Math.max(minimum, -safe), maximum: Math.min(maximum, safe), ...rest });
  }
}

function replaceKeys(target: Record<string, unknown>, source: Record<string, unknown>) {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, source);
}

/**
 * The JSON Schema of a survey definition, for editor autocompletion and validation
 * (`"$schema": "./survey.schema.json"` in a definition file). The build writes it to
 * `docs/survey.schema.json`. Marked pure so bundles that never read it drop it.
 * @example
 * writeFileSync('survey.schema.json', JSON.stringify(surveyJsonSchema, null, 2));
 */
export const surveyJsonSchema: Record<string, unknown> = /* @__PURE__ */ buildSurveyJsonSchema();
