import type { ChatConfig, ChatUiStrings, FaqIntent } from '@pulso/core';

/**
 * The slice of the transport queue the chat needs. `orderKey` is the conversation id, so the
 * queue numbers each conversation's events (`seq`) and a collector can replay them in order.
 */
export interface ChatQueue {
  enqueue(payload: object, options?: { priority?: 'high' | 'normal' | 'analytics'; orderKey?: string }): Promise<unknown>;
}

/** An FAQ entry as the chat shows it. */
export interface ChatFaq {
  id: string;
  question: string;
  answer: string;
}

/** What the FAQ bot says about one message (`createFaqBot(kb).ask(text)`). */
export interface ChatBotReply {
  answer: ChatFaq | null;
  confidence: number;
  suggestions: ChatFaq[];
  /** The FAQ bot's intents: the chat reacts to `greeting`, `thanks` (goodbyes too) and `human`. */
  intent?: FaqIntent;
}

/** Anything that answers a question like the FAQ bot. */
export interface ChatBot {
  ask(text: string): ChatBotReply;
}

/** Where the chat was opened from; `detractor` offers a person straight away. */
export interface ChatOpenContext {
  source?: 'launcher' | 'api' | 'detractor';
  /** Extra facts sent with a handoff, e.g. `{ surveyId, responseId, score }`. */
  [key: string]: string | number | boolean | undefined;
}

/** Options of {@link mountChat}. */
export interface MountChatOptions {
  /** An element (or shadow root) inside the widget's shadow root where the chat renders. */
  mountPoint: Element | ShadowRoot;
  /** The `chat` section of the config. */
  config?: ChatConfig;
  /** The FAQ bot (built by the caller from `config.faq` with `createFaqBot`). */
  bot: ChatBot;
  /**
   * The knowledge base's own voice: its `greeting` (when the chat config has none) and its
   * `fallback`, said when the bot is not sure. Pass `config.faq`. Its `locale` marks the
   * answers, "did you mean" chips, and this greeting and fallback with `lang`/`dir` when it
   * differs from the chat strings'.
   */
  faq?: { locale?: string; greeting?: string; fallback?: string };
  queue: ChatQueue;
  /**
   * A queue whose endpoint is `config.handoff.endpoint`. When given, `chat.handoff` (with the
   * transcript) and the shopper's messages after a live handoff go there, and `queue` gets a copy
   * of the handoff without what the shopper wrote; without it everything goes to `queue`.
   */
  handoffQueue?: ChatQueue;
  locale: string;
  /** Overrides of the built-in chat strings. */
  strings?: Partial<ChatStrings>;
  /** Injected for tests; defaults are the browser's. */
  now?: () => number;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
  isOnline?: () => boolean;
  /** Pause before the bot answers, so the typing indicator is seen (default 400 ms). */
  replyDelayMs?: number;
  /** idb-keyval store for the transcript (default: its own `pulso-chat` database). */
  store?: import('idb-keyval').UseStore;
  /**
   * Applied to what the shopper (or a person) wrote before it goes to `queue`, e.g. core's
   * `redactPii` when the config asks for it. The handoff to a person is not redacted: they need
   * the order number and the e-mail.
   */
  redact?: (text: string) => string;
  /** Called for every chat event after it is queued (the Pulso controller forwards them). */
  onEvent?: (event: import('@pulso/core').ChatEvent) => void;
}

/** Handle returned by {@link mountChat}. */
export interface ChatHandle {
  /** Opens the panel; `context.source === 'detractor'` offers a person at once. */
  open(context?: ChatOpenContext): void;
  close(): void;
  /** Unmounts and stops polling; the transcript stays in IndexedDB. */
  destroy(): void;
}

/**
 * Every text the chat shows that is not written by the bot or the shopper: the `chat` part of
 * core's built-in UI strings (twelve languages).
 */
export type ChatStrings = ChatUiStrings;
