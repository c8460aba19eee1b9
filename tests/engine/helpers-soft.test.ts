// Who helped with the hours, through the real engine: the hours are saved at
// once with who helped not said (NULL), no conversation is left open, and the
// soft question after saving is answered by her next message only; on SQLite
// and (when TEST_DATABASE_URL names a server) on PostgreSQL. And the migration
// that made work_hours.helpers nullable, on an older database of each.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDb } from '../../src/db/connect.ts';
import { findOrCreateEmployer, insertEntry, loadLedger } from '../../src/db/diary.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { exportRows } from '../../src/research/diary-export.ts';
import { pseudonymizer } from '../../src/research/pseudonym.ts';
import { type TestDb, testDb, testsOnPostgres } from '../helpers/db.ts';
import { diaryPhone } from '../helpers/diary.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';
import { createPgSchema } from '../helpers/pg.ts';
import { addWorker } from '../helpers/research.ts';

const SOFT_HELPERS = 'Ada keluarga yang ikut bantu? Ketik jumlahnya, 0 kalau tidak ada.';
const SOFT_CHILD = 'Ada anak di bawah 15 th yang ikut bantu? 1 Ya 2 Tidak';

function checks(kind: () => 'sqlite' | 'postgres') {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb({ kind: kind() });
  });
  afterEach(async () => {
    await t.close();
  });

  async function phone(lang: 'id' | 'en' = 'id') {
    const p = await diaryPhone(t, 'sri-0812', { lang });
    const open = async () =>
      t.db.selectFrom('conversations').select(['flow', 'step']).where('worker_id', '=', p.workerId).execute();
    const trail = async () =>
      (
        await t.db
          .selectFrom('diary_corrections')
          .select(['entity', 'field', 'old_value', 'new_value'])
          .where('worker_id', '=', p.workerId)
          .orderBy('id')
          .execute()
      ).map((r) => [r.entity, r.field, r.old_value, r.new_value]);
    return { ...p, open, trail };
  }

  it('hours reported and nothing more are saved at once, who helped not said, and nothing is left open', async () => {
    const { say, rows, open } = await phone();
    expect(await say('hari ini ngelem sepatu dari jam 8 sampai 11, terus lanjut jam 1 sampai jam 3')).toContain(
      'Dibantu keluarga: belum disebut',
    );
    const saved = await say('1');
    expect(saved).toMatch(/^Tersimpan: 5 jam, hari ini, 28\/11/);
    expect(saved.endsWith(SOFT_HELPERS)).toBe(true);
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300, helpers: null, child_helper: null }]);
    expect(await open()).toEqual([]);
  });

  it('in English: "worked from 8 pm to half past 12", saved, nothing left open', async () => {
    const { say, rows, open } = await phone('en');
    expect(await say('worked from 8 pm to half past 12')).toContain('Family helpers: not said');
    expect(await say('yes')).toMatch(/Did any family help\? Type how many, 0 if none\.$/);
    expect(await rows('work_hours')).toMatchObject([{ minutes: 270, helpers: null }]);
    expect(await open()).toEqual([]);
  });

  it('"0" after saving: nobody helped, on the saved row, kept in the history', async () => {
    const { say, rows, open, trail } = await phone();
    await say('kerja 5 jam', '1');
    expect(await say('0')).toBe('Dicatat di jam kerja hari ini, 28/11: tidak ada yang bantu.');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300, helpers: 0, child_helper: 0 }]);
    expect(await trail()).toEqual([
      ['hours', 'helpers', 'null', '0'],
      ['hours', 'child_helper', 'null', '0'],
    ]);
    expect(await open()).toEqual([]);
    // Asked once: a second "0" is what it always was.
    expect(await say('0')).toMatch(/Balas dengan angka/);
    expect(await trail()).toHaveLength(2);
  });

  it('"2", then "2" to the child question: two helpers, no child among them', async () => {
    const { say, rows, open } = await phone();
    await say('kerja 6 jam', '1');
    const two = await say('2');
    expect(two).toBe(`Dicatat di jam kerja hari ini, 28/11: dibantu 2 orang.\n${SOFT_CHILD}`);
    expect(await rows('work_hours')).toMatchObject([{ helpers: 2, child_helper: null }]);
    expect(await say('2')).toBe('Dicatat di jam kerja hari ini, 28/11: tidak ada anak di bawah 15 th.');
    expect(await rows('work_hours')).toMatchObject([{ helpers: 2, child_helper: 0 }]);
    expect(await open()).toEqual([]);
  });

  it('"dibantu anakku umur 9": one helper, a child under 15', async () => {
    const { say, rows } = await phone();
    await say('kerja 4 jam', '1');
    expect(await say('dibantu anakku umur 9')).toBe(
      'Dicatat di jam kerja hari ini, 28/11: dibantu 1 orang, ada anak di bawah 15 th.',
    );
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240, helpers: 1, child_helper: 1 }]);
  });

  it('a child said in the entry is recorded at once; an age unclear is asked softly', async () => {
    const { say, rows } = await phone();
    expect(await say('kerja 3 jam dibantu anakku umur 10', '1')).not.toContain(SOFT_CHILD);
    expect(await say('kerja 2 jam dibantu adikku', '1')).toMatch(/Ada anak di bawah 15 th yang ikut bantu\?/);
    expect(await say('1')).toBe('Dicatat di jam kerja hari ini, 28/11: ada anak di bawah 15 th.');
    expect(await rows('work_hours')).toMatchObject([
      { minutes: 180, helpers: 1, child_helper: 1 },
      { minutes: 120, helpers: 1, child_helper: 1 },
    ]);
  });

  it('a new entry instead goes through; the hours keep who helped not said, and a later "0" is not about them', async () => {
    const { say, rows, open, trail } = await phone();
    await say('kerja 5 jam', '1');
    expect(await say('biaya listrik 20rb')).toMatch(/Cek dulu, biaya/);
    expect(await say('1')).toMatch(/Biaya bulan ini: Rp20.000/);
    await say('0');
    expect(await rows('work_hours')).toMatchObject([{ helpers: null, child_helper: null }]);
    expect(await rows('costs')).toMatchObject([{ amount: 20_000 }]);
    expect(await trail()).toEqual([]);
    expect(await open()).toEqual([]);
  });

  it('too late: an answer more than a quarter of an hour after goes through as usual', async () => {
    const { say, rows, clock } = await phone();
    await say('kerja 5 jam', '1');
    clock.advance(16 * 60_000);
    expect(await say('dewe')).not.toMatch(/Dicatat di jam kerja/);
    expect(await rows('work_hours')).toMatchObject([{ helpers: null }]);
  });

  it('hours undone before the answer: nothing to answer', async () => {
    const { say, rows } = await phone();
    await say('kerja 5 jam', '1');
    await t.db.updateTable('work_hours').set({ voided_at: '2026-11-28T03:00:01.000Z' }).execute();
    expect(await say('0')).not.toMatch(/Dicatat di jam kerja/);
    expect(await rows('work_hours')).toMatchObject([{ helpers: null }]);
  });

  it('research exports leave who helped empty when not said; REKAP counts only days she said help', async () => {
    const { say, workerId } = await phone();
    await say('kerja 5 jam', '1', 'rekap');
    await say('kerja 3 jam dibantu suami', '1');
    const pseudo = pseudonymizer('test-secret-0123456789abcdef');
    const hours = await exportRows(t.db, 'hours', pseudo);
    expect(hours.map((h) => [h.hours, h.helpers, h.child_under_15]).sort()).toEqual([
      [3, 1, 0],
      [5, null, null],
    ]);
    const ledger = await loadLedger(t.db, workerId);
    expect(ledger.hours.map((h) => h.helpers)).toEqual([null, 1]);
    expect(await say('rekap')).toMatch(/Dibantu keluarga: 1 hari/);
  });

  it('the migration keeps every row of work_hours, and lets who helped be not said', async () => {
    const earlier = Object.fromEntries(Object.entries(migrations).filter(([n]) => n !== '0704_helpers_not_said'));
    const schema = kind() === 'postgres' ? await createPgSchema() : null;
    const db = openDb(schema ? schema.url : join(t.dir, 'older.sqlite'));
    const at = '2026-11-20T03:00:00.000Z';
    try {
      await migrate(db, earlier);
      await addWorker(db, 'w1');
      const e = await findOrCreateEmployer(db, 'w1', 'Bu Yati', at);
      const order = await insertEntry(
        db,
        'w1',
        'order',
        {
          employer_id: e,
          product: 'sandal',
          unit: 'kodi',
          quantity_count: 1,
          quantity_pieces: 20,
          rate_amount: 4000,
          rate_per: 'kodi',
          received_on: '2026-11-20',
          due_on: null,
          written_agreement: null,
          materials_from_employer: null,
        },
        at,
      );
      const old = db as any;
      // Before: who helped not said was the default, 0.
      await old
        .insertInto('work_hours')
        .values({
          worker_id: 'w1',
          worked_on: '2026-11-20',
          minutes: 300,
          order_id: order,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await old
        .insertInto('work_hours')
        .values({
          worker_id: 'w1',
          worked_on: '2026-11-21',
          minutes: 120,
          helpers: 2,
          child_helper: 1,
          created_at: at,
          updated_at: at,
          voided_at: at,
        })
        .execute();
      expect(await migrate(db)).toEqual(['0704_helpers_not_said']);
      const rows = await old.selectFrom('work_hours').selectAll().orderBy('id').execute();
      expect(rows.map((r: Record<string, unknown>) => ({ ...r, id: Number(r.id) }))).toMatchObject([
        { worked_on: '2026-11-20', minutes: 300, order_id: order, helpers: 0, child_helper: null, voided_at: null },
        { worked_on: '2026-11-21', minutes: 120, order_id: null, helpers: 2, child_helper: 1, voided_at: at },
      ]);
      // Not said is stored as not said; ids go on after the old rows; the order's hours still point at it.
      const id = await insertEntry(
        db,
        'w1',
        'hours',
        { worked_on: '2026-11-22', minutes: 60, order_id: order, helpers: null, child_helper: null },
        at,
      );
      expect(id).toBeGreaterThan(Number(rows[1].id));
      expect((await loadLedger(db, 'w1')).hours.map((h) => [h.minutes, h.helpers])).toEqual([
        [300, 0],
        [60, null],
      ]);
      // A row without who helped is not said, not 0: no default any more.
      await old
        .insertInto('work_hours')
        .values({ worker_id: 'w1', worked_on: '2026-11-23', minutes: 30, created_at: at, updated_at: at })
        .execute();
      expect(
        await old.selectFrom('work_hours').select('helpers').where('worked_on', '=', '2026-11-23').executeTakeFirst(),
      ).toEqual({ helpers: null });
      // Her rows go with her (the foreign key to workers is kept).
      await old.deleteFrom('workers').where('id', '=', 'w1').execute();
      expect(await old.selectFrom('work_hours').selectAll().execute()).toEqual([]);
      expect(await old.selectFrom('workers').select('soft_question').execute()).toEqual([]);
    } finally {
      await db.destroy();
      await schema?.drop();
    }
  });
}

describe(`who helped, softly, on the suite's database (${testsOnPostgres ? 'postgres' : 'sqlite'})`, () => {
  checks(() => (testsOnPostgres ? 'postgres' : 'sqlite'));
});

if (!testsOnPostgres) {
  describeWith(hasPostgres, POSTGRES, 'who helped, softly, on PostgreSQL', () => {
    checks(() => 'postgres');
  });
}
