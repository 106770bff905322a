import * as z from 'zod/mini';

/** Schema of a `LocalizedText`; the message is ours because a bare union error says nothing. */
export const localizedTextSchema = z.union(
  [
    z.string().check(z.minLength(1)),
    z.record(z.string().check(z.minLength(1)), z.string()).check(
      z.refine((texts) => Object.keys(texts).length > 0, { error: 'Has no texts: add at least one locale, like { "en": "Thanks!" }.' }),
    ),
  ],
  {
    error: (issue) =>
      issue.input === undefined
        ? 'Required: add this text (a string, or an object mapping locales to strings).'
        : 'Must be a text: a non-empty string, or an object mapping locales to strings like { "en": "Thanks!" }.',
  },
);
