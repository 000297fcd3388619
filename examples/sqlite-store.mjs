// A `KycStore` on SQLite that survives a restart: the shape of the store your database gives the
// kyc-verify/server handlers. Works with Node's built-in `node:sqlite` (Node ≥ 22.5) and with
// `better-sqlite3`, which share `exec` / `prepare().run/get`.
//
//   import {DatabaseSync} from 'node:sqlite';            // or: import Database from 'better-sqlite3';
//   import {sqliteStore} from './examples/sqlite-store.mjs';
//   const store = sqliteStore(new DatabaseSync('kyc.db')); // or: sqliteStore(new Database('kyc.db'))
//   createSessionHandler({..., store}); createStatusHandler({store}); createWebhookHandler({..., store});
//
// `putVerdict` is one atomic upsert that applies the rule of `replaces()` from kyc-verify/server: the
// newest event by its own timestamp wins, and a redelivered event (same id) changes nothing.

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS kyc_attempts (
  attempt    TEXT PRIMARY KEY,
  provider   TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  subject    TEXT NOT NULL,
  reference  TEXT,
  details    TEXT,
  created_at INTEGER NOT NULL,
  expires_at INTEGER
);
CREATE TABLE IF NOT EXISTS kyc_verdicts (
  subject   TEXT PRIMARY KEY,
  provider  TEXT NOT NULL,
  status    TEXT NOT NULL,
  code      TEXT,
  message   TEXT,
  retryable INTEGER,
  at        INTEGER NOT NULL,
  event_id  TEXT
);`;

export const PUT_VERDICT = `
INSERT INTO kyc_verdicts (subject, provider, status, code, message, retryable, at, event_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (subject) DO UPDATE SET
  provider = excluded.provider, status = excluded.status, code = excluded.code, message = excluded.message,
  retryable = excluded.retryable, at = excluded.at, event_id = excluded.event_id
WHERE excluded.at > kyc_verdicts.at
  AND (excluded.event_id IS NULL OR kyc_verdicts.event_id IS NULL OR excluded.event_id <> kyc_verdicts.event_id)`;

export const SAVE_ATTEMPT = `
INSERT INTO kyc_attempts (attempt, provider, user_id, subject, reference, details, created_at, expires_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (attempt) DO UPDATE SET
  provider = excluded.provider, subject = excluded.subject, reference = excluded.reference,
  details = excluded.details, expires_at = excluded.expires_at
WHERE kyc_attempts.user_id = excluded.user_id`;

const orNull = (value) => (value === undefined ? null : value);
const orUndefined = (value) => (value === null ? undefined : value);

/** A `KycStore` on an open SQLite database (`node:sqlite` `DatabaseSync` or `better-sqlite3`). */
export function sqliteStore(db) {
  db.exec(SCHEMA);
  const saveAttempt = db.prepare(SAVE_ATTEMPT);
  const getAttempt = db.prepare('SELECT * FROM kyc_attempts WHERE attempt = ?');
  const putVerdict = db.prepare(PUT_VERDICT);
  const getVerdict = db.prepare('SELECT * FROM kyc_verdicts WHERE subject = ?');
  return {
    saveAttempt(record) {
      saveAttempt.run(
        record.attempt,
        record.provider,
        record.userId,
        record.subject,
        orNull(record.reference),
        record.details ? JSON.stringify(record.details) : null,
        record.createdAt,
        orNull(record.expiresAt),
      );
    },
    getAttempt(attempt) {
      const row = getAttempt.get(attempt);
      if (!row) return undefined;
      const record = {attempt: row.attempt, provider: row.provider, userId: row.user_id, subject: row.subject, createdAt: Number(row.created_at)};
      if (row.reference !== null) record.reference = row.reference;
      if (row.details !== null) record.details = JSON.parse(row.details);
      if (row.expires_at !== null) record.expiresAt = Number(row.expires_at);
      return record;
    },
    putVerdict(subject, verdict) {
      const result = putVerdict.run(
        subject,
        verdict.provider,
        verdict.status,
        orNull(verdict.code),
        orNull(verdict.message),
        verdict.retryable === undefined ? null : verdict.retryable ? 1 : 0,
        verdict.at,
        orNull(verdict.eventId),
      );
      return Number(result.changes) > 0;
    },
    getVerdict(subject) {
      const row = getVerdict.get(subject);
      if (!row) return undefined;
      const verdict = {status: row.status, provider: row.provider, at: Number(row.at)};
      for (const [key, column] of [['code', 'code'], ['message', 'message'], ['eventId', 'event_id']]) {
        const value = orUndefined(row[column]);
        if (value !== undefined) verdict[key] = value;
      }
      if (row.retryable !== null) verdict.retryable = Boolean(row.retryable);
      return verdict;
    },
  };
}
