// The FAQ-bot engine on its own: what `@pulso/core` exports from it, and the input of the
// size-budget entry that measures it.
export { createFaqBot, type FaqBot, type FaqBotOptions, type FaqBotReply } from './create-faq-bot';
export type { FaqIntent } from './intents';
export type { Faq, FaqKnowledgeBase } from './kb-schema';
