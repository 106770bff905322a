import type { ChoiceQuestionView } from './choice-types';

/** The text box shown once "Other" is picked; named by the option's own label. */
export function OtherInput(props: {
  other: NonNullable<ChoiceQuestionView['other']>;
  value: string;
  onInput(text: string): void;
  describedBy: string | undefined;
}) {
  const { other } = props;
  return (
    <input
      type="text"
      class="other"
      aria-label={other.label}
      aria-describedby={props.describedBy}
      placeholder={other.placeholder}
      maxLength={other.maxLength}
      value={props.value}
      onInput={(event) => props.onInput(event.currentTarget.value)}
    />
  );
}
