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
import { dayOfFilter } from '../../src/research/pages.ts';
import { quantile } from '../../src/research/stats.ts';
import { workerMonths } from '../../src/research/worker-weeks.ts';
import type { PageContext } from '../../src/web/dashboard/pages.ts';
import { PageSet } from '../../src/web/dashboard/pages.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedMessyDiary } from '../helpers/messy-diary.ts';
import { addCost, addStatus, addWorker } from '../helpers/research.ts';

const pages = new PageSet(dashboardPages);

const TODAY = '2026-11-20';
const now = new Date('2026-11-20T10:00:00.000Z');
const K = 3;

function ctx(db: Db, query = '', lang: 'en' | 'id' = 'en'): PageContext {
  return {
    lang,
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
  partial?: boolean[];
}

async function specs(
  db: Db,
  path: string,
  query = '',
  lang: 'en' | 'id' = 'en',
): Promise<{ html: string; charts: Map<string, Spec> }> {
  const html = String(await pages.find(path)!.render(ctx(db, query, lang)));
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

  it('negative hourly figures are flagged on their own series, kept in the quartiles, never a headline', async () => {
    const { html, charts } = await specs(t.db, '/research/earnings');
    const below = charts.get('below-umk')!;
    const months = await workerMonths(t.db, keyedPseudonymizer('s'.repeat(20)), TODAY);
    expect(below.series.map((s) => s.label)).toEqual([
      '% below the UMK',
      '% negative (costs above the value of work handed in)',
    ]);
    let flagged = 0;
    below.labels.forEach((label, i) => {
      const withHours = months.filter((r) => r.month === label.slice(0, 7) && r.effective_hourly !== null);
      const negative = withHours.filter((r) => r.effective_hourly! < 0).length;
      expect(below.series[1]!.data[i]).toBe(withHours.length >= K ? (100 * negative) / withHours.length : null);
      if (negative && withHours.length >= K) flagged++;
    });
    expect(flagged).toBeGreaterThan(0);
    expect(html).toContain('never shown as a headline figure');
    // The page has no cards: its figures are the quartiles and shares, whatever their sign.
    expect(html).not.toContain('class="card"');
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
        const hs = l.handins.filter(
          (h) =>
            h.handedInOn.startsWith(month) && orders.has(h.orderId) && handinValue(h, orders.get(h.orderId)!) !== null,
        );
        const pieces = hs.reduce((a, h) => a + Math.max(0, h.deliveredPieces - h.rejectedPieces), 0);
        const value = hs.reduce((a, h) => a + handinValue(h, orders.get(h.orderId)!)!, 0);
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
    expect(csv.split('\r\n')[0]).toBe('label,Sewing / garments,partial');
    expect(csv.split('\r\n').length).toBe(chart.labels.length + 2);
    // The month under way is the last row, said partial.
    expect(csv.split('\r\n').at(-2)).toMatch(/^2026-11 \(partial\),\d*,1$/);
    expect(html).toMatch(/download="upahku-piece-rates-Pare-jahit-2026-11-20\.csv"/);
  });

  it('the week and month under way are marked partial on every chart over time, in English and Indonesian', async () => {
    const CHARTS_OVER_TIME = ['enrolment', 'adherence', 'hourly', 'below-umk', 'late-short', 'owed', 'owed-amount'];
    for (const [lang, word] of [
      ['en', '(partial)'],
      ['id', '(belum lengkap)'],
    ] as const) {
      const seen: string[] = [];
      for (const path of ['/research/overview', '/research/earnings', '/research/payments', '/research/piece-rates']) {
        const { html, charts } = await specs(t.db, path, '', lang);
        // The page says what partial means, in its language.
        expect(html).toContain(lang === 'en' ? 'are partial' : 'belum lengkap');
        for (const [id, spec] of charts) {
          if (id === 'obstacles') continue;
          seen.push(id);
          // Every chart over weeks or months knows which of its points is under way, and only that one.
          expect(spec.partial, `${path} ${id}`).toHaveLength(spec.labels.length);
          expect(spec.labels.map((l) => l.endsWith(` ${word}`))).toEqual(spec.partial);
          const current = id === 'enrolment' || id === 'adherence' ? '2026-W47' : '2026-11';
          expect(
            spec.labels.filter((_, i) => spec.partial![i]),
            `${path} ${id}`,
          ).toEqual([`${current} ${word}`]);
          // Its CSV says so in a column of its own.
          const csv = decodeURIComponent(
            new RegExp(
              `id="${id}"[\\s\\S]*?class="chart-csv" download="[^"]+" href="data:text/csv;charset=utf-8,([^"]+)"`,
            ).exec(html)![1]!,
          );
          const rows = csv.trim().split('\r\n');
          expect(rows[0]!.split(',').at(-1)).toBe('partial');
          expect(rows.slice(1).map((r) => r.endsWith(',1'))).toEqual(spec.partial);
        }
      }
      expect(seen.sort()).toEqual([...CHARTS_OVER_TIME, 'piece-rates'].sort());
      // The table of the month under way says it too.
      expect((await specs(t.db, '/research/piece-rates', '', lang)).html).toContain(`<td>2026-11 ${word}</td>`);
    }
  });

  it('filters keep only her kecamatan and kind of work, and a date window', async () => {
    const all = (await specs(t.db, '/research/payments')).charts.get('owed')!;
    const some = (await specs(t.db, '/research/payments', 'kecamatan=Gurah&from=2026-06-01&to=2026-09-30')).charts.get(
      'owed',
    )!;
    expect(some.labels).toEqual(['2026-06', '2026-07', '2026-08', '2026-09']);
    expect(all.labels.length).toBeGreaterThan(some.labels.length);
    const bad = await specs(t.db, '/research/payments', 'from=last-week');
    expect(bad.html).toContain('Dates are day/month/year');
    const unknown = await specs(t.db, '/research/overview', `kecamatan=${UNKNOWN}`);
    expect(unknown.charts.get('adherence')!.labels.length).toBeGreaterThan(0);
  });
});

describe('the protection and quality pages take the same filters as the chart pages', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await testDb();
    // Six workers in Pare making sandals, six in Gurah sewing; each kecamatan answers, names an obstacle and
    // writes an implausible cost in its own month.
    for (const [kec, product, month, status, obstacle] of [
      ['Pare', 'alas_kaki', '2026-09', 'active', 'documents'],
      ['Gurah', 'jahit', '2026-10', 'none', 'cost'],
    ] as const)
      for (let i = 1; i <= 6; i++) {
        const w = `${kec}${i}`;
        await addWorker(t.db, w, { kecamatan: kec, product });
        await addStatus(t.db, w, 'bpjs_tk', status, `${month}-10`);
        const intent = await t.db
          .insertInto('enrolment_intents')
          .values({
            worker_id: w,
            program: 'bpjs_tk',
            created_at: `${month}-11T00:00:00.000Z`,
            follow_up_due: null,
            closed_at: null,
            outcome: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await t.db
          .insertInto('enrolment_followups')
          .values({
            intent_id: intent.id,
            worker_id: w,
            asked_at: `${month}-15T03:00:00.000Z`,
            answer: 'not_yet',
            obstacle,
            note: null,
          })
          .execute();
        await addCost(t.db, w, `${month}-20`, i === 1 ? 100 : 5000);
      }
  });
  afterAll(async () => {
    await t.close();
  });

  const obstacleData = (s: Spec) => s.series[0]!.data;

  it('protection: coverage and obstacles of the chosen kecamatan or kind of work, within the dates', async () => {
    const all = await specs(t.db, '/research/protection');
    expect(all.html).toContain('id="chart-filters"');
    expect(all.charts.get('coverage')!.labels).toEqual(['2026-09', '2026-10', '2026-11 (partial)']);
    expect(all.charts.get('coverage')!.partial).toEqual([false, false, true]);
    const indonesian = await specs(t.db, '/research/protection', '', 'id');
    expect(indonesian.charts.get('coverage')!.labels).toEqual(['2026-09', '2026-10', '2026-11 (belum lengkap)']);
    expect(all.charts.get('coverage')!.series[0]!.data).toEqual([100, 50, 50]);
    expect(obstacleData(all.charts.get('obstacles')!)).toEqual([6, 6, 0, 0, 0]);

    const gurah = await specs(t.db, '/research/protection', 'kecamatan=Gurah');
    expect(gurah.charts.get('coverage')!.labels).toEqual(['2026-10', '2026-11 (partial)']);
    expect(gurah.charts.get('coverage')!.series[0]!.data).toEqual([0, 0]);
    expect(obstacleData(gurah.charts.get('obstacles')!)).toEqual([0, 6, 0, 0, 0]);
    expect(gurah.html).toMatch(/download="upahku-coverage-Gurah-2026-11-20\.csv"/);

    // Coverage in October still counts what Pare answered in September; obstacles are those named in the window.
    const sandalsLater = await specs(t.db, '/research/protection', 'product=alas_kaki&from=2026-10-01&to=2026-11-30');
    expect(sandalsLater.charts.get('coverage')!.labels).toEqual(['2026-10', '2026-11 (partial)']);
    expect(sandalsLater.charts.get('coverage')!.series[0]!.data).toEqual([100, 100]);
    // Nobody in Pare named an obstacle after September: the chart says there is nothing to draw.
    expect(sandalsLater.charts.has('obstacles')).toBe(false);
    expect(sandalsLater.html).toMatch(/id="obstacles"[\s\S]*?class="empty"/);

    const bad = await specs(t.db, '/research/protection', 'from=yesterday');
    expect(bad.html).toContain('Dates are day/month/year');
  });

  it('dates are typed day first (dd/mm/yyyy) and shown that way; YYYY-MM-DD links still work', async () => {
    expect(dayOfFilter('01/10/2026')).toBe('2026-10-01');
    expect(dayOfFilter(' 1/2/2026 ')).toBe('2026-02-01');
    expect(dayOfFilter('31.12.2026')).toBe('2026-12-31');
    expect(dayOfFilter('2026-10-01')).toBe('2026-10-01');
    expect(dayOfFilter('')).toBeUndefined();
    // Not a day: the month of an English browser's order, a 31st of February, words.
    for (const bad of ['10/31/2026', '31/02/2026', 'yesterday', '2026-13-01']) expect(dayOfFilter(bad)).toBeNull();
    const typed = await specs(t.db, '/research/protection', 'product=alas_kaki&from=01/10/2026&to=30/11/2026');
    const iso = await specs(t.db, '/research/protection', 'product=alas_kaki&from=2026-10-01&to=2026-11-30');
    expect(typed.charts.get('coverage')).toEqual(iso.charts.get('coverage'));
    for (const page of [typed, iso]) {
      expect(page.html).toMatch(/<input type="text" name="from" value="01\/10\/2026" placeholder="dd\/mm\/yyyy"/);
      expect(page.html).toMatch(/<input type="text" name="to" value="30\/11\/2026"/);
    }
    expect((await specs(t.db, '/research/quality', 'to=10/31/2026')).html).toContain('Dates are day/month/year');
    // The browser checks what is typed with the same rule (the pattern must match a whole value, with the v flag).
    const pattern = new RegExp(`^(?:${/pattern="([^"]+)"/.exec(typed.html)![1]!.replaceAll('&amp;', '&')})$`, 'v');
    for (const ok of ['01/10/2026', '1/2/2026', '31.12.2026', '2026-10-01']) expect(pattern.test(ok), ok).toBe(true);
    for (const no of ['2026/31/12', 'yesterday', '01/10/26']) expect(pattern.test(no), no).toBe(false);
  });

  it('quality: flags and entries written of the chosen workers, within the dates', async () => {
    const all = await specs(t.db, '/research/quality');
    expect(all.html).toContain('id="chart-filters"');
    expect(all.html).toContain('Entries outside plausible bounds (2)');
    const written = (s: Spec) => s.series[0]!.data.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(written(all.charts.get('corrections')!)).toBe(12);
    // Every entry was written in September and October: no week under way on the chart.
    const corrections = all.charts.get('corrections')!;
    expect(corrections.partial).toEqual(corrections.labels.map(() => false));

    const pare = await specs(t.db, '/research/quality', 'kecamatan=Pare');
    expect(pare.html).toContain('Entries outside plausible bounds (1)');
    expect(pare.html).toContain('<td>2026-09-20</td>');
    expect(written(pare.charts.get('corrections')!)).toBe(6);

    const october = await specs(t.db, '/research/quality', 'from=2026-10-01&to=2026-10-31');
    expect(october.html).toContain('Entries outside plausible bounds (1)');
    expect(october.html).toContain('<td>2026-10-20</td>');
    expect(october.charts.get('corrections')!.labels.every((w) => w >= '2026-W40' && w <= '2026-W44')).toBe(true);
    expect(written(october.charts.get('corrections')!)).toBe(6);
  });
});
