// The WhatsApp channel: links the bot's number (QR code or pairing code),
// keeps the connection alive, turns live messages into InboundMessages for the
// engine, and runs the outbox sender for WhatsApp while connected.
import { type BaileysEventMap, DisconnectReason, type proto, type WAMessageKey } from '@whiskeysockets/baileys';
import QRCode from 'qrcode';
import { type Clock, systemClock } from '../../core/clock.ts';
import type { Db } from '../../db/connect.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import { OutboxSender, type OutboxSenderOptions } from '../../outbox/sender.ts';
import { type DbAuthState, useDbAuthState } from './auth-state.ts';
import { forgetErased } from './forget.ts';
import { CHANNEL, linkIdentity } from './identities.ts';
import { jidPair, readMessage } from './inbound.ts';
import { receiptsOf, recordReceipts } from './receipts.ts';
import { WhatsAppSender } from './sender.ts';
import { baileysLogger, type SocketFactory, type WaSocket } from './socket.ts';
import { TtlCache } from './ttl-cache.ts';

export type WhatsAppState =
  /** Not started yet, or stopped by the service. */
  | 'stopped'
  | 'connecting'
  /** A QR code or pairing code is waiting for the operator. */
  | 'waiting-for-link'
  | 'open'
  /** Lost the connection; trying again after a pause. */
  | 'reconnecting'
  /** WhatsApp logged the bot out (401): the link data is wiped, someone must link again. */
  | 'logged-out'
  /** Another session took over the number (440): stopped so the two do not fight. */
  | 'replaced'
  /** WhatsApp refused the number (403): stopped; check the phone before trying again. */
  | 'forbidden';

/** States in which the channel waits for the operator instead of reconnecting by itself. */
export const NEEDS_OPERATOR: WhatsAppState[] = ['logged-out', 'replaced', 'forbidden'];

export interface WhatsAppChannelOptions {
  db: Db;
  engine: Engine;
  logger: Logger;
  socketFactory: SocketFactory;
  clock?: Clock;
  random?: () => number;
  /** Link with a pairing code for this number (digits with country code) instead of a QR code. */
  pairingNumber?: string;
  broadcastMinMs?: number;
  broadcastMaxMs?: number;
  dailyCap?: number;
  /** Where the operator reads linking instructions (the terminal). */
  print?: (text: string) => void;
  /** Full address of the admin page, for the instructions. */
  adminUrl?: string;
  reconnectBaseMs?: number;
  reconnectMaxMs?: number;
  /** Runs `fn` after `ms`; returns a cancel function (tests make time instant). */
  schedule?: (fn: () => void, ms: number) => () => void;
  /** Overrides for the outbox sender (tests pass an instant sleep). */
  outbox?: Omit<OutboxSenderOptions, 'clock' | 'logger'>;
  /** How often to look for erased contacts no goodbye over WhatsApp will make forgotten (HAPUS elsewhere, a crash). */
  forgetEveryMs?: number;
}

const realSchedule = (fn: () => void, ms: number) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};

export class WhatsAppChannel {
  readonly name = 'whatsapp';
  state: WhatsAppState = 'stopped';
  /** The latest QR code text while waiting for a scan. */
  qr: string | null = null;
  pairingCode: string | null = null;
  lastDisconnect: { code: number | null; reason: string; at: string } | null = null;
  /** Reconnects since the connection was last open. */
  attempts = 0;
  /** The bot's own WhatsApp id once linked. */
  me: string | null = null;
  readonly sender: WhatsAppSender;
  private readonly outbox: OutboxSender;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly schedule: (fn: () => void, ms: number) => () => void;
  private readonly print: (text: string) => void;
  private auth: DbAuthState | null = null;
  private sock: WaSocket | null = null;
  private open = false;
  private unsubscribe: (() => void) | null = null;
  private cancelReconnect: (() => void) | null = null;
  private pairingAsked = new WeakSet<WaSocket>();
  private stopping = false;
  /** Inbound work in order; settled when everything received so far is handled. */
  private inbound: Promise<void> = Promise.resolve();
  /** Outbox sender starts and stops, in order. */
  private outboxControl: Promise<void> = Promise.resolve();
  /** Forgetting erased contacts, one pass at a time. */
  private forgetting: Promise<void> = Promise.resolve();
  private forgetTimer: ReturnType<typeof setInterval> | null = null;
  /** The socket's device lists by user, kept across reconnects (Baileys' default: 5 minutes). */
  private readonly userDevices = new TtlCache(5 * 60_000);
  private readonly wake = (channel: string) => {
    if (channel === CHANNEL) this.outbox.wake();
  };

  constructor(private readonly o: WhatsAppChannelOptions) {
    this.clock = o.clock ?? systemClock;
    this.random = o.random ?? Math.random;
    this.schedule = o.schedule ?? realSchedule;
    this.print = o.print ?? ((t) => void process.stdout.write(`${t}\n`));
    this.sender = new WhatsAppSender({
      db: o.db,
      clock: this.clock,
      socket: () => (this.open ? this.sock : null),
      broadcastMinMs: o.broadcastMinMs ?? 3000,
      broadcastMaxMs: o.broadcastMaxMs ?? 6000,
      dailyCap: o.dailyCap ?? 1000,
      random: this.random,
      logger: o.logger,
      forget: () => this.forgetErased(),
    });
    // One row per claim: a broadcast waiting out its pause never holds a batch of replies behind it.
    this.outbox = new OutboxSender(o.db, this.sender, {
      clock: this.clock,
      logger: o.logger,
      batchSize: 1,
      ...o.outbox,
    });
  }

  health(): Record<string, unknown> {
    return {
      state: this.state,
      linked: this.linked(),
      waitingForLink: this.state === 'waiting-for-link',
      needsOperator: NEEDS_OPERATOR.includes(this.state),
      lastDisconnect: this.lastDisconnect,
      reconnects: this.attempts,
      ...this.sender.stats(),
    };
  }

  /** The number is linked (after a QR scan or a pairing code), whether or not connected right now. */
  linked(): boolean {
    const creds = this.auth?.state.creds;
    return Boolean(creds?.me && creds.account);
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.o.engine.events.on('outbox', this.wake);
    this.auth ??= await useDbAuthState(this.o.db, this.o.logger);
    // Erasures with no goodbye over WhatsApp (or left by a crash) are picked up by this pass.
    this.forgetTimer ??= setInterval(() => void this.forgetErased(), this.o.forgetEveryMs ?? 60_000);
    this.forgetTimer.unref?.();
    await this.connect().catch((err) => this.onClose(err as Error));
  }

  /**
   * Forgets the signal keys of contacts erased by HAPUS once no goodbye to
   * them waits (src/bot/whatsapp/forget.ts); resolves when this pass is done.
   */
  forgetErased(): Promise<void> {
    const auth = this.auth;
    if (!auth) return this.forgetting;
    this.forgetting = this.forgetting
      .then(() =>
        forgetErased({
          db: this.o.db,
          auth,
          socket: () => this.sock,
          userDevices: this.userDevices,
          logger: this.o.logger,
        }),
      )
      .then(
        () => {},
        (err) => this.o.logger.error({ err }, 'WhatsApp: forgetting erased contacts failed'),
      );
    return this.forgetting;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.o.engine.events.off('outbox', this.wake);
    if (this.forgetTimer) clearInterval(this.forgetTimer);
    this.forgetTimer = null;
    this.cancelReconnect?.();
    this.cancelReconnect = null;
    this.setOpen(false);
    const sock = this.sock;
    this.drop();
    this.state = 'stopped';
    await sock?.end(undefined);
    await this.outboxControl;
    await this.idle();
    await this.forgetting;
  }

  /** Tries again after the operator fixed what stopped the channel (or to link again after a logout). */
  async reconnect(): Promise<void> {
    if (this.state !== 'stopped' && this.state !== 'reconnecting' && !NEEDS_OPERATOR.includes(this.state)) return;
    this.cancelReconnect?.();
    this.attempts = 0;
    this.stopping = false;
    await this.connect().catch((err) => this.onClose(err as Error));
  }

  /** Resolves when every message received so far has been handled. */
  async idle(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.inbound;
      await seen;
    } while (seen !== this.inbound);
  }

  private async connect(): Promise<void> {
    const auth = this.auth!;
    this.cancelReconnect = null;
    this.state = 'connecting';
    // A pairing code that was never typed leaves a number as "me" without an account;
    // Baileys would then try to log in instead of showing a new code.
    if (auth.state.creds.me && !auth.state.creds.account) {
      auth.state.creds.me = undefined;
      auth.state.creds.pairingCode = undefined;
    }
    const sock = await this.o.socketFactory({
      auth: auth.state,
      logger: baileysLogger(this.o.logger),
      getMessage: (key) => this.sentMessage(key),
      userDevicesCache: this.userDevices,
    });
    if (this.stopping) {
      await sock.end(undefined);
      return;
    }
    this.drop();
    this.sock = sock;
    this.unsubscribe = sock.ev.process((events) => this.onEvents(sock, events));
  }

  /** Forgets the current socket without closing it (it closed, or is being closed). */
  private drop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.sock = null;
  }

  private async onEvents(sock: WaSocket, events: Partial<BaileysEventMap>): Promise<void> {
    if (sock !== this.sock) return;
    try {
      const creds = events['creds.update'];
      if (creds) {
        Object.assign(this.auth!.state.creds, creds);
        await this.auth!.saveCreds();
      }
      const update = events['connection.update'];
      if (update) await this.onConnection(sock, update);
      const mapping = events['lid-mapping.update'];
      if (mapping) this.enqueue(() => this.onMapping(mapping));
      const upsert = events['messages.upsert'];
      if (upsert?.type === 'notify') this.enqueue(() => this.onMessages(sock, upsert.messages));
      const receipts = receiptsOf(events);
      if (receipts.length) this.enqueue(() => recordReceipts(this.o.db, receipts, this.clock.now()));
    } catch (err) {
      this.o.logger.error({ err }, 'WhatsApp event handling failed');
    }
  }

  private enqueue(work: () => Promise<void>): void {
    this.inbound = this.inbound.then(work).catch((err) => this.o.logger.error({ err }, 'WhatsApp message failed'));
  }

  private async onConnection(sock: WaSocket, u: BaileysEventMap['connection.update']): Promise<void> {
    if (u.reachoutTimeLock) {
      const lock = u.reachoutTimeLock;
      this.sender.holdUntil(
        lock.isActive ? (lock.timeEnforcementEnds ?? new Date(this.clock.now().getTime() + 3600_000)) : null,
      );
      if (lock.isActive)
        this.o.logger.warn(
          { until: lock.timeEnforcementEnds, type: lock.enforcementType },
          'WhatsApp is holding new messages from this number: broadcasts and reminders wait',
        );
    }
    if (u.qr) await this.onQr(sock, u.qr);
    if (u.connection === 'open') {
      const wasLinking = this.state === 'waiting-for-link' || u.isNewLogin;
      this.state = 'open';
      this.attempts = 0;
      this.qr = null;
      this.pairingCode = null;
      this.me = sock.user?.id ?? this.auth?.state.creds.me?.id ?? null;
      this.o.logger.info('WhatsApp connected');
      if (wasLinking) this.print('WhatsApp: linked. Workers can now write to this number.');
      this.setOpen(true);
    }
    if (u.connection === 'close') await this.onClose(u.lastDisconnect?.error);
  }

  private async onQr(sock: WaSocket, qr: string): Promise<void> {
    this.state = 'waiting-for-link';
    this.qr = qr;
    const page = this.o.adminUrl
      ? `\nOr open ${this.o.adminUrl} (log in to the dashboard as an admin) to see it in a browser.`
      : '';
    const number = this.o.pairingNumber;
    if (number && !this.auth!.state.creds.registered) {
      if (this.pairingAsked.has(sock)) return;
      this.pairingAsked.add(sock);
      const code = await sock.requestPairingCode(number);
      this.pairingCode = code;
      this.print(
        `WhatsApp pairing code for +${number}: ${code.slice(0, 4)}-${code.slice(4)}\n` +
          'On that phone: WhatsApp > Linked devices > Link a device > Link with phone number instead, then type the code.',
      );
      return;
    }
    const art = await QRCode.toString(qr, { type: 'terminal', small: true });
    this.print(
      `${art}\nLink the bot's WhatsApp number: on its phone open WhatsApp > Linked devices > Link a device, and scan this code.${page}`,
    );
  }

  private async onClose(error: Error | undefined): Promise<void> {
    // Baileys closes with a Boom error whose status code says why.
    const code = (error as { output?: { statusCode?: number } } | undefined)?.output?.statusCode ?? null;
    const reason = error?.message ?? 'closed';
    this.lastDisconnect = { code, reason, at: this.clock.now().toISOString() };
    this.setOpen(false);
    this.drop();
    if (this.stopping) {
      this.state = 'stopped';
      return;
    }
    const how = this.o.adminUrl
      ? `open ${this.o.adminUrl} (logged in as an admin) and press "Connect again", or restart the service`
      : 'restart the service';
    switch (code) {
      case DisconnectReason.loggedOut:
        // The link is dead on WhatsApp's side: keeping its keys would only fail again.
        await this.auth!.clear();
        this.state = 'logged-out';
        this.o.logger.error('WhatsApp logged this bot out (401). Its link data was removed.');
        this.print(
          `WhatsApp: this number was logged out (unlinked from the phone, or removed by WhatsApp). To link it again, ${how}, then scan the new QR code.`,
        );
        return;
      case DisconnectReason.connectionReplaced:
        this.state = 'replaced';
        this.o.logger.error('WhatsApp connection replaced (440): another session uses this link. Not reconnecting.');
        this.print(
          `WhatsApp: another program took over this number's link (is a second copy of Upahku running?). Stopped so they do not fight. When only one runs, ${how}.`,
        );
        return;
      case DisconnectReason.forbidden:
        this.state = 'forbidden';
        this.o.logger.error('WhatsApp refused this number (403). Not reconnecting.');
        this.print(
          `WhatsApp: the number was refused (403), it may be restricted or banned. Check WhatsApp on the phone. When it works there, ${how}.`,
        );
        return;
      case DisconnectReason.restartRequired:
        // Normal right after a scan: WhatsApp wants a fresh connection with the new credentials.
        this.o.logger.info('WhatsApp asked for a restart (515): reconnecting');
        await this.connect();
        return;
      default: {
        this.attempts++;
        const base = this.o.reconnectBaseMs ?? 2000;
        const max = this.o.reconnectMaxMs ?? 5 * 60_000;
        const wait = Math.round(Math.min(max, base * 2 ** (this.attempts - 1)) * (0.75 + this.random() * 0.5));
        this.state = 'reconnecting';
        this.o.logger.warn({ code, reason, waitMs: wait, attempt: this.attempts }, 'WhatsApp connection closed');
        this.cancelReconnect = this.schedule(() => {
          this.connect().catch((err) => {
            this.o.logger.error({ err }, 'WhatsApp reconnect failed');
            void this.onClose(err as Error);
          });
        }, wait);
      }
    }
  }

  private setOpen(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.outboxControl = this.outboxControl
      .then(() => (open ? this.outbox.start() : this.outbox.stop()))
      .catch((err) => this.o.logger.error({ err }, 'WhatsApp outbox sender'));
  }

  private async onMessages(sock: WaSocket, messages: BaileysEventMap['messages.upsert']['messages']): Promise<void> {
    for (const msg of messages) {
      const now = this.clock.now();
      const read = readMessage(msg, now);
      if (typeof read === 'string') {
        this.o.logger.debug({ skip: read }, 'WhatsApp message skipped');
        continue;
      }
      const from = { ...read.from };
      // The message may carry only one of her two ids; Baileys may know the other.
      const lids = sock.signalRepository?.lidMapping;
      if (lids && from.pn && !from.lid) from.lid = jidPair(await lids.getLIDForPN(from.pn).catch(() => null)).lid;
      if (lids && from.lid && !from.pn) from.pn = jidPair(await lids.getPNForLID(from.lid).catch(() => null)).pn;
      let address = from.lid ?? from.pn ?? read.chat;
      try {
        address = (await linkIdentity(this.o.db, from, now.toISOString(), { create: true })) ?? address;
      } catch (err) {
        // Her message still counts; the two ids are joined when the next mapping comes.
        this.o.logger.warn({ err }, 'WhatsApp: could not join the two ids of one person');
      }
      const inbound = {
        channel: CHANNEL,
        channelUserId: address,
        externalId: read.externalId,
        text: read.text,
        kind: read.kind,
        receivedAt: read.receivedAt,
      } as const;
      // WhatsApp will not deliver it again: one more try after a moment (a busy database), then log.
      try {
        await this.o.engine.handle(inbound);
      } catch {
        await new Promise((r) => setTimeout(r, 1000));
        await this.o.engine
          .handle(inbound)
          .catch((err) => this.o.logger.error({ err, messageId: read.externalId }, 'WhatsApp message not handled'));
      }
    }
  }

  private async onMapping(m: BaileysEventMap['lid-mapping.update']): Promise<void> {
    const pair = jidPair(m.lid, m.pn);
    if (pair.lid && pair.pn) await linkIdentity(this.o.db, pair, this.clock.now().toISOString(), { create: false });
  }

  /** What we sent, for Baileys to send again when her phone could not decrypt it. */
  private async sentMessage(key: WAMessageKey): Promise<proto.IMessage | undefined> {
    if (!key.id) return undefined;
    const row = await this.o.db
      .selectFrom('outbox')
      .select('text')
      .where('channel', '=', CHANNEL)
      .where('external_id', '=', key.id)
      .executeTakeFirst();
    return row ? { extendedTextMessage: { text: row.text } } : undefined;
  }
}
