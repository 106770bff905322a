// Runs the demo exactly as `npm run demo` does after its build step (`tsx main.ts --demo`), as a
// child process on a free port with its own SQLite file, which the test can read too.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStorage } from '../storage/sqlite-storage';

const repoRoot = resolve(fileURLToPath(new URL('../../../..', import.meta.url)));

export async function startDemoProcess({ sqliteFile, env = {} }: { sqliteFile: string; env?: Record<string, string> }) {
  const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
  if (!existsSync(tsx)) throw new Error('tsx is not installed: run `pnpm install`');
  const child = spawn(tsx, ['examples/collector/src/main.ts', '--demo'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', PULSO_SQLITE_FILE: sqliteFile, PULSO_DEMO_SEED: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the demo did not start in 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => fail(new Error(`the demo exited (${code}) before listening:\n${output}`)));
  });
  const storage = await openSqliteStorage(sqliteFile);
  return {
    url,
    storage,
    output: () => output,
    async close() {
      await storage.close();
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
