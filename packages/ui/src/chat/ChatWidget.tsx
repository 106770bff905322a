import { useRef } from 'preact/hooks';
import type { ChatModel } from './chat-model';
import type { ChatStrings } from './chat-types';
import { ChatLauncher } from './ChatLauncher';
import { ChatPanel } from './ChatPanel';

/** The launcher (unless the site opens the chat itself) and, when open, the panel. */
export function ChatWidget(props: {
  model: ChatModel;
  strings: ChatStrings;
  botName: string;
  avatar?: string;
  launcher: boolean;
}) {
  const { model, strings } = props;
  const launcher = useRef<HTMLButtonElement>(null);
  return (
    <>
      {props.launcher && <ChatLauncher model={model} strings={strings} buttonRef={launcher} />}
      {model.isOpen.value && (
        <ChatPanel
          model={model}
          strings={strings}
          botName={props.botName}
          avatar={props.avatar}
          returnFocus={() => launcher.current}
        />
      )}
    </>
  );
}
