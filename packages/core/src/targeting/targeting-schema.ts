import * as z from 'zod/mini';
import { integer } from '../survey/integer';
import { localeTagSchema } from '../survey/locale-tag';
import { taggedUnion } from '../survey/tagged-union';
import { regexProblem } from './regex-problem';

/**
 * Schemas for when a survey appears (`trigger`), to whom (`targeting`) and how often
 * (`frequency`). Survey definitions embed them; `decideSurvey` evaluates them.
 * Defaults are applied by the schema, so parsed values always carry every defaulted field.
 */

/** Customer-journey stages a survey or a page can belong to. */
export const journeyStages = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'] as const;
export const journeyStageSchema = z.enum(journeyStages);
/** A stage of the customer journey. */
export type JourneyStage = z.infer<typeof journeyStageSchema>;

/** Device classes a survey can target. */
export const deviceTypes = ['mobile', 'tablet', 'desktop'] as const;
export const deviceTypeSchema = z.enum(deviceTypes);
/** A device class: `mobile`, `tablet` or `desktop`. */
export type DeviceType = z.infer<typeof deviceTypeSchema>;

const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** How a URL is compared with `value`. */
export const urlMatchKinds = ['exact', 'prefix', 'glob', 'regex'] as const;

/**
 * A URL pattern. `exact` and `prefix` compare strings; `glob` uses `*` (any run of characters
 * except `/`) and `**` (anything, `/` included); `regex` is a JavaScript regular expression source.
 * A value starting with `/` is compared with the path (plus the query when it has a `?`), otherwise
 * with the full URL; a regex is searched in the full URL, the path and query, and the path alone
 * unless it names a literal `?` (`\?`, `[^?]`; see `matchUrl`); the `#fragment` only when `value` contains `#` (`/#/checkout/done`, or
 * `#/checkout/**` for the fragment alone).
 * A value that could never match a page URL (not starting with `/`, `#` or a scheme like `https://`;
 * for a regex, `^` then plain text such as `^checkout/`) is rejected at `value`.
 */
export const urlMatchSchema = z
  .object({
    match: z._default(z.enum(urlMatchKinds), 'exact'),
    value: nonEmpty,
  })
  .check(
    // A plain check (not z.superRefine, whose addIssue helper this never used) keeps zod's refinement
    // context out of the bundles once the FAQ schema's check is written the same way.
    z.check<{ match: string; value: string }>(({ value: { match, value }, issues }) => {
      const anchor = match === 'regex' ? '^' : '';
      // A page URL starts with its scheme (https://) or, given as a path, with /: a value that can
      // start neither way never matches, and the survey silently never shows ("shop.example/x",
      // "checkout/done", a regex "^checkout/"). A glob with a * in its first segment, or a regex
      // not anchored to plain text first, may stand for the scheme, so they are left alone; so is
      // a regex with a | (another branch may match: "^pedido/|^/pedido/").
      const never = anchor
        ? !value.includes('|') && /^\^((?:[\w-]|\\\.)+(?:\\?\/|#|\$)|#)/.test(value)
        : !/^([/#]|[a-z][a-z0-9+.-]*:\/\/)/i.test(value) && !(match === 'glob' && /^[^/#]*\*/.test(value));
      const problem =
        (anchor && regexProblem(value)) ||
        (never && `"${value}" never matches a page URL: start it with ${anchor}/ for a path, or ${anchor}https:// for a full URL.`);
      if (problem) issues.push({ code: 'custom', message: problem, path: ['value'], input: value });
    }),
  );
/** A parsed URL pattern: `{ match: 'exact' | 'prefix' | 'glob' | 'regex', value }`. */
export type UrlMatch = z.infer<typeof urlMatchSchema>;

/** Comparison operators for event properties and visitor attributes. */
export const conditionOps = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in', 'nin', 'contains', 'exists'] as const;

/**
 * One test on a property: `path` is a dotted path into the object (`order.total`), `op` the
 * comparison and `value` what to compare with (`in`/`nin` take an array; `exists` takes a
 * boolean, default `true`).
 */
export const conditionSchema = z
  .strictObject({
    path: nonEmpty,
    op: z._default(z.enum(conditionOps), 'eq'),
    value: z.optional(z.union([scalar, z.array(scalar)])),
  })
  .check(
    // A value that cannot fit the op would make the condition never (or always) hold, so a survey
    // would silently never show: `{ op: 'in', value: 'pro' }`, `{ op: 'gte' }`.
    z.check<{ op: string; value?: unknown }>(({ value: { op, value }, issues }) => {
      const list = Array.isArray(value);
      const needs =
        op === 'in' || op === 'nin'
          ? !list && 'an array'
          : op === 'exists'
            ? value !== undefined && typeof value !== 'boolean' && 'true or false'
            : op[0] === 'l' || op[0] === 'g'
              ? typeof value !== 'number' && typeof value !== 'string' && 'a number or a string'
              : (value === undefined || list) && 'one value';
      if (needs) issues.push({ code: 'custom', message: `"${op}" needs ${needs}, got ${JSON.stringify(value) ?? 'nothing'}.`, path: ['value'], input: value });
    }),
  );
/** A parsed condition: `{ path, op, value? }` (`op` defaults to `eq`). */
export type Condition = z.infer<typeof conditionSchema>;

const pageViewTrigger = z.strictObject({
  type: z.literal('pageView'),
  /** Omit to fire on every page. */
  url: z.optional(urlMatchSchema),
});
const eventTrigger = z.strictObject({
  type: z.literal('event'),
  event: nonEmpty,
  /** All conditions must hold on the event's properties. */
  where: z._default(z.array(conditionSchema), []),
});
const delayTrigger = z.strictObject({
  type: z.literal('delay'),
  /** Milliseconds since the page loaded. */
  ms: z.number().check(integer, z.minimum(0)),
});
const scrollTrigger = z.strictObject({
  type: z.literal('scroll'),
  /** Scroll depth in percent of the page, 0–100. */
  percent: z.number().check(z.minimum(0), z.maximum(100)),
});
const exitIntentTrigger = z.strictObject({ type: z.literal('exitIntent') });
const journeyStageTrigger = z.strictObject({
  type: z.literal('journeyStage'),
  stage: journeyStageSchema,
});

/** A single trigger condition. */
export const simpleTriggerSchema = taggedUnion('type', [
  pageViewTrigger,
  eventTrigger,
  delayTrigger,
  scrollTrigger,
  exitIntentTrigger,
  journeyStageTrigger,
]);
/** A parsed single trigger (page view, event, delay, scroll, exit intent or journey stage). */
export type SimpleTrigger = z.infer<typeof simpleTriggerSchema>;

/**
 * When a survey may appear: one trigger, or `{ type: 'all', of: [...] }` (every one must hold,
 * e.g. a page view on `/checkout/**` *and* 5 s delay), or `{ type: 'any', of: [...] }`.
 */
export const triggerSchema = taggedUnion('type', [
  pageViewTrigger,
  eventTrigger,
  delayTrigger,
  scrollTrigger,
  exitIntentTrigger,
  journeyStageTrigger,
  z.strictObject({ type: z.literal('all'), of: z.array(simpleTriggerSchema).check(z.minLength(1, 'needs at least one trigger')) }),
  z.strictObject({ type: z.literal('any'), of: z.array(simpleTriggerSchema).check(z.minLength(1, 'needs at least one trigger')) }),
]);
/** A parsed trigger. */
export type Trigger = z.infer<typeof triggerSchema>;
/** A trigger as written in a definition (defaults not yet applied). */
export type TriggerInput = z.input<typeof triggerSchema>;

/**
 * Who may see a survey. Every rule given must hold; omitted rules do not restrict.
 * - `locales`: BCP 47 tags; `pt` matches `pt-BR` and `pt-PT`, `pt-BR` matches only `pt-BR`.
 * - `devices`: device classes.
 * - `sample`: percentage of visitors (0–100, default 100), stable per visitor and survey.
 * - `attributes`: conditions on the visitor's attributes (all must hold).
 */
export const targetingSchema = z.strictObject({
  locales: z.optional(z.array(localeTagSchema)),
  devices: z.optional(z.array(deviceTypeSchema)),
  sample: z._default(z.number().check(z.minimum(0), z.maximum(100)), 100),
  attributes: z._default(z.array(conditionSchema), []),
});
/** Parsed targeting rules (defaults applied: `sample` 100, no attribute conditions). */
export type Targeting = z.infer<typeof targetingSchema>;
/** Targeting rules as written in a definition (defaults not yet applied). */
export type TargetingInput = z.input<typeof targetingSchema>;

const days = z.number().check(z.minimum(0));

/**
 * How often a survey may appear.
 * - `oncePerVisitor` (default `true`): shown at most once to a visitor…
 * - `reaskAfterDays`: …unless set: then shown again once this many days passed since it was last shown.
 * - `cooldownDays` (default 0): not shown if *any* survey was shown within this many days.
 * - `maxPerSession` (default 1): not shown once this many surveys were shown in the session.
 * - `afterDismissDays`: also not shown for this many days after the visitor dismissed it, whatever
 *   `reaskAfterDays` says (a dismissal is otherwise counted as the show it followed).
 */
export const frequencySchema = z.strictObject({
  oncePerVisitor: z._default(z.boolean(), true),
  reaskAfterDays: z.optional(days),
  cooldownDays: z._default(days, 0),
  maxPerSession: z._default(z.number().check(integer, z.minimum(1)), 1),
  afterDismissDays: z.optional(days),
});
/** Parsed frequency rules (defaults applied: once per visitor, no cool-down, one per session). */
export type Frequency = z.infer<typeof frequencySchema>;
/** Frequency rules as written in a definition (defaults not yet applied). */
export type FrequencyInput = z.input<typeof frequencySchema>;
