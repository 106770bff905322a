import * as z from 'zod/mini';

/**
 * A check that a string matches `pattern`, failing with `error`: what `z.regex` does, as a refine.
 * Every pattern we check has its own message, so zod's string-format machinery (`z.regex`) only
 * cost bytes in each browser bundle (0.1 KB gzip). The pattern rides along on the check for
 * `buildSurveyJsonSchema`, which writes it out as `pattern` the way `z.regex` did.
 */
export function matches(pattern: RegExp, error: string) {
  return Object.assign(z.refine<string>((text) => pattern.test(text), { error }), { pattern });
}
