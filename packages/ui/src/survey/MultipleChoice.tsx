import { isOther, type ChoiceQuestionView, type OtherAnswer } from './choice-types';
import { OtherInput } from './OtherInput';
import type { QuestionProps } from './question-props';

/** The picks of a multiple choice question: choice ids, and at most one "Other" text. */
export type MultiplePicks = (string | OtherAnswer)[];

/** Pick several options: native checkboxes in a named group, plus "Other" with a text box. */
export function MultipleChoice(props: QuestionProps<ChoiceQuestionView, MultiplePicks>) {
  const { question, onChange } = props;
  const picks = props.value ?? [];
  const other = picks.find(isOther);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...picks, id] : picks.filter((p) => p !== id));
  const box = (label: string, checked: boolean, onToggle: (on: boolean) => void) => (
    <label class="opt" part={checked ? 'option option-selected' : 'option'}>
      <input type="checkbox" checked={checked} onChange={(e) => onToggle(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
  return (
    <div
      role="group"
      class="list"
      aria-labelledby={props.titleId}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid ? 'true' : undefined}
    >
      {question.choices.map((c) => box(c.label, picks.includes(c.id), (on) => toggle(c.id, on)))}
      {question.other &&
        box(question.other.label, Boolean(other), (on) =>
          onChange(on ? [...picks, { other: '' }] : picks.filter((p) => !isOther(p))),
        )}
      {question.other && other && (
        <OtherInput
          other={question.other}
          value={other.other}
          onInput={(text) => onChange(picks.map((p) => (isOther(p) ? { other: text } : p)))}
          describedBy={props.describedBy}
        />
      )}
    </div>
  );
}
