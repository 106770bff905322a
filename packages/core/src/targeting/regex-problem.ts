/**
 * Why `source` is not a usable regular expression, or `undefined` when it is. Its own file (no
 * zod) so `decideSurvey` can use it without pulling the schemas into a bundle.
 */
export function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source);
    return undefined;
  } catch (error) {
    return `"${source}" is not a valid regular expression (${(error as Error).message})`;
  }
}
