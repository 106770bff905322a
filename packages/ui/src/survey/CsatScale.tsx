import { EndLabels, ids } from './EndLabels';
import type { EndLabelTexts } from './NpsScale';
import type { QuestionProps } from './question-props';
import { RadioScale } from './RadioScale';
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
  const { question, strings, value } = props;
  const display = question.display;
  const options = strings.csat.slice(0, 5).map((label, i) => ({
    value: i + 1,
    content: display === 'stars' ? '★' : display === 'faces' ? faces[i]! : String(i + 1),
    name: `${fill(strings.progress, { current: i + 1, total: 5 })} — ${label}`,
    // Stars fill up to the chosen one.
    className: display === 'stars' && value !== undefined && i < value ? 'on' : '',
  }));
  const endsId = `${props.titleId}-ends`;
  const showEnds = display === 'numbers' || question.lowLabel || question.highLabel;
  return (
    <>
      <RadioScale
        className={display}
        options={options}
        value={value}
        onChange={props.onChange}
        labelledBy={props.titleId}
        describedBy={ids(showEnds && endsId, props.describedBy)}
        invalid={props.invalid}
      />
      {showEnds && (
        <EndLabels
          id={endsId}
          low={question.lowLabel ?? strings.csat[0]}
          high={question.highLabel ?? strings.csat[4]}
        />
      )}
    </>
  );
}
