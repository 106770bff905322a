import type * as z from 'zod/mini';
import { describeValue, listOf } from './definition-issue';

type RawIssue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
  literal: 'a fixed value',
};

/**
 * Our wording for zod's issues, passed to zod as the per-parse error map so it applies wherever a
 * schema (ours or a teammate's) did not set its own message. Messages are sentences that say what
 * was expected and what was found, never zod's "Invalid input".
 */
export function zodIssueMessage(issue: RawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (input === undefined) return `Required: add this field (${expected}).`;
      return `Expected ${expected}, but got ${describeValue(input)}.`;
    }
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false, input);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false, input);
    case 'invalid_value':
      return issue.values.length === 1
        ? `Expected ${listOf(issue.values)}, but got ${describeValue(input)}.`
        : `Expected one of ${listOf(issue.values)}, but got ${describeValue(input)}.`;
    case 'invalid_union': {
      const discriminated = issue as RawIssue & { discriminator?: string; options?: unknown[] };
      if (discriminated.discriminator) {
        const key = discriminated.discriminator;
        const got = isRecord(input) ? input[key] : undefined;
        const options = listOf(discriminated.options ?? []);
        return got === undefined
          ? `Required: "${key}" must be one of ${options}.`
          : `Unknown ${key} ${describeValue(got)}: use one of ${options}.`;
      }
      return `Does not match any allowed form (got ${describeValue(input)}).`;
    }
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${listOf(issue.keys, 'and')}: remove or correct the spelling.`;
    case 'invalid_format':
      return `Must be a valid ${issue.format} (got ${describeValue(input)}).`;
    case 'not_multiple_of':
      return `Must be a multiple of ${String(issue.divisor)} (got ${describeValue(input)}).`;
    case 'invalid_key':
      return `Has an invalid key ${describeValue(input)}.`;
    case 'invalid_element':
      return `Has an invalid entry (got ${describeValue(input)}).`;
    default:
      return `Is not valid (got ${describeValue(input)}).`;
  }
}

function tooSmall(origin: string, minimum: number, inclusive: boolean, input: unknown): string {
  if (origin === 'string') {
    return minimum <= 1 ? 'Must not be empty.' : `Must be at least ${minimum} characters long.`;
  }
  if (origin === 'array' || origin === 'set') {
    const count = Array.isArray(input) ? input.length : 0;
    return minimum <= 1 && inclusive
      ? 'Must have at least one item.'
      : `Must have at least ${minimum} items (has ${count}).`;
  }
  return `Must be ${inclusive ? 'at least' : 'greater than'} ${minimum} (got ${describeValue(input)}).`;
}

function tooBig(origin: string, maximum: number, inclusive: boolean, input: unknown): string {
  if (origin === 'string') return `Must be at most ${maximum} characters long.`;
  if (origin === 'array' || origin === 'set') {
    const count = Array.isArray(input) ? input.length : 0;
    return `Must have at most ${maximum} items (has ${count}).`;
  }
  return `Must be ${inclusive ? 'at most' : 'less than'} ${maximum} (got ${describeValue(input)}).`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
