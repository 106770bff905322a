import type { TriggerInput } from '@pulso/core';

/**
 * Every delay (ms after page load) named by the surveys' triggers, nested `all`/`any` included,
 * so the controller can re-decide at exactly those moments instead of polling.
 */
export function collectDelays(surveys: readonly { trigger?: TriggerInput | undefined }[]): number[] {
  const delays = new Set<number>();
  const visit = (trigger: TriggerInput | undefined) => {
    if (!trigger) return;
    if (trigger.type === 'delay') delays.add(trigger.ms);
    if (trigger.type === 'all' || trigger.type === 'any') trigger.of.forEach(visit);
  };
  surveys.forEach((survey) => visit(survey.trigger));
  return [...delays].sort((a, b) => a - b);
}
