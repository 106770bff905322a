import type { Ref } from 'preact';
import { format } from '@pulso/core';
import type { ChatModel } from './chat-model';
import type { ChatStrings } from './chat-types';

/** The floating button that opens the chat, with the count of replies the shopper has not seen. */
export function ChatLauncher(props: { model: ChatModel; strings: ChatStrings; buttonRef: Ref<HTMLButtonElement> }) {
  const { model, strings } = props;
  const unread = model.unread.value;
  return (
    <button
      ref={props.buttonRef}
      class="launcher"
      part="launcher"
      aria-expanded={model.isOpen.value}
      aria-label={unread ? `${strings.launcher} (${format(strings.newMessages, { n: unread })})` : strings.launcher}
      onClick={() => (model.isOpen.value ? model.close() : model.openWhenReady({ source: 'launcher' }))}
    >
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
        <path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
      </svg>
      {unread > 0 && (
        <span class="badge" part="badge" aria-hidden="true">
          {unread > 9 ? '9+' : unread}
        </span>
      )}
    </button>
  );
}
