/** A message from the person answering a handoff. */
export interface HandoffReply {
  id: string;
  text: string;
  at?: number;
}

/** Options of {@link listenForReplies}. */
export interface ReplyListenerOptions {
  url: string;
  conversationId: string;
  /** `poll` (default): GET the URL every `pollMs`; `sse`: one `EventSource` on it. */
  mode?: 'poll' | 'sse';
  pollMs?: number;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
  onReply: (reply: HandoffReply) => void;
}

/** `url` with `conversationId` added to its query, relative URLs resolved against the page. */
export function withConversation(url: string, conversationId: string): string {
  const base = typeof location === 'object' ? location.href : 'http://localhost/';
  const target = new URL(url, base);
  target.searchParams.set('conversationId', conversationId);
  return target.href;
}

function readReplies(body: unknown): HandoffReply[] {
  const list = Array.isArray(body) ? body : (body as { replies?: unknown } | null)?.replies;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is HandoffReply =>
      typeof item === 'object' && item !== null && typeof item.id === 'string' && typeof item.text === 'string',
  );
}

/** The longest wait between tries after failures in a row: an endpoint down for an hour gets 12 requests from a tab, not 720. */
const MAX_WAIT_MS = 300_000;

/**
 * Listens for a person's replies to a handoff: polls `url?conversationId=…` for JSON
 * (`{ replies: [{ id, text, at? }] }` or a bare array), or opens an `EventSource` on it whose
 * messages are one such reply each. Replies may repeat; the caller keeps the ids it has shown.
 * Failures never stop it, because a shopper on a train comes back online, but each failure in a
 * row doubles the wait (up to 5 minutes; a success resets it), and a hidden tab makes no request
 * until it is shown again, then tries at once: a shop open in many background tabs must not load
 * the endpoint for nobody. Returns the function that stops listening.
 */
export function listenForReplies(options: ReplyListenerOptions): () => void {
  const target = withConversation(options.url, options.conversationId);
  const pollMs = options.pollMs ?? 5000;
  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Set while nothing is scheduled because the tab is hidden; the tab being shown runs it.
  let paused: (() => void) | undefined;
  // No `document` outside a browser: never hidden.
  const doc = typeof document === 'object' ? document : undefined;
  const hidden = () => doc?.visibilityState === 'hidden';
  /** Runs `next` after the wait the failures so far call for, or, if the tab is hidden by then, once it is shown. */
  const later = (next: () => void) => {
    if (!stopped) timer = setTimeout(() => (hidden() ? (paused = next) : next()), Math.min(pollMs * 2 ** failures, Math.max(pollMs, MAX_WAIT_MS)));
  };
  const onVisibility = () => {
    const next = paused;
    if (next && !hidden()) {
      paused = undefined;
      next();
    }
  };
  doc?.addEventListener('visibilitychange', onVisibility);
  const stopAll = () => {
    stopped = true;
    clearTimeout(timer);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
  if (options.mode === 'sse') {
    const Source = options.EventSource ?? EventSource;
    let source: EventSource;
    const open = () => {
      source = new Source(target);
      source.onopen = () => (failures = 0);
      source.onmessage = (message: MessageEvent<string>) => {
        failures = 0;
        try {
          readReplies([JSON.parse(message.data)]).forEach(options.onReply);
        } catch {
          // Not JSON: not for us (keep-alive comments never reach onmessage anyway).
        }
      };
      // The browser reconnects by itself after a dropped connection, but gives up for good
      // (CLOSED, 2) on an HTTP error or a wrong content type, such as a proxy's 502 during a
      // deploy: the shopper would never see another reply. Open it again after a pause.
      source.onerror = () => {
        if (source.readyState === 2) {
          later(open);
          failures++;
        }
      };
    };
    open();
    return () => {
      stopAll();
      source.onerror = null;
      source.close();
    };
  }
  const get = options.fetch ?? fetch;
  const poll = async () => {
    try {
      const response = await get(target, { headers: { accept: 'application/json' }, cache: 'no-store' });
      // An HTTP error (a 502, a 429) is a failure too: the server is the one asking for air.
      if (!response.ok) throw new Error();
      const body: unknown = await response.json();
      failures = 0;
      // Stopped while the body arrived: the chat may have started another conversation since.
      if (!stopped) readReplies(body).forEach(options.onReply);
    } catch {
      failures++;
    }
    later(poll);
  };
  void poll();
  return stopAll;
}

/**
 * Whether the handoff endpoint answers at all right now (any HTTP status counts): a live handoff
 * to an unreachable endpoint would leave the shopper waiting for nobody, so they are asked for
 * an e-mail instead. `no-cors`, because only reachability matters and a cross-origin endpoint's
 * answer to HEAD may lack CORS headers.
 */
export async function isReachable(url: string, fetchFn: typeof fetch = fetch, timeoutMs = 4000): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    await fetchFn(url, { method: 'HEAD', mode: 'no-cors', cache: 'no-store', signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
