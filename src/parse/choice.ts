// Reading a menu choice the way people type it: "1", "1.", " 2 ", "1️⃣", "satu", "no 3".
import { lexicon } from './lexicon.ts';
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
    // "*2*", "_3_": the number made bold or slanted, as a chat app does; the same choice.
    .replace(/^\s*([*_])\s*([^*_]+?)\s*\1\s*$/, '$2')
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
  // How tired thumbs type them: "iy", "yy", "oc", "iye", "ngh".
  'iy',
  'iyh',
  'iye',
  'yy',
  'oc',
  'okeh',
  'ngh',
  'nggh',
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
  // "iyaaa bener 👍👍", "nggiiih leres 😊", "jare mbah iyo bener": held letters, signs and who says it aside.
  const t = fold(text)
    .replace(/[^\p{L}\p{N}\s.,!]/gu, ' ')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(
      /^(?:jare|kata|katanya|ngendikane|says|said)\s+(?:mbah|simbah|ibu|ibuk|ibuke|mamak|emak|mak|bapak|mom|mum|grandma|nenek|kakak|mbakyu)\s+/,
      '',
    )
    .replace(/[.!,\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return looseYes(text) ? 'yes' : null;
  const n = parseChoice(t);
  if (n === 1) return 'yes';
  if (n === 2) return 'no';
  // The lexicon's yes and no words too (iyo, nggih, sampun; ora, durung, ga ada, mboten wonten).
  const lex = lexicon().sets;
  if (NO.has(t) || lex.no.has(t) || lex.none.has(t)) return 'no';
  if (YES.has(t) || lex.yes.has(t) || /^(ya|iya|yes|setuju|boleh|iyo|nggih|inggih|enggih|sampun|sudah|udah)\b/.test(t))
    return 'yes';
  if (/^(tidak|gak|nggak|no|bukan|jangan|ora|durung|dereng|mboten|belum|blm|ga|ndak)\b/.test(t)) return 'no';
  if (looseYes(text)) return 'yes';
  // "yaa", "okee", "sipp", "iyoo": a letter held twice (words spelt with a double, "nggih", were tried first).
  const single = t.replace(/([a-z])\1+/g, '$1');
  return single !== t ? parseYesNo(single) : null;
}

/** Words that say "yes, save it" at a check screen, each enough on its own. */
const SAYS_YES = new Set([
  ...YES,
  'simpan',
  'simpen',
  'simpenen',
  'disimpan',
  'disimpen',
  'save',
  'saved',
  'benar',
  'pas',
  'cocok',
  'mantap',
  'siap',
  'correct',
  'right',
  'yep',
  'yeah',
  'yup',
  'sure',
  'good',
  'fine',
  'udah',
  'sudah',
  'wis',
  'wes',
  'uwis',
  'sampun',
  'yowis',
  'yowes',
  'yaudah',
  'yauda',
  'okelah',
  'oklah',
  'okeh',
  '+',
]);
/** Words around a yes that change nothing ("oh ya udah simpan aja", "yes save it", "iya bener semua"). */
const AROUND_YES = new Set([
  'oh',
  'o',
  'oo',
  'ooh',
  'ohh',
  'lah',
  'aja',
  'ae',
  'wae',
  'deh',
  'dong',
  'kok',
  'min',
  'admin',
  'bu',
  'mbak',
  'mba',
  'kak',
  'mas',
  'yah',
  'ws',
  'itu',
  'iku',
  'semua',
  'semuanya',
  'kabeh',
  'sedaya',
  'tok',
  'it',
  'all',
  'that',
  'thats',
  'is',
  'its',
  'please',
  'pls',
  'ya',
  'yo',
  'nggih',
  'sudah',
  'udh',
  'sdh',
  'wis',
  'wes',
  'kui',
  'kuwi',
  'mau',
  'tadi',
  'td',
  'sing',
  'yang',
  'yg',
  'tak',
  'bisa',
  'ok',
  'oke',
]);

/**
 * A short reply made only of yes words and words around them, or a thumbs-up: "yowis simpen", "wis bener",
 * "oh ya udah simpan aja", "yes save it", "👍". Any other word (a question, a figure, "salah") is not a yes.
 */
function looseYes(text: string): boolean {
  const t = text
    .toLowerCase()
    .replace(/[\u{1F44D}\u{1F44C}\u{2705}\u{2714}](\u{FE0F})?[\u{1F3FB}-\u{1F3FF}]?/gu, ' + ')
    .replace(/[.!,]+/g, ' ')
    .trim();
  const words = t.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 7) return false;
  return words.every((w) => SAYS_YES.has(w) || AROUND_YES.has(w)) && words.some((w) => SAYS_YES.has(w));
}
