// Server side of the charts: a figure with a canvas, its data as inert JSON
// (run by /dashboard/assets/dashboard.js with Chart.js), and the same numbers
// as a table, so the page says everything without JavaScript too.
import { h, jsonBlock, type Safe } from './html.ts';
import { pageWords } from './i18n.ts';

export interface Series {
  label: string;
  /** null: no value (hidden by suppression, or no data). */
  data: (number | null)[];
  /** 'line' on a bar chart draws this series as a line (e.g. the UMK). */
  type?: 'line' | 'bar';
  /** Key into the palette, so a series keeps its colour across charts. */
  color?: number;
  dashed?: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  type: 'line' | 'bar';
  labels: string[];
  series: Series[];
  /** Axis caption, e.g. "Rp per hour". */
  yLabel?: string;
  stacked?: boolean;
  /** 'percent' shows 0..100 with a % sign; 'rupiah' groups thousands. */
  format?: 'number' | 'percent' | 'rupiah';
  horizontal?: boolean;
  note?: string;
  /** File name stem of the chart's CSV and PNG downloads (default: its id). */
  download?: string;
  /**
   * Per label: its week or month is still under way (figures for the days up
   * to today). Drawn apart (a hollow point reached by a dotted line, a pale
   * bar), its label marked with an asterisk on the axis and in the table (a
   * note under the chart says what it means), and said in a `partial` column
   * of the CSV.
   */
  partial?: boolean[];
  /** What the labels are, for the note on the partial mark. */
  period?: 'week' | 'month';
}

/** The mark of a week or month under way, after its label on the axis and in the table: short enough for a phone. */
export const PARTIAL_MARK = '*';

/** The labels as shown: the one under way marked. */
export function shownLabels(spec: Pick<ChartSpec, 'labels' | 'partial'>): string[] {
  return spec.labels.map((l, i) => (spec.partial?.[i] ? `${l}${PARTIAL_MARK}` : l));
}

/**
 * The chart's numbers as CSV: one row per label (as it is, without the axis's mark), one column per series,
 * empty where there is no value; for a chart over weeks or months, a last column `partial` (1: the period is
 * still under way).
 */
export function chartCsv(spec: ChartSpec): string {
  const esc = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const partial = spec.partial ? ['partial'] : [];
  const head = ['label', ...spec.series.map((s) => s.label), ...partial].map(esc).join(',');
  const lines = spec.labels.map((l, i) =>
    [
      esc(l),
      ...spec.series.map((s) => (s.data[i] === null || s.data[i] === undefined ? '' : String(s.data[i]))),
      ...(spec.partial ? [spec.partial[i] ? '1' : '0'] : []),
    ].join(','),
  );
  return `${[head, ...lines].join('\r\n')}\r\n`;
}

function cell(v: number | null, format: ChartSpec['format']): string {
  if (v === null) return '–';
  if (format === 'percent') return `${Math.round(v * 10) / 10}%`;
  if (format === 'rupiah') return `Rp${Math.round(v).toLocaleString('id-ID')}`;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export function chart(spec: ChartSpec): Safe {
  const t = pageWords();
  const empty = spec.labels.length === 0;
  const labels = shownLabels(spec);
  const anyPartial = !!spec.partial?.some(Boolean);
  const partialNote = t(
    spec.period === 'week' ? 'chart.partialWeek' : spec.period === 'month' ? 'chart.partialMonth' : 'chart.partial',
  );
  // The browser draws from this: the labels as shown, and the words its legend, tooltips and PNG need.
  const drawn = { ...spec, labels, words: { partial: t('chart.partialWord'), partialNote, legend: t('chart.legend') } };
  return h`<figure class="chart" id="${spec.id}">
  <figcaption>${spec.title}</figcaption>
  ${
    empty
      ? h`<p class="empty">${t('chart.noData')}</p>`
      : h`<div class="canvas-box"><canvas role="img" aria-label="${spec.title}"></canvas></div>
  <div class="legend" hidden></div>
  ${anyPartial ? h`<p class="partial-note">${partialNote}</p>` : ''}
  <script type="application/json" class="chart-spec">${jsonBlock(drawn)}</script>
  <details><summary>${t('chart.table')}</summary>${scrollTable(
    h`<table>
    <thead><tr><th></th>${spec.series.map((s) => h`<th>${s.label}</th>`)}</tr></thead>
    <tbody>${labels.map(
      (l, i) => h`<tr><th>${l}</th>${spec.series.map((s) => h`<td>${cell(s.data[i] ?? null, spec.format)}</td>`)}</tr>`,
    )}</tbody>
  </table>`,
  )}</details>`
  }
  ${
    empty
      ? ''
      : h`<p class="chart-downloads"><a class="chart-csv" download="${spec.download ?? spec.id}.csv" href="data:text/csv;charset=utf-8,${encodeURIComponent(chartCsv(spec))}">CSV</a>
  <a class="chart-png" download="${spec.download ?? spec.id}.png" href="#" hidden>PNG</a></p>`
  }
  ${spec.note ? h`<p class="note">${spec.note}</p>` : ''}
</figure>`;
}

/**
 * A table too wide for a phone, in a box that scrolls sideways: shadows at its edges show there is more, and
 * it can be scrolled with the keyboard (a focusable region named for what it holds).
 */
export function scrollTable(table: Safe, label?: string): Safe {
  return h`<div class="table-scroll" role="region" tabindex="0" aria-label="${label ?? pageWords()('chart.scroll')}">${table}</div>`;
}
