import { scoreRange, withArticle } from './score-range';
import type { Step } from './survey-steps';
import { isOtherPick, type AnswerValue, type ChoicePick } from './survey-response';

/** Why an answer was refused; `code` lets a UI show its own translated text. */
export interface AnswerError {
  code:
    | 'required'
    | 'not-a-number'
    | 'not-an-integer'
    | 'out-of-range'
    | 'not-text'
    | 'too-long'
    | 'not-a-choice'
    | 'duplicate-pick'
    | 'too-few-picks'
    | 'too-many-picks'
    | 'empty-other'
    | 'unknown-question';
  /** A sentence for developers and logs. */
  message: string;
  /** Numbers the message mentions (`min`, `max`, `maxLength`…), for translated texts. */
  params?: Record<string, number>;
}

/** The answer to record (`null` for "no answer"), or why the value is refused. */
export type AnswerCheck = { ok: true; value: AnswerValue | null } | { ok: false; error: AnswerError };

const fail = (code: AnswerError['code'], message: string, params?: Record<string, number>): AnswerCheck => ({
  ok: false,
  error: params ? { code, message, params } : { code, message },
});

/**
 * Checks a value given for a step, per kind: scores are integers in range, texts fit `maxLength`,
 * picks are known choices in the allowed number. Blank texts and empty pick lists count as no
 * answer, which only a required step refuses.
 */
export function validateAnswer(step: Step, value: unknown): AnswerCheck {
  const { question } = step;
  if (step.isFollowUp) {
    const followUp = question.followUp!;
    return checkText(value, followUp.maxLength, followUp.required);
  }
  const required = question.required;
  if (value === undefined || value === null) return required ? fail('required', 'This question needs an answer.') : { ok: true, value: null };
  switch (question.kind) {
    case 'text':
      return checkText(value, question.maxLength, required);
    case 'single':
    case 'multiple': {
      const otherMax = question.other?.maxLength ?? 0;
      const ids = new Set(question.choices.map((choice) => choice.id));
      const picks: unknown[] = question.kind === 'multiple' ? (Array.isArray(value) ? value : [value]) : [value];
      if (question.kind === 'single' && Array.isArray(value)) return fail('not-a-choice', 'A single-choice question takes one pick, not a list.');
      const seen = new Set<string>();
      const clean: ChoicePick[] = [];
      for (const pick of picks) {
        if (isOtherPick(pick) && question.other) {
          const text = pick.other.trim();
          if (!text) return fail('empty-other', 'Write something in "Other", or untick it.');
          if (text.length > otherMax) return fail('too-long', `"Other" takes at most ${otherMax} characters (got ${text.length}).`, { maxLength: otherMax });
          if (seen.has('other')) return fail('duplicate-pick', '"Other" can be picked only once.');
          seen.add('other');
          clean.push({ other: text });
        } else if (typeof pick === 'string' && ids.has(pick)) {
          if (seen.has(pick)) return fail('duplicate-pick', `"${pick}" is picked twice.`);
          seen.add(pick);
          clean.push(pick);
        } else {
          return fail('not-a-choice', `${JSON.stringify(pick)} is not one of the choices (${[...ids].join(', ')}${question.other ? ', or { other: text }' : ''}).`);
        }
      }
      if (question.kind === 'single') return { ok: true, value: clean[0]! };
      if (clean.length === 0) return required ? fail('required', 'Pick at least one option.') : { ok: true, value: null };
      const { minPicks, maxPicks } = question;
      if (minPicks !== undefined && clean.length < minPicks) return fail('too-few-picks', `Pick at least ${minPicks} options (got ${clean.length}).`, { min: minPicks });
      if (maxPicks !== undefined && clean.length > maxPicks) return fail('too-many-picks', `Pick at most ${maxPicks} options (got ${clean.length}).`, { max: maxPicks });
      return { ok: true, value: clean };
    }
    default: {
      const [min, max] = scoreRange(question);
      const an = withArticle(question.kind).replace(/^a/, 'A');
      if (typeof value !== 'number' || Number.isNaN(value)) return fail('not-a-number', `${an} answer is a number from ${min} to ${max}.`, { min, max });
      if (!Number.isInteger(value)) return fail('not-an-integer', `${an} answer is a whole number; got ${value}.`, { min, max });
      if (value < min || value > max) return fail('out-of-range', `${an} answer is from ${min} to ${max}; got ${value}.`, { min, max });
      return { ok: true, value };
    }
  }
}

function checkText(value: unknown, maxLength: number, required: boolean): AnswerCheck {
  if (value === undefined || value === null) return required ? fail('required', 'This question needs an answer.') : { ok: true, value: null };
  if (typeof value !== 'string') return fail('not-text', 'A text answer must be a string.');
  const text = value.trim();
  if (!text) return required ? fail('required', 'This question needs an answer.') : { ok: true, value: null };
  if (text.length > maxLength) return fail('too-long', `At most ${maxLength} characters (got ${text.length}).`, { maxLength });
  return { ok: true, value: text };
}
