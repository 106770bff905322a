import { render } from 'preact';
import { resolveText, type LocalizedText } from '@pulso/core';
import { createQueue, idbStore, type Queue } from '@pulso/transport';
import { registeredStrings, stringsLocale } from '../i18n/strings-registry';
import { textsLang } from '../survey/texts-lang';
import { createChatModel } from './chat-model';
import type { ChatHandle, MountChatOptions } from './chat-types';
import { ChatWidget } from './ChatWidget';

/**
 * Renders the chat widget into `mountPoint` (inside the widget's shadow root, whose sheets must
 * include `chatStyles`) and restores the kept transcript.
 * @example
 * const chat = mountChat({ mountPoint: root.mountPoint('chat'), config: config.chat,
 *   bot: createFaqBot(config.faq), faq: config.faq, queue, locale: 'pt-BR' });
 * chat.open({ source: 'detractor', surveyId: 'nps-post-purchase', score: 3 });
 */
export function mountChat(options: MountChatOptions): ChatHandle {
  const config = options.config ?? {};
  const { faq = {} } = options;
  const strings = {
    ...registeredStrings(options.locale).chat,
    ...options.strings,
    // The store's own words win over built-in ones.
    ...(faq.fallback ? { notSure: faq.fallback } : {}),
  };
  const text = (value: LocalizedText | undefined, fallback: string) =>
    value === undefined ? fallback : resolveText(value, options.locale);
  // A handoff endpoint gets its own queue over its own database: sharing the events queue's
  // store would deliver one endpoint's items to the other.
  const endpoint = config.handoff?.endpoint;
  const own: Queue | undefined =
    !options.handoffQueue && endpoint
      ? createQueue({ endpoint, storage: idbStore({ name: 'pulso-handoff' }), ...(options.fetch ? { fetch: options.fetch } : {}) })
      : undefined;
  const model = createChatModel({
    ...options,
    handoffQueue: options.handoffQueue ?? own,
    config,
    strings,
    greeting: text(config.greeting, faq.greeting ?? strings.greeting),
    // FAQ answers are in the knowledge base's language, whatever the shopper asked for; so are
    // its greeting (unless the chat has its own, resolved in the shopper's) and its fallback.
    faqLang: faq.locale ? textsLang(faq.locale, stringsLocale(options.locale)) : undefined,
    kbGreeting: config.greeting === undefined && !!faq.greeting,
    kbFallback: !!faq.fallback,
  });
  const draw = () =>
    render(
      <ChatWidget
        model={model}
        strings={strings}
        botName={text(config.botName, strings.title)}
        avatar={config.avatar}
        launcher={config.launcher !== false}
      />,
      options.mountPoint,
    );
  draw();
  return {
    open: (context) => model.openWhenReady(context),
    close: () => model.close(),
    destroy: () => {
      void model.dispose();
      own?.close();
      render(null, options.mountPoint);
    },
  };
}

