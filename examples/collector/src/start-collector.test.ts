import { expect, it } from 'vitest';
import { startCollector } from './server';
import { openSqliteStorage } from './storage/sqlite-storage';
import { testSurveys } from './testing/collector-suite';

it('gives a URL that works when it listens on an IPv6 address (HOST=::1, or :: in a container)', async () => {
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
