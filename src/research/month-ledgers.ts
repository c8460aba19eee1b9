// What the monthly observations read of each worker's diary, for every
// research subject at once: one query per diary table (src/research/packed.ts),
// only the columns the figures use, days as numbers YYYYMMDD (so a month is
// day / 100). Undone rows are left out, as in her ledger.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Ledger } from '../diary/ledger.ts';
import { UNITS, type UnitCode } from '../parse/units.ts';
import { eachEntry, field, packedByWorker, unitIndex } from './packed.ts';
import { digitsOfDay } from './weeks.ts';

export interface MonthOrder {
  id: number;
  employerId: number;
  receivedOn: number;
  quantityPieces: number;
  rateAmount: number;
  ratePer: UnitCode;
  /** rateAmount is for rateCount ratePer (see OrderRec). */
  rateCount: number;
  /** The stored per-piece rate (not read for the figures, which value work at the quoted rate). */
  ratePerPiece?: number;
  writtenAgreement: boolean | null;
}

export interface MonthHandin {
  orderId: number;
  handedInOn: number;
  deliveredPieces: number;
  rejectedPieces: number;
}

export interface MonthPayment {
  employerId: number;
  orderId: number | null;
  /** Pay for work (not a kasbon). */
  pay: boolean;
  amount: number;
  /** Kept back for materials, rejects, fines: settles part of what she earned. */
  deduction: number;
  kasbonRepaid: number;
  paidOn: number;
}

export interface MonthLedger {
  employers: number[];
  orders: MonthOrder[];
  handins: MonthHandin[];
  payments: MonthPayment[];
  /** Minutes of the hours written for days in a month (YYYYMM); months without hours absent. */
  minutes: Map<number, number>;
  /** Costs dated in a month (YYYYMM); months without costs absent. */
  costs: Map<number, number>;
}

/** Adds `v` to a month's total. */
function addTo(m: Map<number, number>, day: number, v: number): void {
  const month = Math.floor(day / 100);
  m.set(month, (m.get(month) ?? 0) + v);
}

function totals(entries: [day: number, v: number][]): Map<number, number> {
  const m = new Map<number, number>();
  for (const [day, v] of entries) addTo(m, day, v);
  return m;
}

/** Her ledger in this shape (what the loader gives for her, read the slow way). */
export function monthLedgerOf(l: Ledger): MonthLedger {
  return {
    employers: l.employers.map((e) => e.id),
    orders: l.orders.map((o) => ({
      id: o.id,
      employerId: o.employerId,
      receivedOn: digitsOfDay(o.receivedOn),
      quantityPieces: o.quantityPieces,
      rateAmount: o.rateAmount,
      ratePer: o.ratePer,
      rateCount: o.rateCount,
      ratePerPiece: o.ratePerPiece,
      writtenAgreement: o.writtenAgreement,
    })),
    handins: l.handins.map((h) => ({
      orderId: h.orderId,
      handedInOn: digitsOfDay(h.handedInOn),
      deliveredPieces: h.deliveredPieces,
      rejectedPieces: h.rejectedPieces,
    })),
    payments: l.payments.map((p) => ({
      employerId: p.employerId,
      orderId: p.orderId,
      pay: p.kind === 'pay',
      amount: p.amount,
      deduction: p.deduction,
      kasbonRepaid: p.kasbonRepaid,
      paidOn: digitsOfDay(p.paidOn),
    })),
    minutes: totals(l.hours.map((h) => [digitsOfDay(h.workedOn), h.minutes])),
    costs: totals(l.costs.map((c) => [digitsOfDay(c.spentOn), c.amount])),
  };
}

const flag = (v: number) => (v < 0 ? null : v === 1);

/**
 * The ledgers of the research subjects (and `include`): read at once, each
 * worker's made when asked for, so that only one worker's entries are alive at
 * a time (with a million entries, keeping them all busies the garbage collector).
 */
export async function loadMonthLedgers(db: Db, include?: string): Promise<(id: string) => MonthLedger> {
  const read = (table: Parameters<typeof packedByWorker>[1]['table'], fields: ReturnType<typeof field>[]) =>
    packedByWorker(db, { table, fields, include, where: table === 'employers' ? sql`1 = 1` : undefined });
  // Read at once: side by side on PostgreSQL (see workerPanel), one after another on SQLite.
  const [employers, orders, handins, payments, hours, costs] = await Promise.all([
    read('employers', [field('t.id')]),
    read('orders', [
      field('t.id'),
      field('t.employer_id'),
      field('t.received_on'),
      field('t.quantity_pieces'),
      field('t.rate_amount'),
      unitIndex('t.rate_per'),
      field('t.rate_count'),
      field('t.written_agreement', -1),
    ]),
    read('handins', [
      field('t.order_id'),
      field('t.handed_in_on'),
      field('t.delivered_pieces'),
      field('t.rejected_pieces'),
    ]),
    read('payments', [
      field('t.employer_id'),
      field('t.order_id', -1),
      sql`case when t.kind = 'pay' then '1' else '0' end`,
      field('t.amount'),
      field('t.deduction'),
      field('t.kasbon_repaid'),
      field('t.paid_on'),
    ]),
    read('work_hours', [field('t.worked_on'), field('t.minutes')]),
    read('costs', [field('t.spent_on'), field('t.amount')]),
  ]);

  return (id) => {
    const l: MonthLedger = {
      employers: [],
      orders: [],
      handins: [],
      payments: [],
      minutes: new Map(),
      costs: new Map(),
    };
    // Fields by place (f[0] is the first), not destructured: these run once per entry, a million times.
    eachEntry(employers.get(id), 1, (f) => l.employers.push(f[0]!));
    eachEntry(orders.get(id), 8, (f) => {
      const ratePer = UNITS[f[5]!]?.code;
      if (!ratePer) throw new Error(`Unknown unit on order ${f[0]}`);
      l.orders.push({
        id: f[0]!,
        employerId: f[1]!,
        receivedOn: f[2]!,
        quantityPieces: f[3]!,
        rateAmount: f[4]!,
        ratePer,
        rateCount: f[6]!,
        writtenAgreement: flag(f[7]!),
      });
    });
    eachEntry(handins.get(id), 4, (f) =>
      l.handins.push({ orderId: f[0]!, handedInOn: f[1]!, deliveredPieces: f[2]!, rejectedPieces: f[3]! }),
    );
    eachEntry(payments.get(id), 7, (f) =>
      l.payments.push({
        employerId: f[0]!,
        orderId: f[1]! < 0 ? null : f[1]!,
        pay: f[2] === 1,
        amount: f[3]!,
        deduction: f[4]!,
        kasbonRepaid: f[5]!,
        paidOn: f[6]!,
      }),
    );
    eachEntry(hours.get(id), 2, (f) => addTo(l.minutes, f[0]!, f[1]!));
    eachEntry(costs.get(id), 2, (f) => addTo(l.costs, f[0]!, f[1]!));
    return l;
  };
}
