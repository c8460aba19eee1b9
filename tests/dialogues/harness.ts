// Plays a scripted conversation through the real engine on a real database and
// compares what ends up stored with what she meant to store.
//
// Each dialogue runs on a fresh test database: a worker onboarded through the
// engine itself (consent, research yes, kecamatan Pare, main work from the menu;
// English for `style: en`, Indonesian otherwise), who already has six employers
// in her diary (Bu Yati, Pak Hadi, Bu Umi, Bu Endang, Juragan Darmo, Pak Haji
// Slamet) and, when `setup.orders` says so, open orders. Then her lines are sent
// one by one at her clock (`now`, 20 seconds a turn).
//
// The check-screen rule: a dialogue with `autoConfirm: true` never answers a
// check screen in its lines; whenever a reply asks to save ("1 Ya, simpan" /
// "1 Yes, save"), the harness answers "1" at once, before her next line (at most
// three times in a row). Without `autoConfirm` the harness never answers for her:
// her lines answer every check screen she was expecting.
//
// Right = the diary rows created during the dialogue (not voided; a setup order
// counts only when she changed it and the set says so) match `expect` one to one, each on the fields written
// there, and she is not trapped. (A week's total, kept as equal parts on its days, may be written as one row.)
// Trapped = the same question (the last line of a reply with a question mark, or the
// whole reply when none has one; a check screen is the same only when it shows the same lines) came three
// turns in a row, or after her last line (and
// any automatic "1") a conversation is still open (she is not idle).
import type { Kysely } from 'kysely';
import { fixedClock } from '../../src/core/clock.ts';
import { findOrCreateEmployer, insertEntry, nameKey } from '../../src/db/diary.ts';
import type { UnitCode } from '../../src/parse/units.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

export type Style = 'id' | 'jv' | 'en';

export interface SetupOrder {
  employer: string;
  product: string;
  unit: UnitCode;
  count: number;
  rate: number;
  per: UnitCode;
  rateCount?: number;
  /** Days before `now` (negative) or YYYY-MM-DD. */
  day: number | string;
}

export interface Expected {
  kind: 'order' | 'handin' | 'pay' | 'kasbon' | 'hours' | 'cost';
  employer?: string;
  product?: string;
  pieces?: number;
  /** null: kept without a rate (she was not told it yet). */
  rate?: number | null;
  per?: string;
  rateCount?: number;
  delivered?: number;
  rejected?: number;
  amount?: number;
  deduction?: number;
  kasbonRepaid?: number;
  minutes?: number;
  helpers?: number;
  child?: boolean;
  category?: string;
  /** 0 today, -1 yesterday (WIB, from `now`), or YYYY-MM-DD. */
  day?: number | string;
}

export interface Dialogue {
  name: string;
  style: Style;
  now: string;
  autoConfirm?: boolean;
  setup?: { orders?: SetupOrder[] };
  lines: string[];
  expect: Expected[];
  /**
   * A setup order she changed counts as a row of the dialogue, as she left it (the sets written from the fifty-second
   * on expect it so); the earlier sets expect only new rows.
   */
  countChangedSetup?: boolean;
}

/** One stored row in the shape of `Expected`, with every field filled. */
export type Stored = Required<Pick<Expected, 'kind'>> & Record<string, unknown>;

export interface Outcome {
  dialogue: Dialogue;
  right: boolean;
  trapped: boolean;
  trapReason: string | null;
  /** Her lines and the harness's automatic answers, each with the bot's reply. */
  turns: { said: string; auto: boolean; reply: string }[];
  stored: Stored[];
  mismatch: string | null;
}

export const EMPLOYERS = ['Bu Yati', 'Pak Hadi', 'Bu Umi', 'Bu Endang', 'Juragan Darmo', 'Pak Haji Slamet'];

const PIECES: Record<string, number> = { pcs: 1, pasang: 1, kodi: 20, lusin: 12, gros: 144, rim: 500, pak: 1, ikat: 1 };

const CHECK_SCREEN = /\n1 (Ya, simpan|Yes, save)/;

/**
 * The question a reply asks: its last line with a question mark ("Simpan?", "Berapa upahnya?"), else all of it.
 * A check screen asks about what it shows: shown again with a line changed by her correction, it is not the same
 * question (she is not stuck, she is being heard); shown again unchanged, it is.
 */
export function questionOf(reply: string): string {
  if (CHECK_SCREEN.test(reply)) return reply.trim();
  const asks = reply
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.includes('?'));
  return asks.at(-1) ?? reply.trim();
}

/**
 * When an earlier order was written: on the day it came, in the morning (10:00 WIB), as a woman writes an order
 * when she takes it; one taken today, an hour before the conversation. Never after `now`.
 */
function writtenAt(now: string, day: string): string {
  const t = new Date(now).getTime();
  const morning = Date.parse(`${day}T10:00:00+07:00`);
  return new Date(day === wibDay(now, 0) ? t - 3600e3 : Math.min(morning, t - 3600e3)).toISOString();
}

/** The WIB calendar day `offset` days from `now` (or the date itself). */
export function wibDay(now: string, day: number | string): string {
  if (typeof day === 'string') return day;
  const t = new Date(now).getTime() + 7 * 3600e3 + day * 864e5;
  return new Date(t).toISOString().slice(0, 10);
}

type DiaryTable = 'orders' | 'handins' | 'payments' | 'work_hours' | 'costs';

const dateOf = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10);

async function storedRows(
  t: TestDb,
  workerId: string,
  after: Record<DiaryTable, number>,
  since: string | null,
): Promise<Stored[]> {
  const db = t.db;
  const employers = new Map(
    (await db.selectFrom('employers').select(['id', 'name']).where('worker_id', '=', workerId).execute()).map((e) => [
      e.id,
      nameKey(e.name),
    ]),
  );
  const live = async (table: DiaryTable) =>
    (await (db as unknown as Kysely<any>)
      .selectFrom(table)
      .selectAll()
      .where('worker_id', '=', workerId)
      .where('voided_at', 'is', null)
      .orderBy('id')
      .execute()) as unknown as Record<string, any>[];
  const allOrders = await live('orders');
  const orderById = new Map(allOrders.map((o) => [o.id as number, o]));
  const out: Stored[] = [];
  // A setup order she put right during the dialogue stands as she left it, like a row she made.
  const changed = (r: Record<string, any>) =>
    since !== null && new Date(String(r.updated_at)).getTime() >= new Date(since).getTime();
  for (const o of allOrders.filter((r) => r.id > after.orders || changed(r))) {
    out.push({
      kind: 'order',
      employer: employers.get(o.employer_id),
      product: String(o.product),
      pieces: Number(o.quantity_pieces),
      // An order kept before she was told its rate has none (null), never 0.
      rate: o.rate_amount === null ? null : Number(o.rate_amount),
      per: o.rate_per,
      rateCount: Number(o.rate_count),
      day: dateOf(o.received_on),
      due: o.due_on ? dateOf(o.due_on) : null,
    });
  }
  for (const h of (await live('handins')).filter((r) => r.id > after.handins)) {
    const o = orderById.get(h.order_id);
    out.push({
      kind: 'handin',
      employer: o ? employers.get(o.employer_id) : null,
      product: o ? String(o.product) : null,
      delivered: Number(h.delivered_pieces),
      rejected: Number(h.rejected_pieces),
      day: dateOf(h.handed_in_on),
    });
  }
  for (const p of (await live('payments')).filter((r) => r.id > after.payments)) {
    out.push({
      kind: p.kind === 'kasbon' ? 'kasbon' : 'pay',
      employer: employers.get(p.employer_id),
      amount: Number(p.amount),
      deduction: Number(p.deduction),
      kasbonRepaid: Number(p.kasbon_repaid),
      day: dateOf(p.paid_on),
    });
  }
  const hoursRows = (await live('work_hours')).filter((r) => r.id > after.work_hours);
  for (const h of hoursRows) {
    const row: Stored = {
      kind: 'hours',
      minutes: Number(h.minutes),
      helpers: h.helpers === null ? null : Number(h.helpers),
      child: h.child_helper === null ? null : Boolean(Number(h.child_helper)),
      day: dateOf(h.worked_on),
    };
    savedTogether.set(row, `${h.created_at}|${h.helpers}|${h.child_helper}|${h.order_id}`);
    out.push(row);
  }
  for (const c of (await live('costs')).filter((r) => r.id > after.costs)) {
    out.push({ kind: 'cost', amount: Number(c.amount), category: c.category, day: dateOf(c.spent_on) });
  }
  return out;
}

/** Days since 1970 of a YYYY-MM-DD day. */
const dayNumber = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 864e5);

/** Hours rows saved by one entry: the same save and helpers. */
const savedTogether = new WeakMap<Stored, string>();

/**
 * A week's total is kept as equal parts on each of its days (the check screen says "dibagi rata"); written as
 * one record of the week's minutes, the rows of such a save are one row (on the first day).
 */
function weeksAsOne(stored: Stored[]): Stored[] {
  const groups = new Map<string, Stored[]>();
  for (const r of stored) {
    const key = savedTogether.get(r);
    if (key) groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out = [...stored];
  for (const rows of groups.values()) {
    const minutes = rows.map((r) => Number(r.minutes));
    const days = rows.map((r) => dayNumber(String(r.day)));
    if (rows.length < 3 || Math.max(...minutes) - Math.min(...minutes) > 1) continue;
    if (!days.every((d, i) => i === 0 || d === days[i - 1]! + 1)) continue;
    for (const r of rows.slice(1)) out.splice(out.indexOf(r), 1);
    out[out.indexOf(rows[0]!)] = { ...rows[0]!, minutes: minutes.reduce((n, m) => n + m, 0) };
  }
  return out;
}

/** True when the stored row has every field the expectation names. */
function fits(e: Expected, s: Stored, now: string): boolean {
  for (const [k, v] of Object.entries(e)) {
    if (v === undefined) continue;
    if (k === 'day') {
      if (s.day !== wibDay(now, v as number | string)) return false;
    } else if (k === 'employer') {
      if (s.employer !== nameKey(String(v))) return false;
    } else if (k === 'product') {
      if (
        !String(s.product ?? '')
          .toLowerCase()
          .includes(String(v).toLowerCase())
      )
        return false;
    } else if (s[k] !== v) return false;
  }
  return true;
}

/** One to one: every expectation finds its own stored row, and nothing else was stored. */
export function compare(expect: Expected[], stored: Stored[], now: string): string | null {
  const asSaved = matchAll(expect, stored, now);
  if (!asSaved) return null;
  const weeks = weeksAsOne(stored);
  return weeks.length !== stored.length && !matchAll(expect, weeks, now) ? null : asSaved;
}

function matchAll(expect: Expected[], stored: Stored[], now: string): string | null {
  if (expect.length !== stored.length) return `expected ${expect.length} records, stored ${stored.length}`;
  // Small lists: try every assignment.
  const used = new Array(stored.length).fill(false);
  const assign = (i: number): boolean => {
    if (i === expect.length) return true;
    for (let j = 0; j < stored.length; j++) {
      if (used[j] || !fits(expect[i]!, stored[j]!, now)) continue;
      used[j] = true;
      if (assign(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return assign(0) ? null : 'the stored records differ from the expected ones';
}

export async function playDialogue(d: Dialogue, user = 'sri-0812'): Promise<Outcome> {
  const t = await testDb({ kind: 'sqlite' });
  try {
    const clock = fixedClock(d.now);
    const phone = new Phone(t.db, user, 'terminal', { clock });
    await phone.onboard({ lang: d.style === 'en' ? 'en' : 'id' });
    const { worker_id: workerId } = await t.db
      .selectFrom('channel_identities')
      .select('worker_id')
      .where('channel_user_id', '=', user)
      .executeTakeFirstOrThrow();
    const nowIso = clock.now().toISOString();
    const employerIds = new Map<string, number>();
    for (const name of EMPLOYERS)
      employerIds.set(nameKey(name), await findOrCreateEmployer(t.db, workerId, name, nowIso));
    for (const o of d.setup?.orders ?? []) {
      const employerId =
        employerIds.get(nameKey(o.employer)) ?? (await findOrCreateEmployer(t.db, workerId, o.employer, nowIso));
      await insertEntry(
        t.db,
        workerId,
        'order',
        {
          employer_id: employerId,
          product: o.product,
          unit: o.unit,
          quantity_count: o.count,
          quantity_pieces: o.count * (PIECES[o.unit] ?? 1),
          rate_amount: o.rate,
          rate_per: o.per,
          rate_count: o.rateCount ?? 1,
          received_on: wibDay(d.now, o.day),
          due_on: null,
          written_agreement: null,
          materials_from_employer: null,
        },
        writtenAt(d.now, wibDay(d.now, o.day)),
      );
    }
    const maxId = async (table: 'orders' | 'handins' | 'payments' | 'work_hours' | 'costs') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.max<number>('id').as('m'))
            .executeTakeFirst()
        )?.m ?? 0,
      );
    const after = {
      orders: await maxId('orders'),
      handins: await maxId('handins'),
      payments: await maxId('payments'),
      work_hours: await maxId('work_hours'),
      costs: await maxId('costs'),
    };

    const turns: Outcome['turns'] = [];
    let trapReason: string | null = null;
    let same = 0;
    const say = async (text: string, auto: boolean) => {
      clock.advance(20_000);
      const reply = await phone.send(text);
      const prev = turns.at(-1)?.reply;
      same = prev !== undefined && reply.trim() !== '' && questionOf(reply) === questionOf(prev) ? same + 1 : 1;
      turns.push({ said: text, auto, reply });
      if (same >= 3 && !trapReason) trapReason = `the same question three times in a row after "${text}"`;
      return reply;
    };
    for (const line of d.lines) {
      let reply = await say(line, false);
      for (let k = 0; d.autoConfirm && k < 3 && CHECK_SCREEN.test(reply); k++) reply = await say('1', true);
    }
    const open = await t.db
      .selectFrom('conversations')
      .select(['flow', 'step'])
      .where('worker_id', '=', workerId)
      .executeTakeFirst();
    if (open && !trapReason) trapReason = `still in a conversation at the end (${open.flow}/${open.step})`;
    const stored = await storedRows(t, workerId, after, d.countChangedSetup ? nowIso : null);
    const mismatch = compare(d.expect, stored, d.now);
    const trapped = trapReason !== null;
    return { dialogue: d, right: mismatch === null && !trapped, trapped, trapReason, turns, stored, mismatch };
  } finally {
    await t.close();
  }
}
