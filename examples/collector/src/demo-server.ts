// The demo: the collector plus the store pages, over a SQLite file. `main.ts --demo` and the
// end-to-end tests start it the same way.
import { demoFiles, demoSurveyFiles, reportFiles } from './pages';
import { startCollector } from './server';
import { loadSurveys } from './settings';
import { openSqliteStorage } from './storage/sqlite-storage';

/** Starts the demo on `port` (0: a free one) with the SQLite file `sqliteFile`. */
export async function startDemoServer({ port = 0, host = '127.0.0.1', sqliteFile }: { port?: number; host?: string; sqliteFile: string }) {
  const storage = await openSqliteStorage(sqliteFile);
  const collector = await startCollector({
    storage,
    surveys: loadSurveys(demoSurveyFiles),
    files: { ...reportFiles, ...demoFiles },
    port,
    host,
  });
  return {
    url: collector.url,
    storage,
    close: async () => {
      await collector.close();
      await storage.close();
    },
  };
}
