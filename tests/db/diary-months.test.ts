// Her monthly sums (diary_months) are kept on every diary write: after any
// sequence of entries, corrections, undos, erasures and merges of two numbers,
// the table is what working it out afresh from the diary gives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkIdentity } from '../../src/bot/whatsapp/identities.ts';
import { correctEntry, findOrCreateEmployer, insertEntry, voidEntry } from '../../src/db/diary.ts';
import { DiaryMonths, monthTexts, PART, readWeeks, rebuildDiaryMonths } from '../../src/db/diary-months.ts';
import { eraseWorker } from '../../src/db/erase.ts';
import type { UnitCode } from '../../src/parse/units.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { addWorker } from '../helpers/research.ts';

/** Deterministic pseudo-random numbers in [0, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 864e5;
const dayAt = (offset: number) => new Date(Date.parse('2026-10-20') + offset * DAY).toISOString().slice(0, 10);

async function table(t: TestDb) {
  return t.db.selectFrom('diary_months').selectAll().orderBy('worker_id').orderBy('month').execute();
}

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

describe('diary_months', () => {
  it('after random entries, corrections, undos and erasures equals the table worked out afresh', async () => {
    const r = rng(19);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    // Days around two month ends (a week split by 1 November, another by 1 December) and written at any hour.
    const day = () => dayAt(Math.floor(r() * 60));
    const instant = (d: string) => `${d}T${String(Math.floor(r() * 24)).padStart(2, '0')}:30:00.000Z`;
    const workers = ['w-a', 'w-b', 'w-c', 'w-d'];
    const live = new Map<
      string,
      { order: number[]; handin: number[]; payment: number[]; hours: number[]; cost: number[] }
    >();
    const employers = new Map<string, number[]>();
    for (const w of workers) {
      await addWorker(t.db, w);
      live.set(w, { order: [], handin: [], payment: [], hours: [], cost: [] });
      employers.set(w, [
        await findOrCreateEmployer(t.db, w, 'Bu Yati', '2026-10-01T01:00:00.000Z'),
        await findOrCreateEmployer(t.db, w, 'Pak Darmo', '2026-10-01T01:00:00.000Z'),
      ]);
    }
    let erased = 0;
    let checked = 0;
    for (let step = 0; step < 400; step++) {
      const w = pick(workers.filter((x) => live.has(x)));
      const mine = live.get(w)!;
      const at = instant(day());
      const roll = r();
      await t.db.transaction().execute(async (trx) => {
        if (roll < 0.55 || !mine.order.length) {
          const kind = mine.order.length ? pick(['order', 'handin', 'payment', 'hours', 'cost'] as const) : 'order';
          if (kind === 'order') {
            const unit: UnitCode = pick(['pcs', 'kodi', 'lusin']);
            const pieces = 10 * (1 + Math.floor(r() * 5));
            mine.order.push(
              await insertEntry(
                trx,
                w,
                'order',
                {
                  employer_id: pick(employers.get(w)!),
                  product: 'sandal',
                  unit: 'pcs',
                  quantity_count: pieces,
                  quantity_pieces: pieces,
                  rate_amount: pick([333, 1500, 7000]),
                  rate_per: unit,
                  rate_count: pick([1, 1, 3]),
                  received_on: day(),
                  due_on: null,
                  written_agreement: pick([null, true, false]),
                  materials_from_employer: null,
                },
                at,
              ),
            );
          } else if (kind === 'handin') {
            const delivered = Math.floor(r() * 30);
            mine.handin.push(
              await insertEntry(
                trx,
                w,
                'handin',
                {
                  order_id: pick(mine.order),
                  handed_in_on: day(),
                  delivered_pieces: delivered,
                  rejected_pieces: r() < 0.2 ? delivered + 1 : Math.floor(r() * 3),
                },
                at,
              ),
            );
          } else if (kind === 'payment') {
            const pay = r() < 0.8;
            mine.payment.push(
              await insertEntry(
                trx,
                w,
                'payment',
                {
                  employer_id: pick(employers.get(w)!),
                  order_id: pay && r() < 0.7 ? pick(mine.order) : null,
                  kind: pay ? 'pay' : 'kasbon',
                  amount: 1000 * Math.floor(r() * 50),
                  deduction: r() < 0.3 ? 500 : 0,
                  kasbon_repaid: r() < 0.2 ? 1000 : 0,
                  paid_on: day(),
                },
                at,
              ),
            );
          } else if (kind === 'hours') {
            mine.hours.push(
              await insertEntry(
                trx,
                w,
                'hours',
                { worked_on: day(), minutes: Math.floor(r() * 600), order_id: null, helpers: 0, child_helper: null },
                at,
              ),
            );
          } else {
            mine.cost.push(
              await insertEntry(
                trx,
                w,
                'cost',
                { category: 'listrik', amount: 1000 * (1 + Math.floor(r() * 20)), spent_on: day() },
                at,
              ),
            );
          }
        } else if (roll < 0.8) {
          const kind = pick((['order', 'handin', 'payment', 'hours', 'cost'] as const).filter((k) => mine[k].length));
          const id = pick(mine[kind]);
          if (kind === 'order')
            await correctEntry(
              trx,
              w,
              'order',
              id,
              pick([
                { rate_amount: pick([250, 4000, 9000]) },
                { rate_per: pick(['pcs', 'kodi', 'lusin'] as const), rate_count: pick([1, 2]) },
                { received_on: day() },
                { employer_id: pick(employers.get(w)!), quantity_pieces: 20 },
                { written_agreement: pick([true, false]) },
                { product: 'tas' },
              ]),
              at,
            );
          else if (kind === 'handin')
            await correctEntry(
              trx,
              w,
              'handin',
              id,
              pick([
                { handed_in_on: day() },
                { delivered_pieces: Math.floor(r() * 40) },
                { rejected_pieces: 1 },
                { order_id: pick(mine.order) },
              ]),
              at,
            );
          else if (kind === 'payment')
            await correctEntry(
              trx,
              w,
              'payment',
              id,
              pick([
                { paid_on: day() },
                { amount: 2500, deduction: 100 },
                { kind: 'kasbon' as const, order_id: null },
                { order_id: pick(mine.order) },
                { employer_id: pick(employers.get(w)!) },
              ]),
              at,
            );
          else if (kind === 'hours')
            await correctEntry(trx, w, 'hours', id, pick([{ worked_on: day() }, { minutes: 75 }, { helpers: 1 }]), at);
          else await correctEntry(trx, w, 'cost', id, pick([{ spent_on: day() }, { amount: 3000 }]), at);
        } else if (roll < 0.985 || erased >= 1) {
          const kind = pick((['order', 'handin', 'payment', 'hours', 'cost'] as const).filter((k) => mine[k].length));
          const id = pick(mine[kind]);
          await voidEntry(trx, w, kind, id, at);
          mine[kind] = mine[kind].filter((x) => x !== id);
          if (kind === 'order') {
            // Her hand-ins of it are undone with it.
            const left = await trx
              .selectFrom('handins')
              .select('id')
              .where('worker_id', '=', w)
              .where('voided_at', 'is', null)
              .execute();
            mine.handin = left.map((h) => h.id);
          }
        } else {
          await eraseWorker(trx, w);
          live.delete(w);
          erased++;
        }
      });
      if (step % 50 === 49) {
        const kept = await table(t);
        await rebuildDiaryMonths(t.db);
        expect(kept).toEqual(await table(t));
        checked++;
      }
    }
    expect(checked).toBe(8);
    expect(erased).toBe(1);
    // The diary reached what the sums are about: undone orders, corrections, weeks split by a month.
    const rows = await table(t);
    expect(rows.length).toBeGreaterThan(8);
    expect(new Set(rows.map((x) => x.worker_id)).size).toBe(3);
    // 1 November 2026 is a Sunday: the week of Monday 26 October is split by the month.
    // (Day numbers: 20758 is 1 November, 20752 Monday 26 October.)
    expect(rows.some((x) => x.month === '2026-11' && x.weeks.startsWith('20758 '))).toBe(true);
    expect(rows.some((x) => x.month === '2026-10' && x.weeks.includes(',20752 '))).toBe(true);
    const corrections = await t.db.selectFrom('diary_corrections').select('action').execute();
    expect(corrections.filter((c) => c.action === 'change').length).toBeGreaterThan(20);
    expect(corrections.filter((c) => c.action === 'void').length).toBeGreaterThan(10);
  });

  it('moves with her diary when two numbers turn out to be one person', async () => {
    const lid = '123456789@lid';
    const pn = '6281200000001@s.whatsapp.net';
    for (const [w, id] of [
      ['w-lid', lid],
      ['w-pn', pn],
    ] as const) {
      await addWorker(t.db, w);
      await t.db
        .insertInto('channel_identities')
        .values({
          worker_id: w,
          channel: 'whatsapp',
          channel_user_id: id,
          unreachable: 0,
          created_at: '2026-09-01T02:00:00.000Z',
          last_seen_at: '2026-09-01T02:00:00.000Z',
        })
        .execute();
      await insertEntry(
        t.db,
        w,
        'hours',
        { worked_on: '2026-11-02', minutes: 120, order_id: null, helpers: 0, child_helper: null },
        '2026-11-02T03:00:00.000Z',
      );
      await insertEntry(
        t.db,
        w,
        'cost',
        { category: 'listrik', amount: 5000, spent_on: w === 'w-lid' ? '2026-11-03' : '2026-12-01' },
        '2026-11-03T03:00:00.000Z',
      );
    }
    await linkIdentity(t.db, { lid, pn }, '2026-12-02T03:00:00.000Z', { create: false });
    const rows = await table(t);
    expect(rows.map((x) => x.worker_id)).toEqual([rows[0]!.worker_id, rows[0]!.worker_id]);
    // Both numbers' hours of 2 November in one part (the week of Monday 2 November, day 20759): minutes and
    // costs (flags 16 + 32), entries about and written on its first two days (3 << 6, 3 << 13); and the
    // costs of 1 December (day 20788, written in November).
    expect(rows.map((x) => [x.month, x.weeks])).toEqual([
      ['2026-11', `20759 ${48 + (3 << 6) + (3 << 13)} 240 5000`],
      ['2026-12', `20788 ${32 + (1 << 6)} 5000`],
    ]);
    await rebuildDiaryMonths(t.db);
    expect(await table(t)).toEqual(rows);
  });
});

describe('the weeks text', () => {
  it('reads back as it was written, days before 1970 and large sums included', () => {
    const d = new DiaryMonths();
    const at = (day: string) => `${day}T10:00:00.000Z`;
    d.hours({ worked_on: '1969-12-30', minutes: 90, created_at: at('1969-12-31') });
    d.cost({ id: 1, spent_on: '2026-11-30', amount: 2_000_000_000, created_at: at('2026-12-01') });
    d.payment({
      id: 1,
      employer_id: 1,
      order_id: null,
      kind: 'kasbon',
      amount: 50_000,
      deduction: 0,
      kasbon_repaid: 0,
      paid_on: '2026-12-06',
      created_at: at('2026-12-07'),
    });
    const text = [...d.months.values()].map((m) => monthTexts(m).weeks).join(',');
    const { parts, count } = readWeeks(text, new Float64Array(PART.WIDTH), 0);
    const read = Array.from({ length: count }, (_, i) =>
      Array.from(parts.subarray(i * PART.WIDTH, (i + 1) * PART.WIDTH)),
    );
    // [start, pieces, earned, paid, deductions, minutes, costs, dated, written]: 1969-12-29 is day -3, a Monday.
    expect(read).toEqual([
      [-3, 0, 0, 0, 0, 90, 0, 1 << 1, 1 << 2],
      [20787, 0, 0, 0, 0, 0, 2_000_000_000, 1, 0],
      [20788, 0, 0, 50_000, 0, 0, 0, 1 << 5, 1],
      [20788 + 6, 0, 0, 0, 0, 0, 0, 0, 1],
    ]);
  });
});
