import { describe, expect, it } from 'vitest';
import { asSentence, describeValue, formatPath, listOf } from './definition-issue';

describe('formatPath', () => {
  it('writes indexes in brackets and names with dots', () => {
    expect(formatPath(['questions', 2, 'scale', 'max'])).toBe('questions[2].scale.max');
    expect(formatPath(['questions', 0], 'surveys[1]')).toBe('surveys[1].questions[0]');
  });

  it('quotes keys that are not identifiers, and names the root', () => {
    expect(formatPath(['headers', 'x-api-key'])).toBe('headers["x-api-key"]');
    expect(formatPath(['title', 'pt-BR'])).toBe('title["pt-BR"]');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('message helpers', () => {
  it('describes values briefly', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue({})).toBe('an object');
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(37)}..."`);
    expect(describeValue(4.5)).toBe('4.5');
  });

  it('lists options the way a sentence does', () => {
    expect(listOf(['a'])).toBe('"a"');
    expect(listOf(['a', 'b', 'c'])).toBe('"a", "b" or "c"');
    expect(listOf([7, 5])).toBe('7 or 5');
  });

  it('turns fragments into sentences', () => {
    expect(asSentence('must not be empty')).toBe('Must not be empty.');
    expect(asSentence('Already one.')).toBe('Already one.');
  });
});
