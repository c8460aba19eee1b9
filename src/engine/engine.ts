// One inbound message = one transaction, in named parts: find her (and
// dedupe the message), read the input, run the pure step (loading the facts it
// asks for), commit (effects, her conversation, the replies in the outbox).
// A conversation the bot starts (a reminder, a re-check) is `initiate`: the
// flow's start run the same way, under the rules of writing to her first.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Transaction } from 'kysely';
import type { BpjsContent } from '../content/bpjs/load.ts';
import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import type { InboundMessage } from '../core/messages.ts';
import type { ConvState, WorkerProfile } from '../core/worker.ts';
import type { Db } from '../db/connect.ts';
import {
  readConversation,
  type StoredConversation,
  saveConversation,
  saveConversationChange,
} from '../db/conversations.ts';
import { DiaryValueError } from '../db/diary.ts';
import { scrubAfterErasure } from '../db/erase.ts';
import { recordInbound } from '../db/inbound.ts';
import { enqueue } from '../db/outbox.ts';
import { reachIdentity } from '../db/reachability.ts';
import { retryConflicts } from '../db/retry.ts';
import type { Database, Worker } from '../db/schema.ts';
import { createWithIdentity, getWorker, markSeen, startTurn, toProfile } from '../db/workers.ts';
import { inputOf } from '../flows/input.ts';
import { formOf, translator } from '../flows/messages/index.ts';
import { route } from '../flows/router.ts';
import type { Effect, Facts, Flow, FlowContext, FlowSettings, Input, StepResult } from '../flows/types.ts';
import { type Appliers, type ApplyContext, applyEffects } from './effects.ts';
import { type FactLoaders, loadFact } from './facts.ts';

export interface HandleResult {
  duplicate: boolean;
  workerId: string | null;
  outboxIds: number[];
  /** The turn erased her (HAPUS, or a refusal of consent). */
  erased?: boolean;
}

/** What the engine writes effects and loads facts with: built once in src/app/engine.ts. */
export interface TurnParts {
  appliers: Appliers;
  facts: FactLoaders;
  /** The BPJS content in use now, read at the start of each turn. */
  bpjs: () => BpjsContent;
}

/** How a conversation the bot starts is sent (see Engine.initiateIn). */
export interface InitiateOptions {
  /** The moment it is sent at (a job's run time); default the engine's clock. */
  now?: Date;
  /** Facts the caller already knows, handed to the start as if loaded (the rest are loaded as in a turn). */
  facts?: Facts;
  /** WIB quiet hours (QUIET_HOURS) the messages wait out in the outbox; null: none. */
  quietHours?: string | null;
}

/** What a started conversation queued: on which channel, which outbox rows. */
export interface Initiated {
  workerId: string;
  channel: string;
  outboxIds: number[];
  /** The conversation stored for her answer, or null when the start keeps none. */
  state: ConvState | null;
}

/** What reminders and re-checks need of the engine: its database and initiateIn (the Engine is one). */
export interface Initiator {
  readonly db: Db;
  initiateIn(
    trx: Transaction<Database>,
    workerId: string,
    flow: Flow,
    args?: Record<string, unknown>,
    opts?: InitiateOptions,
  ): Promise<Initiated | null>;
}

/**
 * A conversation she touched this recently is one she is in the middle of: a
 * conversation the bot starts does not replace it (it is sent on a later run,
 * or the flow asks when she next writes). Older ones are abandoned.
 */
export const BUSY_MS = 12 * 3600_000;

export interface EngineOptions {
  clock?: Clock;
  settings?: Partial<FlowSettings>;
  newId?: () => string;
}

/** Her profile with the changes a turn's effects make to it. */
function profileAfter(worker: WorkerProfile, effects: Effect[]): WorkerProfile {
  let w = worker;
  for (const e of effects) if (e.type === 'updateWorker') w = { ...w, ...e.changes };
  return w;
}

/** Longest text kept of an inbound message (the rest is never read). */
const STORED_TEXT = 4000;

/**
 * Who wrote: her row as it is now, after the turn's first write (see startTurn),
 * created on her first message. The message is recorded first, as its own
 * dedupe key: null when it was handled before. Before she consents nothing she
 * types is kept: the row stays only as the dedupe key.
 */
async function findHer(trx: Transaction<Database>, msg: InboundMessage, nowIso: string): Promise<Worker | null> {
  let row = await startTurn(trx, msg.channel, msg.channelUserId, nowIso);
  const inboundId = await recordInbound(trx, {
    channel: msg.channel,
    externalId: msg.externalId,
    workerId: row?.id ?? null,
    text: row?.status === 'active' ? msg.text.slice(0, STORED_TEXT) : '',
    receivedAt: msg.receivedAt.toISOString(),
    processedAt: nowIso,
  });
  if (inboundId === null) return null;
  if (row) {
    await markSeen(trx, row.id, msg.channel, msg.channelUserId, nowIso, msg.campaign);
    return msg.campaign ? { ...row, campaign: msg.campaign, updated_at: nowIso } : row;
  }
  const created = await createWithIdentity(trx, msg.channel, msg.channelUserId, nowIso, msg.campaign);
  await trx.updateTable('inbound_messages').set({ worker_id: created.workerId }).where('id', '=', inboundId).execute();
  row = await getWorker(trx, created.workerId);
  if (!row) throw new Error('A worker just created is not there');
  return row;
}

/**
 * The pure step for her message. A step may ask for facts it needs: they are
 * loaded and it runs again (it is pure). They are loaded for her profile as
 * the turn leaves it: a flow started after she answered (BANDINGKAN once her
 * kecamatan is set) sees her answer.
 */
async function runStep(
  parts: TurnParts,
  trx: Transaction<Database>,
  decide: () => StepResult,
  ctx: FlowContext,
): Promise<StepResult> {
  let step = decide();
  for (let pass = 0; step.needs?.length && pass < 6; pass++) {
    const profile = profileAfter(ctx.worker, step.effects);
    for (const key of step.needs) {
      if (!Object.hasOwn(ctx.facts, key))
        (ctx.facts as Record<string, unknown>)[key] = await loadFact(
          key,
          { trx, worker: profile, now: ctx.now },
          parts.facts,
        );
    }
    step = decide();
  }
  if (step.needs?.length) throw new Error(`Facts still missing: ${step.needs.join(', ')}`);
  return step;
}

/** Her message's step: the router picks the flow. */
function turnOf(state: ConvState | null, input: Input, ctx: FlowContext): () => StepResult {
  return () => route(state, input, ctx);
}

/** The entry she was making is dropped (as it is, it can never be saved): she types it again. */
function refusedStep(refused: DiaryValueError, ctx: FlowContext): StepResult {
  return {
    state: null,
    effects: [],
    replies: [{ text: ctx.t('entryRefused', { limit: refused.limit, max: refused.max }) }],
  };
}

/** What the step decided, kept in the turn's transaction: its effects, her conversation, the replies to send. */
async function commitTurn(
  parts: TurnParts,
  trx: Transaction<Database>,
  msg: InboundMessage,
  t: { workerId: string; stored: StoredConversation; step: StepResult; ctx: FlowContext; nowIso: string },
): Promise<HandleResult> {
  const { workerId, stored, step, ctx, nowIso } = t;
  const ac: ApplyContext = { trx, workerId, nowIso, flow: ctx, erased: false };
  await applyEffects(step.effects, ac, parts.appliers);
  if (!ac.erased) await saveConversationChange(trx, workerId, stored.row, step.state, nowIso);
  const outboxIds = await enqueue(
    trx,
    step.replies.map((r) => ({
      channel: msg.channel,
      address: msg.channelUserId,
      // After an erasure nothing may point at her: the goodbye is sent and then removed.
      workerId: ac.erased ? null : workerId,
      kind: 'reply' as const,
      text: r.text,
      options: r.options ?? null,
      ephemeral: ac.erased,
    })),
    nowIso,
  );
  return { duplicate: false, workerId: ac.erased ? null : workerId, outboxIds, erased: ac.erased };
}

export class Engine implements Initiator {
  /** Emits 'outbox' with the channel after replies were committed, to wake senders. */
  readonly events = new EventEmitter();
  private readonly clock: Clock;
  private readonly settings: FlowSettings;
  private readonly newId: () => string;

  constructor(
    readonly db: Db,
    private readonly parts: TurnParts,
    opts: EngineOptions = {},
  ) {
    this.clock = opts.clock ?? systemClock;
    this.settings = { payOverdueDays: 14, kAnonymity: 5, ...opts.settings };
    this.newId = opts.newId ?? randomUUID;
  }

  /**
   * A conversation the bot starts: the flow's start run for her (pure, as a
   * turn's step, with the facts it asks for), its effects applied, her
   * conversation stored and the replies queued as reminders on the channel
   * that reaches her (src/db/reachability.ts), in one transaction; the
   * senders are woken after the commit. Null when nothing was sent (see initiateIn).
   */
  async initiate(
    workerId: string,
    flow: Flow,
    args?: Record<string, unknown>,
    opts: InitiateOptions = {},
  ): Promise<Initiated | null> {
    const res = await this.db.transaction().execute((trx) => this.initiateIn(trx, workerId, flow, args, opts));
    if (res?.outboxIds.length) this.events.emit('outbox', res.channel);
    return res;
  }

  /**
   * `initiate` inside the caller's transaction (a job that claims a row of its
   * own first, or records what was sent): the caller wakes the senders after
   * its commit. Nothing is written, and null returned, when she is not an
   * active worker, stopped messages (BERHENTI), no channel reaches her, the
   * start has nothing to say (or hands over to another flow), or the start
   * would store a conversation while she is in the middle of one (BUSY_MS).
   * A start that keeps no conversation leaves hers as it is.
   */
  async initiateIn(
    trx: Transaction<Database>,
    workerId: string,
    flow: Flow,
    args?: Record<string, unknown>,
    opts: InitiateOptions = {},
  ): Promise<Initiated | null> {
    const now = opts.now ?? this.clock.now();
    const nowIso = now.toISOString();
    const row = await getWorker(trx, workerId);
    if (!row || row.status !== 'active' || row.opted_out === 1) return null;
    const identity = await reachIdentity(trx, workerId);
    if (!identity) return null;
    const worker = toProfile(row);
    const ctx: FlowContext = {
      now,
      lang: worker.lang,
      t: translator(worker.lang, formOf(identity.channel)),
      worker,
      facts: { ...opts.facts },
      settings: this.settings,
      bpjs: this.parts.bpjs(),
      newId: this.newId,
    };
    const step = await runStep(this.parts, trx, () => flow.start(ctx, args), ctx);
    if (!step.replies.length || step.goto) return null;
    if (step.state) {
      const stored = await readConversation(trx, workerId);
      if (stored.row && now.getTime() - Date.parse(stored.row.updated_at) < BUSY_MS) return null;
    }
    const ac: ApplyContext = { trx, workerId, nowIso, flow: ctx, erased: false };
    await applyEffects(step.effects, ac, this.parts.appliers);
    if (ac.erased) throw new Error(`The start of ${flow.name} erased her: a conversation the bot starts cannot`);
    if (step.state) await saveConversation(trx, workerId, step.state, nowIso);
    const outboxIds = await enqueue(
      trx,
      step.replies.map((r) => ({
        channel: identity.channel,
        address: identity.channel_user_id,
        workerId,
        kind: 'reminder' as const,
        text: r.text,
        options: r.options ?? null,
        quietHours: opts.quietHours ?? null,
      })),
      nowIso,
    );
    return { workerId, channel: identity.channel, outboxIds, state: step.state };
  }

  async handle(msg: InboundMessage): Promise<HandleResult> {
    const now = this.clock.now();
    const nowIso = now.toISOString();
    // `refused`: the turn was run and rolled back because a diary value could not
    // be stored; run again, it only records the message and tells her why.
    const turn = async (trx: Transaction<Database>, refused?: DiaryValueError): Promise<HandleResult> => {
      const her = await findHer(trx, msg, nowIso);
      if (!her) return { duplicate: true, workerId: null, outboxIds: [] };
      const worker = toProfile(her);
      const stored = await readConversation(trx, worker.id);
      const ctx: FlowContext = {
        now,
        lang: worker.lang,
        t: translator(worker.lang, formOf(msg.channel)),
        worker,
        facts: {},
        settings: this.settings,
        bpjs: this.parts.bpjs(),
        newId: this.newId,
      };
      const step = refused
        ? refusedStep(refused, ctx)
        : await runStep(this.parts, trx, turnOf(stored.state, inputOf(msg.text, msg.kind ?? 'text'), ctx), ctx);
      return commitTurn(this.parts, trx, msg, { workerId: worker.id, stored, step, ctx, nowIso });
    };
    // Another process may race for the same new person: the loser runs again.
    let res: HandleResult;
    try {
      res = await retryConflicts(() => this.db.transaction().execute((trx) => turn(trx)));
    } catch (err) {
      // A figure the diary does not store (a 20-digit count, say): nothing of
      // the turn was kept (its transaction rolled back); she is told why instead.
      if (!(err instanceof DiaryValueError)) throw err;
      res = await retryConflicts(() => this.db.transaction().execute((trx) => turn(trx, err)));
    }
    if (res.erased) await scrubAfterErasure(this.db);
    if (res.outboxIds.length) this.events.emit('outbox', msg.channel);
    return res;
  }
}
