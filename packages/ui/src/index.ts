/**
 * @packageDocumentation
 * Public API of @pulso/ui. Everything exported here is public; nothing else is.
 */
export { version } from './pulso/version';

// The Pulso API: the page's singleton, a factory for separate instances, and types.
export { Pulso } from './pulso/pulso-singleton';
export { createPulso } from './pulso/create-pulso';
export type { PulsoOptions } from './pulso/start-pulso';
export type { PulsoApi, PulsoEvents, PulsoEventName, PulsoVisitor } from './pulso/pulso-types';

// Chat widget: mountChat, chatStyles and their types (TSDoc on the declarations; docs/chat.md).
export * from './chat/index';

// Survey prompts, shadow root and theme.
/** The survey on screen: question controls, progress, close, thank-you, detractor "Talk to us". */
export { SurveyPrompt } from './survey/SurveyPrompt';
export type { SurveyPromptProps } from './survey/SurveyPrompt';
/** Wraps a `createSurveyRun` run in signals; each answer is handed over before the prompt moves on. */
export { createSurveyModel } from './survey/survey-model';
export type { SurveyModel, SurveyModelOptions, SurveyError, TalkToUsContext, ClosingAction } from './survey/survey-model';
/** The prompt's built-in strings for a locale (core's dictionaries, negotiated, English fallback). */
export { surveyStringsFrom } from './survey/survey-strings';
export type { SurveyStrings } from './survey/survey-strings';
/** Adds built-in string dictionaries from `@pulso/core` (only English is built into `@pulso/ui`). */
export { registerStrings } from './i18n/strings-registry';
export type { ThankYouTexts } from './survey/ThankYou';
/** The open shadow root every widget renders in (constructable sheets, theme, locale, RTL). */
export { createWidgetRoot } from './shadow/create-widget-root';
export type { WidgetRoot, WidgetRootOptions } from './shadow/create-widget-root';
/** Theme helpers: the `--pulso-*` variables of a theme, and its WCAG AA contrast failures. */
export { themeVariables } from './theme/theme-variables';
export { checkThemeContrast, warnThemeContrast } from './theme/check-theme-contrast';
export type { ContrastFailure } from './theme/check-theme-contrast';
export type { PulsoTheme, ThemeMode, ThemeLayout, ThemePosition } from './theme/theme-types';
/** The widget's base stylesheet (CSS text), for custom roots. */
export { baseStyles } from './theme/base-styles';
