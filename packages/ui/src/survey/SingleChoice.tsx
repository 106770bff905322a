import { isOther, type ChoiceQuestionView, type OtherAnswer } from './choice-types';
import { OtherInput } from './OtherInput';
import type { QuestionProps } from './question-props';
import { RadioScale } from './RadioScale';

// A key no choice id can have (ids start with a letter or digit), standing for "Other".
const OTHER = ' other';

/** Pick one option: a vertical radio group, with a text box when "Other" is picked. */
export function SingleChoice(props: QuestionProps<ChoiceQuestionView, string | OtherAnswer>) {
  const { question, value, onChange } = props;
  const options = question.choices.map((c) => ({ value: c.id, content: c.label }));
  if (question.other) options.push({ value: OTHER, content: question.other.label });
  const picked = isOther(value) ? OTHER : value;
  return (
    <>
      <RadioScale
        className="list"
        options={options}
        value={picked}
        onChange={(id) => onChange(id === OTHER ? { other: isOther(value) ? value.other : '' } : id)}
        labelledBy={props.titleId}
        describedBy={props.describedBy}
        invalid={props.invalid}
      />
      {question.other && isOther(value) && (
        <OtherInput
          other={question.other}
          value={value.other}
          onInput={(other) => onChange({ other })}
          describedBy={props.describedBy}
        />
      )}
    </>
  );
}
