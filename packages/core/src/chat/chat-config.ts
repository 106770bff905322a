import * as z from 'zod/mini';
import { integer } from '../survey/integer';
import { localizedTextSchema as text } from '../survey/localized-text';
import { matches } from '../survey/matches';
import { isValidTimeZone, parseRange, weekdays } from './business-hours';

const range = z.string().check(
  z.refine((value) => parseRange(value) !== null, 'expected a time range like "09:00-18:00"'),
);

const day = z.union([range, z.array(range)]);

const isoDay = z.string().check(matches(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like "2026-12-25"'));

/** Business hours as they appear in a config file. */
export const businessHoursSchema = z.strictObject({
  timeZone: z.string().check(
    z.refine(isValidTimeZone, 'expected an IANA time zone like "America/Sao_Paulo"'),
  ),
  days: z.partialRecord(z.enum(weekdays), day),
  holidays: z.optional(z.array(isoDay)),
});

const url = z.string().check(
  z.refine(
    (value) => /^(https?:\/\/|\/)/i.test(value),
    'expected an http(s) URL or a path starting with "/"',
  ),
);

// The widget shows an http(s) URL or "/path" as an image and anything else as text in a small
// circle, so "img/lia.png" or "Lia Store" would show up as squeezed text: say so at load instead.
// Intl.Segmenter counts what a reader sees as one character ("👩‍💼"); without it, code points.
const isShortText = (value: string): boolean => {
  const length = typeof Intl.Segmenter === 'function' ? [...new Intl.Segmenter().segment(value)].length : [...value].length;
  return length > 0 && length <= 2;
};
const avatar = z.string().check(
  z.refine(
    (value) => /^(https?:\/\/|\/)/i.test(value) || isShortText(value),
    'expected an image URL (http(s) or a path starting with "/") or up to two characters',
  ),
);

const positive = z.number().check(z.positive());

/**
 * The `chat` section of a Pulso config: the bot's voice, the handoff to a person and how long
 * the transcript is kept in the browser.
 */
export const chatConfigSchema = z.strictObject({
  /** Show the floating launcher button (default true); `Pulso.openChat()` works either way. */
  launcher: z.optional(z.boolean()),
  botName: z.optional(text),
  /** An image URL, or up to two characters (an emoji or initials). */
  avatar: z.optional(avatar),
  greeting: z.optional(text),
  handoff: z.optional(
    z.strictObject({
      /** Where `chat.handoff` events go (through the transport queue). */
      endpoint: z.optional(url),
      /** Where replies from a person come from, polled as JSON or read as server-sent events. */
      repliesUrl: z.optional(url),
      replies: z.optional(z.enum(['poll', 'sse'])),
      pollMs: z.optional(positive),
      hours: z.optional(businessHoursSchema),
      /** Abstentions before a person is offered (default 2). */
      abstainLimit: z.optional(z.number().check(integer, z.positive())),
    }),
  ),
  retention: z.optional(
    z.strictObject({
      /** Days a transcript is kept after its last message (default 30). */
      days: z.optional(positive),
      /** Most recent messages kept (default 200). */
      messages: z.optional(z.number().check(integer, z.positive())),
    }),
  ),
});

/** The `chat` section of a Pulso config. */
export type ChatConfig = z.infer<typeof chatConfigSchema>;

/**
 * Validates a chat config, throwing one error that names every wrong field by its path.
 * @example parseChatConfig({ botName: 'Lia', handoff: { endpoint: '/v1/handoff' } })
 */
export function parseChatConfig(input: unknown, path = 'chat'): ChatConfig {
  const result = chatConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
      path,
    );
    return `${where}: ${issue.message}`;
  });
  throw new Error(`Invalid chat config:\n  ${lines.join('\n  ')}`);
}
