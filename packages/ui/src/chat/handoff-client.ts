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

/**
 * Listens for a person's replies to a handoff: polls `url?conversationId=…` for JSON
 * (`{ replies: [{ id, text, at? }] }` or a bare array), or opens an `EventSource` on it whose
 * messages are one such reply each. Replies may repeat; the caller keeps the ids it has shown.
 * Network errors are ignored and polling goes on, because a shopper on a train comes back online.
 * Returns the function that stops listening.
 */
export function listenForReplies(options: ReplyListenerOptions): () => void {
  const target = withConversation(options.url, options.conversationId);
  if (options.mode === 'sse') {
    const Source = options.EventSource ?? EventSource;
    let source: EventSource;
    let again: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      source = new Source(target);
      source.onmessage = (message: MessageEvent<string>) => {
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
        if (source.readyState === 2) again = setTimeout(open, options.pollMs ?? 5000);
      };
    };
    open();
    return () => {
      clearTimeout(again);
      source.onerror = null;
      source.close();
    };
  }
  const get = options.fetch ?? fetch;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    try {
      const response = await get(target, { headers: { accept: 'application/json' }, cache: 'no-store' });
      const body: unknown = response.ok && (await response.json());
      // Stopped while the body arrived: the chat may have started another conversation since.
      if (!stopped) readReplies(body).forEach(options.onReply);
    } catch {
      // Offline or the endpoint is down: try again on the next tick.
    }
    if (!stopped) timer = setTimeout(poll, options.pollMs ?? 5000);
  };
  void poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
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
