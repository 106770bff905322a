import { afterEach, beforeEach, expect, it } from 'vitest';
import { nps } from '@pulso/core';
import { seedDemo } from './demo-seed';
import { demoSurveyFiles } from './pages';
import { buildReport } from './report';
import { loadSurveys } from './settings';
import { openSqliteStorage } from './storage/sqlite-storage';
import type { Storage } from './storage/storage';

const surveys = loadSurveys(demoSurveyFiles);
const now = Date.UTC(2026, 10, 25, 12);
let storage: Storage;
beforeEach(async () => {
  storage = await openSqliteStorage(':memory:');
});
afterEach(async () => {
  await storage.close();
});

const weekly = () => buildReport(storage, { survey: surveys.get('post-purchase-nps')!, by: 'week' });

it('seeds eight weeks of answers the demo survey accepts, the same every time', async () => {
  const { events } = await seedDemo(storage, surveys, { now });
  expect(events).toBeGreaterThan(600);
  const report = await weekly();
  expect(report.responses).toBe(160);
  expect(report.nps!.n).toBe(160);
  expect(report.series.length).toBeGreaterThanOrEqual(8);
  expect(report.chat.conversations).toBe(60);
  expect(report.chat.deflectionRate.rate).toBeGreaterThan(0.6);
  expect(report.chat.deflectionRate.rate).toBeLessThan(0.9);

  const again = await openSqliteStorage(':memory:');
  await seedDemo(again, surveys, { now });
  const scores = (await again.answers('post-purchase-nps')).filter((row) => row.questionId === 'score').map((row) => row.value as number);
  expect(nps(scores)).toEqual(JSON.parse(JSON.stringify(report.nps, (key, value) => (key === 'distribution' ? undefined : value))));
  await again.close();
});

it('makes the score climb, so a new answer lands on a trend', async () => {
  await seedDemo(storage, surveys, { now });
  const { series } = await weekly();
  const first = series.slice(0, 3).reduce((sum, week) => sum + week.nps.score, 0) / 3;
  const last = series.slice(-3).reduce((sum, week) => sum + week.nps.score, 0) / 3;
  expect(last).toBeGreaterThan(first);
});
