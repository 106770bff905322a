import { afterEach, describe, expect, it, vi } from 'vitest';
import { contrastRatio, parseColor } from './contrast';
import { checkThemeContrast, warnThemeContrast } from './check-theme-contrast';
import { palettes } from './palettes';

const ratio = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);

describe('checkThemeContrast', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds nothing wrong with the built-in palettes', () => {
    for (const mode of ['light', 'dark', 'auto'] as const) expect(checkThemeContrast({ mode })).toEqual([]);
    for (const p of Object.values(palettes)) {
      expect(ratio(p.foreground, p.background)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(p.accentForeground, p.accent)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(p.accent, p.background)).toBeGreaterThanOrEqual(3);
      expect(ratio(p.border, p.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('names a failing text pair with its ratio and the required one', () => {
    const failures = checkThemeContrast({ foreground: '#999999', background: '#ffffff' });
    expect(failures).toEqual([
      {
        pair: 'foreground on background',
        mode: 'light',
        foreground: '#999999',
        background: '#ffffff',
        ratio: 2.85,
        required: 4.5,
      },
    ]);
  });

  it('judges an accent against both the background and its own text', () => {
    // Light yellow: black text on it is fine, but it vanishes against white (non-text 3:1).
    const failures = checkThemeContrast({ accent: '#ffe066' });
    expect(failures.map((f) => f.pair)).toEqual(['accent on background']);
    expect(failures[0]!.required).toBe(3);
  });

  it('checks an auto theme in both schemes', () => {
    // A dark accent is fine on the light panel but not on the dark one.
    const failures = checkThemeContrast({ mode: 'auto', accent: '#1f3a93' });
    expect(failures.map((f) => `${f.mode}: ${f.pair}`)).toEqual(['dark: accent on background']);
  });

  it('skips colours it cannot parse', () => {
    expect(checkThemeContrast({ foreground: 'var(--ink)', accent: 'teal' })).toEqual([]);
  });

  it('warns once per failing pair, naming the pair', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnThemeContrast({ foreground: '#bbbbbb', background: '#ffffff', accent: '#ffff00' });
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/foreground on background \(#bbbbbb on #ffffff, light\).*4\.5:1/);
    expect(messages[1]).toMatch(/accent on background/);
  });
});
