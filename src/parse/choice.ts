// Reading a menu choice the way people type it: "1", "1.", " 2 ", "1️⃣", "satu", "no 3".
import { lexicon } from '../read/lexicon.ts';
import { fold } from './text.ts';

const WORDS: Record<string, number> = {
  nol: 0,
  kosong: 0,
  zero: 0,
  satu: 1,
  one: 1,
  siji: 1,
  dua: 2,
  two: 2,
  loro: 2,
  tiga: 3,
  three: 3,
  telu: 3,
  empat: 4,
  four: 4,
  papat: 4,
  lima: 5,
  five: 5,
  enam: 6,
  six: 6,
  enem: 6,
  tujuh: 7,
  seven: 7,
  pitu: 7,
  delapan: 8,
  eight: 8,
  wolu: 8,
  sembilan: 9,
  nine: 9,
  sanga: 9,
};

/** The number chosen, or null when the text is not a bare choice. */
export function parseChoice(text: string): number | null {
  const t = fold(text)
    .replace(/^(no\.?|nomor|nomer|pilih|angka|number)\s*/, '')
    .replace(/[.)!,\s]+$/, '')
    .trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  if (Object.hasOwn(WORDS, t)) return WORDS[t]!;
  return null;
}

export type YesNo = 'yes' | 'no' | null;

const YES = new Set([
  'ya',
  'y',
  'iya',
  'yes',
  'ok',
  'oke',
  'okey',
  'okay',
  'setuju',
  'boleh',
  'betul',
  'benar',
  'bener',
  'sip',
  'yoi',
  'nggih',
  'enggih',
  'inggih',
  'iyo',
  'yo',
]);
const NO = new Set([
  'tidak',
  'tdk',
  'gak',
  'ga',
  'nggak',
  'ngga',
  'enggak',
  'engga',
  'no',
  'nope',
  'bukan',
  'jangan',
  'tidak setuju',
  'mboten',
  'ora',
  'nda',
  'ndak',
]);

/** A yes/no answer: 1/2 or the words for them. */
export function parseYesNo(text: string): YesNo {
  const t = fold(text)
    .replace(/[.!,\s]+$/, '')
    .trim();
  const n = parseChoice(t);
  if (n === 1) return 'yes';
  if (n === 2) return 'no';
  // The lexicon's yes and no words too (iyo, nggih, sampun; ora, durung, ga ada, mboten wonten).
  const lex = lexicon().sets;
  if (NO.has(t) || lex.no.has(t) || lex.none.has(t)) return 'no';
  if (YES.has(t) || lex.yes.has(t) || /^(ya|iya|yes|setuju|boleh|iyo|nggih|inggih|enggih|sampun|sudah|udah)\b/.test(t))
    return 'yes';
  if (/^(tidak|gak|nggak|no|bukan|jangan|ora|durung|dereng|mboten|belum|blm|ga|ndak)\b/.test(t)) return 'no';
  return null;
}
