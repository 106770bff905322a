import type { PulsoConfig } from '@pulso/core';
import type { ChatHandle, ChatOpenContext, ChatQueue } from '../chat/index';
import { stringsLocale } from '../i18n/strings-registry';
import { createWidgetRoot, type WidgetRoot } from '../shadow/create-widget-root';
import type { ChatPlugin } from './chat-plugin';

/** The page's one Pulso host element, and the chat inside it, created when first needed. */
export interface Widgets {
  root(): WidgetRoot;
  /** How surveys are laid out: the theme's choice, `inline` only when the page has a place for it. */
  layout: 'popover' | 'modal' | 'inline';
  /** Mounts the chat launcher (if the configuration has a chat) and returns its handle. */
  chat(): ChatHandle | undefined;
  openChat(context: ChatOpenContext): void;
  destroy(): void;
}

interface WidgetsOptions {
  locale: string;
  /** Absent in a surveys-only build. */
  chat: ChatPlugin | undefined;
  queue: ChatQueue | undefined;
  report: (message: string, cause?: unknown) => void;
  win: Window;
}

// Without an endpoint there is nowhere to send chat events; the chat still answers from the FAQ.
const nowhere: ChatQueue = { enqueue: () => Promise.resolve() };

/**
 * Surveys and chat share one shadow root, so the page gets a single `<pulso-widget>` element
 * and the theme is applied once.
 */
export function openWidgets(config: PulsoConfig, options: WidgetsOptions): Widgets {
  let root: WidgetRoot | undefined;
  let chat: ChatHandle | undefined;
  const wanted = config.theme?.layout ?? 'auto';
  // The inline layout renders into the page's own element, marked `data-pulso-inline`; `auto`
  // (the default) does too when the page has one, so marking the element is all a page needs.
  const target =
    wanted === 'inline' || wanted === 'auto' ? options.win.document.querySelector<HTMLElement>('[data-pulso-inline]') : null;
  if (wanted === 'inline' && !target) {
    options.report('theme.layout is "inline" but the page has no element with a data-pulso-inline attribute; showing a popover instead');
  }
  const getRoot = () =>
    (root ??= createWidgetRoot({
      theme: config.theme ?? {},
      // The language of the built-in strings shown, not the one asked for (`ja` asked with only
      // English strings is English to a screen reader); survey texts mark their own (TextsLang).
      locale: stringsLocale(options.locale),
      ...(config.nonce ? { nonce: config.nonce } : {}),
      ...(target ? { target } : {}),
    }));
  const getChat = () => {
    const plugin = options.chat;
    if (chat || !plugin || !config.faq) return chat;
    const widget = getRoot();
    widget.addStyles(plugin.styles);
    chat = plugin.mount(widget.mountPoint('chat'), config, options.queue ?? nowhere, options.locale);
    return chat;
  };
  return {
    root: getRoot,
    layout: target ? 'inline' : wanted === 'modal' ? 'modal' : 'popover',
    chat: getChat,
    openChat(context) {
      const handle = getChat();
      if (handle) handle.open(context);
      else if (!options.chat) options.report('the chat cannot open: this build of Pulso has no chat');
      else options.report('the chat cannot open: the configuration has no `faq` knowledge base');
    },
    destroy() {
      chat?.destroy();
      root?.destroy();
      chat = undefined;
      root = undefined;
    },
  };
}
