// The research pages of the dashboard. Everything here counts only workers who
// give research consent, shows no identifier of anyone, and shows no figure
// resting on fewer than k workers.

import { AsyncLocalStorage } from 'node:async_hooks';
import { productLabel } from '../content/products.ts';
import { chart, scrollTable } from '../web/dashboard/charts.ts';
import type { DashboardDownload, DownloadResult } from '../web/dashboard/downloads.ts';
import { h, type Safe } from '../web/dashboard/html.ts';
import { pageLang } from '../web/dashboard/i18n.ts';
import { type DashboardPage, type PageContext, RESEARCH_ROLES } from '../web/dashboard/pages.ts';
import { type AggregateRow, ALL, aggregateColumns } from './aggregate.ts';
import { SAMPLING } from './codebook.ts';
import {
  ALL_DATASETS,
  DATASETS,
  datasetByName,
  EXPORT_FORMATS,
  type ExportFormat,
  exportDataset,
  keyedPseudonymizer,
  throwawayPseudonymizer,
} from './datasets.ts';
import { researchWorkers } from './ledgers.ts';
import { observationColumnsFor, UNKNOWN } from './observations.ts';
import { RESEARCH_TEXTS_ID } from './pages-id.ts';
import { coverageByMonth, obstacleCounts, statusRows } from './protection.ts';
import { correctionsByWeek, qualityFlags } from './quality.ts';
import { adherenceByWeek, earningsByMonth } from './series.ts';
import { inResearch } from './subjects.ts';
import { isSynthetic, SYNTHETIC_NOTE, SYNTHETIC_NOTE_ID } from './synthetic.ts';
import { dayOfInstant, isoWeekOf, weeksBetween } from './weeks.ts';
import { workerPanel } from './worker-weeks.ts';

const card = (n: number | string, label: string) =>
  h`<div class="card"><span class="n">${n}</span><span class="l">${label}</span></div>`;

/**
 * Every word the research pages show, one entry per page (and one for what
 * they share), so that a translation has one place to go.
 */
const EN = {
  common: {
    kNote: (k: number) => `Figures resting on fewer than ${k} workers are not shown (gaps in the lines).`,
    partial: '(partial)',
    partialNote:
      'The current week and month are partial: their figures count the days up to today only. Charts mark their label with * and draw them apart (a hollow point reached by a dotted line, a pale bar), and their CSV says partial = 1.',
    /** Shown for ALL (every kecamatan, every kind of work) and for unknown in the tables. */
    allKecamatan: 'all kecamatan',
    allWork: 'all kinds of work',
    unknown: 'unknown',
    filters: { kecamatan: 'Kecamatan', product: 'Kind of work', from: 'From', to: 'To', all: 'all', apply: 'Show' },
    filtered: 'Filters apply to every chart on this page.',
    badFilter: 'Dates are day/month/year (31/12/2026), the first not after the second; showing everything instead.',
  },
  overview: {
    enrolled: 'enrolled (consented to the diary)',
    research: 'in the research data',
    active: 'in the research data, active in the last 7 days',
    enrolment: 'Workers in the research data, by ISO week they joined',
    joined: 'joined that week',
    total: 'total',
    workers: 'workers',
    adherence: 'Diary adherence: workers who wrote anything that week',
    adherenceSeries: '% of workers in the panel',
    pctWorkers: '% of workers',
  },
  earnings: {
    intro:
      'Effective hourly earnings: the value of her accepted work (accepted pieces x agreed rate) minus her costs, divided by the hours she wrote, per worker and calendar month (WIB; a week that spans two months is split by day); then the median and quartiles across workers. Advances (kasbon) are loans, not earnings. The UMK line is the regency minimum wage per month divided by 173 hours, a yardstick: home workers are not legally covered by it.',
    hourly: 'Effective hourly earnings against the UMK per hour',
    p25: 'lower quartile',
    median: 'median',
    p75: 'upper quartile',
    umk: 'UMK per hour',
    rpHour: 'Rp per hour',
    below: 'Workers earning below the UMK per hour, and workers whose hourly figure is negative',
    belowSeries: '% below the UMK',
    negativeSeries: '% negative (costs above the value of work handed in)',
    negativeNote:
      'A negative hourly figure (costs and hours in a month without hand-ins) is kept in the quartiles and flagged here, never shown as a headline figure.',
  },
  payments: {
    lateShort: 'Workers with work paid late or short, by month',
    owed: 'Workers still owed money at the end of the month',
    owedSeries: '% of workers owed money',
    owedAmount: 'Money owed to those owed, median',
    owedMedian: 'median owed',
    owedNote:
      'Owed = value of accepted work - cash received (pay and advances) - deductions, to the end of the month (today in the current month), as in her REKAP.',
  },
  pieceRates: {
    intro:
      'Piece rate: for each worker, the value of her accepted work (accepted pieces x agreed rate) divided by its accepted pieces, over her hand-ins in the month; then the median across workers. The rates of orders she took in are not used: an order may never be handed in.',
    chart: 'Median piece rate by kind of work',
    rpPiece: 'Rp per piece',
    month: (m: string) => `Month ${m} by kecamatan and kind of work`,
    byCell: 'By kecamatan and kind of work',
    none: 'No data yet.',
    head: [
      'Kecamatan · kind of work',
      'Workers',
      'Piece rate p25 / median / p75',
      'Hourly p25 / median / p75',
      'Below UMK',
      'Negative hourly',
      'Written terms',
      'Paid late or short',
      'BPJS TK',
      'BPJS Kesehatan',
    ],
    hidden: (small: boolean, k: number) => `hidden (${small ? `fewer than ${k} workers` : 'protects a small cell'})`,
  },
  protection: {
    intro:
      "Coverage by each worker's latest answer up to the end of the month (today in the current month), among workers whose status is known. BPJS Kesehatan counts PBI and self-paying members without arrears.",
    coverage: 'Workers covered, by month',
    obstacles: 'Why she has not enrolled yet (workers naming each obstacle)',
    workers: 'workers',
    obstaclesNote: (k: number) =>
      `Counts under ${k}, and any count that would give one away from the total, are not shown.`,
    obstacleLabels: {
      documents: 'documents (KTP, KK ...)',
      cost: 'cost of the contribution',
      family: 'family does not agree',
      dont_know_how: 'does not know how',
      other: 'other',
    } as Record<string, string>,
  },
  quality: {
    intro:
      'How the diary is kept: entries written each week, and how many were changed or undone afterwards (by when it happened). Below, entries outside what is plausible; the bot already asked her to confirm these when she wrote them.',
    corrections: 'Entries written, changed and undone, by ISO week',
    written: 'entries written',
    changed: 'fields changed',
    undone: 'entries undone',
    count: 'count',
    flagsTitle: (n: number) => `Entries outside plausible bounds (${n})`,
    shown: (shown: number, total: number) => `${shown} of ${total} shown, newest first.`,
    all: 'Download the full list (CSV)',
    allNeedsSecret: 'The full list downloads once a pseudonym secret is set (see Data downloads).',
    linked: 'Workers and rows appear under the same keys as in the downloads.',
    unlinked: 'No pseudonym secret: the worker and row labels here are made up for this page only.',
    head: ['Day', 'What', 'Value', 'Data set', 'Row', 'Worker'],
    datasets: {
      orders: 'orders',
      handins: 'hand-ins',
      payments: 'payments',
      hours: 'hours',
      costs: 'costs',
    } as Record<string, string>,
    /** What is out of bounds, in the page's language (quality.ts says it in English). */
    what: (text: string) => text,
    none: 'None.',
  },
  exports: {
    needSecret:
      'Downloads need a pseudonym secret: with PostgreSQL, set PSEUDONYM_SECRET in the service environment (at least 16 random characters, the same for every process, kept stable).',
    intro:
      'Each download holds one data set, or all of them in one ZIP. A ZIP holds the CSV and the same table as Parquet, the codebook (column, meaning, type, unit, allowed values) as CSV and as text, import scripts for Stata (.do, with variable and value labels), R and Python (pandas) generated from the codebook, and a Frictionless datapackage.json; the JSON carries the codebook inside. File names carry the day they were made and the data version. Workers, employers and diary rows appear under keys that stay the same across downloads. Every download is written to the audit log.',
    dataset: 'Data set',
    all: 'All data sets (one ZIP)',
    format: 'Format',
    zip: 'ZIP (CSV, Parquet, codebook, Stata / R / pandas scripts, datapackage.json)',
    download: 'Download',
    who: 'Who is in the data',
    codebooks: 'Codebooks',
    rowPer: 'one row per',
    head: ['Column', 'Meaning', 'Type', 'Unit', 'Values'],
    /** Each data set's title and what one row is, where the page's language differs from the codebook's. */
    datasets: {} as Record<string, { title: string; row: string }>,
    sampling: SAMPLING,
    /** Set when the codebooks' own texts are in another language than the page. */
    codebookLanguage: '',
    types: {
      text: 'text',
      integer: 'integer',
      number: 'number',
      date: 'date (YYYY-MM-DD, WIB)',
      iso_week: 'ISO week (YYYY-Www)',
      month: 'month (YYYY-MM, WIB)',
      flag: 'integer 0/1',
      instant: 'date-time (ISO 8601, UTC)',
      wib_instant: 'date-time (ISO 8601, WIB: +07:00)',
    } as Record<string, string>,
    errors: {
      dataset: 'Choose a data set from the list.',
      format: 'Choose ZIP, CSV, JSON or Parquet.',
      dates: 'Dates are day/month/year (31/12/2026), the first not after the second.',
    },
  },
};

/** The research pages' English words (tests compare the Indonesian pages against them). */
export const RESEARCH_TEXTS_EN: typeof EN = EN;

/** The words of the page being made, in the login's dashboard language (English unless Indonesian is chosen). */
const words = new AsyncLocalStorage<typeof EN>();
const ID: typeof EN = RESEARCH_TEXTS_ID;
const T: typeof EN = new Proxy(EN, {
  get: (_, key) => (words.getStore() ?? EN)[key as keyof typeof EN],
});

/** The page's filters from its query string: kecamatan, product, and a window of WIB days. */
interface Filters {
  kecamatan: string | null;
  product: string | null;
  from?: string;
  to?: string;
  bad: boolean;
}

/**
 * A day typed in a date filter: day/month/year as Indonesia writes it (31/12/2026, 1/2/2026, also with '-' or
 * '.'), or YYYY-MM-DD (older links). The inputs are text, not type=date, because a browser shows a date input
 * in the order of its own language (mm/dd/yyyy in an English one), whatever the page says.
 * Gives YYYY-MM-DD, undefined for nothing typed, or null for a day that does not exist.
 */
export function dayOfFilter(typed: string | null): string | undefined | null {
  const v = typed?.trim();
  if (!v) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : [];
  if (!y) return null;
  const day = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  // A real day only: 31/02 does not come back as itself.
  const t = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === day ? day : null;
}

/** 31/12/2026 for 2026-12-31: how the filters show a day. */
export const shownDay = (day: string | undefined) =>
  day ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : '';

/** Both days of a window, YYYY-MM-DD, or bad when either is not a day or the first is after the second. */
function windowOf(query: URLSearchParams): { from?: string; to?: string; bad: boolean } {
  const from = dayOfFilter(query.get('from'));
  const to = dayOfFilter(query.get('to'));
  if (from === null || to === null || (from && to && from > to)) return { bad: true };
  return { from, to, bad: false };
}

export function filtersOf(query: URLSearchParams): Filters {
  const kecamatan = query.get('kecamatan') || null;
  const product = query.get('product') || null;
  const w = windowOf(query);
  return w.bad ? { kecamatan, product, bad: true } : { kecamatan, product, from: w.from, to: w.to, bad: false };
}

/** What the browser lets through as a day (dayOfFilter checks it again). */
const DAY_PATTERN = String.raw`\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{4}|\d{4}-\d{2}-\d{2}`;

/** A date filter's input: text with the day first, checked by the browser as typed and again here. */
const dayInput = (name: 'from' | 'to', value: string | undefined) =>
  h`<input type="text" name="${name}" value="${shownDay(value)}" placeholder="dd/mm/yyyy" pattern="${DAY_PATTERN}" inputmode="numeric" autocomplete="off" size="10" title="dd/mm/yyyy">`;

const keeps = (f: Filters) => (r: { kecamatan: string | null; product: string | null }) =>
  (!f.kecamatan || (r.kecamatan ?? UNKNOWN) === f.kecamatan) && (!f.product || (r.product ?? UNKNOWN) === f.product);

/** "2026-12 (partial)" for the month or week under way, in a heading. */
const label = (name: string, partial: boolean) => (partial ? `${name} ${T.common.partial}` : name);

/**
 * A chart's axis of weeks or months [name, under way]: the one under way is marked on the axis with an
 * asterisk (said under the chart), drawn apart, and said partial in the CSV (charts.ts).
 */
const periods = (period: 'week' | 'month', xs: [name: string, partial: boolean][]) => ({
  labels: xs.map(([name]) => name),
  partial: xs.map(([, partial]) => partial),
  period,
});

/** The page's language, for the labels of kinds of work. */
const langOf = (pc: PageContext): 'id' | 'en' => (pc.lang === 'id' ? 'id' : 'en');

/** A kind of work as the page shows it: its label in the page's language; ALL and unknown in words. */
const productName = (code: string, lang: 'id' | 'en') =>
  code === ALL ? T.common.allWork : code === UNKNOWN ? T.common.unknown : (productLabel(code, lang) ?? code);

/** A kecamatan as the page shows it: ALL and unknown in words. */
const kecamatanName = (name: string) =>
  name === ALL ? T.common.allKecamatan : name === UNKNOWN ? T.common.unknown : name;

/** The stem of a chart's downloads: its id, the filters and the day. */
function stem(id: string, f: Filters, today: string): string {
  const parts = [id, f.kecamatan, f.product, f.from && `from-${f.from}`, f.to && `to-${f.to}`, today];
  return `upahku-${parts.filter(Boolean).join('-')}`.replace(/[^A-Za-z0-9_.-]+/g, '_');
}

async function filterForm(pc: PageContext, path: string, f: Filters): Promise<Safe> {
  const ws = await researchWorkers(pc.db);
  const kecs = [...new Set(ws.map((w) => w.kecamatan ?? UNKNOWN))].sort();
  const prods = [...new Set(ws.map((w) => w.product ?? UNKNOWN))].sort();
  const F = T.common.filters;
  const opt = (v: string, shown: string, on: string | null) =>
    h`<option value="${v}"${v === on ? h` selected` : ''}>${shown}</option>`;
  return h`<form method="get" action="/dashboard${path}" class="filters" id="chart-filters">
  <label>${F.kecamatan} <select name="kecamatan"><option value="">${F.all}</option>${kecs.map((k) => opt(k, kecamatanName(k), f.kecamatan))}</select></label>
  <label>${F.product} <select name="product"><option value="">${F.all}</option>${prods.map((p) => opt(p, productName(p, langOf(pc)), f.product))}</select></label>
  <label>${F.from} ${dayInput('from', f.from)}</label>
  <label>${F.to} ${dayInput('to', f.to)}</label>
  <button type="submit">${F.apply}</button>
</form>
${f.bad ? h`<p class="error">${T.common.badFilter}</p>` : ''}
<p class="note">${T.common.filtered} ${T.common.partialNote}</p>`;
}

const todayOf = (pc: PageContext) => dayOfInstant(pc.now.toISOString());

/** The research subjects of the filter's kecamatan and kind of work (ids, never shown); undefined when it picks neither. */
async function chosenWorkers(pc: PageContext, f: Filters): Promise<Set<string> | undefined> {
  if (!f.kecamatan && !f.product) return undefined;
  return new Set((await researchWorkers(pc.db)).filter(keeps(f)).map((w) => w.id));
}

/** The weekly and monthly panel as the exports give it (charts keep no pseudonym), filtered. */
async function panelRows(pc: PageContext, f: Filters, want: { weeks?: boolean; months?: boolean }) {
  const p = await workerPanel(pc.db, throwawayPseudonymizer(), todayOf(pc), { ...want, from: f.from, to: f.to });
  return { weeks: p.weeks.filter(keeps(f)), months: p.months.filter(keeps(f)) };
}

/** The aggregates as the export gives them, within the filter's days. */
async function aggregateRows(pc: PageContext, f: Filters): Promise<AggregateRow[]> {
  return aggregateColumns(
    await observationColumnsFor(pc.db, { now: pc.now, overdueDays: pc.payOverdueDays, from: f.from, to: f.to }),
    pc.k,
  );
}

/** The aggregates' cell of the filter: ALL where the filter does not choose. */
const cellOf = (f: Filters) => (r: AggregateRow) =>
  r.kecamatan === (f.kecamatan ?? ALL) && r.product === (f.product ?? ALL);

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** The research pages, listed in src/app/dashboard.ts. */
export const researchPages: DashboardPage[] = [];

/** A research page; on the demo database every page says first that its data are made up. */
function page(path: string, title: string, order: number, render: (pc: PageContext) => Promise<Safe>): void {
  researchPages.push({
    path,
    title,
    section: 'research',
    roles: RESEARCH_ROLES,
    order,
    render: async (pc) => {
      // The page's words, and the charts' (pageWords), in the login's language.
      const body = await pageLang.run(langOf(pc), () => words.run(pc.lang === 'id' ? ID : EN, () => render(pc)));
      return (await isSynthetic(pc.db))
        ? h`<p class="error synthetic" id="synthetic">${pc.lang === 'id' ? SYNTHETIC_NOTE_ID : SYNTHETIC_NOTE}</p>${body}`
        : body;
    },
  });
}

page('/research/overview', 'Overview', 10, async (pc) => {
  const { db, now, k } = pc;
  const f = filtersOf(pc.query);
  const L = T.overview;
  const workers = await db
    .selectFrom('workers')
    .select(['consented_at', 'last_active_at', 'kecamatan', 'product'])
    .select(inResearch('workers').as('in_research'))
    .where('status', '=', 'active')
    .execute();
  const research = workers.filter((w) => Boolean(w.in_research)).filter(keeps(f));
  const weekAgo = new Date(now.getTime() - 7 * 864e5).toISOString();
  const active = research.filter((w) => w.last_active_at >= weekAgo).length;
  const today = todayOf(pc);
  const days = research.map((w) => dayOfInstant(w.consented_at ?? w.last_active_at)).sort();
  const weeks = days.length ? weeksBetween(days[0]!, today) : [];
  const joinedByWeek = new Map<string, number>();
  for (const d of days) joinedByWeek.set(isoWeekOf(d), (joinedByWeek.get(isoWeekOf(d)) ?? 0) + 1);
  let running = 0;
  const cumulative = weeks.map((w) => (running += joinedByWeek.get(isoWeekOf(w)) ?? 0));
  const adherence = adherenceByWeek((await panelRows(pc, f, { weeks: true })).weeks, k);
  const thisWeek = isoWeekOf(today);
  return h`${await filterForm(pc, '/research/overview', f)}
<div class="cards">
  ${card(workers.length, L.enrolled)}
  ${card(research.length, L.research)}
  ${card(active, L.active)}
</div>
<div class="charts">
${chart({
  id: 'enrolment',
  title: L.enrolment,
  type: 'bar',
  ...periods(
    'week',
    weeks.map((w) => [isoWeekOf(w), isoWeekOf(w) === thisWeek]),
  ),
  series: [
    { label: L.joined, data: weeks.map((w) => joinedByWeek.get(isoWeekOf(w)) ?? 0) },
    { label: L.total, data: cumulative, type: 'line', color: 1 },
  ],
  yLabel: L.workers,
  download: stem('enrolment', f, today),
})}
${chart({
  id: 'adherence',
  title: L.adherence,
  type: 'line',
  ...periods(
    'week',
    adherence.map((a) => [a.week, a.partial]),
  ),
  series: [{ label: L.adherenceSeries, data: adherence.map((a) => a.percent), color: 2 }],
  format: 'percent',
  yLabel: L.pctWorkers,
  note: T.common.kNote(k),
  download: stem('adherence', f, today),
})}
</div>`;
});

page('/research/earnings', 'Earnings and the UMK', 20, async (pc) => {
  const f = filtersOf(pc.query);
  const L = T.earnings;
  const today = todayOf(pc);
  const months = earningsByMonth((await panelRows(pc, f, { months: true })).months, pc.k);
  const axis = periods(
    'month',
    months.map((m) => [m.month, m.partial]),
  );
  return h`${await filterForm(pc, '/research/earnings', f)}
<p>${L.intro}</p>
<div class="charts">
${chart({
  id: 'hourly',
  title: L.hourly,
  type: 'line',
  ...axis,
  series: [
    { label: L.p25, data: months.map((m) => m.p25), color: 6, dashed: true },
    { label: L.median, data: months.map((m) => m.median), color: 0 },
    { label: L.p75, data: months.map((m) => m.p75), color: 6, dashed: true },
    { label: L.umk, data: months.map((m) => m.umk), color: 1 },
  ],
  format: 'rupiah',
  yLabel: L.rpHour,
  note: T.common.kNote(pc.k),
  download: stem('hourly', f, today),
})}
${chart({
  id: 'below-umk',
  title: L.below,
  type: 'bar',
  ...axis,
  series: [
    { label: L.belowSeries, data: months.map((m) => m.belowPercent), color: 1 },
    { label: L.negativeSeries, data: months.map((m) => m.negativePercent), color: 3 },
  ],
  format: 'percent',
  yLabel: T.overview.pctWorkers,
  note: `${L.negativeNote} ${T.common.kNote(pc.k)}`,
  download: stem('below-umk', f, today),
})}
</div>`;
});

page('/research/payments', 'Late and short pay', 30, async (pc) => {
  const f = filtersOf(pc.query);
  const L = T.payments;
  const today = todayOf(pc);
  const agg = (await aggregateRows(pc, f)).filter(cellOf(f));
  const months = earningsByMonth((await panelRows(pc, f, { months: true })).months, pc.k);
  const axis = periods(
    'month',
    months.map((m) => [m.month, m.partial]),
  );
  return h`${await filterForm(pc, '/research/payments', f)}
<div class="charts">
${chart({
  id: 'late-short',
  title: L.lateShort,
  type: 'bar',
  ...periods(
    'month',
    agg.map((r) => [r.month, r.partial === 1]),
  ),
  series: [{ label: T.overview.pctWorkers, data: agg.map((r) => pct(r.share_paid_late_or_short)), color: 1 }],
  format: 'percent',
  yLabel: T.overview.pctWorkers,
  note: T.common.kNote(pc.k),
  download: stem('late-short', f, today),
})}
${chart({
  id: 'owed',
  title: L.owed,
  type: 'bar',
  ...axis,
  series: [{ label: L.owedSeries, data: months.map((m) => m.owedPercent), color: 3 }],
  format: 'percent',
  yLabel: T.overview.pctWorkers,
  note: `${L.owedNote} ${T.common.kNote(pc.k)}`,
  download: stem('owed', f, today),
})}
${chart({
  id: 'owed-amount',
  title: L.owedAmount,
  type: 'line',
  ...axis,
  series: [{ label: L.owedMedian, data: months.map((m) => m.owedMedian), color: 3 }],
  format: 'rupiah',
  yLabel: 'Rp',
  note: T.common.kNote(pc.k),
  download: stem('owed-amount', f, today),
})}
</div>`;
});

/**
 * The month's aggregates by kecamatan and kind of work (the month is in the heading above): a table on a
 * laptop, one card per cell on a phone (dashboard.css, table.stack), each figure under its column's name.
 */
function aggregatesTable(rows: AggregateRow[], lang: 'id' | 'en', k: number): Safe {
  const L = T.pieceRates;
  const [, workers, rate, hourly, below, negative, written, late, tk, jkn] = L.head;
  const money = (v: number | null) => (v === null ? '–' : `Rp${v.toLocaleString('id-ID')}`);
  const money3 = (vs: (number | null)[]) => (vs.every((v) => v === null) ? '–' : vs.map(money).join(' / '));
  const share = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);
  const td = (name: string | undefined, v: string | number, wide = false) =>
    h`<td data-label="${name ?? ''}"${wide ? h` class="wide"` : ''}>${v}</td>`;
  const head = (r: AggregateRow) =>
    h`<th scope="row" class="row-head">${kecamatanName(r.kecamatan)} · ${productName(r.product, lang)}</th>`;
  return scrollTable(
    h`<table class="list stack" id="aggregates">
<thead><tr>${L.head.map((x) => h`<th>${x}</th>`)}</tr></thead>
<tbody>${rows.map((r) =>
      r.suppressed
        ? h`<tr class="suppressed">${head(r)}<td colspan="9" class="wide">${L.hidden(r.suppressed === 'small', k)}</td></tr>`
        : h`<tr>${head(r)}${td(workers, r.workers ?? '–')}${td(rate, money3([r.piece_rate_p25, r.piece_rate_median, r.piece_rate_p75]), true)}${td(hourly, money3([r.hourly_p25, r.hourly_median, r.hourly_p75]), true)}${td(below, share(r.share_below_umk))}${td(negative, share(r.share_negative_hourly))}${td(written, share(r.share_written_agreement))}${td(late, share(r.share_paid_late_or_short))}${td(tk, share(r.share_bpjs_tk))}${td(jkn, share(r.share_jkn))}</tr>`,
    )}</tbody></table>`,
  );
}

page('/research/piece-rates', 'Piece rates by product', 40, async (pc) => {
  const f = filtersOf(pc.query);
  const L = T.pieceRates;
  const today = todayOf(pc);
  const rows = await aggregateRows(pc, f);
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const partial = new Set(rows.filter((r) => r.partial).map((r) => r.month));
  const products = [...new Set(rows.filter((r) => r.product !== ALL).map((r) => r.product))]
    .filter((p) => !f.product || p === f.product)
    .sort();
  const kec = f.kecamatan ?? ALL;
  const at = (m: string, p: string) => rows.find((r) => r.month === m && r.kecamatan === kec && r.product === p);
  const latest = months.at(-1);
  return h`${await filterForm(pc, '/research/piece-rates', f)}
<p>${L.intro}</p>
<div class="charts">
${chart({
  id: 'piece-rates',
  title: `${L.chart} (${f.kecamatan ?? 'Kabupaten Kediri'})`,
  type: 'line',
  ...periods(
    'month',
    months.map((m) => [m, partial.has(m)]),
  ),
  series: products.map((p, i) => ({
    label: productName(p, langOf(pc)),
    data: months.map((m) => at(m, p)?.piece_rate_median ?? null),
    color: i,
  })),
  format: 'rupiah',
  yLabel: L.rpPiece,
  note: T.common.kNote(pc.k),
  download: stem('piece-rates', f, today),
})}
</div>
<h2>${latest ? L.month(label(latest, partial.has(latest))) : L.byCell}</h2>
${
  latest
    ? aggregatesTable(
        rows.filter(
          (r) =>
            r.month === latest &&
            (!f.kecamatan || r.kecamatan === f.kecamatan) &&
            (!f.product || r.product === f.product),
        ),
        langOf(pc),
        pc.k,
      )
    : h`<p class="empty">${L.none}</p>`
}`;
});

page('/research/protection', 'Social protection', 50, async (pc) => {
  const L = T.protection;
  const f = filtersOf(pc.query);
  const today = todayOf(pc);
  const only = await chosenWorkers(pc, f);
  // Coverage at the end of each month follows her answers from before the window too; the window picks months.
  const rows = (await statusRows(pc.db)).filter((r) => !only || only.has(r.worker));
  const months = coverageByMonth(rows, today, pc.k).filter(
    (m) => (!f.from || m.month >= f.from.slice(0, 7)) && (!f.to || m.month <= f.to.slice(0, 7)),
  );
  const obstacles = await obstacleCounts(pc.db, pc.k, { workers: only, from: f.from, to: f.to });
  const thisMonth = today.slice(0, 7);
  return h`${await filterForm(pc, '/research/protection', f)}
<p>${L.intro}</p>
<div class="charts">
${chart({
  id: 'coverage',
  title: L.coverage,
  type: 'line',
  ...periods(
    'month',
    months.map((m) => [m.month, m.month === thisMonth]),
  ),
  series: [
    { label: 'BPJS Ketenagakerjaan', data: months.map((m) => m.tkPercent), color: 2 },
    { label: 'BPJS Kesehatan (JKN)', data: months.map((m) => m.jknPercent), color: 0 },
  ],
  format: 'percent',
  yLabel: T.overview.pctWorkers,
  note: T.common.kNote(pc.k),
  download: stem('coverage', f, today),
})}
${chart({
  id: 'obstacles',
  title: L.obstacles,
  type: 'bar',
  horizontal: true,
  labels: obstacles.some((o) => o.workers) ? obstacles.map((o) => L.obstacleLabels[o.obstacle] ?? o.obstacle) : [],
  series: [{ label: L.workers, data: obstacles.map((o) => o.workers), color: 3 }],
  yLabel: L.workers,
  note: L.obstaclesNote(pc.k),
  download: stem('obstacles', f, today),
})}
</div>`;
});

/** How many flagged entries the quality page lists; the download has them all. */
export const FLAGS_SHOWN = 300;

/** The name of the flagged entries in the download's `dataset` parameter (no data set of the exports has it). */
export const FLAGS_DOWNLOAD = 'quality_flags';

/** A flag's row by its key in the downloads, never by its database id. */
const ROW_KIND = { orders: 'order', handins: 'handin', payments: 'payment', hours: 'hours', costs: 'cost' } as const;

/** The query of a page's filters, for a link that keeps them. */
function filterQuery(f: Filters): string {
  const q = new URLSearchParams();
  if (f.kecamatan) q.set('kecamatan', f.kecamatan);
  if (f.product) q.set('product', f.product);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  return q.toString();
}

page('/research/quality', 'Data quality', 60, async (pc) => {
  const L = T.quality;
  const f = filtersOf(pc.query);
  const only = await chosenWorkers(pc, f);
  const window = { workers: only, from: f.from, to: f.to };
  const weeks = await correctionsByWeek(pc.db, window);
  const linked = !!pc.pseudonymSecret;
  const pseudonym = linked ? keyedPseudonymizer(pc.pseudonymSecret!) : throwawayPseudonymizer();
  const flags = await qualityFlags(pc.db, pseudonym, window);
  const rowKey = (x: (typeof flags)[number]) => (x.id === null ? '' : pseudonym.row(ROW_KIND[x.dataset], x.id));
  const shown = flags.slice(0, FLAGS_SHOWN);
  const today = todayOf(pc);
  const thisWeek = isoWeekOf(today);
  const lang = langOf(pc);
  const number = (v: number) => v.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
  const [day, what, value, dataset, row, worker] = L.head;
  const all = linked
    ? h`<a id="flags-csv" href="/dashboard/research/download?${new URLSearchParams({ dataset: FLAGS_DOWNLOAD, format: 'csv' }).toString()}${filterQuery(f) ? `&${filterQuery(f)}` : ''}">${L.all}</a>`
    : h`<span id="flags-csv-needs-secret">${L.allNeedsSecret}</span>`;
  return h`${await filterForm(pc, '/research/quality', f)}
<p>${L.intro}</p>
<div class="charts">
${chart({
  id: 'corrections',
  title: L.corrections,
  type: 'bar',
  ...periods(
    'week',
    weeks.map((w) => [w.week, w.week === thisWeek]),
  ),
  series: [
    { label: L.written, data: weeks.map((w) => w.entries), color: 0 },
    { label: L.changed, data: weeks.map((w) => w.changes), color: 3 },
    { label: L.undone, data: weeks.map((w) => w.undos), color: 1 },
  ],
  yLabel: L.count,
  download: stem('corrections', f, today),
})}
</div>
<h2>${L.flagsTitle(flags.length)}</h2>
${flags.length ? h`<p id="flags-shown">${L.shown(shown.length, flags.length)} ${all}</p>` : ''}
<p class="note">${linked ? L.linked : L.unlinked}</p>
${
  shown.length
    ? scrollTable(
        h`<table class="list compact" id="flags"><thead><tr>${L.head.map((x) => h`<th>${x}</th>`)}</tr></thead>
<tbody>${shown.map(
          (x) =>
            h`<tr><td data-label="${day}">${x.day}</td><td data-label="${what}" class="what">${L.what(x.what)}</td><td data-label="${value}">${number(x.value)}</td><td data-label="${dataset}">${L.datasets[x.dataset] ?? x.dataset}</td><td data-label="${row}">${rowKey(x)}</td><td data-label="${worker}">${x.worker}</td></tr>`,
        )}</tbody></table>`,
      )
    : h`<p class="empty">${L.none}</p>`
}`;
});

/** Every flagged entry of the quality page's filters as CSV, under the downloads' keys (English, like every file). */
async function flagsFile(pc: PageContext, f: Filters, secret: string): Promise<DownloadResult> {
  const pseudonym = keyedPseudonymizer(secret);
  const only = await chosenWorkers(pc, f);
  const flags = await qualityFlags(pc.db, pseudonym, { workers: only, from: f.from, to: f.to });
  const esc = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [
    'day,worker,dataset,row,what,value',
    ...flags.map((x) =>
      [
        x.day,
        x.worker,
        x.dataset,
        x.id === null ? '' : pseudonym.row(ROW_KIND[x.dataset], x.id),
        x.what,
        String(x.value),
      ]
        .map(esc)
        .join(','),
    ),
  ];
  const synthetic = await isSynthetic(pc.db);
  const name = stem('quality-flags', f, todayOf(pc)).replace(/^upahku-/, synthetic ? 'upahku-SYNTHETIC-' : 'upahku-');
  return {
    filename: `${name}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: `${lines.join('\r\n')}\r\n`,
    audit: {
      dataset: FLAGS_DOWNLOAD,
      format: 'csv',
      kecamatan: f.kecamatan,
      product: f.product,
      from: f.from ?? null,
      to: f.to ?? null,
      rows: flags.length,
    },
  };
}

page('/research/exports', 'Data downloads', 90, async (pc) => {
  const L = T.exports;
  const names = Object.keys(DATASETS);
  const ready = !!pc.pseudonymSecret;
  // A data set's title and row in the page's language where there is one, else the codebook's.
  const doc = (n: string) => ({ ...DATASETS[n]!.doc, ...L.datasets[n] });
  // The codebooks' own texts (notes, meanings, values) are the files' words: marked with their language.
  const other = L.codebookLanguage ? 'en' : undefined;
  const [column, meaning, type, unit, values] = L.head;
  return h`${ready ? '' : h`<p class="error">${L.needSecret}</p>`}
<p>${L.intro}</p>
<form method="get" action="/dashboard/research/download" class="filters" id="export-form">
  <label>${L.dataset} <select name="dataset"><option value="${ALL_DATASETS}">${L.all}</option>${names.map((n) => h`<option value="${n}">${doc(n).title}</option>`)}</select></label>
  <label>${T.common.filters.from} ${dayInput('from', undefined)}</label>
  <label>${T.common.filters.to} ${dayInput('to', undefined)}</label>
  <label>${L.format} <select name="format"><option value="zip">${L.zip}</option><option value="csv">CSV</option><option value="json">JSON</option><option value="parquet">Parquet</option></select></label>
  <button type="submit"${ready ? '' : h` disabled`}>${L.download}</button>
</form>
<h2>${L.who}</h2>
${L.sampling.map((x) => h`<p>${x}</p>`)}
<h2>${L.codebooks}</h2>
${L.codebookLanguage ? h`<p class="note">${L.codebookLanguage}</p>` : ''}
${names.map((n) => {
  const d = doc(n);
  return h`<details><summary>${d.title} (<code>${d.name}</code>): ${L.rowPer} ${d.row}</summary>
<ul${other ? h` lang="${other}"` : ''}>${d.notes.map((x) => h`<li>${x}</li>`)}</ul>
${scrollTable(
  h`<table class="list stack"><thead><tr>${L.head.map((x) => h`<th>${x}</th>`)}</tr></thead>
<tbody>${d.columns.map(
    (c) =>
      h`<tr><th scope="row" class="row-head"><code>${c.name}</code></th><td data-label="${meaning}" class="wide"${other ? h` lang="${other}"` : ''}>${c.meaning}</td><td data-label="${type}">${L.types[c.type] ?? c.type}</td><td data-label="${unit}"${other ? h` lang="${other}"` : ''}>${c.unit ?? ''}</td><td data-label="${values}" class="wide"${other ? h` lang="${other}"` : ''}>${c.allowed ?? ''}</td></tr>`,
  )}</tbody></table>`,
  column,
)}</details>`;
})}`;
});

/** Data sets and codebooks for download, and the quality page's flagged entries; listed in src/app/dashboard.ts. */
export const researchDownload: DashboardDownload = {
  path: '/research/download',
  roles: RESEARCH_ROLES,
  handler: (pc) => words.run(pc.lang === 'id' ? ID : EN, () => download(pc)),
};

async function download(pc: PageContext): Promise<DownloadResult> {
  const E = T.exports.errors;
  const dataset = pc.query.get('dataset') ?? '';
  const format = (pc.query.get('format') || 'zip') as ExportFormat;
  const { from, to, bad } = windowOf(pc.query);
  const flags = dataset === FLAGS_DOWNLOAD;
  if (!flags && dataset !== ALL_DATASETS && !datasetByName(dataset)) return { error: E.dataset };
  if (!EXPORT_FORMATS.includes(format) || (flags && format !== 'csv')) return { error: E.format };
  if (bad) return { error: E.dates };
  if (!pc.pseudonymSecret) return { error: T.exports.needSecret };
  if (flags) return flagsFile(pc, filtersOf(pc.query), pc.pseudonymSecret);
  const file = await exportDataset(dataset, format, {
    db: pc.db,
    k: pc.k,
    now: pc.now,
    from,
    to,
    pseudonym: keyedPseudonymizer(pc.pseudonymSecret),
    overdueDays: pc.payOverdueDays,
    synthetic: await isSynthetic(pc.db),
  });
  return { ...file, audit: { dataset, format, from: from ?? null, to: to ?? null, rows: file.rows } };
}
