import { useEffect } from 'preact/hooks';
import type { SurveyModel, TalkToUsContext } from './survey-model';
import type { SurveyStrings } from './survey-strings';
import type { TextsLang } from './texts-lang';

/** The thank-you screen's texts from the survey definition, in the visitor's language. */
export interface ThankYouTexts {
  title?: string | undefined;
  body?: string | undefined;
  /** Close by itself this long after appearing. */
  closeAfterMs?: number | undefined;
}

/**
 * The last screen, with the survey's closing action for the visitor's segment (a message, a link
 * such as a review page). A detractor (NPS at or below the threshold), or anyone the closing
 * action offers a chat, gets "Talk to us" — if the page wired `onTalkToUs`.
 */
export function ThankYou(props: {
  model: SurveyModel;
  strings: SurveyStrings;
  texts: ThankYouTexts | undefined;
  titleId: string;
  onTalkToUs: ((context: TalkToUsContext) => void) | undefined;
  lang: TextsLang | undefined;
}) {
  const { model, strings, texts = {}, onTalkToUs, lang } = props;
  const closing = model.closing.value;
  // The survey's own texts carry their language; the built-in fallbacks inherit the strings'.
  const body = closing?.message ?? texts.body;
  const context = model.detractor.value ?? (closing?.offerChat ? model.talkContext() : null);
  useEffect(() => {
    if (texts.closeAfterMs === undefined) return;
    const timer = setTimeout(model.close, texts.closeAfterMs);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div part="thank-you" role="status">
      <h2 class="title" id={props.titleId} tabIndex={-1} {...(texts.title === undefined ? undefined : lang)}>
        {texts.title ?? strings.thankYouTitle}
      </h2>
      <p class="desc" {...(body === undefined ? undefined : lang)}>
        {body ?? strings.thankYouBody}
      </p>
      {(closing?.link || (context && onTalkToUs)) && (
        <div class="actions">
          {closing?.link && (
            <a class="btn" part="link" href={closing.link.url} target="_blank" rel="noopener noreferrer" {...lang}>
              {closing.link.label}
            </a>
          )}
          {context && onTalkToUs && (
            <button
              type="button"
              class="btn primary"
              part="submit"
              onClick={() => {
                onTalkToUs(context);
                model.close();
              }}
            >
              {strings.talkToUs}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
