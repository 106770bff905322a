// `pnpm bench` (after the build): the offline queue in real Chromium, on a disk-backed profile.
// - enqueue latency p50/p95 and throughput (IndexedDB, `durability: 'strict'`);
// - flushing 10,000 stored items to a local endpoint (requests made, seconds);
// - the transport's own gzip size (idb-keyval included) against its budget.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchPersistentChromium } from '../testing/chromium';
import { startStaticServer } from '../testing/static-server';

const BUNDLE = 'packages/transport/dist/transport.min.js';
// Targets for this machine class (2 cores, shared); the size budget comes from size-budget.json.
const budgets = { enqueueP95Ms: 50, flush10kSeconds: 30 };
const entry = (JSON.parse(readFileSync('size-budget.json', 'utf8')).entries as { file: string; budget: { gzip: number } }[]).find(
  (e) => e.file === BUNDLE,
);

const server = await startStaticServer();
const seen = new Set<string>();
let requests = 0;
server.route('/ingest', (_req, res, body) => {
  requests++;
  for (const item of JSON.parse(body).items as { id: string }[]) seen.add(item.id);
  res.writeHead(204).end();
});
server.page(
  '/bench.html',
  `<!doctype html><meta charset="utf-8"><script type="module">
    import { createQueue, idbStore } from '/${BUNDLE}';
    window.createQueue = createQueue;
    window.idbStore = idbStore;
    window.ready = true;
  </script>`,
);

const dir = await mkdtemp(join(tmpdir(), 'pulso-bench-'));
const context = await launchPersistentChromium(dir);
try {
  const page = await context.newPage();
  await page.goto(`${server.url}/bench.html`);
  await page.waitForFunction(() => (window as any).ready === true);

  const enqueue = await page.evaluate(async () => {
    const w = window as any;
    // Paused: only the enqueue path is measured, nothing is sent.
    const queue = w.createQueue({ endpoint: '/ingest', requireConsent: true, maxItems: 100_000, storage: w.idbStore({ name: 'bench-enqueue' }) });
    const times: number[] = [];
    for (let n = 0; n < 500; n++) {
      const start = performance.now();
      await queue.enqueue({ type: 'survey.answered', surveyId: 'nps', questionId: 'recommend', value: n % 11 });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const start = performance.now();
    await Promise.all(Array.from({ length: 2000 }, (_, n) => queue.enqueue({ type: 'page.view', n }, { priority: 'analytics' })));
    const concurrentMs = performance.now() - start;
    queue.close();
    const sum = times.reduce((a, b) => a + b, 0);
    return { p50: times[249]!, p95: times[474]!, sequentialPerSecond: (500 / sum) * 1000, concurrentPerSecond: (2000 / concurrentMs) * 1000 };
  });

  // 10,000 items already stored (as earlier page loads would leave them), then one queue flushes them.
  await page.evaluate(async () => {
    const w = window as any;
    const store = w.idbStore({ name: 'bench-flush' });
    const now = Date.now();
    for (let chunk = 0; chunk < 10; chunk++) {
      const items = Array.from({ length: 1000 }, (_, i) => ({
        id: crypto.randomUUID(),
        createdAt: now + chunk * 1000 + i,
        since: now,
        payload: { type: 'survey.answered', surveyId: 'nps', value: i % 11, comment: 'Fast delivery, well packed' },
        priority: 'normal',
        attempts: 0,
      }));
      await store.write(items, []);
    }
  });
  const start = Date.now();
  await page.evaluate(() => {
    const w = window as any;
    w.flushQueue = w.createQueue({ endpoint: '/ingest', maxItems: 20_000, storage: w.idbStore({ name: 'bench-flush' }) });
  });
  await page.waitForFunction(() => (window as any).flushQueue.stats().delivered === 10_000, null, { timeout: 120_000, polling: 50 });
  const flushSeconds = (Date.now() - start) / 1000;

  const gzip = gzipSync(readFileSync(BUNDLE), { level: 9 }).length;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');
  console.log('transport (Chromium, disk-backed IndexedDB, strict durability)');
  console.log(`  enqueue latency: p50 ${enqueue.p50.toFixed(2)} ms, p95 ${enqueue.p95.toFixed(2)} ms (target p95 ${budgets.enqueueP95Ms} ms: ${verdict(enqueue.p95 <= budgets.enqueueP95Ms)})`);
  console.log(`  enqueue throughput: ${enqueue.sequentialPerSecond.toFixed(0)}/s one at a time, ${enqueue.concurrentPerSecond.toFixed(0)}/s 2,000 at once`);
  console.log(
    `  flush 10,000 stored items: ${requests} requests, ${seen.size} ids received, ${flushSeconds.toFixed(2)} s (target ${budgets.flush10kSeconds} s: ${verdict(flushSeconds <= budgets.flush10kSeconds)})`,
  );
  console.log(`  size: ${BUNDLE} gzip ${(gzip / 1024).toFixed(2)} KB / ${((entry?.budget.gzip ?? 0) / 1024).toFixed(2)} KB (${verdict(gzip <= (entry?.budget.gzip ?? 0))})`);
} finally {
  await context.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
