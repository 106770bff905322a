/** The device classes targeting rules name. */
export type DeviceType = 'mobile' | 'tablet' | 'desktop';

/**
 * Classifies by input and width rather than the user-agent string: a coarse primary pointer
 * (touch) under 768 CSS px is a phone, under 1280 a tablet; everything else is a desktop.
 */
export function detectDevice(win: Window = window): DeviceType {
  const touch = win.matchMedia?.('(pointer: coarse)').matches ?? false;
  const width = Math.min(win.innerWidth, win.screen?.width || win.innerWidth);
  if (!touch) return 'desktop';
  return width < 768 ? 'mobile' : width < 1280 ? 'tablet' : 'desktop';
}
