import { createSurveyRun, redactPii, type JourneyStage, type PulsoConfig, type Survey, type SurveyResponse } from '@pulso/core';
import type { Priority } from '@pulso/transport';
import { h, render } from 'preact';
import type { WidgetRoot } from '../shadow/create-widget-root';
import { createSurveyModel, type TalkToUsContext } from '../survey/survey-model';
import { stringsLocale } from '../i18n/strings-registry';
import { surveyStringsFrom } from '../survey/survey-strings';
import { textsLang } from '../survey/texts-lang';
import { SurveyPrompt } from '../survey/SurveyPrompt';
import type { Emitter } from './create-emitter';
import type { PulsoEvents } from './pulso-types';
import { redactAnswer } from './redact-answer';
import { surveyEvent } from './survey-event';
import { textsLocale } from './texts-locale';
import type { VisitStore } from './visit-store';

/** A survey on screen. `close` removes it without recording anything (used by `destroy`). */
export interface MountedSurvey {
  close(): void;
  /** Whether the response is saved for a reload: an answer was given here, or it was resumed from one. */
  answered(): boolean;
}

export interface MountSurveyOptions {
  config: PulsoConfig;
  locale: string;
  /** A saved response to continue (after a reload), from the visit store. */
  resume?: unknown;
  root: WidgetRoot;
  layout: 'popover' | 'modal' | 'inline';
  journeyStage: JourneyStage | undefined;
  visit: VisitStore;
  emitter: Emitter<PulsoEvents>;
  report: (message: string, cause?: unknown) => void;
  /** Hands an event to the transport queue; resolves once it is durably stored. */
  send: (payload: object, priority: Priority) => Promise<unknown> | undefined;
  /** Opens the chat for "Talk to us"; absent when there is no chat to open (no `faq`, surveys-only build). */
  onTalkToUs: ((context: Record<string, string | number | boolean | undefined>) => void) | undefined;
  /** The survey left the screen (finished, dismissed or closed). */
  onClosed: () => void;
  win: Window;
}

/**
 * Puts one survey on screen and wires its life to the outside: every answer goes to the queue
 * (and only then does the prompt move on), the unfinished response is saved for a reload, and the
 * visitor's history and the `Pulso.on` listeners hear about completion and dismissal.
 */
export function mountSurvey(survey: Survey, options: MountSurveyOptions): MountedSurvey {
  const { config, locale, visit, emitter, win } = options;
  const run = createSurveyRun(survey, { locale, ...(options.resume ? { resume: options.resume as SurveyResponse } : {}) });
  const responseId = run.response.id;
  // Events say which texts the visitor read (answers mean what those words asked), and what was asked for.
  const shownLocale = textsLocale(survey, locale);
  const context = () => ({ responseId, locale: shownLocale, requestedLocale: locale, journeyStage: options.journeyStage, url: win.location.href });
  // Answers are never evicted from a full queue; a lost "shown" only blurs a response rate.
  const send = (type: Parameters<typeof surveyEvent>[0], extra: object) =>
    options.send(surveyEvent(type, survey, context(), extra), type === 'survey.shown' ? 'analytics' : 'high') ?? Promise.resolve();
  // Shown / completed / dismissed are not worth blocking the visitor for; a failure is reported.
  const sendQuietly = (type: Parameters<typeof surveyEvent>[0], extra: object) =>
    send(type, extra).catch((error: unknown) => options.report(`could not queue ${type} for survey "${survey.id}"`, error));
  const kindOf = (questionId: string) => survey.questions.find((question) => question.id === questionId)?.kind;
  // With `redactPii`, free text loses e-mails, phones, cards and ids before it leaves the page.
  const scrub = (questionId: string, value: unknown) =>
    config.redactPii ? redactAnswer(value, kindOf(questionId), redactPii) : value;
  const scrubAll = (answers: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, scrub(id, value)]));
  const mountPoint = options.root.mountPoint('survey');
  let closed = false;
  // Set on dismissal: an answer still being stored then must not save the response for a reload.
  let dismissed = false;
  let answered = false;

  const close = () => {
    if (closed) return;
    closed = true;
    render(null, mountPoint);
    options.onClosed();
  };

  const model = createSurveyModel(run, {
    // The definition gives the model its thank-you texts and the closing action per segment.
    survey,
    async onAnswer(questionId: string, value: unknown, response: SurveyResponse) {
      const sent = scrub(questionId, value);
      // Stored in the queue before the prompt moves on: a half-finished survey is never lost.
      try {
        await send('survey.answered', { questionId, value: sent });
      } catch (error) {
        // The prompt keeps the answer on screen with an error; the page hears about it too.
        options.report(`could not queue the answer to "${questionId}"`, error);
        throw error;
      }
      if (!dismissed) visit.saveResponse({ surveyId: survey.id, surveyVersion: survey.version, response });
      answered = true;
      emitter.emit('answered', { surveyId: survey.id, responseId, questionId, value: sent });
    },
    async onComplete(response: SurveyResponse) {
      visit.recordCompleted(survey.id);
      visit.clearResponse();
      const answers = scrubAll(response.answers);
      await sendQuietly('survey.completed', { answers });
      emitter.emit('completed', { surveyId: survey.id, responseId, answers });
    },
    async onDismiss(response: SurveyResponse) {
      const questionId = run.current?.id;
      dismissed = true;
      visit.recordDismissed(survey.id);
      visit.clearResponse();
      await sendQuietly('survey.dismissed', { questionId, answered: Object.keys(response.answers).length });
      emitter.emit('dismissed', { surveyId: survey.id, responseId, questionId });
    },
    onClose: close,
    detractorThreshold: config.detractorThreshold ?? 6,
  });

  render(
    h(SurveyPrompt, {
      model,
      strings: surveyStringsFrom(locale),
      layout: options.layout,
      // Plain-string texts without `locales` name no language: claiming the asked one would turn
      // an English survey right to left for `he`, so they are left to the strings around them.
      textsLang: typeof survey.questions[0]!.title === 'object' || survey.locales ? textsLang(shownLocale, stringsLocale(locale)) : undefined,
      // Without a chat, no "Talk to us": a button that cannot open anything would fail an unhappy customer.
      ...(options.onTalkToUs
        ? { onTalkToUs: ({ surveyId, responseId, score }: TalkToUsContext) => options.onTalkToUs!({ surveyId, responseId, score }) }
        : {}),
    }),
    mountPoint,
  );

  const resumed = !!options.resume;
  if (!resumed) void sendQuietly('survey.shown', {});
  emitter.emit('shown', { surveyId: survey.id, responseId, resumed });
  return { close, answered: () => answered || resumed };
}
