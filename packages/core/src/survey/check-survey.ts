import type * as z from 'zod/mini';
import type { BranchCondition } from './branch-schema';
import { listOf } from './definition-issue';
import { END } from './end';
import { evaluateCondition } from './evaluate-condition';
import { checkTexts } from './check-texts';
import { scoreRange } from './score-range';
import type { Question } from './question-schema';
import type { Survey, SurveyQuestion, surveySchema } from './survey-schema';

/** A cross-field problem, with its path still as keys (formatted by the caller). */
export interface RawCheckIssue {
  path: PropertyKey[];
  message: string;
}

const scoreKinds = new Set(['nps', 'csat', 'ces', 'rating']);

/**
 * The checks zod cannot express field by field: unique ids, jump targets that exist and lie ahead,
 * conditions that fit the question they test and can hold, scale bounds, pick counts and text locales.
 * Also fills in follow-up ids, so the returned survey is the one the rest of Pulso trusts.
 */
export function checkSurvey(parsed: z.output<typeof surveySchema>): { survey: Survey; issues: RawCheckIssue[] } {
  const issues: RawCheckIssue[] = [];
  const report = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const questions: SurveyQuestion[] = parsed.questions.map((question) =>
    question.followUp
      ? { ...question, followUp: { ...question.followUp, id: question.followUp.id ?? `${question.id}-followup` } }
      : (question as SurveyQuestion),
  );
  const survey: Survey = { ...parsed, questions };

  // Every step (question or follow-up) shares one id space: ids key answers and jump targets.
  const questionIndex = new Map<string, number>();
  const stepOwner = new Map<string, number>();
  questions.forEach((question, index) => {
    const steps: Array<[string, PropertyKey[]]> = [[question.id, ['questions', index, 'id']]];
    if (question.followUp) {
      const written = parsed.questions[index]?.followUp?.id !== undefined;
      const path = ['questions', index, 'followUp', ...(written ? ['id'] : [])];
      steps.push([question.followUp.id, path]);
    }
    for (const [id, path] of steps) {
      if (id === END) {
        report(path, `The id "${END}" is reserved for jumping to the end of the survey; choose another id.`);
      } else if (stepOwner.has(id)) {
        report(path, `Duplicate id "${id}" (already used by questions[${stepOwner.get(id)}]); every question and follow-up needs its own id.`);
      } else {
        stepOwner.set(id, index);
      }
    }
    if (!questionIndex.has(question.id)) questionIndex.set(question.id, index);
  });

  questions.forEach((question, index) => {
    const at = (...rest: PropertyKey[]) => ['questions', index, ...rest];
    checkShape(question, at, report);
    if (question.followUp?.when) {
      checkCondition(question.followUp.when, question, index, at('followUp', 'when'), questions, stepOwner, report, true);
    }
    question.branches?.forEach((branch, b) => {
      checkCondition(branch.when, question, index, at('branches', b, 'when'), questions, stepOwner, report);
      if (branch.goTo === END) return;
      const target = questionIndex.get(branch.goTo);
      if (target === undefined) {
        const followUpOf = stepOwner.get(branch.goTo);
        report(
          at('branches', b, 'goTo'),
          followUpOf !== undefined
            ? `"${branch.goTo}" is a follow-up question; jump to a question id instead (follow-ups come with their question).`
            : `No question has the id "${branch.goTo}"; jump to the id of a later question or to "${END}".`,
        );
      } else if (target <= index) {
        report(
          at('branches', b, 'goTo'),
          `Jumping from "${question.id}" back to "${branch.goTo}" would loop; jumps may only go forward, to a later question or "${END}".`,
        );
      }
    });
  });

  checkTexts(survey, report);
  return { survey, issues };
}

type At = (...rest: PropertyKey[]) => PropertyKey[];
/** Records a problem at a path (keys, formatted by the caller). */
export type Report = (path: PropertyKey[], message: string) => void;

function checkShape(question: SurveyQuestion, at: At, report: Report) {
  if (question.kind === 'rating') {
    const { min, max } = question.scale;
    if (max <= min) report(at('scale', 'max'), `Must be greater than scale.min (${min}); got ${max}.`);
    else if (max - min > 20) report(at('scale', 'max'), `A rating scale has at most 21 points; ${min}–${max} has ${max - min + 1}.`);
  }
  if (question.kind === 'single' || question.kind === 'multiple') {
    const seen = new Set<string>();
    question.choices.forEach((choice, c) => {
      if (choice.id === 'other') {
        report(at('choices', c, 'id'), 'The choice id "other" is reserved for the free-text option; use the `other` field for it.');
      } else if (seen.has(choice.id)) {
        report(at('choices', c, 'id'), `Duplicate choice id "${choice.id}"; each choice needs its own id.`);
      }
      seen.add(choice.id);
    });
  }
  if (question.kind === 'multiple') {
    const options = question.choices.length + (question.other ? 1 : 0);
    const { minPicks, maxPicks } = question;
    if (minPicks !== undefined && minPicks > options) {
      report(at('minPicks'), `Asks for at least ${minPicks} picks but there are only ${options} options.`);
    }
    if (maxPicks !== undefined && minPicks !== undefined && maxPicks < minPicks) {
      report(at('maxPicks'), `Must be at least minPicks (${minPicks}); got ${maxPicks}.`);
    } else if (maxPicks !== undefined && maxPicks > options) {
      report(at('maxPicks'), `Allows ${maxPicks} picks but there are only ${options} options.`);
    }
  }
}

function checkCondition(
  condition: BranchCondition,
  owner: SurveyQuestion,
  ownerIndex: number,
  path: PropertyKey[],
  questions: SurveyQuestion[],
  stepOwner: Map<string, number>,
  report: Report,
  // A follow-up's `when` is tested right after its question is answered, before the follow-up is asked.
  forFollowUp = false,
) {
  const id = condition.question ?? owner.id;
  const index = stepOwner.get(id);
  if (index === undefined) {
    report([...path, 'question'], `No question has the id "${id}"; conditions test the answer of this or an earlier question.`);
    return;
  }
  const tested = questions[index]!;
  const isFollowUp = tested.id !== id;
  if (index > ownerIndex || (forFollowUp && isFollowUp && index === ownerIndex)) {
    report([...path, 'question'], `"${id}" comes after "${owner.id}", so it has no answer yet when this rule runs; test this or an earlier question.`);
    return;
  }
  if (condition.op === 'skipped' && id === owner.id && (forFollowUp || owner.required)) {
    report([...path, 'op'], `skipped never holds here: ${forFollowUp ? 'a follow-up is asked only after an answer' : `"${id}" is required`}.`);
  }
  if (!('value' in condition)) return; // answered / skipped
  const kind = isFollowUp ? 'text' : tested.kind;
  const isScore = scoreKinds.has(kind);
  // Left once answered / skipped are out: eq, neq and in test equality; the rest compare scores.
  if (/[lg]t/.test(condition.op) && !isScore) {
    const what = kind === 'text' ? 'a text answer' : `a ${kind}-choice question`;
    report([...path, 'op'], `"${condition.op}" compares scores, but "${id}" is ${what}; use eq, neq, in, answered or skipped.`);
    return;
  }
  // Every answer the step can have (scales have at most 21 points; for a text, the values
  // themselves stand in for any string). A value no answer matches makes the rule never hold
  // (`neq`: always): `eq 11` or `lt 0` on 0–10, `eq 6.5`, a misspelt choice id, one in an `in` list.
  const [min, max] = scoreRange(tested);
  // A reversed scale is reported at the scale itself; every value would look impossible here.
  if (isScore && max < min) return;
  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
  let answers: Array<string | number> = values.map(String);
  let why = `"${id}" is a text answer; compare with a string`;
  if (isScore) {
    answers = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    why = `answers to "${id}" are whole numbers from ${min} to ${max}`;
  } else if (kind !== 'text') {
    const { choices, other } = tested as Extract<Question, { kind: 'single' | 'multiple' }>;
    answers = choices.map((choice) => choice.id).concat(other ? ['other'] : []);
    why = `"${id}" has no such choice; use ${listOf(answers)}`;
  }
  for (const value of values) {
    const one = condition.op === 'in' ? [value] : value;
    const test = { ...condition, op: condition.op === 'neq' ? 'eq' : condition.op, value: one } as BranchCondition;
    if (!answers.some((answer) => evaluateCondition(test, id, { [id]: answer }))) {
      report([...path, 'value'], `${condition.op} ${JSON.stringify(one)} ${condition.op === 'neq' ? 'always' : 'never'} holds here: ${why}.`);
      return;
    }
  }
}
