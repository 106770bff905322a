import type { Survey } from './survey-schema';
import { indexSteps } from './survey-steps';
import { validateAnswer, type AnswerCheck } from './validate-answer';

/**
 * Checks one answer against a survey with the same rules as `createSurveyRun`, for code that
 * receives answers without running the flow (a collector, an import). `stepId` is a question or
 * follow-up id. The value returned is what a run would record (trimmed text, `null` for no answer).
 * @example
 * const check = checkAnswer(survey, 'score', body.value);
 * if (!check.ok) return reply(422, `${check.error.code}: ${check.error.message}`);
 */
export function checkAnswer(survey: Survey, stepId: string, value: unknown): AnswerCheck {
  const step = indexSteps(survey).get(stepId);
  if (!step) {
    return { ok: false, error: { code: 'unknown-question', message: `Survey "${survey.id}" has no question or follow-up with the id "${stepId}".` } };
  }
  return validateAnswer(step, value);
}
