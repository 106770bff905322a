import type { QuestionProps } from './question-props';
import { ScoreScale } from './ScoreScale';

/** The end labels an NPS, CSAT, CES or rating question may carry, already in the visitor's language. */
export interface EndLabelTexts {
  lowLabel?: string | undefined;
  highLabel?: string | undefined;
}

const points = Array.from({ length: 11 }, (_, n) => ({ value: n, content: String(n) }));

/**
 * Net Promoter Score, 0–10: a radio group whose options are named `0` … `10`, described by the
 * end labels (the question's own, else the built-in "Not at all likely" / "Extremely likely").
 */
export function NpsScale(props: QuestionProps<EndLabelTexts, number>) {
  const { question, strings, ...scale } = props;
  return (
    <ScoreScale
      {...scale}
      own={question}
      className="nps"
      options={points}
      low={question.lowLabel ?? strings.npsLow}
      high={question.highLabel ?? strings.npsHigh}
    />
  );
}
