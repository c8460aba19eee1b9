// The monthly observations read every worker's diary at once and work out
// "late or short" once per worker; they must be what the definition gives
// worker by worker and month by month from her ledger (loadLedgers), kept here
// as it was first written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.ts';
import type { Ledger } from '../../src/diary/ledger.ts';
import { employerBalances, handinValue } from '../../src/diary/summary.ts';
import { aggregate, aggregateByCell, aggregateColumns, type Observation } from '../../src/research/aggregate.ts';
import { loadLedgers, researchWorkers } from '../../src/research/ledgers.ts';
import { type MonthLedger, monthLedgerOfText } from '../../src/research/month-ledgers.ts';
import {
  type ObservationFilter,
  observationColumnsFor,
  observationsFor,
  UNKNOWN,
} from '../../src/research/observations.ts';
import { coverageAsOf, lastDayOfMonth, statusRows } from '../../src/research/protection.ts';
import { dayOfInstant, monthOf } from '../../src/research/weeks.ts';
import { umkHourly } from '../../src/research/yardstick.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedMessyDiary } from '../helpers/messy-diary.ts';

/** Her figures for one month, from her ledger. */
function observeMonth(
  l: Ledger,
  month: string,
  o: { worker: string; kecamatan: string | null; product: string | null; overdueDays: number; today: string },
): Omit<Observation, 'bpjsTk' | 'jkn'> | null {
  const inMonth = (day: string) => monthOf(day) === month;
  const orders = new Map(l.orders.map((x) => [x.id, x]));
  const handins = l.handins.filter((h) => inMonth(h.handedInOn) && orders.has(h.orderId));
  const received = l.orders.filter((x) => inMonth(x.receivedOn));
  const hours = l.hours.filter((h) => inMonth(h.workedOn));
  const costs = l.costs.filter((c) => inMonth(c.spentOn));
  const payments = l.payments.filter((p) => inMonth(p.paidOn));
  if (!handins.length && !received.length && !hours.length && !costs.length && !payments.length) return null;
  // Work on an order without a rate yet counts in neither (its value is not known).
  const valued = handins.filter((h) => handinValue(h, orders.get(h.orderId)!) !== null);
  const accepted = valued.reduce((a, h) => a + Math.max(0, h.deliveredPieces - h.rejectedPieces), 0);
  const earned = valued.reduce((a, h) => a + handinValue(h, orders.get(h.orderId)!)!, 0);
  // The codebook's definition: value of accepted work / accepted pieces; none without hand-ins.
  const pieceRate = accepted > 0 ? earned / accepted : null;
  const minutes = hours.reduce((a, h) => a + h.minutes, 0);
  const cost = costs.reduce((a, c) => a + c.amount, 0);
  const effectiveHourly = minutes > 0 ? Math.round((earned - cost) / (minutes / 60)) : null;
  const umk = umkHourly(month);
  const known = received.map((x) => x.writtenAgreement).filter((v): v is boolean => v !== null);
  const end = lastDayOfMonth(month) < o.today ? lastDayOfMonth(month) : o.today;
  let paidLateOrShort: boolean | null = null;
  if (l.handins.some((h) => h.handedInOn <= end)) {
    const balances = employerBalances(l, end, o.overdueDays);
    paidLateOrShort = balances.some((b) => b.overdue !== null || b.short.some((s) => inMonth(s.paidOn)));
  }
  return {
    month,
    kecamatan: o.kecamatan ?? UNKNOWN,
    product: o.product ?? UNKNOWN,
    worker: o.worker,
    pieceRate,
    effectiveHourly,
    partial: lastDayOfMonth(month) > o.today,
    belowUmk: effectiveHourly === null || umk === null ? null : effectiveHourly < umk,
    writtenAgreement: known.length ? known.some(Boolean) : null,
    paidLateOrShort,
  };
}

function monthsOf(l: Ledger): string[] {
  const days = [
    ...l.orders.map((x) => x.receivedOn),
    ...l.handins.map((x) => x.handedInOn),
    ...l.payments.map((x) => x.paidOn),
    ...l.hours.map((x) => x.workedOn),
    ...l.costs.map((x) => x.spentOn),
  ];
  return [...new Set(days.map(monthOf))].sort();
}

async function definition(db: Db, f: ObservationFilter): Promise<Observation[]> {
  const today = dayOfInstant((f.now ?? new Date()).toISOString());
  const workers = await researchWorkers(db, f.includeWorker);
  const ledgers = await loadLedgers(
    db,
    workers.map((w) => w.id),
  );
  const status = await statusRows(db, f.includeWorker);
  const out: Observation[] = [];
  for (const w of workers) {
    const l = ledgers.get(w.id)!;
    for (const month of monthsOf(l)) {
      if (f.month && month !== f.month) continue;
      if (f.from && month < monthOf(f.from)) continue;
      if (f.to && month > monthOf(f.to)) continue;
      if (month > monthOf(today)) continue;
      const obs = observeMonth(l, month, {
        worker: w.id,
        kecamatan: w.kecamatan,
        product: w.product,
        overdueDays: f.overdueDays ?? 14,
        today,
      });
      if (!obs) continue;
      const c = coverageAsOf(status, lastDayOfMonth(month)).get(w.id);
      out.push({ ...obs, bpjsTk: c?.bpjsTk ?? null, jkn: c?.jkn ?? null });
    }
  }
  return out;
}

describe('monthly observations of every worker at once', () => {
  let t: TestDb;
  const now = new Date('2026-11-20T10:00:00.000Z');
  beforeAll(async () => {
    t = await testDb();
    await seedMessyDiary(t.db, { workers: 40, today: '2026-11-20', seed: 11 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('are exactly those of the definition, and so are the aggregates', async () => {
    const obs = await observationsFor(t.db, { now, overdueDays: 14 });
    expect(obs.length).toBeGreaterThan(200);
    // The messy diary reaches every branch.
    for (const v of [true, false, null]) {
      expect(obs.some((o) => o.paidLateOrShort === v)).toBe(true);
      expect(obs.some((o) => o.writtenAgreement === v)).toBe(true);
    }
    expect(obs.some((o) => o.kecamatan === UNKNOWN)).toBe(true);
    const expected = await definition(t.db, { now, overdueDays: 14 });
    expect(obs).toEqual(expected);
    expect(aggregate(obs, 3)).toEqual(aggregate(expected, 3));
    // The aggregates as exported (observations as columns, a month at a time) are those of every cell
    // worked out from its own observations, of the definition's observations.
    for (const k of [1, 3, 5]) {
      const rows = aggregateColumns(await observationColumnsFor(t.db, { now, overdueDays: 14 }), k);
      expect(rows.length).toBeGreaterThan(50);
      expect(rows).toEqual(aggregateByCell(expected, k));
    }
  });

  it('her ledger texts are read as stored in one pass, and any other spacing number by number, alike', async () => {
    const stored = await t.db.selectFrom('diary_months').select(['worker_id', 'ledger']).orderBy('worker_id').execute();
    const byWorker = new Map<string, string[]>();
    for (const r of stored) if (r.ledger) byWorker.set(r.worker_id, [...(byWorker.get(r.worker_id) ?? []), r.ledger]);
    expect(byWorker.size).toBeGreaterThan(20);
    const fields = (l: MonthLedger) => ({
      employers: [...l.employers],
      first: l.firstMonth,
      last: l.lastMonth,
      ...Object.fromEntries(
        (['orders', 'handins', 'payments', 'hours', 'costs'] as const).map((k) => [
          k,
          Array.from(l[k].data.subarray(0, l[k].n * l[k].width)),
        ]),
      ),
      handinOrder: Array.from(l.handinOrder.subarray(0, l.handins.n)),
      paymentOrder: Array.from(l.paymentOrder.subarray(0, l.payments.n)),
      orderEmployer: Array.from(l.orderEmployer.subarray(0, l.orders.n)),
      paymentEmployer: Array.from(l.paymentEmployer.subarray(0, l.payments.n)),
    });
    for (const texts of byWorker.values()) {
      const text = texts.join(',');
      const loose = text.replaceAll(' ', '  ').replaceAll(',', ' , ');
      expect(fields(monthLedgerOfText(loose))).toEqual(fields(monthLedgerOfText(text)));
      expect(fields(monthLedgerOfText(Buffer.from(text, 'latin1')))).toEqual(fields(monthLedgerOfText(text)));
    }
  });

  it('with the filters: a window, one month with a worker without research consent, another overdue limit', async () => {
    const outsider = (await t.db.selectFrom('workers').select('id').where('research_consent', '=', 0).execute())[0]!.id;
    for (const f of [
      { now, from: '2026-02-11', to: '2026-06-03' },
      { now, month: '2026-03', includeWorker: outsider, overdueDays: 3 },
      { now: new Date('2026-04-15T18:00:00.000Z'), overdueDays: 0 },
    ])
      expect(await observationsFor(t.db, f)).toEqual(await definition(t.db, f));
  });
});
