import { contrastRatio, parseColor } from './contrast';
import type { PulsoTheme } from './theme-types';

/**
 * The `--pulso-*` custom properties a theme sets on the widget's host element. Only what the
 * theme gives is set; the base stylesheet supplies light/dark defaults for the rest, so a page
 * can also set these variables from its own CSS.
 */
export function themeVariables(theme: PulsoTheme): Record<string, string> {
  const vars: Record<string, string> = {};
  if (theme.accent) {
    vars['--pulso-accent'] = theme.accent;
    const fg = readableOn(theme.accent);
    if (fg) vars['--pulso-accent-fg'] = fg;
  }
  if (theme.background) vars['--pulso-bg'] = theme.background;
  if (theme.foreground) vars['--pulso-fg'] = theme.foreground;
  if (theme.radius !== undefined) {
    vars['--pulso-radius'] = typeof theme.radius === 'number' ? `${theme.radius}px` : theme.radius;
  }
  if (theme.font) vars['--pulso-font'] = theme.font;
  if (theme.zIndex !== undefined) vars['--pulso-z'] = String(theme.zIndex);
  return vars;
}

/** Black or white text, whichever contrasts more with `color`; null when it cannot be parsed. */
export function readableOn(color: string): string | null {
  const rgb = parseColor(color);
  if (!rgb) return null;
  return contrastRatio(rgb, [255, 255, 255]) >= contrastRatio(rgb, [0, 0, 0]) ? '#ffffff' : '#000000';
}

/**
 * Sets a theme on a host element: variables through the CSSOM (`style.setProperty`, which a
 * strict Content-Security-Policy allows, unlike a `style` attribute), and `data-*` attributes the
 * base stylesheet selects layout and colour scheme with. Variables of a previous theme are removed.
 */
export function applyTheme(host: HTMLElement, theme: PulsoTheme, inline = false): void {
  for (const name of Array.from(host.style)) {
    if (name.startsWith('--pulso-')) host.style.removeProperty(name);
  }
  for (const [name, value] of Object.entries(themeVariables(theme))) {
    host.style.setProperty(name, value);
  }
  const layout = theme.layout && theme.layout !== 'auto' ? theme.layout : inline ? 'inline' : 'popover';
  host.setAttribute('data-mode', theme.mode ?? 'light');
  host.setAttribute('data-layout', layout);
  host.setAttribute('data-position', theme.position ?? 'bottom-right');
}
