import type * as z from 'zod/mini';
import { asSentence, describeValue, formatPath, type DefinitionIssue } from './definition-issue';
import { suggestKey } from './suggest-key';
import { zodIssueMessage } from './zod-issue-message';

/** The outcome of validating a definition: the value, or every problem found. */
export type ParseResult<T> = { success: true; data: T } | { success: false; issues: DefinitionIssue[] };

/**
 * Runs a zod schema with our wording and turns its issues into {@link DefinitionIssue}s, so no
 * caller ever sees a bare zod error. `prefix` roots the paths (`surveys[1]`); `rootName` says
 * what the whole input should be, for when it is not even an object.
 */
export function parseWithIssues<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix = '',
  rootName = 'an object',
): ParseResult<z.output<S>> {
  // The error map sees the object schema behind an unknown-key issue; the final issue does not.
  // Remember its allowed keys (by the issue's `keys` array, which zod carries over) for suggestions.
  const allowedFor = new WeakMap<readonly string[], string[]>();
  const error = (issue: z.core.$ZodRawIssue) => {
    if (issue.code === 'unrecognized_keys') {
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
      if (shape) allowedFor.set(issue.keys, Object.keys(shape));
    }
    return zodIssueMessage(issue);
  };
  const result = schema.safeParse(input, { error, reportInput: true });
  if (result.success) return { success: true, data: result.data };
  const toIssues = (issue: z.core.$ZodIssue): DefinitionIssue[] => {
    // One issue per unknown key, pointing at the key itself, reads better than one for the object.
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedFor.get(issue.keys) ?? [];
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key], prefix), message: unknownKeyMessage(key, allowed) }));
    }
    if (issue.code === 'invalid_type' && issue.path.length === 0) {
      return [{ path: formatPath([], prefix), message: `Expected ${rootName}, but got ${describeValue(input)}.` }];
    }
    return [{ path: formatPath(issue.path, prefix), message: asSentence(issue.message) }];
  };
  return { success: false, issues: result.error.issues.flatMap(toIssues) };
}

function unknownKeyMessage(key: string, allowed: string[]): string {
  const suggestion = suggestKey(key, allowed);
  if (suggestion) return `Unknown field "${key}": did you mean "${suggestion}"?`;
  const known = allowed.filter((name) => name !== '$schema');
  return known.length > 0
    ? `Unknown field "${key}": remove it or use one of ${known.map((name) => `"${name}"`).join(', ')}.`
    : `Unknown field "${key}": remove it or correct its spelling.`;
}
