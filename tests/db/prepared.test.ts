// Queries compiled once and run with new parameters: the same rows as the
// query built afresh, on the suite's database (SQLite, or PostgreSQL under
// `npm run test:pg`).
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/db/connect.ts';
import { prepared } from '../../src/db/prepared.ts';
import { type TestDb, testDb, testsOnPostgres } from '../helpers/db.ts';

const at = '2026-11-28T03:00:00.000Z';

describe(`prepared queries (${testsOnPostgres ? 'postgres' : 'sqlite'})`, () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb();
    for (const [id, status] of [
      ['w1', 'active'],
      ['w2', 'onboarding'],
      ['w3', 'active'],
    ] as const) {
      await t.db
        .insertInto('workers')
        .values({
          id,
          created_at: at,
          updated_at: at,
          lang: 'id',
          status,
          research_consent: 0,
          opted_out: 0,
          last_active_at: at,
        })
        .execute();
    }
  });
  afterEach(async () => {
    await t.close();
  });

  const byStatusAfter = prepared((q, status: 'active' | 'onboarding', after: string) =>
    q.selectFrom('workers').select('id').where('status', '=', status).where('id', '>', after).orderBy('id'),
  );

  it('puts each argument back in its place, call after call', async () => {
    expect(await byStatusAfter(t.db, 'active', 'w0')).toEqual([{ id: 'w1' }, { id: 'w3' }]);
    expect(await byStatusAfter(t.db, 'active', 'w1')).toEqual([{ id: 'w3' }]);
    expect(await byStatusAfter(t.db, 'onboarding', 'w0')).toEqual([{ id: 'w2' }]);
  });

  it('keeps the constants written into the query, and uses one argument in two places', async () => {
    const sameTwice = prepared((q, id: string) =>
      q
        .selectFrom('workers')
        .select('id')
        .where((eb) => eb.or([eb('id', '=', id), eb('campaign', '=', id)]))
        .where('lang', '=', 'id'),
    );
    expect(await sameTwice(t.db, 'w2')).toEqual([{ id: 'w2' }]);
    expect(await sameTwice(t.db, 'w3')).toEqual([{ id: 'w3' }]);
  });

  it('runs inside a transaction and sees its writes; a rollback undoes them', async () => {
    const setLang = prepared((q, lang: string, id: string) =>
      q.updateTable('workers').set({ lang }).where('id', '=', id).returning(['id', 'lang']),
    );
    await expect(
      t.db.transaction().execute(async (trx) => {
        expect(await setLang(trx, 'en', 'w1')).toEqual([{ id: 'w1', lang: 'en' }]);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await t.db.selectFrom('workers').select('lang').where('id', '=', 'w1').executeTakeFirst()).toEqual({
      lang: 'id',
    });
  });

  it('drops U+0000 from arguments, as every other query does', async () => {
    const setCampaign = prepared((q, campaign: string, id: string) =>
      q.updateTable('workers').set({ campaign }).where('id', '=', id),
    );
    await setCampaign(t.db, 'kediri\u0000-1', 'w1');
    const row = await t.db.selectFrom('workers').select('campaign').where('id', '=', 'w1').executeTakeFirst();
    expect(row).toEqual({ campaign: 'kediri-1' });
  });

  it('refuses a query that does not use an argument as a value', async () => {
    const unused = prepared((q, _id: string) => q.selectFrom('workers').select('id'));
    await expect(unused(t.db, 'w1')).rejects.toThrow(/each of its 1 arguments/);
  });
});

describe('the SQLite statement cache', () => {
  it('reuses a statement for the same text and drops the least recently used beyond its size', () => {
    const raw = new SQLite(':memory:');
    try {
      const db = withStatementCache(raw, 2);
      const a = db.prepare('select 1 as v');
      expect(db.prepare('select 1 as v')).toBe(a);
      const b = db.prepare('select 2 as v');
      db.prepare('select 1 as v'); // a is now the most recently used
      db.prepare('select 3 as v'); // over the size: b goes
      expect(db.prepare('select 1 as v')).toBe(a);
      expect(db.prepare('select 2 as v')).not.toBe(b);
      expect(a.all([])).toEqual([{ v: 1 }]);
    } finally {
      raw.close();
    }
  });

  it('tells a reading statement from a writing one, and cleans U+0000 from parameters', () => {
    const raw = new SQLite(':memory:');
    try {
      const db = withStatementCache(raw);
      db.prepare('create table t (x text)').run([]);
      const insert = db.prepare('insert into t (x) values (?)');
      expect(insert.reader).toBe(false);
      insert.run(['a\u0000b']);
      const select = db.prepare('select x from t');
      expect(select.reader).toBe(true);
      expect(select.all([])).toEqual([{ x: 'ab' }]);
    } finally {
      raw.close();
    }
  });

  it('gives a stream a statement of its own, so the same query can run while it is open', () => {
    const raw = new SQLite(':memory:');
    try {
      const db = withStatementCache(raw);
      db.prepare('create table t (x integer)').run([]);
      for (const x of [1, 2, 3]) db.prepare('insert into t (x) values (?)').run([x]);
      const seen: number[] = [];
      for (const row of db.prepare('select x from t order by x').iterate([]) as Iterable<{ x: number }>) {
        seen.push(row.x, (db.prepare('select x from t order by x').all([]) as unknown[]).length);
      }
      expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
    } finally {
      raw.close();
    }
  });
});
