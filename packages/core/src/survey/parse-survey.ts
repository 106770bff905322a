import { checkSurvey } from './check-survey';
import { formatPath, type DefinitionIssue } from './definition-issue';
import { parseWithIssues } from './parse-with-issues';
import { SurveyDefinitionError } from './survey-definition-error';
import { surveySchema, type Survey } from './survey-schema';

/** The outcome of {@link safeParseSurvey}. */
export type SafeParseSurveyResult = { success: true; survey: Survey } | { success: false; issues: DefinitionIssue[] };

/**
 * Validates a survey definition without throwing: the survey with defaults applied, or every
 * problem with its path (`questions[2].scale.max`) and what to change.
 * @example
 * const result = safeParseSurvey(json);
 * if (!result.success) for (const { path, message } of result.issues) console.warn(path, message);
 */
export function safeParseSurvey(input: unknown, pathPrefix = ''): SafeParseSurveyResult {
  const parsed = parseWithIssues(surveySchema, input, pathPrefix, 'a survey definition (an object with id, version, name and questions)');
  if (!parsed.success) return parsed;
  const { survey, issues } = checkSurvey(parsed.data);
  if (issues.length === 0) return { success: true, survey };
  return {
    success: false,
    issues: issues.map((issue) => ({ path: formatPath(issue.path, pathPrefix), message: issue.message })),
  };
}

/**
 * Validates a survey definition, returning it with defaults applied, or throwing a
 * {@link SurveyDefinitionError} that lists every problem.
 * @example
 * const survey = parseSurvey({
 *   id: 'post-purchase', version: 1, name: 'After checkout',
 *   questions: [{ id: 'score', kind: 'nps', title: 'How likely are you to recommend us?' }],
 * });
 */
export function parseSurvey(input: unknown): Survey {
  const result = safeParseSurvey(input);
  if (!result.success) throw new SurveyDefinitionError(result.issues);
  return result.survey;
}
