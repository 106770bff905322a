import type { Condition } from './targeting-schema';

/** A condition as written: `op` defaults to `eq`. */
export type ConditionInput = Omit<Condition, 'op'> & { op?: Condition['op'] };

/** The value at a dotted path (`order.total`, `items.0.sku`), or `undefined`. */
export function valueAt(object: unknown, path: string): unknown {
  let current: unknown = object;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

function ordered(actual: unknown, expected: unknown): [number | string, number | string] | undefined {
  // Only like with like: a number against a number, a string against a string (ISO dates sort as strings).
  if (typeof actual === 'number' && typeof expected === 'number') return [actual, expected];
  if (typeof actual === 'string' && typeof expected === 'string') return [actual, expected];
  return undefined;
}

/** Whether one condition holds on `object`. */
export function matchCondition(object: unknown, condition: ConditionInput): boolean {
  const actual = valueAt(object, condition.path);
  const expected = condition.value;
  switch (condition.op ?? 'eq') {
    case 'eq':
      return actual === expected;
    case 'neq':
      return actual !== expected;
    case 'in':
      return Array.isArray(expected) && expected.includes(actual as never);
    case 'nin':
      return !Array.isArray(expected) || !expected.includes(actual as never);
    case 'contains':
      if (typeof actual === 'string' && typeof expected === 'string') return actual.includes(expected);
      return Array.isArray(actual) && actual.includes(expected);
    case 'exists':
      return (actual !== undefined && actual !== null) === (expected ?? true);
    default: {
      const pair = ordered(actual, expected);
      if (!pair) return false;
      const [a, b] = pair;
      if (condition.op === 'lt') return a < b;
      if (condition.op === 'lte') return a <= b;
      if (condition.op === 'gt') return a > b;
      return a >= b;
    }
  }
}

/** The first condition that does not hold on `object`, or `undefined` when all hold. */
export function firstFailing(object: unknown, conditions: readonly ConditionInput[]): ConditionInput | undefined {
  return conditions.find((condition) => !matchCondition(object, condition));
}

/** A short human form of a condition for reasons: `order.total gte 100`. */
export function describeCondition(condition: ConditionInput): string {
  const op = condition.op ?? 'eq';
  return op === 'exists' && condition.value === undefined ? `${condition.path} exists` : `${condition.path} ${op} ${JSON.stringify(condition.value)}`;
}
