// Fuzzing the real engine: whatever she types (any Unicode, control
// characters, very long lines, names of built-in properties, numbers far too
// large), among diary words and "1" confirmations, handle() does not throw,
// every message gets a reply, and nothing stored goes beyond DIARY_LIMITS.
// Runs on PostgreSQL too when the suite does (UPAHKU_TEST_DB=postgres).
// FUZZ_RUNS and FUZZ_SEED repeat or widen a run.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIARY_LIMITS } from '../../src/content/diary-bounds.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb, testsOnPostgres } from '../helpers/db.ts';

let t: TestDb;
beforeAll(async () => {
  t = await testDb();
});
afterAll(async () => {
  await t?.close();
});

const PROTO_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
  'CONSTRUCTOR',
  'Constructor',
];

const HUGE = [
  '99999999999999999999',
  '1e308',
  '1e309',
  '-1e308',
  '9999999',
  '4294967296',
  '2147483648',
  '9007199254740993',
  '0.0000001',
  'NaN',
  'Infinity',
  '-5000',
  '99999999999rb',
  '999999999 juta',
  '1.000.000.000.000',
  '１２３４５６７８９０１２３４５６７８９０',
  '٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩',
];

const DIARY = [
  'order 3 kodi sandal 2rb/pasang dari Bu Yati',
  'order 100 pasang sandal 2rb/pasang dari bu yati',
  'setor 58 retur 2',
  'setor 40 pasang',
  'dibayar 100rb',
  'dibayar 80rb dari bu yati',
  'kasbon 50rb',
  'kerja 5 jam',
  'kerja 30 jam minggu ini',
  'biaya lem 10rb',
  'beli benang 5rb',
  'menu',
  'rekap',
  'rekap bulan ini',
  'ubah',
  'batal',
  'bandingkan',
  'dataku',
  'bpjs',
  'pengingat',
  'bahasa',
  'bantuan',
  'tanya apakah upah saya wajar?',
  'hapus',
  'berhenti',
  'mulai',
  'halo',
];

/** What a huge number, a name of a built-in or a script of its own looks like in a diary sentence. */
const TEMPLATES: ((n: string, name: string) => string)[] = [
  (n) => `setor ${n}`,
  (n) => `dibayar ${n}`,
  (n) => `kasbon ${n}`,
  (n) => `kerja ${n} jam`,
  (n) => `biaya listrik ${n}`,
  (n, name) => `order ${n} pasang sandal 2rb/pasang dari ${name}`,
  (n, name) => `order 10 pasang ${name} ${n}/pasang dari bu yati`,
  (n) => `order 5 kodi sandal ${n} per pasang dari bu yati`,
  (n) => `setor ${n} retur ${n}`,
  (n) => `dibayar ${n} potong ${n}`,
  (n, name) => `dibayar ${n} dari ${name}`,
  (_n, name) => name,
  (n) => n,
];

const NAMES = [...PROTO_NAMES, 'bu yati', 'بو ياتي', '王老板', 'ꦧꦸꦪꦠꦶ', 'Бу Яти', '', '\u202Eitay ub', 'x'.repeat(300)];

const controlChars = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0, max: 0x1f }),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.constantFrom(0x200b, 0x200e, 0x202e, 0x2066, 0xfeff, 0x00ad, 0x2028, 0x2029, 0xfffd, 0xd800, 0xdfff),
    )
    .map((c) => String.fromCharCode(c)),
  maxLength: 30,
});

const longLine = fc
  .tuple(
    fc.constantFrom('x', '9', 'kerja ', 'setor 1', '🧵', 'ꦧ', '\u0301', ' ', '\n', 'constructor '),
    fc.integer({ min: 200, max: 6000 }),
  )
  .map(([s, n]) => s.repeat(n));

/** A diary sentence with a figure far too large, a built-in's name or a name in another script. */
const oddEntry = fc.oneof(
  fc
    .tuple(fc.constantFrom(...TEMPLATES), fc.constantFrom(...HUGE), fc.constantFrom(...NAMES))
    .map(([f, n, name]) => f(n, name)),
  fc
    .tuple(fc.constantFrom(...TEMPLATES), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.constantFrom(...NAMES))
    .map(([f, n, name]) => f(String(n), name)),
);

/** One message on its own. */
const message: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('1', '1', '1', '2', '0', '3', '9') },
  { weight: 4, arbitrary: fc.constantFrom(...DIARY) },
  { weight: 4, arbitrary: oddEntry },
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_NAMES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: controlChars },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...DIARY), controlChars).map(([d, c]) => `${d}${c}`) },
  { weight: 1, arbitrary: longLine },
);

/** Answers to the questions an entry asks: mostly "1" all the way to "saved". */
const answers = fc.oneof(
  { weight: 2, arbitrary: fc.constant(['1', '1', '1', '1', '1', '1']) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('1', '1', '1', '2', '0', '12'), { minLength: 1, maxLength: 6 }) },
);

/** A few messages in a row: an entry and its answers, or one message. */
const turns: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(oddEntry, answers).map(([e, a]) => [e, ...a]) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...DIARY), answers).map(([e, a]) => [e, ...a]) },
  { weight: 5, arbitrary: message.map((m) => [m]) },
);

/** Every stored diary value inside DIARY_LIMITS (and whole where it is stored whole). */
async function rowsOutsideLimits(): Promise<string[]> {
  const db = t.db;
  const bad: string[] = [];
  const check = (table: string, row: Record<string, unknown>, column: string, max: number, whole = true) => {
    const v = Number(row[column]);
    if (!Number.isFinite(v) || v < 0 || v > max || (whole && !Number.isInteger(v)))
      bad.push(`${table}.${column} = ${String(row[column])}`);
  };
  for (const o of await db.selectFrom('orders').selectAll().execute()) {
    check('orders', o, 'quantity_count', DIARY_LIMITS.quantity, false);
    check('orders', o, 'quantity_pieces', DIARY_LIMITS.pieces);
    check('orders', o, 'rate_amount', DIARY_LIMITS.rupiah);
    check('orders', o, 'rate_per_piece', DIARY_LIMITS.rupiah);
    check('orders', o, 'rate_count', DIARY_LIMITS.rateCount);
    if ([...o.product].length > DIARY_LIMITS.text) bad.push(`orders.product of ${[...o.product].length} characters`);
  }
  for (const h of await db.selectFrom('handins').selectAll().execute()) {
    check('handins', h, 'delivered_pieces', DIARY_LIMITS.pieces);
    check('handins', h, 'rejected_pieces', DIARY_LIMITS.pieces);
  }
  for (const p of await db.selectFrom('payments').selectAll().execute()) {
    for (const c of ['amount', 'deduction', 'kasbon_repaid'] as const) check('payments', p, c, DIARY_LIMITS.rupiah);
  }
  for (const h of await db.selectFrom('work_hours').selectAll().execute()) {
    check('work_hours', h, 'minutes', DIARY_LIMITS.minutes);
    check('work_hours', h, 'helpers', DIARY_LIMITS.helpers);
  }
  for (const c of await db.selectFrom('costs').selectAll().execute()) check('costs', c, 'amount', DIARY_LIMITS.rupiah);
  for (const e of await db.selectFrom('employers').selectAll().execute()) {
    if ([...e.name].length > DIARY_LIMITS.text) bad.push(`employers.name of ${[...e.name].length} characters`);
    if (!e.name_key) bad.push(`employers.name_key empty for ${JSON.stringify(e.name)}`);
  }
  return bad;
}

/** One worker's messages. */
const conversation = fc.array(turns, { minLength: 1, maxLength: 5 }).map((groups) => groups.flat());

let run = 0;

it('no message makes the engine throw, each gets a reply, and nothing stored exceeds the bounds', async () => {
  const numRuns = Number(process.env.FUZZ_RUNS) || (testsOnPostgres ? 100 : 200);
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  await fc.assert(
    fc.asyncProperty(fc.boolean(), conversation, async (onboarded, messages) => {
      const phone = new Phone(t.db, `fuzz-${++run}`);
      if (onboarded) await phone.onboard();
      for (const text of messages) {
        let reply: string;
        try {
          reply = await phone.send(text);
        } catch (err) {
          throw new Error(`handle() threw on ${JSON.stringify(text.slice(0, 200))}: ${(err as Error).stack}`);
        }
        expect(reply, `no reply to ${JSON.stringify(text.slice(0, 200))}`).not.toBe('');
      }
      expect(await rowsOutsideLimits()).toEqual([]);
    }),
    { numRuns, seed, endOnFailure: !process.env.FUZZ_SHRINK },
  );
}, 120_000);

it('the worst of it, in one conversation: refused figures are told, not stored, and the next entry works', async () => {
  const phone = new Phone(t.db, 'fuzz-fixed');
  await phone.onboard();
  const refused = /tidak bisa disimpan/;
  expect(await phone.send('order 99999999999999999999 pasang sandal 2rb/pasang dari bu yati')).toMatch(/Betul\?/);
  let reply = '';
  for (let i = 0; i < 6 && !refused.test(reply); i++) reply = await phone.send('1');
  expect(reply).toMatch(/Jumlah barang paling banyak 1\.000\.000/);
  for (const text of [
    'dibayar 1e308',
    'kerja 9999999 jam',
    'biaya listrik 99999999999999999999',
    'constructor',
    '__proto__',
  ]) {
    expect(await phone.send(text)).not.toBe('');
    for (let i = 0; i < 4; i++) expect(await phone.send('1')).not.toBe('');
  }
  // After all that, an ordinary order is saved as usual.
  await phone.send('batal');
  for (const text of ['order 100 pasang sandal 2rb/pasang dari bu yati', '1']) reply = await phone.send(text);
  expect(reply).toMatch(/Order tersimpan/);
  expect(await rowsOutsideLimits()).toEqual([]);
}, 60_000);
