import type { ThemeMode } from './theme-types';

/** The colours a panel is drawn with; every text/background pair meets WCAG AA. */
export interface Palette {
  background: string;
  foreground: string;
  accent: string;
  /** Text on the accent colour. */
  accentForeground: string;
  /** Borders of unselected options: 3:1 against the background (WCAG 1.4.11 non-text contrast). */
  border: string;
}

/** Built-in palettes; the base stylesheet carries the same values as CSS fallbacks. */
export const palettes: Record<Exclude<ThemeMode, 'auto'>, Palette> = {
  light: {
    background: '#ffffff',
    foreground: '#1f2328',
    accent: '#2454c5',
    accentForeground: '#ffffff',
    border: '#7d838c',
  },
  dark: {
    background: '#1d1e22',
    foreground: '#f1f2f4',
    accent: '#8cb4ff',
    accentForeground: '#0b1a33',
    border: '#8a8f98',
  },
};
