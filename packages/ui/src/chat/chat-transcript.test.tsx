// How the chat keeps its transcript in IndexedDB: typing is written after a pause (and at once
// when the page hides or the panel closes), and two tabs writing the one transcript keep both
// tabs' lines.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { IDBObjectStore } from 'fake-indexeddb';
import { createStore, type UseStore } from 'idb-keyval';
import { mountChat } from './mount-chat';
import { loadTranscript } from './transcript-store';
import type { ChatHandle, MountChatOptions } from './chat-types';
import { freshStore, keywordBot, recordingQueue } from './chat-test-kit';

const hosts: HTMLElement[] = [];
const chats: ChatHandle[] = [];
let store: UseStore;

beforeEach(() => {
  store = freshStore();
});
afterEach(() => {
  vi.restoreAllMocks();
  chats.splice(0).forEach((chat) => chat.destroy());
  hosts.splice(0).forEach((host) => host.remove());
});

/** A chat on its own host, like one tab of the store; `tab` is its own connection to the database. */
function mount(options: Partial<MountChatOptions> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const chat = mountChat({ mountPoint: host, bot: keywordBot, queue: recordingQueue(), locale: 'en', store, replyDelayMs: 0, ...options });
  chats.push(chat);
  return { chat, view: within(host) };
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
// By placeholder: with two chats on one page, the labels' `for` finds only the first one's field.
const composer = (view: ReturnType<typeof within>) => view.findByPlaceholderText('Type your question…');
const kept = () => loadTranscript(Date.now(), undefined, store);

describe('unsent text', () => {
  test('a burst of typing is written once, after a pause in it, not on every keystroke', async () => {
    // Every put, whichever way it reaches the database.
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    const { chat, view } = mount();
    chat.open();
    const input = await composer(view);
    // Opening writes the greeting; count only what typing writes.
    await waitFor(async () => expect((await kept())?.lines).toHaveLength(1));
    puts.mockClear();
    const typed = 'where is my parcel';
    for (let end = 1; end <= typed.length; end++) {
      fireEvent.input(input, { target: { value: typed.slice(0, end) } });
      await pause(5);
    }
    expect(puts).not.toHaveBeenCalled();
    await waitFor(async () => expect((await kept())?.drafts?.question).toBe(typed), { timeout: 2000 });
    expect(puts).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['the page is hidden', () => document.dispatchEvent(new Event('visibilitychange'))],
    ['the page goes away', () => window.dispatchEvent(new Event('pagehide'))],
    ['the panel closes', () => chats[0]!.close()],
  ])('text typed just before %s is written at once and comes back after a reload', async (_, leave) => {
    const first = mount();
    first.chat.open();
    fireEvent.input(await composer(first.view), { target: { value: 'and the ret' } });
    leave();
    // The first page is not destroyed (that would write too): the next one loads while the
    // pause after typing is still running, so only the write on leaving can have kept the text.
    const next = mount();
    next.chat.open();
    expect(await composer(next.view)).toHaveProperty('value', 'and the ret');
  });
});

describe('two tabs', () => {
  test('a shopper chatting in two tabs finds both tabs’ messages after a reload, in order, once each', async () => {
    // One clock for both tabs, so every line has its own moment.
    let clock = Date.now();
    const now = () => ++clock;
    const tabA = mount({ now, store: createStore('pulso-chat', 'transcript') });
    const tabB = mount({ now, store: createStore('pulso-chat', 'transcript') });
    tabA.chat.open();
    await tabA.view.findByText('Hi! How can I help you today?');
    tabB.chat.open();
    await tabB.view.findByText('Hi! How can I help you today?');
    const ask = async (tab: typeof tabA, text: string, reply: string | RegExp) => {
      const input = await composer(tab.view);
      fireEvent.input(input, { target: { value: text } });
      fireEvent.submit(input.closest('form')!);
      await tab.view.findByText(reply);
    };
    await ask(tabA, 'ship?', '3–5 days');
    await ask(tabB, 'I want my money', /not sure/);
    await ask(tabA, 'ok bye', "You're welcome!");
    await ask(tabB, 'ship now', '3–5 days');
    chats.splice(0).forEach((chat) => chat.destroy());
    await waitFor(async () => expect((await kept())?.lines.at(-1)?.text).toMatch(/3–5 days/));

    const reloaded = mount({ store: createStore('pulso-chat', 'transcript') });
    reloaded.chat.open();
    await reloaded.view.findByText('ship now');
    const texts = [...hosts.at(-1)!.querySelectorAll('.msg .bubble')].map((line) => line.textContent);
    expect(texts).toEqual([
      'Hi! How can I help you today?',
      'Hi! How can I help you today?',
      'ship?',
      'Orders arrive in 3–5 days. Track it.',
      'I want my money',
      "I'm not sure I understood. Could you put it another way?",
      'ok bye',
      "You're welcome!",
      'ship now',
      'Orders arrive in 3–5 days. Track it.',
    ]);
    expect(new Set((await kept())!.lines.map((line) => line.id)).size).toBe(10);
  });

  test('what one tab writes about something else does not overwrite what the shopper is typing in the other', async () => {
    let clock = Date.now();
    const now = () => ++clock;
    const tabB = mount({ now, store: createStore('pulso-chat', 'transcript') });
    tabB.chat.open();
    const asked = await composer(tabB.view);
    fireEvent.input(asked, { target: { value: 'ship?' } });
    fireEvent.submit(asked.closest('form')!);
    await tabB.view.findByText('3–5 days');
    // The shopper goes on in a second tab and starts a question there…
    const tabA = mount({ now, store: createStore('pulso-chat', 'transcript') });
    tabA.chat.open();
    fireEvent.input(await composer(tabA.view), { target: { value: 'and the returns' } });
    await waitFor(async () => expect((await kept())?.drafts?.question).toBe('and the returns'), { timeout: 2000 });
    // …then taps "Yes" under the answer in the first tab, whose composer they never touched again.
    fireEvent.click(tabB.view.getByRole('button', { name: 'Yes' }));
    await waitFor(async () => expect((await kept())?.lines.find((line) => line.faqId)?.helpful).toBe(true));
    expect((await kept())?.drafts?.question).toBe('and the returns');
  });

  test('a person’s reply shown in both tabs of a live handoff is kept once', async () => {
    // The person answers only once both tabs are listening.
    let answered = false;
    const replies = (async () =>
      new Response(JSON.stringify({ replies: answered ? [{ id: 'r1', text: 'Hi, this is Ana.' }] : [] }), {
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch;
    const live = {
      fetch: replies,
      isOnline: () => true,
      handoffQueue: recordingQueue(),
      config: { handoff: { endpoint: '/handoff', repliesUrl: '/handoff/replies', pollMs: 20 } },
    };
    const tabA = mount({ ...live, store: createStore('pulso-chat', 'transcript') });
    tabA.chat.open();
    const input = await composer(tabA.view);
    fireEvent.input(input, { target: { value: 'a person please' } });
    fireEvent.submit(input.closest('form')!);
    fireEvent.click(await tabA.view.findByRole('button', { name: 'Talk to a person' }));
    await waitFor(async () => expect((await kept())?.handoff?.stage).toBe('live'));
    // The second tab opens on the live handoff and listens for replies too.
    const tabB = mount({ ...live, store: createStore('pulso-chat', 'transcript') });
    tabB.chat.open();
    await composer(tabB.view);
    answered = true;
    await tabA.view.findByText('Hi, this is Ana.');
    await tabB.view.findByText('Hi, this is Ana.');
    chats.splice(0).forEach((chat) => chat.destroy());
    await pause(50);

    const reloaded = mount({ store: createStore('pulso-chat', 'transcript') });
    reloaded.chat.open();
    expect(await reloaded.view.findAllByText('Hi, this is Ana.')).toHaveLength(1);
    expect((await kept())!.lines.filter((line) => line.from === 'agent')).toHaveLength(1);
  });
});
