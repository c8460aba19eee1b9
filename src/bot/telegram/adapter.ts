// The Telegram adapter: turns telegraf updates into InboundMessages for the
// engine and nothing more. Replies never go out from here: the engine queues
// them in the outbox and the Telegram sender delivers them.
import { Telegraf } from 'telegraf';
import type { Message } from 'telegraf/types';
import type { InboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/connect.ts';
import { queueNoticeOnce } from '../../db/notices.ts';
import { setReachable } from '../../db/reachability.ts';
import type { Engine } from '../../engine/engine.ts';
import { translator } from '../../flows/messages/index.ts';
import type { Logger } from '../../logger.ts';

/** The updates the bot asks for; everything else (channel posts, inline queries) never arrives. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'my_chat_member'] as const;

/** Message contents that are not text: she gets the router's "I read text only" answer. */
const MEDIA = [
  'photo',
  'sticker',
  'voice',
  'audio',
  'video',
  'video_note',
  'animation',
  'document',
  'location',
  'venue',
  'contact',
  'poll',
  'dice',
  'story',
] as const;

// Telegram allows deep-link payloads of up to 64 characters from this set.
const CAMPAIGN = /^[A-Za-z0-9_-]{1,64}$/;

/** The campaign code of `/start kediri-pare` (from a t.me/<bot>?start=kediri-pare link), if any. */
export function campaignOf(text: string): string | undefined {
  const m = /^\/start(?:@\w+)?\s+(\S+)\s*$/.exec(text.trim());
  return m && CAMPAIGN.test(m[1]!) ? m[1]!.toLowerCase() : undefined;
}

/** Reply-keyboard buttons read "1️⃣ Catat order": a tap means the same as typing the digit. */
export function buttonText(key: string, label: string): string {
  return /^[0-9]$/.test(key) ? `${key}\uFE0F\u20E3 ${label}`.slice(0, 60) : key;
}

/** The key behind a tapped button, or null for anything she typed herself. */
export function buttonKey(text: string): string | null {
  const m = /^([0-9])\uFE0F?\u20E3 \S/.exec(text);
  return m ? m[1]! : null;
}

/** The dedupe key of a message: message ids are unique within a chat. */
export function messageKey(chatId: number | string, messageId: number): string {
  return `${chatId}:${messageId}`;
}

type CallApiSignal = NonNullable<NonNullable<Parameters<Telegraf['telegram']['callApi']>[2]>['signal']>;

/** telegraf's types name the abort-controller polyfill; node-fetch accepts Node's own signal. */
export function apiSignal(signal: AbortSignal): { signal: CallApiSignal } {
  return { signal: signal as unknown as CallApiSignal };
}

export type Mapped = { inbound: InboundMessage } | { ignore: string };

/** What the engine should see for one Telegram message, or why it sees nothing. */
export function toInbound(message: Message): Mapped {
  if (message.chat.type !== 'private') return { ignore: 'not a private chat: groups and channels are not served' };
  if (message.from?.is_bot) return { ignore: 'sent by a bot' };
  const base = {
    channel: 'telegram' as const,
    channelUserId: String(message.chat.id),
    externalId: messageKey(message.chat.id, message.message_id),
    receivedAt: new Date(message.date * 1000),
  };
  if ('text' in message && typeof message.text === 'string') {
    const campaign = campaignOf(message.text);
    return {
      inbound: { ...base, text: buttonKey(message.text) ?? message.text, kind: 'text', ...(campaign && { campaign }) },
    };
  }
  const media = MEDIA.find((k) => k in message);
  // Only the kind is kept: a caption, a location or a contact card is not read.
  if (media) return { inbound: { ...base, text: `[${media}]`, kind: 'media' } };
  return { ignore: 'a service message, not something she wrote' };
}

export interface TelegramBotDeps {
  token: string;
  apiRoot: string;
  engine: Engine;
  db: Db;
  logger: Logger;
  /** Called when handling an update fails, before the error goes back to the caller. */
  onError?: (err: unknown, updateId: number) => void;
}

export function createTelegramBot(d: TelegramBotDeps): Telegraf {
  const bot = new Telegraf(d.token, { telegram: { apiRoot: d.apiRoot, webhookReply: false } });
  const log = d.logger.child({ channel: 'telegram' });

  bot.on('message', async (ctx) => {
    const m = toInbound(ctx.message);
    if ('ignore' in m) {
      log.debug({ updateId: ctx.update.update_id, reason: m.ignore }, 'update ignored');
      return;
    }
    // Writing to us means she has not blocked the bot (any more).
    await setReachable(d.db, 'telegram', m.inbound.channelUserId, true);
    await d.engine.handle(m.inbound);
  });

  bot.on('edited_message', async (ctx) => {
    const msg = ctx.editedMessage;
    if (msg.chat.type !== 'private') return;
    // An edit would silently change nothing in her diary: say so, once per message.
    const queued = await queueNoticeOnce(d.db, {
      channel: 'telegram',
      address: String(msg.chat.id),
      eventId: `edit:${messageKey(msg.chat.id, msg.message_id)}`,
      text: (lang) => translator(lang)('telegramEditedNotRead'),
      nowIso: new Date().toISOString(),
    });
    if (queued) d.engine.events.emit('outbox', 'telegram');
    else log.debug({ updateId: ctx.update.update_id }, 'edit ignored: unknown person or already answered');
  });

  bot.on('my_chat_member', async (ctx) => {
    const u = ctx.myChatMember;
    if (u.chat.type !== 'private') return;
    const status = u.new_chat_member.status;
    if (status === 'kicked') await setReachable(d.db, 'telegram', String(u.chat.id), false);
    else if (status === 'member') await setReachable(d.db, 'telegram', String(u.chat.id), true);
  });

  // telegraf's default handler prints the whole update (her words) and sets a
  // failing exit code; report it our way and let the caller decide.
  bot.catch((err, ctx) => {
    d.onError?.(err, ctx.update.update_id);
    throw err;
  });
  return bot;
}
