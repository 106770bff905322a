import { decideSurvey, type JourneyStage, type PulsoConfig, type Survey } from '@pulso/core';
import { createQueue } from '@pulso/transport';
import type { ChatPlugin } from './chat-plugin';
import { collectDelays } from './collect-delays';
import type { Emitter } from './create-emitter';
import { detectDevice } from './detect-device';
import { mountSurvey, type MountedSurvey } from './mount-survey';
import { openWidgets, type Widgets } from './open-widgets';
import type { PulsoEvents, PulsoVisitor } from './pulso-types';
import { resolveLocale } from './resolve-locale';
import { createTabLock } from './tab-lock';
import { createVisitStore } from './visit-store';
import { watchExitIntent } from './watch-exit-intent';
import { watchScrollDepth } from './watch-scroll-depth';
import { watchUrl } from './watch-url';
import { webStore } from './web-store';

/** State that outlives one configuration: set by `identify` / `setJourney` before or after `init`. */
export interface VisitorState {
  visitor: PulsoVisitor;
  journeyStage?: JourneyStage;
}

export interface RuntimeOptions {
  chat: ChatPlugin | undefined;
  emitter: Emitter<PulsoEvents>;
  report: (message: string, cause?: unknown) => void;
  state: VisitorState;
  win?: Window;
}

/** A started configuration: what `init` creates and `destroy` stops. */
export type Runtime = ReturnType<typeof createRuntime>;

const DEFAULT_SESSION_CAP = 1;

/** What just happened, for one decision: a tracked event, or the pointer leaving the page. */
interface Moment {
  event?: { name: string; props?: Record<string, unknown> };
  exitIntent?: boolean;
}

/**
 * Runs one validated configuration: decides which survey to show and when (on start, on
 * `track`, on URL changes, scroll depth, exit intent, delays and journey changes), keeps one
 * survey on screen across tabs, remembers the visitor's history, and sends every survey event to
 * the endpoint's queue.
 */
export function createRuntime(config: PulsoConfig, options: RuntimeOptions) {
  const { emitter, report, state, chat, win = window } = options;
  const local = webStore('localStorage', win);
  const visit = createVisitStore(local, webStore('sessionStorage', win));
  const lock = createTabLock('pulso:survey', { locks: win.navigator.locks, store: local });
  const queue = config.endpoint
    ? createQueue({
        endpoint: config.endpoint,
        ...(config.headers ? { headers: config.headers } : {}),
        ...(config.requireConsent ? { requireConsent: true } : {}),
      })
    : undefined;
  const locale = resolveLocale(config, win.navigator);
  const sessionCap = config.maxSurveysPerSession ?? DEFAULT_SESSION_CAP;
  const stops: Array<() => void> = [];
  let widgets: Widgets | undefined;
  let active: MountedSurvey | undefined;
  let opening = false;
  let stopped = false;
  let scrollPercent = 0;

  const ui = () => (widgets ??= openWidgets(config, { locale, queue, report, chat, win }));

  const visitorId = () => state.visitor.id ?? visit.visitorId();

  const evaluate = (moment: Moment = {}) => {
    if (stopped || active || opening) return;
    try {
      decide(moment);
    } catch (error) {
      // Called from scroll, timer and history listeners too: never let an error escape into them.
      report('could not decide which survey to show', error);
    }
  };

  const decide = (moment: Moment) => {
    const shown = visit.sessionShown().length;
    if (shown >= sessionCap) return;
    const decision = decideSurvey(
      config.surveys,
      {
        url: win.location.href,
        ...moment,
        elapsedMs: win.performance.now(),
        scrollPercent,
        journeyStage: state.journeyStage,
        locale,
        device: detectDevice(win),
        visitor: { id: visitorId(), attributes: state.visitor.attributes ?? {} },
        session: { shown },
      },
      visit.history(),
      { now: Date.now() },
    );
    if (config.debug) console.info('pulso: survey decision', decision);
    if (decision.survey) void open(decision.survey);
  };

  /** Shows `survey` if no other survey is open in any tab; `resume` continues a saved response. */
  const open = async (survey: Survey, resume?: unknown): Promise<void> => {
    if (active || opening) return;
    opening = true;
    try {
      if (!(await lock.acquire())) return;
      if (stopped) return lock.release();
      if (!resume) visit.recordShown(survey.id);
      active = mountSurvey(survey, {
        config,
        locale,
        resume,
        root: ui().root(),
        layout: ui().layout,
        journeyStage: state.journeyStage,
        visit,
        emitter,
        report,
        send: (payload, priority) => queue?.enqueue(payload, { priority }),
        onTalkToUs: chat && config.faq ? (context) => ui().openChat({ source: 'detractor', ...context }) : undefined,
        onClosed: () => {
          active = undefined;
          lock.release();
        },
        win,
      });
    } catch (error) {
      lock.release();
      // A saved response that cannot be resumed would fail again on every page: drop it.
      if (resume) visit.clearResponse();
      report(`could not show survey "${survey.id}"`, error);
    } finally {
      opening = false;
    }
  };

  const surveyById = (id: string) => config.surveys.find((survey) => survey.id === id);

  return {
    /** Brings back an unfinished response (same survey version), before anything else can open. */
    resume() {
      const saved = visit.savedResponse();
      const savedSurvey = saved && surveyById(saved.surveyId);
      if (saved && savedSurvey && savedSurvey.version === saved.surveyVersion) void open(savedSurvey, saved.response);
      else if (saved) visit.clearResponse();
    },
    /** Starts watching the page and decides once for the page as it is. */
    start() {
      // Scroll depth is per page: after a single-page app's URL change it starts again from what
      // is visible, or depth reached on the home page would show an article's survey unread.
      let stopScroll = () => {};
      const watchScroll = () => {
        stopScroll();
        scrollPercent = 0;
        stopScroll = watchScrollDepth((percent) => {
          scrollPercent = percent;
          evaluate();
        }, win);
      };
      stops.push(
        watchUrl(() => {
          watchScroll();
          evaluate();
        }, win),
        () => stopScroll(),
      );
      watchScroll();
      stops.push(watchExitIntent(() => evaluate({ exitIntent: true }), win));
      for (const delay of collectDelays(config.surveys)) {
        // Timers may fire a little before `performance.now()` reaches the delay: re-arm until it has.
        let timer: ReturnType<typeof setTimeout>;
        const arm = () => {
          const wait = delay - win.performance.now();
          if (wait <= 0) return evaluate();
          timer = setTimeout(arm, Math.ceil(wait));
        };
        arm();
        stops.push(() => clearTimeout(timer));
      }
      // A localStorage lease (no Web Locks) outlives the page unless given back, and would keep
      // the next page (or a reload) from resuming the survey until it expires.
      const hide = () => lock.release();
      win.addEventListener('pagehide', hide);
      stops.push(() => win.removeEventListener('pagehide', hide));
      if (config.chat?.enabled) ui().chat();
      evaluate();
    },
    track(name: string, props?: Record<string, unknown>) {
      evaluate({ event: { name, ...(props ? { props } : {}) } });
    },
    showSurvey(id: string) {
      const survey = surveyById(id);
      if (!survey) return report(`showSurvey: there is no survey with id "${id}" in the configuration`);
      void open(survey);
    },
    changed: () => evaluate(),
    openChat() {
      ui().openChat({ source: 'api' });
    },
    consent() {
      queue?.resume();
    },
    stop() {
      stopped = true;
      stops.splice(0).forEach((stop) => stop());
      active?.close();
      active = undefined;
      lock.release();
      widgets?.destroy();
      widgets = undefined;
      queue?.close();
    },
  };
}
