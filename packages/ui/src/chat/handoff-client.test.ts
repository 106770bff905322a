import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { isReachable, listenForReplies, withConversation, type HandoffReply } from './handoff-client';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

test('the conversation id is added to the replies URL', () => {
  expect(withConversation('https://help.example/replies?shop=1', 'c 1')).toBe(
    'https://help.example/replies?shop=1&conversationId=c+1',
  );
});

test('polling reads { replies } or a bare array, survives network errors and stops', async () => {
  const bodies: unknown[] = [new TypeError('offline'), { replies: [{ id: 'a', text: 'one' }] }, [{ id: 'b', text: 'two' }, { nope: 1 }]];
  let calls = 0;
  const fakeFetch = (async () => {
    const body = bodies[Math.min(calls++, bodies.length - 1)];
    if (body instanceof Error) throw body;
    return new Response(JSON.stringify(body));
  }) as typeof fetch;
  const got: HandoffReply[] = [];
  const stop = listenForReplies({ url: '/r', conversationId: 'c', pollMs: 5, fetch: fakeFetch, onReply: (r) => got.push(r) });
  // Until both replies are in, not for a fixed time: on a loaded machine three polls can take longer.
  await vi.waitFor(() => expect(got.length).toBeGreaterThanOrEqual(2), { timeout: 5_000 });
  stop();
  const after = calls;
  await wait(20);
  expect(calls).toBe(after);
  expect(got.slice(0, 2)).toEqual([
    { id: 'a', text: 'one' },
    { id: 'b', text: 'two' },
  ]);
});

test('server-sent events deliver one reply per message and close on stop', () => {
  let instance: { url: string; onmessage?: (m: { data: string }) => void; closed: boolean } | undefined;
  class FakeSource {
    url: string;
    onmessage?: (m: { data: string }) => void;
    closed = false;
    constructor(url: string) {
      this.url = url;
      instance = this;
    }
    close() {
      this.closed = true;
    }
  }
  const got: HandoffReply[] = [];
  const stop = listenForReplies({
    url: 'https://help.example/stream',
    conversationId: 'c9',
    mode: 'sse',
    EventSource: FakeSource as unknown as typeof EventSource,
    onReply: (r) => got.push(r),
  });
  expect(instance!.url).toBe('https://help.example/stream?conversationId=c9');
  instance!.onmessage!({ data: JSON.stringify({ id: 'x', text: 'Olá' }) });
  instance!.onmessage!({ data: 'not json' });
  expect(got).toEqual([{ id: 'x', text: 'Olá' }]);
  stop();
  expect(instance!.closed).toBe(true);
});

test('any HTTP answer counts as reachable; a network error does not', async () => {
  expect(await isReachable('/h', (async () => new Response('', { status: 405 })) as typeof fetch)).toBe(true);
  expect(
    await isReachable('/h', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch),
  ).toBe(false);
});

test('an event stream the browser gave up on (an HTTP error such as a 502 during a deploy) is opened again after pollMs, until stopped', async () => {
  const sources: { url: string; readyState: number; onmessage?: (m: { data: string }) => void; onerror?: () => void; closed: boolean }[] = [];
  class FakeSource {
    readyState = 0;
    onmessage?: (m: { data: string }) => void;
    onerror?: () => void;
    closed = false;
    constructor(readonly url: string) {
      sources.push(this);
    }
    close() {
      this.closed = true;
      this.readyState = 2;
    }
  }
  const got: HandoffReply[] = [];
  const stop = listenForReplies({
    url: '/stream',
    conversationId: 'c1',
    mode: 'sse',
    pollMs: 5,
    EventSource: FakeSource as unknown as typeof EventSource,
    onReply: (r) => got.push(r),
  });
  // A dropped connection the browser retries by itself (still CONNECTING) opens nothing new.
  sources[0]!.onerror!();
  await wait(20);
  expect(sources).toHaveLength(1);
  // An HTTP error: EventSource closes for good.
  sources[0]!.readyState = 2;
  sources[0]!.onerror!();
  await vi.waitFor(() => expect(sources).toHaveLength(2));
  sources[1]!.onmessage!({ data: JSON.stringify({ id: 'y', text: 'Back' }) });
  expect(got).toEqual([{ id: 'y', text: 'Back' }]);
  sources[1]!.readyState = 2;
  sources[1]!.onerror!();
  stop();
  await wait(20);
  expect(sources).toHaveLength(2);
  expect(sources[1]!.closed).toBe(true);
});

test('a poll whose body is still arriving when listening stops delivers nothing', async () => {
  let release: (() => void) | undefined;
  const body = new Promise<void>((done) => (release = done));
  const slow = (async () =>
    ({ ok: true, json: () => body.then(() => ({ replies: [{ id: 'late', text: 'for the old conversation' }] })) }) as Response) as typeof fetch;
  const got: HandoffReply[] = [];
  const stop = listenForReplies({ url: '/r', conversationId: 'c', pollMs: 5, fetch: slow, onReply: (r) => got.push(r) });
  await wait(5);
  stop();
  release!();
  await wait(20);
  expect(got).toEqual([]);
});

describe('polite polling', () => {
  let visibility: DocumentVisibilityState = 'visible';
  beforeEach(() => {
    vi.useFakeTimers();
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (document as { visibilityState?: unknown }).visibilityState;
  });
  const show = (state: DocumentVisibilityState) => {
    visibility = state;
    document.dispatchEvent(new Event('visibilitychange'));
  };
  /** A fetch that answers each request with the next of `answers` ('down' throws, a number is that status), recording when. */
  const scripted = (answers: ('down' | number)[]) => {
    const at: number[] = [];
    const fetchFn = (async () => {
      at.push(Date.now());
      const answer = answers[Math.min(at.length - 1, answers.length - 1)]!;
      if (answer === 'down') throw new TypeError('Failed to fetch');
      return new Response('[]', { status: answer });
    }) as typeof fetch;
    return { at, fetchFn };
  };

  test('a hidden tab makes no request, and polls at once when it is shown again', async () => {
    const { at, fetchFn } = scripted([200]);
    const stop = listenForReplies({ url: '/r', conversationId: 'c', pollMs: 1000, fetch: fetchFn, onReply: () => {} });
    await vi.advanceTimersByTimeAsync(2500);
    expect(at).toHaveLength(3);
    show('hidden');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(at).toHaveLength(3);
    show('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(at).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1000);
    expect(at).toHaveLength(5);
    stop();
    show('hidden');
    show('visible');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(at).toHaveLength(5);
  });

  test('failures in a row double the wait up to 5 minutes, and a success resets it', async () => {
    const answers: ('down' | number)[] = ['down', 502, 'down', 'down', 'down', 'down', 'down', 'down', 'down', 'down', 200, 200];
    const { at, fetchFn } = scripted(answers);
    const stop = listenForReplies({ url: '/r', conversationId: 'c', pollMs: 1000, fetch: fetchFn, onReply: () => {} });
    await vi.advanceTimersByTimeAsync(3_000_000);
    stop();
    const waits = at.slice(1).map((time, i) => time - at[i]!);
    expect(waits.slice(0, 11)).toEqual([2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000, 1000]);
  });

  test('an event stream the browser gave up on is opened again later after each failure in a row, and not while the tab is hidden', async () => {
    const sources: { readyState: number; onopen?: () => void; onerror?: () => void; opened: number }[] = [];
    class FakeSource {
      readyState = 0;
      onopen?: () => void;
      onerror?: () => void;
      opened = Date.now();
      constructor() {
        sources.push(this);
      }
      close() {}
    }
    const giveUp = () => {
      const source = sources.at(-1)!;
      source.readyState = 2;
      source.onerror!();
    };
    const stop = listenForReplies({ url: '/s', conversationId: 'c', mode: 'sse', pollMs: 1000, EventSource: FakeSource as unknown as typeof EventSource, onReply: () => {} });
    for (let i = 0; i < 3; i++) {
      giveUp();
      await vi.advanceTimersByTimeAsync(10_000);
    }
    expect(sources.slice(1).map((source, i) => source.opened - sources[i]!.opened)).toEqual([1000, 2000 + 10_000 - 1000, 4000 + 10_000 - 2000]);
    // Opened and working: the next give-up waits the base pause again.
    sources.at(-1)!.onopen!();
    show('hidden');
    giveUp();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sources).toHaveLength(4);
    show('visible');
    expect(sources).toHaveLength(5);
    stop();
  });
});
