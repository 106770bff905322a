// Test helpers for the survey components (imported by *.test.tsx only, never shipped).
import { render } from '@testing-library/preact';
import { createSurveyRun, parseSurvey, type SurveyInput } from '@pulso/core';
import { createWidgetRoot, type WidgetRoot } from '../shadow/create-widget-root';
import { createSurveyModel, type SurveyModelOptions } from './survey-model';
import { SurveyPrompt, type SurveyPromptProps } from './SurveyPrompt';
import { surveyStringsFrom, type SurveyStrings } from './survey-strings';

export const strings: SurveyStrings = surveyStringsFrom('en');

/** A survey definition with the given questions. */
export function definition(questions: SurveyInput['questions'], extra: Partial<SurveyInput> = {}): SurveyInput {
  return { id: 'post-purchase', version: 1, name: 'Post purchase', questions, ...extra };
}

/** Renders a real run of `input` in a real widget root, as the script tag does. */
export function renderSurvey(
  input: SurveyInput,
  options: SurveyModelOptions & { locale?: string; root?: WidgetRoot } & Partial<SurveyPromptProps> = {},
) {
  const survey = parseSurvey(input);
  const run = createSurveyRun(survey, { locale: options.locale ?? 'en', id: 'r-1' });
  const model = createSurveyModel(run, { survey, ...options });
  const root = options.root ?? createWidgetRoot({ locale: options.locale ?? 'en' });
  const container = root.mountPoint('survey');
  const result = render(
    <SurveyPrompt
      model={model}
      strings={surveyStringsFrom(options.locale ?? 'en')}
      layout={options.layout ?? 'popover'}
      {...(options.onTalkToUs ? { onTalkToUs: options.onTalkToUs } : {})}
    />,
    { container },
  );
  return { ...result, run, model, root, container };
}

/** Waits for pending promise callbacks (answer hand-over) to settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
