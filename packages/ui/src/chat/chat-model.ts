import { signal } from '@preact/signals';
import {
  decideHandoff,
  handoffMode,
  isWithinBusinessHours,
  type ChatConfig,
  type ChatEvent,
  type HandoffReason,
} from '@pulso/core';
import type { UseStore } from 'idb-keyval';
import type { ChatBot, ChatFaq, ChatOpenContext, ChatQueue, ChatStrings } from './chat-types';
import { isReachable, listenForReplies, type HandoffReply } from './handoff-client';
import {
  defaultRetention,
  loadTranscript,
  saveTranscript,
  type ChatLine,
  type Transcript,
} from './transcript-store';

/** What the chat model needs; everything after `strings` has a browser default. */
export interface ChatModelOptions {
  bot: ChatBot;
  queue: ChatQueue;
  config: ChatConfig;
  strings: ChatStrings;
  /** The bot's greeting, already in the shopper's language. */
  greeting: string;
  /** Where `chat.handoff` goes when `config.handoff.endpoint` is set (a queue on that endpoint). */
  handoffQueue?: ChatQueue;
  now?: () => number;
  isOnline?: () => boolean;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
  store?: UseStore;
  /** Pause before the bot answers, so the typing indicator is seen (0 in tests). */
  replyDelayMs?: number;
  redact?: (text: string) => string;
  onEvent?: (event: ChatEvent) => void;
}

// Deliberately loose: the bar is "looks like an address", the server does the real check.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

const newId = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 10);

/** The chat's state as signals, and everything the shopper can do to it. */
export function createChatModel(options: ChatModelOptions) {
  const { bot, queue, config, strings } = options;
  const now = options.now ?? Date.now;
  const isOnline = options.isOnline ?? (() => navigator.onLine);
  const handoffConfig = config.handoff ?? {};
  const retention = { ...defaultRetention, ...config.retention };

  const fresh = (): Transcript => ({
    conversationId: newId(),
    lines: [],
    abstentions: 0,
    handoff: null,
    csat: null,
    replyIds: [],
    updatedAt: now(),
  });

  const isOpen = signal(false);
  const online = signal(isOnline());
  // Only a notice: the bot answers offline and the queue sends when the network is back.
  const onNetwork = () => (online.value = isOnline());
  addEventListener('online', onNetwork);
  addEventListener('offline', onNetwork);
  const unread = signal(0);
  const typing = signal(false);
  const transcript = signal<Transcript>(fresh());
  let stopReplies: (() => void) | undefined;
  let submitting = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let writes = Promise.resolve();

  const update = (change: (current: Transcript) => Partial<Transcript>) => {
    const next = { ...transcript.value, ...change(transcript.value), updatedAt: now() };
    transcript.value = next;
    // Writes are chained so an older state never lands after a newer one.
    writes = writes.then(() => saveTranscript(next, retention, options.store));
    return next;
  };

  const addLine = (line: Omit<ChatLine, 'id' | 'at'>): ChatLine => {
    const full = { id: newId(), at: now(), ...line };
    update((current) => ({ lines: [...current.lines, full] }));
    if (line.from !== 'shopper' && !isOpen.value) unread.value += 1;
    return full;
  };

  /** Queues an event; resolves false (and logs) when it could not be stored. */
  const emit = (event: ChatEvent, target = queue): Promise<boolean> => {
    const orderKey = event.conversationId;
    // High priority for what a person is waiting on; analytics can wait for the next batch.
    const priority = event.type === 'chat.handoff' || target !== queue ? 'high' : 'normal';
    if (target === queue && options.redact && 'text' in event) event = { ...event, text: options.redact(event.text) };
    options.onEvent?.(event);
    return target.enqueue(event, { priority, orderKey }).then(
      () => true,
      (error: unknown) => {
        console.error('[pulso] could not queue a chat event', error);
        return false;
      },
    );
  };

  const base = () => ({ conversationId: transcript.value.conversationId, at: now() });

  const onReply = (reply: HandoffReply) => {
    if (transcript.value.replyIds.includes(reply.id)) return;
    update((current) => ({ replyIds: [...current.replyIds, reply.id] }));
    addLine({ from: 'agent', text: reply.text });
    emit({ type: 'chat.reply', ...base(), messageId: reply.id, text: reply.text });
  };

  const listen = () => {
    if (stopReplies || !handoffConfig.repliesUrl) return;
    stopReplies = listenForReplies({
      url: handoffConfig.repliesUrl,
      conversationId: transcript.value.conversationId,
      mode: handoffConfig.replies ?? 'poll',
      pollMs: handoffConfig.pollMs,
      fetch: options.fetch,
      EventSource: options.EventSource,
      onReply,
    });
  };

  const offerPerson = (reason: HandoffReason) => {
    if (transcript.value.handoff) return;
    update(() => ({ handoff: { reason, stage: 'offer' } }));
    addLine({ from: 'bot', text: strings.offerPerson });
  };

  const sendHandoff = (mode: 'live' | 'offline', extra: { email?: string; message?: string }) => {
    const current = transcript.value;
    const event: ChatEvent = {
      type: 'chat.handoff',
      ...base(),
      reason: current.handoff?.reason ?? 'asked',
      mode,
      transcript: current.lines.map(({ from, text, at }) => ({ from, text, at })),
      ...extra,
      ...(current.context ? { context: current.context } : {}),
    };
    if (!options.handoffQueue) return emit(event);
    // The analytics copy counts the handoff without repeating what the shopper wrote.
    void emit({ ...event, transcript: [], email: undefined, message: undefined });
    return emit(event, options.handoffQueue);
  };

  // A new conversation starts after the chat's CSAT: same lines on screen, new id and counters.
  const startOverIfEnded = () => {
    if (typeof transcript.value.csat === 'number') {
      stopReplies?.();
      stopReplies = undefined;
      update(() => ({ ...fresh(), lines: transcript.value.lines }));
    }
  };

  const answerWith = (faq: ChatFaq, confidence: number, replyTo: string) => {
    const line = addLine({ from: 'bot', text: faq.answer, faqId: faq.id, confidence });
    emit({ type: 'chat.answer', ...base(), messageId: line.id, replyTo, faqId: faq.id, confidence });
  };

  const reply = (text: string, replyTo: string) => {
    const result = bot.ask(text);
    if (result.intent === 'human') return offerPerson('asked');
    if (result.answer) return answerWith(result.answer, result.confidence, replyTo);
    if (result.intent === 'greeting') return void addLine({ from: 'bot', text: options.greeting });
    if (result.intent === 'thanks') return void addLine({ from: 'bot', text: strings.welcome });
    // "Bye": the end of the conversation, so the chat's rating (if there was anything to rate).
    if (result.intent === 'goodbye') return void (transcript.value.csat === null && update(() => ({ csat: 'ask' })));
    const abstentions = transcript.value.abstentions + 1;
    update(() => ({ abstentions }));
    addLine({ from: 'bot', text: strings.notSure, suggestions: result.suggestions });
    emit({
      type: 'chat.abstain',
      ...base(),
      replyTo,
      confidence: result.confidence,
      suggestions: result.suggestions.map((faq) => faq.id),
    });
    const reason = decideHandoff({ abstentions }, handoffConfig.abstainLimit);
    if (reason) offerPerson(reason);
  };

  const shopperSays = (text: string) => {
    startOverIfEnded();
    const line = addLine({ from: 'shopper', text });
    emit({ type: 'chat.message', ...base(), messageId: line.id, text });
    return line;
  };

  const model = {
    isOpen,
    online,
    unread,
    typing,
    transcript,
    /** Restores the kept transcript (and the reply listener of a live handoff). */
    ready: loadTranscript(now(), retention, options.store).then((kept) => {
      if (!kept) return;
      transcript.value = kept;
      if (kept.handoff?.stage === 'live') return listen();
      // A reload while the bot was typing: the question was kept, so answer it now.
      const last = kept.lines[kept.lines.length - 1];
      if (last?.from === 'shopper') reply(last.text, last.id);
    }),

    open(context: ChatOpenContext = {}) {
      isOpen.value = true;
      unread.value = 0;
      const { source } = context;
      // Kept for the handoff; a plain launcher click says nothing worth sending.
      if (source !== 'launcher' && Object.keys(context).length) {
        update(() => ({ context: context as Record<string, string | number | boolean> }));
      }
      if (transcript.value.lines.length === 0) addLine({ from: 'bot', text: options.greeting });
      const reason = decideHandoff({ abstentions: 0, openedFrom: source }, handoffConfig.abstainLimit);
      if (reason) offerPerson(reason);
    },

    close() {
      isOpen.value = false;
    },

    /** The shopper sends a message: to the person after a live handoff, else to the bot. */
    send(raw: string) {
      const text = raw.trim();
      if (!text) return;
      const line = shopperSays(text);
      if (transcript.value.handoff?.stage === 'live') {
        const event: ChatEvent = { type: 'chat.message', ...base(), messageId: line.id, text };
        if (options.handoffQueue) emit(event, options.handoffQueue);
        return;
      }
      typing.value = true;
      typingTimer = setTimeout(() => {
        typing.value = false;
        reply(text, line.id);
      }, options.replyDelayMs ?? 400);
    },

    /** A "did you mean" chip: the shopper picked one of the suggested questions. */
    pick(faq: ChatFaq) {
      const line = shopperSays(faq.question);
      answerWith(faq, 1, line.id);
    },

    /** "Was this helpful?"; a "no" counts like an abstention toward offering a person. */
    feedback(lineId: string, helpful: boolean) {
      const line = transcript.value.lines.find((item) => item.id === lineId);
      if (!line?.faqId || line.helpful !== undefined) return;
      update((current) => ({
        lines: current.lines.map((item) => (item.id === lineId ? { ...item, helpful } : item)),
        abstentions: current.abstentions + (helpful ? 0 : 1),
      }));
      emit({ type: 'chat.feedback', ...base(), messageId: lineId, faqId: line.faqId, helpful });
      const reason = decideHandoff({ abstentions: transcript.value.abstentions }, handoffConfig.abstainLimit);
      if (!helpful && reason) offerPerson(reason);
    },

    /** The shopper accepted a person: live when open, reachable and online, else the form. */
    async acceptHandoff() {
      const handoff = transcript.value.handoff;
      if (!handoff || handoff.stage !== 'offer') return;
      let mode = handoffMode(handoffConfig, now(), isOnline());
      const closed = !!handoffConfig.hours && !isWithinBusinessHours(handoffConfig.hours, now());
      // Probe the endpoint the handoff is POSTed to, not the replies URL: an event stream may
      // never answer a HEAD request.
      const endpoint = handoffConfig.endpoint;
      if (mode === 'live' && endpoint && !(await isReachable(endpoint, options.fetch))) mode = 'offline';
      if (mode === 'offline') return void update(() => ({ handoff: { ...handoff, stage: 'form', closed } }));
      update(() => ({ handoff: { ...handoff, stage: 'live' } }));
      sendHandoff('live', {});
      addLine({ from: 'bot', text: strings.connecting });
      listen();
    },

    declineHandoff() {
      update(() => ({ handoff: null, abstentions: 0 }));
    },

    /**
     * Validates the e-mail + message and queues them; resolves with what is wrong (or that it
     * could not be stored), or null once they are in the queue (only then does the chat say so).
     */
    async submitOffline(email: string, message: string): Promise<{ email?: string; message?: string } | null> {
      const errors = {
        ...(emailPattern.test(email.trim()) ? {} : { email: strings.invalidEmail }),
        ...(message.trim() ? {} : { message: strings.emptyMessage }),
      };
      if (errors.email || errors.message) return errors;
      const handoff = transcript.value.handoff;
      if (handoff?.stage !== 'form' || submitting) return null;
      submitting = true;
      const stored = await sendHandoff('offline', { email: email.trim(), message: message.trim() });
      submitting = false;
      if (!stored) return { message: strings.errorSaving };
      addLine({ from: 'shopper', text: message.trim() });
      update(() => ({ handoff: { ...handoff, stage: 'queued' }, csat: 'ask' }));
      addLine({ from: 'bot', text: strings.queued });
      return null;
    },

    /** "End chat": asks the one-tap CSAT. */
    end() {
      if (transcript.value.csat === null) update(() => ({ csat: 'ask' }));
    },

    rate(score: number) {
      if (transcript.value.csat !== 'ask') return;
      update(() => ({ csat: score }));
      emit({ type: 'chat.csat', ...base(), score });
    },

    /** Stops listening for replies; resolves when the transcript is written. */
    dispose() {
      removeEventListener('online', onNetwork);
      removeEventListener('offline', onNetwork);
      clearTimeout(typingTimer);
      stopReplies?.();
      stopReplies = undefined;
      return writes;
    },
  };
  return model;
}

/** The chat model returned by {@link createChatModel}. */
export type ChatModel = ReturnType<typeof createChatModel>;
