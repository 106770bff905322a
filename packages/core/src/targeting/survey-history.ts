import * as z from 'zod/mini';

/** What happened to one survey for this visitor: timestamps in ms since the epoch, oldest first. */
export interface SurveyRecord {
  shown: number[];
  completed: number[];
  dismissed: number[];
}

/**
 * What a visitor has seen, answered and dismissed: plain JSON, so the UI can keep it in
 * `localStorage` or IndexedDB and hand it back to `decideSurvey`. Update it only through
 * `recordShown`, `recordCompleted` and `recordDismissed`, which return a new object.
 */
export interface SurveyHistory {
  version: 1;
  /** When any survey was last shown (for the global cool-down). */
  lastShownAt?: number;
  surveys: { [surveyId: string]: SurveyRecord };
}

/**
 * Each list keeps only its latest entries: every rule looks at the last event only, and a
 * history that grows without bound would slowly fill the visitor's storage.
 */
export const HISTORY_KEEP = 20;

/** A history with nothing in it, for a new visitor. */
export function emptyHistory(): SurveyHistory {
  return { version: 1, surveys: {} };
}

/** Milliseconds since the epoch for a `Date` or a number, rejecting what is not a real instant. */
export function toEpochMs(now: number | Date, where = 'now'): number {
  const ms = typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(ms)) throw new TypeError(`${where} must be a finite timestamp or a valid Date, got ${String(now)}`);
  return ms;
}

function record(history: SurveyHistory, surveyId: string, kind: keyof SurveyRecord, now: number | Date): SurveyHistory {
  if (typeof surveyId !== 'string' || surveyId === '') throw new TypeError('surveyId must be a non-empty string');
  const at = toEpochMs(now);
  const previous = history.surveys[surveyId] ?? { shown: [], completed: [], dismissed: [] };
  const next: SurveyRecord = { ...previous, [kind]: [...previous[kind], at].slice(-HISTORY_KEEP) };
  return {
    ...history,
    ...(kind === 'shown' ? { lastShownAt: at } : {}),
    surveys: { ...history.surveys, [surveyId]: next },
  };
}

/** The history after `surveyId` was shown at `now`. */
export function recordShown(history: SurveyHistory, surveyId: string, now: number | Date): SurveyHistory {
  return record(history, surveyId, 'shown', now);
}

/** The history after `surveyId` was completed at `now`. */
export function recordCompleted(history: SurveyHistory, surveyId: string, now: number | Date): SurveyHistory {
  return record(history, surveyId, 'completed', now);
}

/** The history after the visitor dismissed `surveyId` at `now`. */
export function recordDismissed(history: SurveyHistory, surveyId: string, now: number | Date): SurveyHistory {
  return record(history, surveyId, 'dismissed', now);
}

const stamps = z.array(z.number().check(z.refine(Number.isFinite)));
const historySchema = z.object({
  version: z.literal(1),
  lastShownAt: z.optional(z.number().check(z.refine(Number.isFinite))),
  surveys: z.record(z.string(), z.object({ shown: stamps, completed: stamps, dismissed: stamps })),
});

/**
 * A history read back from storage. Anything unreadable (an old format, a hand-edited value)
 * gives an empty history rather than an error: losing frequency caps is better than a broken page.
 */
export function restoreHistory(stored: unknown): SurveyHistory {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return emptyHistory();
    }
  }
  const parsed = historySchema.safeParse(value);
  return parsed.success ? (parsed.data as SurveyHistory) : emptyHistory();
}
