// The research pages show the figures the data sets define: the earnings
// chart is the quartiles of effective_hourly in the monthly panel and agrees
// with the aggregates; the piece-rate chart is, for each worker, the value of
// her accepted work over its pieces (the codebook), then the median; filters
// pick the kecamatan and product; the current month is marked partial; each
// chart offers its numbers as CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardPages } from '../../src/app/dashboard.ts';
import { PRODUCTS } from '../../src/content/products.ts';
import type { Db } from '../../src/db/connect.ts';
import { handinValue } from '../../src/diary/summary.ts';
import { ALL, aggregate } from '../../src/research/aggregate.ts';
import { keyedPseudonymizer } from '../../src/research/datasets.ts';
import { loadLedgers, researchWorkers } from '../../src/research/ledgers.ts';
import { observationsFor, UNKNOWN } from '../../src/research/observations.ts';
import {
  dayOfFilter,
  FLAGS_DOWNLOAD,
  FLAGS_SHOWN,
  RESEARCH_TEXTS_EN,
  researchDownload,
} from '../../src/research/pages.ts';
import { RESEARCH_TEXTS_ID } from '../../src/research/pages-id.ts';
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

/** Every English string of the research pages whose Indonesian counterpart differs (at the same place). */
function englishOnly(en: unknown, id: unknown, out: string[] = []): string[] {
  if (typeof en === 'string') {
    if (en !== id && en.length >= 3) out.push(en);
  } else if (en && typeof en === 'object' && typeof en !== 'function')
    for (const [key, value] of Object.entries(en)) englishOnly(value, (id as Record<string, unknown>)?.[key], out);
  return out;
}

/**
 * What a page shows a reader: its text, the names of its table cells (shown on a phone) and its labels, and the
 * words of its charts; without identifiers in <code> and without what is marked as English (the codebooks).
 */
function shownText(html: string): string {
  const charts = [...html.matchAll(/<script type="application\/json" class="chart-spec">(.*?)<\/script>/gs)].map(
    (m) => {
      const s = JSON.parse(m[1]!) as Spec & { title: string; yLabel?: string; note?: string };
      return [s.title, s.yLabel ?? '', s.note ?? '', ...s.labels, ...s.series.map((x) => x.label)].join('\n');
    },
  );
  const attributes = [...html.matchAll(/(?:data-label|aria-label|placeholder|title)="([^"]*)"/g)].map((m) => m[1]!);
  const text = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<(\w+)[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return [text, ...attributes, ...charts]
    .join('\n')
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

const RESEARCH_PATHS = [
  '/research/overview',
  '/research/earnings',
  '/research/payments',
  '/research/piece-rates',
  '/research/protection',
  '/research/quality',
  '/research/exports',
];

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
    // The month under way is marked short on the axis (a note under the chart says what * means).
    expect(hourly.labels.at(-1)).toBe('2026-11*');
    expect(hourly.partial!.at(-1)).toBe(true);
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
    // The month under way is the last row, said partial in its own column (the label stays as it is).
    expect(csv.split('\r\n').at(-2)).toMatch(/^2026-11,\d*,1$/);
    expect(html).toMatch(/download="upahku-piece-rates-Pare-jahit-2026-11-20\.csv"/);
  });

  it('the week and month under way are marked partial on every chart over time, in English and Indonesian', async () => {
    const CHARTS_OVER_TIME = ['enrolment', 'adherence', 'hourly', 'below-umk', 'late-short', 'owed', 'owed-amount'];
    for (const [lang, word, note] of [
      ['en', '(partial)', '* incomplete: the'],
      ['id', '(belum lengkap)', '* belum lengkap:'],
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
          // On the axis it is marked short (an asterisk), so that a phone keeps its chart tall.
          expect(spec.labels.map((l) => l.endsWith('*'))).toEqual(spec.partial);
          const week = id === 'enrolment' || id === 'adherence';
          const current = week ? '2026-W47' : '2026-11';
          expect(
            spec.labels.filter((_, i) => spec.partial![i]),
            `${path} ${id}`,
          ).toEqual([`${current}*`]);
          // A note under the chart says what the asterisk means, in the page's language, for weeks or months.
          const figure = new RegExp(`<figure class="chart" id="${id}">([\\s\\S]*?)</figure>`).exec(html)![1]!;
          const notes = [...figure.matchAll(/<p class="partial-note">([^<]*)<\/p>/g)].map((m) => m[1]!);
          expect(notes, `${path} ${id}`).toHaveLength(1);
          expect(notes[0]!.startsWith(note)).toBe(true);
          expect(notes[0]).toMatch(week ? /minggu|week/ : /bulan|month/);
          // And the data table beside it marks the same row.
          expect(figure).toContain(`<tr><th>${current}*</th>`);
          // Its CSV says so in a column of its own.
          const csv = decodeURIComponent(
            new RegExp(
              `id="${id}"[\\s\\S]*?class="chart-csv" download="[^"]+" href="data:text/csv;charset=utf-8,([^"]+)"`,
            ).exec(html)![1]!,
          );
          const rows = csv.trim().split('\r\n');
          expect(rows[0]!.split(',').at(-1)).toBe('partial');
          expect(rows.slice(1).map((r) => r.endsWith(',1'))).toEqual(spec.partial);
          expect(rows.some((r) => r.includes('*'))).toBe(false);
        }
      }
      expect(seen.sort()).toEqual([...CHARTS_OVER_TIME, 'piece-rates'].sort());
      // The heading of the table of the month under way says it in words.
      expect((await specs(t.db, '/research/piece-rates', '', lang)).html).toMatch(
        new RegExp(`<h2>[^<]*2026-11 ${word.replace(/[()]/g, '\\$&')}`),
      );
    }
  });

  it('the Indonesian pages show no English label: page words, kinds of work, data sets, table columns, flags', async () => {
    const english = englishOnly(RESEARCH_TEXTS_EN, RESEARCH_TEXTS_ID);
    // The test itself would miss everything if the walk found nothing.
    expect(english).toContain('Kecamatan · kind of work');
    expect(english).toContain('hand-ins');
    const products = PRODUCTS.map((p): string => p.en).filter((en) => !PRODUCTS.some((p) => p.id === en));
    // 'total' is Indonesian too ("dari total").
    const words = [...english, ...products, 'handins', 'orders', 'payments', 'costs'].filter((w) => w !== 'total');
    const found = (text: string, w: string) =>
      new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
    for (const path of RESEARCH_PATHS) {
      const { html } = await specs(t.db, path, '', 'id');
      const text = shownText(html);
      expect(
        words.filter((w) => found(text, w)),
        path,
      ).toEqual([]);
      // Flags say what is out of bounds in Indonesian too.
      expect(text, path).not.toMatch(/outside Rp|more than \d+ (pieces|hours)|more rejected/);
      // ...and the same check finds the English words on the English page, so it can fail.
      if (path === '/research/piece-rates') {
        const enText = shownText((await specs(t.db, path, '', 'en')).html);
        expect(words.filter((w) => found(enText, w)).length).toBeGreaterThan(5);
      }
    }
    // Kinds of work by their Indonesian names on the filter, the chart and the table.
    const piece = await specs(t.db, '/research/piece-rates', '', 'id');
    expect(piece.html).toContain('>Jahit / pakaian</option>');
    expect(piece.charts.get('piece-rates')!.series.map((x) => x.label)).toContain('Jahit / pakaian');
    expect(piece.html).toContain('semua kecamatan · Jahit / pakaian');
    expect(piece.html).not.toMatch(/>(alas_kaki|jahit|makanan)</);
    // The totals' cells are said in words, not by the data sets' code ALL.
    expect(shownText(piece.html)).not.toMatch(/\bALL\b/);
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
    expect(all.charts.get('coverage')!.labels).toEqual(['2026-09', '2026-10', '2026-11*']);
    expect(all.charts.get('coverage')!.partial).toEqual([false, false, true]);
    const indonesian = await specs(t.db, '/research/protection', '', 'id');
    expect(indonesian.charts.get('coverage')!.labels).toEqual(['2026-09', '2026-10', '2026-11*']);
    expect(indonesian.html).toContain('<p class="partial-note">* belum lengkap: bulan ini masih berjalan</p>');
    expect(all.charts.get('coverage')!.series[0]!.data).toEqual([100, 50, 50]);
    expect(obstacleData(all.charts.get('obstacles')!)).toEqual([6, 6, 0, 0, 0]);

    const gurah = await specs(t.db, '/research/protection', 'kecamatan=Gurah');
    expect(gurah.charts.get('coverage')!.labels).toEqual(['2026-10', '2026-11*']);
    expect(gurah.charts.get('coverage')!.series[0]!.data).toEqual([0, 0]);
    expect(obstacleData(gurah.charts.get('obstacles')!)).toEqual([0, 6, 0, 0, 0]);
    expect(gurah.html).toMatch(/download="upahku-coverage-Gurah-2026-11-20\.csv"/);

    // Coverage in October still counts what Pare answered in September; obstacles are those named in the window.
    const sandalsLater = await specs(t.db, '/research/protection', 'product=alas_kaki&from=2026-10-01&to=2026-11-30');
    expect(sandalsLater.charts.get('coverage')!.labels).toEqual(['2026-10', '2026-11*']);
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
    expect(pare.html).toMatch(/<td data-label="Day">2026-09-20<\/td>/);
    expect(written(pare.charts.get('corrections')!)).toBe(6);

    const october = await specs(t.db, '/research/quality', 'from=2026-10-01&to=2026-10-31');
    expect(october.html).toContain('Entries outside plausible bounds (1)');
    expect(october.html).toMatch(/<td data-label="Day">2026-10-20<\/td>/);
    expect(october.charts.get('corrections')!.labels.every((w) => w >= '2026-W40' && w <= '2026-W44')).toBe(true);
    expect(written(october.charts.get('corrections')!)).toBe(6);
  });

  it(`quality: lists the newest ${FLAGS_SHOWN} flags, says how many of all, and downloads them all as CSV`, async () => {
    // One worker wrote many implausible costs: more than the page lists.
    const many = FLAGS_SHOWN + 12;
    for (let i = 0; i < many - 2; i++)
      await addCost(t.db, 'Pare2', `2026-08-${String(1 + (i % 28)).padStart(2, '0')}`, 100);
    const pc = { ...ctx(t.db), pseudonymSecret: 's'.repeat(20) };
    const en = String(await pages.find('/research/quality')!.render(pc));
    expect(en).toContain(`Entries outside plausible bounds (${many})`);
    expect(en).toContain(`${FLAGS_SHOWN} of ${many} shown, newest first.`);
    expect([...en.matchAll(/<tr><td data-label="Day">/g)]).toHaveLength(FLAGS_SHOWN);
    const link = /<a id="flags-csv" href="([^"]+)">Download the full list \(CSV\)<\/a>/
      .exec(en)![1]!
      .replaceAll('&amp;', '&');
    const id = String(await pages.find('/research/quality')!.render({ ...pc, lang: 'id' }));
    expect(id).toContain(`${FLAGS_SHOWN} dari ${many} ditampilkan, yang terbaru dulu.`);
    expect(id).toContain('Unduh daftar lengkap (CSV)');
    expect(id).toContain('biaya di luar Rp500 sampai Rp2 juta');
    // The link keeps the page's filters; the file has every flag, under the downloads' keys.
    const query = new URL(link, 'http://x').searchParams;
    expect([query.get('dataset'), query.get('format')]).toEqual([FLAGS_DOWNLOAD, 'csv']);
    const file = await researchDownload.handler({ ...pc, query });
    if ('error' in file) throw new Error(file.error);
    const rows = String(file.body).trim().split('\r\n');
    expect(rows[0]).toBe('day,worker,dataset,row,what,value');
    expect(rows).toHaveLength(many + 1);
    expect(rows.filter((r) => r.includes(',costs,C-'))).toHaveLength(many);
    expect(file.filename).toMatch(/^upahku-quality-flags-2026-11-20\.csv$/);
    expect(file.audit).toMatchObject({ dataset: FLAGS_DOWNLOAD, rows: many });
    // Filtered on the page, filtered in the file.
    const gurah = await researchDownload.handler({ ...pc, query: new URLSearchParams(`${query}&kecamatan=Gurah`) });
    if ('error' in gurah) throw new Error(gurah.error);
    expect(String(gurah.body).trim().split('\r\n')).toHaveLength(2);
    // Without a pseudonym secret the page says the list downloads once one is set, and offers no link.
    const noSecret = String(await pages.find('/research/quality')!.render(ctx(t.db)));
    expect(noSecret).toContain('id="flags-csv-needs-secret"');
    expect(noSecret).not.toContain('id="flags-csv"');
  });
});
