// Real Chromium against the built, minified transport (packages/transport/dist/transport.min.js):
// reloads, closed tabs, a killed browser, two tabs and a full disk. Run `pnpm build` first.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { launchPersistentChromium } from '../../../scripts/testing/chromium';
import { useChromiumAndServer } from '../../../scripts/testing/chromium-and-server';
import type { WireBatch } from './types';

const env = useChromiumAndServer();
const cleanup: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => {});
});

/** The test page: the queue from the minified bundle, its events in `window.events`. */
const html = `<!doctype html><meta charset="utf-8"><title>transport</title>
<script type="module">
  import { createQueue } from '/packages/transport/dist/transport.min.js';
  const query = new URLSearchParams(location.search);
  const tab = query.get('tab') ?? 'tab';
  const batchSize = Number(query.get('batch') ?? 50);
  const queue = createQueue({ endpoint: '/ingest', flushIntervalMs: 500, batchSize, headers: { 'x-tab': tab } });
  window.events = [];
  for (const type of ['delivered', 'retry', 'dead-letter', 'evicted', 'storage-degraded', 'auth-error']) {
    queue.on(type, (detail) => window.events.push({ type, detail: JSON.parse(JSON.stringify(detail, (k, v) => (k === 'error' ? String(v) : v))) }));
  }
  window.queue = queue;
  window.ready = true;
</script>`;

interface Receipt {
  ids: string[];
  tab: string;
  keepalive: boolean;
  start: number;
  end: number;
}

/**
 * The collector side: dedupes by id, and can be told to fail, to answer slowly, or to be unreachable
 * ('down' drops the connection without an answer, so even a keepalive request sent while the page
 * unloads, which Playwright's request routing does not see, fails like a dead network).
 */
function collector() {
  const stored = new Map<string, unknown>();
  const receipts: Receipt[] = [];
  const state = { mode: 'ok' as 'ok' | 'down' | '503' | 'slow', slowMs: 1500 };
  env.server.page('/transport.html', html);
  env.server.route('/ingest', async (req: IncomingMessage, res: ServerResponse, body: string) => {
    if (state.mode === 'down') return void req.socket.destroy();
    const batch = JSON.parse(body) as WireBatch;
    const keepalive = String(req.headers['content-type']).startsWith('text/plain');
    const receipt: Receipt = { ids: batch.items.map((i) => i.id), tab: String(req.headers['x-tab'] ?? 'hide'), keepalive, start: Date.now(), end: 0 };
    receipts.push(receipt);
    try {
      if (state.mode === '503') return void res.writeHead(503, { 'retry-after': '1' }).end();
      for (const item of batch.items) if (!stored.has(item.id)) stored.set(item.id, item.payload);
      if (state.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, state.slowMs));
      res.writeHead(204).end();
    } finally {
      receipt.end = Date.now();
    }
  });
  const received = (id: string) => receipts.filter((r) => r.ids.includes(id)).length;
  return { stored, receipts, state, received };
}

async function openQueue(context: BrowserContext, tab = 'tab', batch = 50): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${env.server.url}/transport.html?tab=${tab}&batch=${batch}`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  return page;
}

const enqueue = (page: Page, payload: unknown, options: object = { priority: 'high' }): Promise<string> =>
  page.evaluate(([p, o]) => (window as any).queue.enqueue(p, o).then((item: { id: string }) => item.id), [payload, options] as const);

const stats = (page: Page) => page.evaluate(() => (window as any).queue.stats());

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function profile() {
  const dir = await mkdtemp(join(tmpdir(), 'pulso-transport-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  const launch = async () => {
    const context = await launchPersistentChromium(dir);
    cleanup.push(() => context.close());
    return context;
  };
  return { dir, launch };
}

test('an answer given offline survives a reload while offline and is delivered once back online', async () => {
  const ingest = collector();
  const { launch } = await profile();
  const context = await launch();
  ingest.state.mode = 'down';
  const page = await openQueue(context);
  const id = await enqueue(page, { type: 'survey.answered', value: 9 });
  await until(async () => (await stats(page)).lastError !== undefined, 'a failed attempt');
  await page.reload();
  await page.waitForFunction(() => (window as any).ready === true);
  await until(async () => (await stats(page)).pending === 1, 'the answer found after reload');
  expect(ingest.received(id)).toBe(0);
  ingest.state.mode = 'ok';
  await page.evaluate(() => dispatchEvent(new Event('online')));
  await until(() => ingest.stored.has(id), 'delivery');
  await until(async () => (await stats(page)).delivered === 1, 'the acknowledgement');
  expect(ingest.received(id)).toBe(1);
  expect(ingest.stored.get(id)).toEqual({ type: 'survey.answered', value: 9 });
});

test('items pending when the tab closes are delivered when the site is opened again', async () => {
  const ingest = collector();
  ingest.state.mode = '503';
  const { launch } = await profile();
  const context = await launch();
  const page = await openQueue(context);
  const ids = [await enqueue(page, { n: 1 }), await enqueue(page, { n: 2 }, { orderKey: 'conversation-1' })];
  await until(() => ingest.receipts.length > 0, 'a refused attempt');
  // With runBeforeUnload, close() returns before the page is gone, and a page still alive could
  // deliver (or still hold the flush lock) once the collector is back: wait until it is gone.
  const gone = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await gone;
  expect(ids.filter((id) => ingest.stored.has(id))).toEqual([]);
  ingest.state.mode = 'ok';
  const again = await openQueue(context, 'again');
  // The closing page's keepalive send may still reach the collector after this point and be
  // stored; the reopened site cannot know, so it must send every id itself.
  const sentAgain = (id: string) => ingest.receipts.some((r) => r.tab === 'again' && r.ids.includes(id));
  await until(() => ids.every(sentAgain), 'delivery from the reopened site');
  await until(async () => (await stats(again)).pending === 0, 'the acknowledgement');
  expect(ids.filter((id) => ingest.stored.has(id))).toEqual(ids);
});

test('a browser killed in the middle of a flush delivers everything after a restart, each id stored once', async () => {
  const ingest = collector();
  ingest.state.mode = 'slow';
  ingest.state.slowMs = 3000;
  const { dir, launch } = await profile();
  const context = await launch();
  const page = await openQueue(context);
  await page.evaluate(() => (window as any).queue.pause());
  const ids: string[] = [];
  for (let n = 0; n < 120; n++) ids.push(await enqueue(page, { n }));
  await page.evaluate(() => (window as any).queue.resume());
  await until(() => ingest.receipts.some((r) => !r.keepalive), 'a flush in flight');
  // SIGKILL the whole browser: no unload, no page hide, no goodbye.
  const pids = execFileSync('pgrep', ['-f', `user-data-dir=${dir}`]).toString().trim().split('\n').map(Number);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone with its parent
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const storedBefore = ingest.stored.size;
  expect(storedBefore).toBeLessThan(ids.length);
  ingest.state.mode = 'ok';
  const restarted = await launch();
  const after = await openQueue(restarted);
  await until(() => ids.every((id) => ingest.stored.has(id)), 'every id after the restart', 30_000);
  await until(async () => (await stats(after)).pending === 0, 'acknowledgements');
  expect(ingest.stored.size).toBe(ids.length);
  // Some ids were sent twice (before the kill and after): always under the same id.
  const resent = ids.filter((id) => ingest.received(id) > 1).length;
  expect(resent).toBeGreaterThan(0);
});

test('two tabs enqueueing at once: one flusher at a time, every id delivered, and the other tab takes over', async () => {
  const ingest = collector();
  ingest.state.mode = 'slow';
  ingest.state.slowMs = 400;
  const context = await env.browser.newContext();
  cleanup.push(() => context.close());
  const [a, b] = [await openQueue(context, 'a', 5), await openQueue(context, 'b', 5)];
  const ids = (
    await Promise.all([a, b].map((page, t) => Promise.all(Array.from({ length: 30 }, (_, n) => enqueue(page, { t, n }, { priority: 'normal' })))))
  ).flat();
  await until(() => ingest.receipts.some((r) => !r.keepalive), 'a flush');
  const flusher = ingest.receipts.find((r) => !r.keepalive)!.tab;
  const other = flusher === 'a' ? 'b' : 'a';
  // The closing tab lets go of its lock while the close is still under way (on a slow machine that
  // can take longer than a request), so its last request may still be running at the server when
  // the other tab takes over: measure from the moment the close begins, not when it returns.
  const closingAt = Date.now();
  await (flusher === 'a' ? a : b).close();
  const closedAt = Date.now();
  await until(() => ids.every((id) => ingest.stored.has(id)), 'every id from both tabs');
  // No two deliveries overlap. The closed tab's request that its closing cut short counts as ended
  // when the close began: the server still finishes it after the browser dropped it.
  const deliveries = ingest.receipts
    .filter((r) => !r.keepalive)
    .map((r) => ({ ...r, end: r.tab === flusher && (r.end === 0 || r.end > closingAt) ? closingAt : r.end || Infinity }));
  const overlapping = deliveries.filter((r, i) => deliveries.some((o, j) => i !== j && r.start < o.end && o.start < r.end));
  expect(overlapping).toEqual([]);
  expect(ingest.receipts.some((r) => r.tab === other && r.start > closedAt)).toBe(true);
});

test('with the disk full (a 1-byte quota), the queue says storage-degraded, keeps answers in memory and loses nothing', async () => {
  const ingest = collector();
  ingest.state.mode = '503';
  const context = await env.browser.newContext();
  cleanup.push(() => context.close());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: env.server.url, quotaSize: 1 });
  await page.goto(`${env.server.url}/transport.html`);
  await page.waitForFunction(() => (window as any).ready === true);
  const ids = [await enqueue(page, { n: 1 }), await enqueue(page, { n: 2 })];
  const events = await page.evaluate(() => (window as any).events.map((e: { type: string }) => e.type));
  expect(events).toContain('storage-degraded');
  // A refused attempt may be in flight right now (items count as inFlight then); between attempts
  // both answers are back to pending.
  let held: Awaited<ReturnType<typeof stats>>;
  await until(async () => (held = await stats(page)).pending === 2, 'both answers pending between attempts');
  expect(held!).toMatchObject({ degraded: true, pending: 2, delivered: 0 });
  ingest.state.mode = 'ok';
  await until(() => ids.every((id) => ingest.stored.has(id)), 'delivery from memory');
  await until(async () => (await stats(page)).delivered === 2, 'acknowledgements');
});

test('where IndexedDB cannot be opened (private mode), the queue works in memory', async () => {
  const ingest = collector();
  const context = await env.browser.newContext();
  cleanup.push(() => context.close());
  await context.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
  });
  const page = await openQueue(context);
  const id = await enqueue(page, { n: 1 });
  await until(() => ingest.stored.has(id), 'delivery');
  expect(await page.evaluate(() => (window as any).events.some((e: { type: string }) => e.type === 'storage-degraded'))).toBe(true);
});
