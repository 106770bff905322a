import { EndLabels, ids } from './EndLabels';
import type { EndLabelTexts } from './NpsScale';
import type { QuestionProps } from './question-props';
import { RadioScale, type ScaleOption } from './RadioScale';

/**
 * The frame every score question shares (NPS, CSAT, CES, rating): a radio scale named by the
 * question title and described by its end labels, when it has any.
 */
export function ScoreScale(
  props: Omit<QuestionProps<unknown, number>, 'question' | 'strings'> & {
    className: string;
    options: ScaleOption<number>[];
    low?: string | undefined;
    high?: string | undefined;
    /** The question's own end labels: shown ones carry `textsLang`, built-in ones do not. */
    own: EndLabelTexts;
  },
) {
  const { own, textsLang } = props;
  const endsId = `${props.titleId}-ends`;
  return (
    <>
      <RadioScale
        className={props.className}
        options={props.options}
        value={props.value}
        onChange={props.onChange}
        labelledBy={props.titleId}
        describedBy={ids((props.low || props.high) && endsId, props.describedBy)}
        invalid={props.invalid}
      />
      <EndLabels
        id={endsId}
        low={props.low}
        high={props.high}
        lowLang={own.lowLabel && own.lowLabel === props.low ? textsLang : undefined}
        highLang={own.highLabel && own.highLabel === props.high ? textsLang : undefined}
      />
    </>
  );
}
