import { useEffect, useRef } from 'preact/hooks';
import type { ChatModel } from './chat-model';
import type { ChatStrings } from './chat-types';
import { ChatCsat } from './ChatCsat';
import { Composer } from './Composer';
import { focusComposer } from './focus-composer';
import { HandoffPanel } from './HandoffPanel';
import { MessageList } from './MessageList';

/** Props of {@link ChatPanel}. */
export interface ChatPanelProps {
  model: ChatModel;
  strings: ChatStrings;
  botName: string;
  /** An image URL, or up to two characters shown in a circle. */
  avatar?: string;
  /** Where focus goes when the panel closes, if the element that had it is gone. */
  returnFocus: () => HTMLElement | null;
}

/**
 * The chat panel: a non-modal dialog (the page stays usable around it). Focus moves to the
 * composer when it opens and back where it was when it closes; Escape closes it.
 */
export function ChatPanel(props: ChatPanelProps) {
  const { model, strings, avatar } = props;
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    // Inside the shadow root the root knows the focused element; outside it, the document does
    // (a page's own "Help" button). Safari does not focus buttons on click, hence the fallback.
    const root = panel.current?.getRootNode() as Document | ShadowRoot | undefined;
    const before = (root?.activeElement ?? document.activeElement) as HTMLElement | null;
    input.current?.focus();
    return () => {
      const usable = before && before.isConnected && before !== document.body && !before.shadowRoot;
      (usable ? before : props.returnFocus())?.focus();
    };
  }, []);
  const hasShopperLines = model.transcript.value.lines.some((line) => line.from === 'shopper');
  return (
    <section
      ref={panel}
      class="chat"
      part="panel"
      role="dialog"
      aria-labelledby="pulso-chat-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          model.close();
        }
      }}
    >
      <header class="head">
        {avatar &&
          (/^(https?:\/\/|\/)/.test(avatar) ? (
            <img class="avatar" part="avatar" src={avatar} alt="" />
          ) : (
            <span class="avatar" part="avatar" aria-hidden="true">
              {avatar}
            </span>
          ))}
        <h2 id="pulso-chat-title" class="name">
          {props.botName}
        </h2>
        {hasShopperLines && model.transcript.value.csat === null && (
          <button class="btn" onClick={(event) => (model.end(), focusComposer(event))}>
            {strings.endChat}
          </button>
        )}
        <button class="close" part="close" aria-label={strings.close} onClick={() => model.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {!model.online.value && (
        <p class="note" role="status">
          {strings.offlineNotice}
        </p>
      )}
      <MessageList model={model} strings={strings} botName={props.botName} />
      <HandoffPanel model={model} strings={strings} />
      <ChatCsat model={model} strings={strings} />
      <Composer model={model} strings={strings} inputRef={input} />
    </section>
  );
}
