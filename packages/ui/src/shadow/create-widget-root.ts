import { isRtlLocale } from '@pulso/core';
import { baseStyles } from '../theme/base-styles';
import { warnThemeContrast } from '../theme/check-theme-contrast';
import { applyTheme } from '../theme/theme-variables';
import type { PulsoTheme } from '../theme/theme-types';

/** Options of {@link createWidgetRoot}. */
export interface WidgetRootOptions {
  theme?: PulsoTheme;
  /**
   * CSP nonce for the `<style>` element used only where constructable stylesheets are missing
   * (Safari before 16.4); modern browsers need no nonce at all.
   */
  nonce?: string;
  /** Render inline inside this element; otherwise the widget is appended to `document.body`. */
  target?: HTMLElement;
  locale?: string;
}

/** A widget's isolated place in the page: an open shadow root on a `<pulso-widget>` host. */
export interface WidgetRoot {
  host: HTMLElement;
  shadowRoot: ShadowRoot;
  /** The container named `name` inside the shadow root (`survey`, `chat`), created on first use. */
  mountPoint(name: string): HTMLElement;
  /** Applies a theme; colour pairs failing WCAG AA contrast are reported with `console.warn`. */
  setTheme(theme: PulsoTheme): void;
  /** Sets `lang`, and `dir="rtl"` for right-to-left languages (Arabic, Hebrew, …). */
  setLocale(locale: string): void;
  /** Adds a stylesheet (e.g. the chat widget's) after the base one; returns its remover. */
  addStyles(css: string): () => void;
  destroy(): void;
}

// Constructable sheets are parsed once per CSS text and shared by every root in a document (a
// sheet can only be adopted in the document whose CSSStyleSheet made it, hence one cache each).
const sheetCaches = new WeakMap<Document, Map<string, CSSStyleSheet>>();


/**
 * Creates the shadow root every Pulso widget renders in. Styles go in through
 * `adoptedStyleSheets`, so a page whose Content-Security-Policy is `default-src 'self'` sees no
 * violation; the root is open so testing tools and assistive technology can reach it. Host-page
 * CSS does not leak in (`:host { all: initial }`) and the widget's CSS cannot leak out.
 *
 * @example
 * const root = createWidgetRoot({ theme: { accent: '#0a7d4f', mode: 'auto' }, locale: 'pt-BR' });
 * render(<SurveyPrompt model={model} strings={strings} />, root.mountPoint('survey'));
 */
export function createWidgetRoot(options: WidgetRootOptions = {}): WidgetRoot {
  const { target, nonce } = options;
  const doc = target?.ownerDocument ?? document;
  const host = doc.createElement('pulso-widget');
  const shadowRoot = host.attachShadow({ mode: 'open' });
  const Sheet = doc.defaultView?.CSSStyleSheet;
  const constructable = 'adoptedStyleSheets' in shadowRoot && typeof Sheet?.prototype.replaceSync === 'function';
  let sheetCache = sheetCaches.get(doc);
  if (!sheetCache) sheetCaches.set(doc, (sheetCache = new Map()));
  const extra: string[] = [];
  let theme: PulsoTheme = {};
  let fallback: HTMLStyleElement | undefined;

  const syncStyles = () => {
    const texts = [baseStyles, ...extra, theme.css ?? ''].filter(Boolean);
    if (constructable) {
      shadowRoot.adoptedStyleSheets = texts.map((css) => {
        let sheet = sheetCache.get(css);
        if (!sheet) {
          sheet = new Sheet!();
          sheet.replaceSync(css);
          // Only shared CSS is worth keeping; a theme's own css is replaced with the theme.
          if (css === baseStyles || extra.includes(css)) sheetCache!.set(css, sheet);
        }
        return sheet;
      });
      return;
    }
    if (!fallback) {
      fallback = doc.createElement('style');
      if (nonce) fallback.nonce = nonce;
      shadowRoot.prepend(fallback);
    }
    fallback.textContent = texts.join('\n');
  };

  const root: WidgetRoot = {
    host,
    shadowRoot,
    mountPoint(name) {
      let el = shadowRoot.querySelector<HTMLElement>(`[data-mount="${name}"]`);
      if (!el) {
        el = doc.createElement('div');
        el.setAttribute('data-mount', name);
        shadowRoot.append(el);
      }
      return el;
    },
    setTheme(next) {
      theme = next;
      applyTheme(host, next, Boolean(target));
      warnThemeContrast(next);
      syncStyles();
    },
    setLocale(locale) {
      host.lang = locale;
      host.dir = isRtlLocale(locale) ? 'rtl' : 'ltr';
    },
    addStyles(css) {
      extra.push(css);
      syncStyles();
      return () => {
        const index = extra.indexOf(css);
        if (index >= 0) extra.splice(index, 1);
        syncStyles();
      };
    },
    destroy() {
      host.remove();
      if (constructable) shadowRoot.adoptedStyleSheets = [];
    },
  };
  root.setTheme(options.theme ?? {});
  root.setLocale(options.locale || doc.documentElement.lang || 'en');
  (target ?? doc.body).append(host);
  return root;
}
