// `tsx examples/collector/src/main.ts [--demo]`: starts the collector. With --demo it also serves
// the demo store, uses a fresh SQLite file and the demo surveys, and prints the URLs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from './demo-seed';
import { demoFiles, demoSurveyFiles, folderFiles, reportFiles, scriptTagFiles } from './pages';
import { startCollector } from './server';
import { readSettings } from './settings';
import { openStorage } from './storage/open-storage';

const dayMs = 86_400_000;

async function main() {
  const demo = process.argv.includes('--demo');
  const forget = process.argv.indexOf('--delete-response');
  const env = { ...process.env };
  if (demo && !env.PULSO_SQLITE_FILE && !env.DATABASE_URL) {
    env.PULSO_SQLITE_FILE = join(mkdtempSync(join(tmpdir(), 'pulso-demo-')), 'pulso.db');
  }
  const settings = readSettings(env, { surveys: demo ? demoSurveyFiles : [] });
  const storage = await openStorage(settings);
  if (forget !== -1) {
    // A person asked to be forgotten: delete their response and exit.
    const responseId = process.argv[forget + 1];
    if (!responseId) throw new Error('--delete-response needs the response id');
    const deleted = await storage.deleteResponse(responseId);
    console.log(`pulso collector: deleted response ${responseId} (${deleted.answers} answers, ${deleted.events} events)`);
    return storage.close();
  }
  if (settings.surveys.size === 0) {
    console.warn('pulso collector: no surveys configured (PULSO_SURVEYS), so every survey answer will be rejected');
  }
  if (settings.retentionDays) {
    const keepMs = settings.retentionDays * dayMs;
    const purge = async () => {
      const deleted = await storage.purge(Date.now() - keepMs);
      if (deleted.events || deleted.answers) {
        console.log(`pulso collector: retention ${settings.retentionDays} days: deleted ${deleted.answers} answers, ${deleted.events} events`);
      }
    };
    await purge();
    setInterval(() => purge().catch((error) => console.error('pulso collector: purge failed', error)), dayMs / 4).unref();
  }
  // The demo starts with made-up history so the visitor's own answer moves a real-looking trend.
  if (demo && env.PULSO_DEMO_SEED !== '0' && (await storage.answers('post-purchase-nps')).length === 0) {
    const { events } = await seedDemo(storage, settings.surveys);
    console.log(`pulso collector: demo data: ${events} events of eight weeks of made-up answers and chats (PULSO_DEMO_SEED=0 starts empty)`);
  }
  const collector = await startCollector({
    ...settings,
    storage,
    files: {
      ...scriptTagFiles,
      ...(settings.staticDir ? folderFiles(settings.staticDir) : {}),
      ...reportFiles,
      ...(demo ? demoFiles : {}),
    },
  });
  const where = settings.databaseUrl ? 'PostgreSQL' : `SQLite file ${settings.sqliteFile}`;
  // Listening on every interface: print an address a browser can open.
  const base = collector.url.replace(/\/\/(0\.0\.0\.0|\[::\])/, '//localhost');
  console.log(`pulso collector: listening on ${base} (storage: ${where}; surveys: ${[...settings.surveys.keys()].join(', ') || 'none'})`);
  if (demo) {
    console.log(`
  Store with the FAQ chat:     ${base}/
  Order confirmation (NPS):    ${base}/post-purchase
  Three themes side by side:   ${base}/theming
  Report:                      ${base}/report
  API:                         POST ${base}/v1/events · GET ${base}/v1/report?survey=post-purchase-nps
`);
  }
  // A deploy's SIGTERM: requests in flight get 10 s to be stored and acknowledged. A second
  // signal (Ctrl-C again) stops at once.
  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(1);
    stopping = true;
    await collector.close(10_000);
    await storage.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`pulso collector: ${error.message}`);
  process.exit(1);
});
