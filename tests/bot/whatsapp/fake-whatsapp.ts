// A local stand-in for WhatsApp's servers behind the adapter's socket factory.
// Each socket's `ev` is Baileys' own event buffer, and events are emitted in
// the order and shape the real socket emits them (connecting, QR, pairing,
// pair-success then 515, buffered events flushed on open, live upserts).
import { Boom } from '@hapi/boom';
import {
  type AuthenticationState,
  addTransactionCapability,
  Curve,
  DEFAULT_CONNECTION_CONFIG,
  DisconnectReason,
  generateSignalPubKey,
  getDecryptionJid,
  initAuthCreds,
  isPnUser,
  jidDecode,
  jidNormalizedUser,
  makeEventBuffer,
  proto,
  type SignalKeyStore,
  type SignalKeyStoreWithTransaction,
  type SignalRepository,
  type SignalRepositoryWithLIDStore,
  unpadRandomMax16,
  type WAMessage,
  type WAMessageKey,
  writeRandomPadMax16,
} from '@whiskeysockets/baileys';
import {
  buildMergedTcTokenIndexWrite,
  resolveTcTokenJid,
  shouldSendNewTcToken,
} from '@whiskeysockets/baileys/lib/Utils/tc-token-utils.js';
import pino from 'pino';
import type { SocketFactory, SocketOptions, WaSocket } from '../../../src/bot/whatsapp/socket.ts';

export const BOT_PN = '6285700000001@s.whatsapp.net';
export const BOT_LID = '99000000000001@lid';

export interface Sent {
  jid: string;
  text: string;
  at: number;
}

export interface FakeSocket extends WaSocket {
  ended: boolean;
  opts: SocketOptions;
  /** With end-to-end encryption: Baileys' own signal repository and transaction-wrapped keys over the bot's auth state. */
  repo?: SignalRepositoryWithLIDStore;
  keys?: SignalKeyStoreWithTransaction;
}

type E2ESession = Parameters<SignalRepository['injectE2ESession']>[0]['session'];

const quiet = pino({ level: 'silent' });
const txOpts = { maxCommitRetries: 1, delayBetweenTriesMs: 1 };
const pad = (m: proto.IMessage) => writeRandomPadMax16(proto.Message.encode(m).finish());
const unpad = (b: Uint8Array) => proto.Message.decode(unpadRandomMax16(b));

/** A key store in memory, for a phone on the other side. */
function memoryKeys(): SignalKeyStore {
  const m = new Map<string, unknown>();
  return {
    async get(type, ids) {
      const out: Record<string, any> = {};
      for (const id of ids) if (m.has(`${type}.${id}`)) out[id] = m.get(`${type}.${id}`);
      return out;
    },
    async set(data) {
      for (const [type, byId] of Object.entries(data))
        for (const [id, v] of Object.entries(byId ?? {})) {
          if (v === null || v === undefined) m.delete(`${type}.${id}`);
          else m.set(`${type}.${id}`, v);
        }
    },
  };
}

/** A phone on the other side of the chat: its own keys, and Baileys' signal repository to use them. */
export class PeerPhone {
  readonly creds = initAuthCreds();
  readonly keys = addTransactionCapability(memoryKeys(), quiet, txOpts);
  readonly repo = DEFAULT_CONNECTION_CONFIG.makeSignalRepository({ creds: this.creds, keys: this.keys }, quiet);
  private nextPreKey = 1;

  constructor(
    readonly lid?: string,
    readonly pn?: string,
  ) {}

  /** What WhatsApp's server hands out for this phone: its signed prekey and a fresh one-time prekey. */
  async bundle(): Promise<E2ESession> {
    const keyId = this.nextPreKey++;
    const pair = Curve.generateKeyPair();
    await this.keys.set({ 'pre-key': { [keyId]: pair } });
    return {
      registrationId: this.creds.registrationId,
      identityKey: generateSignalPubKey(this.creds.signedIdentityKey.public),
      signedPreKey: {
        keyId: this.creds.signedPreKey.keyId,
        publicKey: generateSignalPubKey(this.creds.signedPreKey.keyPair.public),
        signature: this.creds.signedPreKey.signature,
      },
      preKey: { keyId, publicKey: generateSignalPubKey(pair.public) },
    };
  }
}

let msgSeq = 0;
let botPreKey = 0xf00000;

export class FakeWhatsApp {
  /**
   * With `e2e`, messages are really encrypted with Baileys' signal repository
   * over the bot's auth state, as the real socket does, so the key store holds
   * real sessions, identity keys, device lists, LID mappings and privacy tokens;
   * each person writes from a phone of her own (`receive`), and what the bot
   * sends is read on her phone.
   */
  constructor(readonly o: { e2e?: boolean } = {}) {}

  /** Phones by WhatsApp user (LID and phone-number users alike). */
  readonly phones = new Map<string, PeerPhone>();
  /** The bot's own phone (the primary device the bot is linked to). */
  readonly ownPhone = new PeerPhone();
  /** How each message from a person reached the bot: 'pkmsg' starts a session, 'msg' uses one. */
  readonly received: { from: string; type: 'pkmsg' | 'msg' }[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  readonly sockets: FakeSocket[] = [];
  readonly sent: Sent[] = [];
  readonly pairingRequests: string[] = [];
  /** LID <-> PN pairs Baileys "knows" (its signal repository's lidMapping). */
  readonly mappings: { lid: string; pn: string }[] = [];
  /** Next sends throw this (once each). */
  readonly failures: Error[] = [];
  now: () => number = () => Date.now();
  readonly logger = pino({ level: 'silent' });

  get sock(): FakeSocket {
    const s = this.sockets.at(-1);
    if (!s) throw new Error('no socket made yet');
    return s;
  }

  factory: SocketFactory = (opts) => {
    const ev = makeEventBuffer(this.logger);
    const auth: AuthenticationState = opts.auth;
    const fake = this;
    // As makeWASocket: Baileys' signal repository over the auth state, its keys wrapped for transactions;
    // asking WhatsApp for a LID (USync) finds the pairs in `mappings`.
    const keys = this.o.e2e ? addTransactionCapability(auth.keys, this.logger, txOpts) : undefined;
    const repo = keys
      ? DEFAULT_CONNECTION_CONFIG.makeSignalRepository({ creds: auth.creds, keys }, this.logger, async (pns) =>
          fake.mappings.filter((m) => pns.includes(m.pn)),
        )
      : undefined;
    const sock: FakeSocket = {
      ev,
      opts,
      ended: false,
      authState: auth,
      user: undefined,
      repo,
      keys,
      signalRepository: repo ?? {
        lidMapping: {
          getLIDForPN: async (pn: string) => fake.mappings.find((m) => m.pn === pn)?.lid ?? null,
          getPNForLID: async (lid: string) => fake.mappings.find((m) => m.lid === lid)?.pn ?? null,
        } as any,
      },
      async sendMessage(jid: string, content: any) {
        const failure = fake.failures.shift();
        if (failure) throw failure;
        const text = sock.repo ? await fake.encryptTo(sock, jid, content.text) : content.text;
        fake.sent.push({ jid, text, at: fake.now() });
        const key: WAMessageKey = { remoteJid: jid, fromMe: true, id: `BOT${++msgSeq}` };
        return { key, message: { extendedTextMessage: { text: content.text } } } as WAMessage;
      },
      async requestPairingCode(phoneNumber: string) {
        // As Baileys does: remember the number as "me" and announce the creds.
        fake.pairingRequests.push(phoneNumber);
        auth.creds.pairingCode = 'ABCD1234';
        auth.creds.me = { id: `${phoneNumber}@s.whatsapp.net`, name: '~' };
        ev.emit('creds.update', auth.creds);
        return 'ABCD1234';
      },
      async end(error: Error | undefined) {
        if (sock.ended) return;
        sock.ended = true;
        ev.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date() } });
        ev.removeAllListeners('connection.update');
        ev.destroy();
      },
    } as unknown as FakeSocket;
    this.sockets.push(sock);
    // As the real socket: buffer events while logging in with existing creds, then say "connecting".
    if (auth.creds.me?.id) ev.buffer();
    setImmediate(() => ev.emit('connection.update', { connection: 'connecting', qr: undefined }));
    return sock;
  };

  showQr(ref = 'ref1'): string {
    const qr = `2@${ref},noise,identity,adv`;
    this.sock.ev.emit('connection.update', { qr });
    return qr;
  }

  /** The phone scanned (or typed the pairing code): pair-success, then WhatsApp asks for a restart. */
  async pairSuccess(): Promise<void> {
    const s = this.sock;
    const creds = s.authState.creds;
    s.ev.emit('creds.update', {
      me: { id: `${BOT_PN.split('@')[0]}:7@s.whatsapp.net`, lid: `${BOT_LID.split('@')[0]}:7@lid`, name: 'Upahku' },
      account: {
        details: Buffer.from('details'),
        accountSignatureKey: Buffer.from('sig-key'),
        accountSignature: Buffer.from('sig'),
        deviceSignature: Buffer.from('dev-sig'),
      },
      platform: 'android',
      signalIdentities: [
        {
          identifier: { name: BOT_PN, deviceId: 0 },
          identifierKey: Buffer.from([5, ...creds.signedIdentityKey.public]),
        },
      ],
    });
    s.ev.emit('connection.update', { isNewLogin: true, qr: undefined });
    await s.end(new Boom('Stream Errored (restart required)', { statusCode: DisconnectReason.restartRequired }));
  }

  open(): void {
    const s = this.sock;
    (s as { user?: unknown }).user = { id: s.authState.creds.me?.id ?? BOT_PN, name: 'Upahku' };
    s.ev.emit('connection.update', { connection: 'open' });
    s.ev.flush();
  }

  async close(statusCode: number, message = 'Connection Failure'): Promise<void> {
    await this.sock.end(new Boom(message, { statusCode }));
  }

  /** A live message from a person, as Baileys decodes it. */
  message(o: {
    from: string;
    alt?: string;
    text?: string;
    message?: WAMessage['message'];
    id?: string;
    fromMe?: boolean;
    participant?: string;
  }): WAMessage {
    return {
      key: {
        remoteJid: o.from,
        remoteJidAlt: o.alt,
        fromMe: o.fromMe ?? false,
        id: o.id ?? `3EB0${(++msgSeq).toString(16).toUpperCase().padStart(16, '0')}`,
        participant: o.participant,
        addressingMode: o.from.endsWith('@lid') ? 'lid' : 'pn',
      },
      messageTimestamp: Math.floor(this.now() / 1000),
      pushName: 'Ibu',
      message: o.message === undefined ? { conversation: o.text ?? '' } : o.message,
    } as WAMessage;
  }

  deliver(messages: WAMessage | WAMessage[], type: 'notify' | 'append' = 'notify'): void {
    this.sock.ev.emit('messages.upsert', { messages: Array.isArray(messages) ? messages : [messages], type });
  }

  /** Her phone (made on first use), found by either of her ids. */
  phone(from: string, alt?: string): PeerPhone {
    const ids = [from, alt].filter((j): j is string => Boolean(j));
    const known = ids.map((j) => this.phones.get(jidDecode(j)!.user)).find(Boolean);
    const lid = ids.find((j) => j.endsWith('@lid')) ?? known?.lid;
    const pn = ids.find((j) => isPnUser(j)) ?? known?.pn;
    const phone = known ?? new PeerPhone(lid, pn);
    for (const j of ids) this.phones.set(jidDecode(j)!.user, phone);
    return phone;
  }

  /** The id her phone knows the bot's linked device by. */
  private botJid(sock: FakeSocket): string {
    const lid = jidDecode(sock.authState.creds.me?.lid ?? BOT_LID)!;
    return `${lid.user}:${lid.device ?? 7}@lid`;
  }

  /** The bot's prekey bundle, as the server hands it out: its signed prekey and an uploaded one-time prekey. */
  private async botBundle(sock: FakeSocket): Promise<E2ESession> {
    const { creds } = sock.authState;
    const keyId = ++botPreKey;
    const pair = Curve.generateKeyPair();
    await sock.keys!.set({ 'pre-key': { [keyId]: pair } });
    return {
      registrationId: creds.registrationId,
      identityKey: generateSignalPubKey(creds.signedIdentityKey.public),
      signedPreKey: {
        keyId: creds.signedPreKey.keyId,
        publicKey: generateSignalPubKey(creds.signedPreKey.keyPair.public),
        signature: creds.signedPreKey.signature,
      },
      preKey: { keyId, publicKey: generateSignalPubKey(pair.public) },
    };
  }

  /**
   * She writes from her phone (e2e mode): her phone encrypts, the bot decrypts
   * with Baileys as messages-recv does (learning the LID pairing from the
   * envelope and moving sessions to the LID first), the server hands the bot
   * her privacy token, then the message is delivered. Resolves once it is.
   */
  async receive(o: { from: string; alt?: string; text: string; id?: string }): Promise<void> {
    const sock = this.sock;
    const repo = sock.repo!;
    const keys = sock.keys!;
    const her = this.phone(o.from, o.alt);
    const bot = this.botJid(sock);
    const encrypt = async () => {
      if (!(await her.repo.validateSession(bot)).exists)
        await her.repo.injectE2ESession({ jid: bot, session: await this.botBundle(sock) });
      return her.repo.encryptMessage({ jid: bot, data: pad({ conversation: o.text }) });
    };
    let enc = await encrypt();
    if (o.alt) {
      if (o.alt.endsWith('@lid')) {
        if (!(await repo.lidMapping.getPNForLID(o.alt))) {
          await repo.lidMapping.storeLIDPNMappings([{ lid: o.alt, pn: o.from }]);
          await repo.migrateSession(o.from, o.alt);
        }
      } else {
        await repo.lidMapping.storeLIDPNMappings([{ lid: o.from, pn: o.alt }]);
        await repo.migrateSession(o.alt, o.from);
      }
    }
    const jid = await getDecryptionJid(o.from, repo);
    let plain: Uint8Array;
    try {
      plain = await repo.decryptMessage({ jid, type: enc.type, ciphertext: enc.ciphertext });
    } catch {
      // The bot has no session with her (forgotten): the retry receipt carries its keys and her phone starts afresh.
      await her.repo.deleteSession([bot]);
      enc = await encrypt();
      plain = await repo.decryptMessage({ jid, type: enc.type, ciphertext: enc.ciphertext });
    }
    this.received.push({ from: o.from, type: enc.type });
    // A privacy token from her, kept under her LID with the index of tokens (Baileys' storeTcTokensFromIqResult).
    const getLIDForPN = (pn: string) => repo.lidMapping.getLIDForPN(pn);
    const tcJid = await resolveTcTokenJid(jidNormalizedUser(o.from), getLIDForPN);
    await keys.set({
      tctoken: {
        [tcJid]: { token: Buffer.from(`tc-${tcJid}`), timestamp: String(Math.floor(this.now() / 1000)) },
        ...(await buildMergedTcTokenIndexWrite(keys, [tcJid])),
      },
    });
    const text = unpad(plain).conversation ?? '';
    this.deliver(this.message({ from: o.from, alt: o.alt, text, id: o.id }));
  }

  /**
   * What relayMessage does for one text to one person: her LID and devices
   * from USync (stored as lid-mapping and device-list), a session from her
   * prekey bundle when there is none, the copy to the bot's own phone, and
   * after the send our privacy token issued to her. Returns the text as her
   * phone decrypted it.
   */
  async encryptTo(sock: FakeSocket, jid: string, text: string): Promise<string> {
    const repo = sock.repo!;
    const keys = sock.keys!;
    const her = this.phones.get(jidDecode(jid)!.user);
    if (!her) throw new Error(`no phone for ${jid}`);
    const getLIDForPN = (pn: string) => repo.lidMapping.getLIDForPN(pn);
    if (isPnUser(jid)) await getLIDForPN(jid);
    const me = jidDecode(sock.authState.creds.me?.lid ?? BOT_LID)!;
    const own = `${me.user}@lid`;
    await keys.set({ 'device-list': { [jidDecode(jid)!.user]: ['0'], [me.user]: ['0', String(me.device ?? 7)] } });
    for (const [to, phone] of [
      [jid, her],
      [own, this.ownPhone],
    ] as const) {
      if (!(await repo.validateSession(to)).exists)
        await repo.injectE2ESession({ jid: to, session: await phone.bundle() });
    }
    const enc = await repo.encryptMessage({ jid, data: pad({ conversation: text }) });
    await repo.encryptMessage({
      jid: own,
      data: pad({ deviceSentMessage: { destinationJid: jid, message: { conversation: text } } }),
    });
    const read = unpad(await her.repo.decryptMessage({ jid: this.botJid(sock), ...enc })).conversation ?? '';
    const tcJid = await resolveTcTokenJid(jid, getLIDForPN);
    const issued = (await keys.get('tctoken', [tcJid]))[tcJid];
    if (shouldSendNewTcToken(issued?.senderTimestamp)) {
      this.later(async () => {
        const current = (await keys.get('tctoken', [tcJid]))[tcJid];
        await keys.set({
          tctoken: {
            [tcJid]: { token: Buffer.alloc(0), ...current, senderTimestamp: Math.floor(this.now() / 1000) },
            ...(await buildMergedTcTokenIndexWrite(keys, [tcJid])),
          },
        });
      });
    }
    return read;
  }

  /** Work Baileys does after a send resolved (fire-and-forget). */
  private later(work: () => Promise<void>): void {
    const p = new Promise((r) => setTimeout(r, 5)).then(work).catch(() => {});
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  /** Resolves when the work done after sends has finished. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
