import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector } from './server';
import { openPostgresStorage } from './storage/postgres-storage';
import { answered, collectorSuite, expectOldTableUpgraded, testSurveys } from './testing/collector-suite';
import { startPostgres, type TestPostgres } from './testing/start-postgres';

let server: TestPostgres | { skip: string } = { skip: 'not started' };
beforeAll(async () => {
  server = await startPostgres();
  if ('skip' in server) console.warn(`PostgreSQL collector tests skipped: ${server.skip}`);
});
afterAll(async () => {
  if (!('skip' in server)) await server.stop();
});

collectorSuite('PostgreSQL', async () => ('skip' in server ? server : openPostgresStorage(await server.createDatabase())));

it('opens a database written before events kept their orderKey and seq, and keeps its rows', async (context) => {
  if ('skip' in server) return context.skip();
  const url = await server.createDatabase();
  const old = new pg.Client({ connectionString: url });
  await old.connect();
  // The table as the first release created it.
  await old.query('CREATE TABLE pulso_events (id TEXT PRIMARY KEY, type TEXT NOT NULL, created_at BIGINT NOT NULL, received_at BIGINT NOT NULL, payload JSONB NOT NULL)');
  await old.query(`INSERT INTO pulso_events VALUES ('old', 'chat.message', 1000, 1000, '{"type":"chat.message","conversationId":"c"}')`);
  await old.end();
  await expectOldTableUpgraded(() => openPostgresStorage(url));
});

it('starts while another connection is reading the events table (a long report, a pg_dump backup)', async (context) => {
  if ('skip' in server) return context.skip();
  const url = await server.createDatabase();
  await (await openPostgresStorage(url)).close();
  const reader = new pg.Client({ connectionString: url });
  await reader.connect();
  try {
    // A read inside an open transaction holds its lock until the end, as pg_dump does for its
    // whole run. ALTER TABLE would wait for it, and every insert of the running collectors
    // would queue behind that ALTER.
    await reader.query('BEGIN');
    await reader.query('SELECT count(*) FROM pulso_events');
    const storage = await openPostgresStorage(url, { queryMs: 3_000 });
    try {
      const event = { id: 'during-backup', type: 'chat.message', createdAt: 1, receivedAt: 1, payload: { type: 'chat.message', conversationId: 'c' }, orderKey: null, seq: null };
      expect(await storage.write([event], [])).toEqual({ inserted: ['during-backup'] });
    } finally {
      await storage.close();
    }
  } finally {
    await reader.query('ROLLBACK');
    await reader.end();
  }
}, 20_000);

describe('several collectors on one PostgreSQL database', () => {
  it('start together on an empty database (the tables are created once)', async (context) => {
    if ('skip' in server) return context.skip();
    for (let round = 0; round < 3; round++) {
      const url = await server.createDatabase();
      const opened = await Promise.allSettled(Array.from({ length: 6 }, () => openPostgresStorage(url)));
      await Promise.all(opened.map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)));
      expect(opened.filter((result) => result.status === 'rejected')).toEqual([]);
    }
  });

  it('store each event once when they receive the same batches at the same time', async (context) => {
    if ('skip' in server) return context.skip();
    const url = await server.createDatabase();
    const storages = await Promise.all([openPostgresStorage(url), openPostgresStorage(url), openPostgresStorage(url)]);
    const collectors = await Promise.all(storages.map((storage) => startCollector({ storage, surveys: testSurveys })));
    try {
      const items = Array.from({ length: 30 }, (_, i) => answered({ responseId: `r${i % 10}`, questionId: 'score', value: i % 11, at: 1_000 + i }));
      const sends = collectors.flatMap((collector, c) =>
        [0, 1, 2].map((copy) =>
          fetch(`${collector.url}/v1/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ items: (c + copy) % 2 ? [...items].reverse() : items }),
          }).then((response) => response.json()),
        ),
      );
      for (const reply of await Promise.all(sends)) expect(reply.accepted).toHaveLength(30);
      expect(await storages[0]!.events(['survey.answered'])).toHaveLength(30);
      // The newest answer per response wins: response r{k} last answered at index 20 + k.
      const answers = await storages[0]!.answers('post-purchase-nps');
      expect(answers).toHaveLength(10);
      for (const row of answers) expect(row.value).toBe((20 + Number(row.responseId.slice(1))) % 11);
    } finally {
      await Promise.all(collectors.map((collector) => collector.close()));
      await Promise.all(storages.map((storage) => storage.close()));
    }
  });
});
