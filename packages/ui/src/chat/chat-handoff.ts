import { handoffMode, isWithinBusinessHours, type ChatConfig, type ChatEvent, type HandoffReason } from '@pulso/core';
import type { ChatQueue, ChatStrings } from './chat-types';
import type { ChatState } from './chat-state';
import { isReachable, listenForReplies, type HandoffReply } from './handoff-client';

/** What the handoff needs besides the chat's state. */
export interface ChatHandoffOptions {
  config: NonNullable<ChatConfig['handoff']>;
  strings: ChatStrings;
  /** Where `chat.handoff` goes when `config.endpoint` is set (a queue on that endpoint). */
  handoffQueue?: ChatQueue;
  now: () => number;
  isOnline: () => boolean;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
  /** Aborted when the chat is destroyed: no listening for replies starts after that. */
  signal?: AbortSignal;
}

// Deliberately loose: the bar is "looks like an address", the server does the real check.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * The handoff to a person: the offer, the live handoff (transcript to the handoff endpoint,
 * replies shown as they come) and the offline one (a validated e-mail + message, queued).
 */
export function createChatHandoff(state: ChatState, options: ChatHandoffOptions) {
  const { config, strings, handoffQueue, now } = options;
  const { transcript, update, addLine, emit, base } = state;
  let stopReplies: (() => void) | undefined;
  let submitting = false;
  // The reachability check takes up to 4 s with the offer still on screen: a second click then
  // must not send the conversation to the team twice.
  let accepting = false;

  const onReply = (reply: HandoffReply) => {
    if (transcript.value.replyIds.includes(reply.id)) return;
    update((current) => ({ replyIds: [...current.replyIds, reply.id] }));
    // The reply's own id: two tabs listening to one handoff both show it, and their transcripts
    // merge into one line.
    addLine({ id: `reply-${reply.id}`, from: 'agent', text: reply.text });
    emit({ type: 'chat.reply', ...base(), messageId: reply.id, text: reply.text });
  };

  const send = (mode: 'live' | 'offline', extra: { email?: string; message?: string }) => {
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
    if (!handoffQueue) return emit(event);
    // The analytics copy counts the handoff without repeating what the shopper wrote.
    void emit({ ...event, transcript: [], email: undefined, message: undefined });
    return emit(event, handoffQueue);
  };

  /** Starts (once) listening for a person's replies, when the endpoint provides them. */
  const listen = () => {
    // The reachability check or the transcript's read may finish after the chat is destroyed;
    // polling started then would never be stopped.
    if (stopReplies || !config.repliesUrl || options.signal?.aborted) return;
    stopReplies = listenForReplies({
      url: config.repliesUrl,
      conversationId: transcript.value.conversationId,
      mode: config.replies ?? 'poll',
      pollMs: config.pollMs,
      fetch: options.fetch,
      EventSource: options.EventSource,
      onReply,
    });
  };

  return {
    listen,

    stop() {
      stopReplies?.();
      stopReplies = undefined;
    },

    /** Offers a person; when the conversation already has a handoff, a shopper asking again is answered, not ignored. */
    offer(reason: HandoffReason) {
      const stage = transcript.value.handoff?.stage;
      if (stage) {
        // The offer or the form is on screen, or the message is already with the team.
        if (reason === 'asked') addLine({ from: 'bot', text: stage === 'queued' ? strings.queued : strings.offerPerson });
        return;
      }
      update(() => ({ handoff: { reason, stage: 'offer' } }));
      addLine({ from: 'bot', text: strings.offerPerson });
    },

    /** After a live handoff, what the shopper writes goes to the person. */
    forward(event: ChatEvent) {
      if (handoffQueue) void emit(event, handoffQueue);
    },

    /** The shopper accepted a person: live when open, reachable, online and able to reply here, else the form. */
    async acceptHandoff() {
      const handoff = transcript.value.handoff;
      if (handoff?.stage !== 'offer' || accepting) return;
      let mode = handoffMode(config, now(), options.isOnline());
      const closed = !!config.hours && !isWithinBusinessHours(config.hours, now());
      // Without a replies URL a person's answer cannot reach the chat: ask for an e-mail rather
      // than promise replies here.
      const byEmail = !config.repliesUrl;
      // Probe the endpoint the handoff is POSTed to, not the replies URL: an event stream may
      // never answer a HEAD request.
      accepting = true;
      if (mode === 'live' && (byEmail || (config.endpoint && !(await isReachable(config.endpoint, options.fetch))))) mode = 'offline';
      accepting = false;
      // "Keep chatting" (or another tab) may have answered the offer during the check.
      if (transcript.value.handoff?.stage !== 'offer') return;
      if (mode === 'offline') return void update(() => ({ handoff: { ...handoff, stage: 'form', closed, byEmail } }));
      update(() => ({ handoff: { ...handoff, stage: 'live' } }));
      void send('live', {});
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
      const stored = await send('offline', { email: email.trim(), message: message.trim() });
      submitting = false;
      if (!stored) return { message: strings.errorSaving };
      addLine({ from: 'shopper', text: message.trim() });
      update((current) => ({
        handoff: { ...handoff, stage: 'queued' },
        csat: 'ask',
        drafts: { ...current.drafts, email: '', message: '' },
      }));
      addLine({ from: 'bot', text: strings.queued });
      return null;
    },
  };
}
