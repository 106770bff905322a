import type { DefinitionIssue } from './definition-issue';

/**
 * Thrown by `parseSurvey` and `parseConfig`: `.issues` lists every problem found, and `.message`
 * lists them one per line, so a console shows the whole story at once.
 */
export class SurveyDefinitionError extends Error {
  readonly issues: DefinitionIssue[];

  constructor(issues: DefinitionIssue[], what = 'survey definition') {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid ${what} (${count}):\n${issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n')}`);
    this.name = 'SurveyDefinitionError';
    this.issues = issues;
  }
}
