import type * as z from 'zod/mini';
import { asSentence, formatPath, type DefinitionIssue } from './definition-issue';
import { zodIssueMessage } from './zod-issue-message';

/** The outcome of validating a definition: the value, or every problem found. */
export type ParseResult<T> = { success: true; data: T } | { success: false; issues: DefinitionIssue[] };

/**
 * Runs a zod schema with our wording and turns its issues into {@link DefinitionIssue}s, so no
 * caller ever sees a bare zod error. `prefix` roots the paths (`surveys[1]`).
 */
export function parseWithIssues<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix = '',
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { error: zodIssueMessage, reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.flatMap((issue) => toIssues(issue, prefix)) };
}

function toIssues(issue: z.core.$ZodIssue, prefix: string): DefinitionIssue[] {
  // One issue per unknown key, pointing at the key itself, reads better than one for the object.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key], prefix),
      message: `Unknown field "${key}": remove it or correct its spelling.`,
    }));
  }
  return [{ path: formatPath(issue.path, prefix), message: asSentence(issue.message) }];
}
