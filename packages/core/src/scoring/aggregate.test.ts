import fc from 'fast-check';
import { expect, test } from 'vitest';
import { aggregate } from './aggregate';
import { isoWeek, utcDay, utcMonth } from './iso-period';
import { ces } from './score-ces';
import { csat } from './score-csat';
import { nps } from './score-nps';
import { scoreInputFrom, type ScoreInput } from './score-input';

const inputs: ScoreInput[] = [
  { surveyId: 'post-purchase', timestamp: '2026-03-09T08:00:00Z', journeyStage: 'purchase', nps: 10, csat: { score: 5, scale: 5 } },
  { surveyId: 'post-purchase', timestamp: Date.UTC(2026, 2, 9, 23, 59), journeyStage: 'purchase', nps: 3 },
  { surveyId: 'support', timestamp: new Date('2026-03-15T23:00:00Z'), ces: { score: 6, scale: 7 }, csat: { score: 2, scale: 5 } },
  { surveyId: 'support', timestamp: '2026-03-16T00:30:00Z', ces: { score: 4, scale: 5 } },
  { surveyId: 'post-purchase', timestamp: '2026-04-01T12:00:00Z', journeyStage: 'retention', nps: 9 },
];

test('grouping by survey scores each survey', () => {
  const groups = aggregate(inputs, { by: 'survey' });
  expect(groups.map((g) => g.key)).toEqual(['post-purchase', 'support']);
  expect(groups[0]).toMatchObject({ responses: 3, nps: nps([10, 3, 9]), csat: [csat([5])], ces: [] });
  expect(groups[1]!.nps.n).toBe(0);
  expect(groups[1]!.ces).toEqual([ces([4], { scale: 5 }), ces([6], { scale: 7 })]);
});

test('grouping by journey stage puts responses without one under none', () => {
  expect(aggregate(inputs, { by: 'journeyStage' }).map((g) => [g.key, g.responses])).toEqual([
    ['none', 2],
    ['purchase', 2],
    ['retention', 1],
  ]);
});

test('days, ISO weeks and months are in UTC', () => {
  expect(aggregate(inputs, { by: 'day' }).map((g) => [g.key, g.responses])).toEqual([
    ['2026-03-09', 2],
    ['2026-03-15', 1],
    ['2026-03-16', 1],
    ['2026-04-01', 1],
  ]);
  // 9 March 2026 is a Monday, 15 March a Sunday (same week), 16 March the next Monday.
  expect(aggregate(inputs, { by: 'week' }).map((g) => [g.key, g.responses])).toEqual([
    ['2026-W11', 3],
    ['2026-W12', 1],
    ['2026-W14', 1],
  ]);
  expect(aggregate(inputs, { by: 'month' }).map((g) => [g.key, g.nps.n])).toEqual([
    ['2026-03', 2],
    ['2026-04', 1],
  ]);
});

test('ISO weeks at year boundaries belong to the year of their Thursday', () => {
  expect(isoWeek(Date.UTC(2027, 0, 1))).toBe('2026-W53');
  expect(isoWeek(Date.UTC(2026, 0, 1))).toBe('2026-W01');
  expect(isoWeek(Date.UTC(2024, 11, 30))).toBe('2025-W01');
  expect(isoWeek(Date.UTC(2021, 0, 3))).toBe('2020-W53');
  // Years 0-99 are not 1900-1999 (Date.UTC's legacy reading), and every year has 4 digits so keys sort.
  const year50 = new Date(0).setUTCFullYear(50, 0, 4);
  expect([utcDay(year50), utcMonth(year50), isoWeek(year50)]).toEqual(['0050-01-04', '0050-01', '0050-W01']);
  expect(isoWeek(new Date(0).setUTCFullYear(999, 11, 31))).toBe('1000-W01');
  expect(isoWeek(new Date(0).setUTCFullYear(999, 11, 26))).toBe('0999-W52');
  expect(isoWeek(Date.UTC(2026, 2, 15, 23, 59))).toBe('2026-W11');
});

test('bad timestamps, scores and groupings name the response', () => {
  expect(() => aggregate([{ surveyId: 's', timestamp: 'yesterday' }], { by: 'day' })).toThrow('aggregate: responses[0].timestamp is not a valid time: "yesterday"');
  expect(() => aggregate([inputs[0]!, { surveyId: 's', timestamp: 0, nps: 12 }], { by: 'survey' })).toThrow('aggregate: responses[1].nps: scores[0] is 12');
  expect(() => aggregate([{ surveyId: 's', timestamp: 0, ces: { score: 2, scale: 6 as 7 } }], { by: 'survey' })).toThrow('aggregate: responses[0].ces.scale must be 7 or 5');
  expect(() => aggregate(inputs, { by: 'year' as 'day' })).toThrow('aggregate: by must be survey, journeyStage, day, week or month');
  expect(aggregate([], { by: 'week' })).toEqual([]);
});

test('a bad CSAT scale names the response, like every other bad input', () => {
  expect(() => aggregate([inputs[0]!, { surveyId: 's', timestamp: 0, csat: { score: 4, scale: 0 } }], { by: 'survey' })).toThrow(
    'aggregate: responses[1].csat: scale must be an integer from 2 to 100 (the number of points), got 0',
  );
});

test('a response, CSAT or CES that is not an object, and a NaN time, are named errors', () => {
  expect(() => aggregate([inputs[0]!, null as unknown as ScoreInput], { by: 'survey' })).toThrow(
    'aggregate: responses[1] must be an object with surveyId and timestamp, got null',
  );
  expect(() => aggregate([{ surveyId: 's', timestamp: 0, csat: null as unknown as ScoreInput['csat'] }], { by: 'survey' })).toThrow(
    'aggregate: responses[0].csat must be { score, scale }, got null',
  );
  expect(() => aggregate([{ surveyId: 's', timestamp: 0, ces: 5 as unknown as ScoreInput['ces'] }], { by: 'survey' })).toThrow(
    'aggregate: responses[0].ces must be { score, scale }, got 5',
  );
  expect(() => aggregate([{ surveyId: 's', timestamp: Number.NaN }], { by: 'day' })).toThrow('aggregate: responses[0].timestamp is not a valid time: NaN');
  expect(() => aggregate([], undefined as unknown as { by: 'day' })).toThrow('aggregate: by must be survey, journeyStage, day, week or month, got undefined');
});

test('a bad grouping or a list that is not one is an error even with nothing to group', () => {
  expect(() => aggregate([], { by: 'weekly' as 'week' })).toThrow('aggregate: by must be survey, journeyStage, day, week or month, got "weekly"');
  expect(() => aggregate(null as unknown as [], { by: 'week' })).toThrow('aggregate: responses must be an array of score inputs, got null');
});

test('a timestamp string is read as ISO 8601 only: no free-form dates, no rolled-over days', () => {
  const at = (timestamp: string) => () => aggregate([{ surveyId: 's', timestamp }], { by: 'day' });
  expect(at('banana 12')).toThrow('aggregate: responses[0].timestamp is not a valid time: "banana 12" (expected ISO 8601, like "2026-03-09T08:00:00Z")');
  expect(at('March 9, 2026')).toThrow('is not a valid time');
  expect(at('2026-02-30')).toThrow('is not a valid time: "2026-02-30"');
  expect(at('2026-03-09T24:30:00Z')).toThrow('is not a valid time');
  expect(at('2026-03-09T08:00:00+25:00')).toThrow('is not a valid time');
  const day = (timestamp: string) => aggregate([{ surveyId: 's', timestamp }], { by: 'day' })[0]!.key;
  expect(day('2026-03-09')).toBe('2026-03-09');
  expect(day('2026-03-09T23:59:59.999999Z')).toBe('2026-03-09');
  expect(day('2026-03-09T22:30:00-03:00')).toBe('2026-03-10');
  expect(day('2026-03-10T01:30+05:30')).toBe('2026-03-09');
});

test('a timestamp beyond what a Date can hold is refused, not grouped under NaN', () => {
  expect(() => aggregate([{ surveyId: 's', timestamp: 9e15 }], { by: 'day' })).toThrow('aggregate: responses[0].timestamp is not a valid time: 9000000000000000');
  expect(() => aggregate([{ surveyId: 's', timestamp: -9e15 }], { by: 'week' })).toThrow('is not a valid time');
  expect(aggregate([{ surveyId: 's', timestamp: 8.64e15 }], { by: 'month' })[0]!.key).toBe('275760-09');
});

test('a timestamp without an offset is UTC, whatever the zone of the machine', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'America/Sao_Paulo';
  try {
    const late = [{ surveyId: 's', timestamp: '2026-03-09T23:30:00' }, { surveyId: 's', timestamp: '2026-03-31T22:00' }];
    expect(aggregate(late, { by: 'day' }).map((group) => group.key)).toEqual(['2026-03-09', '2026-03-31']);
    expect(aggregate(late, { by: 'month' }).map((group) => group.key)).toEqual(['2026-03']);
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test('property: aggregating in any order gives the same groups as scoring each group directly', () => {
  const input = fc.record({
    surveyId: fc.constantFrom('a', 'b'),
    timestamp: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) }),
    nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  });
  fc.assert(
    fc.property(fc.array(input, { maxLength: 60 }), (list) => {
      const groups = aggregate(list, { by: 'survey' });
      expect(aggregate([...list].reverse(), { by: 'survey' })).toEqual(groups);
      for (const group of groups) {
        const scores = list.filter((r) => r.surveyId === group.key && r.nps !== undefined).map((r) => r.nps!);
        expect(group.nps).toEqual(nps(scores));
      }
    }),
  );
});

test('a run response becomes a score input from its survey definition', () => {
  const survey = {
    id: 'post-purchase',
    journeyStage: 'purchase',
    questions: [
      { id: 'why', kind: 'text' },
      { id: 'score', kind: 'nps' },
      { id: 'again', kind: 'nps' },
      { id: 'sat', kind: 'csat' },
      { id: 'effort', kind: 'ces', scale: 5 },
    ],
  };
  const response = { surveyId: 'post-purchase', answers: { why: 'fast', score: 9, again: 2, sat: 4, effort: 5 }, startedAt: '2026-03-09T08:00:00Z', completedAt: '2026-03-09T08:01:00Z' };
  expect(scoreInputFrom(survey, response)).toEqual({
    surveyId: 'post-purchase',
    timestamp: '2026-03-09T08:01:00Z',
    journeyStage: 'purchase',
    nps: 9,
    csat: { score: 4, scale: 5 },
    ces: { score: 5, scale: 5 },
  });
  const partial = scoreInputFrom({ ...survey, journeyStage: undefined }, { answers: { effort: 3 }, startedAt: 5, context: { journeyStage: 'retention' } });
  expect(partial).toEqual({ surveyId: 'post-purchase', timestamp: 5, journeyStage: 'retention', ces: { score: 3, scale: 5 } });
  expect(scoreInputFrom({ id: 's', questions: [{ id: 'e', kind: 'ces' }] }, { answers: { e: 7 }, startedAt: 1 }).ces).toEqual({ score: 7, scale: 7 });
  expect(() => scoreInputFrom(survey, { ...response, surveyId: 'other' })).toThrow('scoreInputFrom: the response is for survey "other", not "post-purchase"');
  expect(() => scoreInputFrom(survey, { answers: {} })).toThrow('has neither completedAt nor startedAt');
});
