import type { EndLabelTexts } from './NpsScale';
import type { QuestionProps } from './question-props';
import { ScoreScale } from './ScoreScale';

/** What a CES question needs to render. */
export interface CesQuestionView extends EndLabelTexts {
  /** 7, or 5 for a 1–5 scale. */
  max: number;
}

// A 1–5 agreement scale drops "somewhat" agree/disagree from the seven built-in labels.
const fivePoint = [0, 1, 3, 5, 6];

/**
 * Customer effort, 1–7 or 1–5 ("The company made it easy to handle my issue": strongly disagree …
 * strongly agree). Options show the number and are named "3 — Somewhat disagree".
 */
export function CesScale(props: QuestionProps<CesQuestionView, number>) {
  const { question, strings, ...scale } = props;
  const labels = question.max === 5 ? fivePoint.map((i) => strings.ces[i]!) : strings.ces.slice(0, 7);
  const options = labels.map((label, i) => ({
    value: i + 1,
    content: String(i + 1),
    name: `${i + 1} — ${label}`,
  }));
  return (
    <ScoreScale
      {...scale}
      own={question}
      className="ces"
      options={options}
      low={question.lowLabel ?? labels[0]}
      high={question.highLabel ?? labels[labels.length - 1]}
    />
  );
}
