// Aggregates by month x kecamatan x product, with small-cell suppression.
//
// Input is one observation per worker, month and product (computed from the
// diary). For each month the cells form a kecamatan x product table whose
// margins ("all products" per kecamatan, "all kecamatan" per product, and the
// regency) are published too; `suppress` hides every cell with fewer than k
// workers and the complements that would let it be worked out. A statistic
// resting on fewer than k workers inside a published cell (e.g. only three of
// them logged hours) is left empty as well.
import { quantile, round3, roundRp, share } from './stats.ts';
import { suppress, withMargins } from './suppress.ts';

export const ALL = 'ALL';

export interface Observation {
  month: string;
  kecamatan: string;
  product: string;
  worker: string;
  /** Rupiah per piece over her orders of this product in the month (null: no priced order). */
  pieceRate: number | null;
  /** Rupiah per hour over the month (null: no hours logged). */
  effectiveHourly: number | null;
  belowUmk: boolean | null;
  writtenAgreement: boolean | null;
  paidLateOrShort: boolean | null;
  /** Covered by BPJS Ketenagakerjaan / by BPJS Kesehatan at the end of the month (null: not known). */
  bpjsTk: boolean | null;
  jkn: boolean | null;
}

export interface AggregateRow {
  month: string;
  kecamatan: string;
  product: string;
  /** null when the cell is suppressed. */
  workers: number | null;
  /** '' published; 'small' fewer than k workers; 'complement' hidden so a small cell cannot be worked out. */
  suppressed: '' | 'small' | 'complement';
  piece_rate_n: number | null;
  piece_rate_p25: number | null;
  piece_rate_median: number | null;
  piece_rate_p75: number | null;
  hourly_n: number | null;
  hourly_p25: number | null;
  hourly_median: number | null;
  hourly_p75: number | null;
  share_below_umk: number | null;
  share_written_agreement: number | null;
  share_paid_late_or_short: number | null;
  share_bpjs_tk: number | null;
  share_jkn: number | null;
}

interface WorkerSummary {
  pieceRates: number[];
  hourly: number | null;
  belowUmk: boolean | null;
  written: boolean | null;
  lateShort: boolean | null;
  bpjsTk: boolean | null;
  jkn: boolean | null;
}

/** One worker's figures across the observations of a cell (a margin joins several products). */
function summarise(obs: Observation[]): Map<string, WorkerSummary> {
  const byWorker = new Map<string, WorkerSummary>();
  const any = (a: boolean | null, b: boolean | null) => (a === null ? b : b === null ? a : a || b);
  for (const o of obs) {
    const w = byWorker.get(o.worker) ?? {
      pieceRates: [],
      hourly: null,
      belowUmk: null,
      written: null,
      lateShort: null,
      bpjsTk: null,
      jkn: null,
    };
    if (o.pieceRate !== null) w.pieceRates.push(o.pieceRate);
    // Hourly earnings, the UMK flag and protection are facts of her month, the same on every product row.
    w.hourly ??= o.effectiveHourly;
    w.belowUmk ??= o.belowUmk;
    w.bpjsTk ??= o.bpjsTk;
    w.jkn ??= o.jkn;
    w.written = any(w.written, o.writtenAgreement);
    w.lateShort = any(w.lateShort, o.paidLateOrShort);
    byWorker.set(o.worker, w);
  }
  return byWorker;
}

function cellStats(
  obs: Observation[],
  k: number,
): Omit<AggregateRow, 'month' | 'kecamatan' | 'product' | 'suppressed'> {
  const ws = [...summarise(obs).values()];
  // Her piece rate in a margin cell is the middle of her rates across products.
  const rates = ws.filter((w) => w.pieceRates.length).map((w) => quantile(w.pieceRates, 0.5)!);
  const hourly = ws.map((w) => w.hourly).filter((v): v is number => v !== null);
  const enough = <T>(n: number, v: T): T | null => (n >= k ? v : null);
  const s = (vals: (boolean | null)[]) => {
    const r = share(vals);
    return enough(r.n, round3(r.share));
  };
  return {
    workers: ws.length,
    piece_rate_n: rates.length,
    piece_rate_p25: enough(rates.length, roundRp(quantile(rates, 0.25))),
    piece_rate_median: enough(rates.length, roundRp(quantile(rates, 0.5))),
    piece_rate_p75: enough(rates.length, roundRp(quantile(rates, 0.75))),
    hourly_n: hourly.length,
    hourly_p25: enough(hourly.length, roundRp(quantile(hourly, 0.25))),
    hourly_median: enough(hourly.length, roundRp(quantile(hourly, 0.5))),
    hourly_p75: enough(hourly.length, roundRp(quantile(hourly, 0.75))),
    share_below_umk: s(ws.map((w) => w.belowUmk)),
    share_written_agreement: s(ws.map((w) => w.written)),
    share_paid_late_or_short: s(ws.map((w) => w.lateShort)),
    share_bpjs_tk: s(ws.map((w) => w.bpjsTk)),
    share_jkn: s(ws.map((w) => w.jkn)),
  };
}

const HIDDEN = {
  workers: null,
  piece_rate_n: null,
  piece_rate_p25: null,
  piece_rate_median: null,
  piece_rate_p75: null,
  hourly_n: null,
  hourly_p25: null,
  hourly_median: null,
  hourly_p75: null,
  share_below_umk: null,
  share_written_agreement: null,
  share_paid_late_or_short: null,
  share_bpjs_tk: null,
  share_jkn: null,
} as const;

/** Every published row for the observations, months in order, margins last within a month. */
export function aggregate(observations: readonly Observation[], k: number): AggregateRow[] {
  const out: AggregateRow[] = [];
  const months = [...new Set(observations.map((o) => o.month))].sort();
  for (const month of months) {
    const obs = observations.filter((o) => o.month === month);
    const kecs = [...new Set(obs.map((o) => o.kecamatan))].sort();
    const prods = [...new Set(obs.map((o) => o.product))].sort();
    const cellObs = (kec: string | null, prod: string | null) =>
      obs.filter((o) => (kec === null || o.kecamatan === kec) && (prod === null || o.product === prod));
    const distinct = (os: Observation[]) => new Set(os.map((o) => o.worker)).size;
    // The (R+1) x (C+1) table of worker counts; margins count distinct workers.
    const table = withMargins(kecs.map((kc) => prods.map((p) => distinct(cellObs(kc, p)))));
    kecs.forEach((kc, i) => {
      table[i]![prods.length] = distinct(cellObs(kc, null));
    });
    prods.forEach((p, j) => {
      table[kecs.length]![j] = distinct(cellObs(null, p));
    });
    table[kecs.length]![prods.length] = distinct(obs);
    const { hidden, primary } = suppress(table, k);
    const rowKeys = [...kecs, ALL];
    const colKeys = [...prods, ALL];
    rowKeys.forEach((kc, i) => {
      colKeys.forEach((p, j) => {
        // An empty cell is left out (absence means nobody), unless it was hidden as a
        // complement: then it must appear as hidden, or its absence would give it away.
        if (table[i]![j] === 0 && !hidden[i]![j]) return;
        const base = { month, kecamatan: kc, product: p };
        if (hidden[i]![j]) {
          out.push({ ...base, ...HIDDEN, suppressed: primary[i]![j] ? 'small' : 'complement' });
          return;
        }
        const stats = cellStats(cellObs(kc === ALL ? null : kc, p === ALL ? null : p), k);
        out.push({ ...base, suppressed: '', ...stats });
      });
    });
  }
  return out;
}
