// The transport's wire format (see docs/transport.md) and the event payloads the UI sends.
// Validation happens here, once, at the edge; everything past `parseBatch` trusts its types.
import { z } from 'zod';

/** The latest time a Date holds (ECMAScript: 100,000,000 days after 1970, in the year 275760). */
export const latestTime = 8.64e15;

/**
 * Milliseconds since the epoch, from a number or an ISO 8601 string. Capped at `latestTime`: a
 * later one (still a safe integer) was stored, and then every report failed turning it into a date.
 */
const instant = z.union([
  z.number().int().nonnegative().max(latestTime),
  z.iso.datetime({ offset: true }).transform((text) => Date.parse(text)),
]);

/** The most items one request may carry; more is a 413, which tells a client to split the batch. */
export const maxBatchItems = 1000;

/**
 * The batch envelope the transport POSTs. Items are checked one by one, so one bad item does not
 * sink the rest; their count is checked by the server, which answers too many with a 413.
 */
export const batchSchema = z.object({
  sentAt: instant.optional(),
  items: z.array(z.unknown()),
});

const itemSchema = z.object({
  id: z.string().min(1).max(200),
  createdAt: instant,
  payload: z.unknown(),
  seq: z.number().int().nonnegative().optional(),
  orderKey: z.string().max(200).optional(),
});

const text = (max: number) => z.string().max(max);
// The free-text "Other" option of a choice question is recorded as `{ other: "…" }`.
const other = z.strictObject({ other: z.string().max(1000) });
const answerValue = z.union([
  z.number(),
  z.string().max(10_000),
  z.boolean(),
  other,
  z.array(z.union([z.string().max(1000), z.number(), other])).max(100),
  z.null(),
]);

// Fields every survey event carries; `questionId`/`value` matter only for answers.
const surveyBase = {
  responseId: text(200).min(1),
  surveyId: text(200).min(1),
  surveyVersion: z.union([text(100), z.number()]).optional(),
  journeyStage: text(100).nullish(),
  locale: text(35).nullish(),
  url: text(2048).nullish(),
  at: instant.optional(),
};

const surveyAnswered = z.looseObject({
  type: z.literal('survey.answered'),
  ...surveyBase,
  questionId: text(200).min(1),
  value: answerValue,
});

const surveyLifecycle = z.looseObject({
  type: z.enum(['survey.shown', 'survey.completed', 'survey.dismissed']),
  ...surveyBase,
  questionId: text(200).nullish(),
});

// Chat events: the collector stores them as they are and hands them to @pulso/core's chat
// metrics; only the fields the report needs are checked.
const chatEvent = z.looseObject({
  type: z.enum(['chat.message', 'chat.answer', 'chat.feedback', 'chat.abstain', 'chat.handoff', 'chat.reply', 'chat.csat']),
  conversationId: text(200).min(1),
  at: instant.optional(),
});

/** One event payload, told apart by `type`. */
export const payloadSchema = z.discriminatedUnion('type', [surveyAnswered, surveyLifecycle, chatEvent]);

export type Payload = z.infer<typeof payloadSchema>;
export type SurveyPayload = Extract<Payload, { responseId: string }>;

/** A valid item, ready to store. */
export interface Item {
  id: string;
  createdAt: number;
  payload: Payload;
  /** Items sharing an `orderKey` (a chat conversation) carry an increasing `seq`. */
  orderKey?: string;
  seq?: number;
}

/** Result of checking one item: the item, or the reason it was refused. */
export type ItemCheck = { ok: true; item: Item } | { ok: false; id: string; reason: string };

/** The id an item is answered under: its own when it has a string one, else `#<index in the batch>`. */
export function itemId(raw: unknown, index: number): string {
  return typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${index}`;
}

/** Checks one batch item; the reason names the field at fault (`payload.value: …`). */
export function checkItem(raw: unknown, index: number): ItemCheck {
  const item = itemSchema.safeParse(raw);
  const rawId = itemId(raw, index);
  if (!item.success) return { ok: false, id: rawId, reason: describe(item.error) };
  const payload = payloadSchema.safeParse(item.data.payload);
  if (!payload.success) return { ok: false, id: rawId, reason: describe(payload.error, 'payload') };
  const unfit = unstorable(raw);
  if (unfit) return { ok: false, id: rawId, reason: unfit };
  const { id, createdAt, orderKey, seq } = item.data;
  return { ok: true, item: { id, createdAt, payload: payload.data, orderKey, seq } };
}

/** One line per issue, each prefixed with the path it concerns. */
export function describe(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

// PostgreSQL refuses a NUL character in text and JSONB, and a lone UTF-16 surrogate (a string cut
// in the middle of an emoji) in JSONB; the whole batch would then fail with a 503, retried forever.
// SQLite would take them, so both refuse them here, item by item, to behave the same.
const badText = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Deeper than any event needs; also keeps JSON.stringify and PostgreSQL's own limit out of reach.
const maxDepth = 32;

/** Why an item cannot be stored as it is (naming the field), or null. Walks without recursion. */
function unstorable(raw: unknown): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: raw, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    const where = path || '(item)';
    if (typeof value === 'string' && badText.test(value)) return `${where}: contains a NUL character or a lone UTF-16 surrogate`;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) return `${where}: nested deeper than ${maxDepth} levels`;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (badText.test(key)) return `${childPath}: the name contains a NUL character or a lone UTF-16 surrogate`;
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}
