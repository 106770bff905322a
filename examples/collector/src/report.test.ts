import { expect, it } from 'vitest';
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
