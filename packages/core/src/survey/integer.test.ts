import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { integer } from './integer';
import { zodIssueMessage } from './zod-issue-message';

const inputs = [0, 1, -7, 10_000, 1.5, -0.25, Number.MAX_SAFE_INTEGER, 2 ** 53, -(2 ** 53), 1e300, NaN, Infinity, '3', null, undefined, [], {}];

describe('integer', () => {
  it('accepts and rejects what z.int() does, with the same issues and messages', () => {
    const pairs = [
      [z.int(), z.number().check(integer)],
      [z.int().check(z.minimum(1)), z.number().check(integer, z.minimum(1))],
      [z.int().check(z.minimum(-100), z.maximum(100)), z.number().check(integer, z.minimum(-100), z.maximum(100))],
      [z.int().check(z.positive()), z.number().check(integer, z.positive())],
    ] as const;
    for (const [zod, ours] of pairs) {
      for (const input of inputs) {
        const expected = zod.safeParse(input, { error: zodIssueMessage, reportInput: true });
        const actual = ours.safeParse(input, { error: zodIssueMessage, reportInput: true });
        expect(actual.success, String(input)).toBe(expected.success);
        expect(actual.error?.issues, String(input)).toEqual(expected.error?.issues);
      }
    }
  });

  it('stops the later checks at a fraction, as z.int() does', () => {
    const result = z.number().check(integer, z.minimum(5)).safeParse(1.5, { error: zodIssueMessage });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Expected a whole number, but got 1.5.']);
  });
});
