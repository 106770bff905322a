import fc from 'fast-check';
import { expect, test } from 'vitest';
import { csat, csatThreshold } from './score-csat';

test('on the default 5-point scale 4 and 5 are satisfied', () => {
  expect(csat([5, 4, 3, 2])).toMatchObject({ n: 4, scale: 5, satisfied: 2, threshold: 4, score: 50 });
  expect(csat([1, 2, 3]).score).toBe(0);
});

test('other scales count the top quarter of the range as satisfied', () => {
  expect(csatThreshold(5)).toBe(4);
  expect(csatThreshold(7)).toBe(6);
  expect(csatThreshold(3)).toBe(3);
  expect(csatThreshold(10)).toBe(8);
  expect(csatThreshold(2)).toBe(2);
  expect(csat([7, 6, 5, 1], { scale: 7 })).toMatchObject({ satisfied: 2, score: 50 });
  expect(csat([10, 8, 7], { scale: 10 })).toMatchObject({ satisfied: 2 });
  expect(() => csat([1], { scale: 1 })).toThrow('csat: scale must be an integer from 2 to 100');
  expect(() => csat([1], { scale: 4.5 })).toThrow('csat: scale must be an integer');
});

test('the interval is the Wilson score interval', () => {
  // 8 of 10: the textbook Wilson 95% interval is 49.0% – 94.3%.
  const result = csat([5, 5, 5, 5, 4, 4, 4, 4, 1, 2]);
  expect(result.score).toBe(80);
  expect(result.low).toBeCloseTo(49.02, 1);
  expect(result.high).toBeCloseTo(94.33, 1);
  expect(result.marginOfError).toBeCloseTo((result.high - result.low) / 2, 9);
});

test('the interval stays inside 0–100 at the extremes', () => {
  const all = csat([5, 5, 5]);
  expect(all.high).toBe(100);
  expect(all.low).toBeGreaterThan(0);
  const none = csat([1, 1, 1]);
  expect(none.low).toBe(0);
  expect(none.high).toBeLessThan(100);
});

test('no answers gives n 0 and zeros, never NaN', () => {
  expect(csat([])).toEqual({ n: 0, scale: 5, satisfied: 0, threshold: 4, score: 0, low: 0, high: 0, marginOfError: 0 });
});

test('scores off the scale are a clear error', () => {
  expect(() => csat([0])).toThrow('csat: scores[0] is 0, expected an integer from 1 to 5');
  expect(() => csat([6, 5], { scale: 7 })).not.toThrow();
  expect(() => csat([3, 3.5])).toThrow('csat: scores[1] is 3.5');
});

test('property: score and interval stay in [0, 100], ordered, with no NaN, in any order', () => {
  const scale = fc.integer({ min: 2, max: 11 });
  fc.assert(
    fc.property(
      scale.chain((k) => fc.tuple(fc.constant(k), fc.array(fc.integer({ min: 1, max: k }), { maxLength: 200 }))),
      ([k, scores]) => {
        const result = csat(scores, { scale: k });
        for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true);
        expect(result.low).toBeGreaterThanOrEqual(0);
        expect(result.high).toBeLessThanOrEqual(100);
        if (result.n > 0) {
          expect(result.low).toBeLessThanOrEqual(result.score + 1e-9);
          expect(result.high).toBeGreaterThanOrEqual(result.score - 1e-9);
        }
        expect(csat([...scores].reverse(), { scale: k })).toEqual(result);
      },
    ),
  );
});

test('property: adding a satisfied answer never lowers the score', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 5 })), fc.integer({ min: 4, max: 5 }), (scores, happy) => {
      expect(csat([...scores, happy]).score).toBeGreaterThanOrEqual(csat(scores).score);
    }),
  );
});
