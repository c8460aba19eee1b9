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
  const columns = monthsOfColumns(c, k);
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
 * The months where each worker has one observation, each worked out on its
 * own: every observation counts in four cells of its month (its own, its
 * kecamatan's and its product's totals, and the regency's). Counts and
 * shares are added up on each observation's own cell, and into the totals
 * from there; each cell's piece rates and hourly figures are dealt out to it
 * and sorted, and the totals' merged from those. Returns what writes a
 * month's rows.
 *
 * A month at a time: the same few functions run once per month (a few dozen
 * times), so that they are compiled after the first months, where loops over
 * every observation at once run once per export, in a fresh process, and
 * wait for the compiler each.
 */
function monthsOfColumns(obs: ObservationColumns, k: number): (m: number, out: AggregateRow[]) => void {
  const M = obs.months.length;
  // The observations of each month, in their order: order[starts[m] .. starts[m + 1]).
  const starts = new Int32Array(M + 1);
  const order = new Int32Array(obs.n);
  byMonth(obs, starts, order);
  const work = new MonthWork(obs, starts);
  const merge = new Merger(obs.n);
  return (m, out) => monthOfColumns(obs, k, m, order.subarray(starts[m]!, starts[m + 1]!), work, merge, out);
}

/** Observation numbers grouped by month (counted first, then placed). */
function byMonth(obs: ObservationColumns, starts: Int32Array, order: Int32Array): void {
  const M = obs.months.length;
  for (let i = 0; i < obs.n; i++) starts[obs.monthOf[i]! + 1]!++;
  for (let m = 0; m < M; m++) starts[m + 1] = starts[m + 1]! + starts[m]!;
  const fill = starts.slice(0, M);
  for (let i = 0; i < obs.n; i++) order[fill[obs.monthOf[i]!]!++] = i;
}

/** Arrays a month is worked out in, large enough for the largest month, reused month after month. */
class MonthWork {
  /** A kecamatan's row and a product's column in the month's table (by their places in the columns' lists). */
  readonly rowOf: Int32Array;
  readonly colOf: Int32Array;
  /** Each of the month's observations' own cell. */
  readonly cellOf: Int32Array;
  constructor(obs: ObservationColumns, starts: Int32Array) {
    let most = 0;
    for (let m = 0; m + 1 < starts.length; m++) most = Math.max(most, starts[m + 1]! - starts[m]!);
    this.rowOf = new Int32Array(obs.kecamatans.length);
    this.colOf = new Int32Array(obs.products.length);
    this.cellOf = new Int32Array(most);
  }
}

/** A month's rows, of its observations `mine` (observation numbers). */
function monthOfColumns(
  obs: ObservationColumns,
  k: number,
  m: number,
  mine: Int32Array,
  w: MonthWork,
  merge: Merger,
  out: AggregateRow[],
): void {
  // Its kecamatan and products, in order, and the cells of its (R + 1) x (C + 1) table.
  const partial = markPresent(obs, mine, w);
  const kecs = inOrder(obs.kecamatans, w.rowOf);
  const prods = inOrder(obs.products, w.colOf);
  const t = new MonthTable(kecs.length, prods.length);
  ownCells(obs, mine, w, prods.length + 1);
  tallyMonth(obs, mine, w.cellOf, t);
  const rates = sortedCells(obs.pieceRate, mine, w.cellOf, t, merge);
  const hourly = sortedCells(obs.effectiveHourly, mine, w.cellOf, t, merge);
  monthRows(obs.months[m]!, partial, kecs, prods, t, rates, hourly, k, out);
}

/** Marks the kecamatan and products of the month's observations (0, the others -1); whether the month is under way. */
function markPresent(obs: ObservationColumns, mine: Int32Array, w: MonthWork): 0 | 1 {
  w.rowOf.fill(-1);
  w.colOf.fill(-1);
  let partial: 0 | 1 = 0;
  for (let j = 0; j < mine.length; j++) {
    const i = mine[j]!;
    w.rowOf[obs.kecOf[i]!] = 0;
    w.colOf[obs.prodOf[i]!] = 0;
    if (obs.partial[i]) partial = 1;
  }
  return partial;
}

/** The names marked present (0 in `place`), in order; each one's place in that order into `place`. */
function inOrder(names: string[], place: Int32Array): string[] {
  const present: string[] = [];
  for (let j = 0; j < names.length; j++) if (place[j] === 0) present.push(names[j]!);
  present.sort();
  for (let r = 0; r < present.length; r++) place[names.indexOf(present[r]!)] = r;
  return present;
}

/** Each observation's own cell in the month's table of W columns. */
function ownCells(obs: ObservationColumns, mine: Int32Array, w: MonthWork, W: number): void {
  for (let j = 0; j < mine.length; j++) {
    const i = mine[j]!;
    w.cellOf[j] = w.rowOf[obs.kecOf[i]!]! * W + w.colOf[obs.prodOf[i]!]!;
  }
}

/** The month's rows: every cell with anyone in it, or hidden as a complement. */
function monthRows(
  month: string,
  partial: 0 | 1,
  kecs: string[],
  prods: string[],
  t: MonthTable,
  rates: { at: Int32Array; values: Float64Array },
  hourly: { at: Int32Array; values: Float64Array },
  k: number,
  out: AggregateRow[],
): void {
  const R = kecs.length;
  const W = prods.length + 1;
  const table: number[][] = [];
  for (let r = 0; r <= R; r++) table.push(Array.from(t.count.subarray(r * W, (r + 1) * W)));
  const { hidden, primary } = suppress(table, k);
  for (let cell = 0; cell < (R + 1) * W; cell++) {
    const r = (cell / W) | 0;
    const c = cell - r * W;
    // An empty cell is left out (absence means nobody), unless it was hidden as a
    // complement: then it must appear as hidden, or its absence would give it away.
    if (t.count[cell] === 0 && !hidden[r]![c]) continue;
    const kecamatan = r < R ? kecs[r]! : ALL;
    const product = c < W - 1 ? prods[c]! : ALL;
    if (hidden[r]![c])
      out.push({ month, partial, kecamatan, product, ...HIDDEN, suppressed: primary[r]![c] ? 'small' : 'complement' });
    else out.push(shownRow(month, partial, kecamatan, product, cell, t, rates, hourly, k));
  }
}

/** The published row of a cell. */
function shownRow(
  month: string,
  partial: 0 | 1,
  kecamatan: string,
  product: string,
  cell: number,
  t: MonthTable,
  rates: { at: Int32Array; values: Float64Array },
  hourly: { at: Int32Array; values: Float64Array },
  k: number,
): AggregateRow {
  const sr = rates.values.subarray(rates.at[cell]!, rates.at[cell + 1]!);
  const sh = hourly.values.subarray(hourly.at[cell]!, hourly.at[cell + 1]!);
  return {
    month,
    partial,
    kecamatan,
    product,
    suppressed: '',
    workers: t.count[cell]!,
    piece_rate_n: sr.length,
    piece_rate_p25: quartile(sr, 0.25, k),
    piece_rate_median: quartile(sr, 0.5, k),
    piece_rate_p75: quartile(sr, 0.75, k),
    hourly_n: sh.length,
    hourly_p25: quartile(sh, 0.25, k),
    hourly_median: quartile(sh, 0.5, k),
    hourly_p75: quartile(sh, 0.75, k),
    share_below_umk: t.share(0, cell, k),
    share_negative_hourly: sh.length && sh.length >= k ? round3(t.negative[cell]! / sh.length) : null,
    share_written_agreement: t.share(1, cell, k),
    share_paid_late_or_short: t.share(2, cell, k),
    share_bpjs_tk: t.share(3, cell, k),
    share_jkn: t.share(4, cell, k),
  };
}

/** A quantile of sorted values, in whole rupiah, when at least k values are behind it. */
function quartile(sorted: Float64Array, p: number, k: number): number | null {
  return sorted.length >= k ? roundRp(quantileOfSorted(sorted, p)) : null;
}

/**
 * A month's (R + 1) x (C + 1) table of cells, row by row (the last column the
 * kecamatan's totals, the last row the products', the corner the regency's):
 * how many observations, how many with an hourly figure below zero, and each
 * flag's known and yes counts.
 */
class MonthTable {
  readonly count: Int32Array;
  readonly negative: Int32Array;
  readonly known: Int32Array;
  readonly yes: Int32Array;
  constructor(
    readonly R: number,
    readonly C: number,
  ) {
    const cells = (R + 1) * (C + 1);
    this.count = new Int32Array(cells);
    this.negative = new Int32Array(cells);
    this.known = new Int32Array(cells * FLAGS);
    this.yes = new Int32Array(cells * FLAGS);
  }

  /** The share of flag f in a cell when at least k values are known. */
  share(f: number, cell: number, k: number): number | null {
    const kn = this.known[cell * FLAGS + f]!;
    return kn && kn >= k ? round3(this.yes[cell * FLAGS + f]! / kn) : null;
  }

  /** Adds what each inner cell holds (`width` numbers of `a`) into its three totals. */
  intoTotals(a: Int32Array, width: number): void {
    const { R, C } = this;
    const W = C + 1;
    for (let r = 0; r < R; r++)
      for (let c = 0; c < C; c++) {
        const cell = r * W + c;
        for (let q = 0; q < width; q++) {
          const v = a[cell * width + q]!;
          a[(r * W + C) * width + q] = a[(r * W + C) * width + q]! + v;
          a[(R * W + c) * width + q] = a[(R * W + c) * width + q]! + v;
          a[(R * W + C) * width + q] = a[(R * W + C) * width + q]! + v;
        }
      }
  }
}

/** The month's counts on each observation's own cell, then into the totals. */
function tallyMonth(obs: ObservationColumns, mine: Int32Array, cellOf: Int32Array, t: MonthTable): void {
  const hour = obs.effectiveHourly;
  for (let j = 0; j < mine.length; j++) {
    const i = mine[j]!;
    const cell = cellOf[j]!;
    t.count[cell]!++;
    if (hour[i]! < 0) t.negative[cell]!++;
    for (let f = 0; f < FLAGS; f++) {
      const v = obs.flags[f]![i]!;
      if (v === -1) continue;
      t.known[cell * FLAGS + f]!++;
      if (v === 1) t.yes[cell * FLAGS + f]!++;
    }
  }
  t.intoTotals(t.count, 1);
  t.intoTotals(t.negative, 1);
  t.intoTotals(t.known, FLAGS);
  t.intoTotals(t.yes, FLAGS);
}

/**
 * Each cell's values of a figure (NaN: none), sorted: cell c's are
 * [at[c], at[c + 1]) of `values`. Only the cells of one kecamatan and product
 * are sorted; a total is merged from the sorted cells it adds up.
 */
function sortedCells(
  value: Float64Array,
  mine: Int32Array,
  cellOf: Int32Array,
  t: MonthTable,
  merge: Merger,
): { at: Int32Array; values: Float64Array } {
  const { R, C } = t;
  const W = C + 1;
  const cells = (R + 1) * W;
  const sizes = new Int32Array(cells);
  for (let j = 0; j < mine.length; j++) if (!Number.isNaN(value[mine[j]!]!)) sizes[cellOf[j]!]!++;
  t.intoTotals(sizes, 1);
  const at = new Int32Array(cells + 1);
  for (let c = 0; c < cells; c++) at[c + 1] = at[c]! + sizes[c]!;
  const values = new Float64Array(at[cells]!);
  const fill = at.slice(0, cells);
  for (let j = 0; j < mine.length; j++) {
    const v = value[mine[j]!]!;
    if (!Number.isNaN(v)) values[fill[cellOf[j]!]!++] = v;
  }
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++) {
      const cell = r * W + c;
      sortRange(values, at[cell]!, at[cell + 1]!);
    }
  for (let r = 0; r < R; r++) merge.cells(values, at, r * W, 1, C, r * W + C);
  for (let c = 0; c < C; c++) merge.cells(values, at, c, W, R, R * W + c);
  merge.cells(values, at, R * W, 1, C, R * W + C);
  return { at, values };
}

/** Runs at most this long are sorted in place here (most cells hold a few dozen numbers). */
const SHORT_RUN = 48;

/**
 * values[from, to) in ascending order. A short run by insertion, in place: a typed array's own sort
 * is a call into the runtime (and a view made to call it on), which for thousands of cells of a
 * few dozen numbers cost more than the sorting.
 */
function sortRange(values: Float64Array, from: number, to: number): void {
  if (to - from > SHORT_RUN) {
    // Typed arrays sort numbers natively, in ascending order.
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= from && values[j]! > v) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = v;
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
      // Copied number by number: a view and a call per cell cost more than the few numbers each holds.
      for (let i = from; i < to; i++) src[len++] = values[i]!;
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
    const base = at[into]!;
    for (let i = 0; i < len; i++) values[base + i] = src[i]!;
  }
}
