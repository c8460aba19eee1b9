// A local fake of "SMS Gateway for Android", written from its documented API
// (docs.sms-gate.app: /message, /message/{id}, /webhooks, /health; webhooks
// signed with HMAC-SHA256 of body + X-Timestamp in X-Signature), for the real
// client library to talk to. It can go away (connections refused) and come
// back, post signed events to the registered webhooks, and send the same event
// again as the phone does on its retries.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { signBody } from '../../../src/bot/sms/webhook.ts';

export interface SentSms {
  id: string;
  message: string;
  phoneNumbers: string[];
  withDeliveryReport?: boolean | null;
  state: 'Pending' | 'Processed' | 'Sent' | 'Delivered' | 'Failed';
}

export interface Hook {
  id: string;
  url: string;
  event: string;
  deviceId: string;
}

export interface Posted {
  body: string;
  headers: Record<string, string>;
  url: string;
}

export class FakeGateway {
  readonly login = 'sms';
  readonly password = 'secret-pass';
  readonly signingKey = 'fake-signing-key-123';
  readonly deviceId = 'ffffffffceb0b1db0000018e937c815b';
  readonly messages: SentSms[] = [];
  readonly hooks = new Map<string, Hook>();
  /** Requests the fake received, as "METHOD /path". */
  readonly calls: string[] = [];
  /** A server with no /health endpoint (404), as some setups are. */
  noHealth = false;
  /** Answers every request with this status (e.g. 503) instead of working. */
  failWith: number | null = null;
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  private port = 0;
  /** Seconds added to the timestamp of posted events (a phone with a wrong clock). */
  clockSkewS = 0;
  /** The phone's clock (tests that move time give theirs). */
  now: () => number = () => Date.now();

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', () => r()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** The phone goes away: its port refuses connections until back(). */
  async away(): Promise<void> {
    const s = this.server;
    this.server = null;
    for (const sock of this.sockets) sock.destroy();
    await new Promise<void>((r) => (s ? s.close(() => r()) : r()));
  }

  async back(): Promise<void> {
    await this.start();
  }

  async stop(): Promise<void> {
    await this.away();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    this.calls.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    const auth = `Basic ${Buffer.from(`${this.login}:${this.password}`).toString('base64')}`;
    if (req.headers.authorization !== auth) return send(401, { message: 'Unauthorized' });
    if (this.failWith) return send(this.failWith, { message: 'failing on purpose' });
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const path = url.pathname;
    if (req.method === 'POST' && path === '/message') {
      const phones = body.phoneNumbers as string[];
      if (!Array.isArray(phones) || !phones.length || typeof body.message !== 'string')
        return send(400, { message: 'phoneNumbers and message are required' });
      if (phones.some((p) => !/^\+?\d{8,15}$/.test(p))) return send(400, { message: 'invalid phone number' });
      const id = typeof body.id === 'string' && body.id ? body.id : randomUUID();
      if (this.messages.some((m) => m.id === id)) return send(409, { message: 'message with this id already exists' });
      const m: SentSms = {
        id,
        message: body.message,
        phoneNumbers: phones,
        withDeliveryReport: body.withDeliveryReport as boolean,
        state: 'Pending',
      };
      this.messages.push(m);
      return send(202, this.stateOf(m));
    }
    const msg = /^\/message\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && msg) {
      const m = this.messages.find((x) => x.id === decodeURIComponent(msg[1]!));
      return m ? send(200, this.stateOf(m)) : send(404, { message: 'not found' });
    }
    if (req.method === 'GET' && path === '/webhooks') return send(200, [...this.hooks.values()]);
    if (req.method === 'POST' && path === '/webhooks') {
      if (typeof body.url !== 'string' || typeof body.event !== 'string')
        return send(400, { message: 'url and event required' });
      const id = typeof body.id === 'string' && body.id ? body.id : randomUUID();
      const hook = { id, url: body.url, event: body.event, deviceId: this.deviceId };
      this.hooks.set(id, hook);
      return send(201, hook);
    }
    const del = /^\/webhooks\/([^/]+)$/.exec(path);
    if (req.method === 'DELETE' && del) {
      this.hooks.delete(decodeURIComponent(del[1]!));
      return send(204);
    }
    if (req.method === 'GET' && path === '/health' && !this.noHealth) {
      return send(200, {
        status: 'pass',
        version: '1.0.0',
        releaseId: 1,
        checks: {
          'battery:level': { status: 'pass', description: 'Battery level', observedValue: 80, observedUnit: 'percent' },
        },
      });
    }
    send(404, { message: 'not found' });
  }

  private stateOf(m: SentSms) {
    return { id: m.id, state: m.state, recipients: m.phoneNumbers.map((p) => ({ phoneNumber: p, state: m.state })) };
  }

  /** Builds a signed request for an event, as the phone sends it; post() sends it (again). */
  event(event: string, payload: Record<string, unknown>, opts: { key?: string } = {}): Posted {
    const hook = [...this.hooks.values()].find((h) => h.event === event);
    if (!hook) throw new Error(`no webhook registered for ${event}`);
    const body = JSON.stringify({
      deviceId: this.deviceId,
      event,
      id: randomBytes(10).toString('base64url'),
      payload,
      webhookId: hook.id,
    });
    const ts = String(Math.floor(this.now() / 1000) + this.clockSkewS);
    return {
      url: hook.url,
      body,
      headers: {
        'content-type': 'application/json',
        'x-timestamp': ts,
        'x-signature': signBody(opts.key ?? this.signingKey, body, ts),
      },
    };
  }

  /** Any body, signed as the phone signs, to a given URL (events of kinds no webhook asked for). */
  signed(url: string, body: unknown): Posted {
    const raw = JSON.stringify(body);
    const ts = String(Math.floor(this.now() / 1000) + this.clockSkewS);
    return {
      url,
      body: raw,
      headers: {
        'content-type': 'application/json',
        'x-timestamp': ts,
        'x-signature': signBody(this.signingKey, raw, ts),
      },
    };
  }

  async post(p: Posted): Promise<number> {
    const res = await fetch(p.url, { method: 'POST', headers: p.headers, body: p.body });
    await res.text();
    return res.status;
  }

  /** She sends an SMS to the phone. */
  async receive(from: string, text: string, receivedAt = new Date(this.now())): Promise<number> {
    return this.post(
      this.event('sms:received', {
        messageId: randomBytes(4).toString('hex'),
        message: text,
        phoneNumber: from,
        simNumber: 1,
        receivedAt: receivedAt.toISOString().replace('Z', '+00:00'),
      }),
    );
  }

  /** The phone reports on a message it was given. */
  async report(id: string, kind: 'sent' | 'delivered' | 'failed', reason?: string): Promise<number> {
    const m = this.messages.find((x) => x.id === id);
    if (!m) throw new Error(`no message ${id}`);
    m.state = kind === 'sent' ? 'Sent' : kind === 'delivered' ? 'Delivered' : 'Failed';
    const at = new Date().toISOString();
    const payload: Record<string, unknown> = { messageId: id, phoneNumber: m.phoneNumbers[0], simNumber: 1 };
    if (kind === 'sent') payload.sentAt = at;
    if (kind === 'delivered') payload.deliveredAt = at;
    if (kind === 'failed') Object.assign(payload, { failedAt: at, reason });
    return this.post(this.event(`sms:${kind}`, payload));
  }

  /** Texts sent to one number, in order. */
  to(phone: string): string[] {
    return this.messages.filter((m) => m.phoneNumbers.includes(phone)).map((m) => m.message);
  }
}
