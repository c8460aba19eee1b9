// A local stand-in for WhatsApp's servers behind the adapter's socket factory.
// Each socket's `ev` is Baileys' own event buffer, and events are emitted in
// the order and shape the real socket emits them (connecting, QR, pairing,
// pair-success then 515, buffered events flushed on open, live upserts).
import { Boom } from '@hapi/boom';
import {
  type AuthenticationState,
  DisconnectReason,
  makeEventBuffer,
  type WAMessage,
  type WAMessageKey,
} from '@whiskeysockets/baileys';
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
}

let msgSeq = 0;

export class FakeWhatsApp {
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
    const sock: FakeSocket = {
      ev,
      opts,
      ended: false,
      authState: auth,
      user: undefined,
      signalRepository: {
        lidMapping: {
          getLIDForPN: async (pn: string) => fake.mappings.find((m) => m.pn === pn)?.lid ?? null,
          getPNForLID: async (lid: string) => fake.mappings.find((m) => m.lid === lid)?.pn ?? null,
        } as any,
      },
      async sendMessage(jid: string, content: any) {
        const failure = fake.failures.shift();
        if (failure) throw failure;
        fake.sent.push({ jid, text: content.text, at: fake.now() });
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
}
