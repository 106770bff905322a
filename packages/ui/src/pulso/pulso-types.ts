import type { JourneyStage } from '@pulso/core';

/** Who the visitor is, for sampling and attribute targeting. */
export interface PulsoVisitor {
  /** Your stable id for the visitor; an anonymous one is kept in localStorage otherwise. */
  id?: string;
  attributes?: Record<string, unknown>;
}

/** What each `Pulso.on(...)` event hands its handler. */
export interface PulsoEvents {
  /** A survey appeared (or reappeared to resume an unfinished response). */
  shown: { surveyId: string; responseId: string; resumed: boolean };
  /** An answer was stored in the outgoing queue. */
  answered: { surveyId: string; responseId: string; questionId: string; value: unknown };
  /** The last question was answered. */
  completed: { surveyId: string; responseId: string; answers: Record<string, unknown> };
  /** The visitor closed the survey before finishing it. */
  dismissed: { surveyId: string; responseId: string; questionId: string | undefined };
  /** Something went wrong: a bad configuration, a config file that did not load, a full queue. */
  error: { message: string; cause?: unknown };
}

/** A `Pulso` event name. */
export type PulsoEventName = keyof PulsoEvents;

/**
 * The Pulso API: the same object as `window.Pulso` on a script-tag page and
 * `import { Pulso } from '@pulso/ui'` in a bundled app. Methods never throw into the page;
 * problems are reported with `console.error` and the `error` event.
 */
export interface PulsoApi {
  /**
   * Validates the configuration (an object, the URL of a JSON file, or a promise of either's
   * content) and starts evaluating triggers. Calls made before it run right after it, in order.
   */
  init(config: unknown): void;
  /** Shows a survey now, whatever its triggers and frequency rules say (one at a time still holds). */
  showSurvey(surveyId: string): void;
  /** Records a custom event (e.g. `purchase` with the order) and shows a survey it triggers. */
  track(event: string, props?: Record<string, unknown>): void;
  /** Sets the visitor id and attributes used for sampling and targeting. */
  identify(visitor: PulsoVisitor): void;
  /** Sets the visitor's customer-journey stage. */
  setJourney(stage: JourneyStage): void;
  /** Opens the FAQ chat (when the configuration enables it). */
  openChat(): void;
  /**
   * Records the visitor's consent: with `requireConsent` in the configuration, nothing is sent
   * until this is called (answers wait in the browser's queue and go out afterwards, in order).
   */
  consent(): void;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends PulsoEventName>(event: K, handler: (detail: PulsoEvents[K]) => void): () => void;
  /** Removes everything Pulso added to the page and stops listening. `init` may be called again. */
  destroy(): void;
}
