import { CesScale } from './CesScale';
import { CsatScale } from './CsatScale';
import { MultipleChoice } from './MultipleChoice';
import { NpsScale } from './NpsScale';
import type { QuestionProps } from './question-props';
import { RatingScale } from './RatingScale';
import { SingleChoice } from './SingleChoice';
import { TextAnswer } from './TextAnswer';
import type { StepView } from '@pulso/core';

/** The control for the current question, chosen by its kind. */
export function QuestionView(props: QuestionProps<StepView, unknown>) {
  const { question } = props;
  // The draft is `unknown` here and typed per kind inside each component; whatever comes back is
  // validated by the run on submit, so a loose cast at this one seam is safe.
  const p = props as QuestionProps<never, never>;
  switch (question.kind) {
    case 'nps':
      return <NpsScale {...p} question={question} />;
    case 'csat':
      return <CsatScale {...p} question={question} />;
    case 'ces':
      return <CesScale {...p} question={question} />;
    case 'rating':
      return <RatingScale {...p} question={question} />;
    case 'single':
      return <SingleChoice {...p} question={question} />;
    case 'multiple':
      return <MultipleChoice {...p} question={question} />;
    default:
      return <TextAnswer {...p} question={question} />;
  }
}
