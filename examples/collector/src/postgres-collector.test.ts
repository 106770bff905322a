import { afterAll, beforeAll } from 'vitest';
import { openPostgresStorage } from './storage/postgres-storage';
import { collectorSuite } from './testing/collector-suite';
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
