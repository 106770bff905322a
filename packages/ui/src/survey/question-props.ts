import type { SurveyStrings } from './survey-strings';
import type { TextsLang } from './texts-lang';

/** What every question component gets from {@link QuestionView}. */
export interface QuestionProps<Q, V> {
  question: Q;
  value: V | undefined;
  onChange(value: V): void;
  strings: SurveyStrings;
  /** Id of the question title, which names the control. */
  titleId: string;
  /** Space-separated ids of the description, end labels and error describing the control. */
  describedBy: string | undefined;
  invalid: boolean;
  /** Marks the question's own texts (its end labels) when their language differs from `strings`'. */
  textsLang?: TextsLang | undefined;
}
