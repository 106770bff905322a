import fc from 'fast-check';
import { expect, test } from 'vitest';
import { churnRate } from './churn-rate';
import { retentionRate } from './retention-rate';

test('churn is the share of starting customers lost', () => {
  expect(churnRate(500, 450)).toBe(10);
  expect(churnRate(200, 200)).toBe(0);
  expect(churnRate(200, 0)).toBe(100);
  expect(churnRate(500, 470, 20)).toBe(10);
});

test('retention is the share of starting customers kept, new ones left out', () => {
  expect(retentionRate(500, 470, 20)).toBe(90);
  expect(retentionRate(500, 450)).toBe(90);
  expect(retentionRate(10, 10, 0)).toBe(100);
});

test('bad counts are a clear error, not a number', () => {
  expect(() => churnRate(-5, 3)).toThrow('churnRate: customersAtStart must be a finite number ≥ 0, got -5');
  expect(() => churnRate(500, Number.POSITIVE_INFINITY)).toThrow('churnRate: customersAtEnd must be a finite number ≥ 0, got null');
  expect(() => churnRate(0, 0)).toThrow('churnRate: customersAtStart is 0');
  expect(() => churnRate(500, 550)).toThrow('churnRate: customersAtEnd (550) exceeds customersAtStart + newCustomers (500 + 0)');
  expect(() => retentionRate(500, 560, 50)).toThrow('retentionRate: customersAtEnd (560) exceeds customersAtStart + newCustomers (500 + 50)');
  expect(() => retentionRate(500, 10, 20)).toThrow('retentionRate: newCustomers (20) exceeds customersAtEnd (10)');
  expect(() => retentionRate(500, 400, -1)).toThrow('retentionRate: newCustomers must be a finite number ≥ 0');
  expect(() => retentionRate(Number.NaN, 1)).toThrow(RangeError);
});

test('property: churn and retention add up to 100 and stay in [0, 100]', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), (start, kept, added) => {
      fc.pre(kept <= start);
      const end = kept + added;
      const churn = churnRate(start, end, added);
      const retention = retentionRate(start, end, added);
      expect(churn + retention).toBeCloseTo(100, 9);
      expect(churn).toBeGreaterThanOrEqual(0);
      expect(retention).toBeLessThanOrEqual(100);
    }),
  );
});
