// Aggregates by month x kecamatan x product, with small-cell suppression.
//
// Input is one observation per worker, month and product (computed from the
// diary). For each month the cells form a kecamatan x product table whose
// margins ("all products" per kecamatan, "all kecamatan" per product, and the
// regency) are published too; `suppress` hides every cell with fewer than k
// workers and the complements that would let it be worked out. A statistic
// resting on fewer than k workers inside a published cell (e.g. only three of
// them logged hours) is left empty as well.
import { quantile, quantileOfSorted, round3, roundRp } from './stats.ts';
import { suppress, withMargins } from './suppress.ts';

export const ALL = 'ALL';

export interface Observation {
  month: string;
  kecamatan: string;
  product: string;
  worker: string;
  /** Value of her accepted work over its pieces in the month (null: nothing handed in). */
  pieceRate: number | null;
  /** The month is still under way. */
  partial?: boolean;
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
  /** 1 for the current month: figures for its days so far. */
  partial: 0 | 1;
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
  share_negative_hourly: number | null;
  share_written_agreement: number | null;
  share_paid_late_or_short: number | null;
  share_bpjs_tk: number | null;
  share_jkn: number | null;
}

/** A worker's figures in a cell: her observation, or the merge of hers when a margin joins several products. */
type Summary = Pick<
  Observation,
  'pieceRate' | 'effectiveHourly' | 'belowUmk' | 'writtenAgreement' | 'paidLateOrShort' | 'bpjsTk' | 'jkn'
>;

/** One summary per worker across the observations of a cell. */
function summarise(obs: Observation[]): Summary[] {
  const byWorker = new Map<string, Summary & { pieceRates: number[] }>();
  const any = (a: boolean | null, b: boolean | null) => (a === null ? b : b === null ? a : a || b);
  for (const o of obs) {
    const w = byWorker.get(o.worker) ?? {
      pieceRates: [],
      pieceRate: null,
      effectiveHourly: null,
      belowUmk: null,
      writtenAgreement: null,
      paidLateOrShort: null,
      bpjsTk: null,
      jkn: null,
    };
    if (o.pieceRate !== null) w.pieceRates.push(o.pieceRate);
    // Hourly earnings, the UMK flag and protection are facts of her month, the same on every product row.
    w.effectiveHourly ??= o.effectiveHourly;
    w.belowUmk ??= o.belowUmk;
    w.bpjsTk ??= o.bpjsTk;
    w.jkn ??= o.jkn;
    w.writtenAgreement = any(w.writtenAgreement, o.writtenAgreement);
    w.paidLateOrShort = any(w.paidLateOrShort, o.paidLateOrShort);
    byWorker.set(o.worker, w);
  }
  // Her piece rate in a margin cell is the middle of her rates across products.
  for (const w of byWorker.values()) w.pieceRate = quantile(w.pieceRates, 0.5);
  return [...byWorker.values()];
}

/** Counts of known and true values, for a share. */
class Tally {
  known = 0;
  yes = 0;
  add(v: boolean | null): void {
    if (v === null) return;
    this.known++;
    if (v) this.yes++;
  }
  /** The share (rounded) when at least k values are known. */
  share(k: number): number | null {
    return this.known && this.known >= k ? round3(this.yes / this.known) : null;
  }
}

/** The published row of a cell whose observations come from `workers` distinct workers. */
function cellRow(
  cell: { month: string; partial: 0 | 1; kecamatan: string; product: string },
  obs: Observation[],
  workers: number,
  k: number,
): AggregateRow {
  // Each worker once: her observation itself, unless the cell holds several of hers.
  const ws: readonly Summary[] = workers === obs.length ? obs : summarise(obs);
  const rates = new Float64Array(ws.length);
  const hourly = new Float64Array(ws.length);
  let nRates = 0;
  let nHourly = 0;
  const below = new Tally();
  const negative = new Tally();
  const written = new Tally();
  const lateShort = new Tally();
  const bpjsTk = new Tally();
  const jkn = new Tally();
  for (const w of ws) {
    if (w.pieceRate !== null) rates[nRates++] = w.pieceRate;
    if (w.effectiveHourly !== null) hourly[nHourly++] = w.effectiveHourly;
    negative.add(w.effectiveHourly === null ? null : w.effectiveHourly < 0);
    below.add(w.belowUmk);
    written.add(w.writtenAgreement);
    lateShort.add(w.paidLateOrShort);
    bpjsTk.add(w.bpjsTk);
    jkn.add(w.jkn);
  }
  // Typed arrays sort numbers natively, in ascending order.
  const sortedRates = rates.subarray(0, nRates).sort();
  const sortedHourly = hourly.subarray(0, nHourly).sort();
  const q = (sorted: Float64Array, p: number) => (sorted.length >= k ? roundRp(quantileOfSorted(sorted, p)) : null);
  return {
    month: cell.month,
    partial: cell.partial,
    kecamatan: cell.kecamatan,
    product: cell.product,
    suppressed: '',
    workers: ws.length,
    piece_rate_n: nRates,
    piece_rate_p25: q(sortedRates, 0.25),
    piece_rate_median: q(sortedRates, 0.5),
    piece_rate_p75: q(sortedRates, 0.75),
    hourly_n: nHourly,
    hourly_p25: q(sortedHourly, 0.25),
    hourly_median: q(sortedHourly, 0.5),
    hourly_p75: q(sortedHourly, 0.75),
    share_below_umk: below.share(k),
    share_negative_hourly: negative.share(k),
    share_written_agreement: written.share(k),
    share_paid_late_or_short: lateShort.share(k),
    share_bpjs_tk: bpjsTk.share(k),
    share_jkn: jkn.share(k),
  };
}

/**
 * A month's observations as columns (NaN or -1 for null, 0/1 for a flag), so that a cell is a list of places:
 * the common case, one observation per worker in the month, read in tight loops over numbers.
 */
interface Columns {
  rate: Float64Array;
  hourly: Float64Array;
  below: Int8Array;
  written: Int8Array;
  late: Int8Array;
  tk: Int8Array;
  jkn: Int8Array;
}

const flag = (v: boolean | null) => (v === null ? -1 : v ? 1 : 0);

function columnsOf(obs: readonly Observation[]): Columns {
  const n = obs.length;
  const c: Columns = {
    rate: new Float64Array(n),
    hourly: new Float64Array(n),
    below: new Int8Array(n),
    written: new Int8Array(n),
    late: new Int8Array(n),
    tk: new Int8Array(n),
    jkn: new Int8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const o = obs[i]!;
    c.rate[i] = o.pieceRate ?? Number.NaN;
    c.hourly[i] = o.effectiveHourly ?? Number.NaN;
    c.below[i] = flag(o.belowUmk);
    c.written[i] = flag(o.writtenAgreement);
    c.late[i] = flag(o.paidLateOrShort);
    c.tk[i] = flag(o.bpjsTk);
    c.jkn[i] = flag(o.jkn);
  }
  return c;
}

/** The share of 1 among the known (not -1) flags at `places`, when at least k are known (as Tally). */
function shareOf(col: Int8Array, places: ArrayLike<number>, k: number): number | null {
  let known = 0;
  let yes = 0;
  for (let j = 0; j < places.length; j++) {
    const v = col[places[j]!]!;
    if (v < 0) continue;
    known++;
    yes += v;
  }
  return known && known >= k ? round3(yes / known) : null;
}

/** cellRow for a cell whose observations (at `places` in the month's columns) are each of a different worker. */
function cellRowOfColumns(
  cell: { month: string; partial: 0 | 1; kecamatan: string; product: string },
  c: Columns,
  places: ArrayLike<number>,
  k: number,
): AggregateRow {
  const n = places.length;
  const rates = new Float64Array(n);
  const hourly = new Float64Array(n);
  let nRates = 0;
  let nHourly = 0;
  let negKnown = 0;
  let negYes = 0;
  for (let j = 0; j < n; j++) {
    const i = places[j]!;
    const r = c.rate[i]!;
    if (!Number.isNaN(r)) rates[nRates++] = r;
    const h = c.hourly[i]!;
    if (!Number.isNaN(h)) {
      hourly[nHourly++] = h;
      negKnown++;
      if (h < 0) negYes++;
    }
  }
  const sortedRates = rates.subarray(0, nRates).sort();
  const sortedHourly = hourly.subarray(0, nHourly).sort();
  const q = (sorted: Float64Array, p: number) => (sorted.length >= k ? roundRp(quantileOfSorted(sorted, p)) : null);
  return {
    month: cell.month,
    partial: cell.partial,
    kecamatan: cell.kecamatan,
    product: cell.product,
    suppressed: '',
    workers: n,
    piece_rate_n: nRates,
    piece_rate_p25: q(sortedRates, 0.25),
    piece_rate_median: q(sortedRates, 0.5),
    piece_rate_p75: q(sortedRates, 0.75),
    hourly_n: nHourly,
    hourly_p25: q(sortedHourly, 0.25),
    hourly_median: q(sortedHourly, 0.5),
    hourly_p75: q(sortedHourly, 0.75),
    share_below_umk: shareOf(c.below, places, k),
    share_negative_hourly: negKnown && negKnown >= k ? round3(negYes / negKnown) : null,
    share_written_agreement: shareOf(c.written, places, k),
    share_paid_late_or_short: shareOf(c.late, places, k),
    share_bpjs_tk: shareOf(c.tk, places, k),
    share_jkn: shareOf(c.jkn, places, k),
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
  share_negative_hourly: null,
  share_written_agreement: null,
  share_paid_late_or_short: null,
  share_bpjs_tk: null,
  share_jkn: null,
} as const;

/** `xs` grouped by `key`, each group in the order of `xs`. */
function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Every published row for the observations, months in order, margins last within a month. */
export function aggregate(observations: readonly Observation[], k: number): AggregateRow[] {
  const out: AggregateRow[] = [];
  const byMonth = groupBy(observations, (o) => o.month);
  for (const month of [...byMonth.keys()].sort()) {
    const obs = byMonth.get(month)!;
    const partial: 0 | 1 = obs.some((o) => o.partial) ? 1 : 0;
    const byKec = groupBy(obs, (o) => o.kecamatan);
    const byProd = groupBy(obs, (o) => o.product);
    const kecs = [...byKec.keys()].sort();
    const prods = [...byProd.keys()].sort();
    const byCell = new Map([...byKec].map(([kc, os]) => [kc, groupBy(os, (o) => o.product)]));
    // Observations of a cell (null: all kecamatan / all products), in their order.
    const cellObs = (kec: string | null, prod: string | null): Observation[] =>
      kec === null
        ? prod === null
          ? obs
          : byProd.get(prod)!
        : prod === null
          ? byKec.get(kec)!
          : (byCell.get(kec)!.get(prod) ?? []);
    // With one observation per worker in the month (one kind of work each), every cell's observations are
    // distinct workers and counting them needs no set.
    const once = new Set<string>();
    for (const o of obs) once.add(o.worker);
    const columns = once.size === obs.length ? columnsOf(obs) : null;
    // Each observation's place in the month, to find it in the columns.
    const place = new Map<Observation, number>();
    if (columns) for (let i = 0; i < obs.length; i++) place.set(obs[i]!, i);
    const placesOf = (os: Observation[]) => {
      const at = new Int32Array(os.length);
      for (let j = 0; j < os.length; j++) at[j] = place.get(os[j]!)!;
      return at;
    };
    const distinct = columns
      ? (os: Observation[]) => os.length
      : (os: Observation[]) => {
          const ws = new Set<string>();
          for (const o of os) ws.add(o.worker);
          return ws.size;
        };
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
        const cell = { month, partial, kecamatan: kc, product: p };
        if (hidden[i]![j]) {
          out.push({ ...cell, ...HIDDEN, suppressed: primary[i]![j] ? 'small' : 'complement' });
          return;
        }
        const os = cellObs(kc === ALL ? null : kc, p === ALL ? null : p);
        out.push(columns ? cellRowOfColumns(cell, columns, placesOf(os), k) : cellRow(cell, os, table[i]![j]!, k));
      });
    });
  }
  return out;
}
