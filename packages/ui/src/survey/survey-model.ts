import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  followUpFor,
  resolveText,
  type CustomerSegment,
  type AnswerError,
  type StepView,
  type Survey,
  type SurveyProgress,
  type SurveyResponse,
  type SurveyRun,
} from '@pulso/core';
import type { ThankYouTexts } from './ThankYou';

/** Options of {@link createSurveyModel}: where answers go, and when to offer help. */
export interface SurveyModelOptions {
  /** The definition the run was made from: thank-you texts, and which questions are NPS. */
  survey?: Survey;
  /**
   * Called with each answer as soon as it is given; the prompt moves on only after the returned
   * promise resolves. If it rejects (e.g. the send queue is full) the answer stays on screen with
   * an error, and submitting again retries.
   */
  onAnswer?(questionId: string, value: unknown, response: SurveyResponse): unknown;
  /** Called once when the last answer is in, before the thank-you screen; same contract. */
  onComplete?(response: SurveyResponse): unknown;
  /** Called when the visitor closes the survey before finishing. */
  onDismiss?(response: SurveyResponse): unknown;
  /** Called whenever the prompt closes (dismissed, or after the thank-you). */
  onClose?(): void;
  /** NPS answers at or below this are detractors, offered "Talk to us". Default 6. */
  detractorThreshold?: number;
}

/** What is wrong with the answer on screen: refused by the run, or not handed over. */
export type SurveyError = { kind: 'invalid'; error: AnswerError } | { kind: 'save'; cause: unknown };

/** What "Talk to us" hands to the chat widget. */
export interface TalkToUsContext {
  surveyId: string;
  responseId: string;
  /** The score that put the visitor in this group: the NPS answer of a detractor, else the first score given. */
  score?: number;
  /** Every answer given, by question id. */
  answers: SurveyResponse['answers'];
}

/** The survey's closing action for the visitor's segment, texts in their language. */
export interface ClosingAction {
  segment: CustomerSegment;
  message: string;
  link?: { label: string; url: string } | undefined;
  /** Offer "Talk to us" (opens the chat). */
  offerChat: boolean;
}

/** The survey's state as signals, and the actions a prompt calls. */
export interface SurveyModel {
  /** The step on screen, texts in the visitor's language; null on the thank-you screen. */
  question: ReadonlySignal<StepView | null>;
  /** The value on screen for the current step, not yet submitted. */
  draft: ReadonlySignal<unknown>;
  error: ReadonlySignal<SurveyError | null>;
  /** True while an answer is being handed over. */
  pending: ReadonlySignal<boolean>;
  progress: ReadonlySignal<SurveyProgress>;
  canGoBack: ReadonlySignal<boolean>;
  /** The last answer is in and acknowledged: show the thank-you screen. */
  done: ReadonlySignal<boolean>;
  closed: ReadonlySignal<boolean>;
  /** Set when an NPS answer is at or below the threshold. */
  detractor: ReadonlySignal<TalkToUsContext | null>;
  /** The definition's `followUp` for the visitor's segment (needs `survey`), once done. */
  closing: ReadonlySignal<ClosingAction | null>;
  /** The survey's own thank-you texts, if it has them. */
  thankYou: ThankYouTexts | undefined;
  setDraft(value: unknown): void;
  /** Answers the current step with the draft, or skips it when the draft is empty. */
  submit(): Promise<boolean>;
  back(): void;
  /** Closes the prompt; before the end this is a dismissal, reported once. */
  close(): void;
  /** The context "Talk to us" hands over when the closing action offers a chat. */
  talkContext(): TalkToUsContext;
}

/** Whether a draft counts as no answer (the run treats blank text the same way). */
export const isEmptyAnswer = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length);

/**
 * Wraps a survey run from `@pulso/core` (`createSurveyRun`) in signals for the prompt
 * components. The run holds the flow (validation, branching, the response); this model adds
 * what the screen needs: the draft answer, errors, and the hand-over of each answer. The model
 * owns the run: move it only through the model.
 *
 * @example
 * const run = createSurveyRun(survey, { locale: 'pt-BR' });
 * const model = createSurveyModel(run, {
 *   survey,
 *   onAnswer: (questionId, value, response) =>
 *     queue.enqueue({ type: 'survey.answered', responseId: response.id, questionId, value }),
 * });
 */
export function createSurveyModel(run: SurveyRun, options: SurveyModelOptions = {}): SurveyModel {
  const { survey } = options;
  const threshold = options.detractorThreshold ?? 6;
  // The state on screen: it follows the run only once an answer has been acknowledged.
  const state = signal(run.getState());
  const draft = signal<unknown>(undefined);
  const error = signal<SurveyError | null>(null);
  const pending = signal(false);
  const closed = signal(false);
  const npsIds = new Set(survey?.questions.filter((q) => q.kind === 'nps').map((q) => q.id));
  // An answer the run took but the page has not acknowledged; only left over at the end, where
  // the run cannot step back, so a retry re-sends it.
  let unsent: { id: string; value: unknown } | null = null;
  let completing = false;

  const show = () =>
    batch(() => {
      state.value = run.getState();
      const current = state.value.current;
      if (current?.kind === 'nps') npsIds.add(current.id);
      draft.value = current?.value ?? undefined;
      error.value = null;
    });
  show();

  const detractor = computed<TalkToUsContext | null>(() => {
    const { answers, id, surveyId } = state.value.response;
    for (const qid of npsIds) {
      const score = answers[qid];
      if (typeof score === 'number' && score <= threshold) return { surveyId, responseId: id, score, answers };
    }
    return null;
  });

  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, run.response.locale, survey?.locales?.[0]);
  const closing = computed<ClosingAction | null>(() => {
    const found = survey && state.value.done && followUpFor(survey, state.value.response, { detractorThreshold: threshold });
    if (!found) return null;
    const { message, link, offerChat } = found.action;
    return { segment: found.segment, message: text(message), link: link && { label: text(link.label), url: link.url }, offerChat };
  });
  const ty = survey?.thankYou;

  const send = async () => {
    while (unsent) {
      await options.onAnswer?.(unsent.id, unsent.value, run.response);
      unsent = null;
    }
    if (completing) {
      await options.onComplete?.(run.response);
      completing = false;
    }
  };

  return {
    question: computed(() => (state.value.done ? null : state.value.current)),
    draft,
    error,
    pending,
    progress: computed(() => state.value.progress),
    canGoBack: computed(() => state.value.canGoBack),
    done: computed(() => state.value.done),
    closed,
    detractor,
    closing,
    thankYou: ty && { title: text(ty.title), body: ty.body && text(ty.body), closeAfterMs: ty.closeAfterMs },
    setDraft(value) {
      draft.value = value;
      if (error.value?.kind === 'invalid') error.value = null;
    },
    async submit() {
      const current = state.value.current;
      if (pending.value || !current) return false;
      pending.value = true;
      try {
        if (!unsent && !completing) {
          const value = draft.value;
          const skipping = isEmptyAnswer(value);
          const result = skipping ? run.skip() : run.answer(value);
          if (!result.ok) {
            error.value = { kind: 'invalid', error: result.error };
            return false;
          }
          // Hand over what the run recorded (trimmed, normalised), not the raw draft.
          if (!skipping) unsent = { id: current.id, value: run.response.answers[current.id] };
          completing = run.done;
        }
        try {
          await send();
        } catch (cause) {
          // Not handed over: step back so the answer stays on screen (at the end the run cannot
          // step back, so the pending answer is kept and re-sent on the next submit).
          if (unsent && run.back()) unsent = null;
          if (!run.done) completing = false;
          error.value = { kind: 'save', cause };
          return false;
        }
        show();
        return true;
      } finally {
        pending.value = false;
      }
    },
    back() {
      if (pending.value || unsent || completing || !run.back()) return;
      show();
    },
    talkContext() {
      const { answers, id, surveyId } = state.value.response;
      const score = Object.values(answers).find((value) => typeof value === 'number');
      return { surveyId, responseId: id, ...(typeof score === 'number' ? { score } : {}), answers };
    },
    close() {
      if (closed.value) return;
      closed.value = true;
      // The run is done once the last answer is taken, before it is stored: closing then is not a dismissal.
      if (!run.done) void Promise.resolve(options.onDismiss?.(run.response)).catch(() => {});
      options.onClose?.();
    },
  };
}
