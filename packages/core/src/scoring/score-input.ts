/**
 * The scores of one response, as `aggregate` reads them. Build it with `scoreInputFrom` from a
 * survey definition and a run's response, or directly from stored events.
 */
export interface ScoreInput {
  surveyId: string;
  /** When the response was given: ms since the epoch, an ISO 8601 string (UTC when it has no offset) or a Date. */
  timestamp: number | string | Date;
  journeyStage?: string;
  /** 0–10. */
  nps?: number;
  /** 1–`scale` (5 unless the survey says otherwise). */
  csat?: { score: number; scale: number };
  ces?: { score: number; scale: 5 | 7 };
}

/** The parts of a survey definition `scoreInputFrom` reads. */
export interface ScorableSurvey {
  id: string;
  journeyStage?: string;
  questions: readonly { id: string; kind: string; scale?: unknown }[];
}

/** The parts of a survey run's response `scoreInputFrom` reads. */
export interface ScorableResponse {
  surveyId?: string;
  answers: { readonly [questionId: string]: unknown };
  startedAt?: number | string;
  completedAt?: number | string;
  context?: { journeyStage?: unknown };
}

/**
 * The scores in one response: the answer to the first answered `nps`, `csat` and `ces` question
 * of the survey (CSAT is 1–5, CES uses the question's scale), timed at completion (or start, for a
 * partial response), with the survey's journey stage (or the one in the response context).
 * Throws when the response belongs to another survey or has no time.
 */
export function scoreInputFrom(survey: ScorableSurvey, response: ScorableResponse): ScoreInput {
  if (response.surveyId !== undefined && response.surveyId !== survey.id) {
    throw new Error(`scoreInputFrom: the response is for survey "${response.surveyId}", not "${survey.id}"`);
  }
  const timestamp = response.completedAt ?? response.startedAt;
  if (timestamp === undefined) throw new Error(`scoreInputFrom: the response to "${survey.id}" has neither completedAt nor startedAt`);
  const input: ScoreInput = { surveyId: survey.id, timestamp };
  const stage = survey.journeyStage ?? response.context?.journeyStage;
  if (typeof stage === 'string') input.journeyStage = stage;
  for (const question of survey.questions) {
    const value = response.answers[question.id];
    if (typeof value !== 'number') continue;
    if (question.kind === 'nps' && input.nps === undefined) input.nps = value;
    if (question.kind === 'csat' && input.csat === undefined) input.csat = { score: value, scale: 5 };
    if (question.kind === 'ces' && input.ces === undefined) input.ces = { score: value, scale: question.scale === 5 ? 5 : 7 };
  }
  return input;
}
