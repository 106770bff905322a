import * as z from 'zod/mini';
import { chatConfigSchema } from '../chat/chat-config';
import { faqKnowledgeBaseSchema } from '../faq/kb-schema';
import { integer } from '../survey/integer';
import { matches } from '../survey/matches';
import { localeTagSchema } from '../survey/locale-tag';
import { surveySchema, type Survey } from '../survey/survey-schema';
import { themeSchema } from './theme-schema';

const urlSchema = z.string().check(
  matches(/^(https?:\/\/[^\s]+|\/[^\s]*)$/i, 'Must be an http(s) URL or a path starting with "/".'),
);

/**
 * The chat section: the chat widget's own schema (written with the widget, which reads it) plus
 * `enabled`, and strict, so a misspelt key is reported instead of silently ignored.
 */
const chatSectionSchema = z.strictObject({
  ...chatConfigSchema.shape,
  /** Whether the chat widget starts with the page; `parseConfig` defaults it to "when there is an `faq`". */
  enabled: z.optional(z.boolean()),
});

/**
 * The zod schema of a Pulso config, the object the script tag's `data-config` file and
 * `Pulso.init(config)` take (before the per-survey cross-field checks `parseConfig` adds).
 */
export const configSchema = z.strictObject({
  /** Lets a config file point editors at a schema; ignored otherwise. */
  $schema: z.optional(z.string()),
  /** Where events are POSTed in batches; without it nothing leaves the browser. */
  endpoint: z.optional(urlSchema),
  /** Extra request headers for `endpoint` (e.g. an API key meant for browsers). */
  headers: z.optional(z.record(z.string().check(z.minLength(1)), z.string())),
  surveys: z._default(z.array(surveySchema), []),
  /** The FAQ knowledge base for the chat widget's offline bot. */
  faq: z.optional(faqKnowledgeBaseSchema),
  theme: z.optional(themeSchema),
  /** Force a locale instead of the visitor's browser languages. */
  locale: z.optional(localeTagSchema),
  chat: z.optional(chatSectionSchema),
  /** NPS answers at or below this count as detractors for follow-ups (default 6). */
  detractorThreshold: z._default(z.number().check(integer, z.minimum(0), z.maximum(10)), 6),
  /** At most this many surveys per browser session, whatever each survey's frequency says. */
  maxSurveysPerSession: z.optional(z.number().check(integer, z.minimum(0))),
  /** Keep events in the browser and send nothing until the visitor consents (see docs/transport.md). */
  requireConsent: z._default(z.boolean(), false),
  /** Replace e-mails, phone and card numbers and ids in free text before it is sent. */
  redactPii: z._default(z.boolean(), false),
  /** CSP nonce for the widget's stylesheets, when the page's policy needs one. */
  nonce: z.optional(z.string().check(z.minLength(1))),
  /** Log decisions (why a survey did or did not show) to the console. */
  debug: z._default(z.boolean(), false),
});

/** A validated Pulso config, defaults applied, every survey checked. */
export type PulsoConfig = Omit<z.output<typeof configSchema>, 'surveys'> & { surveys: Survey[] };
/** A Pulso config as written (defaulted fields may be left out). */
export type PulsoConfigInput = z.input<typeof configSchema>;
/** The `chat` section of a validated config. */
export type ChatSection = z.output<typeof chatSectionSchema>;
