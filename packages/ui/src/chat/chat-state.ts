import { signal } from '@preact/signals';
import type { ChatEvent } from '@pulso/core';
import type { UseStore } from 'idb-keyval';
import type { ChatQueue } from './chat-types';
import { loadTranscript, saveTranscript, transcriptStore, type ChatLine, type Retention, type Transcript } from './transcript-store';

/** What the chat's state needs from outside. */
export interface ChatStateOptions {
  queue: ChatQueue;
  retention: Retention;
  now: () => number;
  store?: UseStore;
  redact?: (text: string) => string;
  onEvent?: (event: ChatEvent) => void;
}

const newId = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 10);

/**
 * The chat's state and its plumbing, shared by the conversation and the handoff: the transcript
 * (written to IndexedDB on every change, typing after a pause in it), the panel's open/unread
 * signals, and `emit`, which queues an event.
 */
export function createChatState(options: ChatStateOptions) {
  const { queue, now } = options;
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
  const unread = signal(0);
  const transcript = signal<Transcript>(fresh());
  const files = transcriptStore(options.store);
  let writes: Promise<unknown> = Promise.resolve();
  let pending: ReturnType<typeof setTimeout> | undefined;
  // The unsent text as this tab last wrote or read it. It is written again only once changed
  // here: a tab where the shopper only taps "Yes" must not put its stale copy over what they are
  // typing in another tab.
  let savedDrafts: Transcript['drafts'];

  // Each write starts at once, not after the previous one: one on `pagehide` gets no later task.
  // A connection's readwrite transactions run in the order they were made, so an older state
  // still never lands after a newer one.
  const write = (typing?: boolean) => {
    clearTimeout(pending);
    pending = undefined;
    const next = transcript.value;
    const drafts = next.drafts === savedDrafts ? undefined : (savedDrafts = next.drafts);
    writes = Promise.all([
      writes,
      typing ? files.saveDrafts(next.drafts) : saveTranscript({ ...next, drafts }, options.retention, files.store),
    ]);
  };

  /** Changes the state; `typing` is written after a pause in it, anything else at once. */
  const update = (change: (current: Transcript) => Partial<Transcript>, typing?: boolean) => {
    transcript.value = { ...transcript.value, ...change(transcript.value), updatedAt: now() };
    if (!typing) return write();
    clearTimeout(pending);
    // A pause long enough to span a burst of keystrokes, short enough that a crash loses little.
    pending = setTimeout(write, 400, true);
  };

  return {
    isOpen,
    unread,
    transcript,
    fresh,
    update,
    /** The kept transcript (see `loadTranscript`). */
    load: () => loadTranscript(now(), options.retention, files.store).then((kept) => ((savedDrafts = kept?.drafts), kept)),
    /** Writes typing that is still waiting for its pause (the page is hidden, the panel closed). */
    flush: () => pending !== undefined && write(true),
    /** Resolves when every change written so far has landed. */
    written: () => writes,

    /** Adds a line; `id` only when the line has one of its own (a person's reply). */
    addLine(line: Omit<ChatLine, 'id' | 'at'> & { id?: string }): ChatLine {
      const full = { id: newId(), at: now(), ...line };
      update((current) => ({ lines: [...current.lines, full] }));
      if (line.from !== 'shopper' && !isOpen.value) unread.value += 1;
      return full;
    },

    /** The fields every event of the current conversation starts with. */
    base: () => ({ conversationId: transcript.value.conversationId, at: now() }),

    /** Queues an event; resolves false (and logs) when it could not be stored. */
    emit(event: ChatEvent, target = queue): Promise<boolean> {
      // High priority for what a person is waiting on; analytics can wait for the next batch.
      const priority = event.type === 'chat.handoff' || target !== queue ? 'high' : 'normal';
      if (target === queue && options.redact && 'text' in event) event = { ...event, text: options.redact(event.text) };
      options.onEvent?.(event);
      return target.enqueue(event, { priority, orderKey: event.conversationId }).then(
        () => true,
        (error: unknown) => {
          console.error('[pulso] could not queue a chat event', error);
          return false;
        },
      );
    },
  };
}

/** The state returned by {@link createChatState}. */
export type ChatState = ReturnType<typeof createChatState>;
