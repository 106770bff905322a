// GET /v1/report: NPS, CSAT and CES of one survey (scored by @pulso/core, one score per response),
// a series grouped by day, week, month or journey stage, and the chat figures.
import {
  ces,
  chatEventTypes,
  csat,
  deflectionRate,
  firstResponseTime,
  isChatEvent,
  nps,
  resolutionRate,
} from '@pulso/core';
import type { AnswerRow, Storage } from './storage/storage';
import type { CatalogQuestion, CatalogSurvey, SurveyCatalog } from './survey-catalog';

export type GroupBy = 'day' | 'week' | 'month' | 'journeyStage';

export interface ReportQuery {
  survey: CatalogSurvey;
  from?: number;
  to?: number;
  by: GroupBy;
}

const groupings: GroupBy[] = ['day', 'week', 'month', 'journeyStage'];

/** Reads `survey`, `from`, `to` (ISO date/time or ms) and `by` from the query string. */
export function parseReportQuery(
  params: URLSearchParams,
  surveys: SurveyCatalog,
): { ok: true; value: ReportQuery } | { ok: false; error: string } {
  const id = params.get('survey');
  if (!id) return { ok: false, error: `survey: required (one of ${[...surveys.keys()].join(', ') || 'no surveys configured'})` };
  const survey = surveys.get(id);
  if (!survey) return { ok: false, error: `survey: unknown survey "${id}"` };
  const by = (params.get('by') ?? 'day') as GroupBy;
  if (!groupings.includes(by)) return { ok: false, error: `by: must be one of ${groupings.join(', ')}, got "${by}"` };
  const from = instant(params.get('from'), 'start');
  const to = instant(params.get('to'), 'end');
  if (from === null) return { ok: false, error: `from: not a date or time: "${params.get('from')}"` };
  if (to === null) return { ok: false, error: `to: not a date or time: "${params.get('to')}"` };
  if (from !== undefined && to !== undefined && from > to) return { ok: false, error: 'from: must not be after to' };
  return { ok: true, value: { survey, from, to, by } };
}

// A bare date means the whole day (UTC): `to=2026-11-25` includes that day's evening.
function instant(text: string | null, edge: 'start' | 'end'): number | undefined | null {
  if (text === null || text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const day = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(day) ? null : edge === 'start' ? day : day + 86_400_000 - 1;
  }
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : time;
}

/** Builds the report from stored answers and chat events. */
export async function buildReport(storage: Storage, query: ReportQuery) {
  const window = { from: query.from, to: query.to };
  const [answers, chatRows] = await Promise.all([
    storage.answers(query.survey.id, window),
    storage.events(chatEventTypes, window),
  ]);
  const chatEvents = chatRows.map((row) => row.payload).filter(isChatEvent);
  const groups = new Map<string, AnswerRow[]>();
  for (const row of answers) {
    const key = groupKey(row, query.by);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return {
    survey: query.survey.id,
    from: query.from === undefined ? null : new Date(query.from).toISOString(),
    to: query.to === undefined ? null : new Date(query.to).toISOString(),
    by: query.by,
    responses: new Set(answers.map((row) => row.responseId)).size,
    ...scores(query.survey, answers),
    series: [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, rows]) => ({ key, responses: new Set(rows.map((row) => row.responseId)).size, ...scores(query.survey, rows) })),
    chat: {
      conversations: deflectionRate(chatEvents).n,
      deflectionRate: deflectionRate(chatEvents),
      resolutionRate: resolutionRate(chatEvents),
      firstResponseTime: firstResponseTime(chatEvents),
      handoffs: new Set(chatEvents.filter((event) => event.type === 'chat.handoff').map((event) => event.conversationId)).size,
    },
  };
}

/** NPS, CSAT and CES over the answers to the survey's first question of each kind. */
function scores(survey: CatalogSurvey, rows: AnswerRow[]) {
  const question = (kind: CatalogQuestion['kind']) => [...survey.questions.values()].find((q) => q.kind === kind);
  // One row per response and question (the store keeps only the latest), so each response counts once.
  const valuesOf = (q: CatalogQuestion | undefined) =>
    q ? rows.filter((row) => row.questionId === q.id && typeof row.value === 'number').map((row) => row.value as number) : [];
  const distribution = (q: CatalogQuestion, values: number[]) =>
    Array.from({ length: q.max - q.min + 1 }, (_, i) => values.filter((value) => value === q.min + i).length);

  const npsQ = question('nps');
  const csatQ = question('csat');
  const cesQ = question('ces');
  const npsValues = valuesOf(npsQ);
  const csatValues = valuesOf(csatQ);
  const cesValues = valuesOf(cesQ);
  return {
    nps: npsQ ? { question: npsQ.id, ...nps(npsValues), distribution: distribution(npsQ, npsValues) } : null,
    csat: csatQ
      ? { question: csatQ.id, ...csat(csatValues, { scale: csatQ.max }), distribution: distribution(csatQ, csatValues) }
      : null,
    ces: cesQ ? { question: cesQ.id, ...ces(cesValues, { scale: cesQ.max }), distribution: distribution(cesQ, cesValues) } : null,
  };
}

function groupKey(row: AnswerRow, by: GroupBy): string {
  if (by === 'journeyStage') return row.journeyStage ?? 'unknown';
  const date = new Date(row.at);
  if (by === 'month') return date.toISOString().slice(0, 7);
  if (by === 'week') {
    // ISO weeks start on Monday; the key is that Monday's date (UTC).
    const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    return monday.toISOString().slice(0, 10);
  }
  return date.toISOString().slice(0, 10);
}
