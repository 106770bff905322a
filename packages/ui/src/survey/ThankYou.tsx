import { useEffect } from 'preact/hooks';
import type { SurveyModel, TalkToUsContext } from './survey-model';
import type { SurveyStrings } from './survey-strings';

/** The thank-you screen's texts from the survey definition, in the visitor's language. */
export interface ThankYouTexts {
  title?: string | undefined;
  body?: string | undefined;
  /** Close by itself this long after appearing. */
  closeAfterMs?: number | undefined;
}

/**
 * The last screen. A detractor (NPS at or below the threshold) is offered "Talk to us", which
 * hands the survey context to the chat widget — but only if the page wired `onTalkToUs`.
 */
export function ThankYou(props: {
  model: SurveyModel;
  strings: SurveyStrings;
  texts: ThankYouTexts | undefined;
  titleId: string;
  onTalkToUs: ((context: TalkToUsContext) => void) | undefined;
}) {
  const { model, strings, texts = {}, onTalkToUs } = props;
  const detractor = model.detractor.value;
  useEffect(() => {
    if (texts.closeAfterMs === undefined) return;
    const timer = setTimeout(model.close, texts.closeAfterMs);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div part="thank-you" role="status">
      <h2 class="title" id={props.titleId} tabIndex={-1}>
        {texts.title ?? strings.thankYouTitle}
      </h2>
      <p class="desc">{texts.body ?? strings.thankYouBody}</p>
      {detractor && onTalkToUs && (
        <div class="actions">
          <button
            type="button"
            class="btn primary"
            part="submit"
            onClick={() => {
              onTalkToUs(detractor);
              model.close();
            }}
          >
            {strings.talkToUs}
          </button>
        </div>
      )}
    </div>
  );
}
