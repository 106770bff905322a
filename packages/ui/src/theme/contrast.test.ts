import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, relativeLuminance } from './contrast';

describe('parseColor', () => {
  it('reads short and long hex, with or without alpha', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#0a7d4f')).toEqual([10, 125, 79]);
    expect(parseColor('#0a7d4fcc')).toEqual([10, 125, 79]);
    expect(parseColor('#abcd')).toEqual([170, 187, 204]);
  });

  it('reads rgb() in comma and space syntax, with percentages', () => {
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rgba(10 20 30 / 50%)')).toEqual([10, 20, 30]);
    expect(parseColor('rgb(100%, 0%, 50%)')).toEqual([255, 0, 127.5]);
  });

  it('reads hsl() including negative hues', () => {
    expect(parseColor('hsl(0, 100%, 50%)')).toEqual([255, 0, 0]);
    expect(parseColor('hsl(120 100% 25%)')).toEqual([0, 128, 0]);
    expect(parseColor('hsl(-120, 100%, 50%)')).toEqual([0, 0, 255]);
  });

  it('returns null for what it cannot judge', () => {
    expect(parseColor('rebeccapurple')).toBeNull();
    expect(parseColor('var(--brand)')).toBeNull();
    expect(parseColor('#12345')).toBeNull();
    expect(parseColor('rgb(1, 2)')).toBeNull();
  });
});

describe('contrast', () => {
  it('gives luminance 0 for black and 1 for white', () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBe(1);
  });

  it('matches the WCAG reference ratios', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBe(21);
    // #767676 on white is the classic "just passes AA" grey: 4.54:1.
    expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(contrastRatio([255, 255, 255], [0x76, 0x76, 0x76])).toBeCloseTo(4.54, 2);
  });
});
