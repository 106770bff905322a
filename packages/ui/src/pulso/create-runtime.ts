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
    ? createQueue({ endpoint: config.endpoint, headers: config.headers, requireConsent: config.requireConsent })
    : undefined;
  const locale = resolveLocale(config, win.navigator);
  const sessionCap = config.maxSurveysPerSession ?? DEFAULT_SESSION_CAP;
  const stops: Array<() => void> = [];
  let widgets: Widgets | undefined;
  let active: MountedSurvey | undefined;
  let stopped = false;
  let scrollPercent = 0;
  // When the current page began: load, or a single-page app's last URL change (delays count from it).
  let since = 0;
  // Set while a survey is being opened: the moments (and showSurvey calls) that came meanwhile,
  // decided after it unless it showed.
  let pending: Array<() => unknown> | undefined;

  const now = () => win.performance.now();
  const ui = () => (widgets ??= openWidgets(config, { locale, queue, report, chat, win }));

  const visitorId = () => state.visitor.id ?? visit.visitorId();

  const evaluate = (moment: Moment = {}) => {
    if (stopped || active) return;
    if (pending) return void pending.push(() => evaluate(moment));
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
        elapsedMs: now() - since,
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
    if (active) return;
    if (pending) return void pending.push(() => open(survey, resume));
    pending = [];
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
      // One survey at a time: what came meanwhile is dropped if this one showed, else decided now
      // (another tab held the lock, or it failed), in order, each with the caps as they are then.
      const kept = pending;
      pending = undefined;
      if (!active) kept.forEach((next) => next());
    }
  };

  const surveyById = (id: string) => config.surveys.find((survey) => survey.id === id);

  /**
   * Brings back an unfinished response (same survey version), before anything else can open. A
   * page whose configuration lacks that survey keeps it: shops with one configuration per section
   * (checkout, blog) resume it on the next page that has the survey.
   */
  const resume = () => {
    const saved = visit.savedResponse();
    const savedSurvey = saved && surveyById(saved.surveyId);
    if (savedSurvey) savedSurvey.version === saved.surveyVersion ? void open(savedSurvey, saved.response) : visit.clearResponse();
  };

  return {
    resume,
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
      // Delays count from when the current page began: "10 s after /checkout/done" in a
      // single-page app means 10 s after that route became current. One timer, for the next
      // delay not yet reached; one that fires a little early only arms again.
      const delays = collectDelays(config.surveys);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(timer);
        const elapsed = now() - since;
        const next = delays.find((delay) => delay > elapsed);
        if (next !== undefined) timer = setTimeout(() => (evaluate(), arm()), Math.ceil(next - elapsed));
      };
      // An in-page anchor (`#reviews`) is the same page: only a path, query or hash-router route
      // (`#/…`, `#!…`) change starts the page's delays and scroll depth again.
      const pageOf = (href: string) => href.replace(/#(?![/!]).*/, '');
      let current = pageOf(win.location.href);
      stops.push(
        watchUrl((href) => {
          if (current !== (current = pageOf(href))) {
            since = now();
            arm();
            watchScroll();
          }
          evaluate();
        }, win),
        () => (stopScroll(), clearTimeout(timer)),
      );
      watchScroll();
      arm();
      stops.push(watchExitIntent(() => evaluate({ exitIntent: true }), win));
      // A leaving page gives the lock back: a localStorage lease (no Web Locks) would outlive it
      // and keep a reload or the next page from resuming the survey. The back/forward cache may
      // bring the page back with its survey on screen. Once answered, the response is saved and
      // another page may have gone on with it (or finished it) meanwhile: the copy here goes and
      // what is stored is resumed, as on a fresh load (which also asks for the lock). Unanswered,
      // it takes the lock again, or, if another tab took it meanwhile, closes without recording
      // anything.
      // (The controller is the listeners' options: its `signal` removes them.)
      const page = new AbortController();
      win.addEventListener('pagehide', () => lock.release(), page);
      win.addEventListener(
        'pageshow',
        (event) =>
          event.persisted && active && (active.answered() ? (active.close(), resume()) : lock.acquire().then((held) => held || active?.close())),
        page,
      );
      stops.push(() => page.abort());
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
