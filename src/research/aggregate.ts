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

/** Flags whose shares a cell gives (belowUmk, writtenAgreement, paidLateOrShort, bpjsTk, jkn): known and yes counts of each, FLAGS per cell. */
const FLAGS = 5;

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

/**
 * Observations as columns, what the aggregates read: month, kecamatan,
 * product and worker as places in lists of their names; figures as numbers
 * (NaN: none); flags as -1 (not known), 0 or 1. Made by the observations'
 * reader without an object per observation, or of objects by columnsOf.
 */
export class ObservationColumns {
  n = 0;
  months: string[] = [];
  kecamatans: string[] = [];
  products: string[] = [];
  workers: string[] = [];
  monthOf = new Int32Array(1024);
  kecOf = new Int32Array(1024);
  prodOf = new Int32Array(1024);
  workerOf = new Int32Array(1024);
  pieceRate = new Float64Array(1024);
  effectiveHourly = new Float64Array(1024);
  partial = new Uint8Array(1024);
  /** belowUmk, writtenAgreement, paidLateOrShort, bpjsTk, jkn. */
  flags = Array.from({ length: FLAGS }, () => new Int8Array(1024));

  /** Room for one more observation: its place (the caller fills every column there and counts it in `n`). */
  next(): number {
    if (this.n === this.monthOf.length) this.grow();
    return this.n;
  }

  private grow(): void {
    const size = 2 * this.n;
    const grow = <T extends Int32Array | Float64Array | Uint8Array | Int8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.monthOf = grow(this.monthOf);
    this.kecOf = grow(this.kecOf);
    this.prodOf = grow(this.prodOf);
    this.workerOf = grow(this.workerOf);
    this.pieceRate = grow(this.pieceRate);
    this.effectiveHourly = grow(this.effectiveHourly);
    this.partial = grow(this.partial);
    // In place: the list keeps its shape, which the code filling it was optimised for.
    for (let f = 0; f < FLAGS; f++) this.flags[f] = grow(this.flags[f]!);
  }

  /** Observation i as an object. */
  observation(i: number): Observation {
    const flag = (f: number) => (this.flags[f]![i] === -1 ? null : this.flags[f]![i] === 1);
    const number = (v: number) => (Number.isNaN(v) ? null : v);
    return {
      month: this.months[this.monthOf[i]!]!,
      kecamatan: this.kecamatans[this.kecOf[i]!]!,
      product: this.products[this.prodOf[i]!]!,
      worker: this.workers[this.workerOf[i]!]!,
      pieceRate: number(this.pieceRate[i]!),
      effectiveHourly: number(this.effectiveHourly[i]!),
      partial: this.partial[i] === 1,
      belowUmk: flag(0),
      writtenAgreement: flag(1),
      paidLateOrShort: flag(2),
      bpjsTk: flag(3),
      jkn: flag(4),
    };
  }
}

/** Observations as columns. */
export function columnsOf(observations: readonly Observation[]): ObservationColumns {
  const c = new ObservationColumns();
  const ids = [
    new Map<string, number>(),
    new Map<string, number>(),
    new Map<string, number>(),
    new Map<string, number>(),
  ];
  const names = [c.months, c.kecamatans, c.products, c.workers];
  const id = (k: number, key: string) => {
    let v = ids[k]!.get(key);
    if (v === undefined) {
      ids[k]!.set(key, (v = names[k]!.length));
      names[k]!.push(key);
    }
    return v;
  };
  const flag = (v: boolean | null | undefined) => (v === null || v === undefined ? -1 : v ? 1 : 0);
  for (const o of observations) {
    const i = c.next();
    c.monthOf[i] = id(0, o.month);
    c.kecOf[i] = id(1, o.kecamatan);
    c.prodOf[i] = id(2, o.product);
    c.workerOf[i] = id(3, o.worker);
    c.pieceRate[i] = o.pieceRate ?? Number.NaN;
    c.effectiveHourly[i] = o.effectiveHourly ?? Number.NaN;
    c.partial[i] = o.partial ? 1 : 0;
    c.flags[0]![i] = flag(o.belowUmk);
    c.flags[1]![i] = flag(o.writtenAgreement);
    c.flags[2]![i] = flag(o.paidLateOrShort);
    c.flags[3]![i] = flag(o.bpjsTk);
    c.flags[4]![i] = flag(o.jkn);
    c.n++;
  }
  return c;
}

/** Every published row for the observations, months in order, margins last within a month. */
export function aggregate(observations: readonly Observation[], k: number): AggregateRow[] {
  return aggregateColumns(columnsOf(observations), k);
}

/** The same, of observations as columns. */
export function aggregateColumns(c: ObservationColumns, k: number): AggregateRow[] {
  const out: AggregateRow[] = [];
  const n = c.n;
  const M = c.months.length;
  // Whether some worker has several observations in a month (several kinds of work). Her observations
  // usually come in months ascending, so her last month tells; otherwise every month's workers are counted.
  const months = [...c.months].sort();
  const rank = new Int32Array(M);
  for (let m = 0; m < M; m++) rank[m] = months.indexOf(c.months[m]!);
  const several = new Set<number>();
  const lastRank = new Int32Array(c.workers.length).fill(-1);
  let ascending = true;
  for (let i = 0; i < n; i++) {
    const r = rank[c.monthOf[i]!]!;
    const w = c.workerOf[i]!;
    if (lastRank[w] === r) several.add(c.monthOf[i]!);
    else if (lastRank[w]! > r) ascending = false;
    else lastRank[w] = r;
  }
  if (!ascending) {
    several.clear();
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const key = c.workerOf[i]! * M + c.monthOf[i]!;
      if (seen.has(key)) several.add(c.monthOf[i]!);
      seen.add(key);
    }
  }
  const columns = monthsOfColumns(c, k, several);
  for (const month of months) {
    const m = c.months.indexOf(month);
    if (several.has(m)) {
      const obs: Observation[] = [];
      for (let i = 0; i < n; i++) if (c.monthOf[i] === m) obs.push(c.observation(i));
      monthOfObservations(month, obs, k, out);
    } else columns(m, out);
  }
  return out;
}

/**
 * Every cell worked out from its own observations, month by month: what
 * `aggregate` gives (it works out months with one observation per worker
 * from columns of numbers instead).
 */
export function aggregateByCell(observations: readonly Observation[], k: number): AggregateRow[] {
  const out: AggregateRow[] = [];
  const byMonth = groupBy(observations, (o) => o.month);
  for (const month of [...byMonth.keys()].sort()) monthOfObservations(month, byMonth.get(month)!, k, out);
  return out;
}

/** A month's rows when some worker has several observations in it (several kinds of work). */
function monthOfObservations(month: string, obs: Observation[], k: number, out: AggregateRow[]): void {
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
  const distinct = (os: Observation[]) => {
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
      out.push(cellRow(cell, cellObs(kc === ALL ? null : kc, p === ALL ? null : p), table[i]![j]!, k));
    });
  });
}

/**
 * Each month's table of cells, for the months where each worker has one
 * observation: its kecamatan and products in order, where its cells start,
 * and for each inner cell the totals it adds into (its kecamatan's, its
 * product's, the regency's; -1 for a total).
 */
interface Layout {
  M: number;
  NK: number;
  NP: number;
  /** 1 for a month worked out otherwise (some worker has several observations in it). */
  skip: Uint8Array;
  /** A month's row of a kecamatan and column of a product (by their places in the columns' lists), -1 if none. */
  rowOf: Int32Array;
  colOf: Int32Array;
  partial: Uint8Array;
  kecsOf: string[][];
  prodsOf: string[][];
  /** Where month m's cells start: its (R + 1) x (C + 1) table, row by row; base[M] cells in all. */
  base: Int32Array;
  rowTotal: Int32Array;
  colTotal: Int32Array;
  allTotal: Int32Array;
}

/**
 * The months where each worker has one observation, worked out together:
 * every observation counts in four cells of its month (its own, its
 * kecamatan's and its product's totals, and the regency's). Counts and
 * shares are added up on each observation's own cell, and into the totals
 * from there; each cell's piece rates and hourly figures are dealt out to it
 * and sorted, and the totals' merged from those. Returns what writes a
 * month's rows.
 *
 * In small steps, each a function of its own with one loop: they run once
 * (or twice) per export in a fresh process, where a large function of many
 * loops is compiled again for every loop it reaches.
 */
function monthsOfColumns(
  obs: ObservationColumns,
  k: number,
  several: Set<number>,
): (m: number, out: AggregateRow[]) => void {
  const t = layoutOf(obs, several);
  const cellOf = ownCells(obs, t);
  const cells = t.base[t.M]!;
  const count = new Int32Array(cells);
  const negative = new Int32Array(cells);
  const known = new Int32Array(cells * FLAGS);
  const yes = new Int32Array(cells * FLAGS);
  countCells(obs, cellOf, count, negative);
  for (let f = 0; f < FLAGS; f++) countFlag(obs.flags[f]!, f, cellOf, obs.n, known, yes);
  intoTotals(t, count, 1);
  intoTotals(t, negative, 1);
  intoTotals(t, known, FLAGS);
  intoTotals(t, yes, FLAGS);
  const merge = new Merger(obs.n);
  const rates = sortedByCell(obs.pieceRate, obs.n, t, cellOf, merge);
  const hourly = sortedByCell(obs.effectiveHourly, obs.n, t, cellOf, merge);
  const share = (f: number, c: number) => {
    const kn = known[c * FLAGS + f]!;
    return kn && kn >= k ? round3(yes[c * FLAGS + f]! / kn) : null;
  };
  const q = (sorted: Float64Array, p: number) => (sorted.length >= k ? roundRp(quantileOfSorted(sorted, p)) : null);

  return (m, out) => {
    const month = obs.months[m]!;
    const kecs = t.kecsOf[m]!;
    const prods = t.prodsOf[m]!;
    const R = kecs.length;
    const C = prods.length;
    const W = C + 1;
    const b = t.base[m]!;
    const table = Array.from({ length: R + 1 }, (_, r) => Array.from(count.subarray(b + r * W, b + (r + 1) * W)));
    const { hidden, primary } = suppress(table, k);
    const rowKeys = [...kecs, ALL];
    const colKeys = [...prods, ALL];
    const part: 0 | 1 = t.partial[m] ? 1 : 0;
    for (let r = 0; r <= R; r++)
      for (let c = 0; c <= C; c++) {
        const cell = b + r * W + c;
        // An empty cell is left out (absence means nobody), unless it was hidden as a
        // complement: then it must appear as hidden, or its absence would give it away.
        if (count[cell] === 0 && !hidden[r]![c]) continue;
        const where = { month, partial: part, kecamatan: rowKeys[r]!, product: colKeys[c]! };
        if (hidden[r]![c]) {
          out.push({ ...where, ...HIDDEN, suppressed: primary[r]![c] ? 'small' : 'complement' });
          continue;
        }
        const sr = rates.values.subarray(rates.at[cell]!, rates.at[cell + 1]!);
        const sh = hourly.values.subarray(hourly.at[cell]!, hourly.at[cell + 1]!);
        out.push({
          month,
          partial: part,
          kecamatan: where.kecamatan,
          product: where.product,
          suppressed: '',
          workers: count[cell]!,
          piece_rate_n: sr.length,
          piece_rate_p25: q(sr, 0.25),
          piece_rate_median: q(sr, 0.5),
          piece_rate_p75: q(sr, 0.75),
          hourly_n: sh.length,
          hourly_p25: q(sh, 0.25),
          hourly_median: q(sh, 0.5),
          hourly_p75: q(sh, 0.75),
          share_below_umk: share(0, cell),
          share_negative_hourly: sh.length && sh.length >= k ? round3(negative[cell]! / sh.length) : null,
          share_written_agreement: share(1, cell),
          share_paid_late_or_short: share(2, cell),
          share_bpjs_tk: share(3, cell),
          share_jkn: share(4, cell),
        });
      }
  };
}

/** Each month's table (see Layout). */
function layoutOf(obs: ObservationColumns, several: Set<number>): Layout {
  const M = obs.months.length;
  const NK = obs.kecamatans.length;
  const NP = obs.products.length;
  const skip = new Uint8Array(M);
  for (const m of several) skip[m] = 1;
  const rowOf = new Int32Array(M * NK).fill(-1);
  const colOf = new Int32Array(M * NP).fill(-1);
  const partial = new Uint8Array(M);
  markPresent(obs, skip, rowOf, colOf, partial);
  const kecsOf: string[][] = [];
  const prodsOf: string[][] = [];
  const base = new Int32Array(M + 1);
  for (let m = 0; m < M; m++) {
    const kecs = obs.kecamatans.filter((_, j) => rowOf[m * NK + j] === 0).sort();
    const prods = obs.products.filter((_, j) => colOf[m * NP + j] === 0).sort();
    kecs.forEach((kc, r) => {
      rowOf[m * NK + obs.kecamatans.indexOf(kc)] = r;
    });
    prods.forEach((p, c) => {
      colOf[m * NP + obs.products.indexOf(p)] = c;
    });
    kecsOf.push(kecs);
    prodsOf.push(prods);
    base[m + 1] = base[m]! + (kecs.length + 1) * (prods.length + 1);
  }
  const cells = base[M]!;
  const rowTotal = new Int32Array(cells).fill(-1);
  const colTotal = new Int32Array(cells).fill(-1);
  const allTotal = new Int32Array(cells).fill(-1);
  for (let m = 0; m < M; m++) {
    const R = kecsOf[m]!.length;
    const C = prodsOf[m]!.length;
    const W = C + 1;
    const b = base[m]!;
    for (let r = 0; r < R; r++)
      for (let c = 0; c < C; c++) {
        rowTotal[b + r * W + c] = b + r * W + C;
        colTotal[b + r * W + c] = b + R * W + c;
        allTotal[b + r * W + c] = b + R * W + C;
      }
  }
  return { M, NK, NP, skip, rowOf, colOf, partial, kecsOf, prodsOf, base, rowTotal, colTotal, allTotal };
}

/** Marks the kecamatan and products present in each month (0), and the months under way. */
function markPresent(
  obs: ObservationColumns,
  skip: Uint8Array,
  rowOf: Int32Array,
  colOf: Int32Array,
  partial: Uint8Array,
): void {
  const NK = obs.kecamatans.length;
  const NP = obs.products.length;
  for (let i = 0; i < obs.n; i++) {
    const m = obs.monthOf[i]!;
    if (skip[m]) continue;
    rowOf[m * NK + obs.kecOf[i]!] = 0;
    colOf[m * NP + obs.prodOf[i]!] = 0;
    if (obs.partial[i]) partial[m] = 1;
  }
}

/** Each observation's own cell (-1: in a month worked out otherwise). */
function ownCells(obs: ObservationColumns, t: Layout): Int32Array {
  const cellOf = new Int32Array(obs.n);
  const { monthOf, kecOf, prodOf } = obs;
  for (let i = 0; i < obs.n; i++) {
    const m = monthOf[i]!;
    cellOf[i] = t.skip[m]
      ? -1
      : t.base[m]! + t.rowOf[m * t.NK + kecOf[i]!]! * (t.prodsOf[m]!.length + 1) + t.colOf[m * t.NP + prodOf[i]!]!;
  }
  return cellOf;
}

/** Observations in each cell, and those whose hourly figure is below zero. */
function countCells(obs: ObservationColumns, cellOf: Int32Array, count: Int32Array, negative: Int32Array): void {
  const hour = obs.effectiveHourly;
  for (let i = 0; i < obs.n; i++) {
    const cell = cellOf[i]!;
    if (cell < 0) continue;
    count[cell]!++;
    if (hour[i]! < 0) negative[cell]!++;
  }
}

/** Flag f's known and yes counts in each cell. */
function countFlag(
  flag: Int8Array,
  f: number,
  cellOf: Int32Array,
  n: number,
  known: Int32Array,
  yes: Int32Array,
): void {
  for (let i = 0; i < n; i++) {
    const cell = cellOf[i]!;
    const v = flag[i]!;
    if (cell < 0 || v === -1) continue;
    known[cell * FLAGS + f]!++;
    if (v === 1) yes[cell * FLAGS + f]!++;
  }
}

/** Adds what each inner cell holds (`width` numbers) into its three totals. */
function intoTotals(t: Layout, a: Int32Array, width: number): void {
  const cells = t.base[t.M]!;
  for (let cell = 0; cell < cells; cell++) {
    if (t.rowTotal[cell]! < 0) continue;
    for (let q = 0; q < width; q++) {
      const v = a[cell * width + q]!;
      a[t.rowTotal[cell]! * width + q] = a[t.rowTotal[cell]! * width + q]! + v;
      a[t.colTotal[cell]! * width + q] = a[t.colTotal[cell]! * width + q]! + v;
      a[t.allTotal[cell]! * width + q] = a[t.allTotal[cell]! * width + q]! + v;
    }
  }
}

/**
 * Each cell's values of a figure (NaN: none), sorted: cell c's are
 * [at[c], at[c + 1]) of `values`. Only the cells of one kecamatan and product
 * are sorted; a total is merged from the sorted cells it adds up.
 */
function sortedByCell(
  value: Float64Array,
  n: number,
  t: Layout,
  cellOf: Int32Array,
  merge: Merger,
): { at: Int32Array; values: Float64Array } {
  const cells = t.base[t.M]!;
  const sizes = new Int32Array(cells);
  countValues(value, n, cellOf, sizes);
  intoTotals(t, sizes, 1);
  const at = new Int32Array(cells + 1);
  for (let c = 0; c < cells; c++) at[c + 1] = at[c]! + sizes[c]!;
  const values = new Float64Array(at[cells]!);
  fillValues(value, n, cellOf, at, values);
  for (let m = 0; m < t.M; m++) {
    const R = t.kecsOf[m]!.length;
    const C = t.prodsOf[m]!.length;
    const W = C + 1;
    const b = t.base[m]!;
    // Typed arrays sort numbers natively, in ascending order.
    for (let r = 0; r < R; r++)
      for (let c = 0; c < C; c++) {
        const cell = b + r * W + c;
        if (at[cell + 1]! - at[cell]! > 1) values.subarray(at[cell]!, at[cell + 1]!).sort();
      }
    for (let r = 0; r < R; r++) merge.cells(values, at, b + r * W, 1, C, b + r * W + C);
    for (let c = 0; c < C; c++) merge.cells(values, at, b + c, W, R, b + R * W + c);
    merge.cells(values, at, b + R * W, 1, C, b + R * W + C);
  }
  return { at, values };
}

/** How many values each inner cell holds. */
function countValues(value: Float64Array, n: number, cellOf: Int32Array, sizes: Int32Array): void {
  for (let i = 0; i < n; i++) if (cellOf[i]! >= 0 && !Number.isNaN(value[i]!)) sizes[cellOf[i]!]!++;
}

/** The values of each inner cell into its place (at, counted up to each cell's start). */
function fillValues(value: Float64Array, n: number, cellOf: Int32Array, at: Int32Array, values: Float64Array): void {
  const fill = at.slice(0, at.length - 1);
  for (let i = 0; i < n; i++) {
    const v = value[i]!;
    const cell = cellOf[i]!;
    if (cell >= 0 && !Number.isNaN(v)) values[fill[cell]!++] = v;
  }
}

/** Merges sorted runs of numbers, in two buffers it keeps. */
class Merger {
  private a: Float64Array;
  private b: Float64Array;
  private bounds: Int32Array;
  private next: Int32Array;

  constructor(capacity: number) {
    this.a = new Float64Array(capacity);
    this.b = new Float64Array(capacity);
    this.bounds = new Int32Array(64);
    this.next = new Int32Array(64);
  }

  /**
   * Writes into cell `into` of `values` (cell c is [at[c], at[c + 1])) the
   * numbers of the `count` cells first, first + step, ..., each sorted
   * already, in ascending order.
   */
  cells(values: Float64Array, at: Int32Array, first: number, step: number, count: number, into: number): void {
    let len = 0;
    if (this.bounds.length < count + 1) {
      this.bounds = new Int32Array(2 * (count + 1));
      this.next = new Int32Array(2 * (count + 1));
    }
    let runs = 0;
    let src = this.a;
    for (let k = 0; k < count; k++) {
      const c = first + k * step;
      const from = at[c]!;
      const to = at[c + 1]!;
      if (to === from) continue;
      this.bounds[runs++] = len;
      src.set(values.subarray(from, to), len);
      len += to - from;
    }
    this.bounds[runs] = len;
    let dst = this.b;
    // Pairs of runs merged, until one is left.
    while (runs > 1) {
      let merged = 0;
      for (let r = 0; r < runs; r += 2) {
        const lo = this.bounds[r]!;
        const mid = this.bounds[r + 1]!;
        const hi = r + 2 <= runs ? this.bounds[r + 2]! : mid;
        this.next[merged++] = lo;
        let i = lo;
        let j = mid;
        let o = lo;
        while (i < mid && j < hi) dst[o++] = src[j]! < src[i]! ? src[j++]! : src[i++]!;
        while (i < mid) dst[o++] = src[i++]!;
        while (j < hi) dst[o++] = src[j++]!;
      }
      this.next[merged] = len;
      [this.bounds, this.next] = [this.next, this.bounds];
      runs = merged;
      [src, dst] = [dst, src];
    }
    values.set(src.subarray(0, len), at[into]!);
  }
}
