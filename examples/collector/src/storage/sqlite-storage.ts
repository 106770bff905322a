// SQLite through @libsql/client: one file, no server, no native build on Node 20.
import { createClient, type InArgs } from '@libsql/client';
import {
  addedEventColumns,
  answerArgs,
  answerColumns,
  eventArgs,
  eventColumns,
  answerConflict,
  fromJson,
  lockOrder,
  schemaStatements,
  windowClause,
  type AnswerRow,
  type Storage,
  type StoredEvent,
} from './storage';

const question = () => '?';

/** Opens (and creates if needed) a SQLite database; `file` is a path or `:memory:`. */
export async function openSqliteStorage(file: string): Promise<Storage> {
  const client = createClient({ url: file === ':memory:' ? ':memory:' : `file:${file}` });
  // WAL lets the report read while a batch writes; the busy timeout covers a second process.
  await client.execute('PRAGMA busy_timeout = 5000');
  if (file !== ':memory:') await client.execute('PRAGMA journal_mode = WAL');
  await client.batch(schemaStatements('TEXT'), 'write');
  // SQLite has no ADD COLUMN IF NOT EXISTS: look at what the table has. Another process opening
  // the same file (the collector and `--delete-response`) may add a column between our look and
  // our ALTER: its "duplicate column" is then no failure.
  const columns = async () => new Set((await client.execute('PRAGMA table_info(pulso_events)')).rows.map((row) => String(row.name)));
  const present = await columns();
  for (const [name, type] of addedEventColumns) {
    if (present.has(name)) continue;
    await client.execute(`ALTER TABLE pulso_events ADD COLUMN ${name} ${type}`).catch(async (error: unknown) => {
      if (!(await columns()).has(name)) throw error;
    });
  }

  return {
    kind: 'sqlite',
    async write(events, answers) {
      // `batch` runs every statement in one transaction: all or nothing. SQLite has one writer at
      // a time, so answers can go first, each skipped when its event is already stored (a repeat),
      // and the events after them. One statement per row: an answer may update its row twice.
      const results = await client.batch(
        [
          ...answers.map((row) => ({
            sql: `INSERT INTO pulso_answers (${answerColumns}) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                  WHERE NOT EXISTS (SELECT 1 FROM pulso_events WHERE id = ?) ${answerConflict}`,
            args: [...answerArgs(row), row.eventId] as InArgs,
          })),
          ...lockOrder(events, []).events.map((event) => ({
            sql: `INSERT INTO pulso_events (${eventColumns}) VALUES (?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT (id) DO NOTHING RETURNING id`,
            args: eventArgs(event) as InArgs,
          })),
        ],
        'write',
      );
      const inserted = results.slice(answers.length).flatMap((result) => result.rows.map((row) => String(row.id)));
      return { inserted };
    },
    async answers(surveyId, window = {}) {
      const where = windowClause('at', window, question, 1);
      const result = await client.execute({
        sql: `SELECT ${answerColumns} FROM pulso_answers WHERE survey_id = ?${where.sql} ORDER BY at, event_id`,
        args: [surveyId, ...where.args],
      });
      return result.rows.map((row) => toAnswer(row as unknown as Record<string, unknown>));
    },
    async events(types, window = {}) {
      if (types.length === 0) return [];
      const marks = types.map(() => '?').join(', ');
      const where = windowClause('created_at', window, question, types.length);
      const result = await client.execute({
        sql: `SELECT ${eventColumns} FROM pulso_events
              WHERE type IN (${marks})${where.sql} ORDER BY created_at, id`,
        args: [...types, ...where.args],
      });
      return result.rows.map((row) => toEvent(row as unknown as Record<string, unknown>));
    },
    async purge(before) {
      const [events, answers] = await client.batch(
        [
          { sql: 'DELETE FROM pulso_events WHERE received_at < ?', args: [before] },
          { sql: 'DELETE FROM pulso_answers WHERE at < ?', args: [before] },
        ],
        'write',
      );
      return { events: events!.rowsAffected, answers: answers!.rowsAffected };
    },
    async deleteResponse(responseId) {
      const [events, answers] = await client.batch(
        [
          { sql: "DELETE FROM pulso_events WHERE type LIKE 'survey.%' AND json_extract(payload, '$.responseId') = ?", args: [responseId] },
          { sql: 'DELETE FROM pulso_answers WHERE response_id = ?', args: [responseId] },
        ],
        'write',
      );
      return { events: events!.rowsAffected, answers: answers!.rowsAffected };
    },
    async ping() {
      await client.execute('SELECT 1');
      return true;
    },
    async close() {
      client.close();
    },
  };
}

export function toAnswer(row: Record<string, unknown>, json: (value: unknown) => unknown = fromJson): AnswerRow {
  return {
    responseId: String(row.response_id),
    questionId: String(row.question_id),
    surveyId: String(row.survey_id),
    surveyVersion: row.survey_version == null ? null : String(row.survey_version),
    value: json(row.value),
    journeyStage: row.journey_stage == null ? null : String(row.journey_stage),
    locale: row.locale == null ? null : String(row.locale),
    url: row.url == null ? null : String(row.url),
    at: Number(row.at),
    eventId: String(row.event_id),
  };
}

export function toEvent(row: Record<string, unknown>, json: (value: unknown) => unknown = fromJson): StoredEvent {
  return {
    id: String(row.id),
    type: String(row.type),
    createdAt: Number(row.created_at),
    receivedAt: Number(row.received_at),
    payload: json(row.payload),
    orderKey: row.order_key == null ? null : String(row.order_key),
    seq: row.seq == null ? null : Number(row.seq),
  };
}
