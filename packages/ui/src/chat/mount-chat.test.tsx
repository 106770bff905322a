import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { stringsHe, stringsPtBR, type ChatHandoffEvent } from '@pulso/core';
import { registerStrings } from '../i18n/strings-registry';
import type { UseStore } from 'idb-keyval';
import { mountChat } from './mount-chat';
import { loadTranscript, saveTranscript } from './transcript-store';
import type { ChatHandle, MountChatOptions } from './chat-types';
import { faqs, freshStore, keywordBot, recordingQueue, type RecordingQueue } from './chat-test-kit';

// Only English is built into @pulso/ui; the script tag loads other languages, tests register them.
registerStrings({ 'pt-BR': stringsPtBR, he: stringsHe });

let host: HTMLElement;
let queue: RecordingQueue;
let store: UseStore;
let chat: ChatHandle | undefined;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  queue = recordingQueue();
  store = freshStore();
});
afterEach(() => {
  chat?.destroy();
  host.remove();
});

const mount = (options: Partial<MountChatOptions> = {}) => {
  chat = mountChat({ mountPoint: host, bot: keywordBot, queue, locale: 'en', store, replyDelayMs: 0, ...options } as MountChatOptions);
  return within(host);
};

async function openAndAsk(view: ReturnType<typeof within>, text: string) {
  if (!view.queryByRole('dialog')) fireEvent.click(view.getByRole('button', { name: 'Open chat' }));
  const input = await view.findByRole('textbox', { name: 'Type your question…' });
  fireEvent.input(input, { target: { value: text } });
  fireEvent.submit(input.closest('form')!);
}

describe('asking and answering', () => {
  test('answers and chips from a knowledge base in another language than the chat strings carry its lang and dir', async () => {
    const view = mount({ locale: 'he', faq: { locale: 'en' } });
    fireEvent.click(view.getByRole('button', { name: stringsHe.chat.launcher }));
    const input = await view.findByRole('textbox', { name: stringsHe.chat.placeholder });
    fireEvent.input(input, { target: { value: 'ship or return?' } });
    fireEvent.submit(input.closest('form')!);
    const bubble = (await view.findByText('3–5 days')).closest('.bubble')!;
    expect([bubble.getAttribute('lang'), bubble.getAttribute('dir')]).toEqual(['en', 'ltr']);
    const chip = view.getByRole('button', { name: faqs.returns!.question });
    expect([chip.getAttribute('lang'), chip.getAttribute('dir')]).toEqual(['en', 'ltr']);
    // The bot's built-in words are the chat's own language: no mark of their own.
    expect(view.getByText(stringsHe.chat.greeting).closest('.bubble')!.getAttribute('lang')).toBeNull();
  });

  test('the knowledge base’s own greeting and fallback carry its lang and dir too; a chat greeting of its own does not', async () => {
    const faq = { locale: 'en', greeting: 'Hi! Ask me about your order.', fallback: 'Sorry, I do not know that one yet.' };
    const marks = (text: string) => {
      const bubble = view.getByText(text).closest('.bubble')!;
      return [bubble.getAttribute('lang'), bubble.getAttribute('dir')];
    };
    let view = mount({ locale: 'he', faq });
    fireEvent.click(view.getByRole('button', { name: stringsHe.chat.launcher }));
    const input = await view.findByRole('textbox', { name: stringsHe.chat.placeholder });
    expect(marks(faq.greeting)).toEqual(['en', 'ltr']);
    for (const text of ['hello', 'what about money?']) {
      fireEvent.input(input, { target: { value: text } });
      fireEvent.submit(input.closest('form')!);
    }
    await waitFor(() => expect(view.getAllByText(faq.greeting)).toHaveLength(2));
    expect(view.getAllByText(faq.greeting).map((line) => line.closest('.bubble')!.getAttribute('lang'))).toEqual(['en', 'en']);
    await view.findByText(faq.fallback);
    expect(marks(faq.fallback)).toEqual(['en', 'ltr']);

    // The chat's greeting is resolved in the shopper's language: not the knowledge base's.
    chat!.destroy();
    view = mount({ locale: 'he', faq, config: { greeting: 'שלום!' }, store: freshStore() });
    fireEvent.click(view.getByRole('button', { name: stringsHe.chat.launcher }));
    await view.findByText('שלום!');
    expect(marks('שלום!')).toEqual([null, null]);
  });

  test('the launcher opens a dialog with the greeting, and an answer comes back formatted', async () => {
    const view = mount({ config: { botName: 'Lia', greeting: { en: 'Hi, I am Lia!', 'pt-BR': 'Oi, sou a Lia!' } } });
    fireEvent.click(view.getByRole('button', { name: 'Open chat' }));
    const dialog = await view.findByRole('dialog', { name: 'Lia' });
    expect(within(dialog).getByText('Hi, I am Lia!')).toBeTruthy();
    await openAndAsk(view, 'when will it ship?');
    const bold = await view.findByText('3–5 days');
    expect(bold.tagName).toBe('STRONG');
    const link = view.getByRole('link', { name: 'Track it' });
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(queue.types()).toEqual(['chat.message', 'chat.answer']);
    const [message, answer] = queue.items;
    expect(message!.payload).toMatchObject({ text: 'when will it ship?' });
    expect(answer!.payload).toMatchObject({ faqId: 'shipping', confidence: 0.92, replyTo: (message!.payload as { messageId: string }).messageId });
    // Both carry the conversation as their order key, so the queue numbers them in order.
    expect(message!.options?.orderKey).toBe(message!.payload.conversationId);
    expect(answer!.options?.orderKey).toBe(message!.payload.conversationId);
  });

  test('the avatar is an image for a URL and decorative text otherwise, next to the bot’s name', async () => {
    let view = mount({ config: { botName: 'Lia', avatar: '/img/lia.png' } });
    fireEvent.click(view.getByRole('button', { name: 'Open chat' }));
    await view.findByRole('dialog', { name: 'Lia' });
    expect(host.querySelector('img.avatar')?.getAttribute('src')).toBe('/img/lia.png');
    chat!.destroy();
    host.replaceChildren();
    view = mount({ config: { botName: 'Lia', avatar: '🌞' } });
    fireEvent.click(view.getByRole('button', { name: 'Open chat' }));
    await view.findByRole('dialog', { name: 'Lia' });
    expect(host.querySelector('img.avatar')).toBeNull();
    const text = host.querySelector('span.avatar');
    expect(text?.textContent).toBe('🌞');
    expect(text?.getAttribute('aria-hidden')).toBe('true');
  });

  test('the knowledge base’s greeting and fallback are the store’s voice', async () => {
    const view = mount({ faq: { greeting: 'Oi! Em que posso ajudar?', fallback: 'Não tenho certeza.' } });
    chat!.open();
    expect(await view.findByText('Oi! Em que posso ajudar?')).toBeTruthy();
    await openAndAsk(view, 'qwerty');
    expect(await view.findByText('Não tenho certeza.')).toBeTruthy();
  });

  test('built-in texts follow the shopper’s language', async () => {
    const view = mount({ locale: 'pt-BR' });
    expect(view.getByRole('button', { name: 'Abrir chat' })).toBeTruthy();
  });

  test('the greeting follows the locale', async () => {
    const view = mount({ locale: 'pt-BR', config: { greeting: { en: 'Hi!', pt: 'Olá!' } } });
    chat!.open();
    expect(await view.findByText('Olá!')).toBeTruthy();
  });

  test('what the shopper types is shown as typed, never as markup', async () => {
    const view = mount();
    await openAndAsk(view, '<img src=x onerror=alert(1)> **not bold**');
    expect(await view.findByText('<img src=x onerror=alert(1)> **not bold**')).toBeTruthy();
    expect(host.querySelector('img')).toBeNull();
  });

  test('a redact function cleans what goes to the events queue, not what the shopper sees', async () => {
    const view = mount({ redact: (text) => text.replace(/\S+@\S+/g, '[email]') });
    await openAndAsk(view, 'ship to ana@example.com');
    expect(await view.findByText('ship to ana@example.com')).toBeTruthy();
    expect(queue.items[0]!.payload).toMatchObject({ type: 'chat.message', text: 'ship to [email]' });
  });

  test('a typing indicator is shown while the bot answers', async () => {
    const view = mount({ replyDelayMs: 30 });
    await openAndAsk(view, 'ship?');
    expect(view.getByRole('status').textContent).toContain('Typing…');
    await view.findByText('3–5 days');
    expect(view.queryByText('Typing…')).toBeNull();
  });

  test('the message list is a polite live region', async () => {
    const view = mount();
    chat!.open();
    await view.findByRole('dialog');
    expect(host.querySelector('ol.msgs')!.getAttribute('aria-live')).toBe('polite');
  });
});

describe('suggestions and feedback', () => {
  test('an abstention offers "did you mean" chips, and a chip answers that FAQ', async () => {
    const view = mount();
    await openAndAsk(view, 'I want my money');
    const chip = await view.findByRole('button', { name: faqs.returns!.question });
    expect(queue.types()).toEqual(['chat.message', 'chat.abstain']);
    expect(queue.items[1]!.payload).toMatchObject({ suggestions: ['returns'] });
    fireEvent.click(chip);
    expect(await view.findByText('30 days')).toBeTruthy();
    expect(queue.types()).toEqual(['chat.message', 'chat.abstain', 'chat.message', 'chat.answer']);
    expect(queue.items[3]!.payload).toMatchObject({ faqId: 'returns' });
  });

  test('an answer with a close runner-up shows it as a chip too', async () => {
    const view = mount();
    await openAndAsk(view, 'ship or return?');
    expect(await view.findByText('3–5 days')).toBeTruthy();
    expect(view.getByRole('button', { name: faqs.returns!.question })).toBeTruthy();
    expect(view.getByRole('group', { name: 'Was this helpful?' })).toBeTruthy();
  });

  test('"Was this helpful?" records the answer once and thanks the shopper', async () => {
    const view = mount();
    await openAndAsk(view, 'ship');
    const group = await view.findByRole('group', { name: 'Was this helpful?' });
    fireEvent.click(within(group).getByRole('button', { name: 'Yes' }));
    expect(await view.findByText('Thanks for letting us know.')).toBeTruthy();
    expect(view.queryByRole('group', { name: 'Was this helpful?' })).toBeNull();
    const feedback = queue.items.filter((item) => item.payload.type === 'chat.feedback');
    expect(feedback.map((item) => item.payload)).toMatchObject([{ faqId: 'shipping', helpful: true }]);
  });
});

describe('keyboard focus', () => {
  // A button that disappears once used would drop a keyboard user's focus to the page's <body>.
  const useAndExpectComposer = async (view: ReturnType<typeof within>, button: HTMLElement) => {
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(button.isConnected).toBe(false));
    expect(document.activeElement).toBe(view.getByRole('textbox', { name: 'Type your question…' }));
  };

  test('"Yes", "End chat", a rating and "Keep chatting" leave focus in the composer, not on the page', async () => {
    const view = mount();
    await openAndAsk(view, 'ship');
    const group = await view.findByRole('group', { name: 'Was this helpful?' });
    await useAndExpectComposer(view, within(group).getByRole('button', { name: 'Yes' }));
    await useAndExpectComposer(view, view.getByRole('button', { name: 'End chat' }));
    await useAndExpectComposer(view, view.getByRole('button', { name: '4 / 5' }));
    await openAndAsk(view, 'a person please');
    await useAndExpectComposer(view, await view.findByRole('button', { name: 'Keep chatting' }));
  });
});

describe('handoff to a person', () => {
  const closed = { timeZone: 'UTC', days: {} };

  test('asking for a person again is never met with silence, and hands off only once', async () => {
    const view = mount({ config: { handoff: { hours: closed } } });
    await openAndAsk(view, 'a person please');
    await view.findByRole('button', { name: 'Talk to a person' });
    await openAndAsk(view, 'person!!');
    await waitFor(() => expect(view.getAllByText('Would you like to talk to a person?')).toHaveLength(2));
    fireEvent.click(view.getByRole('button', { name: 'Talk to a person' }));
    fireEvent.input(await view.findByLabelText('E-mail'), { target: { value: 'ana@example.com' } });
    fireEvent.input(view.getByLabelText('Message'), { target: { value: 'Where is order 123?' } });
    fireEvent.click(view.getByRole('button', { name: 'Send message' }));
    await view.findByText("Thanks! We'll reply to you by e-mail.");
    // Its message is already with the team: the chat says so instead of saying nothing.
    await openAndAsk(view, 'can I talk to a person');
    await waitFor(() => expect(view.getAllByText("Thanks! We'll reply to you by e-mail.")).toHaveLength(2));
    expect(queue.types().filter((type) => type === 'chat.handoff')).toHaveLength(1);
  });

  test('two abstentions offer a person; outside hours the shopper leaves a validated e-mail and message', async () => {
    // No handoffQueue given: the chat queues the handoff on its own transport queue, which POSTs
    // it to handoff.endpoint.
    const posts: { url: string; body: { items: { payload: ChatHandoffEvent; orderKey?: string; seq?: number }[] } }[] = [];
    const fakeFetch = (async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') posts.push({ url: String(url), body: JSON.parse(String(init.body)) });
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const view = mount({ fetch: fakeFetch, config: { handoff: { endpoint: 'https://help.example/handoff', hours: closed } } });
    await openAndAsk(view, 'qwerty');
    await view.findByText(/not sure/);
    expect(view.queryByRole('button', { name: 'Talk to a person' })).toBeNull();
    await openAndAsk(view, 'asdfgh');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    const email = await view.findByLabelText('E-mail');
    expect(view.getByText(/outside our opening hours/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(email));
    fireEvent.input(email, { target: { value: 'not-an-email' } });
    fireEvent.click(view.getByRole('button', { name: 'Send message' }));
    expect(await view.findByText(/valid e-mail/)).toBeTruthy();
    expect(view.getByText('Write a message.')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(queue.types()).not.toContain('chat.handoff');

    fireEvent.input(email, { target: { value: 'ana@example.com' } });
    fireEvent.input(view.getByLabelText('Message'), { target: { value: 'Where is order 123?' } });
    fireEvent.click(view.getByRole('button', { name: 'Send message' }));
    expect(await view.findByText(/reply to you by e-mail/)).toBeTruthy();
    expect(document.activeElement).toBe(view.getByRole('textbox', { name: 'Type your question…' }));
    // The end of the conversation asks the chat's own CSAT.
    expect(view.getByRole('group', { name: 'How was this chat?' })).toBeTruthy();

    await waitFor(() => expect(posts.length).toBeGreaterThan(0), { timeout: 3000 });
    const item = posts[0]!.body.items[0]!;
    expect(posts[0]!.url).toBe('https://help.example/handoff');
    expect(item.payload).toMatchObject({ type: 'chat.handoff', reason: 'abstained', mode: 'offline', email: 'ana@example.com', message: 'Where is order 123?' });
    expect(item.payload.transcript.map((line) => line.text)).toContain('qwerty');
    expect(item.orderKey).toBe(item.payload.conversationId);
    // The events queue gets a copy for reports, without what the shopper wrote.
    const copy = queue.items.find((entry) => entry.payload.type === 'chat.handoff')!;
    expect(copy.options?.priority).toBe('high');
    expect(copy.payload).toMatchObject({ mode: 'offline', transcript: [] });
    expect((copy.payload as ChatHandoffEvent).email).toBeUndefined();
  });

  test('without a handoff endpoint the offline handoff goes whole to the events queue', async () => {
    const view = mount({ config: { handoff: { hours: closed } } });
    await openAndAsk(view, 'a person please');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    fireEvent.input(await view.findByLabelText('E-mail'), { target: { value: 'ana@example.com' } });
    fireEvent.input(view.getByLabelText('Message'), { target: { value: 'Hello?' } });
    fireEvent.click(view.getByRole('button', { name: 'Send message' }));
    await view.findByText(/reply to you by e-mail/);
    const handoff = queue.items.find((entry) => entry.payload.type === 'chat.handoff')!.payload as ChatHandoffEvent;
    expect(handoff).toMatchObject({ reason: 'asked', email: 'ana@example.com', message: 'Hello?' });
    expect(handoff.transcript.map((line) => line.text)).toContain('a person please');
  });

  test('asking for a person offers one straight away, and "keep chatting" goes back to the bot', async () => {
    const view = mount();
    await openAndAsk(view, 'can I talk to a person');
    fireEvent.click(await view.findByRole('button', { name: 'Keep chatting' }));
    expect(view.queryByRole('button', { name: 'Talk to a person' })).toBeNull();
    await openAndAsk(view, 'ship');
    expect(await view.findByText('3–5 days')).toBeTruthy();
  });

  test('a chat opened from a detractor survey offers a person and sends the survey context', async () => {
    const view = mount();
    chat!.open({ source: 'detractor', surveyId: 'nps-1', score: 3 });
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    fireEvent.input(await view.findByLabelText('E-mail'), { target: { value: 'rui@example.pt' } });
    fireEvent.input(view.getByLabelText('Message'), { target: { value: 'Late again' } });
    fireEvent.click(view.getByRole('button', { name: 'Send message' }));
    await view.findByText(/reply to you by e-mail/);
    const handoff = queue.items.find((item) => item.payload.type === 'chat.handoff')!.payload;
    expect(handoff).toMatchObject({ reason: 'detractor', context: { surveyId: 'nps-1', score: 3, source: 'detractor' } });
  });

  test('a detractor arriving after an earlier handoff gets a new conversation and a new offer', async () => {
    const view = mount({ config: { handoff: { hours: closed } } });
    await openAndAsk(view, 'person');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    fireEvent.input(await view.findByLabelText('E-mail'), { target: { value: 'ana@example.com' } });
    fireEvent.input(view.getByLabelText('Message'), { target: { value: 'First' } });
    fireEvent.click(view.getByRole('button', { name: 'Send message' }));
    await view.findByText(/reply to you by e-mail/);
    chat!.open({ source: 'detractor', surveyId: 'nps-1', score: 2 });
    expect(await view.findByRole('button', { name: 'Talk to a person' })).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: 'Talk to a person' }));
    fireEvent.input(await view.findByLabelText('E-mail'), { target: { value: 'ana@example.com' } });
    fireEvent.input(view.getByLabelText('Message'), { target: { value: 'Second' } });
    fireEvent.click(view.getByRole('button', { name: 'Send message' }));
    await waitFor(() => expect(queue.types().filter((type) => type === 'chat.handoff')).toHaveLength(2));
    const [first, second] = queue.items.filter((item) => item.payload.type === 'chat.handoff').map((item) => item.payload);
    expect(second!.conversationId).not.toBe(first!.conversationId);
    expect(second).toMatchObject({ reason: 'detractor', context: { surveyId: 'nps-1', score: 2 } });
  });

  test('within hours the conversation goes live to the handoff queue and a person’s replies appear', async () => {
    const handoffQueue = recordingQueue();
    const requests: string[] = [];
    const fakeFetch = (async (url: string) => {
      requests.push(String(url));
      return new Response(JSON.stringify({ replies: [{ id: 'r1', text: 'Hi, this is **Ana**.' }] }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const view = mount({
      handoffQueue,
      fetch: fakeFetch,
      isOnline: () => true,
      config: { handoff: { endpoint: '/handoff', repliesUrl: '/handoff/replies', pollMs: 20 } },
    });
    await openAndAsk(view, 'person please');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    expect(await view.findByText('Ana')).toBeTruthy();
    const live = handoffQueue.items.find((item) => item.payload.type === 'chat.handoff')!;
    expect(live.payload).toMatchObject({ mode: 'live', reason: 'asked' });
    expect((live.payload as ChatHandoffEvent).transcript.length).toBeGreaterThan(0);
    // The analytics copy counts the handoff without what the shopper wrote.
    const copy = queue.items.find((item) => item.payload.type === 'chat.handoff')!.payload as ChatHandoffEvent;
    expect(copy.transcript).toEqual([]);
    const conversationId = copy.conversationId;
    expect(requests.some((url) => url.includes(`conversationId=${conversationId}`))).toBe(true);
    // Replies are shown once however often they are polled.
    await new Promise((done) => setTimeout(done, 80));
    expect(view.getAllByText('Ana')).toHaveLength(1);
    expect(queue.types().filter((type) => type === 'chat.reply')).toHaveLength(1);
    // After going live, the shopper's messages go to the person, not the bot.
    await openAndAsk(view, 'ship it to Porto');
    await waitFor(() => expect(handoffQueue.types()).toContain('chat.message'));
    expect(queue.types()).not.toContain('chat.answer');
  });

  test('screen readers hear who says each line: the bot by name, the shopper as themself, a person’s reply as the team', async () => {
    const fakeFetch = (async () => new Response(JSON.stringify([{ id: 'r1', text: 'Hi, this is **Ana**.' }]))) as typeof fetch;
    const view = mount({
      locale: 'pt-BR',
      handoffQueue: recordingQueue(),
      fetch: fakeFetch,
      isOnline: () => true,
      config: { botName: 'Lia', handoff: { endpoint: '/handoff', repliesUrl: '/handoff/replies', pollMs: 20 } },
    });
    fireEvent.click(view.getByRole('button', { name: stringsPtBR.chat.launcher }));
    const input = await view.findByRole('textbox', { name: stringsPtBR.chat.placeholder });
    fireEvent.input(input, { target: { value: 'person please' } });
    fireEvent.submit(input.closest('form')!);
    fireEvent.click(await view.findByRole('button', { name: stringsPtBR.chat.talkToPerson }));
    await view.findByText('Ana');
    const said = (text: string) => {
      const line = view.getByText(text).closest('li')!;
      // The label is visually hidden (the bubble's side and colour say it to the eye) and read first.
      expect(line.firstElementChild!.className).toBe('sr');
      return line.textContent;
    };
    expect(said('Ana')).toBe(`${stringsPtBR.chat.agent}: Hi, this is Ana.`);
    expect(said('person please')).toBe(`${stringsPtBR.chat.you}: person please`);
    expect(said(stringsPtBR.chat.offerPerson)).toBe(`Lia: ${stringsPtBR.chat.offerPerson}`);
  });

  // A handoff whose reachability checks (HEAD) hang until released; reply polls answer at once.
  const mountWithHeldCheck = () => {
    const handoffQueue = recordingQueue();
    const checks: (() => void)[] = [];
    const view = mount({
      handoffQueue,
      fetch: ((_url: string, init?: RequestInit) =>
        init?.method === 'HEAD'
          ? new Promise<Response>((done) => checks.push(() => done(new Response(null))))
          : Promise.resolve(new Response('[]'))) as typeof fetch,
      isOnline: () => true,
      config: { handoff: { endpoint: '/handoff', repliesUrl: '/handoff/replies', pollMs: 10_000 } },
    });
    return { handoffQueue, checks, view };
  };

  test('a second click on "Talk to a person" while the endpoint is being checked sends the conversation once', async () => {
    const { handoffQueue, checks, view } = mountWithHeldCheck();
    await openAndAsk(view, 'person');
    const button = await view.findByRole('button', { name: 'Talk to a person' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(checks.length).toBeGreaterThan(0));
    await new Promise((done) => setTimeout(done, 20));
    checks.forEach((release) => release());
    await waitFor(() => expect(view.queryAllByText(/sent your conversation/).length).toBeGreaterThan(0));
    await new Promise((done) => setTimeout(done, 20));
    expect(handoffQueue.types()).toEqual(['chat.handoff']);
    expect(view.getAllByText(/sent your conversation/)).toHaveLength(1);
  });

  test('"Keep chatting" clicked while the endpoint is being checked is respected: nothing goes to the team', async () => {
    const { handoffQueue, checks, view } = mountWithHeldCheck();
    await openAndAsk(view, 'person');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    await waitFor(() => expect(checks).toHaveLength(1));
    fireEvent.click(view.getByRole('button', { name: 'Keep chatting' }));
    checks[0]!();
    await new Promise((done) => setTimeout(done, 20));
    expect(handoffQueue.types()).toEqual([]);
    expect(queue.types()).not.toContain('chat.handoff');
    expect(view.queryByText(/sent your conversation/)).toBeNull();
  });

  test('an unreachable handoff endpoint falls back to the e-mail form', async () => {
    const view = mount({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      isOnline: () => true,
      config: { handoff: { endpoint: '/handoff', repliesUrl: '/handoff/replies' } },
    });
    await openAndAsk(view, 'person');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    expect(await view.findByLabelText('E-mail')).toBeTruthy();
    expect(view.getByText(/can't chat live right now/)).toBeTruthy();
  });

  test('within hours but without a replies URL, the shopper is asked for an e-mail and never promised replies in the chat', async () => {
    const handoffQueue = recordingQueue();
    const requests: string[] = [];
    const view = mount({
      handoffQueue,
      fetch: (async (url: string) => {
        requests.push(String(url));
        return new Response('{}');
      }) as typeof fetch,
      isOnline: () => true,
      config: { handoff: { endpoint: '/handoff' } },
    });
    await openAndAsk(view, 'person');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    fireEvent.input(await view.findByLabelText('E-mail'), { target: { value: 'ana@example.com' } });
    expect(view.getByText("Our team replies by e-mail. Leave your e-mail and a message, and we'll write to you.")).toBeTruthy();
    fireEvent.input(view.getByLabelText('Message'), { target: { value: 'Where is order 123?' } });
    fireEvent.click(view.getByRole('button', { name: 'Send message' }));
    expect(await view.findByText(/reply to you by e-mail/)).toBeTruthy();
    expect(view.queryByText(/will appear here/)).toBeNull();
    expect(handoffQueue.items[0]!.payload).toMatchObject({ type: 'chat.handoff', mode: 'offline', email: 'ana@example.com' });
    // Nothing to probe or poll: the answer comes by e-mail.
    expect(requests).toEqual([]);
  });

  test('a handoff the queue cannot store says so and keeps the form', async () => {
    queue.enqueue = async () => {
      throw new Error('QuotaExceededError');
    };
    const error = console.error;
    console.error = () => {};
    try {
      const view = mount();
      await openAndAsk(view, 'person');
      fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
      fireEvent.input(await view.findByLabelText('E-mail'), { target: { value: 'ana@example.com' } });
      fireEvent.input(view.getByLabelText('Message'), { target: { value: 'Hello' } });
      fireEvent.click(view.getByRole('button', { name: 'Send message' }));
      expect(await view.findByText(/couldn't be saved/)).toBeTruthy();
      expect(view.getByLabelText('E-mail')).toBeTruthy();
      expect(view.queryByText(/reply to you by e-mail/)).toBeNull();
    } finally {
      console.error = error;
    }
  });
});

describe('panel behaviour', () => {
  test('Escape closes the panel and focus returns to the launcher', async () => {
    const view = mount();
    const launcher = view.getByRole('button', { name: 'Open chat' });
    launcher.focus();
    fireEvent.click(launcher);
    const input = await view.findByRole('textbox');
    await waitFor(() => expect(document.activeElement).toBe(input));
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(view.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(launcher);
  });

  test('the launcher shows an unread badge for replies that arrive while the panel is closed', async () => {
    const view = mount({ replyDelayMs: 20 });
    await openAndAsk(view, 'ship');
    chat!.close();
    await waitFor(() => expect(view.getByRole('button', { name: 'Open chat (New messages: 1)' })).toBeTruthy());
    fireEvent.click(view.getByRole('button', { name: /Open chat/ }));
    await waitFor(() => expect(view.getByRole('button', { name: 'Open chat' })).toBeTruthy());
  });

  test('"End chat" asks a one-tap CSAT that is queued once', async () => {
    const view = mount();
    await openAndAsk(view, 'ship');
    fireEvent.click(await view.findByRole('button', { name: 'End chat' }));
    fireEvent.click(view.getByRole('button', { name: '4 / 5' }));
    expect(await view.findByText('Thanks for your rating!')).toBeTruthy();
    expect(queue.items.filter((item) => item.payload.type === 'chat.csat').map((item) => item.payload)).toMatchObject([
      { score: 4 },
    ]);
  });

  test('going offline shows a notice, and the bot keeps answering', async () => {
    let online = true;
    const view = mount({ isOnline: () => online });
    chat!.open();
    await view.findByRole('dialog');
    expect(view.queryByText(/You're offline/)).toBeNull();
    online = false;
    window.dispatchEvent(new Event('offline'));
    expect(await view.findByText(/You're offline/)).toBeTruthy();
    await openAndAsk(view, 'ship');
    expect(await view.findByText('3–5 days')).toBeTruthy();
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(view.queryByText(/You're offline/)).toBeNull());
  });

  test('saying goodbye asks the chat’s CSAT without counting an abstention', async () => {
    const view = mount();
    await openAndAsk(view, 'ship');
    await openAndAsk(view, 'bye!');
    expect(await view.findByRole('group', { name: 'How was this chat?' })).toBeTruthy();
    expect(queue.types()).not.toContain('chat.abstain');
  });

  test('without a launcher the chat opens only through the API', async () => {
    const view = mount({ config: { launcher: false } });
    expect(view.queryByRole('button', { name: 'Open chat' })).toBeNull();
    chat!.open();
    expect(await view.findByRole('dialog')).toBeTruthy();
  });
});

describe('transcript', () => {
  // Every change is its own chained IndexedDB write: on a loaded machine the chain up to the state
  // a test waits for can take longer than waitFor's default second (seen: a stalled run read an
  // earlier draft). Still a wait for the state, with more room.
  const onDisk = { timeout: 5_000 };

  test('a question asked just before a reload is answered after it', async () => {
    let view = mount({ replyDelayMs: 10_000 });
    await openAndAsk(view, 'ship?');
    await waitFor(async () => expect((await loadTranscript(Date.now(), undefined, store))?.lines.at(-1)?.text).toBe('ship?'), onDisk);
    chat!.destroy();
    host.replaceChildren();
    view = mount();
    chat!.open();
    expect(await view.findByText('3–5 days')).toBeTruthy();
    expect(view.getAllByText('ship?')).toHaveLength(1);
  });

  test('the launcher clicked before the kept transcript is read: a question sent then stays on screen', async () => {
    const earlier = { id: 'old', from: 'shopper' as const, text: 'an earlier question', at: Date.now() - 1000 };
    await saveTranscript(
      { conversationId: 'c0', lines: [earlier], abstentions: 0, handoff: null, csat: null, replyIds: [], updatedAt: Date.now() },
      undefined,
      store,
    );
    // IndexedDB slow to open (a cold profile, Safari): the read lands 50 ms after the mount.
    const opened = new Promise((done) => setTimeout(done, 50));
    const fast = store;
    const view = mount({ store: (mode, callback) => opened.then(() => fast(mode, callback)) });
    fireEvent.click(view.getByRole('button', { name: 'Open chat' }));
    const input = await view.findByRole('textbox', { name: 'Type your question…' });
    fireEvent.input(input, { target: { value: 'ship?' } });
    fireEvent.submit(input.closest('form')!);
    expect(await view.findByText('3–5 days')).toBeTruthy();
    await new Promise((done) => setTimeout(done, 80));
    expect(view.getByText('ship?')).toBeTruthy();
    expect(view.getByText('an earlier question')).toBeTruthy();
  });

  test('an IndexedDB that never opens (a blocked upgrade, a Safari stall) does not leave the launcher dead', async () => {
    const view = mount({ store: () => new Promise(() => {}) });
    fireEvent.click(view.getByRole('button', { name: 'Open chat' }));
    // Opened without the kept transcript after a short wait: the chat works, it only forgets.
    const input = await view.findByRole('textbox', { name: 'Type your question…' }, { timeout: 4_000 });
    fireEvent.input(input, { target: { value: 'ship?' } });
    fireEvent.submit(input.closest('form')!);
    expect(await view.findByText('3–5 days')).toBeTruthy();
  });

  test('what the shopper typed but did not send comes back after a reload, and is cleared once sent', async () => {
    let view = mount({ config: { handoff: { hours: { timeZone: 'UTC', days: {} } } } });
    await openAndAsk(view, 'person');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    fireEvent.input(await view.findByLabelText('E-mail'), { target: { value: 'ana@example.com' } });
    fireEvent.input(view.getByLabelText('Message'), { target: { value: 'My parcel came open' } });
    fireEvent.input(view.getByRole('textbox', { name: 'Type your question…' }), { target: { value: 'and the ret' } });
    chat!.destroy();
    await waitFor(async () => expect((await loadTranscript(Date.now(), undefined, store))?.drafts?.question).toBe('and the ret'), onDisk);
    host.replaceChildren();

    view = mount({ config: { handoff: { hours: { timeZone: 'UTC', days: {} } } } });
    chat!.open();
    expect(await view.findByDisplayValue('ana@example.com')).toBeTruthy();
    expect(view.getByLabelText('Message')).toHaveProperty('value', 'My parcel came open');
    const input = view.getByRole('textbox', { name: 'Type your question…' });
    expect(input).toHaveProperty('value', 'and the ret');
    fireEvent.submit(view.getByLabelText('E-mail').closest('form')!);
    await view.findByText('My parcel came open');
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(input).toHaveProperty('value', ''));
    await waitFor(async () => expect((await loadTranscript(Date.now(), undefined, store))?.drafts).toEqual({ question: '', email: '', message: '' }), onDisk);
  });

  test('is restored after a reload, handoff state included', async () => {
    let view = mount({ config: { handoff: { hours: { timeZone: 'UTC', days: {} } } } });
    await openAndAsk(view, 'ship');
    await view.findByText('3–5 days');
    await openAndAsk(view, 'person');
    await view.findByRole('button', { name: 'Talk to a person' });
    chat!.destroy();
    // Each change is written as it happens; wait until the last one (the offer) is on disk.
    await waitFor(async () => expect((await loadTranscript(Date.now(), undefined, store))?.handoff?.stage).toBe('offer'), {
      timeout: 3000,
    });
    host.replaceChildren();

    view = mount();
    chat!.open();
    expect(await view.findByText('3–5 days')).toBeTruthy();
    expect(view.getByText('ship')).toBeTruthy();
    expect(view.getByRole('button', { name: 'Talk to a person' })).toBeTruthy();
    // No second greeting on a restored conversation.
    expect(view.getAllByText('Hi! How can I help you today?')).toHaveLength(1);
  });
});

describe('destroy', () => {
  const live = { handoff: { endpoint: '/handoff', repliesUrl: '/handoff/replies', pollMs: 10 } };
  const later = (ms: number) => new Promise((done) => setTimeout(done, ms));

  test('destroyed while the handoff endpoint is being checked, the chat never starts polling for replies', async () => {
    const polls: string[] = [];
    let answerHead: (response: Response) => void = () => {};
    const fakeFetch = ((url: string, init?: RequestInit) => {
      if (init?.method === 'HEAD') return new Promise<Response>((done) => (answerHead = done));
      polls.push(String(url));
      return Promise.resolve(new Response('[]'));
    }) as typeof fetch;
    const view = mount({ fetch: fakeFetch, handoffQueue: recordingQueue(), isOnline: () => true, config: live });
    await openAndAsk(view, 'person');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    chat!.destroy();
    answerHead(new Response(null));
    await later(60);
    expect(polls).toEqual([]);
  });

  test('destroyed while the bot is typing after two quick questions, it answers neither, and both after a reload', async () => {
    let view = mount({ replyDelayMs: 30 });
    await openAndAsk(view, 'ship?');
    await openAndAsk(view, 'ship to Porto?');
    expect(queue.types()).toEqual(['chat.message', 'chat.message']);
    chat!.destroy();
    await later(80);
    expect(queue.types()).toEqual(['chat.message', 'chat.message']);
    await waitFor(async () => expect((await loadTranscript(Date.now(), undefined, store))?.lines.at(-1)?.text).toBe('ship to Porto?'));
    host.replaceChildren();
    view = mount();
    chat!.open();
    await waitFor(() => expect(view.getAllByText('3–5 days')).toHaveLength(2));
    const answers = queue.items.filter((item) => item.payload.type === 'chat.answer').map((item) => item.payload);
    const asked = queue.items.filter((item) => item.payload.type === 'chat.message').map((item) => (item.payload as { messageId: string }).messageId);
    expect(answers.map((answer) => (answer as { replyTo: string }).replyTo)).toEqual(asked);
  });

  test('a live handoff the shopper ended with a rating stops polling, and a reload does not start it again', async () => {
    const polls: string[] = [];
    const fakeFetch = (async (url: string) => {
      polls.push(String(url));
      return new Response('[]');
    }) as typeof fetch;
    let view = mount({ fetch: fakeFetch, isOnline: () => true, config: live, handoffQueue: recordingQueue() });
    await openAndAsk(view, 'a person please');
    fireEvent.click(await view.findByRole('button', { name: 'Talk to a person' }));
    await waitFor(() => expect(polls.length).toBeGreaterThan(0));
    fireEvent.click(view.getByRole('button', { name: 'End chat' }));
    fireEvent.click(view.getByRole('button', { name: '5 / 5' }));
    await waitFor(async () => expect((await loadTranscript(Date.now(), undefined, store))?.csat).toBe(5), { timeout: 5_000 });
    await later(30);
    const afterRating = polls.length;
    await later(60);
    expect(polls.length).toBe(afterRating);
    // The next page of the shop: the conversation is over, nothing to poll for.
    chat!.destroy();
    host.replaceChildren();
    view = mount({ fetch: fakeFetch, isOnline: () => true, config: live, handoffQueue: recordingQueue() });
    chat!.open();
    expect(await view.findByText('Thanks for your rating!')).toBeTruthy();
    await later(60);
    expect(polls.length).toBe(afterRating);
  });

  test('destroyed before the kept transcript is read, a live handoff in it starts no polling', async () => {
    await saveTranscript(
      {
        conversationId: 'c1',
        lines: [{ id: 'l1', from: 'shopper', text: 'person', at: Date.now() }],
        abstentions: 0,
        handoff: { reason: 'asked', stage: 'live' },
        csat: null,
        replyIds: [],
        updatedAt: Date.now(),
      },
      undefined,
      store,
    );
    const polls: string[] = [];
    const fakeFetch = (async (url: string) => {
      polls.push(String(url));
      return new Response('[]');
    }) as typeof fetch;
    mount({ fetch: fakeFetch, isOnline: () => true, config: live });
    chat!.destroy();
    await later(60);
    expect(polls).toEqual([]);
  });
});
