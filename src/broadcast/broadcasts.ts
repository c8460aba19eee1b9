// NGO broadcasts: create, preview, send now or schedule, follow, cancel.
// Plain functions over the database so the CLI, the JSON API and the
// dashboard share them.
import { sql } from 'kysely';
import { allowedFrom, parseQuietHours } from '../core/quiet-hours.ts';
import type { Db } from '../db/connect.ts';
import { enqueue, PRIORITY } from '../db/outbox.ts';
import { REASON_CODES, type ReasonCode } from '../db/reasons.ts';
import type { BroadcastRow } from '../db/schema.ts';
import { translator } from '../flows/messages/index.ts';
import { isValidCron, nextCronRun } from '../scheduler/cron.ts';
import { cancelJob, scheduleJob } from '../scheduler/jobs.ts';
import { type ChannelIntervals, channelIntervals, LOCAL_CHANNELS, sendDurationMs } from './duration.ts';
import { describeSegment, matchingWorkers, parseSegment, recipients, type Segment } from './segment.ts';

declare module '../scheduler/handlers.ts' {
  interface JobKinds {
    'broadcast.send': true;
    'broadcast.run': true;
  }
}

export const BROADCAST_JOB = 'broadcast.send';
/** One run of a recurring broadcast (a plan with a cron pattern). */
export const BROADCAST_RUN_JOB = 'broadcast.run';
const planKey = (id: number) => `broadcast-plan:${id}`;
/** Longest message a worker gets, footer included (a basic phone's comfortable limit). */
export const MAX_MESSAGE = 1000;

/** A mistake of the person making the broadcast, said in one line (and, for the dashboard, in Indonesian). */
export class BroadcastError extends Error {
  constructor(
    message: string,
    /** The same in Bahasa Indonesia, where the dashboard can meet it. */
    readonly id?: string,
  ) {
    super(message);
  }
}

export interface NewBroadcast {
  title?: string;
  textId: string;
  textEn?: string | null;
  segment?: unknown;
  /** "20:00-07:00", or null for none; undefined takes the configured default. */
  quietHours?: string | null;
  createdBy?: string | null;
  /** A cron pattern (WIB) for a recurring broadcast, e.g. "0 9 * * 1#1" (first Monday, 09:00). */
  cron?: string | null;
}

export interface BroadcastDefaults {
  /** The configured QUIET_HOURS ("off" or null for none). */
  quietHours: string | null;
}

function footer(lang: 'id' | 'en'): string {
  return translator(lang)('broadcastFooter');
}

/** What a worker of each language receives, footer included. */
export function messageTexts(b: Pick<BroadcastRow, 'text_id' | 'text_en'>): { id: string; en: string } {
  return {
    id: `${b.text_id}\n\n${footer('id')}`,
    en: `${b.text_en ?? b.text_id}\n\n${b.text_en ? footer('en') : footer('id')}`,
  };
}

function cleanText(label: string, text: string | null | undefined, lang: 'id' | 'en'): string | null {
  if (text === null || text === undefined) return null;
  const t = text.replace(/\r\n?/g, '\n').trim();
  if (!t)
    throw new BroadcastError(
      `The ${label} text is empty`,
      `Teks ${label === 'English' ? 'Inggris' : 'Indonesia'} kosong`,
    );
  const room = MAX_MESSAGE - footer(lang).length - 2;
  if (t.length > room)
    throw new BroadcastError(
      `The ${label} text has ${t.length} characters; at most ${room} fit in one message`,
      `Teks ${label === 'English' ? 'Inggris' : 'Indonesia'} ${t.length} karakter; paling banyak ${room} muat dalam satu pesan`,
    );
  return t;
}

function quietOf(input: string | null | undefined, defaults: BroadcastDefaults): string | null {
  const v = input === undefined ? defaults.quietHours : input;
  if (v === null || v === 'off' || v === '') return null;
  if (!parseQuietHours(v)) throw new BroadcastError(`Quiet hours "${v}" must look like 20:00-07:00, or off`);
  return v;
}

function cronOf(input: string | null | undefined): string | null {
  const v = input?.trim().replace(/\s+/g, ' ');
  if (!v) return null;
  if (v.length > 100 || !isValidCron(v))
    throw new BroadcastError(
      `"${v}" is not a cron pattern like "0 9 * * 1#1" (first Monday of the month, 09:00 WIB)`,
      `"${v}" bukan pola cron seperti "0 9 * * 1#1" (Senin pertama tiap bulan, 09:00 WIB)`,
    );
  return v;
}

export async function createBroadcast(
  db: Db,
  input: NewBroadcast,
  now: Date,
  defaults: BroadcastDefaults,
): Promise<BroadcastRow> {
  const textId = cleanText('Indonesian', input.textId, 'id');
  if (!textId) throw new BroadcastError('The Indonesian text is required', 'Teks Indonesia wajib diisi');
  const textEn = cleanText('English', input.textEn, 'en');
  const segment = parseSegment(input.segment ?? {});
  const cron = cronOf(input.cron);
  const nowIso = now.toISOString();
  const title = (input.title?.trim() || textId.split('\n')[0]!).slice(0, 80);
  return db
    .insertInto('broadcasts')
    .values({
      title,
      text_id: textId,
      text_en: textEn,
      segment: JSON.stringify(segment),
      quiet_hours: quietOf(input.quietHours, defaults),
      status: 'draft',
      created_by: input.createdBy ?? null,
      created_at: nowIso,
      updated_at: nowIso,
      cron,
      parent_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface BroadcastEdit {
  title?: string;
  textId?: string;
  textEn?: string | null;
  /** A new segment (validated like a new broadcast's). */
  segment?: unknown;
}

/** Changes the texts or the segment of a draft or scheduled broadcast (a recurring one from its next run). */
export async function updateBroadcast(db: Db, id: number, edit: BroadcastEdit, now: Date): Promise<BroadcastRow> {
  const b = await getBroadcast(db, id);
  if (b.status !== 'draft' && b.status !== 'scheduled')
    throw new BroadcastError(
      `Broadcast #${id} is ${b.status}: only a draft or scheduled one can be changed`,
      `Siaran #${id} berstatus ${b.status}: hanya draf atau yang terjadwal yang bisa diubah`,
    );
  const textId = edit.textId === undefined ? b.text_id : cleanText('Indonesian', edit.textId, 'id');
  if (!textId) throw new BroadcastError('The Indonesian text is required', 'Teks Indonesia wajib diisi');
  const textEn =
    edit.textEn === undefined ? b.text_en : edit.textEn?.trim() ? cleanText('English', edit.textEn, 'en') : null;
  const title = edit.title === undefined ? b.title : (edit.title.trim() || textId.split('\n')[0]!).slice(0, 80);
  const segment = edit.segment === undefined ? b.segment : JSON.stringify(parseSegment(edit.segment));
  await db
    .updateTable('broadcasts')
    .set({ title, text_id: textId, text_en: textEn, segment, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', 'in', ['draft', 'scheduled'])
    .execute();
  return getBroadcast(db, id);
}

export async function getBroadcast(db: Db, id: number): Promise<BroadcastRow> {
  const b = await db.selectFrom('broadcasts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b) throw new BroadcastError(`No broadcast #${id}`);
  return b;
}

export function segmentOf(b: BroadcastRow): Segment {
  return parseSegment(JSON.parse(b.segment));
}

/** A count, or null where it is hidden: fewer than K in a segment that uses BPJS status. */
export type Count = number | null;

export interface Preview {
  id: number;
  title: string;
  segment: string;
  /** Who would get it now. */
  recipients: Count;
  byChannel: Record<string, Count>;
  byLang: Record<string, Count>;
  /** Matched by the segment but left out, and why. */
  excluded: { optedOut: Count; noConsent: Count; unreachable: Count };
  /** The segment uses BPJS status: small counts are hidden (shown as "fewer than k"). */
  usesProtection: boolean;
  /** The K below which such counts are hidden. */
  k: number;
  texts: { id: string; en: string };
  quietHours: string | null;
  /** When sending now would start (later than now inside quiet hours). */
  startsAt: string;
  /** About how long sending takes at the channels' rates (local channels excluded); null when counts are hidden. */
  durationMs: number | null;
  /** Recipients on the terminal or the web chat: they get it only when they next write. */
  onlyWhenTheyWrite: Count;
  /** A recurring broadcast's cron pattern (WIB), or null. */
  cron: string | null;
}

export interface PreviewOptions {
  /** K_ANONYMITY: with a BPJS-status segment, counts under it are hidden. 0 hides nothing. */
  k?: number;
  /** The channels' average gaps between messages (default: the default settings). */
  intervals?: ChannelIntervals;
}

/**
 * An NGO must not learn one member's BPJS status from a count: in a segment
 * that uses it, every count from 1 to k-1 is hidden, and so is the rest of a
 * breakdown where one part is hidden (else it follows by subtraction).
 */
function hideSmall(values: number[], k: number, on: boolean): Count[] {
  if (!on || k <= 1) return values;
  const small = values.map((n) => n > 0 && n < k);
  if (!small.some(Boolean)) return values;
  return values.map(() => null);
}

export async function previewBroadcast(db: Db, id: number, now: Date, opts: PreviewOptions = {}): Promise<Preview> {
  const b = await getBroadcast(db, id);
  const segment = segmentOf(b);
  const fc = { now };
  const groups = await recipients(db, segment, fc)
    .select(['ci.channel as channel', 'workers.lang as lang', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['ci.channel', 'workers.lang'])
    .execute();
  const byChannel: Record<string, number> = {};
  const byLang: Record<string, number> = {};
  let total = 0;
  for (const g of groups) {
    const n = Number(g.n);
    byChannel[g.channel] = (byChannel[g.channel] ?? 0) + n;
    byLang[g.lang] = (byLang[g.lang] ?? 0) + n;
    total += n;
  }
  const counts = await matchingWorkers(db, segment, fc)
    .select([
      sql<number>`sum(case when workers.status = 'active' and workers.opted_out = 1 then 1 else 0 end)`.as('opted_out'),
      sql<number>`sum(case when workers.status <> 'active' then 1 else 0 end)`.as('no_consent'),
      sql<number>`sum(case when workers.status = 'active' and workers.opted_out = 0 then 1 else 0 end)`.as('eligible'),
    ])
    .executeTakeFirstOrThrow();
  const groupNames = segment.group?.length
    ? new Map(
        (await db.selectFrom('ngo_groups').select(['id', 'name']).where('id', 'in', segment.group).execute()).map(
          (g) => [g.id, g.name] as const,
        ),
      )
    : undefined;
  const k = opts.k ?? 0;
  const usesProtection = Boolean(segment.protection?.length);
  const local = Object.entries(byChannel)
    .filter(([c]) => LOCAL_CHANNELS.includes(c))
    .reduce((sum, [, n]) => sum + n, 0);
  const [shownTotal, shownLocal] = hideSmall([total, local], k, usesProtection);
  const hideMap = (r: Record<string, number>): Record<string, Count> => {
    const keys = Object.keys(r);
    // Nothing is shown apart when the total itself is hidden.
    const shown =
      shownTotal === null
        ? keys.map(() => null)
        : hideSmall(
            keys.map((c) => r[c]!),
            k,
            usesProtection,
          );
    return Object.fromEntries(keys.map((c, i) => [c, shown[i]!]));
  };
  const excluded = [
    Number(counts.opted_out ?? 0),
    Number(counts.no_consent ?? 0),
    Number(counts.eligible ?? 0) - total,
  ];
  const [optedOut, noConsent, unreachable] = hideSmall(excluded, k, usesProtection);
  return {
    id: b.id,
    title: b.title,
    segment: describeSegment(segment, { groups: groupNames }),
    recipients: shownTotal!,
    byChannel: hideMap(byChannel),
    byLang: hideMap(byLang),
    excluded: { optedOut: optedOut!, noConsent: noConsent!, unreachable: unreachable! },
    usesProtection,
    k,
    texts: messageTexts(b),
    quietHours: b.quiet_hours,
    startsAt: allowedFrom(now, b.quiet_hours).toISOString(),
    // Hidden with the counts: a duration is a count times an interval.
    durationMs: shownTotal === null ? null : sendDurationMs(byChannel, opts.intervals ?? channelIntervals()),
    onlyWhenTheyWrite: shownTotal === null ? null : shownLocal!,
    cron: b.cron,
  };
}

/**
 * Queues one outbox row per recipient, in one INSERT ... SELECT inside one
 * transaction: 100,000 rows take about a second on SQLite, and a crash leaves
 * either all of them or none. Returns the number queued, or null when the
 * broadcast was already queued or cancelled (a repeated job does nothing).
 */
export async function enqueueBroadcast(db: Db, id: number, now: Date): Promise<number | null> {
  const nowIso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('broadcasts')
      .set({ status: 'sending', enqueued_at: nowIso, updated_at: nowIso })
      .where('id', '=', id)
      .where('status', 'in', ['draft', 'scheduled'])
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return null;
    const b = await trx.selectFrom('broadcasts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const texts = messageTexts(b);
    const notBefore = allowedFrom(now, b.quiet_hours).toISOString();
    const text = (v: string | null) => sql<string>`cast(${v} as text)`;
    const int = (v: number) => sql<number>`cast(${v} as integer)`;
    const rows = recipients(trx, segmentOf(b), { now }).select([
      'ci.channel as channel',
      'ci.channel_user_id as address',
      'workers.id as worker_id',
      text('broadcast').as('kind'),
      int(PRIORITY.broadcast).as('priority'),
      sql<string>`case when ${sql.ref('workers.lang')} = 'en' then ${text(texts.en)} else ${text(texts.id)} end`.as(
        'text',
      ),
      text('pending').as('status'),
      int(0).as('attempts'),
      text(notBefore).as('not_before'),
      int(0).as('ephemeral'),
      text(nowIso).as('created_at'),
      int(id).as('broadcast_id'),
      text(b.quiet_hours).as('quiet_hours'),
    ]);
    const res = await trx
      .insertInto('outbox')
      .columns([
        'channel',
        'address',
        'worker_id',
        'kind',
        'priority',
        'text',
        'status',
        'attempts',
        'not_before',
        'ephemeral',
        'created_at',
        'broadcast_id',
        'quiet_hours',
      ])
      .expression(rows)
      .executeTakeFirst();
    const n = Number(res.numInsertedOrUpdatedRows ?? 0);
    await trx.updateTable('broadcasts').set({ recipients: n }).where('id', '=', id).execute();
    return n;
  });
}

/** The channels a broadcast has rows on (to wake their senders). */
export async function broadcastChannels(db: Db, id: number): Promise<string[]> {
  const rows = await db.selectFrom('outbox').select('channel').where('broadcast_id', '=', id).distinct().execute();
  return rows.map((r) => r.channel);
}

export type SendResult =
  | { status: 'sending'; recipients: number }
  | { status: 'scheduled'; at: string }
  | { status: 'recurring'; next: string };

/**
 * Sends now (queues every message) or, with a future `at`, schedules it. A
 * broadcast with a cron pattern is a plan: it is scheduled to run on that
 * pattern, each run a broadcast of its own (with the same texts, segment,
 * quiet hours, and the opt-outs as they are at that moment).
 */
export async function sendBroadcast(db: Db, id: number, opts: { at?: Date }, now: Date): Promise<SendResult> {
  const b = await getBroadcast(db, id);
  if (b.status !== 'draft' && b.status !== 'scheduled')
    throw new BroadcastError(
      `Broadcast #${id} is ${b.status}: it cannot be sent again`,
      `Siaran #${id} berstatus ${b.status}: tidak bisa dikirim lagi`,
    );
  if (b.job_id !== null) await cancelJob(db, b.job_id, now);
  if (b.cron) {
    const next = nextCronRun(
      b.cron,
      opts.at && opts.at.getTime() > now.getTime() ? new Date(opts.at.getTime() - 1) : now,
    );
    await db.transaction().execute(async (trx) => {
      await cancelPlanJob(trx, id, now);
      const jobId = await scheduleJob(
        trx,
        { kind: BROADCAST_RUN_JOB, payload: { planId: id }, dueAt: next, dedupeKey: planKey(id), cron: b.cron! },
        now,
      );
      await trx
        .updateTable('broadcasts')
        .set({ status: 'scheduled', scheduled_for: next.toISOString(), job_id: jobId, updated_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
    });
    return { status: 'recurring', next: next.toISOString() };
  }
  if (opts.at && opts.at.getTime() > now.getTime()) {
    const at = opts.at;
    await db.transaction().execute(async (trx) => {
      const jobId = await scheduleJob(
        trx,
        { kind: BROADCAST_JOB, payload: { broadcastId: id }, dueAt: at, dedupeKey: `broadcast:${id}` },
        now,
      );
      await trx
        .updateTable('broadcasts')
        .set({ status: 'scheduled', scheduled_for: at.toISOString(), job_id: jobId, updated_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
    });
    return { status: 'scheduled', at: at.toISOString() };
  }
  const n = await enqueueBroadcast(db, id, now);
  if (n === null)
    throw new BroadcastError(
      `Broadcast #${id} was already sent or cancelled`,
      `Siaran #${id} sudah dikirim atau dibatalkan`,
    );
  return { status: 'sending', recipients: n };
}

/** A plan's live job is a new row after every run: found by its dedupe key. */
async function cancelPlanJob(q: Db, planId: number, now: Date): Promise<void> {
  const live = await q
    .selectFrom('jobs')
    .select('id')
    .where('dedupe_key', '=', planKey(planId))
    .where('status', '=', 'pending')
    .execute();
  for (const j of live) await cancelJob(q, j.id, now);
}

/** When a recurring broadcast runs next (its live job), or null. */
export async function nextPlanRun(db: Db, planId: number): Promise<string | null> {
  const row = await db
    .selectFrom('jobs')
    .select('due_at')
    .where('dedupe_key', '=', planKey(planId))
    .where('status', 'in', ['pending', 'running'])
    .executeTakeFirst();
  return row?.due_at ?? null;
}

/**
 * One run of a recurring broadcast: a new broadcast with the plan's texts,
 * segment and quiet hours, queued at once. Returns its id, or null when the
 * plan was cancelled meanwhile.
 */
export async function runPlan(db: Db, planId: number, now: Date): Promise<{ id: number; recipients: number } | null> {
  const plan = await db.selectFrom('broadcasts').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan?.cron || plan.status !== 'scheduled') return null;
  const nowIso = now.toISOString();
  const run = await db
    .insertInto('broadcasts')
    .values({
      title: plan.title,
      text_id: plan.text_id,
      text_en: plan.text_en,
      segment: plan.segment,
      quiet_hours: plan.quiet_hours,
      status: 'draft',
      created_by: plan.created_by,
      created_at: nowIso,
      updated_at: nowIso,
      cron: null,
      parent_id: plan.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const n = await enqueueBroadcast(db, run.id, now);
  return { id: run.id, recipients: n ?? 0 };
}

/** Stops a broadcast: what is not yet sent is never sent. Returns the rows withdrawn. */
export async function cancelBroadcast(db: Db, id: number, now: Date): Promise<number> {
  const b = await getBroadcast(db, id);
  if (b.status === 'done' || b.status === 'cancelled')
    throw new BroadcastError(
      `Broadcast #${id} is already ${b.status === 'done' ? 'finished' : 'cancelled'}`,
      `Siaran #${id} sudah ${b.status === 'done' ? 'selesai' : 'dibatalkan'}`,
    );
  const nowIso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('broadcasts')
      .set({ status: 'cancelled', cancelled_at: nowIso, updated_at: nowIso })
      .where('id', '=', id)
      .execute();
    if (b.job_id !== null) await cancelJob(trx, b.job_id, now);
    if (b.cron) await cancelPlanJob(trx, id, now);
    // Every row not yet handed to the platform is withdrawn, also one a sender
    // holds while it waits for a send slot: the sender marks a row in flight
    // (sent_at) only by an update conditional on its status and on this
    // broadcast not being cancelled, so after this commits nothing more goes.
    // A row already in flight (sent_at set) is left to finish: it went.
    const res = await trx
      .updateTable('outbox')
      .set({ status: 'cancelled', last_error: 'broadcast cancelled', reason_code: 'cancelled', claimed_by: null })
      .where('broadcast_id', '=', id)
      .where((eb) =>
        eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('sent_at', 'is', null)])]),
      )
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  });
}

export interface Progress {
  id: number;
  title: string;
  /** As stored, except that a broadcast with nothing left to push reads as done. */
  status: BroadcastRow['status'];
  scheduledFor: string | null;
  recipients: number;
  /** Still to send on channels that push (Telegram, WhatsApp, SMS). */
  pending: number;
  sent: number;
  /** WhatsApp delivery receipts (a read one counts as delivered too). */
  delivered: number;
  /** WhatsApp read receipts. */
  read: number;
  /** Rows on channels that send receipts (WhatsApp): what delivered and read are out of. */
  withReceipts: number;
  /** Failures other than unreachable (those are `unreachable`). */
  failed: number;
  /** Failures and withdrawals by reason code. */
  byReason: Record<ReasonCode, number>;
  unreachable: number;
  /** Not sent because she said BERHENTI after it was queued. */
  stoppedBeforeSend: number;
  cancelled: number;
  /** Pending rows held back by quiet hours, and until when. */
  waitingForMorning: number;
  /** Queued for terminal or web-chat workers, who get it only when they next write. */
  waitingForWorker: number;
  nextAt: string | null;
}

const localList = sql.join(LOCAL_CHANNELS.map((c) => sql`${c}`));

/**
 * Counts for the figures and a progress bar. Reading changes nothing: a
 * broadcast whose pushed messages are all handled reads as done, and the
 * outbox sender records it (markBroadcastsDone).
 */
export async function broadcastProgress(db: Db, id: number, now: Date): Promise<Progress> {
  const b = await getBroadcast(db, id);
  const nowIso = now.toISOString();
  const c = await db
    .selectFrom('outbox')
    .where('broadcast_id', '=', id)
    .select([
      sql<number>`sum(case when status in ('pending', 'sending') and channel not in (${localList}) then 1 else 0 end)`.as(
        'pending',
      ),
      sql<number>`sum(case when status = 'pending' and channel in (${localList}) then 1 else 0 end)`.as('local'),
      sql<number>`sum(case when status = 'sent' then 1 else 0 end)`.as('sent'),
      sql<number>`sum(case when status = 'sent' and (delivered_at is not null or read_at is not null) then 1 else 0 end)`.as(
        'delivered',
      ),
      sql<number>`sum(case when status = 'sent' and read_at is not null then 1 else 0 end)`.as('read'),
      sql<number>`sum(case when channel = 'whatsapp' then 1 else 0 end)`.as('with_receipts'),
      sql<number>`sum(case when status = 'failed' then 1 else 0 end)`.as('failed'),
      sql<number>`sum(case when status = 'pending' and not_before > ${nowIso} then 1 else 0 end)`.as('waiting'),
      sql<string | null>`min(case when status = 'pending' then not_before end)`.as('next_at'),
    ])
    .executeTakeFirstOrThrow();
  const reasons = await db
    .selectFrom('outbox')
    .where('broadcast_id', '=', id)
    .where('status', 'in', ['failed', 'cancelled'])
    .select(['reason_code', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('reason_code')
    .execute();
  const byReason = Object.fromEntries(REASON_CODES.map((r) => [r, 0])) as Record<ReasonCode, number>;
  for (const r of reasons) {
    const code = (REASON_CODES as readonly string[]).includes(r.reason_code ?? '')
      ? (r.reason_code as ReasonCode)
      : 'other';
    byReason[code] += Number(r.n);
  }
  const pending = Number(c.pending ?? 0);
  return {
    id,
    title: b.title,
    status: b.status === 'sending' && pending === 0 ? 'done' : b.status,
    scheduledFor: b.scheduled_for,
    recipients: b.recipients ?? 0,
    pending,
    sent: Number(c.sent ?? 0),
    delivered: Number(c.delivered ?? 0),
    read: Number(c.read ?? 0),
    withReceipts: Number(c.with_receipts ?? 0),
    // As before receipts and codes: failures other than "cannot be reached", which is counted apart.
    failed: Number(c.failed ?? 0) - byReason.unreachable,
    byReason,
    unreachable: byReason.unreachable,
    stoppedBeforeSend: byReason.opted_out,
    cancelled: byReason.cancelled,
    waitingForMorning: Number(c.waiting ?? 0),
    waitingForWorker: Number(c.local ?? 0),
    nextAt: c.next_at ?? null,
  };
}

/**
 * Records as done the broadcasts among `ids` that have nothing left to push
 * (rows for terminal or web-chat workers wait for them, and do not hold it).
 */
export async function markBroadcastsDone(db: Db, ids: number[], now: Date): Promise<void> {
  if (!ids.length) return;
  const nowIso = now.toISOString();
  await db
    .updateTable('broadcasts')
    .set({ status: 'done', finished_at: nowIso, updated_at: nowIso })
    .where('id', 'in', ids)
    .where('status', '=', 'sending')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('outbox as o')
            .select('o.id')
            .whereRef('o.broadcast_id', '=', 'broadcasts.id')
            .where('o.status', 'in', ['pending', 'sending'])
            .where('o.channel', 'not in', LOCAL_CHANNELS),
        ),
      ),
    )
    .execute();
}

export interface Figures extends Progress {
  /** Recipients who have said BERHENTI since it was queued (sent to or not). */
  optedOutSince: number;
  /** Recipients who deleted their data since (their rows are gone). */
  erasedSince: number;
  /** Sent to, and wrote to the bot within 48 hours of it (on our clock: processed_at). */
  repliedWithin48h: number;
}

const H48 = 48 * 3600_000;

export async function broadcastFigures(db: Db, id: number, now: Date): Promise<Figures> {
  const p = await broadcastProgress(db, id, now);
  const rows = await db
    .selectFrom('outbox as o')
    .innerJoin('workers as w', 'w.id', 'o.worker_id')
    .where('o.broadcast_id', '=', id)
    .select([
      'o.status',
      'o.sent_at',
      'w.opted_out',
      (eb) =>
        eb
          .selectFrom('inbound_messages as i')
          .select((e) => e.fn.min('i.processed_at').as('r'))
          .whereRef('i.worker_id', '=', 'o.worker_id')
          .whereRef('i.processed_at', '>', 'o.sent_at')
          .as('first_reply'),
    ])
    .execute();
  let optedOutSince = 0;
  let replied = 0;
  for (const r of rows) {
    if (r.opted_out === 1) optedOutSince++;
    if (r.status === 'sent' && r.sent_at && r.first_reply) {
      if (new Date(r.first_reply).getTime() - new Date(r.sent_at).getTime() <= H48) replied++;
    }
  }
  return {
    ...p,
    optedOutSince,
    erasedSince: Math.max(0, p.recipients - rows.length),
    repliedWithin48h: replied,
  };
}

/** Figures as shown outside the service: every count hidden (null) when it could tell a member's BPJS status. */
export type ShownFigures = { [K in keyof Figures]: Figures[K] extends number ? number | null : Figures[K] } & {
  hiddenBelowK: number | null;
};

/**
 * A broadcast to a BPJS-status segment that reached fewer than k workers
 * shows none of its counts (they are all parts of that small number); any
 * other shows them all.
 */
export async function shownFigures(db: Db, id: number, now: Date, k: number): Promise<ShownFigures> {
  const f = await broadcastFigures(db, id, now);
  const b = await getBroadcast(db, id);
  const small = Boolean(segmentOf(b).protection?.length) && f.recipients > 0 && f.recipients < k;
  if (!small) return { ...f, hiddenBelowK: null };
  const hide = (v: unknown) => (typeof v === 'number' ? null : v);
  const out = Object.fromEntries(Object.entries(f).map(([key, v]) => [key, key === 'id' ? v : hide(v)]));
  out.byReason = Object.fromEntries(Object.keys(f.byReason).map((r) => [r, null]));
  return { ...(out as ShownFigures), hiddenBelowK: k };
}

export interface Reply {
  at: string;
  text: string;
}

/**
 * What recipients wrote within 48 hours after it reached them, newest first:
 * their words only, never who wrote them.
 */
export async function broadcastReplies(db: Db, id: number, limit = 50): Promise<Reply[]> {
  const rows = await db
    .selectFrom('outbox as o')
    .innerJoin('inbound_messages as i', 'i.worker_id', 'o.worker_id')
    .where('o.broadcast_id', '=', id)
    .where('o.status', '=', 'sent')
    .whereRef('i.processed_at', '>', 'o.sent_at')
    .select(['i.processed_at', 'i.text', 'o.sent_at'])
    .orderBy('i.processed_at', 'desc')
    .limit(limit * 4)
    .execute();
  return rows
    .filter((r) => r.sent_at && new Date(r.processed_at).getTime() - new Date(r.sent_at).getTime() <= H48)
    .filter((r) => r.text.trim() !== '')
    .slice(0, limit)
    .map((r) => ({ at: r.processed_at, text: r.text }));
}

/**
 * Queues the broadcast's texts to a staff member's own chat before it goes out
 * (each language it has). A test is not a broadcast: no row counts in its figures.
 */
export async function testSend(
  db: Db,
  id: number,
  to: { channel: string; address: string },
  now: Date,
): Promise<number> {
  const b = await getBroadcast(db, id);
  const address = to.address.trim();
  if (!address || address.length > 100) throw new BroadcastError('Give your own number or chat id for the test');
  const texts = messageTexts(b);
  const msgs = [texts.id, ...(b.text_en ? [texts.en] : [])].map((text) => ({
    channel: to.channel as never,
    address,
    workerId: null,
    kind: 'notice' as const,
    text,
  }));
  const ids = await enqueue(db, msgs, now.toISOString());
  return ids.length;
}

/** Messages sent so far for each of these broadcasts (one query, for a list). */
export async function sentCounts(db: Db, ids: number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('outbox')
    .select(['broadcast_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('broadcast_id', 'in', ids)
    .where('status', '=', 'sent')
    .groupBy('broadcast_id')
    .execute();
  return new Map(rows.map((r) => [r.broadcast_id!, Number(r.n)]));
}

export interface BroadcastSummary {
  id: number;
  title: string;
  status: BroadcastRow['status'];
  createdAt: string;
  scheduledFor: string | null;
  recipients: number | null;
  cron: string | null;
  parentId: number | null;
  /** Its segment uses BPJS status: counts under K are not to be shown. */
  usesProtection: boolean;
}

export async function listBroadcasts(
  db: Db,
  limit = 50,
  opts: { parentId?: number } = {},
): Promise<BroadcastSummary[]> {
  const rows = await db
    .selectFrom('broadcasts')
    .selectAll()
    .$if(opts.parentId !== undefined, (q) => q.where('parent_id', '=', opts.parentId!))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((b) => ({
    id: b.id,
    title: b.title,
    status: b.status,
    createdAt: b.created_at,
    scheduledFor: b.scheduled_for,
    recipients: b.recipients,
    cron: b.cron,
    parentId: b.parent_id,
    usesProtection: Boolean((JSON.parse(b.segment) as { protection?: unknown[] }).protection?.length),
  }));
}
