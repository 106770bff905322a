import { afterEach, describe, expect, it, vi } from 'vitest';
import { baseStyles } from '../theme/base-styles';
import { createWidgetRoot } from './create-widget-root';

const cssOf = (root: ShadowRoot) =>
  root.adoptedStyleSheets.map((sheet) => Array.from(sheet.cssRules, (r) => r.cssText).join('\n'));

describe('createWidgetRoot', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('warns about theme colours that fail WCAG AA contrast', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = createWidgetRoot({ theme: { accent: '#0a7d4f' } });
    expect(warn).not.toHaveBeenCalled();
    root.setTheme({ foreground: '#aaaaaa' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('foreground on background');
  });

  it('attaches an open shadow root to a <pulso-widget> host appended to the body', () => {
    const root = createWidgetRoot();
    expect(root.host.tagName).toBe('PULSO-WIDGET');
    expect(root.host.parentElement).toBe(document.body);
    expect(root.host.shadowRoot).toBe(root.shadowRoot);
    expect(root.shadowRoot.mode).toBe('open');
  });

  it('renders inline inside a target element', () => {
    const target = document.createElement('section');
    document.body.append(target);
    const root = createWidgetRoot({ target });
    expect(root.host.parentElement).toBe(target);
    expect(root.host.getAttribute('data-layout')).toBe('inline');
  });

  it('adopts the base stylesheet, then added sheets, then theme.css last', () => {
    const root = createWidgetRoot({ theme: { css: '.survey { letter-spacing: 1px; }' } });
    const removeChat = root.addStyles('.panel { color: red; }');
    const css = cssOf(root.shadowRoot);
    expect(css).toHaveLength(3);
    expect(css[0]).toContain(':host');
    expect(css[1]).toContain('.panel');
    expect(css[2]).toContain('letter-spacing');
    removeChat();
    expect(cssOf(root.shadowRoot)).toHaveLength(2);
  });

  it('shares one parsed base sheet between roots', () => {
    const a = createWidgetRoot();
    const b = createWidgetRoot();
    expect(a.shadowRoot.adoptedStyleSheets[0]).toBe(b.shadowRoot.adoptedStyleSheets[0]);
  });

  it('sets theme variables through the CSSOM, never a style attribute string', () => {
    const root = createWidgetRoot({ theme: { accent: '#0a7d4f', radius: 4, font: 'Georgia, serif', zIndex: 10 } });
    const style = root.host.style;
    expect(style.getPropertyValue('--pulso-accent')).toBe('#0a7d4f');
    expect(style.getPropertyValue('--pulso-accent-fg')).toBe('#ffffff');
    expect(style.getPropertyValue('--pulso-radius')).toBe('4px');
    expect(style.getPropertyValue('--pulso-font')).toBe('Georgia, serif');
    expect(style.getPropertyValue('--pulso-z')).toBe('10');
    root.setTheme({ background: '#fafafa' });
    expect(style.getPropertyValue('--pulso-accent')).toBe('');
    expect(style.getPropertyValue('--pulso-bg')).toBe('#fafafa');
  });

  it('marks mode, layout and position for the stylesheet to select on', () => {
    const root = createWidgetRoot({ theme: { mode: 'auto', layout: 'modal', position: 'bottom-left' } });
    expect(root.host.getAttribute('data-mode')).toBe('auto');
    expect(root.host.getAttribute('data-layout')).toBe('modal');
    expect(root.host.getAttribute('data-position')).toBe('bottom-left');
    root.setTheme({});
    expect(root.host.getAttribute('data-mode')).toBe('light');
    expect(root.host.getAttribute('data-layout')).toBe('popover');
  });

  it('sets lang and right-to-left direction for Arabic and Hebrew', () => {
    const root = createWidgetRoot({ locale: 'ar' });
    expect(root.host.getAttribute('dir')).toBe('rtl');
    expect(root.host.getAttribute('lang')).toBe('ar');
    root.setLocale('he-IL');
    expect(root.host.getAttribute('dir')).toBe('rtl');
    root.setLocale('pt-BR');
    expect(root.host.getAttribute('dir')).toBe('ltr');
    root.setLocale('fa_IR');
    expect(root.host.getAttribute('dir')).toBe('rtl');
  });

  it('creates each named mount point once', () => {
    const root = createWidgetRoot();
    const survey = root.mountPoint('survey');
    expect(root.mountPoint('survey')).toBe(survey);
    expect(root.mountPoint('chat')).not.toBe(survey);
    expect(root.shadowRoot.querySelectorAll('[data-mount]')).toHaveLength(2);
  });

  it('falls back to one nonce-carrying <style> inside the shadow root without constructable sheets', () => {
    const original = CSSStyleSheet.prototype.replaceSync;
    // Simulates a browser without constructable stylesheets (Safari < 16.4).
    (CSSStyleSheet.prototype as { replaceSync?: unknown }).replaceSync = undefined;
    try {
      const root = createWidgetRoot({ nonce: 'n0nce', theme: { css: '.x{}' } });
      const styles = root.shadowRoot.querySelectorAll('style');
      expect(styles).toHaveLength(1);
      expect(styles[0]!.nonce).toBe('n0nce');
      expect(styles[0]!.textContent).toContain(baseStyles.trim().slice(0, 40));
      expect(styles[0]!.textContent).toContain('.x{}');
      expect(document.head.querySelector('style')).toBeNull();
    } finally {
      CSSStyleSheet.prototype.replaceSync = original;
    }
  });

  it('renders into a target in another document with that document’s own styles', () => {
    // A windowless document cannot construct sheets, so it gets the <style> fallback.
    const other = document.implementation.createHTMLDocument('other');
    const target = other.createElement('div');
    other.body.append(target);
    const root = createWidgetRoot({ target });
    expect(root.host.ownerDocument).toBe(other);
    expect(root.shadowRoot.querySelectorAll('style')).toHaveLength(1);
  });

  it('removes its host on destroy and leaves no element with a style attribute string', () => {
    const root = createWidgetRoot({ theme: { accent: '#123456' } });
    root.mountPoint('survey');
    expect(root.shadowRoot.querySelector('[style]')).toBeNull();
    root.destroy();
    expect(document.querySelector('pulso-widget')).toBeNull();
  });
});
