import { localizeStep, type StepView } from './localize-question';
import { restorePath } from './restore-path';
import { sanitizeResponse } from './sanitize-response';
import type { Survey } from './survey-schema';
import { indexSteps, nextStepId, remainingSteps } from './survey-steps';
import type { AnswerValue, JsonValue, SurveyResponse } from './survey-response';
import { validateAnswer, type AnswerError } from './validate-answer';

/** Options of {@link createSurveyRun}. */
export interface SurveyRunOptions {
  /** The customer's locale (`pt-PT`); texts fall back along `pt-PT` → `pt` → the survey's default. */
  locale: string;
  /** Clock for `startedAt` / `completedAt` (default `Date.now`). */
  now?: () => number | Date;
  /** Response id (default: a random UUID). Ignored when resuming. */
  id?: string;
  /** A response saved earlier (JSON round trip is fine): continue where the customer was. */
  resume?: SurveyResponse;
  /** Attached to the response as is (page, journey stage, order id…). */
  context?: { [key: string]: JsonValue };
}

/** Where the customer is: step `index` (0-based) of about `total` steps along their path. */
export interface SurveyProgress {
  index: number;
  total: number;
  /** 0 at the start, 1 when done. */
  value: number;
}

/** A snapshot of a run; a new object after every change, so it can be compared by identity. */
export interface SurveyRunState {
  /** The step to show, texts resolved; `null` when done. */
  current: StepView | null;
  done: boolean;
  progress: SurveyProgress;
  /** The response so far (partial until `done`). */
  response: SurveyResponse;
  canGoBack: boolean;
  /** Why the last `answer()`/`skip()` was refused; cleared when the run moves. */
  error: AnswerError | null;
}

/** The outcome of `answer()` / `skip()`: the run moved on, or it did not and why. */
export type AnswerResult = { ok: true } | { ok: false; error: AnswerError };

/** A survey in progress: a snapshot, change notifications, and the moves a customer can make. */
export interface SurveyRun {
  getState(): SurveyRunState;
  subscribe(listener: (state: SurveyRunState) => void): () => void;
  /** Records the answer to the current step and moves on, or refuses it with a reason. */
  answer(value: unknown): AnswerResult;
  /** Moves on without an answer; refused for a required step. */
  skip(): AnswerResult;
  /** Returns to the previous step on the path (its answer pre-filled); `false` at the start or when done. */
  back(): boolean;
  readonly current: StepView | null;
  readonly done: boolean;
  readonly progress: SurveyProgress;
  readonly response: SurveyResponse;
}

/**
 * Walks a customer through a survey: validation per kind, follow-ups, branching, `back()` across
 * branches, progress, and a JSON response that a later run can resume from. Framework-free: a UI
 * reads `getState()` (or the getters) and re-renders on `subscribe`.
 * @example
 * const run = createSurveyRun(parseSurvey(definition), { locale: navigator.language });
 * run.subscribe((state) => render(state.current));
 * const result = run.answer(9);
 * if (!result.ok) showError(result.error.message);
 * localStorage.setItem('pulso-response', JSON.stringify(run.response));
 */
export function createSurveyRun(survey: Survey, options: SurveyRunOptions): SurveyRun {
  const steps = indexSteps(survey);
  const clock = options.now ?? Date.now;
  const iso = () => new Date(clock()).toISOString();
  const fallback = survey.locales?.[0];
  const saved = options.resume === undefined ? undefined : sanitizeResponse(options.resume);
  if (saved && (saved.surveyId !== survey.id || saved.surveyVersion !== survey.version)) {
    throw new Error(
      `Cannot resume response ${saved.id ?? '(without id)'}: it belongs to survey "${saved.surveyId}" version ${saved.surveyVersion}, not "${survey.id}" version ${survey.version}. Start a new run instead.`,
    );
  }
  const restored = saved ? restorePath(survey, steps, saved) : null;

  let path: string[] = restored?.path ?? [survey.questions[0]!.id];
  let answers: Record<string, AnswerValue | null> = restored?.answers ?? {};
  let done = restored?.done ?? false;
  // Answers of steps we backed out of, so going forward again shows them pre-filled.
  const drafts: Record<string, AnswerValue | null> = { ...saved?.answers };
  const base = {
    id: saved?.id ?? options.id ?? randomId(),
    surveyId: survey.id,
    surveyVersion: survey.version,
    startedAt: saved?.startedAt ?? iso(),
    locale: options.locale,
    context: saved?.context ?? options.context ?? {},
  };
  let completedAt = done ? saved?.completedAt : undefined;
  let error: AnswerError | null = null;
  const listeners = new Set<(state: SurveyRunState) => void>();
  let state = snapshot();

  function snapshot(): SurveyRunState {
    const currentId = done ? null : path[path.length - 1]!;
    const index = done ? path.length : path.length - 1;
    const total = done ? path.length : index + remainingSteps(survey, steps, currentId!, answers);
    const current = currentId === null ? null : localizeStep(steps.get(currentId)!, options.locale, fallback, currentId in answers ? answers[currentId] : drafts[currentId]);
    const response: SurveyResponse = { ...base, answers: { ...answers }, path: [...path], ...(completedAt ? { completedAt } : {}) };
    return { current, done, progress: { index, total, value: done ? 1 : index / total }, response, canGoBack: !done && path.length > 1, error };
  }

  function commit() {
    state = snapshot();
    for (const listener of [...listeners]) listener(state);
  }

  function move(value: AnswerValue | null): AnswerResult {
    const id = path[path.length - 1]!;
    const step = steps.get(id)!;
    answers = { ...answers, [id]: value };
    drafts[id] = value;
    const next = nextStepId(survey, step, answers);
    if (next === null) {
      done = true;
      completedAt = iso();
    } else {
      path = [...path, next];
    }
    error = null;
    commit();
    return { ok: true };
  }

  function refuse(reason: AnswerError): AnswerResult {
    error = reason;
    commit();
    return { ok: false, error: reason };
  }

  const notRunning = (): AnswerError => ({ code: 'required', message: 'The survey is already done; start a new run to answer again.' });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer(value) {
      if (done) return { ok: false, error: notRunning() };
      const check = validateAnswer(steps.get(path[path.length - 1]!)!, value);
      return check.ok ? move(check.value) : refuse(check.error);
    },
    skip() {
      if (done) return { ok: false, error: notRunning() };
      const check = validateAnswer(steps.get(path[path.length - 1]!)!, null);
      return check.ok ? move(null) : refuse({ ...check.error, message: 'This question is required, so it cannot be skipped.' });
    },
    back() {
      if (done || path.length < 2) return false;
      const leaving = path[path.length - 1]!;
      if (leaving in answers) drafts[leaving] = answers[leaving]!;
      path = path.slice(0, -1);
      // The answer of the step we leave no longer counts; the step we return to keeps its answer
      // as a pre-fill until the customer answers again (which may take another branch).
      const { [leaving]: _dropped, ...kept } = answers;
      answers = kept;
      error = null;
      commit();
      return true;
    },
    get current() {
      return state.current;
    },
    get done() {
      return state.done;
    },
    get progress() {
      return state.progress;
    },
    get response() {
      return state.response;
    },
  };
}

function randomId(): string {
  // `crypto.randomUUID` exists in browsers (secure contexts) and Node 19+; the fallback is only
  // for odd embeds, where uniqueness per visitor is all we need.
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
