// `pnpm exec tsx examples/collector/src/bench-ingest.ts`: how fast the collector ingests and
// reports, over HTTP, on a SQLite file and (when it can be started) a local PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoSurveyFiles } from './pages';
import { startCollector } from './server';
import { loadSurveys } from './settings';
import { openPostgresStorage } from './storage/postgres-storage';
import { openSqliteStorage } from './storage/sqlite-storage';
import type { Storage } from './storage/storage';
import { startPostgres } from './testing/start-postgres';

const surveys = loadSurveys(demoSurveyFiles);
const batches = 200;
const batchSize = 50;

async function measure(name: string, storage: Storage) {
  const collector = await startCollector({ storage, surveys });
  let n = 0;
  const start = performance.now();
  for (let b = 0; b < batches; b++) {
    const items = Array.from({ length: batchSize }, () => {
      const i = n++;
      const at = Date.UTC(2026, 9, 1) + i * 60_000;
      return {
        id: `event-${i}`,
        createdAt: at,
        payload: { type: 'survey.answered', responseId: `r${i}`, surveyId: 'post-purchase-nps', surveyVersion: 1, questionId: 'score', value: i % 11, at },
      };
    });
    const response = await fetch(`${collector.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items }) });
    if ((await response.json()).accepted?.length !== batchSize) throw new Error(`batch ${b} was not fully accepted`);
  }
  const ingested = performance.now();
  const report = await (await fetch(`${collector.url}/v1/report?survey=post-purchase-nps&by=week`)).json();
  const reported = performance.now();
  const ms = ingested - start;
  console.log(
    `${name}: ${n} events in ${batches} batches of ${batchSize}: ${ms.toFixed(0)} ms ` +
      `(${Math.round(n / (ms / 1000))} events/s, ${(ms / batches).toFixed(1)} ms per batch); ` +
      `report over ${report.responses} responses: ${(reported - ingested).toFixed(0)} ms`,
  );
  await collector.close();
  await storage.close();
}

const dir = mkdtempSync(join(tmpdir(), 'pulso-bench-'));
await measure('sqlite', await openSqliteStorage(join(dir, 'bench.db')));
rmSync(dir, { recursive: true, force: true });
const postgres = await startPostgres();
if ('skip' in postgres) console.log(`postgres: skipped (${postgres.skip})`);
else {
  await measure('postgres', await openPostgresStorage(await postgres.createDatabase()));
  await postgres.stop();
}
