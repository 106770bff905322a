import type { Ref } from 'preact';
import type { ChatModel } from './chat-model';
import type { ChatStrings } from './chat-types';

/** Where the shopper types. Enter sends; the field keeps focus so the next question is quick. */
export function Composer(props: { model: ChatModel; strings: ChatStrings; inputRef: Ref<HTMLInputElement> }) {
  const { model, strings } = props;
  // Kept in the transcript, not in component state, so a reload gives back a half-typed question.
  const text = model.draftOf('question');
  return (
    <form
      class="composer"
      part="composer"
      onSubmit={(event) => {
        event.preventDefault();
        model.send(text);
      }}
    >
      <label class="sr" for="pulso-chat-input">
        {strings.placeholder}
      </label>
      <input
        id="pulso-chat-input"
        ref={props.inputRef}
        type="text"
        autocomplete="off"
        maxLength={1000}
        placeholder={strings.placeholder}
        value={text}
        onInput={(event) => model.draft('question', event.currentTarget.value)}
      />
      <button type="submit" class="btn primary" part="submit">
        {strings.send}
      </button>
    </form>
  );
}
