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

test('the interval uses Student t with the sample variance pooled with a prior variance worth one answer', () => {
  // 10 answers, mean 5.5, sum of squares 10.5; with the prior (variance 4 on 7 points, 1 degree of
  // freedom) the variance is (10.5 + 4) / 10 = 1.45, with t(10) = 2.228.
  const scores = [7, 7, 6, 6, 6, 5, 5, 5, 4, 4];
  const squares = scores.reduce((sum, s) => sum + (s - 5.5) ** 2, 0);
  expect(squares).toBe(10.5);
  const result = ces(scores);
  expect(result.mean).toBe(5.5);
  expect(result.marginOfError).toBeCloseTo(2.228 * Math.sqrt((squares + 4) / 10 / 10), 6);
  expect(result.low).toBeCloseTo(5.5 - result.marginOfError, 9);
  expect(result.high).toBeCloseTo(5.5 + result.marginOfError, 9);
});

test('the interval is clipped to the scale, and one answer spans the whole scale', () => {
  const few = ces([7, 6, 2]);
  expect(few.low).toBe(1);
  expect(few.high).toBe(7);
  expect(ces([4], { scale: 5 })).toMatchObject({ mean: 4, marginOfError: 4, low: 1, high: 5 });
  expect(ces([7])).toMatchObject({ mean: 7, marginOfError: 6, low: 1, high: 7 });
});

test('unanimous answers still get an interval of honest width', () => {
  // Two identical answers say little about spread: t(2) × √(s0² / 2) / √2 with s0 = 2 on 7 points.
  const two = ces([5, 5]);
  expect(two.marginOfError).toBeCloseTo(4.303, 3);
  expect(two).toMatchObject({ low: 1, high: 7 });
  expect(ces([5, 5], { scale: 5 }).marginOfError).toBeCloseTo(4.303 * Math.sqrt(2 / 2 / 2), 3);
  // Forty identical answers narrow it to about a tenth of a point, never to nothing.
  const many = ces(Array(40).fill(6));
  expect(many.marginOfError).toBeCloseTo(2.0211 * Math.sqrt(4 / 40 / 40), 4);
  expect(many.low).toBeLessThan(6);
  expect(many.high).toBeGreaterThan(6);
});

test('past 30 answers the interval still uses t, not the normal z (4% narrower at 31)', () => {
  // Two-sided 95% Student t from a table: t(31) 2.0395, t(40) 2.0211, t(60) 2.0003, t(120) 1.9799.
  for (const [n, t] of [[31, 2.0395], [40, 2.0211], [60, 2.0003], [120, 1.9799]] as const) {
    expect(ces(Array(n).fill(6)).marginOfError / Math.sqrt(4 / n / n)).toBeCloseTo(t, 3);
  }
});

test('on an ordinary sample the interval is within 1% of the plain t-interval', () => {
  // 200 answers leaning to easy (sd ≈ 1.04); t(199) = 1.972.
  const scores = Array.from({ length: 20 }, () => [7, 7, 6, 6, 5, 7, 6, 4, 7, 5]).flat();
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const sd = Math.sqrt(scores.reduce((sum, s) => sum + (s - mean) ** 2, 0) / (scores.length - 1));
  const plain = 1.972 * (sd / Math.sqrt(scores.length));
  expect(Math.abs(ces(scores).marginOfError / plain - 1)).toBeLessThan(0.01);
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
