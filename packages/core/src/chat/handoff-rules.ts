import { isWithinBusinessHours, type BusinessHours } from './business-hours';
import type { HandoffReason } from './chat-events';

/** What the handoff decision looks at, as the chat model counts it. */
export interface HandoffSignals {
  /** Abstentions since the conversation started or since a person was last offered. */
  abstentions: number;
  /** The intent the FAQ bot read in the latest message (`human` = "talk to a person"). */
  intent?: string;
  /** Where the chat was opened from; `detractor` = the "Talk to us" of a detractor survey. */
  openedFrom?: 'launcher' | 'api' | 'detractor';
}

/** How many abstentions make the bot step aside, unless configured otherwise. */
export const defaultAbstainLimit = 2;

/**
 * Whether to offer a person now, and why: the shopper asked for one, came from a detractor
 * survey, or the bot abstained `abstainLimit` times. Asking wins over the other reasons because
 * it is what the shopper just said.
 * @example decideHandoff({ abstentions: 2 }) // 'abstained'
 */
export function decideHandoff(signals: HandoffSignals, abstainLimit = defaultAbstainLimit): HandoffReason | null {
  if (signals.intent === 'human') return 'asked';
  if (signals.openedFrom === 'detractor') return 'detractor';
  if (signals.abstentions >= abstainLimit) return 'abstained';
  return null;
}

/** Where a handoff goes: to a person now (`live`), or left as an e-mail + message (`offline`). */
export interface HandoffRoute {
  /** The handoff endpoint; without one there is nobody to talk to live. */
  endpoint?: string;
  /** Opening hours; without them a configured endpoint is always staffed. */
  hours?: BusinessHours;
}

/**
 * `live` when an endpoint is configured, the store is open and the browser is online; otherwise
 * `offline` (collect an e-mail and a message and queue them for later).
 */
export function handoffMode(
  route: HandoffRoute,
  instant: Date | number,
  online: boolean,
): 'live' | 'offline' {
  if (!route.endpoint || !online) return 'offline';
  return !route.hours || isWithinBusinessHours(route.hours, instant) ? 'live' : 'offline';
}
