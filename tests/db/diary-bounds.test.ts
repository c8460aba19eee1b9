// Bounds on what the diary stores (DIARY_LIMITS), checked where rows are
// written; the engine's friendly reply when a value is refused, with nothing
// of the turn kept; employer names in any script; names from a request that
// are the names of built-in properties. On SQLite and, with the suite on
// PostgreSQL, there (where a 20-digit count used to overflow an integer).
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIARY_LIMITS } from '../../src/content/diary-bounds.ts';
import { migrate } from '../../src/db/connect.ts';
import { correctEntry, DiaryValueError, findOrCreateEmployer, insertEntry, nameKey } from '../../src/db/diary.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import type { CostValues, HandinValues, HoursValues, OrderValues, PaymentValues } from '../../src/diary/ledger.ts';
import { translator } from '../../src/flows/messages/index.ts';
import { datasetByName, exportDataset, throwawayPseudonymizer } from '../../src/research/datasets.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { addWorker } from '../helpers/research.ts';

const at = '2026-11-28T03:00:00.000Z';

let t: TestDb;
let employer: number;
beforeEach(async () => {
  t = await testDb();
  await addWorker(t.db, 'w1');
  employer = await findOrCreateEmployer(t.db, 'w1', 'Bu Yati', at);
});
afterEach(async () => {
  await t.close();
});

const order = (over: Partial<OrderValues> = {}): OrderValues => ({
  employer_id: employer,
  product: 'sandal',
  unit: 'pasang',
  quantity_count: 60,
  quantity_pieces: 60,
  rate_amount: 2000,
  rate_per: 'pasang',
  received_on: '2026-11-28',
  due_on: null,
  written_agreement: null,
  materials_from_employer: null,
  ...over,
});
const payment = (over: Partial<PaymentValues> = {}): PaymentValues => ({
  employer_id: employer,
  order_id: null,
  kind: 'pay',
  amount: 100_000,
  deduction: 0,
  kasbon_repaid: 0,
  paid_on: '2026-11-28',
  ...over,
});
const hours = (over: Partial<HoursValues> = {}): HoursValues => ({
  worked_on: '2026-11-28',
  minutes: 300,
  order_id: null,
  helpers: 0,
  child_helper: null,
  ...over,
});
const cost = (over: Partial<CostValues> = {}): CostValues => ({
  category: 'bahan',
  amount: 10_000,
  spent_on: '2026-11-28',
  ...over,
});

async function refusal(p: Promise<unknown>): Promise<DiaryValueError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DiaryValueError);
  return err as DiaryValueError;
}

async function diaryRows(): Promise<number> {
  let n = 0;
  for (const table of ['orders', 'handins', 'payments', 'work_hours', 'costs', 'diary_corrections'] as const)
    n += (await t.db.selectFrom(table).select('id').execute()).length;
  return n;
}

describe('insertEntry and correctEntry keep figures inside DIARY_LIMITS', () => {
  it('stores values at the limits', async () => {
    const o = await insertEntry(
      t.db,
      'w1',
      'order',
      order({
        quantity_count: DIARY_LIMITS.quantity,
        quantity_pieces: DIARY_LIMITS.pieces,
        rate_amount: DIARY_LIMITS.rupiah,
      }),
      at,
    );
    const h: HandinValues = {
      order_id: o,
      handed_in_on: '2026-11-28',
      delivered_pieces: DIARY_LIMITS.pieces,
      rejected_pieces: DIARY_LIMITS.pieces,
    };
    await insertEntry(t.db, 'w1', 'handin', h, at);
    await insertEntry(
      t.db,
      'w1',
      'payment',
      payment({ amount: DIARY_LIMITS.rupiah, deduction: DIARY_LIMITS.rupiah, kasbon_repaid: DIARY_LIMITS.rupiah }),
      at,
    );
    await insertEntry(t.db, 'w1', 'hours', hours({ minutes: 24 * 60, helpers: DIARY_LIMITS.helpers }), at);
    await insertEntry(t.db, 'w1', 'cost', cost({ amount: DIARY_LIMITS.rupiah }), at);
    const row = await t.db.selectFrom('orders').selectAll().executeTakeFirstOrThrow();
    expect(row.quantity_pieces).toBe(1_000_000);
    expect(row.rate_amount).toBe(1_000_000_000);
  });

  it('refuses a 20-digit count, 1e308, infinity, a fraction or a negative, and writes nothing', async () => {
    const cases: [Promise<unknown>, string, string][] = [
      [insertEntry(t.db, 'w1', 'order', order({ quantity_pieces: 1e20 }), at), 'quantity_pieces', 'pieces'],
      [insertEntry(t.db, 'w1', 'order', order({ quantity_count: 1e21 }), at), 'quantity_count', 'quantity'],
      [insertEntry(t.db, 'w1', 'order', order({ rate_amount: 1e308 }), at), 'rate_amount', 'rupiah'],
      [insertEntry(t.db, 'w1', 'order', order({ rate_count: 2 ** 31 }), at), 'rate_count', 'rateCount'],
      [insertEntry(t.db, 'w1', 'order', order({ quantity_pieces: 1.5 }), at), 'quantity_pieces', 'other'],
      [insertEntry(t.db, 'w1', 'order', order({ product: 'x'.repeat(201) }), at), 'product', 'text'],
      [insertEntry(t.db, 'w1', 'order', order({ unit: 'constructor' as never }), at), 'unit', 'other'],
      [insertEntry(t.db, 'w1', 'order', order({ received_on: '2026-02-30' }), at), 'received_on', 'other'],
      [insertEntry(t.db, 'w1', 'payment', payment({ amount: Number.POSITIVE_INFINITY }), at), 'amount', 'other'],
      [insertEntry(t.db, 'w1', 'payment', payment({ amount: Number.NaN }), at), 'amount', 'other'],
      [insertEntry(t.db, 'w1', 'payment', payment({ deduction: -5000 }), at), 'deduction', 'other'],
      [insertEntry(t.db, 'w1', 'payment', payment({ kind: '__proto__' as never }), at), 'kind', 'other'],
      [insertEntry(t.db, 'w1', 'hours', hours({ minutes: 9999999 * 60 }), at), 'minutes', 'minutes'],
      [insertEntry(t.db, 'w1', 'hours', hours({ helpers: 31 }), at), 'helpers', 'helpers'],
      [insertEntry(t.db, 'w1', 'cost', cost({ amount: 1e20 }), at), 'amount', 'rupiah'],
      [insertEntry(t.db, 'w1', 'cost', cost({ category: 'toString' as never }), at), 'category', 'other'],
    ];
    for (const [p, field, limit] of cases) {
      const err = await refusal(p);
      expect([err.field, err.limit], err.message).toEqual([field, limit]);
    }
    expect(await diaryRows()).toBe(0);
  });

  it('refuses a correction beyond the limits and leaves the row and its trail as they were', async () => {
    const id = await insertEntry(t.db, 'w1', 'payment', payment(), at);
    const err = await refusal(correctEntry(t.db, 'w1', 'payment', id, { amount: 1e20 }, at));
    expect(err.max).toBe(DIARY_LIMITS.rupiah);
    await refusal(correctEntry(t.db, 'w1', 'payment', id, { deduction: 10, amount: 1e308 }, at));
    const row = await t.db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.amount, row.deduction]).toEqual([100_000, 0]);
    expect(await t.db.selectFrom('diary_corrections').select('id').execute()).toEqual([]);
    expect(await correctEntry(t.db, 'w1', 'payment', id, { amount: 150_000 }, at)).toBe(1);
  });
});

describe('employer names in any script', () => {
  it('keeps letters of every script in the key, and matches as before for Latin names', async () => {
    expect(nameKey('Bu  Yati!')).toBe('bu yati');
    expect(nameKey('Bú Yáti')).toBe('bu yati');
    expect(nameKey('ＢＵ　ＹＡＴＩ')).toBe('bu yati');
    expect(nameKey('Bu Yati ❤️')).toBe('bu yati');
    expect(nameKey('بو ياتي')).toBe('بو ياتي');
    expect(nameKey('王老板')).toBe('王老板');
    expect(nameKey('ꦧꦸꦪꦠꦶ')).toBe('ꦧꦸꦪꦠꦶ');
    expect(nameKey('!!!')).toBe('');
  });

  it('three employers named in Arabic, Chinese and Javanese script are three, each found again', async () => {
    const names = ['بو ياتي', '王老板', 'ꦧꦸꦪꦠꦶ'];
    const ids = [];
    for (const n of names) ids.push(await findOrCreateEmployer(t.db, 'w1', n, at));
    expect(new Set([employer, ...ids]).size).toBe(4);
    for (const [i, n] of names.entries()) expect(await findOrCreateEmployer(t.db, 'w1', ` ${n}! `, at)).toBe(ids[i]);
    const rows = await t.db.selectFrom('employers').select(['name', 'name_key']).orderBy('id').execute();
    expect(rows.map((r) => r.name)).toEqual(['Bu Yati', ...names]);
    expect(rows.every((r) => r.name_key !== '')).toBe(true);
  });

  it('a name with no letter or digit, or longer than the limit, is refused', async () => {
    expect((await refusal(findOrCreateEmployer(t.db, 'w1', '!!!', at))).field).toBe('employer');
    expect((await refusal(findOrCreateEmployer(t.db, 'w1', 'y'.repeat(201), at))).limit).toBe('text');
  });

  it('the migration gives employers saved with an empty key their key', async () => {
    await t.db
      .insertInto('employers')
      .values({ worker_id: 'w1', name: '王老板', name_key: '', created_at: at })
      .execute();
    await (t.db as unknown as Kysely<any>)
      .deleteFrom('kysely_migration')
      .where('name', '=', '0104_employer_name_keys')
      .execute();
    expect(await migrate(t.db, migrations)).toEqual(['0104_employer_name_keys']);
    const keys = await t.db.selectFrom('employers').select('name_key').orderBy('id').execute();
    expect(keys.map((k) => k.name_key)).toEqual(['bu yati', '王老板']);
  });
});

describe('the engine and a refused figure', () => {
  it('answers with what the limit is, keeps nothing of the turn, and the next entry is saved', async () => {
    const phone = new Phone(t.db, 'ibu-bounds');
    await phone.onboard();
    await phone.send('order 99999999999999999999 pasang sandal 2rb/pasang');
    let reply = await phone.send('王老板'); // a new employer, created in the same turn as the order
    for (let i = 0; i < 6 && !/tidak bisa disimpan/.test(reply); i++) reply = await phone.send('1');
    expect(reply).toBe(
      'Maaf, catatan ini tidak bisa disimpan: Jumlah barang paling banyak 1.000.000.\n' +
        'Catatan itu dibuang, tidak ada yang tersimpan. Silakan ketik ulang dengan angka yang benar.',
    );
    const worker = await t.db
      .selectFrom('channel_identities')
      .select('worker_id')
      .where('channel_user_id', '=', 'ibu-bounds')
      .executeTakeFirstOrThrow();
    // Nothing of the refused turn: no order, no new employer; the entry in progress is gone.
    expect(await t.db.selectFrom('orders').select('id').execute()).toEqual([]);
    expect(
      await t.db.selectFrom('employers').select('name').where('worker_id', '=', worker.worker_id).execute(),
    ).toEqual([]);
    const conv = await t.db
      .selectFrom('conversations')
      .selectAll()
      .where('worker_id', '=', worker.worker_id)
      .executeTakeFirst();
    expect(conv?.flow ?? null).toBeNull();

    // The message itself was handled once: sent again (the same id), it gets no second answer.
    const again = 'same-message-id';
    expect(await phone.send('menu', again)).toMatch(/^Menu Upahku/);
    expect(await phone.send('menu', again)).toBe('');

    for (const text of ['order 100 pasang sandal 2rb/pasang', '王老板', '1']) reply = await phone.send(text);
    expect(reply).toMatch(/Order tersimpan/);
  });

  it('in English too', () => {
    const t = translator('en');
    expect(t('entryRefused', { limit: 'rupiah', max: DIARY_LIMITS.rupiah })).toMatch(
      /^Sorry, this entry cannot be saved: An amount of money is at most Rp1,000,000,000\.\n/,
    );
    expect(t('entryRefused', { limit: 'other', max: null })).toMatch(/does not make sense/);
  });
});

describe('names from a request that are names of built-ins', () => {
  it('resolve to nothing: no language, message, or data set called "constructor"', async () => {
    for (const lang of ['constructor', '__proto__', 'toString']) expect(translator(lang)('yes')).toBe('Ya');
    expect(() => (translator('id') as (k: string) => string)('constructor')).toThrow(/No message "constructor"/);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(datasetByName(name)).toBeUndefined();
      await expect(
        exportDataset(name, 'csv', { db: t.db, pseudonym: throwawayPseudonymizer(), now: new Date(at), k: 5 }),
      ).rejects.toThrow(/Unknown data set/);
    }
  });
});
