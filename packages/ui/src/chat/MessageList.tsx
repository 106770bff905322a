import { useEffect, useRef } from 'preact/hooks';
import type { ChatModel } from './chat-model';
import type { ChatStrings } from './chat-types';
import { ChatMessage } from './ChatMessage';

/**
 * The conversation, announced politely as it grows (`aria-live` on the list, additions only, so
 * a screen reader reads each new line once and never the whole history), scrolled to the end.
 */
export function MessageList(props: { model: ChatModel; strings: ChatStrings; botName: string }) {
  const { model, strings } = props;
  const lines = model.transcript.value.lines;
  const typing = model.typing.value;
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines.length, typing]);
  return (
    <div class="log" ref={scroller}>
      <ol class="msgs" aria-live="polite" aria-relevant="additions">
        {lines.map((line) => (
          <ChatMessage key={line.id} line={line} model={model} strings={strings} botName={props.botName} />
        ))}
      </ol>
      {typing && (
        <p class="typing" role="status">
          <span class="dot" aria-hidden="true" />
          <span class="dot" aria-hidden="true" />
          <span class="dot" aria-hidden="true" />
          <span class="sr">{strings.typing}</span>
        </p>
      )}
    </div>
  );
}
