import { openPostgresStorage } from './postgres-storage';
import { openSqliteStorage } from './sqlite-storage';
import type { Storage } from './storage';

/**
 * Picks the database: PostgreSQL when `databaseUrl` is a postgres:// URL, otherwise the SQLite
 * file `sqliteFile`.
 */
export function openStorage({ databaseUrl, sqliteFile }: { databaseUrl?: string; sqliteFile: string }): Promise<Storage> {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) return openPostgresStorage(databaseUrl);
  if (databaseUrl) {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got "${databaseUrl.split(':')[0]}:…")`);
  }
  return openSqliteStorage(sqliteFile);
}
