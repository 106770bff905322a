import { createServer } from 'node:net';
import { expect, it } from 'vitest';
import { startCollector } from './server';
import { openSqliteStorage } from './storage/sqlite-storage';
import { testSurveys } from './testing/collector-suite';

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
