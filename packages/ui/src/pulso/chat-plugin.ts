import { createFaqBot, redactPii, type PulsoConfig } from '@pulso/core';
import { chatStyles, mountChat, type ChatBot, type ChatHandle, type ChatQueue } from '../chat/index';

/**
 * How the controller reaches the chat widget and FAQ bot. Passed in rather than imported by the
 * controller, so a surveys-only build (see the size budgets) leaves the chat out entirely.
 */
export interface ChatPlugin {
  /** The chat's stylesheet, adopted by the shared shadow root. */
  styles: string;
  /** Mounts the launcher and panel; `undefined` when the configuration has no FAQ. */
  mount(mountPoint: HTMLElement, config: PulsoConfig, queue: ChatQueue, locale: string): ChatHandle | undefined;
}

/** The FAQ chat, as the script tag and `createPulso()` include it. */
export const chatPlugin: ChatPlugin = {
  styles: chatStyles,
  mount: (mountPoint, config, queue, locale) =>
    config.faq
      ? mountChat({
          mountPoint,
          ...(config.chat ? { config: config.chat } : {}),
          bot: lazyBot(config.faq),
          faq: config.faq,
          ...(config.redactPii ? { redact: (text: string) => redactPii(text) } : {}),
          queue,
          locale,
        })
      : undefined,
};

// The index is built on the first question, not at page load: most visitors never open the chat,
// and the launcher must not cost them the knowledge base's indexing.
function lazyBot(faq: NonNullable<PulsoConfig['faq']>): ChatBot {
  let bot: ChatBot | undefined;
  return { ask: (text) => (bot ??= createFaqBot(faq)).ask(text) };
}
