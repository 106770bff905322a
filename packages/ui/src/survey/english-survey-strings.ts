import type { SurveyStrings } from './survey-strings';

/** English survey strings: used for any key the locale's built-in strings lack. */
export const englishSurveyStrings: SurveyStrings = {
  submit: 'Submit',
  next: 'Next',
  back: 'Back',
  skip: 'Skip',
  close: 'Close',
  progress: '{current} of {total}',
  charactersLeft: '{n} characters left',
  thankYouTitle: 'Thank you!',
  thankYouBody: 'Your feedback helps us improve.',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  csat: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  ces: ['Strongly disagree', 'Disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Agree', 'Strongly agree'],
  other: 'Other',
  talkToUs: 'Talk to us',
  errorSaving: 'Your answer could not be saved. Please try again.',
  required: 'Please answer this question.',
  pickAtLeast: 'Pick at least {n}.',
  pickAtMost: 'Pick at most {n}.',
};
