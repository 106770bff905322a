import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStorage } from './storage/sqlite-storage';
import { collectorSuite } from './testing/collector-suite';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

collectorSuite('a SQLite file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pulso-sqlite-'));
  dirs.push(dir);
  return openSqliteStorage(join(dir, 'pulso.db'));
});
