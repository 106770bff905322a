import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, expect, it } from 'vitest';
import { openSqliteStorage } from './storage/sqlite-storage';
import { collectorSuite, expectOldTableUpgraded } from './testing/collector-suite';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});
// A path in a fresh folder, removed after the tests.
const tempFile = async (name: string) => {
  const dir = await mkdtemp(join(tmpdir(), 'pulso-sqlite-'));
  dirs.push(dir);
  return join(dir, name);
};

collectorSuite('a SQLite file', async () => openSqliteStorage(await tempFile('pulso.db')));

it('opens a file written before events kept their orderKey and seq, and keeps its rows', async () => {
  const file = await tempFile('old.db');
  const old = createClient({ url: `file:${file}` });
  // The table as the first release created it.
  await old.execute('CREATE TABLE pulso_events (id TEXT PRIMARY KEY, type TEXT NOT NULL, created_at BIGINT NOT NULL, received_at BIGINT NOT NULL, payload TEXT NOT NULL)');
  await old.execute(`INSERT INTO pulso_events VALUES ('old', 'chat.message', 1000, 1000, '{"type":"chat.message","conversationId":"c"}')`);
  old.close();
  await expectOldTableUpgraded(() => openSqliteStorage(file));
});

it('opens such a file from two processes starting at once (the collector and a command-line deletion)', async () => {
  const file = await tempFile('old.db');
  const old = createClient({ url: `file:${file}` });
  await old.execute('CREATE TABLE pulso_events (id TEXT PRIMARY KEY, type TEXT NOT NULL, created_at BIGINT NOT NULL, received_at BIGINT NOT NULL, payload TEXT NOT NULL)');
  old.close();
  // Both see the columns missing; only one can add them.
  const opened = await Promise.allSettled([openSqliteStorage(file), openSqliteStorage(file), openSqliteStorage(file)]);
  await Promise.all(opened.map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)));
  expect(opened.filter((result) => result.status === 'rejected')).toEqual([]);
  const storage = await openSqliteStorage(file);
  await storage.write([{ id: 'after', type: 'chat.message', createdAt: 1, receivedAt: 1, payload: { type: 'chat.message', conversationId: 'c' }, orderKey: 'c', seq: 1 }], []);
  expect((await storage.events(['chat.message'])).map((event) => [event.orderKey, event.seq])).toEqual([['c', 1]]);
  await storage.close();
});
