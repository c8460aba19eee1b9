// HAPUS leaves nothing readable in the SQLite files: her question and her chat
// id are in the database file or its write-ahead log before, in neither after
// (secure_delete overwrites deleted rows, a TRUNCATE checkpoint empties the log).
import { existsSync, readFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openAndMigrate } from '../../src/db/connect.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb({ kind: 'sqlite' });
});
afterEach(async () => {
  await t.close();
});

const CHAT = '918273645777';
const QUESTION = 'Suami saya Sutarjo kerja di pabrik Gudang Garam, apakah ikut?';

/** The bytes of the database file and its log, as latin1 text (UTF-8 ASCII survives). */
function onDisk(): string {
  let all = '';
  for (const f of [t.url, `${t.url}-wal`]) if (existsSync(f)) all += readFileSync(f).toString('latin1');
  return all;
}

it('after HAPUS neither her question text nor her chat id is in the database file or the WAL', async () => {
  const p = new Phone(t.db, CHAT, 'telegram');
  await p.onboard();
  expect(await p.send(`TANYA ${QUESTION}`)).toMatch(/sudah dikirim/);
  // Enough other rows that her deleted ones share pages with rows that stay.
  const other = new Phone(t.db, '123123123', 'telegram');
  await other.onboard();
  const before = onDisk();
  expect(before).toContain(CHAT);
  expect(before).toContain('Sutarjo');

  expect(await p.send('HAPUS')).toMatch(/Hapus SEMUA/);
  // The goodbye is shown (taken from the outbox) with this turn: then nothing may name her.
  expect(await p.send('1')).toMatch(/sudah dihapus/);

  const after = onDisk();
  expect(after).not.toContain(CHAT);
  expect(after).not.toContain('Sutarjo');
  expect(after).not.toContain('Gudang Garam');
  // The other worker is still there, and the file still opens.
  await t.db.destroy();
  t.db = await openAndMigrate(t.url);
  const ids = await t.db.selectFrom('channel_identities').select('channel_user_id').execute();
  expect(ids.map((r) => r.channel_user_id)).toEqual(['123123123']);
});

it('a process reading at the moment of HAPUS delays the emptying of the log, not prevents it', async () => {
  const p = new Phone(t.db, CHAT, 'telegram');
  await p.onboard();
  expect(await p.send(`TANYA ${QUESTION}`)).toMatch(/sudah dikirim/);
  expect(await p.send('HAPUS')).toMatch(/Hapus SEMUA/);
  // Another process (here another connection) holds a read transaction as she confirms.
  const reader = new SQLite(t.url);
  reader.exec('begin');
  reader.prepare('select count(*) from workers').get();
  setTimeout(() => reader.exec('commit'), 50);
  try {
    expect(await p.send('1')).toMatch(/sudah dihapus/);
  } finally {
    if (reader.inTransaction) reader.exec('commit');
    reader.close();
  }
  const after = onDisk();
  expect(after).not.toContain(CHAT);
  expect(after).not.toContain('Sutarjo');
}, 60_000);
