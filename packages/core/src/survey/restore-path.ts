import type { Survey } from './survey-schema';
import { nextStepId, type Step } from './survey-steps';
import type { AnswerValue, SurveyResponse } from './survey-response';
import { validateAnswer } from './validate-answer';

/** A path and answers that agree with the survey, and whether they reach the end. */
export interface RestoredPath {
  path: string[];
  answers: Record<string, AnswerValue | null>;
  done: boolean;
}

/**
 * Replays a saved response against the survey: keeps the visited steps as long as each saved
 * answer is still valid and still leads where the saved path went, and drops the rest. A stale or
 * hand-edited response so resumes at the last point that still makes sense instead of failing.
 */
export function restorePath(survey: Survey, steps: Map<string, Step>, saved: Pick<SurveyResponse, 'answers' | 'path' | 'completedAt'>): RestoredPath {
  const answers: Record<string, AnswerValue | null> = {};
  const path: string[] = [];
  let expected: string | null = survey.questions[0]!.id;
  for (const id of saved.path) {
    const step = steps.get(id);
    if (id !== expected || !step) break;
    path.push(id);
    if (!(id in saved.answers)) break; // the current step, not answered yet
    const check = validateAnswer(step, saved.answers[id]);
    if (!check.ok) break;
    answers[id] = check.value;
    expected = nextStepId(survey, step, answers);
    if (expected === null) return { path, answers, done: saved.completedAt !== undefined };
  }
  if (path.length === 0) path.push(survey.questions[0]!.id);
  // An answer on the last step is a pre-fill (the customer went back); anything off the path goes.
  return { path, answers, done: false };
}
