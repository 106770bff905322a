import { useEffect, useState } from 'preact/hooks';
import type { QuestionProps } from './question-props';
import { format as fill } from '@pulso/core';

/** What a text question (or a follow-up) needs to render. */
export interface TextQuestionView {
  placeholder?: string | undefined;
  maxLength: number;
  multiline?: boolean;
}

// Announcing every keystroke would drown a screen reader; the count is announced after a pause.
const ANNOUNCE_AFTER_MS = 800;

/** Free text with a character count that is shown live and announced politely. */
export function TextAnswer(props: QuestionProps<TextQuestionView, string>) {
  const { question, strings } = props;
  const text = props.value ?? '';
  const countId = `${props.titleId}-count`;
  const left = fill(strings.charactersLeft, { n: question.maxLength - text.length });
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text ? left : ''), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [left]);
  const field = {
    'aria-labelledby': props.titleId,
    'aria-describedby': props.describedBy ? `${props.describedBy} ${countId}` : countId,
    'aria-invalid': props.invalid ? ('true' as const) : undefined,
    placeholder: question.placeholder,
    maxLength: question.maxLength,
    value: text,
    onInput: (event: Event) => props.onChange((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <>
      {question.multiline === false ? <input type="text" {...field} /> : <textarea {...field} />}
      <div class="count" id={countId} aria-hidden="true">
        {left}
      </div>
      <div class="sr" aria-live="polite">
        {spoken}
      </div>
    </>
  );
}
