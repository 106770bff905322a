import { journeyStages, safeParseConfig } from '@pulso/core';
import type { ChatPlugin } from './chat-plugin';
import { createEmitter } from './create-emitter';
import { fetchConfig } from './fetch-config';
import { createRuntime, type Runtime, type VisitorState } from './create-runtime';
import type { PulsoApi, PulsoEvents } from './pulso-types';

/** Options of `createPulso`. */
export interface PulsoOptions {
  /**
   * Values merged over every `init` config: the script tag's `data-endpoint`, `data-locale` and
   * `nonce`, which describe this page and so win over a configuration file shared by many pages.
   */
  overrides?: Record<string, unknown>;
  /** The window to work in (tests, iframes). */
  win?: Window;
}

/**
 * A Pulso instance with the chat given as a plugin (or none: a surveys-only build). Calls made
 * before `init` (or while the configuration is loading) are kept and run, in order, right after
 * it. Nothing throws into the host page: problems go to `console.error` and the `error` event.
 */
export function startPulso(options: PulsoOptions = {}, chat?: ChatPlugin): PulsoApi {
  const report = (message: string, cause?: unknown) => {
    console.error(`pulso: ${message}`, ...(cause === undefined ? [] : [cause]));
    emitter.emit('error', { message, ...(cause === undefined ? {} : { cause }) });
  };
  const emitter = createEmitter<PulsoEvents>((error) => console.error('pulso: an event handler threw', error));
  const state: VisitorState = { visitor: {} };
  let runtime: Runtime | undefined;
  let waiting: Array<(runtime: Runtime) => void> = [];
  let generations = 0;

  // Every entry point is wrapped: a bug in Pulso must never become an exception in the shop.
  const guard = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      report(`${what} failed`, error);
    }
  };
  const whenReady = (what: string, call: (runtime: Runtime) => void) => {
    if (runtime) guard(what, () => call(runtime!));
    else waiting.push((ready) => guard(what, () => call(ready)));
  };

  const api: PulsoApi = {
    init(input) {
      if (typeof input === 'string' || isThenable(input)) {
        // A URL of a JSON file (or a request for one already made): start once it is loaded,
        // unless `destroy` or another `init` came first.
        const generation = ++generations;
        (typeof input === 'string' ? fetchConfig(input) : input).then(
          (loaded) => generation === generations && api.init(loaded),
          (error: Error) => generation === generations && report(error.message),
        );
        return;
      }
      generations++;
      guard('init', () => {
        const merged = isObject(input) ? { ...input, ...options.overrides } : input;
        const parsed = safeParseConfig(merged);
        if (!parsed.success) {
          const where = parsed.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
          return report(`the configuration is invalid, so nothing will be shown. ${where}`);
        }
        runtime?.stop();
        const started = createRuntime(parsed.config, { chat, emitter, report, state, ...(options.win ? { win: options.win } : {}) });
        runtime = started;
        started.resume();
        const calls = waiting;
        waiting = [];
        calls.forEach((call) => call(started));
        started.start();
      });
    },
    showSurvey: (id) => whenReady('showSurvey', (ready) => ready.showSurvey(id)),
    track(event, props) {
      if (typeof event !== 'string' || event === '') return report(`track: the event name must be a non-empty string, but got ${JSON.stringify(event) ?? String(event)}`);
      if (props !== undefined && !isObject(props)) return report(`track: the properties of "${event}" must be an object, like { order: { total: 120 } }`);
      whenReady('track', (ready) => ready.track(event, props));
    },
    // Script-tag pages call these from plain JavaScript: a wrong argument is named, and ignored,
    // rather than silently skewing targeting and every answer's journey stage.
    identify(visitor) {
      guard('identify', () => {
        const problem = visitorProblem(visitor);
        if (problem) return report(`identify: ${problem}; the visitor is unchanged`);
        // A numeric customer id (common in shop templates) is kept as the string it stands for.
        state.visitor = typeof visitor.id === 'number' ? { ...visitor, id: String(visitor.id) } : { ...visitor };
        runtime?.changed();
      });
    },
    setJourney(stage) {
      guard('setJourney', () => {
        if (!(journeyStages as readonly unknown[]).includes(stage)) {
          return report(`setJourney: ${JSON.stringify(stage) ?? String(stage)} is not a journey stage; expected one of ${journeyStages.join(', ')}`);
        }
        state.journeyStage = stage;
        runtime?.changed();
      });
    },
    openChat: () => whenReady('openChat', (ready) => ready.openChat()),
    consent: () => whenReady('consent', (ready) => ready.consent()),
    on: (event, handler) => emitter.on(event, handler),
    destroy() {
      generations++;
      guard('destroy', () => {
        runtime?.stop();
        runtime = undefined;
        waiting = [];
      });
    },
  };
  return api;
}

/** What is wrong with an `identify` argument, or `undefined` when it is fine. */
function visitorProblem(visitor: unknown): string | undefined {
  if (!isObject(visitor)) return `expected an object like { id, attributes }, but got ${visitor === null ? 'null' : Array.isArray(visitor) ? 'an array' : typeof visitor}`;
  const { id } = visitor;
  if (id !== undefined && !(typeof id === 'string' ? id !== '' : Number.isFinite(id))) return `id must be a non-empty string, but got ${JSON.stringify(id) ?? String(id)}`;
  if (visitor.attributes !== undefined && !isObject(visitor.attributes)) return 'attributes must be an object';
  return undefined;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return isObject(value) && typeof value.then === 'function';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
