/**
 * What the chat widget hands to the transport queue, one event per thing that happened. The
 * shapes are shared by the widget (which writes them) and the chat metrics (which read them from
 * whatever store the collector keeps), so a report needs nothing but this list.
 *
 * Every event carries the conversation it belongs to and when it happened (`at`, epoch
 * milliseconds, or an ISO 8601 string once it has been through a JSON store).
 */
export interface ChatEventBase {
  conversationId: string;
  at: number | string;
}

/** Who wrote a transcript line: the shopper, the FAQ bot, or a person answering the handoff. */
export type ChatAuthor = 'shopper' | 'bot' | 'agent';

/** Why a person was offered: two abstentions, the shopper asked, or a detractor survey sent them. */
export type HandoffReason = 'abstained' | 'asked' | 'detractor';

/** A line of the transcript as it is sent with a handoff. */
export interface TranscriptLine {
  from: ChatAuthor;
  text: string;
  at: number;
}

/** The shopper sent a message. */
export interface ChatMessageEvent extends ChatEventBase {
  type: 'chat.message';
  messageId: string;
  text: string;
}

/** The bot answered a message with an FAQ entry. */
export interface ChatAnswerEvent extends ChatEventBase {
  type: 'chat.answer';
  messageId: string;
  /** The shopper message this answers. */
  replyTo: string;
  faqId: string;
  confidence: number;
}

/** The bot was not sure enough and did not answer (it may have offered suggestions). */
export interface ChatAbstainEvent extends ChatEventBase {
  type: 'chat.abstain';
  replyTo: string;
  confidence: number;
  suggestions: string[];
}

/** "Was this helpful?" on an answer. */
export interface ChatFeedbackEvent extends ChatEventBase {
  type: 'chat.feedback';
  messageId: string;
  faqId: string;
  helpful: boolean;
}

/**
 * The conversation went to a person. `live`: sent to the handoff endpoint within business hours;
 * `offline`: outside hours or without a network, with the e-mail and message the shopper left.
 */
export interface ChatHandoffEvent extends ChatEventBase {
  type: 'chat.handoff';
  reason: HandoffReason;
  mode: 'live' | 'offline';
  transcript: TranscriptLine[];
  email?: string;
  message?: string;
  /** Where the chat was opened from, e.g. the detractor survey's id and score. */
  context?: Record<string, string | number | boolean>;
}

/** A reply from the person on the other side of a handoff, shown in the chat. */
export interface ChatReplyEvent extends ChatEventBase {
  type: 'chat.reply';
  messageId: string;
  text: string;
}

/** The one-tap satisfaction rating of the chat itself (1–5). */
export interface ChatCsatEvent extends ChatEventBase {
  type: 'chat.csat';
  score: number;
}

/** Any chat event. */
export type ChatEvent =
  | ChatMessageEvent
  | ChatAnswerEvent
  | ChatAbstainEvent
  | ChatFeedbackEvent
  | ChatHandoffEvent
  | ChatReplyEvent
  | ChatCsatEvent;

/** The `type` of every chat event, for filtering a mixed event stream. */
export const chatEventTypes: readonly ChatEvent['type'][] = [
  'chat.message',
  'chat.answer',
  'chat.abstain',
  'chat.feedback',
  'chat.handoff',
  'chat.reply',
  'chat.csat',
];

/** True for an object that looks like a chat event (a `chat.*` type and a conversation id). */
export function isChatEvent(value: unknown): value is ChatEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { type, conversationId } = value as { type?: unknown; conversationId?: unknown };
  return (
    typeof conversationId === 'string' && (chatEventTypes as readonly unknown[]).includes(type)
  );
}
