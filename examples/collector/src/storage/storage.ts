// The one interface both databases implement. Small on purpose: a store needs to write a batch
// atomically and read back what the report needs, nothing else.

/** An event as stored: the payload is kept whole, as JSON. */
export interface StoredEvent {
  id: string;
  type: string;
  /** When the browser created the event (ms since epoch). */
  createdAt: number;
  /** When the collector accepted it (ms since epoch). */
  receivedAt: number;
  payload: unknown;
  /** The transport's `orderKey` (a chat conversation's id) and `seq`: sort by `seq` within it. */
  orderKey: string | null;
  seq: number | null;
}

/** The latest answer to one question of one response. */
export interface AnswerRow {
  responseId: string;
  questionId: string;
  surveyId: string;
  surveyVersion: string | null;
  value: unknown;
  journeyStage: string | null;
  locale: string | null;
  url: string | null;
  /** When the answer was given (ms since epoch). */
  at: number;
  /** The event that carried it; breaks ties between answers given in the same millisecond. */
  eventId: string;
}

/** A time window, both ends inclusive, in ms since epoch. */
export interface Window {
  from?: number;
  to?: number;
}

/** How many rows a deletion removed. */
export interface Deleted {
  events: number;
  answers: number;
}

export interface Storage {
  /** `sqlite` or `postgres`, for logs and `/healthz`. */
  readonly kind: string;
  /**
   * Writes a batch in one transaction: events whose id is already stored are skipped, and so are
   * their answers (a repeat never changes what was stored, even if its content differs); each
   * other answer replaces the stored answer to the same response and question only if it is
   * newer. Returns the ids that were new. Either everything is written or nothing is.
   */
  write(events: StoredEvent[], answers: AnswerRow[]): Promise<{ inserted: string[] }>;
  /** Answers of one survey given inside the window. */
  answers(surveyId: string, window?: Window): Promise<AnswerRow[]>;
  /** Events of the given types created inside the window, oldest first. */
  events(types: readonly string[], window?: Window): Promise<StoredEvent[]>;
  /** Deletes events received before `before` and answers given before it (a retention policy). */
  purge(before: number): Promise<Deleted>;
  /** Deletes one response: its answers and its survey events (a person's request to be forgotten). */
  deleteResponse(responseId: string): Promise<Deleted>;
  /** True when the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// Sorting rows before writing gives every transaction the same lock order, so two concurrent
// batches that share ids wait for each other instead of deadlocking (PostgreSQL).
// Answers to the same question of the same response in one batch are collapsed to the newest
// first: one statement may not update a row twice (PostgreSQL), and the rule is the same anyway.
export function lockOrder(events: StoredEvent[], answers: AnswerRow[]) {
  const byId = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const key = (row: AnswerRow) => `${row.responseId}\u0000${row.questionId}`;
  const newest = new Map<string, AnswerRow>();
  for (const row of answers) {
    const kept = newest.get(key(row));
    if (!kept || row.at > kept.at || (row.at === kept.at && row.eventId > kept.eventId)) newest.set(key(row), row);
  }
  const byKey = [...newest.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { events: byId, answers: byKey };
}

/** Schema shared by both databases: plain types and `ON CONFLICT`, which both understand. */
export const schemaStatements = (json: 'TEXT' | 'JSONB') => [
  `CREATE TABLE IF NOT EXISTS pulso_events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    payload ${json} NOT NULL,
    order_key TEXT,
    seq BIGINT
  )`,
  'CREATE INDEX IF NOT EXISTS pulso_events_type_created ON pulso_events (type, created_at)',
  `CREATE TABLE IF NOT EXISTS pulso_answers (
    response_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    survey_id TEXT NOT NULL,
    survey_version TEXT,
    value ${json} NOT NULL,
    journey_stage TEXT,
    locale TEXT,
    url TEXT,
    at BIGINT NOT NULL,
    event_id TEXT NOT NULL,
    PRIMARY KEY (response_id, question_id)
  )`,
  'CREATE INDEX IF NOT EXISTS pulso_answers_survey_at ON pulso_answers (survey_id, at)',
];

/**
 * Columns added to `pulso_events` after its first release, for tables created before them
 * (`ALTER TABLE … ADD COLUMN`); nullable, so existing rows stay as they are.
 */
export const addedEventColumns = [
  ['order_key', 'TEXT'],
  ['seq', 'BIGINT'],
] as const;

/** Column list and conflict rule for answers; the newest answer wins, whatever order batches arrive in. */
export const answerColumns =
  'response_id, question_id, survey_id, survey_version, value, journey_stage, locale, url, at, event_id';
export const answerConflict = `ON CONFLICT (response_id, question_id) DO UPDATE SET
    survey_id = excluded.survey_id, survey_version = excluded.survey_version, value = excluded.value,
    journey_stage = excluded.journey_stage, locale = excluded.locale, url = excluded.url,
    at = excluded.at, event_id = excluded.event_id
  WHERE excluded.at > pulso_answers.at
     OR (excluded.at = pulso_answers.at AND excluded.event_id > pulso_answers.event_id)`;

export const eventColumns = 'id, type, created_at, received_at, payload, order_key, seq';

export function eventArgs(event: StoredEvent) {
  return [event.id, event.type, event.createdAt, event.receivedAt, JSON.stringify(event.payload), event.orderKey, event.seq];
}

export function answerArgs(row: AnswerRow) {
  return [
    row.responseId,
    row.questionId,
    row.surveyId,
    row.surveyVersion,
    JSON.stringify(row.value),
    row.journeyStage,
    row.locale,
    row.url,
    row.at,
    row.eventId,
  ];
}

export function windowClause(column: string, window: Window, placeholder: (n: number) => string, offset: number) {
  const parts: string[] = [];
  const args: number[] = [];
  if (window.from !== undefined) {
    args.push(window.from);
    parts.push(`${column} >= ${placeholder(offset + args.length)}`);
  }
  if (window.to !== undefined) {
    args.push(window.to);
    parts.push(`${column} <= ${placeholder(offset + args.length)}`);
  }
  return { sql: parts.map((part) => ` AND ${part}`).join(''), args };
}

/** Parses a JSON column stored as text (SQLite). */
export function fromJson(value: unknown): unknown {
  return JSON.parse(String(value));
}
