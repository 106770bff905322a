/**
 * @packageDocumentation
 * Public API of @pulso/core. Everything exported here is public; nothing else is.
 */
export const version = '0.1.0';

// Chat: event shapes, business hours, handoff rules, chat metrics, chat config.
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

// Survey definitions: schema, parsing with readable errors, JSON Schema, the flow.
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
export { resolveText } from './survey/resolve-text';
/** The inclusive `[min, max]` of a score question (`nps` → `[0, 10]`). */
export { scoreRange } from './survey/score-range';
export type { LocalizedText } from './survey/resolve-text';
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
export type { AnswerError, AnswerCheck } from './survey/validate-answer';
/** Check one answer with the run's rules, without a run (for collectors and imports). */
export { checkAnswer } from './survey/check-answer';
export type { StepView, ScaleStepView, ChoiceStepView, TextStepView } from './survey/localize-question';
export type { SurveyResponse, AnswerValue, ChoicePick, OtherPick, JsonValue } from './survey/survey-response';
/** Whether an answer value is the free-text "Other" pick (`{ other: "…" }`). */
export { isOtherPick } from './survey/survey-response';
/** JSON Schema of a survey definition, for editors; `buildSurveyJsonSchema` makes a fresh copy. */
export { surveyJsonSchema, buildSurveyJsonSchema } from './survey/survey-json-schema';
/** Detractor / passive / promoter segment of a response, and the survey's closing action for it. */
export { segmentOf, followUpFor } from './survey/follow-up-for';
export type { CustomerSegment } from './survey/follow-up-for';

// Config: what the script tag's data-config and `Pulso.init` take.
/** Validate a Pulso config: `parseConfig` throws, `safeParseConfig` returns the issues. */
export { parseConfig, safeParseConfig } from './config/parse-config';
export type { SafeParseConfigResult } from './config/parse-config';
/** The zod/mini schemas of a config and its theme section. */
export { configSchema } from './config/config-schema';
export { themeSchema } from './config/theme-schema';
export type { PulsoConfig, PulsoConfigInput, ChatSection } from './config/config-schema';
export type { ThemeConfig } from './config/theme-schema';

// Targeting: when a survey appears, to whom and how often.
/** zod/mini schemas of a survey's `trigger`, `targeting` and `frequency` (defaults applied on parse). */
export {
  triggerSchema,
  simpleTriggerSchema,
  targetingSchema,
  frequencySchema,
  urlMatchSchema,
  conditionSchema,
  journeyStageSchema,
  deviceTypeSchema,
} from './targeting/targeting-schema';
/** The allowed values of journey stages, device types, URL match kinds and condition operators. */
export { journeyStages, deviceTypes, urlMatchKinds, conditionOps } from './targeting/targeting-schema';
export type {
  Trigger,
  TriggerInput,
  SimpleTrigger,
  Targeting,
  TargetingInput,
  Frequency,
  FrequencyInput,
  UrlMatch,
  Condition,
  JourneyStage,
  DeviceType,
} from './targeting/targeting-schema';
/** Which survey to show now, if any, and why not for each of the others. Pure; inject `now`. */
export { decideSurvey } from './targeting/decide-survey';
export type { TargetableSurvey, SurveyDecision, SurveySkip, DecideOptions } from './targeting/decide-survey';
export type { TargetingContext, SkipCode } from './targeting/targeting-context';
/** A visitor's survey history (serialisable) and the pure updates the UI persists after each event. */
export { emptyHistory, recordShown, recordCompleted, recordDismissed, restoreHistory } from './targeting/survey-history';
export type { SurveyHistory, SurveyRecord } from './targeting/survey-history';
/** Whether a URL matches an `exact` / `prefix` / `glob` / `regex` pattern, as triggers use it. */
export { matchUrl } from './targeting/match-url';
/** Whether a `{ path, op, value }` condition holds on an object (`order.total gte 100`). */
export { matchCondition } from './targeting/match-conditions';
/** The stable 0–100 sampling bucket of a visitor for a survey. */
export { sampleBucket } from './targeting/sample-bucket';

// Scoring: CX scores with 95% intervals, customer rates, report aggregation.
/** Net Promoter Score with counts, percentages and a 95% margin of error. */
export { nps } from './scoring/score-nps';
export type { NpsResult } from './scoring/score-nps';
/** CSAT (top-box share) with a Wilson 95% interval; `csatThreshold` is the lowest satisfied score of a scale. */
export { csat, csatThreshold } from './scoring/score-csat';
export type { CsatResult } from './scoring/score-csat';
/** Customer Effort Score: mean with a 95% interval, share of easy answers, distribution. */
export { ces, cesEasyThreshold } from './scoring/score-ces';
export type { CesResult } from './scoring/score-ces';
/** Churn rate in percent: (start − (end − new)) / start × 100. */
export { churnRate } from './scoring/churn-rate';
/** Retention rate in percent: (end − new) / start × 100. */
export { retentionRate } from './scoring/retention-rate';
/** Group responses by survey, journey stage, day, ISO week or month and score each group. */
export { aggregate } from './scoring/aggregate';
export type { AggregateBy, AggregateGroup } from './scoring/aggregate';
/** The NPS/CSAT/CES scores of one response, from its survey definition and run response. */
export { scoreInputFrom } from './scoring/score-input';
export type { ScoreInput, ScorableSurvey, ScorableResponse } from './scoring/score-input';

// Privacy: personal data out of free text.
/** Replace e-mails, phones, Luhn-valid cards and check-digit-valid CPF/CNPJ/NIF/DNI/NIE with markers. */
export { redactPii } from './privacy/redact-pii';
export type { RedactOptions } from './privacy/redact-pii';
/** Where personal data is in a text, by kind and rule. */
export { findPii } from './privacy/find-pii';
export type { PiiKind, PiiMatch } from './privacy/find-pii';

// Built-in UI strings: every widget string in 12 locales, locale negotiation.
/** The complete built-in strings for a locale or preference list (falls back to English), with overrides. */
export { uiStrings, uiLocale, builtInStrings } from './i18n/ui-strings';
/** The tags of the built-in locales only (no dictionaries): negotiate, then load one. */
export { supportedLocales } from './i18n/supported-locales';
/** `uiStrings` over the dictionaries you pass, for bundles that ship only some locales (~0.9 kB gzip each). */
export { uiStringsFrom } from './i18n/ui-strings-from';
export type { UiStringsOverrides } from './i18n/ui-strings-from';
/** Each built-in dictionary on its own, for `uiStringsFrom`. */
export { stringsAr } from './i18n/locales/ar';
export { stringsDe } from './i18n/locales/de';
export { stringsEn } from './i18n/locales/en';
export { stringsEs } from './i18n/locales/es';
export { stringsFr } from './i18n/locales/fr';
export { stringsGl } from './i18n/locales/gl';
export { stringsHe } from './i18n/locales/he';
export { stringsIt } from './i18n/locales/it';
export { stringsJa } from './i18n/locales/ja';
export { stringsNl } from './i18n/locales/nl';
export { stringsPtBR } from './i18n/locales/pt-BR';
export { stringsPtPT } from './i18n/locales/pt-PT';
export type { UiStrings, SurveyUiStrings, ChatUiStrings } from './i18n/ui-strings-types';
/** The best available locale for a list of wanted ones (`['pt-PT']` vs `['pt-BR', 'en']` → `pt-BR`). */
export { negotiateLocale } from './i18n/negotiate-locale';
/** Fill `{name}` placeholders in a template. */
export { format } from './i18n/format';
/** Whether a locale is written right to left. */
export { isRtlLocale } from './i18n/is-rtl-locale';
/** The fallback chain of a locale (`pt-PT` → `pt`) and canonical tag casing. */
export { localeChain, normalizeLocale } from './i18n/locale-chain';

// FAQ bot: answers shoppers' questions from a knowledge base, offline.
/**
 * An FAQ bot over a knowledge base: `createFaqBot(kb).ask(text)` returns the answering FAQ (or
 * null when it should hand over to a person), a 0..1 confidence, "did you mean" suggestions and
 * small-talk intents. See docs/faq-bot.md.
 *
 * @example
 * ```ts
 * const bot = createFaqBot({ locale: 'pt-BR', faqs: [{ id: 'frete', question: 'Quanto custa o frete?', answer: 'Grátis acima de R$ 299.' }] });
 * bot.ask('qual o valor do frete?').answer?.id; // 'frete'
 * ```
 */
export { createFaqBot } from './faq/create-faq-bot';
export type { FaqBot, FaqBotOptions, FaqBotReply } from './faq/create-faq-bot';
/** What a message is besides a question: greeting, thanks (or goodbye), a request for a person, empty or gibberish. */
export type { FaqIntent } from './faq/intents';
/** The zod/mini schemas of an FAQ entry and a knowledge base (FAQ ids must be unique). */
export { faqSchema, faqKnowledgeBaseSchema } from './faq/kb-schema';
export type { Faq, FaqKnowledgeBase } from './faq/kb-schema';
