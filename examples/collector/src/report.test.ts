import { expect, it, onTestFinished } from 'vitest';
import { ces } from '@pulso/core';
import { ingest } from './ingest';
import { buildReport, parseReportQuery } from './report';
import { openSqliteStorage } from './storage/sqlite-storage';
import { surveyCatalog } from './survey-catalog';

const definition = (scale: 5 | 7) => ({
  id: 'effort',
  version: scale === 7 ? 1 : 2,
  name: 'Effort',
  questions: [{ id: 'easy', kind: 'ces', title: 'Foi fácil?', scale }],
});

it('leaves out answers that no longer fit a changed definition instead of failing', async () => {
  const storage = await openSqliteStorage(':memory:');
  const before = surveyCatalog([{ name: 'v1', content: definition(7) }]);
  const after = surveyCatalog([{ name: 'v2', content: definition(5) }]);
  const item = (id: string, value: number) => ({
    id,
    createdAt: 1_000,
    payload: { type: 'survey.answered', responseId: id, surveyId: 'effort', surveyVersion: 1, questionId: 'easy', value, at: 1_000 },
  });
  await ingest([item('a', 7), item('b', 2), item('c', 5)], { storage, surveys: before });
  const query = parseReportQuery(new URLSearchParams('survey=effort&by=month'), after);
  if (!query.ok) throw new Error(query.error);
  const report = await buildReport(storage, query.value);
  expect(report.responses).toBe(3);
  expect(report.ces).toEqual(ces([2, 5], { scale: 5 }));
  expect(report.series[0]!.ces).toEqual(ces([2, 5], { scale: 5 }));
  await storage.close();
});

it.each([
  ['from', 'banana 12'],
  ['from', '2026-02-30'],
  ['to', '2026-11-31T10:00:00Z'],
  ['to', '99999999999999999999'],
  ['from', '2026-11-25 10:00'],
])('refuses %s=%s naming the parameter, instead of reading some other time', (name, value) => {
  const catalog = surveyCatalog([{ name: 'v1', content: definition(7) }]);
  const query = parseReportQuery(new URLSearchParams({ survey: 'effort', [name]: value }), catalog);
  expect(query).toEqual({ ok: false, status: 400, error: `${name}: not a date or time: "${value}"` });
});

it('tells a malformed parameter (400) from an unknown survey (404), whatever the order', () => {
  const catalog = surveyCatalog([{ name: 'v1', content: definition(7) }]);
  const parse = (query: string) => parseReportQuery(new URLSearchParams(query), catalog);
  expect(parse('survey=gone&by=hour')).toMatchObject({ ok: false, status: 400, error: 'by: must be one of day, week, month, journeyStage, got "hour"' });
  expect(parse('survey=gone&from=2026-02-30')).toMatchObject({ ok: false, status: 400 });
  expect(parse('survey=gone&from=2026-11-01')).toEqual({
    ok: false,
    status: 404,
    error: 'survey: unknown survey "gone" (known: effort)',
    survey: 'gone',
    known: ['effort'],
  });
  expect(parseReportQuery(new URLSearchParams('survey=gone'), surveyCatalog([]))).toMatchObject({
    status: 404,
    error: 'survey: unknown survey "gone" (known: no surveys configured)',
    known: [],
  });
  expect(parse('')).toEqual({ ok: false, status: 400, error: 'survey: required (one of effort)' });
});

it('reads a time without an offset as UTC, whatever the server time zone', () => {
  // Node reads TZ again when it changes: this runs as on a server in Brazil.
  const zone = process.env.TZ;
  process.env.TZ = 'America/Sao_Paulo';
  onTestFinished(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  const catalog = surveyCatalog([{ name: 'v1', content: definition(7) }]);
  const query = parseReportQuery(new URLSearchParams('survey=effort&from=2026-11-25T10:00&to=2026-11-25T12:30:15.5'), catalog);
  if (!query.ok) throw new Error(query.error);
  expect([query.value.from, query.value.to]).toEqual([Date.parse('2026-11-25T10:00:00Z'), Date.parse('2026-11-25T12:30:15.5Z')]);
  const offset = parseReportQuery(new URLSearchParams('survey=effort&from=2026-11-25T10:00:00-03:00'), catalog);
  expect(offset.ok && offset.value.from).toBe(Date.parse('2026-11-25T13:00:00Z'));
});
