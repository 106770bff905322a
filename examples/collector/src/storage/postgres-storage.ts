// PostgreSQL through `pg`, for stores that outgrow one machine (and PostgreSQL-compatible
// managed services). Same tables and conflict rules as SQLite.
import pg from 'pg';
import { toAnswer, toEvent } from './sqlite-storage';
import {
  addedEventColumns,
  answerArgs,
  answerColumns,
  answerConflict,
  eventArgs,
  eventColumns,
  lockOrder,
  schemaStatements,
  windowClause,
  type Deleted,
  type Storage,
} from './storage';

const dollar = (n: number) => `$${n}`;
// JSONB columns come back already parsed.
const asIs = (value: unknown) => value;
// Deadlocks and serialization failures are safe to retry: the transaction left nothing behind.
const retryable = new Set(['40P01', '40001']);

/** How long to wait for a connection and for one query before giving up (ms). */
export interface PostgresTimeouts {
  connectMs?: number;
  queryMs?: number;
}

/**
 * Connects to `connectionString` (postgres://…) and creates the tables if needed. A database that
 * cannot be reached (packets dropped, a server that never answers) fails within the timeouts, so
 * the collector answers 503 and the transport retries, instead of holding requests open forever.
 */
export async function openPostgresStorage(connectionString: string, timeouts: PostgresTimeouts = {}): Promise<Storage> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: timeouts.connectMs ?? 10_000,
    query_timeout: timeouts.queryMs ?? 30_000,
  });
  // An idle connection that dies (the server restarts) is emitted on the pool; without a
  // listener Node would crash the process. The next query opens a fresh connection.
  pool.on('error', (error) => console.error('pulso collector: PostgreSQL connection lost', error.message));
  // BIGINT comes back as a string by default; our values are ms timestamps, well inside 2^53.
  const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text')) };
  const query = (text: string, values: unknown[] = []) => pool.query({ text, values, types: types as never });
  await createSchema(pool);

  return {
    kind: 'postgres',
    async write(events, answers) {
      const sorted = lockOrder(events, []);
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          // One statement per table: rows go in as arrays, in lock order (unnest keeps it).
          const inserted = await client.query(
            `INSERT INTO pulso_events (${eventColumns})
             SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::jsonb[], $6::text[], $7::bigint[])
             ON CONFLICT (id) DO NOTHING RETURNING id`,
            columns(sorted.events, eventArgs, 7),
          );
          // Only the answers of events stored just now: a repeat (even one whose content changed)
          // leaves the answer alone. A concurrent batch holding the same event waited on its row
          // above, so exactly one of them writes the answer.
          const fresh = new Set(inserted.rows.map((row: { id: string }) => row.id));
          const newAnswers = lockOrder([], answers.filter((row) => fresh.has(row.eventId))).answers;
          if (newAnswers.length > 0) {
            await client.query(
              `INSERT INTO pulso_answers (${answerColumns})
               SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10::text[])
               ${answerConflict}`,
              columns(newAnswers, answerArgs, 10),
            );
          }
          await client.query('COMMIT');
          return { inserted: inserted.rows.map((row: { id: string }) => row.id) };
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          if (attempt < 5 && retryable.has((error as { code?: string }).code ?? '')) continue;
          throw error;
        } finally {
          client.release();
        }
      }
    },
    async answers(surveyId, window = {}) {
      const where = windowClause('at', window, dollar, 1);
      const result = await query(
        `SELECT ${answerColumns} FROM pulso_answers WHERE survey_id = $1${where.sql} ORDER BY at, event_id`,
        [surveyId, ...where.args],
      );
      return result.rows.map((row) => toAnswer(row, asIs));
    },
    async events(typeList, window = {}) {
      if (typeList.length === 0) return [];
      const where = windowClause('created_at', window, dollar, 1);
      const result = await query(
        `SELECT ${eventColumns} FROM pulso_events
         WHERE type = ANY($1)${where.sql} ORDER BY created_at, id`,
        [typeList, ...where.args],
      );
      return result.rows.map((row) => toEvent(row, asIs));
    },
    purge: (before) =>
      deleteBoth(pool, ['DELETE FROM pulso_events WHERE received_at < $1', 'DELETE FROM pulso_answers WHERE at < $1'], before),
    deleteResponse: (responseId) =>
      deleteBoth(
        pool,
        [
          "DELETE FROM pulso_events WHERE type LIKE 'survey.%' AND payload->>'responseId' = $1",
          'DELETE FROM pulso_answers WHERE response_id = $1',
        ],
        responseId,
      ),
    async ping() {
      await query('SELECT 1');
      return true;
    },
    close: () => pool.end(),
  };
}

/** Runs the two deletions in one transaction and counts what each removed. */
async function deleteBoth(pool: pg.Pool, [events, answers]: [string, string], value: unknown): Promise<Deleted> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const deleted = { events: (await client.query(events, [value])).rowCount ?? 0, answers: (await client.query(answers, [value])).rowCount ?? 0 };
    await client.query('COMMIT');
    return deleted;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Turns rows into one array per column, the shape `unnest` takes. */
function columns<T>(rows: T[], values: (row: T) => unknown[], count: number): unknown[][] {
  const result = Array.from({ length: count }, () => [] as unknown[]);
  for (const row of rows) values(row).forEach((value, index) => result[index]!.push(value));
  return result;
}

// Collectors starting together would race on CREATE … IF NOT EXISTS (PostgreSQL then reports the
// table's type as a duplicate); an advisory lock makes them take turns.
const schemaLock = 7_263_155;

async function createSchema(pool: pg.Pool) {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [schemaLock]);
    for (const statement of schemaStatements('JSONB')) await client.query(statement);
    // ALTER TABLE takes an exclusive lock even when IF NOT EXISTS makes it a no-op: behind a
    // long read (a report, a pg_dump backup) it waits, and every other collector's inserts queue
    // behind it. So only the columns the table lacks are added.
    const present = await client.query(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'pulso_events'",
    );
    const has = new Set(present.rows.map((row: { column_name: string }) => row.column_name));
    for (const [name, type] of addedEventColumns) {
      if (!has.has(name)) await client.query(`ALTER TABLE pulso_events ADD COLUMN IF NOT EXISTS ${name} ${type}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [schemaLock]).catch(() => undefined);
    client.release();
  }
}
