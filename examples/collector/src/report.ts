// GET /v1/report: NPS, CSAT and CES of one survey (scored by @pulso/core, one score per response),
// a series grouped by day, week, month or journey stage, and the chat figures.
import {
  aggregate,
  ces,
  chatEventTypes,
  csat,
  deflectionRate,
  firstResponseTime,
  isChatEvent,
  nps,
  resolutionRate,
  type ScoreInput,
} from '@pulso/core';
import type { AnswerRow, Storage } from './storage/storage';
import { latestTime } from './wire';
import type { CatalogQuestion, CatalogSurvey, QuestionKind, SurveyCatalog } from './survey-catalog';

export type GroupBy = 'day' | 'week' | 'month' | 'journeyStage';

export interface ReportQuery {
  survey: CatalogSurvey;
  from?: number;
  to?: number;
  by: GroupBy;
}

const groupings: GroupBy[] = ['day', 'week', 'month', 'journeyStage'];

/**
 * Why a report query cannot be answered: a malformed parameter (400), or a well-formed survey id
 * this collector does not know (404, with the ids it knows).
 */
export type ReportQueryError =
  | { ok: false; status: 400; error: string }
  | { ok: false; status: 404; error: string; survey: string; known: string[] };

/** Reads `survey`, `from`, `to` (ISO date/time or ms) and `by` from the query string. */
export function parseReportQuery(
  params: URLSearchParams,
  surveys: SurveyCatalog,
): { ok: true; value: ReportQuery } | ReportQueryError {
  const bad = (error: string) => ({ ok: false, status: 400, error }) as const;
  const known = [...surveys.keys()];
  const listed = known.length > 0 ? known.join(', ') : 'no surveys configured';
  const id = params.get('survey');
  if (!id) return bad(`survey: required (one of ${listed})`);
  const by = (params.get('by') ?? 'day') as GroupBy;
  if (!groupings.includes(by)) return bad(`by: must be one of ${groupings.join(', ')}, got "${by}"`);
  const from = instant(params.get('from'), 'start');
  const to = instant(params.get('to'), 'end');
  if (from === null) return bad(`from: not a date or time: "${params.get('from')}"`);
  if (to === null) return bad(`to: not a date or time: "${params.get('to')}"`);
  if (from !== undefined && to !== undefined && from > to) return bad('from: must not be after to');
  // Checked last: a malformed query is a 400 whatever the survey; a well-formed one asking for a
  // survey that is not here is a missing resource.
  const survey = surveys.get(id);
  if (!survey) return { ok: false, status: 404, error: `survey: unknown survey "${id}" (known: ${listed})`, survey: id, known };
  return { ok: true, value: { survey, from, to, by } };
}

// Periods are UTC (as in @pulso/core's `aggregate`). A bare date means the whole day (UTC): `to=2026-11-25` includes that day's evening.
// Only ISO 8601 is read, and a time without an offset is UTC too: `Date.parse` alone would take
// "banana 12" as December 2001, roll 2026-02-30 over to March and read offset-less times in the
// server's own zone.
const isoTime = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

function instant(text: string | null, edge: 'start' | 'end'): number | undefined | null {
  if (text === null || text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) <= latestTime ? Number(text) : null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const day = realDay(text);
    return day === null ? null : edge === 'start' ? day : day + 86_400_000 - 1;
  }
  const match = isoTime.exec(text);
  if (!match || realDay(match[1]!) === null) return null;
  const time = Date.parse(match[4] ? text : `${text}Z`);
  return Number.isNaN(time) ? null : time;
}

/** Midnight UTC of `YYYY-MM-DD`, or null when that day does not exist. */
function realDay(date: string): number | null {
  const day = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== date ? null : day;
}

/** Builds the report from stored answers and chat events. */
export async function buildReport(storage: Storage, query: ReportQuery) {
  const window = { from: query.from, to: query.to };
  const [answers, chatRows, lifecycle] = await Promise.all([
    storage.answers(query.survey.id, window),
    storage.events(chatEventTypes, window),
    storage.events(['survey.shown', 'survey.completed', 'survey.dismissed'], window),
  ]);
  // Distinct responses per lifecycle step: a resumed survey is one response, shown once.
  const funnel = { shown: new Set<string>(), completed: new Set<string>(), dismissed: new Set<string>() };
  for (const event of lifecycle) {
    const payload = event.payload as { surveyId?: string; responseId?: string };
    if (payload.surveyId !== query.survey.id || !payload.responseId) continue;
    funnel[event.type.slice('survey.'.length) as keyof typeof funnel].add(payload.responseId);
  }
  const chatEvents = chatRows.map((row) => row.payload).filter(isChatEvent);
  const responses = scoreInputs(query.survey, answers);
  const npsScores = responses.flatMap((input) => (input.nps === undefined ? [] : [input.nps]));
  const csatScores = responses.flatMap((input) => (input.csat === undefined ? [] : [input.csat.score]));
  const cesScores = responses.flatMap((input) => (input.ces === undefined ? [] : [input.ces.score]));
  const kinds = new Set([...query.survey.questions.values()].map((question) => question.kind));
  const cesScale = ([...query.survey.questions.values()].find((question) => question.kind === 'ces')?.max ?? 7) as 5 | 7;
  const deflection = deflectionRate(chatEvents);
  return {
    survey: query.survey.id,
    from: query.from === undefined ? null : new Date(query.from).toISOString(),
    to: query.to === undefined ? null : new Date(query.to).toISOString(),
    by: query.by,
    responses: responses.length,
    funnel: { shown: funnel.shown.size, completed: funnel.completed.size, dismissed: funnel.dismissed.size },
    nps: kinds.has('nps') ? { ...nps(npsScores), distribution: countScores(npsScores, 0, 10) } : null,
    csat: kinds.has('csat') ? { ...csat(csatScores, { scale: 5 }), distribution: countScores(csatScores, 1, 5) } : null,
    ces: kinds.has('ces') ? ces(cesScores, { scale: cesScale }) : null,
    comments: comments(query.survey, answers),
    series: aggregate(responses, { by: query.by }).map((group) => ({
      key: group.key,
      responses: group.responses,
      nps: group.nps,
      csat: group.csat[0] ?? null,
      ces: group.ces[0] ?? null,
    })),
    chat: {
      conversations: deflection.n,
      handoffs: new Set(chatEvents.filter((event) => event.type === 'chat.handoff').map((event) => event.conversationId)).size,
      deflectionRate: deflection,
      resolutionRate: resolutionRate(chatEvents),
      firstResponseTime: firstResponseTime(chatEvents),
    },
  };
}

/**
 * One score input per response: the store keeps one answer per response and question, and the
 * first NPS, CSAT and CES question of the survey is the one scored, so each response counts once.
 * A response is timed by its latest answer.
 */
function scoreInputs(survey: CatalogSurvey, answers: AnswerRow[]): ScoreInput[] {
  const first = (kind: QuestionKind) => [...survey.questions.values()].find((question) => question.kind === kind);
  const npsQ = first('nps');
  const csatQ = first('csat');
  const cesQ = first('ces');
  const byResponse = new Map<string, ScoreInput>();
  for (const row of answers) {
    let input = byResponse.get(row.responseId);
    if (!input) byResponse.set(row.responseId, (input = { surveyId: survey.id, timestamp: row.at }));
    if (row.at > (input.timestamp as number)) input.timestamp = row.at;
    if (row.journeyStage) input.journeyStage = row.journeyStage;
    if (typeof row.value !== 'number') continue;
    // An answer stored under an older definition may no longer fit (a CES scale cut from 7 to 5):
    // leave it out rather than fail the whole report.
    const fits = (q: CatalogQuestion) => Number.isInteger(row.value) && (row.value as number) >= q.min && (row.value as number) <= q.max;
    if (npsQ && row.questionId === npsQ.id && fits(npsQ)) input.nps = row.value;
    if (csatQ && row.questionId === csatQ.id && fits(csatQ)) input.csat = { score: row.value, scale: 5 };
    if (cesQ && row.questionId === cesQ.id && fits(cesQ)) input.ces = { score: row.value, scale: cesQ.max as 5 | 7 };
  }
  return [...byResponse.values()];
}

/**
 * The latest free-text answers (newest first, at most `limit`), each with the NPS its response
 * gave, so a detractor's "what went wrong" reads next to its score.
 */
function comments(survey: CatalogSurvey, answers: AnswerRow[], limit = 20) {
  const textIds = new Set([...survey.questions.values()].filter((question) => question.kind === 'text').map((question) => question.id));
  const npsId = [...survey.questions.values()].find((question) => question.kind === 'nps')?.id;
  const scoreOf = new Map(answers.filter((row) => row.questionId === npsId).map((row) => [row.responseId, row.value]));
  return answers
    .filter((row) => textIds.has(row.questionId) && typeof row.value === 'string' && row.value.trim() !== '')
    .sort((a, b) => b.at - a.at)
    .slice(0, limit)
    .map((row) => ({
      at: new Date(row.at).toISOString(),
      questionId: row.questionId,
      text: row.value as string,
      nps: typeof scoreOf.get(row.responseId) === 'number' ? (scoreOf.get(row.responseId) as number) : null,
      locale: row.locale,
    }));
}

/** How many answers gave each score from `min` to `max` (index 0 is `min`). */
function countScores(scores: number[], min: number, max: number): number[] {
  const counts = Array.from({ length: max - min + 1 }, () => 0);
  for (const score of scores) counts[score - min]! += 1;
  return counts;
}
