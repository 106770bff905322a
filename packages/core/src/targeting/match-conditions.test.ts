import { expect, test } from 'vitest';
import { describeCondition, firstFailing, matchCondition, valueAt } from './match-conditions';

const props = { order: { total: 120, currency: 'EUR', items: [{ sku: 'A1' }], tags: ['gift'] }, coupon: null, date: '2026-03-01' };

test('a dotted path reads nested values and array indexes', () => {
  expect(valueAt(props, 'order.total')).toBe(120);
  expect(valueAt(props, 'order.items.0.sku')).toBe('A1');
  expect(valueAt(props, 'order.missing.deeper')).toBeUndefined();
  expect(valueAt(props, 'order.total.toFixed')).toBeUndefined();
});

test('equality operators compare strictly', () => {
  expect(matchCondition(props, { path: 'order.currency', op: 'eq', value: 'EUR' })).toBe(true);
  expect(matchCondition(props, { path: 'order.currency', value: 'EUR' })).toBe(true);
  expect(matchCondition(props, { path: 'order.total', op: 'eq', value: '120' })).toBe(false);
  expect(matchCondition(props, { path: 'order.currency', op: 'neq', value: 'BRL' })).toBe(true);
});

test('ordering operators compare numbers with numbers and strings with strings', () => {
  expect(matchCondition(props, { path: 'order.total', op: 'gte', value: 100 })).toBe(true);
  expect(matchCondition(props, { path: 'order.total', op: 'gt', value: 120 })).toBe(false);
  expect(matchCondition(props, { path: 'order.total', op: 'lte', value: 120 })).toBe(true);
  expect(matchCondition(props, { path: 'order.total', op: 'lt', value: 100 })).toBe(false);
  expect(matchCondition(props, { path: 'date', op: 'gte', value: '2026-01-01' })).toBe(true);
  expect(matchCondition(props, { path: 'order.total', op: 'gte', value: '100' })).toBe(false);
  expect(matchCondition(props, { path: 'missing', op: 'lt', value: 100 })).toBe(false);
});

test('membership, contains and exists operators', () => {
  expect(matchCondition(props, { path: 'order.currency', op: 'in', value: ['EUR', 'BRL'] })).toBe(true);
  expect(matchCondition(props, { path: 'order.currency', op: 'nin', value: ['EUR', 'BRL'] })).toBe(false);
  expect(matchCondition(props, { path: 'order.tags', op: 'contains', value: 'gift' })).toBe(true);
  expect(matchCondition(props, { path: 'order.currency', op: 'contains', value: 'U' })).toBe(true);
  expect(matchCondition(props, { path: 'order.total', op: 'exists' })).toBe(true);
  expect(matchCondition(props, { path: 'coupon', op: 'exists' })).toBe(false);
  expect(matchCondition(props, { path: 'coupon', op: 'exists', value: false })).toBe(true);
});

test('the first failing condition is reported in a readable form', () => {
  const failing = firstFailing(props, [
    { path: 'order.currency', value: 'EUR' },
    { path: 'order.total', op: 'gte', value: 200 },
  ]);
  expect(failing && describeCondition(failing)).toBe('order.total gte 200');
  expect(firstFailing(props, [])).toBeUndefined();
});
