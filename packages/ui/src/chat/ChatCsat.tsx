import type { ChatModel } from './chat-model';
import type { ChatStrings } from './chat-types';
import { focusComposer } from './focus-composer';

const faces = ['😞', '🙁', '😐', '🙂', '😀'];

/** The one-tap rating of the chat itself, asked at the end of a conversation. */
export function ChatCsat({ model, strings }: { model: ChatModel; strings: ChatStrings }) {
  const csat = model.transcript.value.csat;
  if (csat === null) return null;
  if (csat !== 'ask') {
    return (
      <p class="csat" role="status">
        {strings.csatThanks}
      </p>
    );
  }
  return (
    <div class="csat" role="group" aria-labelledby="pulso-csat-q" part="csat">
      <p id="pulso-csat-q">{strings.csatQuestion}</p>
      <div class="scale">
        {faces.map((face, index) => (
          <button
            class="opt"
            part="option"
            aria-label={`${index + 1} / 5`}
            onClick={(event) => (model.rate(index + 1), focusComposer(event))}
          >
            <span aria-hidden="true">{face}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
