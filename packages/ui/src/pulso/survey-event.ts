import type { JourneyStage, Survey } from '@pulso/core';

/** The survey events Pulso sends to the endpoint (see docs/events.md for the wire shape). */
export type SurveyEventType = 'survey.shown' | 'survey.answered' | 'survey.completed' | 'survey.dismissed';

/** Fields every survey event carries. */
export interface SurveyEventBase {
  type: SurveyEventType;
  responseId: string;
  surveyId: string;
  surveyVersion: number;
  journeyStage: JourneyStage | undefined;
  /** The locale of the survey texts shown (`pt` when `pt-PT` was asked and only `pt` is written). */
  locale: string;
  /** The locale the page or browser asked for. */
  requestedLocale: string;
  /** The page the visitor was on. */
  url: string;
  /** Milliseconds since the epoch. */
  at: number;
}

/** Builds an event for `survey` with the context every event carries plus `extra`. */
export function surveyEvent<T extends object>(
  type: SurveyEventType,
  survey: Survey,
  context: Pick<SurveyEventBase, 'responseId' | 'locale' | 'requestedLocale' | 'journeyStage' | 'url'>,
  extra: T,
): SurveyEventBase & T {
  return {
    type,
    ...context,
    surveyId: survey.id,
    surveyVersion: survey.version,
    journeyStage: survey.journeyStage ?? context.journeyStage,
    at: Date.now(),
    ...extra,
  };
}
