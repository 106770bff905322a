import { expect, test } from 'vitest';
import { emptyHistory, HISTORY_KEEP, recordCompleted, recordDismissed, recordShown, restoreHistory } from './survey-history';

const t0 = Date.UTC(2026, 0, 1);

test('recording a show stores the time and the global last show without changing the input', () => {
  const before = emptyHistory();
  const after = recordShown(before, 'nps', t0);
  expect(before).toEqual({ version: 1, surveys: {} });
  expect(after).toEqual({ version: 1, lastShownAt: t0, surveys: { nps: { shown: [t0], completed: [], dismissed: [] } } });
});

test('completions and dismissals are kept per survey and do not move the global last show', () => {
  let history = recordShown(emptyHistory(), 'nps', t0);
  history = recordCompleted(history, 'nps', new Date(t0 + 1000));
  history = recordDismissed(recordShown(history, 'csat', t0 + 2000), 'csat', t0 + 3000);
  expect(history.lastShownAt).toBe(t0 + 2000);
  expect(history.surveys.nps).toEqual({ shown: [t0], completed: [t0 + 1000], dismissed: [] });
  expect(history.surveys.csat).toEqual({ shown: [t0 + 2000], completed: [], dismissed: [t0 + 3000] });
});

test('each list keeps only its latest entries', () => {
  let history = emptyHistory();
  for (let i = 0; i < HISTORY_KEEP + 5; i++) history = recordShown(history, 'nps', t0 + i);
  expect(history.surveys.nps!.shown).toHaveLength(HISTORY_KEEP);
  expect(history.surveys.nps!.shown.at(-1)).toBe(t0 + HISTORY_KEEP + 4);
});

test('bad ids and times are rejected with a clear error', () => {
  expect(() => recordShown(emptyHistory(), '', t0)).toThrow('surveyId must be a non-empty string');
  expect(() => recordShown(emptyHistory(), 'nps', Number.NaN)).toThrow('now must be a finite timestamp');
  expect(() => recordShown(emptyHistory(), 'nps', new Date('nope'))).toThrow('now must be a finite timestamp');
});

test('a history survives JSON and unreadable stored values give an empty history', () => {
  const history = recordDismissed(recordShown(emptyHistory(), 'nps', t0), 'nps', t0 + 5);
  expect(restoreHistory(JSON.stringify(history))).toEqual(history);
  expect(restoreHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
  expect(restoreHistory('{not json')).toEqual(emptyHistory());
  expect(restoreHistory({ version: 2, surveys: {} })).toEqual(emptyHistory());
  expect(restoreHistory({ version: 1, surveys: { nps: { shown: ['yesterday'], completed: [], dismissed: [] } } })).toEqual(emptyHistory());
  expect(restoreHistory(null)).toEqual(emptyHistory());
});

test('restoring with `now` takes a time later than now (a clock moved back) as now; without it, times are kept', () => {
  const ahead = { version: 1, lastShownAt: t0 + 9, surveys: { nps: { shown: [t0 - 5, t0 + 9], completed: [], dismissed: [t0 + 7] } } };
  expect(restoreHistory(ahead, t0)).toEqual({ version: 1, lastShownAt: t0, surveys: { nps: { shown: [t0 - 5, t0], completed: [], dismissed: [t0] } } });
  expect(restoreHistory(ahead)).toEqual(ahead);
  expect(() => restoreHistory(ahead, Number.NaN)).toThrow('now must be a finite timestamp');
});
