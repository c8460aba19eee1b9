// A local Telegram Bot API server for tests: real HTTP on 127.0.0.1, the
// methods the bot uses, long polling with offsets, webhook delivery, and
// scriptable failures (429 with retry_after, 403, 500). The real telegraf
// talks to it through TELEGRAM_API_ROOT.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TEST_TOKEN = '123456789:AAEfakeTokenForTestsOnly_abcdefghij';

export interface ApiCall {
  method: string;
  body: Record<string, any>;
  at: number;
}

export interface SentMessage {
  chatId: string;
  text: string;
  replyMarkup?: any;
  messageId: number;
  at: number;
}

export interface ErrorAnswer {
  /** HTTP status; defaults to error_code (Telegram answers 429 with HTTP 429, and so on). */
  status?: number;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

interface Rule {
  method: string;
  when?: (body: Record<string, any>) => boolean;
  answer: ErrorAnswer;
  times: number;
}

interface Poller {
  res: ServerResponse;
  offset: number;
  limit: number;
  timer: NodeJS.Timeout;
}

export type Update = { update_id: number } & Record<string, any>;

export class FakeTelegram {
  apiRoot = '';
  readonly calls: ApiCall[] = [];
  readonly sent: SentMessage[] = [];
  readonly webhookDeliveries: { updateId: number; status: number }[] = [];
  webhook: { url: string; secret_token?: string; allowed_updates?: string[] } | null = null;
  /** The highest offset a getUpdates call confirmed: every update below it is gone. */
  confirmedOffset = 0;
  readonly me = { id: 7000001, is_bot: true, first_name: 'Upahku', username: 'UpahkuTestBot' };
  private server!: Server;
  private queue: Update[] = [];
  private replay: Update[] = [];
  private rules: Rule[] = [];
  private poller: Poller | null = null;
  private nextUpdateId = 5000;
  private nextMessageId = 1;
  private nextSentId = 900_000;

  constructor(readonly token = TEST_TOKEN) {}

  static async start(token = TEST_TOKEN): Promise<FakeTelegram> {
    const fake = new FakeTelegram(token);
    fake.server = createServer((req, res) => void fake.route(req, res));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.apiRoot = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    if (this.poller) this.answerPoll([]);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- scripting ---------------------------------------------------------

  /** The next `times` calls of `method` (matching `when`) get this error. */
  fail(
    method: string,
    answer: ErrorAnswer,
    opts: { times?: number; when?: (body: Record<string, any>) => boolean } = {},
  ) {
    this.rules.push({ method, answer, times: opts.times ?? 1, when: opts.when });
  }

  /** 429 Too Many Requests with retry_after, as Telegram answers a flood. */
  rateLimit(retryAfter: number, opts: { times?: number; when?: (body: Record<string, any>) => boolean } = {}) {
    this.fail(
      'sendMessage',
      {
        error_code: 429,
        description: `Too Many Requests: retry after ${retryAfter}`,
        parameters: { retry_after: retryAfter },
      },
      opts,
    );
  }

  /** She blocked the bot: every sendMessage to her chat gets 403. */
  block(chatId: number) {
    this.fail(
      'sendMessage',
      { error_code: 403, description: 'Forbidden: bot was blocked by the user' },
      { times: Number.POSITIVE_INFINITY, when: (b) => String(b.chat_id) === String(chatId) },
    );
  }

  unblock(chatId: number) {
    this.rules = this.rules.filter((r) => !(r.answer.error_code === 403 && r.when?.({ chat_id: chatId })));
  }

  // ---- what users do -----------------------------------------------------

  /** A new update from Telegram: queued for getUpdates, or posted to the webhook when one is set. */
  async push(update: Omit<Update, 'update_id'>): Promise<Update> {
    const u = { update_id: this.nextUpdateId++, ...update } as Update;
    if (this.webhook) {
      await this.deliver(u);
      return u;
    }
    this.queue.push(u);
    this.feedPoller();
    return u;
  }

  /** Hands out an update again although it was confirmed: a Bot API server that lost the acknowledgement. */
  redeliver(u: Update) {
    this.replay.push(u);
    this.feedPoller();
  }

  /** Posts one update to the webhook like Telegram does, with the secret header it was given. */
  async deliver(u: Update, secret = this.webhook?.secret_token): Promise<number> {
    if (!this.webhook) throw new Error('no webhook is set');
    const res = await fetch(this.webhook.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret && { 'x-telegram-bot-api-secret-token': secret }) },
      body: JSON.stringify(u),
    });
    await res.arrayBuffer();
    this.webhookDeliveries.push({ updateId: u.update_id, status: res.status });
    return res.status;
  }

  message(chatId: number, content: Record<string, unknown>, chat: Record<string, unknown> = {}) {
    const from = { id: chatId, is_bot: false, first_name: 'Sri', language_code: 'id' };
    return {
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private', first_name: 'Sri', ...chat },
        from,
        ...content,
      },
    };
  }

  text(chatId: number, text: string): Promise<Update> {
    const entities = text.startsWith('/')
      ? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }]
      : undefined;
    return this.push(this.message(chatId, { text, ...(entities && { entities }) }));
  }

  /** She edits a message she sent before. */
  edit(original: Update, text: string): Promise<Update> {
    const m = original.message;
    return this.push({ edited_message: { ...m, text, edit_date: Math.floor(Date.now() / 1000) } });
  }

  /** She blocks (kicked) or unblocks (member) the bot. */
  memberStatus(chatId: number, status: 'kicked' | 'member'): Promise<Update> {
    const old = status === 'kicked' ? 'member' : 'kicked';
    return this.push({
      my_chat_member: {
        chat: { id: chatId, type: 'private', first_name: 'Sri' },
        from: { id: chatId, is_bot: false, first_name: 'Sri' },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { user: this.me, status: old, ...(old === 'kicked' && { until_date: 0 }) },
        new_chat_member: { user: this.me, status, ...(status === 'kicked' && { until_date: 0 }) },
      },
    });
  }

  // ---- what the bot did --------------------------------------------------

  sentTo(chatId: number): SentMessage[] {
    return this.sent.filter((m) => m.chatId === String(chatId));
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async waitFor(check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  // ---- the HTTP side -----------------------------------------------------

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    let raw = '';
    for await (const chunk of req) raw += chunk;
    if (!m) return this.answer(res, { error_code: 404, description: 'Not Found' });
    if (m[1] !== this.token) return this.answer(res, { error_code: 401, description: 'Unauthorized' });
    const method = m[2]!;
    let body: Record<string, any> = {};
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      return this.answer(res, { error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    this.calls.push({ method, body, at: Date.now() });
    const rule = this.rules.find((r) => r.method === method && r.times > 0 && (!r.when || r.when(body)));
    if (rule) {
      rule.times--;
      return this.answer(res, rule.answer);
    }
    switch (method) {
      case 'getMe':
        return this.ok(res, this.me);
      case 'deleteWebhook':
        this.webhook = null;
        if (body.drop_pending_updates) this.queue = [];
        return this.ok(res, true);
      case 'setWebhook':
        this.webhook = { url: body.url, secret_token: body.secret_token, allowed_updates: body.allowed_updates };
        if (body.drop_pending_updates) this.queue = [];
        // Telegram delivers what is pending to the new webhook.
        for (const u of this.queue.splice(0)) void this.deliver(u).catch(() => {});
        return this.ok(res, true);
      case 'getWebhookInfo':
        return this.ok(res, { url: this.webhook?.url ?? '', pending_update_count: this.queue.length });
      case 'sendMessage':
        return this.sendMessage(res, body);
      case 'getUpdates':
        return this.getUpdates(res, body);
      default:
        return this.answer(res, { error_code: 404, description: 'Not Found: method not found' });
    }
  }

  private sendMessage(res: ServerResponse, body: Record<string, any>) {
    if (!body.chat_id || typeof body.text !== 'string' || !body.text.trim())
      return this.answer(res, { error_code: 400, description: 'Bad Request: message text is empty' });
    if (body.text.length > 4096)
      return this.answer(res, { error_code: 400, description: 'Bad Request: message is too long' });
    const messageId = this.nextSentId++;
    this.sent.push({
      chatId: String(body.chat_id),
      text: body.text,
      replyMarkup: body.reply_markup,
      messageId,
      at: Date.now(),
    });
    return this.ok(res, {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: Number(body.chat_id), type: 'private' },
      from: this.me,
      text: body.text,
    });
  }

  private getUpdates(res: ServerResponse, body: Record<string, any>) {
    if (this.webhook)
      return this.answer(res, {
        error_code: 409,
        description:
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      });
    // Only one poller per token: Telegram ends the older request.
    if (this.poller) {
      const old = this.poller;
      this.poller = null;
      clearTimeout(old.timer);
      this.answer(old.res, {
        error_code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      });
    }
    const offset = Number(body.offset ?? 0);
    const limit = Number(body.limit ?? 100);
    const timeout = Number(body.timeout ?? 0);
    if (offset > 0) {
      this.confirmedOffset = Math.max(this.confirmedOffset, offset);
      this.queue = this.queue.filter((u) => u.update_id >= offset);
    }
    const ready = this.take(offset, limit);
    if (ready.length || timeout <= 0) return this.ok(res, ready);
    const poller: Poller = {
      res,
      offset,
      limit,
      timer: setTimeout(() => {
        if (this.poller === poller) this.answerPoll([]);
      }, timeout * 1000),
    };
    this.poller = poller;
    // The bot aborted the long poll (it is stopping).
    res.on('close', () => {
      if (this.poller === poller) {
        clearTimeout(poller.timer);
        this.poller = null;
      }
    });
  }

  private take(offset: number, limit: number): Update[] {
    const replayed = this.replay.splice(0, limit);
    return [...replayed, ...this.queue.filter((u) => u.update_id >= offset).slice(0, limit - replayed.length)];
  }

  private feedPoller() {
    const p = this.poller;
    if (!p) return;
    const ready = this.take(p.offset, p.limit);
    if (ready.length) this.answerPoll(ready);
  }

  private answerPoll(updates: Update[]) {
    const p = this.poller!;
    this.poller = null;
    clearTimeout(p.timer);
    this.ok(p.res, updates);
  }

  private ok(res: ServerResponse, result: unknown) {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  }

  private answer(res: ServerResponse, e: ErrorAnswer) {
    if (res.writableEnded || res.destroyed) return;
    const { status, ...payload } = e;
    res
      .writeHead(status ?? e.error_code, { 'content-type': 'application/json' })
      .end(JSON.stringify({ ok: false, ...payload }));
  }
}
