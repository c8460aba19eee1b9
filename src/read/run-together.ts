// How voice typing and tired thumbs run words together or leave a word out: "buyati wis mbayar" (bu yati), "dr
// setengah 8 sampe setengah 12" (no "jam"), ", kalih putri kulo" (krama "with my daughter", after the hours).

import { isGoods, workWords } from '../content/products.ts';
import type { Lexicon } from '../parse/lexicon.ts';
import { nameWord, personWord } from './clause.ts';

/** Words that start like a title and are no name. */
const NOT_TITLED =
  /^(masker|masak|masakan|masih|masuk|masalah|masjid|massal|maskot|mastik|buku|bumi|bulu|butik|butir|busa|busana|pakis|pakem|butuh|bukan|buruh|bulan|bubur|buka|bukak|bumbu|bungkus|bunga|bunder|burung|bupati|pakai|paket|paksa|pakan|pakde|pakdhe|pakne|bune|bukane|bukae|buat|buatan|pakaian|buang|buah|buaya|masing|pakunya|bubuk|mbakar)$/;
/** What comes right after a name, or right before it. */
const AFTER_NAME =
  /^(wis|wes|sudah|sdh|udah|udh|mbayar|bayar|bayari|ngasih|kasih|dibayar|dibayarke|nyetor|setor|ngirim|transfer|tf|dtg|dateng|datang|teko|njupuk|ambil|ngambil|paring|maringi|paid|sent|gave)$/;
const BEFORE_NAME = /^(dari|dr|soko|seko|teko|saking|ke|nang|neng|karo|sama|sm|from|to|kanggo|buat)$/;

/** "buyati" -> "bu yati", "juragandarmo" -> "juragan darmo" where a title and a name were run together beside a verb or a preposition. */
export function splitTitled(lex: Lexicon, text: string): string {
  return text.replace(
    /(^|\s)(bu|pak|mbak|mas|juragan|jragan|jrgn)([a-z]{3,9})(?=[\s,.]|$)/gi,
    (m, pre: string, title: string, name: string, at: number, all: string) => {
      const word = `${title}${name}`.toLowerCase();
      if (
        NOT_TITLED.test(word) ||
        workWords().phrases.has(word) ||
        personWord(word) ||
        /^(mbakyu|mbakku|mbakmu|mbake|masku|masmu|mase|bulik|buklik|paklik|pakpuh|bupuh)/.test(word) ||
        /^(?:juragan|jragan|jrgn)(?:nya|ne|e|ku|mu|ipun|an)$/.test(word) ||
        !nameWord(lex, word) ||
        isGoods(word) ||
        // ("pakadi", "buendang": a name that starts with a vowel, its "h" dropped as Kediri says it, runs on from
        // the title too.)
        !/^(?:[^aeiou][aeiouy]|[aeiou][^aeiou])/i.test(name) ||
        // ("pakaji slamet": the title and "haji", read as such later.)
        /^aji$/i.test(name)
      )
        return m;
      const before = all.slice(0, at).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
      const next =
        all
          .slice(at + m.length)
          .trim()
          .split(/[\s,.]+/)[0]
          ?.toLowerCase() ?? '';
      if (!AFTER_NAME.test(next) && !BEFORE_NAME.test(before)) return m;
      return `${pre}${title} ${name}`;
    },
  );
}

/** "dr setengah 8 sampe setengah 12", "stgh 8 - stgh 12": a span of half hours said without "jam". */
export function halfHourSpan(text: string): string {
  return text
    .replace(
      /(?<!\b(?:jam|jm|pukul|pkl)\s+)\b(setengah|stengah|stgh)\s+(\d{1,2})\s*(?:-|–|sampai|sampe|smp|smpe|nganti|ngantos|tekan|until|till|to)\s*(?:jam\s+|jm\s+)?(?=(?:setengah|stengah|stgh)\s+\d{1,2}\b)/gi,
      'jam $1 $2 sampai ',
    )
    .replace(
      /\b(dari|dr|mulai|teko|seko|wiwit|from|sampe|sampai|smp|smpe|nganti|ngantos|tekan|until|till|to)\s+(setengah|stengah|stgh)\s+(\d{1,2})\b/gi,
      '$1 jam $2 $3',
    );
}

/** Words before a figure that make "7-11" a date, not a span of hours. */
const DATE_BEFORE = /\b(tgl|tanggal|tangal|date|on|pada|dino|hari|hr|bulan|bln|sasi|wulan)\s*$/i;

/**
 * "sewed 7-11 alone", "njahit 8-12": two clock hours joined by a dash beside a word of work, with no "jam",
 * are the span she worked, not the 7th of November. Left alone beside a unit, a sum or a word of a date.
 */
export function bareHourSpan(lex: Lexicon, text: string): string {
  const t = text.toLowerCase();
  if (!/\d\s*[-–]\s*\d/.test(t)) return text;
  const words = t.split(/[^a-z]+/).filter(Boolean);
  const hoursWord = words.some(
    (w, i) => lex.intents.get(w) === 'hours' || lex.intents.get(`${w} ${words[i + 1]}`) === 'hours',
  );
  if (!hoursWord || /\b(jam|jm|pukul|pkl|hours?|hrs?)\b/.test(t)) return text;
  return text.replace(
    /(^|[\s,(])(\d{1,2})\s*[-–]\s*(\d{1,2})(?=$|[\s,.)])/g,
    (m, pre: string, a: string, b: string, at: number, all: string) => {
      const from = Number(a);
      const to = Number(b);
      if (from < 1 || from > 23 || to < 1 || to > 24 || from === to) return m;
      if (DATE_BEFORE.test(all.slice(0, at + pre.length))) return m;
      const next =
        all
          .slice(at + m.length)
          .trim()
          .split(/[\s,.]+/)[0]
          ?.toLowerCase() ?? '';
      if (
        next &&
        (lex.units.has(next) ||
          lex.scales.has(next) ||
          /^(rb|ribu|rebu|ewu|k|jt|juta|orang|org|wong|kali|x)$/.test(next))
      )
        return m;
      return `${pre}jam ${a} sampai jam ${b}`;
    },
  );
}

/** ", kalih putri kulo" after what she did: who helped, in krama. */
export function kramaWith(text: string): string {
  return text.replace(
    /([,.]\s*)(kalih|kaliyan|sareng)\s+(?=(?:putri|putra|lare|garwo|garwa|semah|bojo|ibu|simbah|adik|anak)\b)/gi,
    '$1dibantu ',
  );
}

/** "dibantu mbak sy", "karo mas kulo": her own sister or brother, not a woman or man called Mbak or Mas. */
export function ownSibling(text: string): string {
  // (Only after a word of helping: "mbak, aku mau awan oleh garapan" calls the one she writes to.)
  return text.replace(
    /\b(dibantu|dibantuin|bantu|karo|sama|sm|bareng|kalih|with)\s+(mbak|mba|mas)\s+(?:sy|saya|aku|ku|kulo|kula)\b/gi,
    (_m, cue: string, w: string) => `${cue} ${w.toLowerCase() === 'mas' ? 'masku' : 'mbakku'}`,
  );
}
