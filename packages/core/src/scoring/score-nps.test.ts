import fc from 'fast-check';
import { expect, test } from 'vitest';
import { nps } from './score-nps';

test('promoters, passives and detractors are counted by the standard bands', () => {
  const result = nps([0, 6, 7, 8, 9, 10]);
  expect(result).toMatchObject({ n: 6, promoters: 2, passives: 2, detractors: 2, score: 0 });
  expect(result.promotersPercent).toBeCloseTo(33.333, 3);
});

test('the score is percent promoters minus percent detractors', () => {
  expect(nps([10, 9, 8, 3]).score).toBe(25);
  expect(nps([10, 10]).score).toBe(100);
  expect(nps([0, 5, 6]).score).toBe(-100);
});

test('the interval is the adjusted Wald one: n + 3 answers, with ¾ of a promoter and ¾ of a detractor added', () => {
  // 50 promoters, 30 passives, 20 detractors: shares 50.75/103 and 20.75/103, variance
  // (p + d) − (p − d)², standard error √(variance / 103).
  const scores = [...Array(50).fill(10), ...Array(30).fill(7), ...Array(20).fill(2)];
  const result = nps(scores);
  expect(result.score).toBe(30);
  const p = 50.75 / 103;
  const d = 20.75 / 103;
  const half = 1.959963984540054 * Math.sqrt((p + d - (p - d) ** 2) / 103) * 100;
  expect(result.low).toBeCloseTo((p - d) * 100 - half, 6);
  expect(result.high).toBeCloseTo((p - d) * 100 + half, 6);
  expect(result.low).toBeCloseTo(14.05, 2);
  expect(result.high).toBeCloseTo(44.2, 2);
  expect(result.marginOfError).toBeCloseTo(15.08, 2);
});

test('the interval is clipped to [−100, 100]', () => {
  const result = nps(Array(10).fill(10));
  expect(result.high).toBe(100);
  expect(result.low).toBeCloseTo(47.5, 1);
  expect(result.marginOfError).toBeCloseTo((100 - result.low) / 2, 6);
});

test('unanimous answers still have an interval: three promoters do not prove an NPS of 100', () => {
  const result = nps([9, 10, 9]);
  expect(result).toMatchObject({ score: 100, high: 100 });
  expect(result.low).toBeCloseTo(-6.58, 2);
  expect(result.marginOfError).toBeGreaterThan(50);
});

test('the interval always holds the score, even for a single answer', () => {
  expect(nps([10])).toMatchObject({ score: 100, high: 100 });
  expect(nps([0])).toMatchObject({ score: -100, low: -100 });
});

test('no answers gives n 0 and zeros, never NaN', () => {
  const result = nps([]);
  expect(result.n).toBe(0);
  for (const value of Object.values(result)) expect(value).toBe(0);
});

test('scores off the 0–10 integer scale are a clear error', () => {
  expect(() => nps([5, 11])).toThrow('nps: scores[1] is 11, expected an integer from 0 to 10');
  expect(() => nps([7.5])).toThrow('nps: scores[0] is 7.5, expected an integer from 0 to 10');
  expect(() => nps([-1])).toThrow(RangeError);
  expect(() => nps([Number.NaN])).toThrow('scores[0] is null');
  expect(() => nps(['9' as unknown as number])).toThrow('scores[0] is "9"');
});

const npsScores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 300 });

test('property: the score and interval stay in [−100, 100] with no NaN', () => {
  fc.assert(
    fc.property(npsScores, (scores) => {
      const result = nps(scores);
      for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true);
      expect(result.score).toBeGreaterThanOrEqual(-100);
      expect(result.score).toBeLessThanOrEqual(100);
      expect(result.low).toBeLessThanOrEqual(result.score);
      expect(result.high).toBeGreaterThanOrEqual(result.score);
      expect(result.low).toBeGreaterThanOrEqual(-100);
      expect(result.high).toBeLessThanOrEqual(100);
      expect(result.promoters + result.passives + result.detractors).toBe(scores.length);
    }),
  );
});

test('property: adding a promoter never lowers the score', () => {
  fc.assert(
    fc.property(npsScores, fc.integer({ min: 9, max: 10 }), (scores, promoter) => {
      expect(nps([...scores, promoter]).score).toBeGreaterThanOrEqual(nps(scores).score - 1e-9);
    }),
  );
});

test('property: adding a detractor never raises the score', () => {
  fc.assert(
    fc.property(npsScores, fc.integer({ min: 0, max: 6 }), (scores, detractor) => {
      expect(nps([...scores, detractor]).score).toBeLessThanOrEqual(nps(scores).score + 1e-9);
    }),
  );
});

test('property: the order of the answers changes nothing', () => {
  fc.assert(
    fc.property(npsScores.chain((scores) => fc.tuple(fc.constant(scores), fc.shuffledSubarray(scores, { minLength: scores.length, maxLength: scores.length }))), ([scores, shuffled]) => {
      expect(nps(shuffled)).toEqual(nps(scores));
    }),
  );
});
