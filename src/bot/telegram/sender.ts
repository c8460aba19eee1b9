// Delivers outbox rows on Telegram and tells the outbox what a failure means:
// wait (429, 5xx, network), stop writing to her (403), or give up (400).
import type { Telegram } from 'telegraf';
import { TelegramError } from 'telegraf';
import type { ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'telegraf/types';
import type { ReplyOption } from '../../core/messages.ts';
import { type ChannelSender, SendError } from '../../outbox/channel-sender.ts';
import { apiSignal, buttonText } from './adapter.ts';

export interface TelegramSenderOptions {
  ratePerSecond: number;
  perChatIntervalMs: number;
  /** Show numbered choices as reply-keyboard buttons. */
  keyboards: boolean;
  /** Longest wait for one sendMessage call. */
  timeoutMs?: number;
}

/**
 * The keyboard for a message: its options as buttons, or no keyboard at all
 * when it has none, so an old button never answers a new question.
 */
export function replyMarkup(options: ReplyOption[] | null): ReplyKeyboardMarkup | ReplyKeyboardRemove {
  if (!options?.length) return { remove_keyboard: true };
  const texts = options.map((o) => buttonText(o.key, o.label));
  const perRow = texts.every((t) => t.length <= 18) ? 2 : 1;
  const keyboard: { text: string }[][] = [];
  for (let i = 0; i < texts.length; i += perRow) keyboard.push(texts.slice(i, i + perRow).map((text) => ({ text })));
  return { keyboard, resize_keyboard: true, one_time_keyboard: true };
}

export function toSendError(err: unknown): SendError {
  if (err instanceof TelegramError) {
    const what = `${err.code} ${err.description}`;
    if (err.code === 429) return new SendError('retry', what, (err.parameters?.retry_after ?? 5) * 1000, true);
    // Blocked by the user, deactivated account, kicked.
    if (err.code === 403) return new SendError('unreachable', what);
    if (err.code === 400) return new SendError('permanent', what);
    // 5xx, and 401/404 (a token being fixed): worth trying again later.
    return new SendError('retry', what);
  }
  const e = err as { name?: string; message?: string };
  return new SendError('retry', `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`);
}

export function telegramSender(telegram: Telegram, o: TelegramSenderOptions): ChannelSender {
  return {
    channel: 'telegram',
    ratePerSecond: o.ratePerSecond,
    perAddressIntervalMs: o.perChatIntervalMs,
    async send(msg) {
      try {
        const sent = await telegram.callApi(
          'sendMessage',
          {
            chat_id: msg.address,
            text: msg.text,
            // Previews cost data that many workers pay for by the megabyte.
            link_preview_options: { is_disabled: true },
            ...(o.keyboards && { reply_markup: replyMarkup(msg.options) }),
          },
          apiSignal(AbortSignal.timeout(o.timeoutMs ?? 30_000)),
        );
        return { externalId: String(sent.message_id) };
      } catch (err) {
        throw toSendError(err);
      }
    },
  };
}
