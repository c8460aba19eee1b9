// The one shape every channel turns its events into, and the one it delivers.

export type Channel = 'telegram' | 'whatsapp' | 'sms' | 'terminal' | 'web';

export interface InboundMessage {
  channel: Channel;
  /** The platform's id of the person (Telegram chat id, WhatsApp JID, E.164 phone number on SMS, local user name). */
  channelUserId: string;
  /** The platform's id of this message: the dedupe key together with the channel. */
  externalId: string;
  text: string;
  receivedAt: Date;
  /** Optional extras an adapter knows: a deep-link campaign code, a phone-number alias. */
  campaign?: string;
  /** Set by adapters for stickers, photos, voice notes: not text the flows can read. */
  kind?: 'text' | 'media';
}

export interface ReplyOption {
  /** What typing it sends, e.g. "1". */
  key: string;
  label: string;
}

export interface OutboundMessage {
  id: number;
  channel: Channel;
  address: string;
  text: string;
  options: ReplyOption[] | null;
  kind: OutboxKind;
}

export type OutboxKind = 'reply' | 'broadcast' | 'reminder' | 'notice';
