// Test helpers for the chat: a small keyword bot with the FAQ bot's reply shape, a recording
// queue, and a fresh IndexedDB per test (fake-indexeddb under happy-dom).
import { IDBFactory } from 'fake-indexeddb';
import { createStore, type UseStore } from 'idb-keyval';
import type { ChatEvent } from '@pulso/core';
import type { ChatBot, ChatFaq, ChatQueue } from './chat-types';

export const faqs: Record<string, ChatFaq> = {
  shipping: {
    id: 'shipping',
    question: 'How long does shipping take?',
    answer: 'Orders arrive in **3–5 days**. [Track it](https://example.com/track).',
  },
  returns: { id: 'returns', question: 'How do I return an item?', answer: 'Within *30 days*:\n- pack it\n- drop it off' },
};

/** Answers "ship…", greets "hello", thanks on "bye" (as the FAQ bot does), hands "person" off, suggests returns for "money", else abstains. */
export const keywordBot: ChatBot = {
  ask(text) {
    const lower = text.toLowerCase();
    if (lower.includes('person')) return { answer: null, confidence: 0, suggestions: [], intent: 'human' };
    if (lower.includes('bye')) return { answer: null, confidence: 0, suggestions: [], intent: 'thanks' };
    if (lower.includes('hello')) return { answer: null, confidence: 0, suggestions: [], intent: 'greeting' };
    if (lower.includes('ship') && lower.includes('return')) {
      return { answer: faqs.shipping!, confidence: 0.6, suggestions: [faqs.returns!] };
    }
    if (lower.includes('ship')) return { answer: faqs.shipping!, confidence: 0.92, suggestions: [] };
    if (lower.includes('money')) return { answer: null, confidence: 0.3, suggestions: [faqs.returns!] };
    return { answer: null, confidence: 0.05, suggestions: [] };
  },
};

export interface RecordingQueue extends ChatQueue {
  items: { payload: ChatEvent; options?: { priority?: string; orderKey?: string } }[];
  types(): string[];
}

export function recordingQueue(): RecordingQueue {
  const items: RecordingQueue['items'] = [];
  return {
    items,
    async enqueue(payload, options) {
      items.push({ payload: payload as ChatEvent, options });
    },
    types: () => items.map((item) => item.payload.type),
  };
}

/** A brand-new IndexedDB, and the chat's store in it. */
export function freshStore(): UseStore {
  globalThis.indexedDB = new IDBFactory();
  return createStore('pulso-chat', 'transcript');
}
