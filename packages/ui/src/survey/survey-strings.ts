import { englishSurveyStrings } from './english-survey-strings';
import type { SurveyError } from './survey-model';

/**
 * The built-in strings a survey prompt shows, in the visitor's language. Templates use `{name}`
 * placeholders. {@link surveyStringsFrom} takes them from `@pulso/core`'s `uiStrings(locale)`.
 */
export interface SurveyStrings {
  submit: string;
  next: string;
  back: string;
  skip: string;
  close: string;
  /** `{current} of {total}`: the progress line and the "4 of 5" part of option names. */
  progress: string;
  /** `{n} characters left`. */
  charactersLeft: string;
  thankYouTitle: string;
  thankYouBody: string;
  npsLow: string;
  npsHigh: string;
  /** Five labels, very dissatisfied → very satisfied. */
  csat: string[];
  /** Seven agreement labels, strongly disagree → strongly agree (a 1–5 scale takes five of them). */
  ces: string[];
  other: string;
  talkToUs: string;
  /** A required question left empty. */
  required: string;
  /** `Pick at least {n}`. */
  pickAtLeast: string;
  /** `Pick at most {n}`. */
  pickAtMost: string;
  /** Shown when an answer could not be saved (e.g. the send queue is full). */
  errorSaving: string;
}

/**
 * The survey strings for a locale. Provisional: English until `@pulso/core`'s `uiStrings(locale)`
 * (the built-in dictionary) lands, which will then supply every key it has.
 */
export function surveyStringsFrom(_locale: string): SurveyStrings {
  return englishSurveyStrings;
}

/** Fills `{name}` placeholders; unknown names are left as they are. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The text to show for a refused or unsaved answer, in the visitor's language. */
export function errorMessage(error: SurveyError, strings: SurveyStrings): string {
  if (error.kind === 'save') return strings.errorSaving;
  const { code, params = {} } = error.error;
  if (code === 'too-few-picks') return fill(strings.pickAtLeast, { n: params.min ?? 1 });
  if (code === 'too-many-picks') return fill(strings.pickAtMost, { n: params.max ?? 1 });
  if (code === 'too-long') return fill(strings.charactersLeft, { n: 0 });
  // The controls cannot produce other codes; a missing answer (or empty "Other") reads "required".
  return strings.required;
}
