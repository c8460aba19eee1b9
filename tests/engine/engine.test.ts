import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAndMigrate } from '../../src/db/connect.ts';
import { parentTables } from '../../src/db/dialect.ts';
import { WORKER_TABLES } from '../../src/db/erase.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { recordNames } from '../../src/flows/messages/settings.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { rowsContaining } from '../helpers/rows.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

describe('engine on a real SQLite file', () => {
  it('processes the same external message id once', async () => {
    const p = new Phone(t.db, 'ani');
    expect(await p.send('halo', 'dup-1')).toMatch(/Pilih bahasa/);
    expect(await p.send('halo', 'dup-1')).toBe('');
    const inbound = await t.db.selectFrom('inbound_messages').selectAll().execute();
    expect(inbound).toHaveLength(1);
    expect(await t.db.selectFrom('outbox').selectAll().execute()).toHaveLength(1);
  });

  it('resumes the conversation after the process restarts between two messages', async () => {
    const p1 = new Phone(t.db, 'budi');
    await p1.send('halo');
    await p1.send('1');
    await t.db.destroy();
    // A new process: a new connection and a new engine on the same file.
    t.db = await openAndMigrate(t.url);
    const p2 = new Phone(t.db, 'budi');
    expect(await p2.send('1')).toMatch(/penelitian/);
    const w = await t.db.selectFrom('workers').selectAll().executeTakeFirstOrThrow();
    expect(w.status).toBe('active');
    expect(w.consent_version).toBe('2026-11-v1');
  });

  it('stores the worker profile and consent events of a full onboarding', async () => {
    const p = new Phone(t.db, 'citra');
    await p.onboard();
    const w = await t.db.selectFrom('workers').selectAll().executeTakeFirstOrThrow();
    expect(w).toMatchObject({
      status: 'active',
      lang: 'id',
      kecamatan: 'Pare',
      product: 'alas_kaki',
      research_consent: 1,
      opted_out: 0,
    });
    const events = await t.db.selectFrom('consent_events').select(['kind', 'decision']).orderBy('id').execute();
    expect(events).toEqual([
      { kind: 'diary', decision: 'yes' },
      { kind: 'research', decision: 'yes' },
    ]);
    expect(await t.db.selectFrom('conversations').selectAll().execute()).toEqual([]);
  });

  it('HAPUS leaves no row of that worker in any table, and others are untouched', async () => {
    const other = new Phone(t.db, 'other-user');
    await other.onboard();
    const p = new Phone(t.db, 'dewi-6281234');
    await p.onboard();
    await p.send('BERHENTI');
    const { id } = await t.db
      .selectFrom('workers')
      .select('id')
      .where('kecamatan', '=', 'Pare')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const mine = await t.db
      .selectFrom('channel_identities')
      .select('worker_id')
      .where('channel_user_id', '=', 'dewi-6281234')
      .executeTakeFirstOrThrow();
    expect(await p.send('HAPUS')).toMatch(/Hapus SEMUA/);
    expect(await p.send('1')).toMatch(/sudah dihapus/);
    expect(await rowsContaining(t.db, [mine.worker_id, 'dewi-6281234'])).toEqual([]);
    expect(await t.db.selectFrom('workers').selectAll().execute()).toHaveLength(1);
    void id;
    // She can start again from scratch.
    expect(await p.send('halo')).toMatch(/Pilih bahasa/);
  });

  it('a refusal keeps only the anonymous refusal', async () => {
    const p = new Phone(t.db, 'eka-0812');
    await p.send('halo');
    await p.send('1');
    expect(await p.send('2')).toMatch(/tidak disimpan/);
    expect(await rowsContaining(t.db, ['eka-0812'])).toEqual([]);
    expect(await t.db.selectFrom('workers').selectAll().execute()).toEqual([]);
    const events = await t.db.selectFrom('consent_events').selectAll().execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ worker_id: null, kind: 'diary', decision: 'no' });
  });

  it('every table with a worker_id column, after all migrations, is erased by HAPUS and named in DATAKU', async () => {
    // The check is only as good as the schema it sees: every area's migration has run.
    const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.db);
    expect(ran.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    const tables = await t.db.introspection.getTables();
    const withWorker = tables.filter((x) => x.columns.some((c) => c.name === 'worker_id')).map((x) => x.name);
    expect(withWorker.length).toBeGreaterThanOrEqual(16);
    expect([...WORKER_TABLES].sort()).toEqual([...withWorker].sort());
    for (const table of WORKER_TABLES) {
      expect(recordNames[table]?.id, `DATAKU name of ${table}`).toBeTruthy();
      expect(recordNames[table]?.en, `DATAKU name of ${table}`).toBeTruthy();
    }
    // Children before parents: a table is erased before any table it refers to.
    for (const table of WORKER_TABLES) {
      for (const parent of await parentTables(t.db, table)) {
        if (WORKER_TABLES.includes(parent))
          expect(WORKER_TABLES.indexOf(parent), `${table} -> ${parent}`).toBeGreaterThan(WORKER_TABLES.indexOf(table));
      }
    }
  });

  it('bad input changes nothing it should not and the conversation stays usable', async () => {
    const p = new Phone(t.db, 'fitri');
    await p.onboard();
    const before = await t.db.selectFrom('workers').selectAll().executeTakeFirstOrThrow();
    for (const bad of [
      '',
      '   ',
      'x'.repeat(10_000),
      '🙂🙂',
      '\u200b\u200f',
      "1'; DROP TABLE workers;--",
      '<img src=x onerror=alert(1)>',
      '999',
    ]) {
      const r = await p.send(bad);
      expect(r.length).toBeGreaterThan(0);
      expect(r.length).toBeLessThan(1000);
    }
    const after = await t.db.selectFrom('workers').selectAll().executeTakeFirstOrThrow();
    expect({ ...after, last_active_at: '', updated_at: '' }).toEqual({
      ...before,
      last_active_at: '',
      updated_at: '',
    });
    expect(await p.send('menu')).toMatch(/Menu Upahku/);
    const longest = await t.db
      .selectFrom('inbound_messages')
      .select((eb) => eb.fn.max(eb.fn('length', ['text'])).as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(longest.n)).toBeLessThanOrEqual(4000);
  });

  it('DATAKU shows what is stored about her', async () => {
    const p = new Phone(t.db, 'gita');
    await p.onboard();
    const r = await p.send('DATAKU');
    expect(r).toMatch(/Kecamatan: Pare/);
    expect(r).toMatch(/Pesan dari Anda: 7/);
    expect(r).toMatch(/Catatan persetujuan: 2/);
  });

  it('a worker on one channel is a different person from the same id on another', async () => {
    const a = new Phone(t.db, 'same', 'terminal');
    const b = new Phone(t.db, 'same', 'web');
    await a.onboard();
    expect(await b.send('halo')).toMatch(/Pilih bahasa/);
    expect(await t.db.selectFrom('workers').selectAll().execute()).toHaveLength(2);
  });
});
