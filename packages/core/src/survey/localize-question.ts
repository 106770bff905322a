import { scoreRange } from './score-range';
import { resolveText, type LocalizedText } from './resolve-text';
import type { AnswerValue } from './survey-response';
import type { Step } from './survey-steps';

interface StepViewBase {
  /** The question or follow-up id: the key of its answer. */
  id: string;
  /** For a follow-up, the id of the question it follows. */
  parentId?: string;
  isFollowUp: boolean;
  title: string;
  description?: string;
  required: boolean;
  /** The answer already given (after `back()` or a resume), to show pre-filled. */
  value?: AnswerValue | null;
}

/** A score question: pick an integer from `min` to `max`. */
export interface ScaleStepView extends StepViewBase {
  kind: 'nps' | 'csat' | 'ces' | 'rating';
  min: number;
  max: number;
  lowLabel?: string;
  highLabel?: string;
  /** `csat`: stars, faces or numbers; `rating`: numbers or stars; others: numbers. */
  display: 'stars' | 'faces' | 'numbers';
}

/** A choice question. */
export interface ChoiceStepView extends StepViewBase {
  kind: 'single' | 'multiple';
  choices: { id: string; label: string }[];
  other?: { label: string; placeholder?: string; maxLength: number };
  minPicks?: number;
  maxPicks?: number;
}

/** A free-text question (including every follow-up). */
export interface TextStepView extends StepViewBase {
  kind: 'text';
  placeholder?: string;
  maxLength: number;
  multiline: boolean;
}

/** The current step with every text resolved for the run's locale. */
export type StepView = ScaleStepView | ChoiceStepView | TextStepView;

/** Resolves a step's texts for `locale`, falling back to `fallback` (the survey's default locale). */
export function localizeStep(step: Step, locale: string, fallback: string | undefined, value: AnswerValue | null | undefined): StepView {
  const t = (text: LocalizedText) => resolveText(text, locale, fallback);
  const opt = (text: LocalizedText | undefined) => (text === undefined ? undefined : t(text));
  const { question } = step;
  const base = (title: LocalizedText, required: boolean, description?: LocalizedText): StepViewBase =>
    clean({
      id: step.id,
      parentId: step.isFollowUp ? question.id : undefined,
      isFollowUp: step.isFollowUp,
      title: t(title),
      description: opt(description),
      required,
      value,
    });
  if (step.isFollowUp) {
    const followUp = question.followUp!;
    return clean({ ...base(followUp.title, followUp.required), kind: 'text', placeholder: opt(followUp.placeholder), maxLength: followUp.maxLength, multiline: true });
  }
  const common = base(question.title, question.required, question.description);
  switch (question.kind) {
    case 'text':
      return clean({ ...common, kind: 'text', placeholder: opt(question.placeholder), maxLength: question.maxLength, multiline: question.multiline });
    case 'single':
    case 'multiple':
      return clean({
        ...common,
        kind: question.kind,
        choices: question.choices.map((choice) => ({ id: choice.id, label: t(choice.label) })),
        other: question.other && clean({ label: t(question.other.label), placeholder: opt(question.other.placeholder), maxLength: question.other.maxLength }),
        minPicks: question.kind === 'multiple' ? question.minPicks : undefined,
        maxPicks: question.kind === 'multiple' ? question.maxPicks : undefined,
      });
    default: {
      const [min, max] = scoreRange(question);
      const display = question.kind === 'csat' || question.kind === 'rating' ? question.display : 'numbers';
      return clean({ ...common, kind: question.kind, min, max, lowLabel: opt(question.lowLabel), highLabel: opt(question.highLabel), display });
    }
  }
}

/** Drops `undefined` fields, so views compare and serialise cleanly. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
