import { useLayoutEffect, useRef } from 'preact/hooks';
import { QuestionView } from './QuestionView';
import { isEmptyAnswer, type SurveyModel, type TalkToUsContext } from './survey-model';
import { format as fill } from '@pulso/core';
import { errorMessage, type SurveyStrings } from './survey-strings';
import type { TextsLang } from './texts-lang';
import { ThankYou, type ThankYouTexts } from './ThankYou';
import { trapTab, useDialogFocus } from './use-dialog-focus';

/** Props of {@link SurveyPrompt}. */
export interface SurveyPromptProps {
  model: SurveyModel;
  /** Built-in strings in the visitor's language (see `surveyStringsFrom`). */
  strings: SurveyStrings;
  /** `modal` traps focus and returns it on close; `popover` and `inline` leave the page usable. */
  layout?: 'popover' | 'modal' | 'inline';
  /** Overrides the survey's own thank-you texts (`model.thankYou`). */
  thankYou?: ThankYouTexts;
  /** Opens the chat for a detractor; without it the thank-you screen offers no "Talk to us". */
  onTalkToUs?(context: TalkToUsContext): void;
  /** Marks the survey's own texts when their language differs from `strings`' (see `textsLang`). */
  textsLang?: TextsLang | undefined;
}

let nextId = 0;

/**
 * A survey on screen: title, progress, the question's control, back/next, close, and the
 * thank-you screen. Renders nothing once closed. Escape closes (a dismissal before the end).
 *
 * @example
 * render(<SurveyPrompt model={model} strings={strings} layout="modal" />, root.mountPoint('survey'));
 */
export function SurveyPrompt(props: SurveyPromptProps) {
  return props.model.closed.value ? null : <Frame {...props} />;
}

function Frame({ model, strings, layout = 'popover', thankYou, onTalkToUs, textsLang }: SurveyPromptProps) {
  const frame = useRef<HTMLElement>(null);
  const base = useRef(`pulso-${++nextId}`).current;
  const modal = layout === 'modal';
  const question = model.question.value;
  const done = model.done.value;
  useDialogFocus(frame, modal);

  // A new step (or the thank-you screen) takes focus to its title, so a screen reader reads it.
  const step = done ? 'done' : question?.id;
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) first.current = false;
    else frame.current?.querySelector<HTMLElement>('.title')?.focus();
  }, [step]);

  const titleId = `${base}-t`;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      model.close();
    } else if (modal && frame.current) trapTab(event, frame.current);
  };

  return (
    <>
      {modal && <div class="backdrop" onClick={model.close} />}
      <section
        ref={frame}
        class="survey"
        part="survey"
        role={layout === 'inline' ? 'region' : 'dialog'}
        aria-modal={modal ? 'true' : undefined}
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <button type="button" class="close" part="close" aria-label={strings.close} onClick={model.close}>
          ×
        </button>
        {done || !question ? (
          <ThankYou model={model} strings={strings} texts={thankYou ?? model.thankYou} titleId={titleId} onTalkToUs={onTalkToUs} lang={textsLang} />
        ) : (
          <Step model={model} strings={strings} base={base} lang={textsLang} />
        )}
      </section>
    </>
  );
}

function Step(props: { model: SurveyModel; strings: SurveyStrings; base: string; lang: TextsLang | undefined }) {
  const { model, strings, base, lang } = props;
  const question = model.question.value!;
  const { index, total, value: ratio } = model.progress.value;
  const current = index + 1;
  const error = model.error.value;
  const draft = model.draft.value;
  const empty = isEmptyAnswer(draft);
  const step = fill(strings.progress, { current, total });
  const errorText = error && errorMessage(error, strings);
  const descId = question.description ? `${base}-d` : undefined;
  const errId = errorText ? `${base}-e` : undefined;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void model.submit();
      }}
    >
      {total > 1 && <progress part="progress" max={100} value={Math.round(ratio * 100)} aria-label={step} />}
      <div part="question" data-kind={question.kind}>
        <h2 class="title" id={`${base}-t`} tabIndex={-1} {...lang}>
          {question.title}
        </h2>
        {descId && (
          <p class="desc" id={descId} {...lang}>
            {question.description}
          </p>
        )}
        {/* A choice list holds nothing but the survey's texts; scales mix in built-in labels. */}
        <div {...(question.kind === 'single' || question.kind === 'multiple' ? lang : undefined)}>
          <QuestionView
            question={question}
            value={draft}
            onChange={model.setDraft}
            strings={strings}
            titleId={`${base}-t`}
            describedBy={[descId, errId].filter(Boolean).join(' ') || undefined}
            invalid={error?.kind === 'invalid'}
            textsLang={lang}
          />
        </div>
        {errorText && (
          <p class="err" id={errId} role="alert">
            {errorText}
          </p>
        )}
      </div>
      <div class="actions">
        {model.canGoBack.value && (
          <button type="button" class="btn back" onClick={model.back} aria-disabled={model.pending.value ? 'true' : undefined}>
            {strings.back}
          </button>
        )}
        <button type="submit" class="btn primary" part="submit" aria-disabled={model.pending.value ? 'true' : undefined}>
          {empty && !question.required ? strings.skip : current >= total ? strings.submit : strings.next}
        </button>
      </div>
    </form>
  );
}
