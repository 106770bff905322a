import type { Skip, TargetingContext } from './targeting-context';
import type { FrequencyInput } from './targeting-schema';
import type { SurveyHistory } from './survey-history';

const DAY_MS = 24 * 60 * 60 * 1000;

function daysAgo(now: number, then: number): string {
  return `${Math.round(((now - then) / DAY_MS) * 10) / 10} days ago`;
}

/** The first frequency rule that holds the survey back at `now`, or `undefined`. Defaults as in `frequencySchema`. */
export function checkFrequency(
  frequency: FrequencyInput | undefined,
  surveyId: string,
  context: TargetingContext,
  history: SurveyHistory,
  now: number,
): Skip | undefined {
  const maxPerSession = frequency?.maxPerSession ?? 1;
  const shownInSession = context.session?.shown ?? 0;
  if (shownInSession >= maxPerSession) {
    return { code: 'session', reason: `${shownInSession} survey(s) already shown this session (max ${maxPerSession})` };
  }
  const cooldownDays = frequency?.cooldownDays ?? 0;
  if (history.lastShownAt !== undefined && now - history.lastShownAt < cooldownDays * DAY_MS) {
    return { code: 'cooldown', reason: `a survey was shown ${daysAgo(now, history.lastShownAt)} (cool-down ${cooldownDays} days)` };
  }
  const record = history.surveys[surveyId];
  const lastDismissed = record?.dismissed.at(-1);
  const afterDismissDays = frequency?.afterDismissDays;
  if (afterDismissDays !== undefined && lastDismissed !== undefined && now - lastDismissed < afterDismissDays * DAY_MS) {
    return { code: 'dismissed', reason: `dismissed ${daysAgo(now, lastDismissed)} (wait ${afterDismissDays} days)` };
  }
  const lastShown = record?.shown.at(-1);
  if (lastShown === undefined) return undefined;
  const reaskAfterDays = frequency?.reaskAfterDays;
  if (reaskAfterDays !== undefined) {
    if (now - lastShown < reaskAfterDays * DAY_MS) {
      return { code: 'reask', reason: `shown ${daysAgo(now, lastShown)} (re-ask after ${reaskAfterDays} days)` };
    }
    return undefined;
  }
  if (frequency?.oncePerVisitor ?? true) return { code: 'once', reason: `already shown to this visitor ${daysAgo(now, lastShown)}` };
  return undefined;
}
