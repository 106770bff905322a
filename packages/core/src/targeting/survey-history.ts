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

const isStamps = (value: unknown): value is number[] => Array.isArray(value) && value.every((stamp) => typeof stamp === 'number' && Number.isFinite(stamp));

function isHistory(value: unknown): value is SurveyHistory {
  if (typeof value !== 'object' || value === null) return false;
  const { version, lastShownAt, surveys } = value as Partial<SurveyHistory>;
  if (version !== 1 || (lastShownAt !== undefined && !isStamps([lastShownAt]))) return false;
  if (typeof surveys !== 'object' || surveys === null || Array.isArray(surveys)) return false;
  return Object.values(surveys).every(
    (record: unknown) =>
      typeof record === 'object' && record !== null && isStamps((record as SurveyRecord).shown) && isStamps((record as SurveyRecord).completed) && isStamps((record as SurveyRecord).dismissed),
  );
}

/**
 * A history read back from storage (the object or its JSON). Anything unreadable (an old format,
 * a hand-edited value) gives an empty history rather than an error: losing frequency caps is
 * better than a broken page. Checked by hand rather than with zod to keep `decideSurvey`'s bundle small.
 *
 * @param now When given, a time later than `now` counts as `now`: the device clock was moved back
 * since it was written (or was ahead then), and such a time would hold every cool-down, re-ask and
 * dismiss window until the clock caught up. Store the result again so the window runs from the
 * moment it was noticed rather than staying in the future.
 */
export function restoreHistory(stored: unknown, now?: number | Date): SurveyHistory {
  const latest = now === undefined ? Infinity : toEpochMs(now);
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return emptyHistory();
    }
  }
  if (!isHistory(value)) return emptyHistory();
  const at = (stamps: number[]) => stamps.map((stamp) => Math.min(stamp, latest));
  const surveys: SurveyHistory['surveys'] = {};
  for (const [id, record] of Object.entries(value.surveys)) {
    surveys[id] = { shown: at(record.shown), completed: at(record.completed), dismissed: at(record.dismissed) };
  }
  return value.lastShownAt === undefined ? { version: 1, surveys } : { version: 1, lastShownAt: Math.min(value.lastShownAt, latest), surveys };
}
