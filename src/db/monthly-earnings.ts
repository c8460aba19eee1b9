// Her net earnings over the last 30 days, from the work diary when it exists:
// the sum of her payments minus the sum of her costs. The diary's tables are
// found by introspection, so this returns null until they exist (and never
// sends a query that fails, which would abort a PostgreSQL transaction).

import { addDays, subDays } from 'date-fns';
import type { Kysely } from 'kysely';
import { wibDate } from '../core/time.ts';
import type { MonthlyEarnings } from '../flows/bpjs/model.ts';
import type { Database } from './schema.ts';

export const EARNINGS_WINDOW_DAYS = 30;

const AMOUNT = ['amount_idr', 'amount', 'net_amount_idr'];
const PAYMENT_DAY = ['paid_on', 'day', 'date', 'paid_at'];
const COST_DAY = ['spent_on', 'day', 'date', 'spent_at'];
// Rows a correction replaced or undid do not count.
const GONE = ['deleted_at', 'voided_at', 'undone_at'];

interface Columns {
  amount: string;
  day: string;
  gone: string[];
}

function columnsOf(cols: string[], days: string[]): Columns | null {
  const amount = AMOUNT.find((c) => cols.includes(c));
  const day = days.find((c) => cols.includes(c));
  if (!amount || !day || !cols.includes('worker_id')) return null;
  return { amount, day, gone: GONE.filter((c) => cols.includes(c)) };
}

async function sumIn(q: Kysely<any>, table: string, c: Columns, workerId: string, from: string, toExcl: string) {
  let query = q
    .selectFrom(table)
    .select((eb) => eb.fn.sum<number | string | null>(c.amount).as('total'))
    .where('worker_id', '=', workerId)
    .where(c.day, '>=', from)
    .where(c.day, '<', toExcl);
  for (const g of c.gone) query = query.where(g, 'is', null);
  const row = await query.executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** Null while the diary's `payments` table does not exist (or has no amount and day column). */
export async function monthlyEarnings(
  q: Kysely<Database>,
  workerId: string,
  now: Date,
): Promise<MonthlyEarnings | null> {
  const tables = await q.introspection.getTables();
  const payments = tables.find((t) => t.name === 'payments');
  if (!payments) return null;
  const pay = columnsOf(
    payments.columns.map((c) => c.name),
    PAYMENT_DAY,
  );
  if (!pay) return null;
  const costsTable = tables.find((t) => t.name === 'costs');
  const cost = costsTable
    ? columnsOf(
        costsTable.columns.map((c) => c.name),
        COST_DAY,
      )
    : null;

  const toDay = wibDate(now);
  const fromDay = wibDate(subDays(now, EARNINGS_WINDOW_DAYS - 1));
  // Exclusive upper bound: works for YYYY-MM-DD days and for ISO instants alike.
  const toExcl = wibDate(addDays(now, 1));
  const any = q as unknown as Kysely<any>;
  const paymentsIdr = await sumIn(any, 'payments', pay, workerId, fromDay, toExcl);
  const costsIdr = cost ? await sumIn(any, 'costs', cost, workerId, fromDay, toExcl) : 0;
  return { netIdr: paymentsIdr - costsIdr, paymentsIdr, costsIdr, fromDay, toDay };
}
