/** An sRGB colour with channels 0..255 (alpha ignored: contrast is judged on opaque colours). */
export type Rgb = readonly [number, number, number];

/**
 * Parses the colour notations a theme is written in: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`,
 * `rgb()/rgba()` and `hsl()/hsla()` (comma or space separated). Returns null for anything else
 * (named colours, `var()`, `color-mix()`): those cannot be checked without a browser's resolver.
 */
export function parseColor(value: string): Rgb | null {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(text)?.[1];
  if (hex) {
    if (hex.length === 3 || hex.length === 4) {
      return [0, 1, 2].map((i) => parseInt(hex[i]! + hex[i]!, 16)) as unknown as Rgb;
    }
    if (hex.length === 6 || hex.length === 8) {
      return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
    }
    return null;
  }
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(text);
  if (!fn) return null;
  const parts = fn[2]!.split(/[\s,/]+/).filter(Boolean).slice(0, 3);
  if (parts.length < 3) return null;
  const nums = parts.map((part) => parseFloat(part));
  if (nums.some((n) => Number.isNaN(n))) return null;
  if (fn[1]!.startsWith('rgb')) {
    return parts.map((part, i) =>
      clamp(part.endsWith('%') ? (nums[i]! * 255) / 100 : nums[i]!, 0, 255),
    ) as unknown as Rgb;
  }
  return hslToRgb(nums[0]!, nums[1]! / 100, nums[2]! / 100);
}

/** WCAG 2.x relative luminance: https://www.w3.org/TR/WCAG22/#dfn-relative-luminance */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1..21: https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = clamp(s, 0, 1) * Math.min(l, 1 - l);
  const hue = ((h % 360) + 360) % 360;
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}
