import { createStore, delMany, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { ChatAuthor, HandoffReason } from '@pulso/core';
import type { ChatFaq } from './chat-types';

/** One line of the chat as it is shown and kept. */
export interface ChatLine {
  id: string;
  from: ChatAuthor;
  text: string;
  at: number;
  /** Bot answers: the FAQ entry and confidence, and the shopper's "Was this helpful?". */
  faqId?: string;
  confidence?: number;
  helpful?: boolean;
  /** The knowledge base's greeting or fallback: shown in its language, as answers are. */
  kb?: boolean;
  /** "Did you mean": FAQ entries offered as chips. */
  suggestions?: ChatFaq[];
}

/** Where the handoff to a person stands. */
export interface HandoffState {
  reason: HandoffReason;
  /** offer: asked whether to hand off; form: collecting e-mail + message; live: sent to a
   * person, replies may come; queued: e-mail + message queued for later. */
  stage: 'offer' | 'form' | 'live' | 'queued';
  /** Why the form is shown: the store is closed (true), or the network or endpoint is down. */
  closed?: boolean;
  /** A person can answer only by e-mail: the config has no `handoff.repliesUrl`. */
  byEmail?: boolean;
}

/** Fields whose unsent text is kept: the composer's question, the handoff form's e-mail and message. */
export type DraftField = 'question' | 'email' | 'message';

/** Everything needed to restore a conversation after a reload. */
export interface Transcript {
  conversationId: string;
  lines: ChatLine[];
  abstentions: number;
  handoff: HandoffState | null;
  /** The chat's own CSAT: asked, then given. */
  csat: 'ask' | number | null;
  /** Context the chat was opened with (e.g. the detractor survey), sent with a handoff. */
  context?: Record<string, string | number | boolean>;
  /** Replies from a person already shown, so polling does not repeat them. */
  replyIds: string[];
  /** What the shopper has typed but not sent yet (the composer, the handoff form), kept across reloads. */
  drafts?: Partial<Record<DraftField, string>>;
  updatedAt: number;
}

/** How long a transcript is kept: days since its last update, and its most recent lines. */
export interface Retention {
  days: number;
  messages: number;
}

/** 30 days, 200 lines: enough to pick a conversation back up, small enough to forget. */
export const defaultRetention: Retention = { days: 30, messages: 200 };

const key = 'current';
// Unsent text has its own key: written on `pagehide` it must go in one synchronous put, with no
// read of the stored transcript to merge with first.
const draftsKey = 'drafts';
const dayMs = 86_400_000;

// Its own database, so clearing the chat never touches the transport queue or survey state.
let defaultStore: UseStore | undefined;
const chatStore = () => (defaultStore ??= createStore('pulso-chat', 'transcript'));

/** Applies the retention limit: null when too old, otherwise only the most recent lines. */
export function applyRetention(transcript: Transcript, now: number, retention: Retention): Transcript | null {
  if (now - transcript.updatedAt > retention.days * dayMs) return null;
  if (transcript.lines.length <= retention.messages) return transcript;
  return { ...transcript, lines: transcript.lines.slice(-retention.messages) };
}

/** The kept transcript with its unsent text, or null when there is none, it expired, or IndexedDB is unavailable or does not answer within 2 s. */
export async function loadTranscript(
  now: number,
  retention = defaultRetention,
  store = chatStore(),
): Promise<Transcript | null> {
  try {
    // An open that never settles (a blocked upgrade, a Safari stall) must not keep the chat shut:
    // after 2 s it starts without the kept transcript.
    const [found, drafts] = await Promise.race([
      getMany<Transcript | Transcript['drafts']>([key, draftsKey], store) as Promise<[Transcript?, Transcript['drafts']?]>,
      new Promise<[]>((resolve) => setTimeout(resolve, 2_000, [])),
    ]);
    if (!found) return null;
    const kept = applyRetention(found, now, retention);
    if (!kept) await delMany([key, draftsKey], store);
    return kept && { ...kept, drafts };
  } catch {
    // Private modes and blocked storage: the chat still works, it just forgets on reload.
    return null;
  }
}

/**
 * This tab's transcript over the stored one: lines of both by id, in time order (a line in both
 * is this tab's, over what only the stored one has, like a "helpful" given elsewhere), and the
 * replies shown in either; everything else is this tab's, the latest change.
 */
export function mergeTranscripts(stored: Transcript | undefined, mine: Transcript): Transcript {
  if (!stored) return mine;
  const lines = new Map(stored.lines.map((line) => [line.id, line]));
  for (const line of mine.lines) lines.set(line.id, { ...lines.get(line.id), ...line });
  return {
    ...mine,
    lines: [...lines.values()].sort((a, b) => a.at - b.at),
    replyIds: [...new Set([...stored.replyIds, ...mine.replyIds])],
  };
}

/**
 * Keeps the transcript, merged with the stored one in the same transaction (a shopper chatting
 * in two tabs keeps both tabs' lines instead of the last writer's), and its unsent text when it
 * has some (without, the stored unsent text stays).
 */
export async function saveTranscript(
  transcript: Transcript,
  retention = defaultRetention,
  store = chatStore(),
): Promise<void> {
  const { drafts, ...mine } = transcript;
  try {
    await store('readwrite', (objects) => {
      const stored = objects.get(key);
      stored.onsuccess = () => {
        const merged = mergeTranscripts(stored.result, mine);
        objects.put({ ...merged, lines: merged.lines.slice(-retention.messages) }, key);
      };
      if (drafts) objects.put(drafts, draftsKey);
      return promisifyRequest(objects.transaction);
    });
  } catch {
    // See loadTranscript.
  }
}

/**
 * The chat's store, remembering its database once open, so unsent text can be written while the
 * page goes away: Chromium drops a write on `pagehide` unless it is made and committed right
 * there, and idb-keyval reaches the database a microtask later.
 */
export function transcriptStore(store = chatStore()) {
  let db: IDBDatabase | undefined;
  let name = '';
  const tracked: UseStore = (mode, callback) =>
    store(mode, (objects) => {
      db = objects.transaction.db;
      name = objects.name;
      return callback(objects);
    });
  return {
    store: tracked,
    /** Writes unsent text in a transaction made and committed now; resolves when it has landed, or could not. */
    saveDrafts(drafts: Transcript['drafts'] = {}): Promise<unknown> {
      let saved: Promise<unknown>;
      try {
        const tx = db!.transaction(name, 'readwrite');
        tx.objectStore(name).put(drafts, draftsKey);
        tx.commit();
        saved = promisifyRequest(tx);
      } catch {
        // Not open yet, or closed by the browser (Safari does): the usual way opens it.
        saved = set(draftsKey, drafts, tracked);
      }
      return saved.catch(() => {});
    },
  };
}
