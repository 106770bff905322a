import { format, type SurveyUiStrings } from '@pulso/core';
import { registeredStrings } from '../i18n/strings-registry';
import type { SurveyError } from './survey-model';

/** The built-in strings a survey prompt shows, in the visitor's language (core's dictionary). */
export type SurveyStrings = SurveyUiStrings;

/**
 * The survey strings for a locale or a preference list (`navigator.languages`), negotiated
 * among the registered dictionaries (English, plus those added with `registerStrings`; the script
 * tag loads the visitor's own) with English as the fallback.
 */
export function surveyStringsFrom(locale: string | readonly string[]): SurveyStrings {
  return registeredStrings(locale).survey;
}

/** The text to show for a refused or unsaved answer, in the visitor's language. */
export function errorMessage(error: SurveyError, strings: SurveyStrings): string {
  if (error.kind === 'save') return strings.errorSaving;
  const { code, params = {} } = error.error;
  if (code === 'too-few-picks') return format(strings.pickAtLeast, { n: params.min ?? 1 });
  if (code === 'too-many-picks') return format(strings.pickAtMost, { n: params.max ?? 1 });
  if (code === 'too-long') return format(strings.charactersLeft, { n: 0 });
  // The controls cannot produce other codes; a missing answer (or empty "Other") reads "required".
  return strings.required;
}
