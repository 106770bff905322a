import * as z from 'zod/mini';
import { integer } from '../survey/integer';
import { matches } from '../survey/matches';

/**
 * Theme values end up in CSS custom properties; refusing `;`, braces and angle brackets keeps a
 * value from closing its declaration and smuggling in other rules.
 */
const cssValue = z.string().check(
  z.minLength(1),
  matches(/^[^;{}<>]*$/, 'Must be a single CSS value, without ";", "{", "}", "<" or ">".'),
);

/** The `theme` section of a config: colours, shape, placement and extra CSS for the widgets. */
export const themeSchema = z.strictObject({
  /** `auto` follows the visitor's `prefers-color-scheme`. */
  mode: z.optional(z.enum(['light', 'dark', 'auto'])),
  accent: z.optional(cssValue),
  background: z.optional(cssValue),
  foreground: z.optional(cssValue),
  /** A CSS length (`"12px"`) or a number of pixels. */
  radius: z.optional(z.union([cssValue, z.number().check(z.minimum(0))], { error: 'Must be a CSS length like "12px" or a number of pixels.' })),
  font: z.optional(cssValue),
  position: z.optional(z.enum(['bottom-right', 'bottom-left'])),
  layout: z.optional(z.enum(['popover', 'modal', 'inline', 'auto'])),
  /** One more stylesheet inside the widget's shadow root. */
  css: z.optional(z.string()),
  zIndex: z.optional(z.number().check(integer)),
});

/** A parsed `theme` section. */
export type ThemeConfig = z.infer<typeof themeSchema>;
