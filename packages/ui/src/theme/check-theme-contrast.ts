import { contrastRatio, parseColor } from './contrast';
import { palettes, type Palette } from './palettes';
import type { PulsoTheme } from './theme-types';
import { readableOn } from './theme-variables';

/** A colour pair of a theme that fails WCAG 2.2 AA. */
export interface ContrastFailure {
  /** Which pair, e.g. `foreground on background`. */
  pair: string;
  /** The colour scheme the pair was judged in (`auto` themes are judged in both). */
  mode: 'light' | 'dark';
  foreground: string;
  background: string;
  /** Contrast ratio, rounded to two decimals. */
  ratio: number;
  /** 4.5 for text (WCAG 1.4.3), 3 for focus rings and option borders (WCAG 1.4.11). */
  required: number;
}

/**
 * The colour pairs of a theme that fail WCAG AA, judged on the theme's colours laid over the
 * built-in palette of each scheme the theme can show. Colours that cannot be parsed (named
 * colours, `var()`) are skipped.
 */
export function checkThemeContrast(theme: PulsoTheme): ContrastFailure[] {
  const modes = theme.mode === 'auto' ? (['light', 'dark'] as const) : [theme.mode ?? 'light'];
  const failures: ContrastFailure[] = [];
  for (const mode of modes) {
    const colors: Palette = { ...palettes[mode] };
    if (theme.background) colors.background = theme.background;
    if (theme.foreground) colors.foreground = theme.foreground;
    if (theme.accent) {
      colors.accent = theme.accent;
      colors.accentForeground = readableOn(theme.accent) ?? colors.accentForeground;
    }
    const pairs: [string, string, string, number][] = [
      ['foreground on background', colors.foreground, colors.background, 4.5],
      ['accent text on accent', colors.accentForeground, colors.accent, 4.5],
      ['accent on background', colors.accent, colors.background, 3],
    ];
    for (const [pair, fg, bg, required] of pairs) {
      const a = parseColor(fg);
      const b = parseColor(bg);
      if (!a || !b) continue;
      const ratio = Math.round(contrastRatio(a, b) * 100) / 100;
      if (ratio < required) {
        failures.push({ pair, mode, foreground: fg, background: bg, ratio, required });
      }
    }
  }
  return failures;
}

/** Reports each failing pair with one `console.warn` naming it; returns the failures. */
export function warnThemeContrast(theme: PulsoTheme): ContrastFailure[] {
  const failures = checkThemeContrast(theme);
  for (const f of failures) {
    console.warn(
      `pulso: theme contrast ${f.ratio}:1 for ${f.pair} (${f.foreground} on ${f.background}, ${f.mode}) is below WCAG AA ${f.required}:1`,
    );
  }
  return failures;
}
