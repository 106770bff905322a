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

test('a condition whose value cannot fit its op is rejected at the value instead of never holding', () => {
  const where = (condition: object) => triggerSchema.safeParse({ type: 'event', event: 'purchase', where: [condition] }).error?.issues[0];
  expect(where({ path: 'plan', op: 'in', value: 'pro' })).toMatchObject({ path: ['where', 0, 'value'], message: '"in" needs an array, got "pro".' });
  expect(where({ path: 'plan', op: 'nin' })).toMatchObject({ path: ['where', 0, 'value'], message: '"nin" needs an array, got nothing.' });
  expect(where({ path: 'order.total', op: 'gte', value: [100] })).toMatchObject({ message: '"gte" needs a number or a string, got [100].' });
  expect(where({ path: 'order.total', op: 'lt' })?.message).toBe('"lt" needs a number or a string, got nothing.');
  expect(where({ path: 'coupon', op: 'exists', value: 'yes' })?.message).toBe('"exists" needs true or false, got "yes".');
  expect(where({ path: 'plan', value: ['pro', 'team'] })?.message).toBe('"eq" needs one value, got ["pro","team"].');
  expect(where({ path: 'plan', op: 'contains' })?.message).toBe('"contains" needs one value, got nothing.');
  const attribute = targetingSchema.safeParse({ attributes: [{ path: 'plan', op: 'in', value: 'pro' }] }).error?.issues[0];
  expect(attribute?.path).toEqual(['attributes', 0, 'value']);
});

test('conditions whose value fits their op are accepted', () => {
  const ok = (condition: object) => triggerSchema.safeParse({ type: 'event', event: 'purchase', where: [condition] }).success;
  expect(ok({ path: 'plan', op: 'in', value: ['pro'] })).toBe(true);
  expect(ok({ path: 'order.total', op: 'gte', value: 100 })).toBe(true);
  expect(ok({ path: 'signedUpAt', op: 'lt', value: '2026-01-01' })).toBe(true);
  expect(ok({ path: 'coupon', op: 'exists' })).toBe(true);
  expect(ok({ path: 'coupon', op: 'exists', value: false })).toBe(true);
  expect(ok({ path: 'coupon', value: null })).toBe(true);
  expect(ok({ path: 'tags', op: 'contains', value: 'vip' })).toBe(true);
});

test('a targeting locale that is not a locale tag is rejected where it is, instead of never matching a visitor', () => {
  const issue = targetingSchema.safeParse({ locales: ['pt-BR', 'Portuguese'] }).error?.issues[0];
  expect(issue).toMatchObject({ path: ['locales', 1], message: 'Must be a locale tag like "en", "pt-BR" or "es-419".' });
  expect(targetingSchema.safeParse({ locales: ['pt', 'pt_br', 'es-419', 'zh-Hant'] }).success).toBe(true);
});

test('a URL value that can never match a page URL is rejected at the value', () => {
  const problem = (match: string, value: string) => triggerSchema.safeParse({ type: 'pageView', url: { match, value } }).error?.issues[0];
  expect(problem('exact', 'checkout/done')).toMatchObject({
    path: ['url', 'value'],
    message: '"checkout/done" never matches a page URL: start it with / for a path, or https:// for a full URL.',
  });
  for (const value of ['?coupon=X', 'localhost:3000/checkout', 'www.shop.example']) expect(problem('exact', value)?.path, value).toEqual(['url', 'value']);
  expect(problem('prefix', 'shop.example/checkout')?.path).toEqual(['url', 'value']);
  expect(problem('glob', 'shop.example/*')?.path).toEqual(['url', 'value']);
  for (const value of ['^#/checkout', '^checkout$', '^www\\.shop\\.example\\/', '^shop-example/']) {
    expect(problem('regex', value)?.message, value).toBe(`"${value}" never matches a page URL: start it with ^/ for a path, or ^https:// for a full URL.`);
  }
});

test('paths, fragments, full URLs and patterns that may match are accepted', () => {
  const ok = (match: string, value: string) => triggerSchema.safeParse({ type: 'pageView', url: { match, value } }).success;
  for (const match of ['exact', 'prefix', 'glob']) {
    for (const value of ['/checkout', '#/checkout/done', 'https://shop.example/checkout', 'HTTP://shop.example/']) expect(ok(match, value), `${match} ${value}`).toBe(true);
  }
  // A star in the first segment may stand for the scheme: these are left alone.
  for (const value of ['**/checkout', 'http*://shop.example/**', '*.example/**']) expect(ok('glob', value), value).toBe(true);
  // A regex is searched anywhere unless anchored, and an anchored one may spell the scheme with a class or group.
  for (const value of ['checkout/done', '^/pedido/\\d+$', '^https?://', '^(https?:)?//', '^\\w+://', '^[a-z]+:', '^h']) expect(ok('regex', value), value).toBe(true);
  // An alternative may match where the first branch cannot: '^pedido/|^/pedido/' matches /pedido/12.
  for (const value of ['^pedido/|^/pedido/', '^checkout$|^/checkout$', '^#|^/']) expect(ok('regex', value), value).toBe(true);
});
