// The panel of every research-consented worker, read from the sums her diary
// keeps by month and week part (diary_months, src/db/diary-months.ts): a
// query for a few hundred workers at a time gives each with her parts and
// reminders as texts, and her rows are made from her parts (panelRowsOfParts
// in src/research/panel.ts). The
// same rows as panelOf and panelMonthsOf over diaryOf her ledger
// (src/research/diaries.ts), which the tests check, without reading a single
// diary entry in the common case.
import { sql } from 'kysely';
import { WIB_OFFSET_MS } from '../core/time.ts';
import type { Db } from '../db/connect.ts';
import { dialectOf } from '../db/dialect.ts';
import { diaryMonthsOf, PART } from '../db/diary-months.ts';
import { inResearch } from '../db/subjects.ts';
import type { Pseudonymizer } from './datasets.ts';
import { eachEntry, numbersRead, readNumbers } from './packed.ts';
import { type MonthRow, PanelColumns, type PanelRow, panelRowsOfParts } from './panel.ts';
import { dayNumber, dayNumberOfDigits, dayOfNumber, digitsOfDayNumber, mondayOfNumber } from './weeks.ts';

export interface PanelWanted {
  weeks?: boolean;
  months?: boolean;
  /** WIB days: only weeks (months) overlapping [from, to]; sums and what is owed still run from her start. */
  from?: string;
  to?: string;
}

interface Subject {
  id: string;
  kecamatan: string | null;
  product: string | null;
  consented_at: string | null;
  created_at: string;
}

/** Her parts (joined by ',', as bytes) and her weekly reminders sent ("day answered"). */
interface Texts {
  id: string;
  weeks: Uint8Array | null;
  reminders: string | null;
}

/** The research subjects, without their texts. */
async function researchSubjects(db: Db): Promise<Subject[]> {
  const { rows } = await sql<Subject>`
    select w.id, w.kecamatan, w.product, w.consented_at, w.created_at
    from workers w
    where w.status = 'active' and ${inResearch('w')}`.execute(db);
  return rows;
}

/**
 * The WIB day (a day number) of an instant: what dayNumber(dayOfInstant(iso)) gives, by arithmetic
 * (WIB is UTC+7 all year) instead of two dates made and written out as text, once per worker.
 */
function wibDayNumberOf(iso: string): number {
  return Math.floor((Date.parse(iso) + WIB_OFFSET_MS) / 86_400_000);
}

/** The texts of these workers (a few hundred). */
async function textsOf(db: Db, ids: string[]): Promise<Map<string, Texts>> {
  // As the ledgers' texts (src/research/month-ledgers.ts): SQLite hands a blob over as its bytes, where
  // text is first decoded into a string; PostgreSQL's driver gives text, made bytes here (one copy).
  const sqlite = dialectOf(db) === 'sqlite';
  // The ids as one parameter (a JSON list on SQLite, an array on PostgreSQL): five hundred parameters
  // made the query builder's work per batch show in the panel's time.
  const who = sqlite ? sql`w.id in (select value from json_each(${JSON.stringify(ids)}))` : sql`w.id = any(${ids})`;
  const weeks = sql`string_agg(t.weeks, ',')`;
  const { rows } = await sql<{ id: string; weeks: Uint8Array | string | null; reminders: string | null }>`
    select w.id,
      (select ${sqlite ? sql`cast(${weeks} as blob)` : weeks} from diary_months t
        where t.worker_id = w.id and t.weeks <> '') as weeks,
      (select string_agg(concat_ws(' ', r.week_of, case when r.answered_at is null then '0' else '1' end), ',')
        from diary_reminders r where r.worker_id = w.id and r.status = 'sent') as reminders
    from workers w
    where ${who}`.execute(db);
  return new Map(
    rows.map((r) => [r.id, { ...r, weeks: typeof r.weeks === 'string' ? Buffer.from(r.weeks, 'latin1') : r.weeks }]),
  );
}

/**
 * The parts in the bytes of a weeks text (or several joined by ','), as
 * readWeeks (src/db/diary-months.ts) reads them from a string, which says
 * what they hold: PART.WIDTH numbers each, appended to `into` from part
 * `count` on (grown when full). Returns the buffer and the number of parts in
 * it. Each part is "start flags sums...", with one sum for each of the six
 * low bits of its flags that is set: half a million parts for a million
 * entries.
 */
export function readWeekBytes(
  bytes: Uint8Array | null | undefined,
  into: Float64Array,
  count: number,
): { parts: Float64Array; count: number } {
  if (!bytes) return { parts: into, count };
  // Room made here for as many parts as the text can hold (each is at least two numbers of a digit and
  // their separators: four bytes), so that the loop reading them never grows the buffer: code first
  // run after the loop was optimised throws the optimised code away, and on a busy machine the
  // compiler takes long to make it again.
  const most = (count + ((bytes.length + 1) >> 2) + 1) * PART.WIDTH;
  const parts = most > into.length ? grownParts(into, count * PART.WIDTH, most) : into;
  // The texts as stored, read in one pass; anything else (another spacing) number by number.
  return readParts(bytes, parts, count) ?? readPartsLoosely(bytes, parts, count);
}

/**
 * Parts from weeks texts as stored (src/db/diary-months.ts writes them): each
 * number followed by one space, a part's last by a comma; each number goes
 * straight into its place. Null when the text is not of that form.
 */
function readParts(
  bytes: Uint8Array,
  into: Float64Array,
  count: number,
): { parts: Float64Array; count: number } | null {
  const parts = into;
  const end = bytes.length;
  const W = PART.WIDTH;
  let at = count * W;
  let i = 0;
  while (i < end) {
    // No room (readWeekBytes makes enough for any text of this form): read the other way.
    if (at + W > parts.length) return null;
    // Its start, its flags, then one sum for each of the flags' six low bits that is set.
    let k = 0;
    let left = 2;
    let flags = 0;
    while (left > 0) {
      if (i >= end) return null;
      let c = bytes[i]!;
      const negative = c === MINUS;
      if (negative) c = ++i < end ? bytes[i]! : COMMA;
      if (c < ZERO || c > NINE) return null;
      let v = 0;
      do {
        v = v * 10 + (c - ZERO);
        c = ++i < end ? bytes[i]! : COMMA;
      } while (c >= ZERO && c <= NINE);
      if (negative) v = -v;
      left--;
      if (k === 0) parts[at + PART.START] = v;
      else if (k === 1) {
        flags = v;
        parts[at + PART.DATED] = (flags >> DATED_SHIFT) & 127;
        parts[at + PART.WRITTEN] = (flags >> WRITTEN_SHIFT) & 127;
        for (let f = 0; f < SUMS_IN_PART; f++) parts[at + 1 + f] = 0;
        for (let rest = flags & SUMS_MASK; rest; rest &= rest - 1) left++;
      } else {
        // The sum of the lowest of the flags' sum bits not read yet.
        const bit = flags & -flags;
        parts[at + 1 + (31 - Math.clz32(bit))] = v;
        flags ^= bit;
      }
      k++;
      if (c !== (left > 0 ? SPACE : COMMA)) return null;
      i++;
    }
    at += W;
    count++;
  }
  return { parts, count };
}

/** Parts from weeks texts of any spacing: every number read first, then dealt out. */
function readPartsLoosely(
  bytes: Uint8Array,
  into: Float64Array,
  count: number,
): { parts: Float64Array; count: number } {
  let parts = into;
  const n = readNumbers(bytes);
  const nums = numbersRead();
  const W = PART.WIDTH;
  let at = count * W;
  for (let j = 0; j < n; ) {
    // A part cut short (start and flags at least) is left out.
    if (j + 2 > n) break;
    if (at + W > parts.length) parts = grownParts(parts, at, at + W);
    const flags = nums[j + 1]! | 0;
    parts[at + PART.START] = nums[j]!;
    parts[at + PART.DATED] = (flags >> DATED_SHIFT) & 127;
    parts[at + PART.WRITTEN] = (flags >> WRITTEN_SHIFT) & 127;
    j += 2;
    for (let f = 0; f < SUMS_IN_PART; f++) parts[at + 1 + f] = flags & (1 << f) ? nums[j++]! : 0;
    if (j > n) break;
    at += W;
    count++;
  }
  return { parts, count };
}

/** The parts `at` numbers long, in a buffer of at least `least` numbers (twice as large at least). */
function grownParts(parts: Float64Array, at: number, least: number): Float64Array {
  const grown = new Float64Array(Math.max(parts.length * 2, least, 64 * PART.WIDTH));
  grown.set(parts.subarray(0, at));
  return grown;
}

/** Where a part's flags hold its masks of dated and written days, and how many sums it may have (src/db/diary-months.ts). */
const DATED_SHIFT = 6;
const WRITTEN_SHIFT = 13;
const SUMS_IN_PART = 6;
const SUMS_MASK = (1 << SUMS_IN_PART) - 1;
const ZERO = 48;
const NINE = 57;
const SPACE = 32;
const COMMA = 44;
const MINUS = 45;

/** The sums of a part replaced when the part holding today is summed again up to today. */
const SUMS = [PART.PIECES, PART.EARNED, PART.PAID, PART.DEDUCTED, PART.MINUTES, PART.COSTS] as const;

/** Workers read at a time: their texts, read into one buffer of parts kept from one batch to the next. */
const BATCH = 500;

/**
 * Weekly and monthly rows of every research subject, up to `today` (the
 * current week and month partial), workers in the order of their pseudonyms,
 * as columns (what the exports write).
 * They are read in that order, a few hundred at a time, each batch's parts
 * into one buffer that the next batch reuses: the parts of every worker at
 * once (40 MB for a million entries) would be made, grown and let go again.
 */
export async function panelColumns(
  db: Db,
  pseudonym: Pseudonymizer,
  today: string,
  want: PanelWanted = { weeks: true },
): Promise<{ weeks?: PanelColumns; months?: PanelColumns }> {
  const last = dayNumber(today);
  // The part holding today: where it goes on after today, her stored part may hold entries dated after
  // today (dates in the future are allowed), which the panel leaves out; hers is then summed again.
  const digits = digitsOfDayNumber(last);
  const todays = Math.max(mondayOfNumber(last), last - (digits % 100) + 1);
  const subjects = byPseudonym((await researchSubjects(db)).map((w) => ({ ...w, worker: pseudonym.worker(w.id) })));
  const window = { from: want.from, to: want.to };
  const out = {
    weeks: want.weeks ? new PanelColumns('weeks', last) : undefined,
    months: want.months ? new PanelColumns('months', last) : undefined,
  };
  let parts: Float64Array = new Float64Array(1024 * PART.WIDTH);
  const days: number[] = [];
  const textsAt = (b: number) => {
    const texts = textsOf(
      db,
      subjects.slice(b, b + BATCH).map((w) => w.id),
    );
    // Should this batch fail, its failure is nobody's to hear.
    texts.catch(() => {});
    return texts;
  };
  for (let b = 0, next = subjects.length ? textsAt(0) : undefined; next && b < subjects.length; b += BATCH) {
    const batch = subjects.slice(b, b + BATCH);
    const texts = await next;
    // The next batch's texts are asked for before this one is worked on: a server (PostgreSQL) makes and
    // sends them meanwhile.
    next = b + BATCH < subjects.length ? textsAt(b + BATCH) : undefined;
    let count = 0;
    const at: { from: number; count: number }[] = [];
    const after: { worker: string; at: number }[] = [];
    for (const w of batch) {
      const from = count;
      ({ parts, count } = readWeekBytes(texts.get(w.id)?.weeks, parts, count));
      if (!inOrder(parts, from, count)) parts.set(sortedParts(parts, from, count), from * PART.WIDTH);
      at.push({ from, count: count - from });
      for (let i = count - 1; i >= from; i--) {
        const start = parts[i * PART.WIDTH + PART.START]!;
        if (start < todays) break;
        if (start === todays && parts[i * PART.WIDTH + PART.DATED]! >> (last - todays + 1))
          after.push({ worker: w.id, at: i });
      }
    }
    await sumAgainUpTo(db, parts, after, todays, last);
    batch.forEach((w, k) => {
      days.length = 0;
      eachEntry(texts.get(w.id)?.reminders ?? undefined, 2, (f) => days.push(dayNumberOfDigits(f[0]!), f[1]!));
      panelRowsOfParts(
        w,
        wibDayNumberOf(w.consented_at ?? w.created_at),
        last,
        parts,
        at[k]!.from,
        at[k]!.count,
        sortPairs(days),
        window,
        out,
      );
    });
  }
  return out;
}

/** The same rows as objects (the dashboard's charts). */
export async function workerPanel(
  db: Db,
  pseudonym: Pseudonymizer,
  today: string,
  want: PanelWanted = { weeks: true },
): Promise<{ weeks: PanelRow[]; months: MonthRow[] }> {
  const c = await panelColumns(db, pseudonym, today, want);
  return { weeks: c.weeks?.weekRows() ?? [], months: c.months?.monthRows() ?? [] };
}

/** Keyed pseudonyms: "W-" and 16 lower-case hexadecimal digits (src/research/pseudonym.ts). */
const KEYED = /^W-[0-9a-f]{16}$/;

/**
 * Workers in the order localeCompare gives their pseudonyms (one collator for
 * all the comparisons). Keyed pseudonyms are all of one form, in which that
 * order is the order of their characters (digits before letters, no case), so
 * they are compared as they are, which is faster.
 */
export function byPseudonym<T extends { worker: string }>(ws: T[]): T[] {
  if (ws.every((w) => KEYED.test(w.worker)))
    return ws.sort((a, b) => (a.worker < b.worker ? -1 : a.worker > b.worker ? 1 : 0));
  const collator = new Intl.Collator();
  return ws.sort((a, b) => collator.compare(a.worker, b.worker));
}

/** The sums of the parts at `after` (all starting on `start`) replaced by those of their days up to `last`. */
async function sumAgainUpTo(
  db: Db,
  parts: Float64Array,
  after: { worker: string; at: number }[],
  start: number,
  last: number,
): Promise<void> {
  const month = dayOfNumber(start).slice(0, 7);
  for (let i = 0; i < after.length; i += 500) {
    const chunk = after.slice(i, i + 500);
    const sums = await diaryMonthsOf(
      db,
      chunk.map((a) => a.worker),
      { from: dayOfNumber(start), to: dayOfNumber(last) },
    );
    for (const { worker, at } of chunk) {
      const part = sums
        .get(worker)!
        .months.get(month)
        ?.parts.find((p) => dayNumberOfDigits(p.start) === start);
      const again = [part?.pieces, part?.earned, part?.paid, part?.deductions, part?.minutes, part?.costs];
      for (const [j, f] of SUMS.entries()) parts[at * PART.WIDTH + f] = again[j] ?? 0;
    }
  }
}

/** Whether parts [from, to) are in order of their first day (months come in no set order). */
function inOrder(parts: Float64Array, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (parts[i * PART.WIDTH]! < parts[(i - 1) * PART.WIDTH]!) return false;
  return true;
}

/** Parts [from, to) in order of their first day. */
function sortedParts(parts: Float64Array, from: number, to: number): Float64Array {
  const order = Array.from({ length: to - from }, (_, i) => from + i).sort(
    (a, b) => parts[a * PART.WIDTH]! - parts[b * PART.WIDTH]!,
  );
  const out = new Float64Array((to - from) * PART.WIDTH);
  for (const [k, i] of order.entries()) out.set(parts.subarray(i * PART.WIDTH, (i + 1) * PART.WIDTH), k * PART.WIDTH);
  return out;
}

/** Pairs [day, answered] sorted by day (reminders come in any order). */
function sortPairs(flat: number[]): number[] {
  if (flat.length <= 2) return flat;
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}

/** The weekly panel (see workerPanel). */
export async function workerWeeks(
  db: Db,
  pseudonym: Pseudonymizer,
  today: string,
  window: { from?: string; to?: string } = {},
): Promise<PanelRow[]> {
  return (await workerPanel(db, pseudonym, today, { weeks: true, ...window })).weeks;
}

/** The monthly panel (see workerPanel). */
export async function workerMonths(
  db: Db,
  pseudonym: Pseudonymizer,
  today: string,
  window: { from?: string; to?: string } = {},
): Promise<MonthRow[]> {
  return (await workerPanel(db, pseudonym, today, { months: true, ...window })).months;
}
