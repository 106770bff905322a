import { recordCompleted, recordDismissed, recordShown, restoreHistory, type SurveyHistory } from '@pulso/core';
import type { WebStore } from './web-store';

const HISTORY_KEY = 'pulso:history';
const SESSION_KEY = 'pulso:session';
const VISITOR_KEY = 'pulso:visitor';
const RESPONSE_KEY = 'pulso:response';
const WEEK_MS = 7 * 86_400_000;

/** An unfinished response kept so a reload (or the next page) continues it. */
export interface SavedResponse {
  surveyId: string;
  surveyVersion: number | string | undefined;
  response: unknown;
  /** When it was last saved (absent in what older versions saved). */
  savedAt?: number;
}

/**
 * Everything Pulso remembers about the visitor, in one place: the show/complete/dismiss history
 * and anonymous id across visits (localStorage), the surveys shown this browsing session
 * (sessionStorage, so the per-session cap resets with the session), and the unfinished response.
 * The history is read fresh for every decision because other tabs write it too.
 */
export function createVisitStore(local: WebStore, session: WebStore, now: () => number = Date.now) {
  // A time later than now (the clock was moved back) counts as now, and is written back as such so
  // cool-downs run from this moment instead of waiting for the clock to catch up (see restoreHistory).
  const history = (): SurveyHistory => {
    const stored = local.read(HISTORY_KEY);
    const read = restoreHistory(stored, now());
    if (stored != null && JSON.stringify(read) !== JSON.stringify(stored)) local.write(HISTORY_KEY, read);
    return read;
  };
  const update = (change: (history: SurveyHistory, surveyId: string, at: number) => SurveyHistory) => (surveyId: string) =>
    // Written once: the change is applied to the history as read (clamped), not written back first.
    local.write(HISTORY_KEY, change(restoreHistory(local.read(HISTORY_KEY), now()), surveyId, now()));
  return {
    history,
    recordShown: (surveyId: string) => {
      update(recordShown)(surveyId);
      session.write(SESSION_KEY, { shown: [...sessionShown(session), surveyId] });
    },
    recordCompleted: update(recordCompleted),
    recordDismissed: update(recordDismissed),
    /** Survey ids shown in this browsing session, oldest first. */
    sessionShown: () => sessionShown(session),
    visitorId(): string {
      const saved = local.read<string>(VISITOR_KEY);
      if (typeof saved === 'string' && saved) return saved;
      const id = randomId();
      local.write(VISITOR_KEY, id);
      return id;
    },
    // Kept a week: its answers were sent as they were given, so this is only for resuming, and
    // a survey no page configures any more would otherwise keep it for good.
    savedResponse(): SavedResponse | undefined {
      const saved = local.read<SavedResponse>(RESPONSE_KEY);
      if (saved && now() - (saved.savedAt ?? now()) > WEEK_MS) return void local.remove(RESPONSE_KEY);
      return saved;
    },
    saveResponse: (saved: SavedResponse) => local.write(RESPONSE_KEY, { ...saved, savedAt: now() }),
    clearResponse: () => local.remove(RESPONSE_KEY),
  };
}

/** The store `createVisitStore` returns. */
export type VisitStore = ReturnType<typeof createVisitStore>;

function sessionShown(session: WebStore): string[] {
  const value = session.read<{ shown?: unknown }>(SESSION_KEY)?.shown;
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** A random id; `crypto.randomUUID` needs a secure context, so plain http pages get a fallback. */
export function randomId(): string {
  const c = globalThis.crypto;
  try {
    return c.randomUUID();
  } catch {
    // Not a secure context: randomUUID is missing (or refuses).
    return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  }
}
