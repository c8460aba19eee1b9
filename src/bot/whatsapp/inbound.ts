// What a WhatsApp message means for the bot: who wrote (in both of WhatsApp's
// forms when known), its id, its text, or that it is a photo, voice note or
// sticker we cannot read. Pure: no I/O.
import {
  isLidUser,
  isPnUser,
  jidNormalizedUser,
  normalizeMessageContent,
  type proto,
  type WAMessage,
} from '@whiskeysockets/baileys';
import { ignoredJid } from './socket.ts';

/** One person's two WhatsApp ids: the LID (`...@lid`) and the phone-number JID (`...@s.whatsapp.net`). */
export interface JidPair {
  lid: string | null;
  pn: string | null;
}

/** Sorts any number of JIDs into the LID and phone-number forms, without device suffixes. */
export function jidPair(...jids: (string | null | undefined)[]): JidPair {
  const pair: JidPair = { lid: null, pn: null };
  for (const jid of jids) {
    if (!jid) continue;
    const user = jidNormalizedUser(jid);
    if (isLidUser(user)) pair.lid ??= user;
    else if (isPnUser(user)) pair.pn ??= user;
  }
  return pair;
}

export interface ReadMessage {
  externalId: string;
  from: JidPair;
  /** The JID the message came from, normalised: where a reply goes when we know nothing better. */
  chat: string;
  text: string;
  kind: 'text' | 'media';
  receivedAt: Date;
}

export type Skip = 'no-key' | 'own' | 'not-a-person' | 'no-content' | 'not-a-message';

// Things a person sends that are not text: she gets "text only for now".
const MEDIA: (keyof proto.IMessage)[] = [
  'imageMessage',
  'audioMessage',
  'stickerMessage',
  'videoMessage',
  'ptvMessage',
  'documentMessage',
  'locationMessage',
  'liveLocationMessage',
  'contactMessage',
  'contactsArrayMessage',
];

/** Reads one message of a live (`notify`) upsert; anything the bot should not answer is a Skip. */
export function readMessage(msg: WAMessage, now: Date): ReadMessage | Skip {
  const key = msg.key;
  if (!key?.id || !key.remoteJid) return 'no-key';
  if (key.fromMe) return 'own';
  if (ignoredJid(key.remoteJid)) return 'not-a-person';
  const from = jidPair(key.remoteJid, key.remoteJidAlt);
  const chat = jidNormalizedUser(key.remoteJid);
  if (!isLidUser(chat) && !isPnUser(chat)) return 'not-a-person';
  // A message that could not be decrypted arrives as a stub without content.
  const content = normalizeMessageContent(msg.message);
  if (!content) return 'no-content';
  const ts = Number(msg.messageTimestamp ?? 0);
  const receivedAt = ts > 0 ? new Date(ts * 1000) : now;
  const text = content.conversation ?? content.extendedTextMessage?.text;
  if (typeof text === 'string') return { externalId: key.id, from, chat, text, kind: 'text', receivedAt };
  if (MEDIA.some((k) => content[k])) return { externalId: key.id, from, chat, text: '', kind: 'media', receivedAt };
  // Reactions, edits, deletions, receipts and protocol traffic are not messages to answer.
  return 'not-a-message';
}
