import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ces } from './score-ces';

test('mean, easy share and distribution on the 7-point scale', () => {
  const result = ces([7, 6, 2]);
  expect(result).toMatchObject({ n: 3, scale: 7, mean: 5, easy: 2, distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0, 6: 1, 7: 1 } });
  expect(result.easyPercent).toBeCloseTo(66.667, 3);
});

test('easy is 5 or more on 7 points and 4 or more on 5 points', () => {
  expect(ces([5, 4]).easy).toBe(1);
  expect(ces([4, 3], { scale: 5 }).easy).toBe(1);
  expect(ces([5, 4, 3], { scale: 5 }).distribution).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 });
});

test('the interval uses Student t with the sample standard deviation', () => {
  // 10 answers, mean 5.5, sample sd √(22.5/9) = 1.5811; t(9) = 2.262.
  const scores = [7, 7, 6, 6, 6, 5, 5, 5, 4, 4];
  const squares = scores.reduce((sum, s) => sum + (s - 5.5) ** 2, 0);
  const result = ces(scores);
  expect(result.mean).toBe(5.5);
  expect(result.marginOfError).toBeCloseTo(2.262 * Math.sqrt(squares / 9 / 10), 6);
  expect(result.low).toBeCloseTo(5.5 - result.marginOfError, 9);
  expect(result.high).toBeCloseTo(5.5 + result.marginOfError, 9);
});

test('the interval is clipped to the scale, and one answer spans the whole scale', () => {
  const few = ces([7, 6, 2]);
  expect(few.low).toBe(1);
  expect(few.high).toBe(7);
  expect(ces([4], { scale: 5 })).toMatchObject({ mean: 4, low: 1, high: 5 });
  const many = ces(Array(40).fill(6));
  expect(many).toMatchObject({ marginOfError: 0, low: 6, high: 6 });
});

test('no answers gives n 0 and zeros, never NaN', () => {
  expect(ces([], { scale: 5 })).toEqual({ n: 0, scale: 5, mean: 0, marginOfError: 0, low: 0, high: 0, easy: 0, easyPercent: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
});

test('bad scores and scales are a clear error', () => {
  expect(() => ces([6], { scale: 5 })).toThrow('ces: scores[0] is 6, expected an integer from 1 to 5');
  expect(() => ces([0])).toThrow('ces: scores[0] is 0');
  expect(() => ces([2], { scale: 10 as 7 })).toThrow('ces: scale must be 7 or 5, got 10');
});

test('property: mean and interval stay on the scale with no NaN, in any order', () => {
  fc.assert(
    fc.property(
      fc.constantFrom<5 | 7>(5, 7).chain((scale) => fc.tuple(fc.constant(scale), fc.array(fc.integer({ min: 1, max: scale }), { minLength: 1, maxLength: 200 }))),
      ([scale, scores]) => {
        const result = ces(scores, { scale });
        expect(result.mean).toBeGreaterThanOrEqual(1);
        expect(result.mean).toBeLessThanOrEqual(scale);
        expect(result.low).toBeGreaterThanOrEqual(1);
        expect(result.high).toBeLessThanOrEqual(scale);
        expect(result.low).toBeLessThanOrEqual(result.mean + 1e-9);
        expect(result.high).toBeGreaterThanOrEqual(result.mean - 1e-9);
        expect(Number.isFinite(result.marginOfError)).toBe(true);
        expect(result.easyPercent).toBeGreaterThanOrEqual(0);
        expect(result.easyPercent).toBeLessThanOrEqual(100);
        const reversed = ces([...scores].reverse(), { scale });
        expect(reversed.distribution).toEqual(result.distribution);
        expect(reversed.mean).toBeCloseTo(result.mean, 12);
      },
    ),
  );
});
