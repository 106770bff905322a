import { expect, test } from 'vitest';
import fc from 'fast-check';
import type { ChatEvent } from './chat-events';
import { deflectionRate, firstResponseTime, resolutionRate } from './chat-metrics';

const message = (conversationId: string, at: number | string): ChatEvent => ({
  type: 'chat.message',
  conversationId,
  at,
  messageId: `m${at}`,
  text: 'where is my order',
});
const answer = (conversationId: string, at: number): ChatEvent => ({
  type: 'chat.answer',
  conversationId,
  at,
  messageId: `a${at}`,
  replyTo: 'm',
  faqId: 'shipping',
  confidence: 0.9,
});
const abstain = (conversationId: string, at: number): ChatEvent => ({
  type: 'chat.abstain',
  conversationId,
  at,
  replyTo: 'm',
  confidence: 0.1,
  suggestions: [],
});
const feedback = (conversationId: string, at: number, helpful: boolean): ChatEvent => ({
  type: 'chat.feedback',
  conversationId,
  at,
  messageId: 'a',
  faqId: 'shipping',
  helpful,
});
const handoff = (conversationId: string, at: number): ChatEvent => ({
  type: 'chat.handoff',
  conversationId,
  at,
  reason: 'abstained',
  mode: 'offline',
  transcript: [],
});
const csat = (conversationId: string, at: number, score: number): ChatEvent => ({
  type: 'chat.csat',
  conversationId,
  at,
  score,
});

const events: ChatEvent[] = [
  // a: answered, helpful → deflected and resolved
  message('a', 1000), answer('a', 1400), feedback('a', 5000, true),
  // b: two abstentions, handed off → neither
  message('b', 2000), abstain('b', 2600), message('b', 3000), abstain('b', 3300), handoff('b', 4000),
  // c: answered, no feedback → deflected, not resolved (silence is not resolution)
  message('c', 3000), answer('c', 3200),
  // d: answered, not helpful, then a good chat CSAT → resolved
  message('d', 1000), answer('d', 1500), feedback('d', 2000, false), csat('d', 3000, 5),
  // e: helpful, then a bad CSAT → not resolved
  message('e', 1000), answer('e', 1100), feedback('e', 2000, true), csat('e', 3000, 1),
  // f: opened, rated, never wrote → not counted at all
  csat('f', 1000, 5),
];

test('deflection rate counts conversations with a message and no handoff', () => {
  expect(deflectionRate(events)).toEqual({ rate: 4 / 5, count: 4, n: 5 });
});

test('resolution rate needs a helpful answer or good CSAT, no handoff and no bad CSAT', () => {
  expect(resolutionRate(events)).toEqual({ rate: 2 / 5, count: 2, n: 5 });
});

test('first response time is the median and p90 over conversations, from first message to first response', () => {
  // a 400, b 600, c 200, d 500, e 100 → sorted 100 200 400 500 600
  expect(firstResponseTime(events)).toEqual({ median: 400, p90: 600, n: 5 });
});

test('events arrive in any order and with ISO timestamps from a JSON store', () => {
  const shuffled: ChatEvent[] = [answer('x', Date.parse('2026-01-01T00:00:02Z')), message('x', '2026-01-01T00:00:00.000Z')];
  expect(firstResponseTime(shuffled)).toEqual({ median: 2000, p90: 2000, n: 1 });
});

test('no conversations give NaN rates with n = 0, not a misleading 0%', () => {
  const rate = deflectionRate([csat('f', 1, 5)]);
  expect(rate.n).toBe(0);
  expect(rate.rate).toBeNaN();
  expect(firstResponseTime([]).median).toBeNaN();
});

test('properties: rates stay in 0..1, resolution never exceeds deflection, order does not matter', () => {
  const event = fc.oneof(
    fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), at: fc.nat(10_000) }).map(({ id, at }) => message(id, at)),
    fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), at: fc.nat(10_000) }).map(({ id, at }) => answer(id, at)),
    fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), at: fc.nat(10_000) }).map(({ id, at }) => abstain(id, at)),
    fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), at: fc.nat(10_000), helpful: fc.boolean() }).map(({ id, at, helpful }) =>
      feedback(id, at, helpful),
    ),
    fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), at: fc.nat(10_000) }).map(({ id, at }) => handoff(id, at)),
    fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), at: fc.nat(10_000), score: fc.integer({ min: 1, max: 5 }) }).map(
      ({ id, at, score }) => csat(id, at, score),
    ),
  );
  fc.assert(
    fc.property(fc.array(event, { maxLength: 40 }), fc.infiniteStream(fc.nat()), (events, seeds) => {
      const deflection = deflectionRate(events);
      const resolution = resolutionRate(events);
      expect(resolution.n).toBe(deflection.n);
      expect(resolution.count).toBeLessThanOrEqual(deflection.count);
      if (deflection.n > 0) {
        expect(deflection.rate).toBeGreaterThanOrEqual(0);
        expect(deflection.rate).toBeLessThanOrEqual(1);
      }
      const time = firstResponseTime(events);
      expect(time.n).toBeLessThanOrEqual(deflection.n);
      if (time.n > 0) expect(time.median).toBeLessThanOrEqual(time.p90);
      // Shuffled with random keys: same figures (ties in time keep their relative order, which
      // the figures do not depend on).
      const keys = [...seeds.take(events.length)];
      const shuffled = events.map((e, i) => [keys[i]!, e] as const).sort((x, y) => x[0] - y[0]).map(([, e]) => e);
      expect(deflectionRate(shuffled)).toEqual(deflection);
      expect(firstResponseTime(shuffled)).toEqual(time);
    }),
  );
});
