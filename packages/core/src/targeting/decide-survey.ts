import { checkFrequency } from './check-frequency';
import { checkTargeting } from './check-targeting';
import { checkTrigger } from './check-trigger';
import { toEpochMs, type SurveyHistory } from './survey-history';
import type { Skip, SkipCode, TargetingContext } from './targeting-context';
import type { FrequencyInput, TargetingInput, TriggerInput } from './targeting-schema';

/** The parts of a survey definition `decideSurvey` reads; any survey object with them will do. */
export interface TargetableSurvey {
  id: string;
  trigger?: TriggerInput;
  targeting?: TargetingInput;
  frequency?: FrequencyInput;
}

/** Why one survey is not shown now. */
export interface SurveySkip extends Skip {
  surveyId: string;
}

/** The survey to show and why, or `null` and why not for each survey. */
export type SurveyDecision<S extends TargetableSurvey> =
  | { survey: S; reason: string; reasons: SurveySkip[] }
  | { survey: null; reasons: SurveySkip[] };

/** The clock and random source `decideSurvey` uses; injected so that deciding stays pure. */
export interface DecideOptions {
  /** The current time (ms since the epoch or a Date): inject it, tests and replays depend on it. */
  now: number | Date;
  /** Used for sampling only when the visitor has no id. Defaults to `Math.random`. */
  random?: () => number;
}

function skip(surveyId: string, code: SkipCode, reason: string): SurveySkip {
  return { surveyId, code, reason };
}

/**
 * Which survey to show now, if any. Pure: the same surveys, context, history and `now` always
 * give the same answer. Each survey is checked in order — targeting, then frequency, then
 * trigger — and the first one that passes everything wins (list surveys by priority). A survey
 * without a trigger is never chosen here: it is shown only on request (`Pulso.showSurvey(id)`).
 * An invalid regex in one survey's trigger skips that survey with code `invalid`; the others are
 * still considered.
 *
 * @example
 * const decision = decideSurvey(surveys, { url: location.href, visitor: { id }, session: { shown: 0 } }, history, { now: Date.now() });
 * if (decision.survey) { show(decision.survey); history = recordShown(history, decision.survey.id, Date.now()); }
 * else console.debug(decision.reasons);
 */
export function decideSurvey<S extends TargetableSurvey>(
  surveys: readonly S[],
  context: TargetingContext,
  history: SurveyHistory,
  options: DecideOptions,
): SurveyDecision<S> {
  const now = toEpochMs(options.now, 'options.now');
  const random = options.random ?? Math.random;
  const reasons: SurveySkip[] = [];
  let chosen: { survey: S; reason: string } | undefined;
  for (const survey of surveys) {
    if (chosen) {
      reasons.push(skip(survey.id, 'not-chosen', `survey "${chosen.survey.id}" comes first and is shown`));
      continue;
    }
    if (!survey.trigger) {
      reasons.push(skip(survey.id, 'manual', 'no trigger: shown only when requested by id'));
      continue;
    }
    const excluded = checkTargeting(survey.targeting, survey.id, context, random) ?? checkFrequency(survey.frequency, survey.id, context, history, now);
    if (excluded) {
      reasons.push({ surveyId: survey.id, ...excluded });
      continue;
    }
    try {
      const check = checkTrigger(survey.trigger, context);
      if (check.ok) chosen = { survey, reason: check.why };
      else reasons.push(skip(survey.id, 'trigger', check.why));
    } catch (error) {
      reasons.push(skip(survey.id, 'invalid', `trigger: ${(error as Error).message}`));
    }
  }
  return chosen ? { ...chosen, reasons } : { survey: null, reasons };
}
