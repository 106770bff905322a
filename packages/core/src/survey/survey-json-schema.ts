import * as z from 'zod/mini';
import { branchConditionSchema, branchSchema } from './branch-schema';
import { localizedTextSchema } from './localized-text';
import { choiceSchema, followUpQuestionSchema, idSchema, questionSchema } from './question-schema';
import { followUpActionSchema, surveySchema } from './survey-schema';

/**
 * Builds the JSON Schema (draft 2020-12) of a survey definition as written (input side: defaulted
 * fields are optional). The cross-field rules (unique ids, forward jumps…) are beyond JSON Schema;
 * `parseSurvey` still checks them.
 */
export function buildSurveyJsonSchema(): Record<string, unknown> {
  // A registry local to this call names the shared parts ($defs/LocalizedText…) without the
  // module-level side effect of registering them globally.
  const names = z.registry<{ id: string; description: string }>();
  names.add(localizedTextSchema, { id: 'LocalizedText', description: 'A string, or an object mapping locales to strings ({ "en": "…", "pt-BR": "…" }).' });
  names.add(idSchema, { id: 'Id', description: 'Letters, digits, "_", "-" or "."; starts with a letter or digit.' });
  names.add(questionSchema, { id: 'Question', description: 'A question; "kind" picks its shape.' });
  names.add(followUpQuestionSchema, { id: 'FollowUpQuestion', description: 'A free-text question shown after this one (optionally only when "when" holds); its id defaults to "<question id>-followup".' });
  names.add(branchSchema, { id: 'Branch', description: 'After this question, jump to "goTo" (a later question id, or "end") when "when" holds. First match wins.' });
  names.add(branchConditionSchema, { id: 'BranchCondition', description: 'A test on this question\'s answer, or on an earlier one named by "question".' });
  names.add(choiceSchema, { id: 'Choice', description: 'An option; its id is what the answer records.' });
  names.add(followUpActionSchema, { id: 'FollowUpAction', description: 'What to offer a group of customers after the survey.' });
  const schema = z.toJSONSchema(surveySchema, { io: 'input', unrepresentable: 'any', metadata: names });
  return {
    ...schema,
    title: 'Pulso survey definition',
    description: 'A survey for @pulso/core. parseSurvey() validates it, including the cross-field rules JSON Schema cannot express (unique ids, forward-only jumps, scale bounds).',
  };
}

/**
 * The JSON Schema of a survey definition, for editor autocompletion and validation
 * (`"$schema": "./survey.schema.json"` in a definition file). The build writes it to
 * `docs/survey.schema.json`. Marked pure so bundles that never read it drop it.
 * @example
 * writeFileSync('survey.schema.json', JSON.stringify(surveyJsonSchema, null, 2));
 */
export const surveyJsonSchema: Record<string, unknown> = /* @__PURE__ */ buildSurveyJsonSchema();
