import type { EndLabelTexts } from './NpsScale';
import type { QuestionProps } from './question-props';
import { ScoreScale } from './ScoreScale';
import { format as fill } from '@pulso/core';

/** What a CSAT question needs to render. */
export interface CsatQuestionView extends EndLabelTexts {
  display: string;
}

const faces = ['😞', '🙁', '😐', '🙂', '😄'];

/**
 * Customer satisfaction, 1–5, as stars, faces or numbers. Each option is named from the built-in
 * strings ("4 of 5 — Satisfied"), so a screen reader never reads "black star".
 */
export function CsatScale(props: QuestionProps<CsatQuestionView, number>) {
  const { question, strings, ...scale } = props;
  const { value } = scale;
  const display = question.display;
  const options = strings.csat.slice(0, 5).map((label, i) => ({
    value: i + 1,
    content: display === 'stars' ? '★' : display === 'faces' ? faces[i]! : String(i + 1),
    name: `${fill(strings.progress, { current: i + 1, total: 5 })} — ${label}`,
    // Stars fill up to the chosen one.
    className: display === 'stars' && value !== undefined && i < value ? 'on' : '',
  }));
  // Numbers need words at their ends; stars and faces speak for themselves unless labelled.
  const showEnds = display === 'numbers' || question.lowLabel || question.highLabel;
  return (
    <ScoreScale
      {...scale}
      own={question}
      className={display}
      options={options}
      low={showEnds ? (question.lowLabel ?? strings.csat[0]) : undefined}
      high={showEnds ? (question.highLabel ?? strings.csat[4]) : undefined}
    />
  );
}
