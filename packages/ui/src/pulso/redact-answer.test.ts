import { expect, test } from 'vitest';
import { redactAnswer } from './redact-answer';

const mark = (text: string) => text.replace(/\S+@\S+/g, '[email]');

test('free text is redacted, scores and choice ids are not', () => {
  expect(redactAnswer('write to ana@example.com', 'text', mark)).toBe('write to [email]');
  expect(redactAnswer('call ana@example.com', undefined, mark)).toBe('call [email]'); // a follow-up
  expect(redactAnswer(9, 'nps', mark)).toBe(9);
  expect(redactAnswer('a@b.c', 'single', mark)).toBe('a@b.c');
  expect(redactAnswer(['x@y.z'], 'multiple', mark)).toEqual(['x@y.z']);
});

test('the "Other" box of a choice question is redacted', () => {
  expect(redactAnswer({ other: 'mail me: jo@example.org' }, 'single', mark)).toEqual({ other: 'mail me: [email]' });
  expect(redactAnswer(['shoes', { other: 'jo@example.org' }], 'multiple', mark)).toEqual(['shoes', { other: '[email]' }]);
});
