import type { EndLabelTexts } from './NpsScale';
import type { QuestionProps } from './question-props';
import { ScoreScale } from './ScoreScale';
import { format as fill } from '@pulso/core';

/** What a rating question needs to render. */
export interface RatingQuestionView extends EndLabelTexts {
  min: number;
  max: number;
  display: string;
}

/** A scale of the survey's own, `min`…`max`, as numbers or stars ("3 of 10" for stars). */
export function RatingScale(props: QuestionProps<RatingQuestionView, number>) {
  const { question, strings, ...scale } = props;
  const { value } = scale;
  const { min, max } = question;
  const stars = question.display === 'stars';
  const options = [];
  for (let n = min; n <= max; n++) {
    options.push({
      value: n,
      content: stars ? '★' : String(n),
      ...(stars
        ? { name: fill(strings.progress, { current: n, total: max }), className: value !== undefined && n <= value ? 'on' : '' }
        : {}),
    });
  }
  return (
    <ScoreScale {...scale} own={question} className={stars ? 'stars' : 'rating'} options={options} low={question.lowLabel} high={question.highLabel} />
  );
}
