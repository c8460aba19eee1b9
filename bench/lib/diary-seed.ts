// A synthetic diary for the research figures: workers who log orders,
// hand-ins, pay, hours and costs over two years, written in large batches.
// Works on SQLite and PostgreSQL alike (plain kysely inserts).
import { addDays, format } from 'date-fns';
import { PRODUCTS } from '../../src/content/products.ts';
import { REGION } from '../../src/content/region.ts';
import type { Db } from '../../src/db/connect.ts';
import { rebuildDiaryMonths } from '../../src/db/diary-months.ts';
import { pick, rng } from './stats.ts';

export interface SeedSizes {
  workers: number;
  /** Diary entries in all (orders, hand-ins, payments, hours, costs). */
  entries: number;
  /** Length of the diary, in days, ending the day before `end`. */
  days: number;
}

export interface SeedResult {
  entries: Record<string, number>;
  researchWorkers: number;
  firstDay: string;
  lastDay: string;
}

const BATCH = 500;

/** Share of each kind of entry: hours are logged most often, costs least. */
const KINDS: [kind: 'order' | 'handin' | 'payment' | 'hours' | 'cost', weight: number][] = [
  ['order', 0.18],
  ['handin', 0.2],
  ['payment', 0.17],
  ['hours', 0.36],
  ['cost', 0.09],
];

function kindOf(x: number): (typeof KINDS)[number][0] {
  let acc = 0;
  for (const [k, w] of KINDS) if (x < (acc += w)) return k;
  return 'hours';
}

class Batches {
  private readonly pending = new Map<string, Record<string, unknown>[]>();
  readonly counts: Record<string, number> = {};
  constructor(private readonly db: Db) {}
  async add(table: string, row: Record<string, unknown>): Promise<void> {
    let rows = this.pending.get(table);
    if (!rows) this.pending.set(table, (rows = []));
    rows.push(row);
    this.counts[table] = (this.counts[table] ?? 0) + 1;
    if (rows.length >= BATCH) await this.flush(table);
  }
  async flush(table?: string): Promise<void> {
    for (const t of table ? [table] : [...this.pending.keys()]) {
      const rows = this.pending.get(t);
      if (!rows?.length) continue;
      this.pending.set(t, []);
      await this.db
        .insertInto(t as 'orders')
        .values(rows as never)
        .execute();
    }
  }
}

/**
 * Writes `workers` workers (most with research consent) and `entries` diary
 * rows spread evenly over them and over `days` days ending yesterday (days are
 * plain dates), in one transaction. Orders get their ids here so that rows can
 * refer to them before they are written.
 */
export async function seedDiary(db: Db, s: SeedSizes, end = new Date()): Promise<SeedResult> {
  return db.transaction().execute((trx) => seed(trx, s, end));
}

async function seed(db: Db, s: SeedSizes, end: Date): Promise<SeedResult> {
  const r = rng(2026);
  const first = addDays(end, -s.days);
  const day = (offset: number) => format(addDays(first, Math.min(s.days - 1, Math.max(0, offset))), 'yyyy-MM-dd');
  const perWorker = Math.floor(s.entries / s.workers);
  let extra = s.entries - perWorker * s.workers;
  const b = new Batches(db);
  let researchWorkers = 0;
  let employerId = 0;
  let orderId = 0;
  for (let w = 0; w < s.workers; w++) {
    const workerId = `bench-${String(w).padStart(6, '0')}`;
    const joined = Math.floor(r() * s.days * 0.1);
    const at = `${day(joined)}T02:00:00.000Z`;
    const research = r() < 0.8 ? 1 : 0;
    researchWorkers += research;
    await b.add('workers', {
      id: workerId,
      created_at: at,
      updated_at: at,
      lang: 'id',
      status: 'active',
      kecamatan: pick(r, REGION.kecamatan),
      product: pick(r, PRODUCTS).code,
      consent_version: '1',
      consented_at: at,
      research_consent: research,
      opted_out: 0,
      campaign: null,
      last_active_at: at,
    });
    // Parents first: employers and orders are flushed before rows that refer to them.
    const employers = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => ({
      id: ++employerId,
      worker_id: workerId,
      name: `Juragan ${i + 1}`,
      name_key: `juragan ${i + 1}`,
      created_at: at,
    }));
    for (const e of employers) await b.add('employers', e);
    const n = perWorker + (extra-- > 0 ? 1 : 0);
    const span = s.days - joined;
    let open: { id: number; employer: number; pieces: number; rate: number } | null = null;
    const rows: { table: string; row: Record<string, unknown> }[] = [];
    for (let k = 0; k < n; k++) {
      const d = day(joined + Math.floor(((k + r()) * span) / n));
      const ts = `${d}T05:00:00.000Z`;
      let kind = kindOf(r());
      if ((kind === 'handin' || kind === 'payment') && !open) kind = 'order';
      const stamp = { created_at: ts, updated_at: ts, voided_at: null };
      if (kind === 'order') {
        const pieces = 20 * (1 + Math.floor(r() * 10));
        const rate = pick(r, [250, 500, 750, 1000, 1500, 2000]);
        open = { id: ++orderId, employer: pick(r, employers).id, pieces, rate };
        rows.push({
          table: 'orders',
          row: {
            id: open.id,
            worker_id: workerId,
            employer_id: open.employer,
            product: pick(r, ['sandal', 'baju', 'kue', 'tas']),
            unit: 'pcs',
            quantity_count: pieces,
            quantity_pieces: pieces,
            rate_amount: rate,
            rate_per: 'pcs',
            rate_count: 1,
            rate_per_piece: rate,
            received_on: d,
            due_on: null,
            written_agreement: r() < 0.1 ? 1 : 0,
            materials_from_employer: r() < 0.7 ? 1 : 0,
            ...stamp,
          },
        });
      } else if (kind === 'handin') {
        const rejected = r() < 0.2 ? 1 + Math.floor(r() * 3) : 0;
        rows.push({
          table: 'handins',
          row: {
            worker_id: workerId,
            order_id: open!.id,
            handed_in_on: d,
            delivered_pieces: open!.pieces,
            rejected_pieces: rejected,
            ...stamp,
          },
        });
      } else if (kind === 'payment') {
        rows.push({
          table: 'payments',
          row: {
            worker_id: workerId,
            employer_id: open!.employer,
            order_id: open!.id,
            kind: 'pay',
            amount: Math.round(open!.pieces * open!.rate * (r() < 0.2 ? 0.8 : 1)),
            deduction: 0,
            kasbon_repaid: 0,
            paid_on: d,
            ...stamp,
          },
        });
      } else if (kind === 'hours') {
        const helpers = r() < 0.3 ? 1 : 0;
        rows.push({
          table: 'work_hours',
          row: {
            worker_id: workerId,
            worked_on: d,
            minutes: 60 * (2 + Math.floor(r() * 7)),
            order_id: open?.id ?? null,
            helpers,
            child_helper: helpers ? (r() < 0.2 ? 1 : 0) : null,
            ...stamp,
          },
        });
      } else {
        rows.push({
          table: 'costs',
          row: {
            worker_id: workerId,
            category: pick(r, ['listrik', 'bahan', 'transport', 'alat', 'lainnya']),
            amount: 1000 * (5 + Math.floor(r() * 40)),
            spent_on: d,
            ...stamp,
          },
        });
      }
    }
    for (const x of rows) if (x.table === 'orders') await b.add(x.table, x.row);
    await b.flush('workers');
    await b.flush('employers');
    await b.flush('orders');
    for (const x of rows) if (x.table !== 'orders') await b.add(x.table, x.row);
  }
  await b.flush();
  // Written straight into the tables: the monthly sums the diary keeps on each write are worked out at once.
  await rebuildDiaryMonths(db);
  const { workers: _w, employers: _e, ...entries } = b.counts;
  return { entries, researchWorkers, firstDay: day(0), lastDay: day(s.days - 1) };
}
