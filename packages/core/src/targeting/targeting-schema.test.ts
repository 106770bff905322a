import { expect, test } from 'vitest';
import { frequencySchema, targetingSchema, triggerSchema } from './targeting-schema';

test('frequency and targeting defaults are filled in', () => {
  expect(frequencySchema.parse({})).toEqual({ oncePerVisitor: true, cooldownDays: 0, maxPerSession: 1 });
  expect(targetingSchema.parse({ devices: ['mobile'] })).toEqual({ devices: ['mobile'], sample: 100, attributes: [] });
});

test('a URL match defaults to exact and an event condition to eq', () => {
  expect(triggerSchema.parse({ type: 'pageView', url: { value: '/thanks' } })).toEqual({ type: 'pageView', url: { match: 'exact', value: '/thanks' } });
  expect(triggerSchema.parse({ type: 'event', event: 'purchase', where: [{ path: 'order.currency', value: 'EUR' }] })).toEqual({
    type: 'event',
    event: 'purchase',
    where: [{ path: 'order.currency', op: 'eq', value: 'EUR' }],
  });
});

test('combined triggers accept simple triggers only', () => {
  expect(triggerSchema.safeParse({ type: 'all', of: [{ type: 'delay', ms: 1000 }, { type: 'exitIntent' }] }).success).toBe(true);
  expect(triggerSchema.safeParse({ type: 'all', of: [] }).error?.issues[0]).toMatchObject({ path: ['of'], message: 'needs at least one trigger' });
  expect(triggerSchema.safeParse({ type: 'any', of: [{ type: 'all', of: [{ type: 'exitIntent' }] }] }).success).toBe(false);
});

test('an invalid regex is rejected at the value with the parser message', () => {
  const issue = triggerSchema.safeParse({ type: 'pageView', url: { match: 'regex', value: '/p/(' } }).error?.issues[0];
  expect(issue?.path).toEqual(['url', 'value']);
  expect(issue?.message).toMatch(/^"\/p\/\(" is not a valid regular expression \(.+\)$/);
});

test('out-of-range numbers and unknown values are rejected where they are', () => {
  expect(triggerSchema.safeParse({ type: 'scroll', percent: 120 }).error?.issues[0]?.path).toEqual(['percent']);
  expect(triggerSchema.safeParse({ type: 'delay', ms: 1.5 }).error?.issues[0]?.path).toEqual(['ms']);
  expect(triggerSchema.safeParse({ type: 'hover' }).success).toBe(false);
  expect(targetingSchema.safeParse({ sample: -1 }).error?.issues[0]?.path).toEqual(['sample']);
  expect(targetingSchema.safeParse({ devices: ['watch'] }).error?.issues[0]?.path).toEqual(['devices', 0]);
  expect(frequencySchema.safeParse({ maxPerSession: 0 }).error?.issues[0]?.path).toEqual(['maxPerSession']);
  expect(frequencySchema.safeParse({ cooldownDays: -3 }).error?.issues[0]?.path).toEqual(['cooldownDays']);
});
