// The panel of every research-consented worker, read from the sums her diary
// keeps by month and week part (diary_months, src/db/diary-months.ts): one
// text per worker, read in one query (src/research/packed.ts), and rows made
// from her parts (panelRowsOfParts in src/research/panel.ts). The same rows as
// panelOf and panelMonthsOf over diaryOf her ledger
// (src/research/diaries.ts), which the tests check, without reading a single
// diary entry in the common case.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { diaryMonthsOf } from '../db/diary-months.ts';
import type { Pseudonymizer } from './datasets.ts';
import { researchWorkers } from './ledgers.ts';
import { eachEntry, field, monthTextsByWorker, packedByWorker } from './packed.ts';
import { type MonthRow, PART, type PanelRow, panelRowsOfParts } from './panel.ts';
import { dayNumber, dayNumberOfDigits, dayOfInstant, dayOfNumber, digitsOfDayNumber, mondayOfNumber } from './weeks.ts';

export interface PanelWanted {
  weeks?: boolean;
  months?: boolean;
  /** WIB days: only weeks (months) overlapping [from, to]; sums and what is owed still run from her start. */
  from?: string;
  to?: string;
}

/** Sums of a part: what is replaced when the part holding today is summed again up to today. */
const SUMS = [PART.PIECES, PART.EARNED, PART.PAID, PART.DEDUCTED, PART.MINUTES, PART.COSTS] as const;

/**
 * The part holding `last` (a day number), and, when it runs past `last`, the
 * sums of its days up to `last` for the workers who have entries dated after
 * `last` in it (her stored part adds those in): read from their diaries.
 */
async function partOfToday(db: Db, last: number, include?: string) {
  const digits = digitsOfDayNumber(last);
  const firstOfMonth = last - (digits % 100) + 1;
  const start = Math.max(mondayOfNumber(last), firstOfMonth);
  const redone = new Map<string, number[]>();
  const month = `${Math.floor(digits / 10_000)}-${String(Math.floor(digits / 100) % 100).padStart(2, '0')}`;
  const rows = await monthTextsByWorker(db, 'weeks', { include, month });
  const after: string[] = [];
  const startDigits = digitsOfDayNumber(start);
  for (const [id, text] of rows)
    eachEntry(text, PART.WIDTH, (f) => {
      if (f[PART.START] === startDigits && f[PART.DATED]! >> (last - start + 1)) after.push(id);
    });
  for (let i = 0; i < after.length; i += 500) {
    const ids = after.slice(i, i + 500);
    const sums = await diaryMonthsOf(db, ids, { from: dayOfNumber(start), to: dayOfNumber(last) });
    for (const id of ids) {
      const part = sums
        .get(id)!
        .months.get(month)
        ?.parts.find((p) => p.start === startDigits);
      redone.set(id, [
        part?.pieces ?? 0,
        part?.earned ?? 0,
        part?.paid ?? 0,
        part?.deductions ?? 0,
        part?.minutes ?? 0,
        part?.costs ?? 0,
      ]);
    }
  }
  return { start: startDigits, redone };
}

/**
 * Weekly and monthly rows of every research subject, up to `today` (the
 * current week and month partial), workers in the order of their pseudonyms.
 */
export async function workerPanel(
  db: Db,
  pseudonym: Pseudonymizer,
  today: string,
  want: PanelWanted = { weeks: true },
): Promise<{ weeks: PanelRow[]; months: MonthRow[] }> {
  const last = dayNumber(today);
  // Read at once: on PostgreSQL each query has a connection of its own (SQLite runs them one after another).
  const [workers, weeks, reminders, todays] = await Promise.all([
    researchWorkers(db),
    monthTextsByWorker(db, 'weeks'),
    packedByWorker(db, {
      table: 'diary_reminders',
      fields: [field('t.week_of'), sql`case when t.answered_at is null then '0' else '1' end`],
      where: sql`t.status = 'sent'`,
    }),
    partOfToday(db, last),
  ]);

  const window = { from: want.from, to: want.to };
  // Workers in the order of their pseudonyms (as localeCompare orders them, with one collator for all the
  // comparisons), then her parts one worker at a time.
  const collator = new Intl.Collator();
  const subjects = workers
    .map((w) => ({ ...w, worker: pseudonym.worker(w.id) }))
    .sort((a, b) => collator.compare(a.worker, b.worker));
  const out = { weeks: [] as PanelRow[], months: [] as MonthRow[] };
  // One buffer of parts for everybody.
  let parts = new Float64Array(256 * PART.WIDTH);
  const days: number[] = [];
  const remindersKnown = true;
  for (const w of subjects) {
    let count = 0;
    const redone = todays.redone.get(w.id);
    // Fields by place (f[0] is the first), not destructured: this runs once per part, half a million times.
    eachEntry(weeks.get(w.id), PART.WIDTH, (f) => {
      if ((count + 1) * PART.WIDTH > parts.length) {
        const grown = new Float64Array(parts.length * 2);
        grown.set(parts);
        parts = grown;
      }
      const i = count * PART.WIDTH;
      for (let k = 0; k < PART.WIDTH; k++) parts[i + k] = f[k]!;
      parts[i + PART.START] = dayNumberOfDigits(f[PART.START]!);
      if (redone && f[PART.START] === todays.start) for (const [j, k] of SUMS.entries()) parts[i + k] = redone[j]!;
      count++;
    });
    if (!inOrder(parts, count)) parts.set(sortedParts(parts, count));
    days.length = 0;
    eachEntry(reminders.get(w.id), 2, (f) => days.push(dayNumberOfDigits(f[0]!), f[1]!));
    const sorted = sortPairs(days);
    panelRowsOfParts(
      w,
      dayNumber(dayOfInstant(w.joinedAt)),
      last,
      parts,
      count,
      sorted,
      window,
      { ...want, remindersKnown },
      out,
    );
  }
  return out;
}

/** Whether the first `count` parts are in order of their first day (months come in no set order). */
function inOrder(parts: Float64Array, count: number): boolean {
  for (let i = 1; i < count; i++) if (parts[i * PART.WIDTH]! < parts[(i - 1) * PART.WIDTH]!) return false;
  return true;
}

/** The first `count` parts in order of their first day. */
function sortedParts(parts: Float64Array, count: number): Float64Array {
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => parts[a * PART.WIDTH]! - parts[b * PART.WIDTH]!,
  );
  const out = new Float64Array(count * PART.WIDTH);
  for (const [to, from] of order.entries())
    out.set(parts.subarray(from * PART.WIDTH, (from + 1) * PART.WIDTH), to * PART.WIDTH);
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
