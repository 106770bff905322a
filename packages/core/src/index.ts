/**
 * @packageDocumentation
 * Public API of @pulso/core. Everything exported here is public; nothing else is.
 */
export const version = '0.1.0';

// Chat (engineer F): event shapes, business hours, handoff rules, chat metrics, chat config.
export type {
  ChatEvent,
  ChatEventBase,
  ChatMessageEvent,
  ChatAnswerEvent,
  ChatAbstainEvent,
  ChatFeedbackEvent,
  ChatHandoffEvent,
  ChatReplyEvent,
  ChatCsatEvent,
  ChatAuthor,
  HandoffReason,
  TranscriptLine,
} from './chat/chat-events';
/** Every chat event `type`, and a guard for chat events in a mixed stream. */
export { chatEventTypes, isChatEvent } from './chat/chat-events';
export type { BusinessHours, Weekday, ZonedTime } from './chat/business-hours';
/** Business hours in the store's time zone (DST-aware through `Intl.DateTimeFormat`). */
export { isWithinBusinessHours, zonedTime, isValidTimeZone } from './chat/business-hours';
export type { HandoffSignals, HandoffRoute } from './chat/handoff-rules';
/** When to offer a person, and whether the handoff is live or left as a message. */
export { decideHandoff, handoffMode, defaultAbstainLimit } from './chat/handoff-rules';
export type { ChatRate, ChatResponseTime } from './chat/chat-metrics';
/** Deflection rate, resolution rate and first response time from chat events (see docs/chat.md). */
export { deflectionRate, resolutionRate, firstResponseTime } from './chat/chat-metrics';
export type { ChatConfig } from './chat/chat-config';
/** The `chat` config section: schema and a parser whose errors name each wrong field's path. */
export { chatConfigSchema, businessHoursSchema, parseChatConfig } from './chat/chat-config';

// Survey definitions (engineer A): schema, parsing with readable errors, JSON Schema, the flow.
/** Validate a survey definition: `parseSurvey` throws, `safeParseSurvey` returns the issues. */
export { parseSurvey, safeParseSurvey } from './survey/parse-survey';
export type { SafeParseSurveyResult } from './survey/parse-survey';
/** Thrown by `parseSurvey` / `parseConfig`; `.issues` lists each problem with its path. */
export { SurveyDefinitionError } from './survey/survey-definition-error';
/** One problem in a definition or config: `{ path: 'questions[2].scale.max', message }`. */
export type { DefinitionIssue } from './survey/definition-issue';
/** The zod/mini schemas of a survey definition and its parts (for composing bigger schemas). */
export { surveySchema } from './survey/survey-schema';
export { questionSchema } from './survey/question-schema';
export { localizedTextSchema } from './survey/localized-text';
/** The string of a `LocalizedText` for a locale, falling back along `pt-PT` → `pt` → default. */
export { resolveText } from './survey/localized-text';
/** The inclusive `[min, max]` of a score question (`nps` → `[0, 10]`). */
export { scoreRange } from './survey/check-survey';
export type { LocalizedText } from './survey/localized-text';
export type {
  Survey,
  SurveyInput,
  SurveyQuestion,
  FollowUpAction,
  ThankYou,
} from './survey/survey-schema';
export type { Question, QuestionInput, QuestionKind, FollowUpQuestion, Choice } from './survey/question-schema';
export type { Branch, BranchCondition, BranchOp } from './survey/branch-schema';
/** Walk a customer through a survey: current step, answer/skip/back, branching, resumable response. */
export { createSurveyRun } from './survey/create-survey-run';
export type { SurveyRun, SurveyRunOptions, SurveyRunState, SurveyProgress, AnswerResult } from './survey/create-survey-run';
export type { AnswerError } from './survey/validate-answer';
export type { StepView, ScaleStepView, ChoiceStepView, TextStepView } from './survey/localize-question';
export type { SurveyResponse, AnswerValue, ChoicePick, OtherPick, JsonValue } from './survey/survey-response';
/** Whether an answer value is the free-text "Other" pick (`{ other: "…" }`). */
export { isOtherPick } from './survey/survey-response';
/** JSON Schema of a survey definition, for editors; `buildSurveyJsonSchema` makes a fresh copy. */
export { surveyJsonSchema, buildSurveyJsonSchema } from './survey/survey-json-schema';
/** Detractor / passive / promoter segment of a response, and the survey's closing action for it. */
export { segmentOf, followUpFor } from './survey/follow-up-for';
export type { CustomerSegment } from './survey/follow-up-for';

// Config (engineer A): what the script tag's data-config and `Pulso.init` take.
/** Validate a Pulso config: `parseConfig` throws, `safeParseConfig` returns the issues. */
export { parseConfig, safeParseConfig } from './config/parse-config';
export type { SafeParseConfigResult } from './config/parse-config';
/** The zod/mini schemas of a config and its theme section. */
export { configSchema } from './config/config-schema';
export { themeSchema } from './config/theme-schema';
export type { PulsoConfig, PulsoConfigInput, ChatSection } from './config/config-schema';
export type { ThemeConfig } from './config/theme-schema';
