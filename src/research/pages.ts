// The research pages of the dashboard. Everything here counts only workers who
// give research consent, shows no identifier of anyone, and shows no figure
// resting on fewer than k workers.

import { productLabel } from '../content/products.ts';
import type { Db } from '../db/connect.ts';
import { chart } from '../web/dashboard/charts.ts';
import { registerDashboardDownload } from '../web/dashboard/downloads.ts';
import { h, type Safe } from '../web/dashboard/html.ts';
import { type PageContext, RESEARCH_ROLES, registerDashboardPage } from '../web/dashboard/pages.ts';
import { type AggregateRow, ALL, aggregate } from './aggregate.ts';
import {
  DATASETS,
  datasetByName,
  type ExportFormat,
  exportDataset,
  keyedPseudonymizer,
  throwawayPseudonymizer,
} from './datasets.ts';
import { observationsFor } from './observations.ts';
import type { PanelRow } from './panel.ts';
import { coverageByMonth, obstacleCounts, statusRows } from './protection.ts';
import { correctionsByWeek, qualityFlags } from './quality.ts';
import { adherenceByWeek, earningsByMonth } from './series.ts';
import { inResearch } from './subjects.ts';
import { dayOfInstant, isoWeekOf, weeksBetween } from './weeks.ts';
import { workerWeeks } from './worker-weeks.ts';

const card = (n: number | string, label: string) =>
  h`<div class="card"><span class="n">${n}</span><span class="l">${label}</span></div>`;

const kNote = (k: number) => `Figures resting on fewer than ${k} workers are not shown (gaps in the lines).`;

async function panelRows(pc: PageContext): Promise<PanelRow[]> {
  const today = dayOfInstant(pc.now.toISOString());
  return workerWeeks(pc.db, throwawayPseudonymizer(), today);
}

async function aggregateRows(db: Db, pc: PageContext): Promise<AggregateRow[]> {
  return aggregate(await observationsFor(db, { now: pc.now, overdueDays: pc.payOverdueDays }), pc.k);
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

function page(path: string, title: string, order: number, render: (pc: PageContext) => Promise<Safe>): void {
  registerDashboardPage({ path, title, section: 'research', roles: RESEARCH_ROLES, order, render });
}

page('/research/overview', 'Overview', 10, async (pc) => {
  const { db, now, k } = pc;
  const workers = await db
    .selectFrom('workers')
    .select(['consented_at', 'last_active_at'])
    .select(inResearch('workers').as('in_research'))
    .where('status', '=', 'active')
    .execute();
  const research = workers.filter((w) => Boolean(w.in_research));
  const weekAgo = new Date(now.getTime() - 7 * 864e5).toISOString();
  const active = research.filter((w) => w.last_active_at >= weekAgo).length;
  const today = dayOfInstant(now.toISOString());
  const days = research.map((w) => dayOfInstant(w.consented_at ?? w.last_active_at)).sort();
  const weeks = days.length ? weeksBetween(days[0]!, today) : [];
  const joinedByWeek = new Map<string, number>();
  for (const d of days) joinedByWeek.set(isoWeekOf(d), (joinedByWeek.get(isoWeekOf(d)) ?? 0) + 1);
  let running = 0;
  const cumulative = weeks.map((w) => (running += joinedByWeek.get(isoWeekOf(w)) ?? 0));
  const adherence = adherenceByWeek(await panelRows(pc), k);
  return h`<div class="cards">
  ${card(workers.length, 'enrolled (consented to the diary)')}
  ${card(research.length, 'in the research data')}
  ${card(active, 'in the research data, active in the last 7 days')}
</div>
<div class="charts">
${chart({
  id: 'enrolment',
  title: 'Workers in the research data, by ISO week',
  type: 'bar',
  labels: weeks.map(isoWeekOf),
  series: [
    { label: 'joined that week', data: weeks.map((w) => joinedByWeek.get(isoWeekOf(w)) ?? 0) },
    { label: 'total', data: cumulative, type: 'line', color: 1 },
  ],
  yLabel: 'workers',
})}
${chart({
  id: 'adherence',
  title: 'Diary adherence: workers who wrote anything that week',
  type: 'line',
  labels: adherence.map((a) => a.week),
  series: [{ label: '% of workers in the panel', data: adherence.map((a) => a.percent), color: 2 }],
  format: 'percent',
  yLabel: '% of workers',
  note: kNote(k),
})}
</div>`;
});

page('/research/earnings', 'Earnings and the UMK', 20, async (pc) => {
  const months = earningsByMonth(await panelRows(pc), pc.k);
  const labels = months.map((m) => m.month);
  return h`<p>Effective hourly earnings: what she earned minus her costs, divided by the hours she wrote, per worker and month;
then the middle (median) and quartiles across workers. The UMK line is the regency minimum wage per month divided by 173 hours,
a yardstick: home workers are not legally covered by it.</p>
<div class="charts">
${chart({
  id: 'hourly',
  title: 'Effective hourly earnings against the UMK per hour',
  type: 'line',
  labels,
  series: [
    { label: 'lower quartile', data: months.map((m) => m.p25), color: 6, dashed: true },
    { label: 'median', data: months.map((m) => m.median), color: 0 },
    { label: 'upper quartile', data: months.map((m) => m.p75), color: 6, dashed: true },
    { label: 'UMK per hour', data: months.map((m) => m.umk), color: 1 },
  ],
  format: 'rupiah',
  yLabel: 'Rp per hour',
  note: kNote(pc.k),
})}
${chart({
  id: 'below-umk',
  title: 'Workers earning below the UMK per hour',
  type: 'bar',
  labels,
  series: [{ label: '% of workers with hours written', data: months.map((m) => m.belowPercent), color: 1 }],
  format: 'percent',
  yLabel: '% of workers',
  note: kNote(pc.k),
})}
</div>`;
});

page('/research/payments', 'Late and short pay', 30, async (pc) => {
  const agg = (await aggregateRows(pc.db, pc)).filter((r) => r.kecamatan === ALL && r.product === ALL);
  const months = earningsByMonth(await panelRows(pc), pc.k);
  return h`<div class="charts">
${chart({
  id: 'late-short',
  title: 'Workers with work paid late or short, by month',
  type: 'bar',
  labels: agg.map((r) => r.month),
  series: [{ label: '% of workers', data: agg.map((r) => pct(r.share_paid_late_or_short)), color: 1 }],
  format: 'percent',
  yLabel: '% of workers',
  note: kNote(pc.k),
})}
${chart({
  id: 'owed',
  title: 'Workers still owed money at the end of the month',
  type: 'bar',
  labels: months.map((m) => m.month),
  series: [{ label: '% of workers owed money', data: months.map((m) => m.owedPercent), color: 3 }],
  format: 'percent',
  yLabel: '% of workers',
  note: kNote(pc.k),
})}
${chart({
  id: 'owed-amount',
  title: 'Money owed to those owed, median',
  type: 'line',
  labels: months.map((m) => m.month),
  series: [{ label: 'median owed', data: months.map((m) => m.owedMedian), color: 3 }],
  format: 'rupiah',
  yLabel: 'Rp',
  note: kNote(pc.k),
})}
</div>`;
});

function aggregatesTable(rows: AggregateRow[]): Safe {
  const money = (v: number | null) => (v === null ? '' : `Rp${v.toLocaleString('id-ID')}`);
  const share = (v: number | null) => (v === null ? '' : `${Math.round(v * 100)}%`);
  return h`<div class="table-scroll"><table class="list" id="aggregates">
<thead><tr><th>Month</th><th>Kecamatan</th><th>Work</th><th>Workers</th><th>Piece rate p25 / median / p75</th><th>Hourly p25 / median / p75</th><th>Below UMK</th><th>Written terms</th><th>Paid late or short</th><th>BPJS TK</th><th>BPJS Kesehatan</th></tr></thead>
<tbody>${rows.map((r) =>
    r.suppressed
      ? h`<tr class="suppressed"><td>${r.month}</td><td>${r.kecamatan}</td><td>${r.product}</td><td colspan="8">hidden (${r.suppressed === 'small' ? 'fewer than k workers' : 'protects a small cell'})</td></tr>`
      : h`<tr><td>${r.month}</td><td>${r.kecamatan}</td><td>${r.product}</td><td>${r.workers}</td>
<td>${[r.piece_rate_p25, r.piece_rate_median, r.piece_rate_p75].map(money).join(' / ')}</td>
<td>${[r.hourly_p25, r.hourly_median, r.hourly_p75].map(money).join(' / ')}</td>
<td>${share(r.share_below_umk)}</td><td>${share(r.share_written_agreement)}</td><td>${share(r.share_paid_late_or_short)}</td><td>${share(r.share_bpjs_tk)}</td><td>${share(r.share_jkn)}</td></tr>`,
  )}</tbody></table></div>`;
}

page('/research/piece-rates', 'Piece rates by product', 40, async (pc) => {
  const rows = await aggregateRows(pc.db, pc);
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const products = [...new Set(rows.filter((r) => r.product !== ALL).map((r) => r.product))].sort();
  const at = (m: string, p: string) => rows.find((r) => r.month === m && r.kecamatan === ALL && r.product === p);
  const latest = months.at(-1);
  return h`<p>Median rupiah per piece: for each worker, the value of her accepted work divided by its pieces; then the median across workers.</p>
<div class="charts">
${chart({
  id: 'piece-rates',
  title: 'Median piece rate by kind of work, whole regency',
  type: 'line',
  labels: months,
  series: products.map((p, i) => ({
    label: productLabel(p, 'en') ?? p,
    data: months.map((m) => at(m, p)?.piece_rate_median ?? null),
    color: i,
  })),
  format: 'rupiah',
  yLabel: 'Rp per piece',
  note: kNote(pc.k),
})}
</div>
<h2>${latest ? `Month ${latest} by kecamatan and kind of work` : 'By kecamatan and kind of work'}</h2>
${latest ? aggregatesTable(rows.filter((r) => r.month === latest)) : h`<p class="empty">No data yet.</p>`}`;
});

page('/research/protection', 'Social protection', 50, async (pc) => {
  const rows = await statusRows(pc.db);
  const months = coverageByMonth(rows, dayOfInstant(pc.now.toISOString()), pc.k);
  const obstacles = await obstacleCounts(pc.db, pc.k);
  return h`<p>Coverage by each worker's latest answer up to the end of the month, among workers whose status is known.
BPJS Kesehatan counts PBI and self-paying members without arrears.</p>
<div class="charts">
${chart({
  id: 'coverage',
  title: 'Workers covered, by month',
  type: 'line',
  labels: months.map((m) => m.month),
  series: [
    { label: 'BPJS Ketenagakerjaan', data: months.map((m) => m.tkPercent), color: 2 },
    { label: 'BPJS Kesehatan (JKN)', data: months.map((m) => m.jknPercent), color: 0 },
  ],
  format: 'percent',
  yLabel: '% of workers',
  note: kNote(pc.k),
})}
${chart({
  id: 'obstacles',
  title: 'Why she has not enrolled yet (workers naming each obstacle)',
  type: 'bar',
  horizontal: true,
  labels: obstacles.some((o) => o.workers) ? obstacles.map((o) => OBSTACLE_LABELS[o.obstacle] ?? o.obstacle) : [],
  series: [{ label: 'workers', data: obstacles.map((o) => o.workers), color: 3 }],
  yLabel: 'workers',
  note: `Counts under ${pc.k}, and any count that would give one away from the total, are not shown.`,
})}
</div>`;
});

const OBSTACLE_LABELS: Record<string, string> = {
  documents: 'documents (KTP, KK ...)',
  cost: 'cost of the contribution',
  family: 'family does not agree',
  dont_know_how: 'does not know how',
  other: 'other',
};

page('/research/quality', 'Data quality', 60, async (pc) => {
  const weeks = await correctionsByWeek(pc.db);
  const linked = !!pc.pseudonymSecret;
  const flags = await qualityFlags(pc.db, linked ? keyedPseudonymizer(pc.pseudonymSecret!) : throwawayPseudonymizer());
  const shown = flags.slice(0, 300);
  return h`<p>How the diary is kept: entries written each week, and how many were changed or undone afterwards
(by when it happened). Below, entries outside what is plausible; the bot already asked her to confirm these when she wrote them.</p>
<div class="charts">
${chart({
  id: 'corrections',
  title: 'Entries written, changed and undone, by ISO week',
  type: 'bar',
  labels: weeks.map((w) => w.week),
  series: [
    { label: 'entries written', data: weeks.map((w) => w.entries), color: 0 },
    { label: 'fields changed', data: weeks.map((w) => w.changes), color: 3 },
    { label: 'entries undone', data: weeks.map((w) => w.undos), color: 1 },
  ],
  yLabel: 'count',
})}
</div>
<h2>Entries outside plausible bounds (${flags.length})</h2>
${
  linked
    ? h`<p class="note">Workers appear under the same pseudonyms as in the downloads.</p>`
    : h`<p class="note">PSEUDONYM_SECRET is not set: the worker labels here are made up for this page only.</p>`
}
${
  shown.length
    ? h`<div class="table-scroll"><table class="list" id="flags"><thead><tr><th>Day</th><th>Worker</th><th>Data set</th><th>Row</th><th>What</th><th>Value</th></tr></thead>
<tbody>${shown.map((f) => h`<tr><td>${f.day}</td><td>${f.worker}</td><td>${f.dataset}</td><td>${f.id ?? ''}</td><td>${f.what}</td><td>${f.value}</td></tr>`)}</tbody></table></div>`
    : h`<p class="empty">None.</p>`
}`;
});

page('/research/exports', 'Data downloads', 90, async (pc) => {
  const names = Object.keys(DATASETS);
  const ready = !!pc.pseudonymSecret;
  return h`${
    ready
      ? ''
      : h`<p class="error">Downloads need PSEUDONYM_SECRET in the service's environment (at least 16 random characters, kept stable).</p>`
  }
<p>Each download holds one data set; the ZIP adds its codebook (column, meaning, type, unit, allowed values) as CSV and as text,
and the JSON carries it inside. Workers and employers appear under pseudonyms that stay the same across downloads.
Every download is written to the audit log.</p>
<form method="get" action="/dashboard/research/download" class="filters" id="export-form">
  <label>Data set <select name="dataset">${names.map((n) => h`<option value="${n}">${DATASETS[n]!.doc.title}</option>`)}</select></label>
  <label>From <input type="date" name="from"></label>
  <label>To <input type="date" name="to"></label>
  <label>Format <select name="format"><option value="zip">ZIP (CSV + codebook)</option><option value="csv">CSV</option><option value="json">JSON</option></select></label>
  <button type="submit"${ready ? '' : h` disabled`}>Download</button>
</form>
<h2>Codebooks</h2>
${names.map((n) => {
  const d = DATASETS[n]!.doc;
  return h`<details><summary>${d.title} (${d.name}): one row per ${d.row}</summary>
<ul>${d.notes.map((x) => h`<li>${x}</li>`)}</ul>
<div class="table-scroll"><table class="list"><thead><tr><th>Column</th><th>Meaning</th><th>Type</th><th>Unit</th><th>Values</th></tr></thead>
<tbody>${d.columns.map((c) => h`<tr><td><code>${c.name}</code></td><td>${c.meaning}</td><td>${c.type}</td><td>${c.unit ?? ''}</td><td>${c.allowed ?? ''}</td></tr>`)}</tbody></table></div></details>`;
})}`;
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

registerDashboardDownload({
  path: '/research/download',
  roles: RESEARCH_ROLES,
  async handler(pc) {
    const dataset = pc.query.get('dataset') ?? '';
    const format = (pc.query.get('format') || 'zip') as ExportFormat;
    const from = pc.query.get('from') || undefined;
    const to = pc.query.get('to') || undefined;
    if (!datasetByName(dataset)) return { error: 'Choose a data set from the list.' };
    if (!['zip', 'csv', 'json'].includes(format)) return { error: 'Choose ZIP, CSV or JSON.' };
    if ((from && !DAY.test(from)) || (to && !DAY.test(to)) || (from && to && from > to))
      return { error: 'Dates must be YYYY-MM-DD, the first not after the second.' };
    if (!pc.pseudonymSecret) return { error: 'Set PSEUDONYM_SECRET in the service environment first.' };
    const file = await exportDataset(dataset, format, {
      db: pc.db,
      k: pc.k,
      now: pc.now,
      from,
      to,
      pseudonym: keyedPseudonymizer(pc.pseudonymSecret),
      overdueDays: pc.payOverdueDays,
    });
    return { ...file, audit: { dataset, format, from: from ?? null, to: to ?? null, rows: file.rows } };
  },
});
