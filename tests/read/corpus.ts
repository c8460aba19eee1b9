// The reader's corpus: realistic diary messages with the entries each should give
// (tests/corpus/*.yaml). Loads every file, checks its shape with zod and returns the
// items with their time of sending as a Date. An expected entry is an Entry of
// src/read/entry.ts without `text` and without the `explicit` flags, holding only
// what the message says.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { COST_CATEGORIES } from '../../src/diary/ledger.ts';
import type { UnitCode } from '../../src/parse/units.ts';
import type { Entry, EntryKind, Reading } from '../../src/read/entry.ts';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

/** Pieces in one unit (kodi = 20, see /work/shared/domain/homework.md); a pair counts as one. */
export const UNIT_PIECES = {
  pcs: 1,
  pasang: 1,
  kodi: 20,
  lusin: 12,
  gros: 144,
  rim: 500,
  kg: 1,
  pak: 1,
  ikat: 1,
} as const satisfies Record<UnitCode, number>;

const UNIT_CODES = Object.keys(UNIT_PIECES) as [UnitCode, ...UnitCode[]];

export const STYLES = ['id', 'jv', 'en'] as const;
export type Style = (typeof STYLES)[number];

const Unit = z.enum(UNIT_CODES);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD');
const Name = z.string().min(1);
const Qty = z.strictObject({ count: z.number().positive(), unit: Unit, pieces: z.number().nonnegative() });
const Money = z.strictObject({ amount: z.number().positive() });
const Rate = z.strictObject({ amount: z.number().positive(), per: Unit.optional(), count: z.number().positive() });

const base = { employer: Name.optional(), day: Day.optional() };

const Order = z.strictObject({
  kind: z.literal('order'),
  ...base,
  product: Name.optional(),
  qty: Qty.optional(),
  rate: Rate.optional(),
  dueOn: Day.nullable().optional(),
  materials: z.boolean().optional(),
  written: z.boolean().optional(),
});
const Handin = z.strictObject({
  kind: z.literal('handin'),
  ...base,
  product: Name.optional(),
  delivered: Qty.optional(),
  rejected: z.number().int().nonnegative().optional(),
  rejectedUnknown: z.literal(true).optional(),
});
const Payment = z.strictObject({
  kind: z.literal('payment'),
  ...base,
  amount: Money.optional(),
  deduction: z.strictObject({ amount: z.number().positive(), kind: z.enum(['kasbon', 'other']).nullable() }).optional(),
});
const Kasbon = z.strictObject({ kind: z.literal('kasbon'), ...base, amount: Money.optional() });
const Hours = z.strictObject({
  kind: z.literal('hours'),
  ...base,
  minutes: z.number().int().positive().optional(),
  week: z.literal(true).optional(),
  product: Name.optional(),
  helpers: z.number().int().nonnegative().optional(),
  child: z.boolean().optional(),
});
const Cost = z.strictObject({
  kind: z.literal('cost'),
  ...base,
  category: z.enum(COST_CATEGORIES).optional(),
  what: Name.optional(),
  amount: Money.optional(),
});

const Expected = z.discriminatedUnion('kind', [Order, Handin, Payment, Kasbon, Hours, Cost]);
export type ExpectedEntry = z.infer<typeof Expected>;

// The corpus speaks of the same kinds as the reader's contract.
type SameKinds = [ExpectedEntry['kind']] extends [EntryKind]
  ? [EntryKind] extends [ExpectedEntry['kind']]
    ? true
    : never
  : never;
const _sameKinds: SameKinds = true;
void _sameKinds;

/** A time of sending with its offset: 2026-11-28T10:00:00+07:00. */
const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/, 'a time with its offset')
  .refine((s) => !Number.isNaN(new Date(s).getTime()), 'not a valid time');

const Item = z.strictObject({
  text: z.string().min(1),
  style: z.enum(STYLES),
  now: Instant.optional(),
  expect: z.array(Expected),
  command: z.string().min(1).optional(),
  smallTalk: z.literal(true).optional(),
  /** Why the expected reading is uncertain, for the reader's author to decide. */
  note: z.string().min(1).optional(),
});

const CorpusFile = z.strictObject({ now: Instant, items: z.array(Item).min(1) });

export interface CorpusItem {
  /** The file it came from ("orders.yaml") and its place there (0-based). */
  file: string;
  index: number;
  text: string;
  style: Style;
  now: Date;
  expect: ExpectedEntry[];
  command?: string;
  smallTalk?: boolean;
  note?: string;
}

/** Every item of every tests/corpus/*.yaml, in file-name order; throws on a malformed file. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusItem[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const items: CorpusItem[] = [];
  for (const file of files) {
    const raw: unknown = parse(readFileSync(join(dir, file), 'utf8'));
    const parsed = CorpusFile.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    parsed.data.items.forEach((it, index) => {
      const item: CorpusItem = {
        file,
        index,
        text: it.text,
        style: it.style,
        now: new Date(it.now ?? parsed.data.now),
        expect: it.expect,
      };
      if (it.command !== undefined) item.command = it.command;
      if (it.smallTalk !== undefined) item.smallTalk = it.smallTalk;
      if (it.note !== undefined) item.note = it.note;
      items.push(item);
    });
  }
  return items;
}

/**
 * A read entry in the corpus's form: without `text`, without the `explicit` flags, without
 * `approx` (the reader's mark on hours worked out from a vague start) and `from` (the clock hour a span began,
 * kept for a later correction of its end), and without keys that hold `undefined`.
 */
export function toExpected(entry: Entry): ExpectedEntry {
  const { text: _text, ...rest } = entry;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined && k !== 'approx' && k !== 'from') out[k] = v;
  for (const key of ['amount', 'rate'] as const) {
    const v = out[key];
    if (v && typeof v === 'object') {
      const kept: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>))
        if (x !== undefined && k !== 'explicit') kept[k] = x;
      out[key] = kept;
    }
  }
  return out as ExpectedEntry;
}

/**
 * The part of an entry that is stored: a cost's `what`, the product named with hours and the goods and name
 * said with a hand-in are shown back or used to pick an open order, but not kept, so they do not count
 * towards "right".
 */
export function stored(e: ExpectedEntry, today?: string): ExpectedEntry {
  const { what: _w, ...withDay } = e as ExpectedEntry & { what?: string; product?: string; day?: string };
  // A day not said is today: the entry is saved on the day she sends it (and shown so on the check screen).
  const rest = today && withDay.day === undefined ? { ...withDay, day: today } : withDay;
  if (rest.kind === 'hours') {
    const { product: _p, ...h } = rest as typeof rest & { product?: string };
    return h as ExpectedEntry;
  }
  // A hand-in keeps the order it is for, its pieces and its day; the goods and the name she gives only pick the
  // order among several open ones.
  if (rest.kind === 'handin') {
    const { product: _p, employer: _e, ...h } = rest as typeof rest & { product?: string; employer?: string };
    return h as ExpectedEntry;
  }
  return rest as ExpectedEntry;
}

/** The WIB day of an instant. */
function todayOf(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** How a reading of a corpus item compares with what the item expects. */
export interface Judgement {
  /** Every entry right, in order, no extra ones, and the command / small talk when one is expected. */
  right: boolean;
  /** The reading's entries in the corpus's form. */
  got: ExpectedEntry[];
  /** Per expected entry: read exactly right at its place. */
  entryRight: boolean[];
}

/** Judges a reading (`readMessage`'s result) of one corpus item. */
export function judge(item: CorpusItem, reading: Reading): Judgement {
  const got = reading.entries.map(toExpected);
  const entryRight = item.expect.map(
    (e, i) =>
      got[i] !== undefined && isDeepStrictEqual(stored(got[i]!, todayOf(item.now)), stored(e, todayOf(item.now))),
  );
  const right =
    got.length === item.expect.length &&
    entryRight.every(Boolean) &&
    (item.command === undefined || reading.command === item.command) &&
    (item.smallTalk === undefined || reading.smallTalk === item.smallTalk);
  return { right, got, entryRight };
}
