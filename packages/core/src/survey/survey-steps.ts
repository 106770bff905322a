import { END } from './end';
import { evaluateCondition } from './evaluate-condition';
import type { Survey, SurveyQuestion } from './survey-schema';
import type { AnswerValue } from './survey-response';

/** A screen of the flow: a question, or the follow-up text question of one. */
export interface Step {
  id: string;
  question: SurveyQuestion;
  /** Position of `question` in the survey. */
  index: number;
  isFollowUp: boolean;
}

type Answers = Record<string, AnswerValue | null>;

/** Every step of a survey by id. */
export function indexSteps(survey: Survey): Map<string, Step> {
  const steps = new Map<string, Step>();
  survey.questions.forEach((question, index) => {
    steps.set(question.id, { id: question.id, question, index, isFollowUp: false });
    if (question.followUp) steps.set(question.followUp.id, { id: question.followUp.id, question, index, isFollowUp: true });
  });
  return steps;
}

/**
 * The step after `step` given the answers so far, or `null` at the end. A question's follow-up
 * comes first (when the question was answered and the follow-up's `when` holds); then the
 * question's branches, first match wins; then the next question in order.
 */
export function nextStepId(survey: Survey, step: Step, answers: Answers): string | null {
  const { question } = step;
  if (!step.isFollowUp && question.followUp) {
    const answer = answers[question.id];
    const when = question.followUp.when;
    if (answer !== undefined && answer !== null && (!when || evaluateCondition(when, question.id, answers))) {
      return question.followUp.id;
    }
  }
  for (const branch of question.branches ?? []) {
    if (evaluateCondition(branch.when, question.id, answers)) return branch.goTo === END ? null : branch.goTo;
  }
  return survey.questions[step.index + 1]?.id ?? null;
}

/**
 * How many steps are left from `fromId` (itself included), for a progress bar. Answered steps
 * follow the real path; beyond them we assume no jump and no conditional follow-up, which is the
 * longest likely path, so the bar never runs backwards by much.
 */
export function remainingSteps(survey: Survey, steps: Map<string, Step>, fromId: string, answers: Answers): number {
  let count = 0;
  let id: string | null = fromId;
  while (id !== null && count <= steps.size) {
    const step = steps.get(id);
    if (!step) break;
    count += 1;
    if (id in answers) id = nextStepId(survey, step, answers);
    else if (!step.isFollowUp && step.question.followUp && !step.question.followUp.when) id = step.question.followUp.id;
    else id = survey.questions[step.index + 1]?.id ?? null;
  }
  return count;
}
