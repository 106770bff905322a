import { expect, test } from 'vitest';
import { decideHandoff, handoffMode } from './handoff-rules';

test('a person is offered after two abstentions, not after one', () => {
  expect(decideHandoff({ abstentions: 1 })).toBeNull();
  expect(decideHandoff({ abstentions: 2 })).toBe('abstained');
  expect(decideHandoff({ abstentions: 2 }, 3)).toBeNull();
});

test('asking for a person wins over every other reason', () => {
  expect(decideHandoff({ abstentions: 0, intent: 'human' })).toBe('asked');
  expect(decideHandoff({ abstentions: 5, intent: 'human', openedFrom: 'detractor' })).toBe('asked');
  expect(decideHandoff({ abstentions: 0, intent: 'greeting' })).toBeNull();
});

test('a chat opened from a detractor survey offers a person at once', () => {
  expect(decideHandoff({ abstentions: 0, openedFrom: 'detractor' })).toBe('detractor');
  expect(decideHandoff({ abstentions: 0, openedFrom: 'launcher' })).toBeNull();
});

test('the handoff is live only with an endpoint, online, within hours', () => {
  const hours = { timeZone: 'UTC', days: { mon: '09:00-18:00' } };
  const mondayNoon = Date.parse('2026-01-12T12:00:00Z');
  const mondayNight = Date.parse('2026-01-12T20:00:00Z');
  expect(handoffMode({ endpoint: '/handoff', hours }, mondayNoon, true)).toBe('live');
  expect(handoffMode({ endpoint: '/handoff', hours }, mondayNight, true)).toBe('offline');
  expect(handoffMode({ endpoint: '/handoff', hours }, mondayNoon, false)).toBe('offline');
  expect(handoffMode({ hours }, mondayNoon, true)).toBe('offline');
  expect(handoffMode({ endpoint: '/handoff' }, mondayNight, true)).toBe('live');
});
