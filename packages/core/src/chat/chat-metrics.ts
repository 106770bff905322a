import type { ChatEvent } from './chat-events';

/**
 * Chat metrics from a plain list of chat events (any order, any number of conversations, other
 * event types ignored). Definitions (also in docs/chat.md):
 *
 * - A conversation counts when the shopper sent at least one `chat.message` in it.
 * - Deflection rate: counted conversations with no `chat.handoff`, over counted conversations.
 *   The bot kept the question away from a person.
 * - Resolution rate: counted conversations with no `chat.handoff` in which the shopper said
 *   they were helped, over counted conversations: reading the events in time order, the last
 *   `chat.feedback` says helpful or a later `chat.csat` is 4 or 5, and no `chat.csat` is 1 or 2.
 *   Silence is not resolution.
 * - First response time: per counted conversation, the time from the shopper's first message
 *   to the first `chat.answer`, `chat.abstain` or `chat.reply` after it; the median and 90th
 *   percentile over conversations that got a response.
 */

/** A share of conversations: `rate` in 0..1 (NaN when `n` is 0), with its numerator and `n`. */
export interface ChatRate {
  rate: number;
  count: number;
  n: number;
}

/** Response-time figures in milliseconds over `n` conversations (NaN when `n` is 0). */
export interface ChatResponseTime {
  median: number;
  p90: number;
  n: number;
}

function timeOf(event: ChatEvent): number {
  return typeof event.at === 'number' ? event.at : Date.parse(event.at);
}

/** Conversations in which the shopper wrote, each with its events sorted by time. */
function conversations(events: readonly ChatEvent[]): ChatEvent[][] {
  const byId = new Map<string, ChatEvent[]>();
  for (const event of events) {
    const list = byId.get(event.conversationId) ?? [];
    list.push(event);
    byId.set(event.conversationId, list);
  }
  return [...byId.values()]
    .filter((list) => list.some((event) => event.type === 'chat.message'))
    .map((list) => list.sort((a, b) => timeOf(a) - timeOf(b)));
}

function rate(count: number, n: number): ChatRate {
  return { rate: n === 0 ? Number.NaN : count / n, count, n };
}

const handedOff = (list: ChatEvent[]) => list.some((event) => event.type === 'chat.handoff');

function resolved(list: ChatEvent[]): boolean {
  if (handedOff(list)) return false;
  let helped = false;
  for (const event of list) {
    if (event.type === 'chat.feedback') helped = event.helpful;
    if (event.type === 'chat.csat') {
      if (event.score <= 2) return false;
      if (event.score >= 4) helped = true;
    }
  }
  return helped;
}

/**
 * Share of conversations the bot kept from reaching a person.
 * @example deflectionRate(events).rate // 0.8
 */
export function deflectionRate(events: readonly ChatEvent[]): ChatRate {
  const list = conversations(events);
  return rate(list.filter((conversation) => !handedOff(conversation)).length, list.length);
}

/** Share of conversations the bot resolved: no handoff, and the shopper said it helped. */
export function resolutionRate(events: readonly ChatEvent[]): ChatRate {
  const list = conversations(events);
  return rate(list.filter(resolved).length, list.length);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // Nearest-rank: the smallest value with at least p of the values at or below it.
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** Time from the shopper's first message to the first response (bot or person), per conversation. */
export function firstResponseTime(events: readonly ChatEvent[]): ChatResponseTime {
  const delays: number[] = [];
  for (const list of conversations(events)) {
    const first = list.find((event) => event.type === 'chat.message')!;
    const start = timeOf(first);
    const response = list.find(
      (event) =>
        (event.type === 'chat.answer' || event.type === 'chat.abstain' || event.type === 'chat.reply') &&
        timeOf(event) >= start,
    );
    if (response) delays.push(timeOf(response) - start);
  }
  delays.sort((a, b) => a - b);
  const mid = delays.length / 2;
  const median =
    delays.length === 0
      ? Number.NaN
      : delays.length % 2
        ? delays[Math.floor(mid)]!
        : (delays[mid - 1]! + delays[mid]!) / 2;
  return { median, p90: percentile(delays, 0.9), n: delays.length };
}
