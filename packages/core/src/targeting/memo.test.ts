import { expect, test } from 'vitest';
import { memo } from './memo';

test('a memoised function computes each key once until the cache is full', () => {
  const calls: string[] = [];
  const upper = memo((key) => {
    calls.push(key);
    return key.toUpperCase();
  }, 2);
  expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
  expect(calls).toEqual(['a', 'b']);
  upper('c'); // full: starts over with only "c"
  upper('a');
  expect(calls).toEqual(['a', 'b', 'c', 'a']);
});
