// Which of her orders her words point at: the goods or the employer ("sing ireng", "kudung"), the day it came
// ("yg order tgl 3", "yang senin"), the newer or the older one ("sing anyar", "the old one"), or, answering
// which order, the other one of two ("yg kemarin blm ku garap").
import type { Ledger, OrderRec } from '../../diary/ledger.ts';
import { parseDay } from '../../parse/date.ts';
import { fold } from '../../parse/text.ts';
import { parseQuantity } from '../../parse/units.ts';
import { employerName } from './show.ts';

/** Words that mean the same in the name of goods: colours, sizes, the goods themselves. */
const SAME: string[][] = [
  ['hitam', 'ireng', 'item', 'cemeng', 'black'],
  ['putih', 'pethak', 'petak', 'white'],
  ['merah', 'abang', 'red'],
  ['hijau', 'ijo', 'green'],
  ['biru', 'blue'],
  ['kuning', 'yellow'],
  ['coklat', 'soklat', 'brown'],
  ['besar', 'gede', 'gedhe', 'big', 'large', 'ageng', 'dewasa', 'jumbo'],
  ['kecil', 'cilik', 'small', 'alit', 'anak', 'mini', 'kids'],
  ['kerudung', 'kudung', 'krudung', 'jilbab', 'hijab', 'hijabs'],
  ['sandal', 'sendal', 'sandals', 'slippers', 'selop', 'selop'],
  ['tas', 'bag', 'bags'],
  ['sepatu', 'shoes', 'shoe'],
  ['rokok', 'kretek', 'batil', 'linting'],
];
const SYNONYMS = new Map<string, string[]>();
for (const group of SAME) for (const w of group) SYNONYMS.set(w, group);

const LAST_WEEK =
  /\b(last week|last weeks|minggu lalu|minggu kemarin|minggu kmrn|minggu wingi|minggu kepungkur|pekan lalu|mgg lalu)\b/;

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Words that say nothing of which order. */
const PLAIN = new Set([
  'yang',
  'sing',
  'seng',
  'ingkang',
  'untuk',
  'buat',
  'order',
  'orderan',
  'garapan',
  'dari',
  'teko',
  'saking',
  'the',
  'one',
  'from',
  'setor',
  'setoran',
  'nyetor',
  'sudah',
  'wis',
  'wes',
  'udah',
  'kabeh',
  'semua',
  'sisanya',
  'sisane',
  'last',
  'week',
  'weeks',
  'minggu',
  'lalu',
  'wingi',
]);

/** "sing anyar", "yg baru", "the new one"; "sing lawas", "yang lama", "the old one". */
const NEWER = /\b(anyar|baru|terbaru|paling baru|terakhir|new|newer|newest|latest|enggal)\b/;
const OLDER = /\b(lawas|lama|lami|disik|pertama|old|older|oldest|sing disik)\b/;
/** A word that points at one order before its day: "yg senin", "order tgl 3". */
const POINTER =
  /\b(yg|yang|sing|seng|ingkang|order|orderan|garapan|the|from|of)\s+(order\s+|orderan\s+|garapan\s+)?(\d+\s*[a-z]+\s+)?$/;
/** She says an order is not done yet: the other one is meant. */
const NOT_YET = /\b(durung|dereng|belum|blm|blom|urung|not yet|ora|gak|ga|nggak|mboten|kurang|kirang)\b/;

/** "sapune", "tasnya", "kesete", "caps": the goods without the ending that makes them "the" (or many). */
function stem(word: string): string {
  const m = /^(.{3,}?)(nya|ne|e|s)$/.exec(word);
  return m ? m[1]! : word;
}

/** How well a word names goods: 2 the word itself ("selop"), 1 a word of the same meaning ("sandal"), else 0. */
function fits(word: string, hay: string[]): number {
  return Math.max(stem(word) !== word ? fitsWord(stem(word), hay) : 0, fitsWord(word, hay));
}

function fitsWord(word: string, hay: string[]): number {
  const is = (w: string) => hay.some((h) => h === w || (w.length >= 4 && h.startsWith(w)));
  if (is(word)) return 2;
  return (SYNONYMS.get(word) ?? []).some(is) ? 1 : 0;
}

/** Whether one of her words names these goods, itself or by a word of the same meaning ("kudung", "kerudung"). */
export function namesGoods(words: string[], product: string): boolean {
  const hay = fold(product).split(/[^a-z0-9]+/);
  return words.some((w) => w.length >= 3 && fits(w, hay) > 0);
}

/** The day her words give an order, when a pointer comes before it (or always, answering which order). */
function dayPointed(t: string, now: Date, answer: boolean): string | null {
  const m =
    /\b(tgl|tanggal|tanggale|tang|date)\s*\.?\s*(\d{1,2}(?:[/-]\d{1,2})?)\b|\b(senin|senen|selasa|seloso|rabu|rebo|kamis|kemis|jumat|jemuah|sabtu|setu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|kemarin|kemaren|kmrn|wingi|yesterday)\b/.exec(
      t,
    );
  if (!m) return null;
  if (!answer && !POINTER.test(t.slice(0, m.index))) return null;
  return parseDay(m[0], now, { direction: 'past' });
}

export interface OrderWordsOptions {
  now: Date;
  /** Her words answer "which order?": a day or an age counts without a pointer, and "not yet" means the other. */
  answer?: boolean;
}

/** The orders of `among` her words point at, narrowed as far as the words go, and whether any word pointed. */
export function ordersByWords(
  text: string,
  among: OrderRec[],
  l: Ledger,
  opts: OrderWordsOptions,
): { pool: OrderRec[]; pointed: boolean } {
  const t = fold(text);
  const words = t.split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !PLAIN.has(w) && !/^\d+$/.test(w));
  const scored = among.map((o) => {
    const hay = fold(`${o.product} ${employerName(l, o.employerId)}`).split(/[^a-z0-9]+/);
    return { o, n: words.reduce((sum, w) => sum + fits(w, hay), 0) };
  });
  const best = Math.max(0, ...scored.map((x) => x.n));
  let pool = best > 0 ? scored.filter((x) => x.n === best).map((x) => x.o) : among;
  let pointed = best > 0;
  // "yg 3 lusin kemarin": the order of that size.
  const sized = /\b(?:yg|yang|sing|seng)\s+(\d+\s*[a-z]+)/.exec(t);
  const size = sized ? parseQuantity(sized[1]!) : null;
  if (size) {
    const that = pool.filter((o) => o.quantityPieces === size.pieces && o.unit === size.unit);
    if (that.length) {
      pool = that;
      pointed = true;
    }
  }
  const day = dayPointed(t, opts.now, opts.answer === true);
  if (day) {
    const that = pool.filter((o) => o.receivedOn === day);
    const today = parseDay('hari ini', opts.now, { direction: 'past' });
    // ("yg kemarin udh disetor" beside an order taken today, none taken yesterday: "the one from before".)
    const before = today ? pool.filter((o) => o.receivedOn < today) : [];
    if (that.length) {
      pool = that;
      pointed = true;
    } else if (
      /\b(?:yg|yang|sing|seng|the one)\s+(?:kemarin|kemaren|kmrn|wingi|yesterday)\b/.test(t) &&
      before.length === 1 &&
      pool.length > 1
    ) {
      pool = before;
      pointed = true;
    }
  }
  // "last week's order", "garapan minggu wingi": an order that came in the week before this one.
  if (LAST_WEEK.test(t)) {
    const today = parseDay('hari ini', opts.now, { direction: 'past' });
    if (today) {
      const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
      const monday = shift(today, -weekday);
      const that = pool.filter((o) => o.receivedOn >= shift(monday, -7) && o.receivedOn < monday);
      if (that.length) {
        pool = that;
        pointed = true;
      }
    }
  }
  const age =
    (opts.answer ||
      /\b(yg|yang|sing|seng|ingkang|the|garapan|order)\s+(\w+\s+)?(anyar|baru|lawas|lama|new|old)/.test(t)) &&
    (NEWER.test(t) || OLDER.test(t));
  if (pool.length > 1 && age) {
    const sorted = pool.slice().sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id);
    pool = [NEWER.test(t) ? sorted.at(-1)! : sorted[0]!];
    pointed = true;
  }
  // "yg kemarin blm ku garap", "sing lawas durung rampung": of two, the one she did not say.
  if (opts.answer && pointed && among.length === 2 && pool.length === 1 && NOT_YET.test(t))
    return { pool: among.filter((o) => o !== pool[0]), pointed };
  return { pool, pointed };
}

/** The one order of `among` her words point at, if they point at exactly one. */
export function orderByWords(
  text: string,
  among: OrderRec[],
  l: Ledger,
  opts: OrderWordsOptions,
): OrderRec | undefined {
  const { pool, pointed } = ordersByWords(text, among, l, opts);
  return pointed && pool.length === 1 ? pool[0] : undefined;
}
