import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { expect, it } from 'vitest';
import { startCollector } from './server';
import { openSqliteStorage } from './storage/sqlite-storage';
import { answered, testSurveys } from './testing/collector-suite';

// Containers and CI machines often run without IPv6, where listening on ::1 fails before any
// code of ours runs: there is nothing to test then.
const ipv6 = await new Promise<boolean>((resolve) => {
  const probe = createServer();
  probe.once('error', () => resolve(false));
  probe.listen(0, '::1', () => probe.close(() => resolve(true)));
});
if (!ipv6) console.warn('start-collector.test.ts: this machine cannot listen on ::1 (no IPv6); the IPv6 URL test is skipped');

it.runIf(ipv6)('gives a URL that works when it listens on an IPv6 address (HOST=::1, or :: in a container)', async () => {
  const storage = await openSqliteStorage(':memory:');
  try {
    for (const host of ['::1', '::']) {
      const collector = await startCollector({ storage, surveys: testSurveys, host });
      try {
        expect(collector.url).toMatch(new RegExp(`^http://\\[${host}\\]:\\d+$`));
        expect(await (await fetch(`${collector.url}/healthz`)).json()).toEqual({ ok: true, storage: 'sqlite' });
      } finally {
        await collector.close();
      }
    }
  } finally {
    await storage.close();
  }
});

it('finishes a request in flight when it closes (a deploy stopping it loses no acknowledgement), then stops', async () => {
  const storage = await openSqliteStorage(':memory:');
  try {
    const collector = await startCollector({ storage, surveys: testSurveys });
    const body = JSON.stringify({ sentAt: new Date().toISOString(), items: [answered({ responseId: 'draining', value: 9 })] });
    // A phone on a slow network: half the body now, the rest after the collector was told to stop.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${collector.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => req.end(body.slice(20)), 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = collector.close(5_000);
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).accepted).toHaveLength(1);
    await closed;
    await expect(fetch(`${collector.url}/healthz`)).rejects.toThrow();
    expect((await storage.answers('post-purchase-nps')).map((row) => row.responseId)).toEqual(['draining']);
  } finally {
    await storage.close();
  }
});

it('closes a keep-alive connection once its request in flight is answered, instead of waiting for it to idle out', async () => {
  const storage = await openSqliteStorage(':memory:');
  try {
    const collector = await startCollector({ storage, surveys: testSurveys });
    const body = JSON.stringify({ sentAt: new Date().toISOString(), items: [answered({ responseId: 'keep-alive', value: 9 })] });
    // Browsers keep connections open; the answer must say the connection is over, or close() waits
    // for the keep-alive timeout (seconds of a deploy) and the client may send another batch on it.
    const agent = new Agent({ keepAlive: true });
    const answer = new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = request(`${collector.url}/v1/events`, { agent, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => req.end(body.slice(20)), 200);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = collector.close(10_000);
    expect(await answer).toEqual({ status: 200, connection: 'close' });
    const answeredAt = Date.now();
    await closed;
    expect(Date.now() - answeredAt).toBeLessThan(1_000);
    agent.destroy();
  } finally {
    await storage.close();
  }
});
