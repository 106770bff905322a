/** What a single or multiple choice question needs to render, texts in the visitor's language. */
export interface ChoiceQuestionView {
  choices: { id: string; label: string }[];
  other?: { label: string; placeholder?: string | undefined; maxLength: number } | undefined;
}

/** The answer of the free-text "Other" option. */
export interface OtherAnswer {
  other: string;
}

/** Whether a picked value is the "Other" answer. */
export function isOther(value: unknown): value is OtherAnswer {
  return typeof value === 'object' && value !== null && 'other' in value;
}
