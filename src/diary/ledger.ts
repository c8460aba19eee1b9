// One worker's diary as plain data: what the `diary` fact loads and what the
// flows and the summary arithmetic read. Voided rows are not in it.
import type { UnitCode } from '../parse/units.ts';
import { ratePerPiece } from './rate.ts';

export interface EmployerRec {
  id: number;
  name: string;
}

export interface OrderRec {
  id: number;
  employerId: number;
  product: string;
  unit: UnitCode;
  /** As she said it: 3 (kodi). */
  quantityCount: number;
  quantityPieces: number;
  /**
   * The rate as quoted: rateAmount rupiah per rateCount `ratePer` (4000 per 1 kodi, 10000 per 3 pasang).
   * Both null while the rate is not known yet (she took the order before being told): see hasRate.
   */
  rateAmount: number | null;
  ratePer: UnitCode | null;
  /** How many `ratePer` the amount is for: 1 unless she quoted "per 3 pasang", "per seribu". */
  rateCount: number;
  /** rateAmount / (rateCount x pieces in ratePer), rounded half up: stored for research; null without a rate. */
  ratePerPiece: number | null;
  receivedOn: string;
  dueOn: string | null;
  writtenAgreement: boolean | null;
  materialsFromEmployer: boolean | null;
  createdAt: string;
}

export interface HandinRec {
  id: number;
  orderId: number;
  handedInOn: string;
  /** Everything she handed in, the rejected pieces included. */
  deliveredPieces: number;
  rejectedPieces: number;
  createdAt: string;
}

export type PaymentKind = 'pay' | 'kasbon';

export interface PaymentRec {
  id: number;
  employerId: number;
  orderId: number | null;
  kind: PaymentKind;
  /** Cash she received. */
  amount: number;
  /** Withheld for other reasons (rejects, materials): informational. */
  deduction: number;
  /** Withheld to settle an earlier kasbon: informational, the kasbon itself was cash received. */
  kasbonRepaid: number;
  paidOn: string;
  createdAt: string;
}

export interface HoursRec {
  id: number;
  workedOn: string;
  minutes: number;
  orderId: number | null;
  /** Family members who helped; null when she did not say. */
  helpers: number | null;
  childHelper: boolean | null;
  createdAt: string;
}

import type { CostCategory } from '../content/cost-words.ts';

export { COST_CATEGORIES, type CostCategory } from '../content/cost-words.ts';

export interface CostRec {
  id: number;
  category: CostCategory;
  amount: number;
  spentOn: string;
  createdAt: string;
}

export type DiaryEntity = 'order' | 'handin' | 'payment' | 'hours' | 'cost';

export interface Ledger {
  employers: EmployerRec[];
  orders: OrderRec[];
  handins: HandinRec[];
  payments: PaymentRec[];
  hours: HoursRec[];
  costs: CostRec[];
  /** "entity:id" of rows that were corrected at least once. */
  corrected: string[];
}

/** An order whose rate is known. */
export type RatedOrder = OrderRec & { rateAmount: number; ratePer: UnitCode; ratePerPiece: number };

/** Whether the order's rate is known (she may have taken it before being told). */
export function hasRate(o: OrderRec): o is RatedOrder {
  return o.rateAmount !== null && o.ratePer !== null;
}

export function emptyLedger(): Ledger {
  return { employers: [], orders: [], handins: [], payments: [], hours: [], costs: [], corrected: [] };
}

// The columns of a new or corrected row, as stored (snake_case, like the tables).
export interface OrderValues {
  employer_id: number;
  product: string;
  unit: UnitCode;
  quantity_count: number;
  quantity_pieces: number;
  /** Both null: the rate is not known yet. */
  rate_amount: number | null;
  rate_per: UnitCode | null;
  /** How many rate_per the amount is for; absent means 1. */
  rate_count?: number;
  received_on: string;
  due_on: string | null;
  written_agreement: boolean | null;
  materials_from_employer: boolean | null;
}
export interface HandinValues {
  order_id: number;
  handed_in_on: string;
  delivered_pieces: number;
  rejected_pieces: number;
}
export interface PaymentValues {
  employer_id: number;
  order_id: number | null;
  kind: PaymentKind;
  amount: number;
  deduction: number;
  kasbon_repaid: number;
  paid_on: string;
}
export interface HoursValues {
  worked_on: string;
  minutes: number;
  order_id: number | null;
  /** null: not said. */
  helpers: number | null;
  child_helper: boolean | null;
}
export interface CostValues {
  category: CostCategory;
  amount: number;
  spent_on: string;
}

export interface EntityValues {
  order: OrderValues;
  handin: HandinValues;
  payment: PaymentValues;
  hours: HoursValues;
  cost: CostValues;
}

// The rows of new entries as ledger records, for replies that count an entry before it is saved (with an id
// of its own choosing, negative for rows that are not in the database yet).
export function orderRec(id: number, employerId: number, v: OrderValues): OrderRec {
  const rateCount = v.rate_count ?? 1;
  return {
    id,
    employerId,
    product: v.product,
    unit: v.unit,
    quantityCount: v.quantity_count,
    quantityPieces: v.quantity_pieces,
    rateAmount: v.rate_amount,
    ratePer: v.rate_per,
    rateCount,
    ratePerPiece:
      v.rate_amount === null || v.rate_per === null ? null : ratePerPiece(v.rate_amount, v.rate_per, rateCount),
    receivedOn: v.received_on,
    dueOn: v.due_on,
    writtenAgreement: v.written_agreement,
    materialsFromEmployer: v.materials_from_employer,
    createdAt: '',
  };
}

export function paymentRec(id: number, employerId: number, v: PaymentValues): PaymentRec {
  return {
    id,
    employerId,
    orderId: v.order_id,
    kind: v.kind,
    amount: v.amount,
    deduction: v.deduction,
    kasbonRepaid: v.kasbon_repaid,
    paidOn: v.paid_on,
    createdAt: '',
  };
}

export function handinRec(id: number, v: HandinValues): HandinRec {
  return {
    id,
    orderId: v.order_id,
    handedInOn: v.handed_in_on,
    deliveredPieces: v.delivered_pieces,
    rejectedPieces: v.rejected_pieces,
    createdAt: '',
  };
}

export function hoursRec(id: number, v: HoursValues): HoursRec {
  return {
    id,
    workedOn: v.worked_on,
    minutes: v.minutes,
    orderId: v.order_id,
    helpers: v.helpers,
    childHelper: v.child_helper,
    createdAt: '',
  };
}

export function costRec(id: number, v: CostValues): CostRec {
  return { id, category: v.category, amount: v.amount, spentOn: v.spent_on, createdAt: '' };
}
