/**
 * The chat widget. One entry point for the Pulso controller:
 *
 *   mountChat({ mountPoint, config, bot, faq, queue, locale, strings?, redact? }) → { open(context?), close(), destroy() }
 *
 * - `mountPoint`: an element inside the widget's shadow root; the launcher and panel render there.
 *   Adopt {@link chatStyles} in the same shadow root.
 * - `config`: the `chat` section of the Pulso config (`ChatConfig` from `@pulso/core`).
 * - `bot`: `createFaqBot(config.faq)` from `@pulso/core`; `faq`: `config.faq` itself (its greeting
 *   and fallback are the store's voice).
 * - `queue`: the transport queue; events go out with `orderKey = conversationId`.
 * - `redact`: `config.redactPii ? redactPii : undefined` (what the shopper wrote, to `queue` only).
 * - `open({ source: 'detractor', surveyId, responseId, score })` from the detractor "Talk to us".
 */
export { mountChat } from './mount-chat';
export { chatStyles } from './chat-styles';
export type {
  ChatBot,
  ChatBotReply,
  ChatFaq,
  ChatHandle,
  ChatOpenContext,
  ChatQueue,
  ChatStrings,
  MountChatOptions,
} from './chat-types';
