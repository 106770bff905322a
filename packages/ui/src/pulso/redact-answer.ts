import type { QuestionKind } from '@pulso/core';

/**
 * Applies `redact` to the free text inside an answer and nothing else: a text answer (or a
 * follow-up, which is text) is free text; choice answers are choice ids, except the "Other" box,
 * recorded as `{ other: "…" }`. Scores pass through untouched.
 */
export function redactAnswer(value: unknown, kind: QuestionKind | undefined, redact: (text: string) => string): unknown {
  const other = (item: unknown) =>
    typeof item === 'object' && item !== null && typeof (item as { other?: unknown }).other === 'string'
      ? { ...item, other: redact((item as { other: string }).other) }
      : item;
  if (kind === 'single' || kind === 'multiple') return Array.isArray(value) ? value.map(other) : other(value);
  return typeof value === 'string' ? redact(value) : value;
}
