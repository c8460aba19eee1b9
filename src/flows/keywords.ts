// Global words that work at any point of any conversation, in both languages.
import { fold } from '../parse/text.ts';

export type Keyword = 'menu' | 'cancel' | 'help' | 'language' | 'mydata' | 'delete' | 'stop' | 'resume' | 'start';

const WORDS: Record<string, Keyword> = {
  menu: 'menu',
  // Typed wrong on a small keyboard.
  mnu: 'menu',
  meni: 'menu',
  menuu: 'menu',
  mneu: 'menu',
  'menu utama': 'menu',
  home: 'menu',
  'main menu': 'menu',
  batal: 'cancel',
  btal: 'cancel',
  batl: 'cancel',
  btl: 'cancel',
  batall: 'cancel',
  bstal: 'cancel',
  batalkan: 'cancel',
  cancel: 'cancel',
  'gak jadi': 'cancel',
  'tidak jadi': 'cancel',
  'ga jadi': 'cancel',
  bantuan: 'help',
  help: 'help',
  tolong: 'help',
  '?': 'help',
  bahasa: 'language',
  language: 'language',
  'ganti bahasa': 'language',
  'change language': 'language',
  dataku: 'mydata',
  'data ku': 'mydata',
  'data saya': 'mydata',
  mydata: 'mydata',
  'my data': 'mydata',
  hapus: 'delete',
  'hapus data': 'delete',
  'hapus semua': 'delete',
  delete: 'delete',
  'delete my data': 'delete',
  berhenti: 'stop',
  stop: 'stop',
  unsubscribe: 'stop',
  mulai: 'resume',
  resume: 'resume',
  'mulai lagi': 'resume',
  start: 'start',
};

/** The global keyword a message is, if it is one ("Menu!", "/help", " BATAL "). */
export function keywordOf(text: string): Keyword | null {
  const t = fold(text)
    .replace(/^\//, '')
    .replace(/@\w+$/, '') // Telegram group form: /help@UpahkuBot
    .replace(/[.!,\s]+$/, '')
    .trim();
  if (t.startsWith('start ')) return 'start';
  if (Object.hasOwn(WORDS, t)) return WORDS[t]!;
  return cancelSaid(t) ? 'cancel' : null;
}

/** The message is a keyword and nothing else ("BATAL", "/cancel"), not a keyword in her own words. */
export function bareKeyword(text: string): boolean {
  const t = fold(text)
    .replace(/^\//, '')
    .replace(/@\w+$/, '')
    .replace(/[.!,\s]+$/, '')
    .trim();
  return Object.hasOwn(WORDS, t);
}

/**
 * A short message that says to drop what is open, in her own words around it: "batal aja", "eh belum
 * ding, batal", "ora sido, batal", "never mind". Not a message with a figure ("batal 2 kodi" may be a
 * correction of a number, read by the question it answers).
 */
function cancelSaid(t: string): boolean {
  const words = t.split(/[\s,.!?]+/).filter(Boolean);
  if (/\d/.test(t)) return false;
  // "eh maaf salah, blm disetor. batal aja": ending with the word, however it began.
  if (
    words.length <= 12 &&
    /\b(batal|batalkan|cancel|batal aja|batal wae|batal ae|batal saja|ga jadi|gak jadi|ora sido|gak sido|dibusak wae|dihapus aja|hapus aja)[\s.!]*$/.test(
      t,
    )
  )
    return true;
  if (words.length > 6) return false;
  if (words.some((w) => w === 'batal' || w === 'batalkan' || w === 'cancel' || w === 'dibatalkan')) return true;
  // "maaf salah kirim", "wrong chat, sorry": the message was not meant for the bot. ("wrong person, it was bu
  // yati": the person of her record put right, named after it.)
  if (
    /\b(salah kirim|salah kirm|slh kirim|salah chat|salah wa|salah nomer|salah nomor|kliru kirim|keliru kirim|salah ngirim|wrong (chat|number|person|message|group))\b/.test(
      t,
    ) &&
    !RIGHT_PERSON_NAMED.test(t)
  )
    return true;
  return /\b(gak|ga|gk|nggak|ngga|ndak|tidak|tdk|enggak) jadi\b|\b(ora|ra|gak|ga|ndak|nggak) sido\b|\bnever ?mind\b/.test(
    t,
  );
}

/** "wrong person, it was bu yati": the right one named after the wrong person, a record put right. */
export const RIGHT_PERSON_NAMED =
  /\b(?:wrong|salah|keliru|kleru|kliru)\s+(?:person|orang|org|wong|uwong)\b.*\b(?:bu|pak|mbak|mas|juragan|bos|haji)\s+[a-z]+/;

/** A thank-you and nothing more ("ok makasih", "matur nuwun mbak", "thanks"). */
export const THANKS =
  /^(?:(?:oh|ooh|oalah|owalah|gitu|begitu|ngono|ngunu|ok|oke|okey|okay|sip|siap|nggih|inggih|enggih|injih|iya|iyo|yo|ya|baik|yowis|yowes)[\s,.!]*)*(?:makasih|makasi|mksh|mkasih|terima ?kasih|trimakasih|trima kasih|matur (?:nuwun|suwun)|maturnuwun|suwun|nuwun|thanks?|thank (?:you|u)|thx|tq|ty)\b[^\d?]{0,40}$/;
