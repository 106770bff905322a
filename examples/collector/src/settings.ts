// Reads the collector's settings from the environment, so the same code runs in the demo, in a
// container and on a laptop. Every bad value is reported with the variable's name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllowedOrigins, type AllowedOrigins } from './cors';
import { surveyCatalog, type SurveyCatalog } from './survey-catalog';

export interface Settings {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  sqliteFile: string;
  surveys: SurveyCatalog;
  allowedOrigins: AllowedOrigins;
  maxBodyBytes: number;
  /** Keep events and answers this many days, then delete them; unset keeps everything. */
  retentionDays: number | undefined;
  /** Password for the report page and API; unset leaves them open (fine on a private network). */
  reportPassword: string | undefined;
  /** A folder served as static files (the script tag, its locales, your pulso.json). */
  staticDir: string | undefined;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

function password(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  if (text.length < 12) throw new Error('PULSO_REPORT_PASSWORD must be at least 12 characters long');
  return text;
}

/** Reads JSON survey definition files (one survey, a list, or a config with `surveys`). */
export function loadSurveys(files: string[], cwd = process.cwd()): SurveyCatalog {
  return surveyCatalog(
    files.map((file) => {
      const path = resolve(cwd, file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        throw new Error(`PULSO_SURVEYS: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      try {
        return { name: file, content: JSON.parse(text) };
      } catch (error) {
        throw new Error(`PULSO_SURVEYS: ${file} is not JSON (${(error as Error).message})`);
      }
    }),
  );
}

/**
 * `PORT` (8787), `HOST` (127.0.0.1; 0.0.0.0 in a container), `DATABASE_URL` (postgres://…, else
 * SQLite), `PULSO_SQLITE_FILE` (pulso.db), `PULSO_SURVEYS` (comma-separated JSON files),
 * `PULSO_ALLOWED_ORIGINS` (comma-separated origins, or *), `PULSO_MAX_BODY_BYTES` (1048576),
 * `PULSO_RETENTION_DAYS` (unset: keep everything), `PULSO_REPORT_PASSWORD` (unset: open report),
 * `PULSO_STATIC_DIR` (a folder to serve as static files).
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env, defaults: { surveys?: string[] } = {}): Settings {
  const surveyFiles = env.PULSO_SURVEYS
    ? env.PULSO_SURVEYS.split(',').map((file) => file.trim()).filter(Boolean)
    : (defaults.surveys ?? []);
  return {
    port: integer(env, 'PORT', 8787, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    sqliteFile: env.PULSO_SQLITE_FILE || 'pulso.db',
    surveys: loadSurveys(surveyFiles),
    allowedOrigins: parseAllowedOrigins(env.PULSO_ALLOWED_ORIGINS),
    maxBodyBytes: integer(env, 'PULSO_MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    retentionDays: env.PULSO_RETENTION_DAYS ? integer(env, 'PULSO_RETENTION_DAYS', 0, 1, 36_500) : undefined,
    reportPassword: password(env.PULSO_REPORT_PASSWORD),
    staticDir: env.PULSO_STATIC_DIR || undefined,
  };
}
