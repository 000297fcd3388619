// The SQLite store example (examples/sqlite-store.mjs): survives a restart, and applies the
// newest-wins / redelivery rule in SQL. Runs on `node:sqlite` (Node ≥ 22.5); on older Node the
// store test is skipped with a message, and the SQL rule is still checked with the sqlite3 CLI when
// it is installed.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {PUT_VERDICT, SCHEMA, sqliteStore} from '../../examples/sqlite-store.mjs';
import {ATTEMPT, ORIGIN, read, server} from './helpers.mjs';

const sqlite = await import('node:sqlite').catch(() => null);
const noSqlite = sqlite ? false : `node:sqlite is missing (Node ${process.version}; it needs Node ≥ 22.5): the SQLite store test is skipped`;
let cli = false;
try {
  execFileSync('sqlite3', ['-version'], {stdio: 'ignore'});
  cli = true;
} catch {
  cli = false;
}

describe('SQLite store example', () => {
  it('keeps attempts and verdicts across a restart, newest event wins', {skip: noSqlite}, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyc-sqlite-'));
    const file = join(dir, 'kyc.db');
    try {
      let db = new sqlite.DatabaseSync(file);
      let store = sqliteStore(db);
      store.saveAttempt({attempt: ATTEMPT, provider: 'sumsub', userId: 'user-42', subject: 'sumsub:user:user-42', createdAt: 1000, details: {a: 'b'}});
      assert.equal(store.putVerdict('sumsub:user:user-42', {provider: 'sumsub', status: 'approved', retryable: false, at: 2000, eventId: 'e1'}), true);
      assert.equal(store.putVerdict('sumsub:user:user-42', {provider: 'sumsub', status: 'approved', retryable: false, at: 2000, eventId: 'e1'}), false);
      assert.equal(store.putVerdict('sumsub:user:user-42', {provider: 'sumsub', status: 'rejected', code: 'FINAL', retryable: false, at: 3000, eventId: 'e2'}), true);
      assert.equal(store.putVerdict('sumsub:user:user-42', {provider: 'sumsub', status: 'approved', retryable: false, at: 2000, eventId: 'e1'}), false);
      db.close();
      db = new sqlite.DatabaseSync(file); // "restart"
      store = sqliteStore(db);
      assert.deepEqual(store.getAttempt(ATTEMPT), {attempt: ATTEMPT, provider: 'sumsub', userId: 'user-42', subject: 'sumsub:user:user-42', createdAt: 1000, details: {a: 'b'}});
      const status = server.createStatusHandler({store, identify: () => ({id: 'user-42'})});
      assert.deepEqual((await read(await status(new Request(`${ORIGIN}/status?attempt=${ATTEMPT}`)))).body, {status: 'rejected', code: 'FINAL', retryable: false});
      db.close();
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('applies the newest-wins and redelivery rule in its upsert (checked with the sqlite3 CLI)', {skip: cli ? false : 'the sqlite3 CLI is not installed'}, () => {
    const put = (status, at, eventId) =>
      `${PUT_VERDICT.replace('VALUES (?, ?, ?, ?, ?, ?, ?, ?)', `VALUES ('s', 'sumsub', '${status}', NULL, NULL, 0, ${at}, '${eventId}')`)};\nSELECT changes();\n`;
    const script = `${SCHEMA}\n${put('approved', 100, 'e1')}${put('approved', 100, 'e1')}${put('rejected', 200, 'e2')}${put('approved', 100, 'e1')}SELECT status FROM kyc_verdicts;\n`;
    const output = execFileSync('sqlite3', [':memory:'], {input: script, encoding: 'utf8'}).trim().split('\n');
    assert.deepEqual(output, ['1', '0', '1', '0', 'rejected']);
  });
});
