/** Colour scheme: fixed light, fixed dark, or follow the visitor's `prefers-color-scheme`. */
export type ThemeMode = 'light' | 'dark' | 'auto';

/** Where a popover (and the chat launcher) sits. Physical on purpose: the site chose a corner. */
export type ThemePosition = 'bottom-right' | 'bottom-left';

/**
 * How a survey is laid out: a corner `popover`, a centred `modal`, or `inline` inside a host
 * element. `auto` is a popover, or inline when the widget is given a target element. On screens
 * narrower than 480px popovers and modals become a bottom sheet.
 */
export type ThemeLayout = 'popover' | 'modal' | 'inline' | 'auto';

/** The `theme` object of the configuration. Every field is optional. */
export interface PulsoTheme {
  mode?: ThemeMode;
  /** Accent colour: selected options, the submit button, focus rings. Any CSS colour. */
  accent?: string;
  /** Panel background colour. */
  background?: string;
  /** Text colour. */
  foreground?: string;
  /** Corner radius, a CSS length (`8px`) or a number of pixels. */
  radius?: string | number;
  /** Font stack. Defaults to the system UI font, not the host page's font. */
  font?: string;
  position?: ThemePosition;
  layout?: ThemeLayout;
  /** Extra CSS added as one more stylesheet inside the shadow root (use `::part()` from outside). */
  css?: string;
  zIndex?: number;
}
