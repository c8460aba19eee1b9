// `upahku db copy`: a populated SQLite deployment moved to PostgreSQL, every
// table equal row for row, and back again.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.ts';
import { CopyError, copyDatabase, dependencyOrder, tableDigests, userTables } from '../../src/db/copy.ts';
import { enqueue } from '../../src/db/outbox.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';

function cli(args: string[]): Promise<{ out: string; err: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/upahku.js', ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out, err, code: code ?? -1 }));
  });
}

/** A deployment that has seen some life: every table of the foundation holds rows. */
async function populate(db: Db): Promise<void> {
  const sri = new Phone(db, 'sri-628123');
  await sri.onboard();
  await sri.send('Rp 50.000 "kodi" 🙂\nbaris dua');
  const ani = new Phone(db, 'ani', 'web');
  await ani.onboard({ lang: 'en', research: false });
  const dewi = new Phone(db, 'dewi');
  await dewi.onboard();
  await dewi.send('HAPUS');
  await dewi.send('1');
  const eka = new Phone(db, 'eka');
  await eka.send('halo');
  await eka.send('1');
  await eka.send('2'); // refuses: an anonymous consent event remains
  const fitri = new Phone(db, 'fitri');
  await fitri.send('halo'); // stays mid-onboarding: a conversation row
  for (let i = 0; i < 25; i++) await sri.send(`pesan ${i} ${'x'.repeat(i * 40)}`);
  const ids = await enqueue(
    db,
    [
      {
        channel: 'telegram',
        address: '628123',
        workerId: null,
        kind: 'broadcast',
        text: 'Info BPJS',
        options: [{ key: '1', label: 'Ya' }],
      },
      { channel: 'telegram', address: '628123', workerId: null, kind: 'reminder', text: 'Jangan lupa' },
    ],
    '2026-11-28T03:00:00.000Z',
  );
  await db
    .updateTable('outbox')
    .set({ status: 'failed', attempts: 8, last_error: 'gave up: ECONNRESET' })
    .where('id', '=', ids[0]!)
    .execute();
  await db
    .updateTable('channel_identities')
    .set({ unreachable: 1, alt_user_id: '628123@s.whatsapp.net' })
    .where('channel_user_id', '=', 'sri-628123')
    .execute();
}

/**
 * Two rows in every table the conversations above left empty (tables other
 * areas add), built from the columns SQLite declares: unique text and numbers,
 * nulls where allowed, foreign keys pointing at existing parent rows.
 */
async function fillEmptyTables(db: Db): Promise<void> {
  const q = db as unknown as Kysely<any>;
  const names = (await userTables(q)).map((t) => t.name);
  const refs = new Map<string, Set<string>>();
  const fks = new Map<string, { from: string; table: string; to: string }[]>();
  for (const name of names) {
    const list = (
      await sql<{ from: string; table: string; to: string }>`select * from pragma_foreign_key_list(${name})`.execute(q)
    ).rows;
    fks.set(name, list);
    refs.set(name, new Set(list.map((f) => f.table)));
  }
  for (const name of dependencyOrder(refs)) {
    const n = await q
      .selectFrom(name)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(n.n) > 0) continue;
    const cols = (
      await sql<{
        name: string;
        type: string;
        notnull: number;
        pk: number;
        dflt_value: unknown;
      }>`select * from pragma_table_info(${name})`.execute(q)
    ).rows;
    for (const i of [0, 1]) {
      const row: Record<string, unknown> = {};
      for (const c of cols) {
        const fk = fks.get(name)!.find((f) => f.from === c.name);
        const integer = /int/i.test(c.type);
        const real = /real|floa|doub|num|dec/i.test(c.type);
        if (c.pk && integer && cols.filter((x) => x.pk).length === 1) continue; // auto-numbered
        if (fk) {
          // Row i points at the parent's row i where there is one: composite keys stay unique.
          const parents = await q.selectFrom(fk.table).select(fk.to).orderBy(fk.to).limit(2).execute();
          const parent = parents[i] ?? parents[0]!;
          row[c.name] = i === 1 && !c.notnull && !c.pk ? null : parent[fk.to];
        } else if (i === 1 && !c.notnull && !c.pk) row[c.name] = null;
        else row[c.name] = integer ? i : real ? i + 0.25 : `${name}.${c.name}.${i} "é🙂"`;
      }
      await q.insertInto(name).values(row).execute();
    }
  }
}

/** Every row of a table, in an order that does not depend on the database. */
async function contents(db: Db, table: string): Promise<Record<string, unknown>[]> {
  const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
  const canonical = (r: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(r)
        .sort()
        .map((k) => [k, r[k]]),
    );
  return rows.sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
}

describe('dependency order', () => {
  it('puts parents before children and refuses a cycle', () => {
    const refs = new Map([
      ['outbox', new Set(['workers'])],
      ['workers', new Set<string>()],
      ['tree', new Set(['tree', 'workers'])],
      ['a_child', new Set(['outbox'])],
    ]);
    const order = dependencyOrder(refs);
    expect(order.indexOf('workers')).toBeLessThan(order.indexOf('outbox'));
    expect(order.indexOf('outbox')).toBeLessThan(order.indexOf('a_child'));
    expect(order).toHaveLength(4);
    expect(() =>
      dependencyOrder(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['a'])],
        ]),
      ),
    ).toThrow(CopyError);
  });
});

describeWith(hasPostgres, POSTGRES, 'npx upahku db copy (SQLite to PostgreSQL)', () => {
  let source: TestDb;
  let target: TestDb;
  beforeEach(async () => {
    source = await testDb({ kind: 'sqlite' });
    target = await testDb({ kind: 'postgres' });
  });
  afterEach(async () => {
    await source.close();
    await target.close();
  });

  it('copies every table with equal counts and contents, and refuses a non-empty target without --force', async () => {
    await populate(source.db);
    await fillEmptyTables(source.db);
    const tables = (await userTables(source.db)).map((t) => t.name);
    const before = await tableDigests(source.db);
    expect(before.filter((d) => d.rows === 0).map((d) => d.table)).toEqual([]);

    const r = await cli(['db', 'copy', '--from', source.url, '--to', target.url, '--batch-size', '7']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/counts and checksums equal/);
    expect(r.out).not.toContain(':upahku@'); // the password is not printed
    for (const t of tables) expect(r.out).toMatch(new RegExp(`${t}\\s+\\d+ rows\\s+[0-9a-f]{16}\\s+ok`));
    // Parents before children.
    expect(r.out.indexOf('workers ')).toBeLessThan(r.out.indexOf('channel_identities'));

    expect(await tableDigests(target.db)).toEqual(before);
    for (const t of tables) expect(await contents(target.db, t), t).toEqual(await contents(source.db, t));

    // The moved deployment keeps working: new rows get fresh ids after the copied ones.
    const maxId = (
      await target.db
        .selectFrom('inbound_messages')
        .select((eb) => eb.fn.max('id').as('m'))
        .executeTakeFirstOrThrow()
    ).m;
    const newcomer = new Phone(target.db, 'newcomer');
    expect(await newcomer.send('halo')).toMatch(/Pilih bahasa/);
    const fresh = await target.db
      .selectFrom('inbound_messages')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirstOrThrow();
    expect(fresh.m).toBe(Number(maxId) + 1);
    const sri = new Phone(target.db, 'sri-628123');
    expect(await sri.send('DATAKU')).toMatch(/Kecamatan: Pare/);

    const again = await cli(['db', 'copy', '--from', source.url, '--to', target.url]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^Not copied: the target already holds data .*Use --force/);
    expect(await target.db.selectFrom('workers').selectAll().execute()).toHaveLength(4); // 3 copied + the newcomer

    const forced = await copyDatabase({ from: source.url, to: target.url, force: true });
    expect(new Map(forced.map((f) => [f.table, f.rows]))).toEqual(new Map(before.map((b) => [b.table, b.rows])));
    expect(await tableDigests(target.db)).toEqual(before);

    // And back to a new SQLite file: the same digests.
    const back = join(source.dir, 'back.sqlite');
    const reports = await copyDatabase({ from: target.url, to: back, batchSize: 5 });
    expect(
      reports
        .map(({ table, rows, checksum }) => ({ table, rows, checksum }))
        .sort((a, b) => a.table.localeCompare(b.table)),
    ).toEqual([...before].sort((a, b) => a.table.localeCompare(b.table)));
  }, 120_000);

  it('writes nothing when what arrives differs from what was read', async () => {
    await populate(source.db);
    // Something on the server alters rows on the way in: the checksum must catch it.
    await sql`create function upahku_t_mangle() returns trigger language plpgsql as
      $$ begin new.text := new.text || '!'; return new; end $$`.execute(target.db);
    await sql`create trigger mangle before insert on outbox for each row execute function upahku_t_mangle()`.execute(
      target.db,
    );
    await expect(copyDatabase({ from: source.url, to: target.url })).rejects.toThrow(
      /outbox: the copy does not match .*no rows were copied/,
    );
    for (const t of await userTables(target.db)) {
      expect(
        await target.db
          .selectFrom(t.name as 'workers')
          .selectAll()
          .execute(),
        t.name,
      ).toEqual([]);
    }
  });

  it('names the table when an old SQLite file holds a value PostgreSQL will not take', async () => {
    await populate(source.db);
    // SQLite keeps text in an integer column; PostgreSQL refuses it.
    await sql`update outbox set attempts = 'many' where id = (select max(id) from outbox)`.execute(source.db);
    const r = await cli(['db', 'copy', '--from', source.url, '--to', target.url]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Not copied: outbox: invalid input syntax for type bigint: "many"; no rows were copied/);
    expect(await target.db.selectFrom('workers').selectAll().execute()).toEqual([]);
  });

  it('refuses a source that is missing, not migrated to this version, or the target itself', async () => {
    await expect(copyDatabase({ from: join(source.dir, 'none.sqlite'), to: target.url })).rejects.toThrow(
      /does not exist/,
    );
    await (source.db as Kysely<any>).deleteFrom('kysely_migration').where('name', '=', '0001_foundation').execute();
    await expect(copyDatabase({ from: source.url, to: target.url })).rejects.toThrow(
      /not up to date .*npx upahku migrate --db/,
    );
    await expect(copyDatabase({ from: target.url, to: target.url })).rejects.toThrow(/same database/);
    expect(await target.db.selectFrom('workers').selectAll().execute()).toEqual([]);
  });
});
