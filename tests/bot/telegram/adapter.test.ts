import { TelegramError } from 'telegraf';
import type { Message } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import { buttonKey, buttonText, campaignOf, toInbound } from '../../../src/bot/telegram/adapter.ts';
import { deriveWebhookSecret, telegramSettings, webhookTarget } from '../../../src/bot/telegram/runtime.ts';
import { replyMarkup, toSendError } from '../../../src/bot/telegram/sender.ts';
import { ConfigError, parseConfig } from '../../../src/config.ts';
import { cleanText } from '../../../src/parse/text.ts';
import { TEST_TOKEN } from '../../helpers/fake-telegram.ts';

const msg = (content: Record<string, unknown>, chatType = 'private') =>
  ({
    message_id: 42,
    date: 1_790_000_000,
    chat: { id: 555, type: chatType, first_name: 'Sri' },
    from: { id: 555, is_bot: false, first_name: 'Sri' },
    ...content,
  }) as unknown as Message;

describe('Telegram message -> InboundMessage', () => {
  it('maps text with the chat id as the person and chat:message as the dedupe key', () => {
    const m = toInbound(msg({ text: 'halo' }));
    expect(m).toEqual({
      inbound: {
        channel: 'telegram',
        channelUserId: '555',
        externalId: '555:42',
        text: 'halo',
        kind: 'text',
        receivedAt: new Date(1_790_000_000 * 1000),
      },
    });
  });

  it('takes the campaign code from /start links and ignores malformed ones', () => {
    expect(campaignOf('/start kediri-pare')).toBe('kediri-pare');
    expect(campaignOf('/start@UpahkuBot Kediri_Pare2')).toBe('kediri_pare2');
    expect(campaignOf('/start')).toBeUndefined();
    expect(campaignOf('/start a b')).toBeUndefined();
    expect(campaignOf(`/start ${'x'.repeat(65)}`)).toBeUndefined();
    expect(campaignOf('/start <script>')).toBeUndefined();
    expect(campaignOf('halo /start x')).toBeUndefined();
    const m = toInbound(msg({ text: '/start kediri-pare' }));
    expect('inbound' in m && m.inbound.campaign).toBe('kediri-pare');
  });

  it('marks stickers, photos, voice and locations as media and keeps none of their content', () => {
    for (const content of [
      { sticker: { file_id: 's' } },
      { photo: [{ file_id: 'p' }], caption: 'nota 50rb' },
      { voice: { file_id: 'v', duration: 3 } },
      { location: { latitude: -7.76, longitude: 112.18 } },
      { contact: { phone_number: '+628123', first_name: 'Sri' } },
    ]) {
      const m = toInbound(msg(content));
      expect('inbound' in m && m.inbound.kind).toBe('media');
      const text = 'inbound' in m ? m.inbound.text : '';
      expect(text).toMatch(/^\[\w+\]$/);
      expect(text).not.toMatch(/50rb|628|-7\.76/);
    }
  });

  it('ignores groups, channels, bots and service messages, with a reason', () => {
    for (const [m, reason] of [
      [msg({ text: 'halo' }, 'group'), /group/],
      [msg({ text: 'halo' }, 'supergroup'), /group/],
      [msg({ text: 'halo' }, 'channel'), /channel/],
      [msg({ text: 'halo', from: { id: 1, is_bot: true, first_name: 'x' } }), /bot/],
      [msg({ pinned_message: {} }), /service/],
    ] as const) {
      const r = toInbound(m);
      expect('ignore' in r && r.ignore).toMatch(reason);
    }
  });
});

describe('reply keyboards', () => {
  it('shows numbered options as buttons whose tap means the same as typing the digit', () => {
    const kb = replyMarkup([
      { key: '1', label: 'Pengaturan' },
      { key: '2', label: 'Bantuan' },
      { key: '3', label: 'Sebuah pilihan yang panjang sekali' },
    ]);
    expect('keyboard' in kb && kb.keyboard.flat().map((b) => (b as { text: string }).text)).toEqual([
      '1\uFE0F\u20E3 Pengaturan',
      '2\uFE0F\u20E3 Bantuan',
      '3\uFE0F\u20E3 Sebuah pilihan yang panjang sekali',
    ]);
    // A long label puts every button on its own row, readable on a small screen.
    expect('keyboard' in kb && kb.keyboard.every((row) => row.length === 1)).toBe(true);
    for (const o of [
      { key: '1', label: 'Pengaturan' },
      { key: '0', label: 'Kembali' },
    ]) {
      const tapped = buttonText(o.key, o.label);
      expect(buttonKey(tapped)).toBe(o.key);
      // Without the adapter's mapping the engine would read "1 Pengaturan", not a choice.
      expect(cleanText(tapped)).not.toBe(o.key);
    }
    expect(buttonKey('1 kodi')).toBeNull();
    expect(buttonKey('2')).toBeNull();
    expect(buttonText('ya', 'Ya')).toBe('ya');
  });

  it('puts short buttons two to a row and removes the keyboard when a message has no options', () => {
    const kb = replyMarkup([
      { key: '1', label: 'Ya' },
      { key: '2', label: 'Tidak' },
    ]);
    expect(kb).toMatchObject({ resize_keyboard: true, one_time_keyboard: true });
    expect('keyboard' in kb && kb.keyboard.length).toBe(1);
    expect(replyMarkup(null)).toEqual({ remove_keyboard: true });
    expect(replyMarkup([])).toEqual({ remove_keyboard: true });
  });
});

describe('send errors', () => {
  const tgErr = (error_code: number, description: string, parameters?: object) =>
    new TelegramError({ error_code, description, parameters } as never);

  it('maps 429 to a channel-wide wait of retry_after, 403 to unreachable, 400 to permanent, the rest to retry', () => {
    const e429 = toSendError(tgErr(429, 'Too Many Requests: retry after 7', { retry_after: 7 }));
    expect(e429).toMatchObject({ kind: 'retry', retryAfterMs: 7000, pauseChannel: true });
    expect(toSendError(tgErr(403, 'Forbidden: bot was blocked by the user')).kind).toBe('unreachable');
    expect(toSendError(tgErr(403, 'Forbidden: user is deactivated')).kind).toBe('unreachable');
    expect(toSendError(tgErr(400, 'Bad Request: message is too long')).kind).toBe('permanent');
    const e500 = toSendError(tgErr(502, 'Bad Gateway'));
    expect(e500).toMatchObject({ kind: 'retry', retryAfterMs: undefined, pauseChannel: false });
    const net = toSendError(Object.assign(new Error('connect ECONNREFUSED'), { name: 'FetchError' }));
    expect(net.kind).toBe('retry');
    expect(net.message).toMatch(/ECONNREFUSED/);
  });
});

describe('Telegram configuration', () => {
  it('is off without a token and reads every setting with its default', () => {
    expect(telegramSettings(parseConfig({}))).toBeNull();
    const s = telegramSettings(parseConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN }))!;
    expect(s).toMatchObject({
      apiRoot: 'https://api.telegram.org',
      webhookUrl: undefined,
      ratePerSecond: 30,
      perChatIntervalMs: 1000,
      pollTimeoutSeconds: 30,
      keyboards: true,
      claimTimeoutMs: 15_000,
    });
    const short = telegramSettings(parseConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, OUTBOX_CLAIM_TIMEOUT_MS: '4000' }))!;
    expect(short.claimTimeoutMs).toBe(4000);
    expect(() => parseConfig({ OUTBOX_CLAIM_TIMEOUT_MS: '500' })).toThrow(/OUTBOX_CLAIM_TIMEOUT_MS must be/);
  });

  it('refuses a malformed token without echoing it', () => {
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: 'not-a-token-secret' })).toThrow(ConfigError);
    try {
      parseConfig({ TELEGRAM_BOT_TOKEN: 'not-a-token-secret' });
    } catch (e) {
      expect((e as Error).message).toMatch(/TELEGRAM_BOT_TOKEN must be a bot token from @BotFather/);
      expect((e as Error).message).not.toContain('not-a-token-secret');
    }
    expect(() => parseConfig({ TELEGRAM_WEBHOOK_SECRET: 'short' })).toThrow(/TELEGRAM_WEBHOOK_SECRET must be/);
    expect(() => parseConfig({ TELEGRAM_WEBHOOK_URL: 'upahku.org' })).toThrow(/TELEGRAM_WEBHOOK_URL must be/);
    expect(() => parseConfig({ TELEGRAM_RATE_PER_SECOND: '0' })).toThrow(/TELEGRAM_RATE_PER_SECOND/);
  });

  it('derives the webhook path and a stable secret Telegram accepts', () => {
    expect(webhookTarget('https://upahku.example.org')).toEqual({
      url: 'https://upahku.example.org/telegram/webhook',
      path: '/telegram/webhook',
    });
    expect(webhookTarget('https://upahku.example.org/tg/hook')).toEqual({
      url: 'https://upahku.example.org/tg/hook',
      path: '/tg/hook',
    });
    const secret = deriveWebhookSecret(TEST_TOKEN);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{16,256}$/);
    expect(deriveWebhookSecret(TEST_TOKEN)).toBe(secret);
    expect(deriveWebhookSecret(`${TEST_TOKEN}x`)).not.toBe(secret);
    expect(secret).not.toContain(TEST_TOKEN.split(':')[1]);
  });
});
