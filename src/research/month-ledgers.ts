// What the monthly observations read of each worker's diary, for every
// research subject at once: the ledger texts her diary keeps by month
// (diary_months, src/db/diary-months.ts), one text per worker read in one
// query (src/research/packed.ts). Days are numbers YYYYMMDD (so a month is
// day / 100); a hand-in carries its accepted pieces and their value at its
// order's rate. Undone rows are left out, as in her ledger.
import type { Db } from '../db/connect.ts';
import { LEDGER_WIDTH } from '../db/diary-months.ts';
import type { Ledger } from '../diary/ledger.ts';
import { acceptedOf, handinValue } from '../diary/summary.ts';
import { monthTextsByWorker } from './packed.ts';
import { digitsOfDay } from './weeks.ts';

export interface MonthOrder {
  id: number;
  employerId: number;
  receivedOn: number;
  quantityPieces: number;
  writtenAgreement: boolean | null;
}

export interface MonthHandin {
  /** 0 (no order) when its order was undone: it dates her diary and counts for nothing. */
  orderId: number;
  handedInOn: number;
  /** Accepted pieces (delivered less rejected, never below 0). */
  pieces: number;
  /** Their value at the order's quoted rate. */
  value: number;
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
  const orders = new Map(l.orders.map((o) => [o.id, o]));
  return {
    employers: l.employers.map((e) => e.id),
    orders: l.orders.map((o) => ({
      id: o.id,
      employerId: o.employerId,
      receivedOn: digitsOfDay(o.receivedOn),
      quantityPieces: o.quantityPieces,
      writtenAgreement: o.writtenAgreement,
    })),
    handins: l.handins.map((h) => {
      const o = orders.get(h.orderId);
      return {
        orderId: o ? h.orderId : 0,
        handedInOn: digitsOfDay(h.handedInOn),
        pieces: o ? acceptedOf(h) : 0,
        value: o ? handinValue(h, o) : 0,
      };
    }),
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
 * Her employers are those her entries name (one named by none never counts).
 */
export async function loadMonthLedgers(db: Db, include?: string): Promise<(id: string) => MonthLedger> {
  const texts = await monthTextsByWorker(db, 'ledger', { include });
  return (id) => monthLedgerOfText(texts.get(id));
}

/** Her ledger from the ledger texts of her months (src/db/diary-months.ts says what they hold). */
export function monthLedgerOfText(text: string | undefined): MonthLedger {
  const l: MonthLedger = { employers: [], orders: [], handins: [], payments: [], minutes: new Map(), costs: new Map() };
  if (text === undefined) return l;
  const employers = new Set<number>();
  // Records by their kind (the first number): fields by place, not destructured; this runs a million times.
  const f = new Array<number>(8).fill(0);
  let k = 0;
  let need = 1;
  let v = 0;
  let negative = false;
  let inNumber = false;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : SPACE;
    if (c >= ZERO && c <= NINE) {
      v = v * 10 + (c - ZERO);
      inNumber = true;
      continue;
    }
    if (c === MINUS && !inNumber) {
      negative = true;
      continue;
    }
    if (!inNumber) continue;
    f[k++] = negative ? -v : v;
    v = 0;
    negative = false;
    inNumber = false;
    if (k === 1) need = LEDGER_WIDTH[f[0] as 1] ?? 1;
    if (k < need) continue;
    k = 0;
    switch (f[0]) {
      case 1:
        l.orders.push({
          id: f[1]!,
          employerId: f[2]!,
          receivedOn: f[3]!,
          quantityPieces: f[4]!,
          writtenAgreement: flag(f[5]!),
        });
        employers.add(f[2]!);
        break;
      case 2:
        l.handins.push({ orderId: f[1]!, handedInOn: f[2]!, pieces: f[3]!, value: f[4]! });
        break;
      case 3:
        l.payments.push({
          employerId: f[1]!,
          orderId: f[2]! === 0 ? null : f[2]!,
          pay: f[3] === 1,
          amount: f[5]!,
          deduction: f[6]!,
          kasbonRepaid: f[7]!,
          paidOn: f[4]!,
        });
        employers.add(f[1]!);
        break;
      case 4:
        l.minutes.set(f[1]!, (l.minutes.get(f[1]!) ?? 0) + f[3]!);
        break;
      case 5:
        l.costs.set(f[1]!, (l.costs.get(f[1]!) ?? 0) + f[3]!);
        break;
    }
  }
  l.employers = [...employers].sort((a, b) => a - b);
  return l;
}

const ZERO = 48;
const NINE = 57;
const SPACE = 32;
const MINUS = 45;
