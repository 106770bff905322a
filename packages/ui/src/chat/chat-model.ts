import { signal } from '@preact/signals';
import { decideHandoff, type ChatConfig, type ChatEvent } from '@pulso/core';
import type { UseStore } from 'idb-keyval';
import { createChatHandoff } from './chat-handoff';
import { createChatState } from './chat-state';
import type { ChatBot, ChatFaq, ChatOpenContext, ChatQueue, ChatStrings } from './chat-types';
import type { TextsLang } from '../survey/texts-lang';
import { defaultRetention, type DraftField } from './transcript-store';

/** What the chat model needs; everything after `greeting` has a browser default. */
export interface ChatModelOptions {
  bot: ChatBot;
  queue: ChatQueue;
  config: ChatConfig;
  strings: ChatStrings;
  /** The bot's greeting, already in the shopper's language. */
  greeting: string;
  /** The knowledge base's language, when it differs from the chat strings' (see `textsLang`). */
  faqLang?: TextsLang | undefined;
  /** Whether `greeting` and `strings.notSure` are the knowledge base's, so in its language. */
  kbGreeting?: boolean;
  kbFallback?: boolean;
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

/**
 * The chat as signals and methods: the conversation with the bot (answers, suggestions,
 * feedback, small talk, the chat's CSAT) over the shared state, and the handoff to a person.
 * Components render it and call its methods; nothing here touches the DOM.
 */
export function createChatModel(options: ChatModelOptions) {
  const { bot, config, strings } = options;
  const now = options.now ?? Date.now;
  const isOnline = options.isOnline ?? (() => navigator.onLine);
  const limit = config.handoff?.abstainLimit;
  const retention = { ...defaultRetention, ...config.retention };
  const state = createChatState({ ...options, now, retention });
  const listening = new AbortController();
  const until = { signal: listening.signal };
  const handoff = createChatHandoff(state, { ...options, config: config.handoff ?? {}, now, isOnline, ...until });
  const { transcript, update, addLine, emit, base } = state;

  const typing = signal(false);
  const online = signal(isOnline());
  // Only a notice: the bot answers offline and the queue sends when the network is back.
  const onNetwork = () => (online.value = isOnline());
  addEventListener('online', onNetwork, until);
  addEventListener('offline', onNetwork, until);
  // Typing is written after a pause, so write it when the page may go away: hidden is the last
  // moment a mobile browser promises (it may discard a background tab without `pagehide`), and
  // `pagehide` covers a reload or a closed tab.
  const { flush } = state;
  addEventListener('pagehide', flush, until);
  document.addEventListener('visibilitychange', flush, until);
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const greet = () => addLine({ from: 'bot', text: options.greeting, kb: options.kbGreeting });
  const askCsat = () => transcript.value.csat === null && update(() => ({ csat: 'ask' }));

  // An answer may come with "did you mean" chips when another FAQ was close behind.
  const answerWith = (faq: ChatFaq, confidence: number, replyTo: string, suggestions: ChatFaq[] = []) => {
    const line = addLine({ from: 'bot', text: faq.answer, faqId: faq.id, confidence, suggestions });
    void emit({ type: 'chat.answer', ...base(), messageId: line.id, replyTo, faqId: faq.id, confidence });
  };

  const reply = (text: string, replyTo: string) => {
    const result = bot.ask(text);
    if (result.intent === 'human') return handoff.offer('asked');
    if (result.answer) return answerWith(result.answer, result.confidence, replyTo, result.suggestions);
    if (result.intent === 'greeting') return void greet();
    // "Thanks" or "bye" (the FAQ bot calls both `thanks`: either closes the exchange): a "you're
    // welcome", then the chat's rating. The bot has no `goodbye` intent, so waiting for one never
    // asked the rating in a real chat.
    if (result.intent === 'thanks') {
      addLine({ from: 'bot', text: strings.welcome });
      return void askCsat();
    }
    const abstentions = transcript.value.abstentions + 1;
    update(() => ({ abstentions }));
    addLine({ from: 'bot', text: strings.notSure, suggestions: result.suggestions, kb: options.kbFallback });
    void emit({
      type: 'chat.abstain',
      ...base(),
      replyTo,
      confidence: result.confidence,
      suggestions: result.suggestions.map((faq) => faq.id),
    });
    const reason = decideHandoff({ abstentions }, limit);
    if (reason) handoff.offer(reason);
  };

  // A new conversation: same lines on screen, new id and counters.
  const startOver = () => {
    handoff.stop();
    update(() => ({ ...state.fresh(), lines: transcript.value.lines }));
  };

  const shopperSays = (text: string) => {
    if (typeof transcript.value.csat === 'number') startOver();
    const line = addLine({ from: 'shopper', text });
    void emit({ type: 'chat.message', ...base(), messageId: line.id, text });
    return line;
  };

  return {
    isOpen: state.isOpen,
    unread: state.unread,
    transcript,
    typing,
    online,
    /** `lang`/`dir` for texts from the knowledge base (answers, chips, its greeting and fallback), if they need their own. */
    faqLang: options.faqLang,
    acceptHandoff: handoff.acceptHandoff,
    declineHandoff: handoff.declineHandoff,
    submitOffline: handoff.submitOffline,

    /** Restores the kept transcript (and the reply listener of a live handoff). */
    ready: state.load().then((kept) => {
      // Destroyed meanwhile: nothing to show, and no answer or polling to start.
      if (!kept || listening.signal.aborted) return;
      transcript.value = kept;
      // A live handoff listens for replies on every page until the shopper ends it with a rating:
      // polling on for the transcript's 30 days would load the endpoint for a finished talk.
      if (kept.handoff?.stage === 'live') return typeof kept.csat === 'number' ? undefined : handoff.listen();
      // A reload (or destroy) while the bot was typing: the questions were kept, so answer them
      // now, each of them when the shopper sent two before the first answer.
      const { lines } = kept;
      let first = lines.length;
      while (lines[first - 1]?.from === 'shopper') first--;
      lines.slice(first).forEach((line) => reply(line.text, line.id));
    }),

    /**
     * Opens once the kept transcript is read (`ready`): a question sent before it arrives would be
     * wiped from the screen by it (IndexedDB can be slow to open on a cold profile).
     */
    openWhenReady(context?: ChatOpenContext) {
      void this.ready.then(() => this.open(context));
    },

    open(context: ChatOpenContext = {}) {
      state.isOpen.value = true;
      state.unread.value = 0;
      const { source } = context;
      // A detractor arriving after an earlier conversation ended gets a conversation of their own.
      const { handoff: earlier, csat } = transcript.value;
      if (source === 'detractor' && (typeof csat === 'number' || earlier?.stage === 'queued')) startOver();
      // Kept for the handoff; a plain launcher click says nothing worth sending.
      if (source !== 'launcher' && Object.keys(context).length) {
        update(() => ({ context: context as Record<string, string | number | boolean> }));
      }
      if (transcript.value.lines.length === 0) greet();
      const reason = decideHandoff({ abstentions: 0, openedFrom: source }, limit);
      if (reason) handoff.offer(reason);
    },

    close() {
      state.isOpen.value = false;
      flush();
    },

    /** Unsent text of a field, as last typed (restored after a reload). */
    draftOf: (field: DraftField): string => transcript.value.drafts?.[field] ?? '',

    /** Keeps what the shopper is typing (written after a pause in it), so a reload loses nothing they typed. */
    draft(field: DraftField, value: string) {
      update((current) => ({ drafts: { ...current.drafts, [field]: value } }), true);
    },

    /** The shopper sends a message: to the person after a live handoff, else to the bot. */
    send(raw: string) {
      const text = raw.trim();
      if (!text) return;
      update((current) => ({ drafts: { ...current.drafts, question: '' } }));
      const line = shopperSays(text);
      if (transcript.value.handoff?.stage === 'live') {
        return handoff.forward({ type: 'chat.message', ...base(), messageId: line.id, text });
      }
      typing.value = true;
      typingTimer = setTimeout(() => {
        typing.value = false;
        // Destroyed meanwhile: the question is kept and answered when the chat is back.
        if (!listening.signal.aborted) reply(text, line.id);
      }, options.replyDelayMs ?? 400);
    },

    /** A "did you mean" chip: the shopper picked one of the suggested questions. */
    pick(faq: ChatFaq) {
      answerWith(faq, 1, shopperSays(faq.question).id);
    },

    /** "Was this helpful?"; a "no" counts like an abstention toward offering a person. */
    feedback(lineId: string, helpful: boolean) {
      const line = transcript.value.lines.find((item) => item.id === lineId);
      if (!line?.faqId || line.helpful !== undefined) return;
      const abstentions = transcript.value.abstentions + (helpful ? 0 : 1);
      update((current) => ({
        lines: current.lines.map((item) => (item.id === lineId ? { ...item, helpful } : item)),
        abstentions,
      }));
      void emit({ type: 'chat.feedback', ...base(), messageId: lineId, faqId: line.faqId, helpful });
      const reason = helpful ? null : decideHandoff({ abstentions }, limit);
      if (reason) handoff.offer(reason);
    },

    /** "End chat": asks the one-tap CSAT. */
    end() {
      askCsat();
    },

    rate(score: number) {
      if (transcript.value.csat !== 'ask') return;
      update(() => ({ csat: score }));
      handoff.stop();
      void emit({ type: 'chat.csat', ...base(), score });
    },

    /** Stops timers and listeners; resolves when the transcript is written. */
    dispose() {
      listening.abort();
      clearTimeout(typingTimer);
      handoff.stop();
      flush();
      return state.written();
    },
  };
}

/** The chat model returned by {@link createChatModel}. */
export type ChatModel = ReturnType<typeof createChatModel>;
