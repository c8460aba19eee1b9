// The research pages show the figures the data sets define: the earnings
// chart is the quartiles of effective_hourly in the monthly panel and agrees
// with the aggregates; the piece-rate chart is, for each worker, the value of
// her accepted work over its pieces (the codebook), then the median; filters
// pick the kecamatan and product; the current month is marked partial; each
// chart offers its numbers as CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardPages } from '../../src/app/dashboard.ts';
import type { Db } from '../../src/db/connect.ts';
import { handinValue } from '../../src/diary/summary.ts';
import { ALL, aggregate } from '../../src/research/aggregate.ts';
import { keyedPseudonymizer } from '../../src/research/datasets.ts';
import { loadLedgers, researchWorkers } from '../../src/research/ledgers.ts';
import { observationsFor, UNKNOWN } from '../../src/research/observations.ts';
import { quantile } from '../../src/research/stats.ts';
import { workerMonths } from '../../src/research/worker-weeks.ts';
import type { PageContext } from '../../src/web/dashboard/pages.ts';
import { findPage, usePages } from '../../src/web/dashboard/pages.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedMessyDiary } from '../helpers/messy-diary.ts';

usePages(dashboardPages);

const TODAY = '2026-11-20';
const now = new Date('2026-11-20T10:00:00.000Z');
const K = 3;

function ctx(db: Db, query = ''): PageContext {
  return {
    db,
    user: { role: 'researcher', name: 'test', tokenId: 1, csrf: 'x', expiresAt: '2099-01-01T00:00:00.000Z' } as never,
    query: new URLSearchParams(query),
    csrf: 'x',
    k: K,
    now,
    payOverdueDays: 14,
    quietHours: null,
  };
}

interface Spec {
  id: string;
  labels: string[];
  series: { label: string; data: (number | null)[] }[];
}

async function specs(db: Db, path: string, query = ''): Promise<{ html: string; charts: Map<string, Spec> }> {
  const html = String(await findPage(path)!.render(ctx(db, query)));
  const charts = new Map<string, Spec>();
  for (const m of html.matchAll(/<script type="application\/json" class="chart-spec">(.*?)<\/script>/gs)) {
    const s = JSON.parse(m[1]!) as Spec;
    charts.set(s.id, s);
  }
  return { html, charts };
}

describe('research pages against the definitions', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await testDb();
    await seedMessyDiary(t.db, { workers: 40, today: TODAY, seed: 5 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('the earnings chart is the quartiles of effective_hourly by calendar month, as in the aggregates', async () => {
    const { charts } = await specs(t.db, '/research/earnings');
    const hourly = charts.get('hourly')!;
    const months = await workerMonths(t.db, keyedPseudonymizer('s'.repeat(20)), TODAY);
    const agg = aggregate(await observationsFor(t.db, { now, overdueDays: 14 }), K).filter(
      (r) => r.kecamatan === ALL && r.product === ALL,
    );
    expect(hourly.labels.at(-1)).toBe('2026-11 (partial)');
    let checked = 0;
    hourly.labels.forEach((label, i) => {
      const month = label.slice(0, 7);
      const values = months
        .filter((r) => r.month === month && r.effective_hourly !== null)
        .map((r) => r.effective_hourly!);
      const median = values.length >= K ? Math.round(quantile(values, 0.5)!) : null;
      expect(hourly.series[1]!.data[i]).toBe(median);
      const cell = agg.find((r) => r.month === month);
      if (cell && median !== null) {
        expect(cell.hourly_median).toBe(median);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(5);
  });

  it('the piece-rate chart is the median of value of accepted work / accepted pieces per worker', async () => {
    const query = 'kecamatan=Pare&product=jahit';
    const { charts, html } = await specs(t.db, '/research/piece-rates', query);
    const chart = charts.get('piece-rates')!;
    expect(chart.series.map((s) => s.label)).toEqual(['Sewing / garments']);
    // The codebook's definition, from each worker's ledger.
    const workers = (await researchWorkers(t.db)).filter((w) => w.kecamatan === 'Pare' && w.product === 'jahit');
    const ledgers = await loadLedgers(
      t.db,
      workers.map((w) => w.id),
    );
    let shown = 0;
    chart.labels.forEach((label, i) => {
      const month = label.slice(0, 7);
      const rates: number[] = [];
      for (const w of workers) {
        const l = ledgers.get(w.id)!;
        const orders = new Map(l.orders.map((o) => [o.id, o]));
        const hs = l.handins.filter((h) => h.handedInOn.startsWith(month) && orders.has(h.orderId));
        const pieces = hs.reduce((a, h) => a + Math.max(0, h.deliveredPieces - h.rejectedPieces), 0);
        const value = hs.reduce((a, h) => a + handinValue(h, orders.get(h.orderId)!), 0);
        if (pieces > 0) rates.push(value / pieces);
      }
      const v = chart.series[0]!.data[i];
      if (v === null) return; // too few workers, or hidden with a small cell
      expect(v).toBe(Math.round(quantile(rates, 0.5)!));
      shown++;
    });
    expect(shown).toBeGreaterThan(0);
    // The CSV download of the chart carries the same numbers.
    const csv = decodeURIComponent(
      /class="chart-csv" download="([^"]+)" href="data:text\/csv;charset=utf-8,([^"]+)"/.exec(html)![2]!,
    );
    expect(csv.split('\r\n')[0]).toBe('label,Sewing / garments');
    expect(csv.split('\r\n').length).toBe(chart.labels.length + 2);
    expect(html).toMatch(/download="upahku-piece-rates-Pare-jahit-2026-11-20\.csv"/);
  });

  it('filters keep only her kecamatan and kind of work, and a date window', async () => {
    const all = (await specs(t.db, '/research/payments')).charts.get('owed')!;
    const some = (await specs(t.db, '/research/payments', 'kecamatan=Gurah&from=2026-06-01&to=2026-09-30')).charts.get(
      'owed',
    )!;
    expect(some.labels).toEqual(['2026-06', '2026-07', '2026-08', '2026-09']);
    expect(all.labels.length).toBeGreaterThan(some.labels.length);
    const bad = await specs(t.db, '/research/payments', 'from=last-week');
    expect(bad.html).toContain('Dates must be YYYY-MM-DD');
    const unknown = await specs(t.db, '/research/overview', `kecamatan=${UNKNOWN}`);
    expect(unknown.charts.get('adherence')!.labels.length).toBeGreaterThan(0);
  });
});
