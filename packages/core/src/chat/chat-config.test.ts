import { expect, test } from 'vitest';
import { parseChatConfig } from './chat-config';

test('a full chat config parses', () => {
  const config = parseChatConfig({
    botName: { 'pt-BR': 'Lia', en: 'Lia' },
    avatar: '🤖',
    greeting: 'Olá!',
    handoff: {
      endpoint: 'https://example.com/handoff',
      repliesUrl: '/handoff/replies',
      replies: 'sse',
      hours: { timeZone: 'America/Sao_Paulo', days: { mon: ['09:00-12:00', '13:00-18:00'] }, holidays: ['2026-12-25'] },
    },
    retention: { days: 7, messages: 50 },
  });
  expect(config.handoff?.hours?.timeZone).toBe('America/Sao_Paulo');
});

test('an avatar is an image URL or up to two characters', () => {
  for (const avatar of ['https://cdn.example/lia.png', '/img/lia.png', 'L', 'LS', '🤖', '👩‍💼', '👩‍💼🛍️']) {
    expect(parseChatConfig({ avatar }).avatar).toBe(avatar);
  }
  for (const avatar of ['img/lia.png', 'Lia', '', 'javascript:alert(1)']) {
    expect(() => parseChatConfig({ avatar }), avatar).toThrow('chat.avatar: expected an image URL');
  }
});

test('every wrong field is named by its path', () => {
  let message = '';
  try {
    parseChatConfig({
      handoff: {
        endpoint: 'javascript:alert(1)',
        hours: { timeZone: 'Lisbon', days: { mon: ['09:00-12:00', 'nine to five'], funday: '10:00-11:00' }, holidays: ['2026-12-25', '25/12/2026'] },
      },
      retention: { messages: 0 },
    });
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain('chat.handoff.endpoint: expected an http(s) URL');
  expect(message).toContain('chat.handoff.hours.timeZone: expected an IANA time zone');
  expect(message).toContain('chat.handoff.hours.days.mon[1]: expected a time range');
  expect(message).toContain('chat.handoff.hours.days');
  expect(message).toContain('chat.handoff.hours.holidays[1]: expected a date like "2026-12-25"');
  expect(message).not.toContain('holidays[0]');
  expect(message).toContain('chat.retention.messages');
});
