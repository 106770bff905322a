import type { ChatModel } from './chat-model';
import type { ChatStrings } from './chat-types';
import { focusComposer } from './focus-composer';
import { renderMarkdown } from './render-markdown';
import type { ChatLine } from './transcript-store';

/**
 * One line of the conversation. Bot and agent text goes through the safe Markdown subset; what
 * the shopper typed is shown exactly as typed. Answers carry "Was this helpful?", abstentions
 * their "did you mean" chips.
 */
export function ChatMessage(props: { line: ChatLine; model: ChatModel; strings: ChatStrings; botName: string }) {
  const { line, model, strings } = props;
  const fromShopper = line.from === 'shopper';
  return (
    <li class={`msg ${line.from}`} part={`message message-${line.from}`}>
      {/* Who says it, for screen readers, which read a line without its bubble's look. */}
      <span class="sr">{line.from === 'bot' ? props.botName : fromShopper ? strings.you : strings.agent}: </span>
      <div class="bubble" {...(line.faqId || line.kb ? model.faqLang : undefined)}>
        {fromShopper ? line.text : renderMarkdown(line.text)}
      </div>
      {line.suggestions && line.suggestions.length > 0 && (
        <div class="chips" role="group" aria-label={strings.didYouMean}>
          <span aria-hidden="true">{strings.didYouMean}</span>
          {line.suggestions.map((faq) => (
            <button class="chip" part="chip" onClick={() => model.pick(faq)} {...model.faqLang}>
              {faq.question}
            </button>
          ))}
        </div>
      )}
      {line.faqId && <Feedback line={line} model={model} strings={strings} />}
    </li>
  );
}

function Feedback({ line, model, strings }: { line: ChatLine; model: ChatModel; strings: ChatStrings }) {
  if (line.helpful !== undefined) return <p class="fb">{strings.thanks}</p>;
  return (
    <div class="fb" role="group" aria-label={strings.helpful}>
      <span aria-hidden="true">{strings.helpful}</span>
      <button class="chip" part="feedback" onClick={(event) => (model.feedback(line.id, true), focusComposer(event))}>
        {strings.yes}
      </button>
      <button class="chip" part="feedback" onClick={(event) => (model.feedback(line.id, false), focusComposer(event))}>
        {strings.no}
      </button>
    </div>
  );
}
