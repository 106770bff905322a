import { checkSurvey } from '../survey/check-survey';
import { formatPath, type DefinitionIssue } from '../survey/definition-issue';
import { parseWithIssues } from '../survey/parse-with-issues';
import { SurveyDefinitionError } from '../survey/survey-definition-error';
import type { Survey } from '../survey/survey-schema';
import { configSchema, type PulsoConfig } from './config-schema';

/** The outcome of {@link safeParseConfig}. */
export type SafeParseConfigResult = { success: true; config: PulsoConfig } | { success: false; issues: DefinitionIssue[] };

/**
 * Validates a Pulso config without throwing: the config with defaults applied, or every problem
 * with its path (`surveys[1].questions[0].kind`) and what to change.
 * @example
 * const result = safeParseConfig(await (await fetch('/pulso.json')).json());
 * if (!result.success) console.warn(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
 */
export function safeParseConfig(input: unknown): SafeParseConfigResult {
  const parsed = parseWithIssues(configSchema, input, '', 'a Pulso config (an object)');
  if (!parsed.success) return parsed;
  const issues: DefinitionIssue[] = [];
  const seen = new Map<string, number>();
  const surveys: Survey[] = parsed.data.surveys.map((definition, index) => {
    const checked = checkSurvey(definition);
    for (const issue of checked.issues) issues.push({ path: formatPath(['surveys', index, ...issue.path]), message: issue.message });
    const first = seen.get(definition.id);
    if (first !== undefined) {
      issues.push({
        path: formatPath(['surveys', index, 'id']),
        message: `Duplicate survey id "${definition.id}" (already used by surveys[${first}]); responses are grouped by survey id, so each needs its own.`,
      });
    } else seen.set(definition.id, index);
    return checked.survey;
  });
  const { chat, faq } = parsed.data;
  // The chat answers from the FAQ, so "there is an faq" is what turns it on unless told otherwise.
  const enabled = chat?.enabled ?? faq !== undefined;
  if (enabled && faq === undefined) {
    issues.push({
      path: 'chat.enabled',
      message: 'The chat answers from an FAQ knowledge base, and this config has no "faq"; add one or set "enabled": false.',
    });
  }
  if (issues.length > 0) return { success: false, issues };
  const config: PulsoConfig = { ...parsed.data, surveys };
  if (chat || faq) config.chat = { ...chat, enabled };
  return { success: true, config };
}

/**
 * Validates a Pulso config, returning it with defaults applied, or throwing a
 * `SurveyDefinitionError` that lists every problem.
 * @example
 * const config = parseConfig({
 *   endpoint: '/v1/events',
 *   surveys: [{ id: 'nps', version: 1, name: 'NPS', questions: [{ id: 'score', kind: 'nps', title: 'Recommend us?' }] }],
 *   theme: { accent: '#0a7d5a', position: 'bottom-left' },
 * });
 */
export function parseConfig(input: unknown): PulsoConfig {
  const result = safeParseConfig(input);
  if (!result.success) throw new SurveyDefinitionError(result.issues, 'Pulso config');
  return result.config;
}
