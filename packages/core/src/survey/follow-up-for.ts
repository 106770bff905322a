import { scoreRange } from './score-range';
import type { FollowUpAction, Survey } from './survey-schema';
import type { SurveyResponse } from './survey-response';

/** The group a customer falls in, by their answer to the survey's first score question. */
export type CustomerSegment = 'detractors' | 'passives' | 'promoters';

/**
 * The segment of a response: on an NPS question, detractors score at most `detractorThreshold`
 * (default 6) and promoters 9–10; on other scales the top two points are promoters and the lower
 * half (midpoint included) detractors, as in top-2-box CSAT. `null` when no score question was answered.
 */
export function segmentOf(survey: Survey, response: SurveyResponse, { detractorThreshold = 6 } = {}): CustomerSegment | null {
  for (const question of survey.questions) {
    if (question.kind !== 'nps' && question.kind !== 'csat' && question.kind !== 'ces' && question.kind !== 'rating') continue;
    const score = response.answers[question.id];
    if (typeof score !== 'number') continue;
    if (question.kind === 'nps') return score <= detractorThreshold ? 'detractors' : score >= 9 ? 'promoters' : 'passives';
    const [min, max] = scoreRange(question);
    if (score >= max - 1) return 'promoters';
    return score <= (min + max) / 2 ? 'detractors' : 'passives';
  }
  return null;
}

/**
 * The survey's closing action (`followUp`) for this response's segment, e.g. a review link for
 * promoters or an offer to chat for detractors; `null` when the survey has none for it.
 * @example
 * const action = followUpFor(survey, run.response, { detractorThreshold: config.detractorThreshold });
 * if (action?.offerChat) showTalkToUs(resolveText(action.message, locale));
 */
export function followUpFor(
  survey: Survey,
  response: SurveyResponse,
  options: { detractorThreshold?: number } = {},
): { segment: CustomerSegment; action: FollowUpAction } | null {
  const segment = segmentOf(survey, response, options);
  const action = segment && survey.followUp?.[segment];
  return segment && action ? { segment, action } : null;
}
