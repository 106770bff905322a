// Starts a throwaway PostgreSQL server for tests: initdb + pg_ctl on 127.0.0.1 with a free port,
// everything (data, log, socket) in a temp dir. As root the server runs as the `postgres` user,
// which PostgreSQL insists on. Resolves with a reason instead when PostgreSQL cannot be started.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface TestPostgres {
  /** Creates an empty database and returns its postgres:// URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function findBin(name: string): string | null {
  const dirs = (process.env.PATH ?? '').split(':');
  try {
    dirs.push(...readdirSync('/usr/lib/postgresql').map((version) => join('/usr/lib/postgresql', version, 'bin')));
  } catch {
    // no Debian layout
  }
  return dirs.map((dir) => join(dir, name)).find((path) => existsSync(path)) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Starts the server, or resolves `{ skip: reason }`. */
export async function startPostgres(): Promise<TestPostgres | { skip: string }> {
  if (process.platform === 'win32') return { skip: 'PostgreSQL tests need a POSIX machine' };
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) return { skip: 'initdb/pg_ctl not found on PATH or in /usr/lib/postgresql' };

  const dir = await mkdtemp(join(tmpdir(), 'pulso-pg-'));
  const asRoot = process.getuid?.() === 0;
  let owner: { uid: number; gid: number } | null = null;
  if (asRoot) {
    try {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      owner = { uid: Number(stdout.trim()), gid: Number(gid.trim()) };
      await chown(dir, owner.uid, owner.gid);
    } catch {
      await rm(dir, { recursive: true, force: true });
      return { skip: 'running as root and there is no `postgres` user to run the server as' };
    }
  }
  const as = (bin: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args);
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    await as(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
    await as(pgCtl, ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', `-p ${port} -k ${dir} -h 127.0.0.1 -F`, 'start']);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    return { skip: `PostgreSQL could not start (${detail.split('\n')[0]}) as ${userInfo().username}` };
  }
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let count = 0;
  return {
    async createDatabase() {
      const name = `pulso_test_${++count}`;
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return `${base}/${name}`;
    },
    async stop() {
      await as(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
