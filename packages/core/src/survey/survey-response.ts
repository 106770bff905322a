/** The free-text "Other" option of a choice question, as recorded in an answer. */
export interface OtherPick {
  other: string;
}

/** One pick of a choice question: a choice id, or the "Other" text. */
export type ChoicePick = string | OtherPick;

/**
 * An answer as recorded: a score (`nps`, `csat`, `ces`, `rating`), a text (`text` and follow-ups),
 * a pick (`single`) or a list of picks (`multiple`).
 */
export type AnswerValue = number | string | OtherPick | ChoicePick[];

/** A JSON value, for the response's free-form `context`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A customer's response, complete or partial. Plain JSON: store it, send it, and pass it back to
 * `createSurveyRun(survey, { resume })` to continue where the customer was.
 */
export interface SurveyResponse {
  /** Unique per response; use it as the idempotency key when sending. */
  id: string;
  surveyId: string;
  surveyVersion: number;
  /** By question or follow-up id; `null` means skipped. Only steps on `path` have entries. */
  answers: Record<string, AnswerValue | null>;
  /**
   * The question and follow-up ids visited, in order; while the run is not done the last one is
   * the current step. This is the branch path a resumed run continues from.
   */
  path: string[];
  /** ISO 8601. */
  startedAt: string;
  /** ISO 8601, set when the last step is answered. */
  completedAt?: string;
  /** The locale asked for when the run started. */
  locale: string;
  /** Whatever the caller attached (page, journey stage, order id…). */
  context: { [key: string]: JsonValue };
}

/** Whether `value` is the "Other" pick. */
export function isOtherPick(value: unknown): value is OtherPick {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as OtherPick).other === 'string';
}
