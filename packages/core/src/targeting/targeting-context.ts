import type { DeviceType, JourneyStage } from './targeting-schema';

/** What is known about the page and visitor when deciding. Every field but `visitor` is optional. */
export interface TargetingContext {
  /** The page URL (full, or path only). */
  url?: string;
  /** The event just tracked, if this decision follows `track(name, props)`. */
  event?: { name: string; props?: Record<string, unknown> };
  /** Milliseconds since the page loaded. */
  elapsedMs?: number;
  /** How far down the page the visitor has scrolled, 0–100. */
  scrollPercent?: number;
  /** The pointer left towards the browser chrome (or the equivalent on touch). */
  exitIntent?: boolean;
  journeyStage?: JourneyStage;
  /** The visitor's locale (`pt-BR`). */
  locale?: string;
  device?: DeviceType;
  /** `id` keeps sampling stable; `attributes` are matched by `targeting.attributes`. */
  visitor: { id: string; attributes?: Record<string, unknown> };
  /** `shown`: surveys shown in this session so far. */
  session?: { shown: number };
}

/** Why a survey is not shown, as a stable code (for code) and a sentence (for people). */
export type SkipCode =
  | 'invalid'
  | 'manual'
  | 'trigger'
  | 'locale'
  | 'device'
  | 'attributes'
  | 'sample'
  | 'once'
  | 'reask'
  | 'dismissed'
  | 'cooldown'
  | 'session'
  | 'not-chosen';

export interface Skip {
  code: SkipCode;
  reason: string;
}
