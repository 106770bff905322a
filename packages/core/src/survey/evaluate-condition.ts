import type { BranchCondition } from './branch-schema';
import { isOtherPick, type AnswerValue, type ChoicePick } from './survey-response';

/**
 * Whether a branch condition holds for the answers so far. `ownerId` is the question the rule sits
 * on (the default for `condition.question`). Every comparison is false when the tested question
 * has no answer; `skipped` is how to catch that case.
 */
export function evaluateCondition(
  condition: BranchCondition,
  ownerId: string,
  answers: Record<string, AnswerValue | null>,
): boolean {
  const answer = answers[condition.question ?? ownerId];
  const answered = answer !== undefined && answer !== null;
  if (condition.op === 'answered') return answered;
  if (condition.op === 'skipped') return !answered;
  if (!answered || !('value' in condition)) return false;
  // Picks compare by choice id; the "Other" pick is the id "other".
  const keys = (Array.isArray(answer) ? answer : [answer]).map(keyOf);
  switch (condition.op) {
    case 'eq':
      return keys.includes(condition.value);
    case 'neq':
      return !keys.includes(condition.value);
    case 'in':
      return keys.some((key) => condition.value.includes(key));
    default: {
      if (typeof answer !== 'number') return false;
      const value = condition.value as number;
      if (condition.op === 'lt') return answer < value;
      if (condition.op === 'lte') return answer <= value;
      if (condition.op === 'gt') return answer > value;
      return answer >= value;
    }
  }
}

function keyOf(value: ChoicePick | number): string | number {
  return isOtherPick(value) ? 'other' : value;
}
