// NGO broadcasts: create, preview, send now or schedule, follow, cancel.
// Plain functions over the database so the CLI, the JSON API and the
// dashboard share them.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { PRIORITY } from '../db/outbox.ts';
import type { BroadcastRow } from '../db/schema.ts';
import { translator } from '../flows/messages/index.ts';
import { allowedFrom, parseQuietHours } from '../outbox/quiet-hours.ts';
import { cancelJob, scheduleJob } from '../scheduler/jobs.ts';
import { describeSegment, matchingWorkers, parseSegment, recipients, type Segment } from './segment.ts';
// Registers the `protection` filter once the segment module is loaded.
import './protection-filter.ts';

export const BROADCAST_JOB = 'broadcast.send';
/** Longest message a worker gets, footer included (a basic phone's comfortable limit). */
export const MAX_MESSAGE = 1000;

/** A mistake of the person making the broadcast, said in one line. */
export class BroadcastError extends Error {}

export interface NewBroadcast {
  title?: string;
  textId: string;
  textEn?: string | null;
  segment?: unknown;
  /** "20:00-07:00", or null for none; undefined takes the configured default. */
  quietHours?: string | null;
  createdBy?: string | null;
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
  if (!t) throw new BroadcastError(`The ${label} text is empty`);
  const room = MAX_MESSAGE - footer(lang).length - 2;
  if (t.length > room)
    throw new BroadcastError(`The ${label} text has ${t.length} characters; at most ${room} fit in one message`);
  return t;
}

function quietOf(input: string | null | undefined, defaults: BroadcastDefaults): string | null {
  const v = input === undefined ? defaults.quietHours : input;
  if (v === null || v === 'off' || v === '') return null;
  if (!parseQuietHours(v)) throw new BroadcastError(`Quiet hours "${v}" must look like 20:00-07:00, or off`);
  return v;
}

export async function createBroadcast(
  db: Db,
  input: NewBroadcast,
  now: Date,
  defaults: BroadcastDefaults,
): Promise<BroadcastRow> {
  const textId = cleanText('Indonesian', input.textId, 'id');
  if (!textId) throw new BroadcastError('The Indonesian text is required');
  const textEn = cleanText('English', input.textEn, 'en');
  const segment = parseSegment(input.segment ?? {});
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
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function getBroadcast(db: Db, id: number): Promise<BroadcastRow> {
  const b = await db.selectFrom('broadcasts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b) throw new BroadcastError(`No broadcast #${id}`);
  return b;
}

export function segmentOf(b: BroadcastRow): Segment {
  return parseSegment(JSON.parse(b.segment));
}

export interface Preview {
  id: number;
  title: string;
  segment: string;
  /** Who would get it now. */
  recipients: number;
  byChannel: Record<string, number>;
  byLang: Record<string, number>;
  /** Matched by the segment but left out, and why. */
  excluded: { optedOut: number; noConsent: number; unreachable: number };
  texts: { id: string; en: string };
  quietHours: string | null;
  /** When sending now would start (later than now inside quiet hours). */
  startsAt: string;
}

export async function previewBroadcast(db: Db, id: number, now: Date): Promise<Preview> {
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
  return {
    id: b.id,
    title: b.title,
    segment: describeSegment(segment, { groups: groupNames }),
    recipients: total,
    byChannel,
    byLang,
    excluded: {
      optedOut: Number(counts.opted_out ?? 0),
      noConsent: Number(counts.no_consent ?? 0),
      unreachable: Number(counts.eligible ?? 0) - total,
    },
    texts: messageTexts(b),
    quietHours: b.quiet_hours,
    startsAt: allowedFrom(now, b.quiet_hours).toISOString(),
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

export type SendResult = { status: 'sending'; recipients: number } | { status: 'scheduled'; at: string };

/** Sends now (queues every message) or, with a future `at`, schedules it. */
export async function sendBroadcast(db: Db, id: number, opts: { at?: Date }, now: Date): Promise<SendResult> {
  const b = await getBroadcast(db, id);
  if (b.status !== 'draft' && b.status !== 'scheduled')
    throw new BroadcastError(`Broadcast #${id} is ${b.status}: it cannot be sent again`);
  if (b.job_id !== null) await cancelJob(db, b.job_id, now);
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
  if (n === null) throw new BroadcastError(`Broadcast #${id} was already sent or cancelled`);
  return { status: 'sending', recipients: n };
}

/** Stops a broadcast: what is not yet sent is never sent. Returns the rows withdrawn. */
export async function cancelBroadcast(db: Db, id: number, now: Date): Promise<number> {
  const b = await getBroadcast(db, id);
  if (b.status === 'done' || b.status === 'cancelled')
    throw new BroadcastError(`Broadcast #${id} is already ${b.status === 'done' ? 'finished' : 'cancelled'}`);
  const nowIso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('broadcasts')
      .set({ status: 'cancelled', cancelled_at: nowIso, updated_at: nowIso })
      .where('id', '=', id)
      .execute();
    if (b.job_id !== null) await cancelJob(trx, b.job_id, now);
    // Every row not yet handed to the platform is withdrawn, also one a sender
    // holds while it waits for a send slot: the sender marks a row in flight
    // (sent_at) only by an update conditional on its status and on this
    // broadcast not being cancelled, so after this commits nothing more goes.
    // A row already in flight (sent_at set) is left to finish: it went.
    const res = await trx
      .updateTable('outbox')
      .set({ status: 'cancelled', last_error: 'broadcast cancelled', claimed_by: null })
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
  status: BroadcastRow['status'];
  scheduledFor: string | null;
  recipients: number;
  pending: number;
  sent: number;
  failed: number;
  unreachable: number;
  /** Not sent because she said BERHENTI after it was queued. */
  stoppedBeforeSend: number;
  cancelled: number;
  /** Pending rows held back by quiet hours, and until when. */
  waitingForMorning: number;
  nextAt: string | null;
}

/** Cheap counts for a progress bar; marks the broadcast done once nothing is left to send. */
export async function broadcastProgress(db: Db, id: number, now: Date): Promise<Progress> {
  let b = await getBroadcast(db, id);
  const nowIso = now.toISOString();
  const c = await db
    .selectFrom('outbox')
    .where('broadcast_id', '=', id)
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`sum(case when status in ('pending', 'sending') then 1 else 0 end)`.as('pending'),
      sql<number>`sum(case when status = 'sent' then 1 else 0 end)`.as('sent'),
      sql<number>`sum(case when status = 'failed' and last_error like 'unreachable%' then 1 else 0 end)`.as(
        'unreachable',
      ),
      sql<number>`sum(case when status = 'failed' and (last_error is null or last_error not like 'unreachable%') then 1 else 0 end)`.as(
        'failed',
      ),
      sql<number>`sum(case when status = 'cancelled' and last_error = 'opted out before it was sent' then 1 else 0 end)`.as(
        'stopped',
      ),
      sql<number>`sum(case when status = 'cancelled' and last_error = 'broadcast cancelled' then 1 else 0 end)`.as(
        'cancelled',
      ),
      sql<number>`sum(case when status = 'pending' and not_before > ${nowIso} then 1 else 0 end)`.as('waiting'),
      sql<string | null>`min(case when status = 'pending' then not_before end)`.as('next_at'),
    ])
    .executeTakeFirstOrThrow();
  const pending = Number(c.pending ?? 0);
  if (b.status === 'sending' && pending === 0) {
    await db
      .updateTable('broadcasts')
      .set({ status: 'done', finished_at: nowIso, updated_at: nowIso })
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .execute();
    b = await getBroadcast(db, id);
  }
  return {
    id,
    title: b.title,
    status: b.status,
    scheduledFor: b.scheduled_for,
    recipients: b.recipients ?? 0,
    pending,
    sent: Number(c.sent ?? 0),
    failed: Number(c.failed ?? 0),
    unreachable: Number(c.unreachable ?? 0),
    stoppedBeforeSend: Number(c.stopped ?? 0),
    cancelled: Number(c.cancelled ?? 0),
    waitingForMorning: Number(c.waiting ?? 0),
    nextAt: c.next_at ?? null,
  };
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

export interface BroadcastSummary {
  id: number;
  title: string;
  status: BroadcastRow['status'];
  createdAt: string;
  scheduledFor: string | null;
  recipients: number | null;
}

export async function listBroadcasts(db: Db, limit = 50): Promise<BroadcastSummary[]> {
  const rows = await db.selectFrom('broadcasts').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((b) => ({
    id: b.id,
    title: b.title,
    status: b.status,
    createdAt: b.created_at,
    scheduledFor: b.scheduled_for,
    recipients: b.recipients,
  }));
}
