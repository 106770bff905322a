/**
 * @packageDocumentation
 * Public API of @pulso/ui. Everything exported here is public; nothing else is.
 */
export const version = '0.1.0';

// Chat widget (engineer F).
/** Mounts the FAQ chat widget (launcher, panel, handoff) into a shadow-root mount point. */
export { mountChat } from './chat/mount-chat';
/** The chat widget's stylesheet, to adopt in the widget's shadow root with the base one. */
export { chatStyles } from './chat/chat-styles';
export type {
  ChatBot,
  ChatBotReply,
  ChatFaq,
  ChatHandle,
  ChatOpenContext,
  ChatQueue,
  ChatStrings,
  MountChatOptions,
} from './chat/chat-types';
