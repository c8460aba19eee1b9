// One clause of a message read into typed facts: the entry words she used,
// amounts, quantities, rates, rejects, deductions, days, hours, helpers, the
// employer named, and the words left over (a product, a thing bought). Each
// token is taken by at most one fact; the lexicon says what a word is.
import { COST_WORDS } from '../content/cost-words.ts';
import { isGoods, workWords } from '../content/products.ts';
import { NEIGHBOUR, REGION } from '../content/region.ts';
import { addDays } from '../diary/period.ts';
import { parseDay } from '../parse/date.ts';
import type { Lexicon, WordSet } from '../parse/lexicon.ts';
import { parseMoney } from '../parse/money.ts';
import { readNumber } from '../parse/number.ts';
import { type UnitCode, unitOf } from '../parse/units.ts';
import type { EntryKind, Money, Qty, RateFact } from './entry.ts';
import type { Token } from './tokens.ts';

export interface DayFact {
  day: string;
  /** The same words read as a day ahead (a weekday, "tgl 5"), for a deadline. */
  future?: string;
  /** Said as a deadline ("setor sabtu") or lies ahead ("sesuk"). */
  due: boolean;
  /** A whole week ("minggu iki"): day is its Monday. */
  week?: boolean;
  /** Said as a weekday ("senin"): 0 Sunday to 6 Saturday. */
  weekday?: number;
}

export interface ClauseFacts {
  text: string;
  /** Entry words found, in order, with the kind each says. */
  intents: { kind: EntryKind; at: number; word: string }[];
  money: (Money & { at: number })[];
  qty: (Qty & { at: number })[];
  /** Bare counts with no unit ("setor 58"). */
  counts: { n: number; at: number }[];
  rate?: RateFact;
  rejected?: number;
  rejectedUnknown?: boolean;
  deduction?: { amount: number; kind: 'kasbon' | 'other' | null };
  /** A second deduction of the other kind in the same pay ("dipotong kasbon 30 ewu karo potongan tali 5 ewu"). */
  otherCut?: number;
  days: DayFact[];
  minutes?: number;
  /** The minutes rest on a vague start ("teko isuk"): confirm them. */
  approx?: boolean;
  helpers?: number;
  child?: boolean;
  employer?: string;
  /** Words of an employer's name beyond the first, which may instead be the product. */
  nameTail?: string[];
  /** The clause is about who helped ("anak bantu 2 jam"): its hours are theirs, not another entry. */
  helperClause?: boolean;
  /** The rate was said "each": per piece when the order is counted in kodi or dozens. */
  each?: boolean;
  /** She said there is no deadline. */
  noDue?: boolean;
  /** Pieces accepted ("diterima 116"): the rest of what was handed in was rejected. */
  accepted?: number;
  /** A rate word ("upah") was used: the amount after it is a rate. */
  rateWord: boolean;
  /** Whether materials came from the employer ("bahan dari bu tini" / "bahan beli sendiri"). */
  materials?: boolean;
  /** Whether there is a written agreement ("ada nota" / "ora ono kontrak"). */
  written?: boolean;
  /** The clock hour her one span of the clause began (13.5 for half past one in the afternoon). */
  spanFrom?: number;
  /** Minutes of rest said alone ("leren sejam"): taken off the hours before. */
  rest?: number;
  /** Its hours are a span of clock times ("jam 7 sampe jam 11"), not a duration. */
  spanned?: boolean;
  /** Its hours are "setengah dino", half a day (four hours), which a span said beside it tells exactly. */
  halfDay?: boolean;
  /** Its one sum was said as the cash taken home ("jadi terima 160rb", "so I got 200k"). */
  netSaid?: boolean;
  /** The entry word is denied or only planned ("durung dibayar", "sesuk arep nyetor"): no entry. */
  negated?: boolean;
  /** The employer was named before a verb of giving or sending ("bu yati ngirim sandal"): she gave work. */
  employerFirst?: boolean;
  leftovers: string[];
  command?: string;
}

type Ctx = { lex: Lexicon; now: Date; today: string; hour: number };

/** Containers things are bought in: a count before one is of things, not money. */
const CONTAINER =
  /^(kaleng|klg|botol|btl|gulung|glg|rol|roll|karung|liter|ltr|tabung|jerigen|jeriken|cans?|bottles?|rolls?|spools?)$/;
const MATERIAL =
  /^(bahan|bahane|bahannya|material|materials|benang|benange|kain|kaine|lem|leme|thread|fabric|cloth|glue)$/;
const OWN = /(sendiri|dewe|dhewe|tuku dewe|beli sendiri|own|myself|ourselves|piyambak|modal sendiri)/;
const GIVEN =
  /(dr|gives|give|gave|dari|teko|saking|soko|seko|disediakan|disediain|digawakno|digawakke|dikasih|dikei|dikeki|ditanggung|from|provided|supplied|included|gawan|disangoni)/;
const WRITTEN = /^(kontrak|perjanjian|nota|tertulis|kwitansi|surat|tenggat_never|agreement|contract|receipt)$/;

const SEND =
  /^(ngirim|ngirimke|kirim|dikirim|ngeterke|nganter|nganterin|ngeteri|anter|antar|ngantar|ngantarin|sent|brought|ngeterno|kasih|ngasih|ngasi|nitip|gave|gives|ngintunaken|ngintunake|ngintun)$/;

/** Verbs of taking goods: with the employer as the one who takes, she hands work in. */
const COLLECT = /^(ambil|ngambil|ambilin|njupuk|jupuk|njikuk|mundhut|mendhet|took|collect|collected|picked)$/;
/** The boss named without her name: "bu e", "bos", "juragan", "my boss". */
const BOSS = /^(bue|bune|bos|boss|juragan|juragane|majikan|majikane|mandor|pengepul)$/;
const FIRST_PERSON = /^(aku|saya|sy|aq|i|kula|kulo|dalem|gue|gw)$/;

/** Verbs of giving or sending goods: to an employer ("ke bu ratna") they hand work in. */
const GIVE =
  /^(give|gave|gives|giving|given|send|sent|bring|brought|took|take|kasih|kasi|ngasih|ngasi|kirim|ngirim|kirimin|ngirimin|anter|antar|nganter|nganterin|ngeterke|ngeterno|terke|nitip|setor|ngintunaken|ngintunake|ngintun)$/;

const NO_DUE =
  /\b(ora ono tenggat|ra ono tenggat|gak ono tenggat|ora ono deadline|ga ada deadline|gak ada deadline|tidak ada deadline|tdk ada deadline|ga ada batas|gak ada batas|tanpa deadline|no deadline|no due date|bebas kapan aja|bebas kapan saja|kapan wae|sak selese|terserah kapan)\b/;

const ALL_OK =
  /\b(all fine|semua ok|semua oke|apik kabeh|kabeh apik|bagus semua|semua bagus|semua lolos|lolos kabeh|kabeh lolos|semua diterima|semuanya diterima|diterima semua|smua diterima|smuanya diterima|diterima smua|diterima semuanya|udh diterima semua|kabeh ditampa|ditampa kabeh|aman kabeh|kabeh aman|all accepted|all ok|all good|none rejected|no rejects|ga ada retur|gak ada retur|tidak ada retur|ora ono sing rusak|mboten wonten ingkang rusak|lolos semua|beres semua|semua bagus|boten wonten ingkang dipunwangsulaken|boten wonten ingkang dipun wangsulaken|mboten wonten ingkang dipun wangsulaken|mboten wonten ingkang dipunwangsulaken|boten wonten ingkang risak|mboten wonten ingkang risak|no rejects)\b/;

const OTHER_CUT =
  /^(ulang|rusake|reject|rijek|diamplas|label|ganti|plastik|plastic|bahan|benang|lem|retur|rusak|rusake|denda|telat|material|materials|kain|reject|rejects|bs|fine|damaged|kresek|masker|rijek|returan|cacat|bagian|bagiane|bagiannya|jatah|jatahe|komisi|fee|share|persenan|makelar|perantara|calo|middleman)$/;

const ACTIVITY =
  /^(kupas|ngupas|mengupas|ngamplas|amplas|mengamplas|diamplas|sulam|nyulam|menyulam|rangkai|ngrangkai|merangkai|bungkus|mbungkus|membungkus|packing|ngepak|lipat|nglipat|njahit|menjahit|ngelem|ngobras|obras|mbatik|nganyam|ngrakit|nyablon|masang|dipasang|dibordir|mbordir|bordir|ngebordir|anyam|menganyam|nganyam|ngiket|iket|ngiketi|ronce|meronce|ngronce|ngeronce|linting|nglinting|ngelinting|melinting|roll|rolling|rolled|sew|sewing|glue|gluing|pack|packing)$/;

/** Verbs of taking work home, after which an activity word names the goods ("ambil bordir kerudung"). */
const TAKE_VERB = /^(ambil|ngambil|njupuk|jupuk|mendet|mundhut|took|take|picked)$/;

/** Honorific-like words that name an employer on their own. */
const SOLO =
  /^(juragan|bos|boss|mandor|koperasi|kop|pabrik|konveksi|pengepul|toko|pak haji|bu haji|bu hajah|pak kaji|bu kaji)$/;

/** After a deduction word, how an advance will be paid back ("dipotong tiap minggu", "dicicil per bulan"). */
const REPAID_LATER = /^(tiap|tiap2|setiap|saben|per|every|each|weekly|monthly|nyicil|dicicil|cicil|cicilan)$/;

/** Words that deny or put off what follows. */
const NOT = new Set([
  'durung',
  'dereng',
  'urung',
  'belum',
  'blm',
  'blum',
  'gk',
  'g',
  'gag',
  'enggak',
  'kagak',
  'ndak',
  'nda',
  'mboten',
  'boten',
  'mbten',
  'blom',
  'ora',
  'ra',
  'gak',
  'ga',
  'nggak',
  'ngga',
  'tidak',
  'tdk',
  'not',
  'didnt',
  "didn't",
  'havent',
  "haven't",
  'never',
  'no',
  'arep',
  'akan',
  'bakal',
  'will',
  'pengen',
  'pingin',
  'rencana',
  'kate',
  "hasn't",
  'hasnt',
  "haven't",
  "didn't",
  'janji',
  'nunggu',
  'tunggu',
  'waiting',
  'promised',
  'engko',
  'mengko',
  'nanti',
  'meh',
]);

/** Words of needing: "butuh 500rb", "perlu duit". */
const NEED = /^(butuh|butuhe|butuhnya|perlu|need|needs|needed)$/;

const PAIRED = /sandal|sendal|sandel|sepatu|selop|kaos kaki|kaus kaki|sarung tangan|sepatu|slop/;

/** Words of a phrase starting at i that are in the set (longest first); the count of words taken, or 0. */
function phraseIn(toks: Token[], i: number, has: (p: string) => boolean, longest: number): number {
  for (let n = Math.min(longest, toks.length - i); n >= 1; n--) {
    const slice = toks.slice(i, i + n);
    if (slice.some((t) => t.kind === 'sign' && t.w !== '/' && t.w !== '-' && t.w !== '@')) continue;
    if (has(slice.map((t) => t.w).join(' '))) return n;
  }
  return 0;
}

function isNumberWord(lex: Lexicon, w: string): boolean {
  return (
    lex.numbers.has(w) ||
    lex.scales.has(w) ||
    lex.multipliers.has(w) ||
    lex.fractions.has(w) ||
    /^se(ratus|ribu|puluh|belas|juta|tengah)$/.test(w) ||
    // Number words written together: "rongpuluh", "limapuluh", "rongatus".
    (/^[a-z]{6,}$/.test(w) && /(puluh|atus|ratus|ewu|ribu|belas)$/.test(w) && readNumber(w) !== null)
  );
}

/** A unit word, "sekodi"/"selusin" (one unit) included. */
function unitAt(lex: Lexicon, toks: Token[], i: number): { unit: UnitCode; one: boolean; n: number } | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  const two = toks[i + 1] && toks[i + 1]!.kind === 'word' ? `${t.w} ${toks[i + 1]!.w}` : null;
  if (two && lex.units.has(two)) return { unit: lex.units.get(two)!, one: false, n: 2 };
  const u = lex.units.get(t.w);
  if (u) return { unit: u, one: false, n: 1 };
  // "sak lusine", "kodine", "per bijine": a unit with the Javanese or Indonesian ending for "the".
  const ub = ['nya', 'ne', 'e']
    .map((end) =>
      t.w.endsWith(end) && t.w.length - end.length >= 3 ? lex.units.get(t.w.slice(0, -end.length)) : undefined,
    )
    .find(Boolean);
  if (ub && toks[i - 1] && /^(sak|se|per|tiap|setiap|saben|satu|siji)$/.test(toks[i - 1]!.w))
    return { unit: ub, one: false, n: 1 };
  if (/^(se|sa|sak)/.test(t.w)) {
    const rest = t.w.replace(/^(sak|se|sa)/, '');
    const v = rest.length >= 2 ? lex.units.get(rest) : undefined;
    if (v && rest !== 'k') return { unit: v, one: true, n: 1 };
  }
  // "2 kalneg", "3 lsuin": two letters swapped by a quick thumb, in a word long enough to be sure of.
  if (t.w.length >= 5 && /^[a-z]+$/.test(t.w) && toks[i - 1]?.kind === 'num')
    for (let j = 0; j < t.w.length - 1; j++) {
      const w = t.w.slice(0, j) + t.w[j + 1] + t.w[j] + t.w.slice(j + 2);
      const v = w !== t.w ? lex.units.get(w) : undefined;
      if (v) return { unit: v, one: false, n: 1 };
    }
  return null;
}

/** The longest run of tokens from i that reads as one number or amount. */
function numberAt(
  lex: Lexicon,
  toks: Token[],
  i: number,
  end: number,
): { value: number; money: Money | null; n: number } | null {
  const t = toks[i]!;
  const starts = t.kind === 'num' || (t.kind === 'word' && (isNumberWord(lex, t.w) || t.w === 'rp' || t.w === 'idr'));
  if (!starts && !/^(gocap|cepek|gopek|seceng|ceceng|noceng|goceng|ceban|goban|cetiao)$/.test(t.w)) return null;
  for (let j = Math.min(end, i + 12); j > i; j--) {
    const slice = toks.slice(i, j);
    if (slice.some((s) => s.kind === 'sign')) continue;
    // ("10rb telung pasang": the number word before a unit counts the unit, it adds nothing to the sum.)
    if (
      j - i > 1 &&
      toks[j] &&
      lex.units.has(toks[j]!.w) &&
      isNumberWord(lex, toks[j - 1]!.w) &&
      slice.slice(0, -1).some((s) => lex.scales.has(s.w))
    )
      continue;
    // A unit word ends a number ("10 ribu batang" is 10 ribu, then batang).
    const text = slice.map((s) => s.w).join(' ');
    const next = toks[j];
    const withPerak =
      next && (next.w === 'perak' || next.w === 'rupiah' || next.w === 'rp') ? `${text} ${next.w}` : null;
    const m = withPerak ? parseMoney(withPerak) : parseMoney(text);
    // A bare number keeps its fraction ("2,5 jam", "setengah kodi"); money is whole rupiah.
    const exact = m && !m.explicit ? readNumber(text)?.value : undefined;
    if (m)
      return {
        value: exact ?? m.rupiah,
        money: { amount: m.rupiah, explicit: m.explicit },
        n: j - i + (withPerak ? 1 : 0),
      };
    const r = readNumber(text);
    if (r) return { value: r.value, money: null, n: j - i };
  }
  return null;
}

function wib(now: Date): { today: string; hour: number } {
  const w = new Date(now.getTime() + 7 * 3600_000).toISOString();
  return { today: w.slice(0, 10), hour: Number(w.slice(11, 13)) };
}

export function clauseContext(lex: Lexicon, now: Date): Ctx {
  return { lex, now, ...wib(now) };
}

const MONTHS =
  /^(jan|januari|january|feb|februari|pebruari|february|mar|maret|march|apr|april|mei|may|jun|juni|june|jul|juli|july|agu|agt|agus|agustus|august|aug|sep|sept|september|okt|oktober|october|oct|nov|nop|november|nopember|des|desember|december|dec)$/;

/** Monday of the week of a day (YYYY-MM-DD). */
function mondayOf(day: string): string {
  const dow = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -dow);
}

/** A day said at token i: "kemarin", "wingi sore", "jumat ngarep", "tgl 12", "12/11", "2 hari lalu", "minggu iki". */
function dayAt(c: Ctx, toks: Token[], i: number, end: number): { fact: DayFact; n: number } | null {
  const { lex } = c;
  const t = toks[i]!;
  const set = lex.sets;
  // Week words: "minggu iki", "minggu ini", "this week", "minggu lalu", "last week".
  const nxt = toks[i + 1]?.w;
  if (
    set.week.has(t.w) &&
    nxt &&
    (set.this.has(nxt) || set.last.has(nxt) || set.next.has(nxt)) &&
    !(t.w === 'seminggu' && !set.this.has(nxt))
  ) {
    if (set.this.has(nxt) || set.last.has(nxt)) {
      const back = set.last.has(nxt) ? -7 : 0;
      return { fact: { day: mondayOf(addDays(c.today, back)), due: false, week: true }, n: 2 };
    }
  }
  if ((t.w === 'this' || t.w === 'last') && nxt && set.week.has(nxt)) {
    return { fact: { day: mondayOf(addDays(c.today, t.w === 'last' ? -7 : 0)), due: false, week: true }, n: 2 };
  }
  // Last night: after midnight (before 5 in the morning) it is still the day before.
  const night = phraseIn(toks.slice(0, end), i, (p) => set.night.has(p), 4);
  if (night) {
    // "Tadi malam" said in the evening is tonight; said in the morning or after midnight, it was yesterday.
    // ("semalem", "last night" are always the night before.)
    const off = /kemarin|kemaren|kmrn|wingi|yesterday|^semalam$|^semalem$|^smlm$|^semalm$|^last$/.test(toks[i]!.w)
      ? -1
      : c.hour >= 18
        ? 0
        : -1;
    return { fact: { day: addDays(c.today, off), due: false }, n: night };
  }
  const rel = phraseIn(toks.slice(0, end), i, (p) => lex.days.has(p), 4);
  if (rel) {
    const p = toks
      .slice(i, i + rel)
      .map((x) => x.w)
      .join(' ');
    let off = lex.days.get(p)!;
    // "td sore" written after midnight (before 4): that afternoon was yesterday.
    if (off === 0 && c.hour < 4 && /^(tadi|td|tdi|mau)\b|\b(tadi|mau|wau)$/.test(p) && !/malam|malem|mlm|bengi/.test(p))
      off = -1;
    // ("mau sore" written at six in the morning, "tadi siang" before ten: that part of the day has not come yet
    // today, so it was yesterday's.)
    const part = /\b(sore|siang|awan)\b/.exec(p)?.[1];
    if (off === 0 && part && /^(tadi|td|tdi|mau)\b/.test(p) && c.hour < (part === 'sore' ? 12 : 10)) off = -1;
    return { fact: { day: addDays(c.today, off), due: off > 0 }, n: rel };
  }
  // Weekdays, with "ngarep/depan/next" or "wingi/lalu/last" around them; "hari" before is allowed.
  let k = i;
  if (/^(hari|hr|hri|dino|dina|dinten|on)$/.test(t.w) && toks[i + 1] && lex.weekdays.has(toks[i + 1]!.w)) k = i + 1;
  let pre: 'next' | 'last' | null = null;
  if ((toks[k]?.w === 'next' || toks[k]?.w === 'last') && toks[k + 1] && lex.weekdays.has(toks[k + 1]!.w)) {
    pre = toks[k]!.w as 'next' | 'last';
    k++;
  }
  const wd = toks[k] && k < end ? lex.weekdays.get(toks[k]!.w) : undefined;
  if (wd !== undefined) {
    const after = toks[k + 1] && k + 1 < end ? toks[k + 1]!.w : '';
    const dir =
      pre ?? (set.next.has(after) ? 'next' : set.last.has(after) ? 'last' : set.this.has(after) ? 'this' : null);
    // "minggu" alone is Sunday only with "hari" before it or a direction after; else it is a week word.
    // ("minggu garap 6 jam": at the head of a clause, before what she did, it is Sunday.)
    // ("minggu kerja 30 jam" is a week's hours.)
    const weekHours = toks.some((x, j) => x.kind === 'num' && Number(x.w) > 16 && set.hour.has(toks[j + 1]?.w ?? ''));
    // ("minggu 4 jam", "minggu nem jam": a number of hours right after it, at the head of a clause.)
    const small = (x: Token | undefined) => {
      const v = x?.kind === 'num' ? Number(x.w) : lex.numbers.get(x?.w ?? '');
      return typeof v === 'number' && v <= 16;
    };
    // ("minggu cm 4 jam stgh": "only" between.)
    const only = /^(cm|cuma|cuman|mung|mek|namung|hanya|only|just)$/.test(after) ? 1 : 0;
    const hoursAfter = small(toks[k + 1 + only]) && set.hour.has(toks[k + 2 + only]?.w ?? '');
    // ("minggu aku kasbon 200rb": her own word between the day and what she did; "minggu: nyetor ...", a heading.)
    const afterSelf = /^(aku|sy|saya|aq|kula|kulo|i|:)$/.test(after) ? (toks[k + 2]?.w ?? '') : after;
    const didAfter =
      i === 0 &&
      !weekHours &&
      (lex.intents.has(afterSelf) ||
        hoursAfter ||
        /^(pagi|siang|sore|malam|malem|isuk|esuk|enjing|sonten|awan|bengi|dalu|subuh)$/.test(after));
    if (toks[k]!.w === 'minggu' && k === i && !dir && !didAfter && !(i > 0 && c.lex.sets.due.has(toks[i - 1]!.w)))
      return null;
    const dow = new Date(`${c.today}T00:00:00Z`).getUTCDay();
    const back = (dow - wd + 7) % 7;
    const fwd = (wd - dow + 7) % 7;
    let used = k - i + 1 + (!pre && dir ? 1 : 0);
    // "senen 16", "kemis 12": the weekday with its date, when they agree; the number is no figure.
    const dateAfter = toks[i + used];
    const at = addDays(
      c.today,
      dir === 'next' ? (fwd === 0 ? 7 : fwd) : dir === 'last' ? (back === 0 ? -7 : -back) : -back,
    );
    // (Not a count that happens to be the date: "senin 4 jam" on Monday the 4th.)
    const figureNext = (w: string) =>
      lex.units.has(w) || set.hour.has(w) || /^(rb|ribu|rebu|ewu|k|jt|juta|biji|bj|orang|org|x|kali)$/.test(w);
    if (
      dateAfter?.kind === 'num' &&
      Number(dateAfter.w) === Number(at.slice(8)) &&
      i + used < end &&
      !figureNext(toks[i + used + 1]?.w ?? '')
    )
      used++;
    else if (!dir) {
      // "senin tgl 1" said on the Monday after: the date that falls on that weekday, this month or the last.
      const tgl = /^(tgl|tanggal|tangal|tggl|tg)$/.test(dateAfter?.w ?? '') ? 1 : 0;
      const num = toks[i + used + tgl];
      const dom = num?.kind === 'num' && /^\d{1,2}$/.test(num.w) ? Number(num.w) : 0;
      // (A bare number must not be a count: "senin 5 kodi", "senin 6 jam".)
      const nextW = toks[i + used + tgl + 1]?.w ?? '';
      const figure =
        lex.units.has(nextW) || set.hour.has(nextW) || /^(rb|ribu|rebu|ewu|k|jt|juta|biji|bj|orang|org)$/.test(nextW);
      if (dom >= 1 && dom <= 31 && i + used + tgl < end && (tgl || !figure)) {
        const month = c.today.slice(0, 7);
        const prev = addDays(`${month}-01`, -1).slice(0, 7);
        const day = [month, prev]
          .map((m) => `${m}-${String(dom).padStart(2, '0')}`)
          .find(
            (d) =>
              d <= c.today &&
              // (A bare number is a date only within four weeks: "selasa 8, rebo 8" late in a month are hours.)
              (tgl > 0 || d >= addDays(c.today, -28)) &&
              d.slice(8) === String(dom).padStart(2, '0') &&
              !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
              new Date(`${d}T00:00:00Z`).getUTCDate() === dom &&
              new Date(`${d}T00:00:00Z`).getUTCDay() === wd,
          );
        if (day && day !== at) return { fact: { day, due: false, weekday: wd }, n: used + tgl + 1 };
      }
    }
    if (dir === 'next')
      return { fact: { day: addDays(c.today, fwd === 0 ? 7 : fwd), due: true, weekday: wd }, n: used };
    if (dir === 'last')
      return { fact: { day: addDays(c.today, back === 0 ? -7 : -back), due: false, weekday: wd }, n: used };
    return { fact: { day: addDays(c.today, -back), due: false, future: addDays(c.today, fwd), weekday: wd }, n: used };
  }
  // "jam 8 - 11.30" is a time, not a date.
  if (
    t.kind === 'num' &&
    i > 0 &&
    set.clock.has(toks[i - 1]!.w) &&
    toks[i - 2]?.kind !== 'num' &&
    !isNumberWord(lex, toks[i - 2]?.w ?? '')
  )
    return null;
  // "setor seminggu": within a week.
  if (/^(seminggu|sepekan)$/.test(t.w) && i > 0 && set.due.has(toks[i - 1]!.w) && !set.this.has(toks[i + 1]?.w ?? ''))
    return { fact: { day: addDays(c.today, 7), due: true }, n: 1 };
  // "on the 25th": a day of this month.
  if (t.kind === 'num' && /^(th|st|nd|rd)$/.test(toks[i + 1]?.w ?? '') && Number(t.w) >= 1 && Number(t.w) <= 31) {
    const d = parseDay(`tgl ${t.w}`, c.now);
    const ahead = parseDay(`tgl ${t.w}`, c.now, { direction: 'future' }) ?? undefined;
    // "finish by the 10th", "due the 5th": a deadline, in the days to come.
    const before = toks[i - 1]?.w === 'the' ? toks[i - 2]?.w : toks[i - 1]?.w;
    if (ahead && before && set.due.has(before)) return { fact: { day: ahead, due: true }, n: 2 };
    if (d) return { fact: { day: d, due: false, future: ahead }, n: 2 };
  }
  // Dates: "tgl 12", "tanggal 12 nov", "12/11", "12-11-2026", "12 nov", "2 hari lalu", "3 days ago".
  // "Dec 5", "nov 12": the month first.
  if (
    MONTHS.test(t.w) &&
    toks[i + 1]?.kind === 'num' &&
    Number(toks[i + 1]!.w) <= 31 &&
    !lex.units.has(toks[i + 2]?.w ?? '')
  ) {
    const text = `${t.w} ${toks[i + 1]!.w}`;
    const d = parseDay(text, c.now);
    if (d)
      return {
        fact: { day: d, due: d > c.today, future: parseDay(text, c.now, { direction: 'future' }) ?? undefined },
        n: 2,
      };
  }
  const isTgl = /^(tgl|tanggal|tangal|tanggl|tggl|tg|date)$/.test(t.w);
  const looksDate =
    isTgl ||
    (t.kind === 'num' &&
      ((toks[i + 1]?.w === '/' && toks[i + 2]?.kind === 'num') ||
        (toks[i + 1]?.w === '-' && toks[i + 2]?.kind === 'num' && toks[i + 3]?.w !== 'jam') ||
        (toks[i + 1] && MONTHS.test(toks[i + 1]!.w)) ||
        (toks[i + 1] &&
          /^(hari|hr|days?|minggu|weeks?)$/.test(toks[i + 1]!.w) &&
          toks[i + 2] &&
          /^(lalu|yang|yg|kepungkur|ago|kapungkur|lagi|lg|meneh|maneh)$/.test(toks[i + 2]!.w))));
  // "3 dino kepungkur", "two days ago", "dua hari yang lalu": days back, the number in digits or words.
  if (t.kind === 'num' || (t.kind === 'word' && lex.numbers.has(t.w))) {
    const n = t.kind === 'num' ? Number(t.w) : readNumber(t.w)?.value;
    const unit = toks[i + 1]?.w ?? '';
    const agoAt = toks[i + 2] && /^(yang|yg|sing)$/.test(toks[i + 2]!.w) ? i + 3 : i + 2;
    if (
      n !== undefined &&
      Number.isInteger(n) &&
      n > 0 &&
      n < 60 &&
      /^(hari|hr|hri|dino|dina|dinten|days?)$/.test(unit) &&
      /^(lalu|lalau|kepungkur|kapungkur|ago|wingi)$/.test(toks[agoAt]?.w ?? '')
    )
      return { fact: { day: addDays(c.today, -n), due: false }, n: agoAt - i + 1 };
  }
  // "in 3 days": three days ahead.
  if (t.w === 'in' && toks[i + 1]?.kind === 'num' && /^days?$/.test(toks[i + 2]?.w ?? '')) {
    const n = Number(toks[i + 1]!.w);
    if (n > 0 && n < 60) return { fact: { day: addDays(c.today, n), due: true }, n: 3 };
  }
  if (!looksDate) return null;
  for (let j = Math.min(end, i + 5); j > i; j--) {
    const text = toks
      .slice(i, j)
      .map((x) => x.w)
      .join(' ')
      .replace(/ ([/-]) /g, '$1')
      .replace(/kepungkur|kapungkur/, 'lalu');
    if (!isTgl && j - i === 1) break;
    const d = parseDay(text, c.now);
    const ahead = parseDay(text, c.now, { direction: 'future' }) ?? undefined;
    if (d) return { fact: { day: d, due: d > c.today, future: ahead }, n: j - i };
  }
  return null;
}

/** Whether a message speaks of work received: then "setor sabtu" is its deadline, not a hand-in. */
export function ordersWork(lex: Lexicon, toks: Token[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const n = phraseIn(toks, i, (p) => lex.intents.get(p) === 'order', lex.longest);
    if (n) return true;
  }
  return false;
}

/** Reads the facts of one clause; `ordering`: the message is about work received. */
export function readClause(c: Ctx, toks: Token[], ordering = ordersWork(c.lex, toks)): ClauseFacts {
  const { lex } = c;
  const set = lex.sets;
  const f: ClauseFacts = {
    text: toks.map((t) => t.raw).join(' '),
    intents: [],
    money: [],
    qty: [],
    counts: [],
    days: [],
    rateWord: false,
    leftovers: [],
  };
  const used = new Array(toks.length).fill(false);
  const take = (i: number, n: number) => {
    for (let k = i; k < i + n; k++) used[k] = true;
  };
  const inSet = (s: WordSet, i: number) => phraseIn(toks, i, (p) => set[s].has(p), 4);
  const end = toks.length;

  // A deadline word ("setor sabtu") only in a message about work received; elsewhere "setor" is a hand-in.
  // Words that can only mean a deadline count anywhere; "setor", "jadi", "diambil" only about work received.
  const isDue = (w: string) =>
    set.due.has(w) &&
    (ordering ||
      /^(due|deadline|dl|paling lambat|maks|maksimal|batas|tenggat|due by)$/.test(w) ||
      // ("..., kudu mari tanggal 25": "must be done by" says a deadline in a clause of its own too.)
      /^(kudu|harus|hrs|must)\s/.test(w));
  const clauseOrders = ordersWork(lex, toks);
  // A day said about something other than this record: the day is read and dropped.
  const dayOfSomethingElse = (i: number, d: { fact: DayFact; n: number }): boolean =>
    // "mbayar 25rb kanggo setoran wingi", "upah setoran kemarin": the day of the hand-in paid for, not of the pay.
    (i > 1 &&
      !ordering &&
      d.fact.day < c.today &&
      lex.intents.get(toks[i - 1]!.w) === 'handin' &&
      /^(kanggo|kangge|nggo|buat|bwt|untuk|utk|gawe|upah|upahe|bayaran|for)$/.test(toks[i - 2]!.w) &&
      toks.slice(0, i - 2).some((x) => lex.intents.get(x.w) === 'payment')) ||
    // "bayarnya jumat katanya", "bayare jare sesuk": when the pay is promised, not the day of the record.
    (i > 0 &&
      /^(bayarnya|bayare|bayarane|bayarannya|dibayare|mbayare|gajiane|gajiannya|payment)$/.test(toks[i - 1]!.w) &&
      toks
        .slice(i + d.n, i + d.n + 2)
        .some((x) => /^(katanya|jare|jarene|janji|ngendikane|kata|nanti|mengko)$/.test(x.w))) ||
    // "bayarnya nanti jumat", "bayare mengko setu": the pay is still to come that day.
    (i > 1 &&
      /^(nanti|nti|ntar|entar|mengko|engko|ngko|later)$/.test(toks[i - 1]!.w) &&
      /^(bayarnya|bayare|bayarane|bayarannya|dibayare|mbayare|dibayarnya|gajiane|gajiannya|opahe|upahnya|payment)$/.test(
        toks[i - 2]!.w,
      )) ||
    // "sisane jare senin", "kekurangane janji jumat": the day the rest is promised.
    (i > 0 &&
      (/^(jare|jarene|katanya|ktnya|janji|janjine|janjinya|ngendikane|ngendika)$/.test(toks[i - 1]!.w) ||
        toks
          .slice(Math.max(0, i - 2), i)
          .some((x) =>
            /^(sisane|sisanya|sisa|kekurangane|kekurangannya|kurange|lunase|pelunasan|pelunasane)$/.test(x.w),
          ))) ||
    // "sama kayak bulan kemarin", "koyo wingi": a month gone or a likeness, not the day of the record.
    (i > 0 &&
      d.fact.day < c.today &&
      d.fact.weekday === undefined &&
      /^(bulan|bln|wulan|sasi|month|kayak|kaya|kyk|kyak|seperti|spt|koyo|koyok|koyone|kados|like)$/.test(
        toks[i - 1]!.w,
      ) &&
      // ("mbak wulan kmrn": a name, then the day.)
      !/^(bu|ibu|pak|mbak|mas|juragan|bos|mbok|yu)$/.test(toks[i - 2]?.w ?? ''));
  // 1. Days and weeks first: "minggu iki" must not be read as a Sunday, "tgl 12" not as 12 pieces.
  for (let i = 0; i < end; i++) {
    if (used[i]) continue;
    // A due word right before a day makes it a deadline ("setor sabtu", "deadline jumat").
    const d = dayAt(c, toks, i, end);
    // "bulu mata yg kmrn", "sing wingi": yesterday's goods, not the day of this entry.
    // "sama kayak kemarin": as yesterday's, not yesterday.
    if (
      d &&
      i > 0 &&
      (/^(kayak|kaya|kyk|koyo|koyok|kados|seperti|spt|like|as)$/.test(toks[i - 1]!.w) ||
        (i > 1 && /^(yg|yang|sing|seng|which|that)$/.test(toks[i - 1]!.w))) &&
      d.fact.day < c.today
    ) {
      take(i - 1, d.n + 1);
      i += d.n - 1;
      continue;
    }
    // "yg 3 lusin kemarin sudah saya setor hari ini": the day of the order she points at by its size.
    if (
      d &&
      i > 2 &&
      !ordering &&
      d.fact.day < c.today &&
      /^(yg|yang|sing|seng)$/.test(toks[i - 3]!.w) &&
      (toks[i - 2]!.kind === 'num' || isNumberWord(lex, toks[i - 2]!.w)) &&
      lex.units.has(toks[i - 1]!.w)
    ) {
      take(i - 3, 1);
      take(i, d.n);
      i += d.n - 1;
      continue;
    }
    if (d && dayOfSomethingElse(i, d)) {
      take(i, d.n);
      i += d.n - 1;
      continue;
    }
    if (d) {
      const prev = i > 0 ? toks[i - 1]!.w : '';
      const prev2 = i > 1 ? `${toks[i - 2]!.w} ${prev}` : '';
      // ("wis tak setor rebo", "sampun kula setor senin": handed in already, on that day, not a deadline.)
      const done =
        !d.fact.due &&
        toks
          .slice(Math.max(0, i - 4), i - 1)
          .some((x) => /^(wis|wes|uwis|udah|udh|sudah|sdh|sampun|already)$/.test(x.w));
      let due = d.fact.due || ((isDue(prev) || isDue(prev2)) && !done);
      if (isDue(prev) && !used[i - 1]) used[i - 1] = true;
      else if (isDue(prev2)) take(i - 2, 2);
      // "bsk harus setor", "sesuk kudu setor": the deadline word after the day.
      const after = toks.slice(i + d.n, i + d.n + 2).map((x) => x.w);
      const ahead = d.fact.day > c.today ? d.fact.day : d.fact.future;
      const dueAfter =
        ordering &&
        ahead !== undefined &&
        ahead > c.today &&
        after.length > 0 &&
        (set.due.has(after[0]!) || (/^(harus|kudu|hrs|must)$/.test(after[0]!) && set.due.has(after[1] ?? '')));
      // "kemis nyetor 8": a count after the word makes it a hand-in, not a deadline.
      const w2 = /^(harus|kudu|hrs|must)$/.test(after[0] ?? '') ? 2 : 1;
      const countAfter = toks[i + d.n + w2]?.kind === 'num' || isNumberWord(lex, toks[i + d.n + w2]?.w ?? '');
      // "senin ambil masker": "ambil" there is taking the work, not a deadline.
      const takesWork = lex.intents.get(after[0] ?? '') === 'order';
      // "tgl 2 setor bulu mata ke bu yati 800 pasang", "jumat setor semua": a day gone by that starts a hand-in with
      // its count (or "all") later in the clause, no work taken in it, is that hand-in's day.
      const rest = toks.slice(i + d.n + w2);
      const handedIn =
        d.fact.day <= c.today &&
        // (At the head of the clause, or after words of the week already read: "seminggu ini: senin setor ...".)
        (i === 0 || toks.slice(0, i).every((x, j) => used[j] || /^[:,.;-]$/.test(x.w))) &&
        rest.some((x) => x.kind === 'num' || /^(semua|semuanya|kabeh|kabehe|sedaya|sedoyo|all)$/.test(x.w)) &&
        !rest.some((x) => lex.intents.get(x.w) === 'order');
      if (dueAfter && !countAfter && !takesWork && !handedIn) {
        take(i + d.n, w2);
        due = true;
      }
      // A deadline lies ahead: "setor kamis" is the coming Thursday, "deadline tgl 5" the coming 5th.
      const fact =
        due && d.fact.day <= c.today && d.fact.future && d.fact.future > c.today
          ? { ...d.fact, day: d.fact.future }
          : due && d.fact.day < c.today && d.fact.future
            ? { ...d.fact, day: d.fact.future }
            : d.fact;
      f.days.push({ ...fact, due });
      take(i, d.n);
      i += d.n - 1;
    }
  }
  // "minggu kemarin senin", "senin minggu lalu", "minggu ini senin": that weekday in the week said, not the week.
  const weekSaid = f.days.find((d) => d.week && !d.due);
  const weekdaySaid = f.days.filter((d) => d.weekday !== undefined && !d.due);
  const said = toks.map((t) => t.w).join(' ');
  // "kemarin jumat", "wingi senen" said on a Sunday: the weekday, with "kemarin" for "just past".
  const pastWeekday = f.days.filter((d) => d.weekday !== undefined && !d.due);
  if (
    pastWeekday.length === 1 &&
    f.days.length === 2 &&
    /\b(kemarin|kemaren|kmrn|wingi)\s+(hari\s+|dino\s+|dina\s+)?(senin|senen|selasa|seloso|rabu|rebo|kamis|kemis|jumat|jum'at|jemuah|sabtu|setu|minggu|ahad)\b/.test(
      said,
    )
  )
    f.days = pastWeekday;
  // So is "wingi tgl 12", "bulan kemarin ... tgl 28 juli", "sasi wingi tgl 27": the date said, "wingi" only says
  // it is past.
  const named = f.days.filter((d) => (d.weekday !== undefined || d.future !== undefined) && !d.due);
  const justPast = f.days.filter((d) => !named.includes(d) && !d.due && d.day === addDays(c.today, -1));
  if (
    named.length === 1 &&
    justPast.length === 1 &&
    f.days.length === 2 &&
    named[0]!.day < addDays(c.today, -1) &&
    /\b(kemarin|kemaren|kmrn|wingi|yesterday)\b/.test(said)
  )
    f.days = named;
  // (Not "kemarin jumat ... peci yg minggu lalu": the week of something else, the weekday said as just past.)
  const ownWeek =
    !/\b(yg|yang|sing|seng|the|buat|untuk|kanggo|for)\s+(minggu|pekan|week)\b/.test(said) &&
    !/\b(kemarin|kemaren|kmrn|wingi|yesterday)\s+(hari\s+)?[a-z]+\b/.test(
      said.replace(/\b(minggu|pekan)\s+(lalu|kemarin|kemaren|kmrn|wingi)\b/g, ''),
    );
  if (weekSaid && weekdaySaid.length === 1 && ownWeek) {
    const wd = (weekdaySaid[0]!.weekday! + 6) % 7;
    f.days = [{ day: addDays(weekSaid.day, wd), due: false, weekday: weekdaySaid[0]!.weekday }];
  }

  // 2. Hours: durations ("5 jam setengah", "3 jam 30 menit", "setengah jam", "an hour") and ranges ("jam 8 sampai jam 12").
  let minutes = 0;
  let rest = 0;
  let sawDuration = false;
  // "leren sejam", "istirahat 1 jam", "break of an hour": a rest, not work.
  const restBefore = (i: number) => {
    for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
      if (REST.test(toks[b]!.w)) {
        for (let k = b; k < i; k++) used[k] = true;
        return true;
      }
      // ("berhenti maghrib sejam", "leren mangan sejam": what the rest was for, between it and its length.)
      const w = toks[b]!.w;
      if (
        PRAYER[w] !== undefined ||
        lex.timeOfDay.has(w) ||
        /^(makan|maem|mangan|sholat|solat|shalat|salat|sembahyang|masak|lunch)$/.test(w)
      )
        continue;
      if (!/^(e|ne|nya|of|for|dulu|sek|sik|kira2|kurang|lebih)$/.test(w)) return false;
    }
    return false;
  };
  // "a 1 hour break", "sejam istirahat": the rest word right after the duration.
  const restAfter = (k: number) => {
    if (toks[k] && REST.test(toks[k]!.w)) {
      used[k] = true;
      return true;
    }
    return false;
  };
  for (let i = 0; i < end; i++) {
    if (used[i]) continue;
    const t = toks[i]!;
    // Ranges: [dari|teko] [jam] A [pagi] sampai [jam] B [sore], or a time of day as the start ("teko isuk").
    const range = rangeAt(c, toks, i, used);
    if (range) {
      // The start of her one span, for an end corrected later ("eh salah, sampe jam 1").
      f.spanFrom = f.spanned ? undefined : range.from;
      f.spanned = true;
      minutes += range.minutes;
      if (range.approx) f.approx = true;
      sawDuration = true;
      take(i, range.n);
      i += range.n - 1;
      continue;
    }
    // "setengah hari", "half a day", "sak tengah dino": half of an eight-hour day, shown on the check screen.
    const halfDay = HALF_DAY.exec(
      toks
        .slice(i, i + 3)
        .map((x) => x.w)
        .join(' '),
    );
    // "seharian", "sedino muput", "all day": a full day of eight hours, shown there the same way.
    const fullDay = halfDay
      ? null
      : FULL_DAY.exec(
          toks
            .slice(i, i + 3)
            .map((x) => x.w)
            .join(' '),
        );
    // ("jahit seharian 9 jam": the hours said tell the day; the word only says it was long.)
    const hoursSaid = toks.some((x, j) => x.kind === 'num' && set.hour.has(toks[j + 1]?.w ?? ''));
    if (fullDay && hoursSaid) {
      const n = fullDay[0].split(' ').length;
      take(i, n);
      i += n - 1;
      continue;
    }
    if (halfDay || fullDay) {
      const n = (halfDay ?? fullDay)![0].split(' ').length;
      f.halfDay = true;
      minutes += halfDay ? 240 : 480;
      sawDuration = true;
      take(i, n);
      i += n - 1;
      continue;
    }
    // "an hour", "sejam", "sak jam setengah" (Javanese "sak" is one).
    if (
      (t.w === 'an' || t.w === 'a' || t.w === 'sejam' || t.w === 'sak' || t.w === 'sa') &&
      (t.w === 'sejam' || set.hour.has(toks[i + 1]?.w ?? ''))
    ) {
      let n = t.w === 'sejam' ? 1 : 2;
      let m = 60;
      const half = toks[i + n] && lex.fractions.get(toks[i + n]!.w);
      if (half) {
        m += half * 60;
        n++;
      }
      if (restBefore(i) || restAfter(i + n)) rest += m;
      else minutes += m;
      sawDuration = true;
      take(i, n);
      i += n - 1;
      continue;
    }
    const num = numberAt(lex, toks, i, end);
    if (!num || num.money?.explicit) continue;
    // "2 more hours", "3 extra hours": the word between says nothing of the duration.
    if (/^(more|extra|another)$/.test(toks[i + num.n]?.w ?? '') && set.hour.has(toks[i + num.n + 1]?.w ?? ''))
      used[i + num.n] = true;
    const skip = used[i + num.n] && /^(more|extra|another)$/.test(toks[i + num.n]?.w ?? '') ? 1 : 0;
    const unit = toks[i + num.n + skip];
    if (
      unit &&
      (set.hour.has(unit.w) || set.minute.has(unit.w)) &&
      !(set.clock.has(toks[i - 1]?.w ?? '') && set.hour.has(toks[i - 1]!.w) && !set.hour.has(unit.w))
    ) {
      // "jam 8" (a clock time) is not a duration: the hour word comes after the number here.
      const isHour = set.hour.has(unit.w);
      let m = isHour ? num.value * 60 : num.value;
      let n = num.n + 1 + skip;
      if (isHour) {
        const after = toks[i + n];
        if (after && lex.fractions.has(after.w) && !unitAt(lex, toks, i + n + 1)) {
          m += lex.fractions.get(after.w)! * 60;
          n++;
        } else if (after?.w === 'lebih' || after?.w === 'lbh') {
          const mm = numberAt(lex, toks, i + n + 1, end);
          if (mm && set.minute.has(toks[i + n + 1 + mm.n]?.w ?? '')) {
            m += mm.value;
            n += 1 + mm.n + 1;
          }
        } else if (after) {
          const mm = numberAt(lex, toks, i + n, end);
          if (mm && !mm.money?.explicit && mm.value < 60) {
            const mu = toks[i + n + mm.n];
            if (mu && set.minute.has(mu.w)) {
              m += mm.value;
              n += mm.n + 1;
            } else if (!mu || used[i + n + mm.n] === undefined) {
              // "3 jam 30" at the end of a clause: minutes.
              if (!mu && mm.value % 5 === 0 && mm.value > 0) {
                m += mm.value;
                n += mm.n;
              }
            }
          }
        }
      }
      if (restBefore(i) || restAfter(i + n)) rest += m;
      else minutes += m;
      sawDuration = true;
      take(i, n);
      i += n - 1;
    }
  }
  // "teko jam 7 nganti jam 4, leren sejam": the rest is taken off the hours; said alone, off the hours before.
  // (Beside a number of hours, "kerja 8 jam, istirahat sejam", the rest is apart from them.)
  if (rest && minutes > rest && f.spanned) minutes -= rest;
  else if (rest && !minutes) {
    f.rest = rest;
    sawDuration = false;
  }
  if (sawDuration) f.minutes = Math.round(minutes);

  // 3. Intent words, anywhere in the clause (longest phrase first).
  for (let i = 0; i < end; i++) {
    if (used[i]) continue;
    const n = phraseIn(toks, i, (p) => lex.intents.has(p), lex.longest);
    if (!n) continue;
    // "took off 15k": a deduction, not taking work.
    if (inSet('deduction', i) > n) continue;
    const word = toks
      .slice(i, i + n)
      .map((t) => t.w)
      .join(' ');
    // "potong bon": the advance is repaid, not taken; "bon" then belongs to the deduction.
    if (set.debt.has(word) && i > 0 && set.deduction.has(toks[i - 1]!.w)) continue;
    // "kasbon 30rb dipotong": an advance settled from pay, not a new one.
    // ("kasbon 200rb dipotong tiap minggu" is a new one, paid back from pay later.)
    if (set.debt.has(word) && toks.some((x) => set.deduction.has(x.w)) && !toks.some((x) => REPAID_LATER.test(x.w)))
      continue;
    // "durung dibayar", "ora sido nyetor", "belum setor", "sesuk arep nyetor": nothing happened (yet).
    const before = toks
      .slice(Math.max(0, i - 2), i)
      .filter((_, k) => !used[Math.max(0, i - 2) + k])
      // "pak no bayar": after an honorific a short word may be her name; a plain denial ("bos blm bayar") is not.
      .filter(
        (w, k, all) => !(k === all.length - 1 && set.honorifics.has(toks[i - 2]?.w ?? '') && /^(no|ra|ga)$/.test(w.w)),
      )
      .map((x) => x.w);
    // "besok mau ambil garapan": "mau" with a day to come is a plan (in Javanese "mau" alone is "just now").
    const plan = before.includes('mau') && f.days.some((d) => d.day > c.today);
    // "butuh 500rb buat bayar sekolah", "need 200k for rent": money she needs is not money spent or paid.
    const needs = toks
      .slice(0, i)
      .some((t, k) => NEED.test(t.w) && /^(\d|uang$|duit$|dhuwit$|money$)/.test(toks[k + 1]?.w ?? ''));
    if (plan || needs || before.some((w) => NOT.has(w))) {
      f.negated = true;
      take(i, n);
      i += n - 1;
      continue;
    }
    // In a message about work received, "ongkos jahit 12rb", "pay 4k", "pay is 12k" say the rate.
    if (
      clauseOrders &&
      /^(ongkos|ongkose|pay|paid|bayar|bayarane|pay is)$/.test(word) &&
      lex.intents.get(word) !== 'order'
    ) {
      f.rateWord = true;
      take(i, n);
      i += n - 1;
      continue;
    }
    // "half of it for work", "separo kanggo kerjo": what a cost was for, not hours worked.
    if (lex.intents.get(word) === 'hours' && /^(for|kanggo|nggo|buat|untuk|utk|gawe|gae)$/.test(toks[i - 1]?.w ?? '')) {
      take(i, n);
      i += n - 1;
      continue;
    }
    // "ambil bordir kerudung", "njupuk bordir taplak": goods taken are named by what is done to them.
    if (
      lex.intents.get(word) === 'hours' &&
      ACTIVITY.test(word) &&
      TAKE_VERB.test(toks[i - 1]?.w ?? '') &&
      toks[i + n]?.kind === 'word'
    )
      continue;
    // "10rb oleh 3 pasang": between an amount and a count of units, "oleh" says what the amount is for.
    const amountBefore = [1, 2, 3].some((b) => i - b >= 0 && numberAt(lex, toks, i - b, i)?.money?.explicit);
    if (FOR_COUNT.test(word) && amountBefore && toks[i + 1]) {
      const cnt = numberAt(lex, toks, i + 1, Math.min(end, i + 6));
      if (cnt && !cnt.money?.explicit && unitAt(lex, toks, i + 1 + cnt.n)) continue;
    }
    f.intents.push({ kind: lex.intents.get(word)!, at: i, word });
    take(i, n);
    i += n - 1;
  }

  // 4. Deductions: "potong bon 50rb", "dipotong 10rb buat plastik", "potongan 5rb".
  // ("dipotong tiap minggu" after a kasbon says how it will be paid back: no deduction now.)
  // (Deductions said after the amount, "kasbon 30rb dipotong", are read below too.)
  for (let i = 0; i < end; i++) {
    const dn = inSet('deduction', i);
    if (!dn || used[i] === true) continue;
    if (REPAID_LATER.test(toks[i + dn]?.w ?? '')) continue;
    // ("20 potong payet": pieces counted as "potong", not a cut.)
    if (toks[i]!.w === 'potong' && dn === 1 && toks[i - 1]?.kind === 'num') continue;
    // "gak dipotong apa2", "ora dipotong": nothing was taken off.
    // "ga ada potongan", "tanpa potongan", "no cuts": the same.
    const noWord = (w: string | undefined) =>
      !!w && (NOT.has(w) || /^(ga|gak|tidak|tdk|nggak|no|tanpa|without)$/.test(w));
    const neg =
      i > 0 && noWord(toks[i - 1]!.w)
        ? 1
        : i > 1 && /^(ada|ono|onok|wonten|enten|any)$/.test(toks[i - 1]!.w) && noWord(toks[i - 2]!.w)
          ? 2
          : 0;
    if (neg) {
      take(i - neg, dn + neg);
      if (/^(apa2|apa-apa|apapun|blas|babar|sama|samasekali|at)$/.test(toks[i + dn]?.w ?? '')) used[i + dn] = true;
      if (/^(sekali|pisan|all)$/.test(toks[i + dn + 1]?.w ?? '')) used[i + dn + 1] = true;
      continue;
    }
    // A phrase ("took off", "held back"): its last word stands for it below.
    if (dn > 1) {
      take(i, dn - 1);
      i += dn - 1;
    }
    let kind: 'kasbon' | 'other' | null = null;
    let k = i + 1;
    let amount: number | null = null;
    let stop = Math.min(end, i + 6);
    for (; k < stop; k++) {
      if (used[k]) continue;
      const w = toks[k]!.w;
      if (isDebt(set, w)) {
        kind = 'kasbon';
        used[k] = true;
        continue;
      }
      const num = numberAt(lex, toks, k, end);
      if (num?.money) {
        amount = num.money.amount;
        take(k, num.n);
        k += num.n;
        break;
      }
    }
    // "8rb per potong": there "potong" is a piece, not a deduction.
    if (amount === null && (set.per.has(toks[i - 1]?.w ?? '') || toks[i]!.w === 'potong')) continue;
    if (amount === null) {
      // "50k cut for my advance", "kasbon yg 50rb udh lunas dipotong": the amount before the word.
      for (let b = i - 1; b >= Math.max(0, i - 5); b--) {
        if (used[b]) continue;
        const num = numberAt(lex, toks, b, i);
        if (num?.money && b + num.n <= i) {
          amount = num.money.amount;
          take(b, num.n);
          break;
        }
      }
      if (amount === null) continue;
      // What it was for comes right after the word ("10k was cut for late work").
      k = i + 1;
      for (let j = Math.max(0, i - 5); j < Math.min(end, i + 5); j++) {
        if (isDebt(set, toks[j]!.w) || /^(advance|loan|kasbone|utange)$/.test(toks[j]!.w)) {
          kind = 'kasbon';
          used[j] = true;
        } else if (OTHER_CUT.test(toks[j]!.w)) kind ??= 'other';
      }
    }
    used[i] = true;
    // What it was for, right after ("buat plastik", "for materials").
    // (Up to another word of a cut: "dipotong 20rb buat benang + nyicil kasbon 100rb" are two.)
    for (let j = k; j < Math.min(end, k + 7); j++) {
      if (j > k && inSet('deduction', j)) break;
      if (isDebt(set, toks[j]!.w)) {
        kind = 'kasbon';
        used[j] = true;
      } else if (OTHER_CUT.test(toks[j]!.w)) {
        kind ??= 'other';
      }
    }
    // A reason given with a purpose word ("gawe mentega", "buat amplas", "for the oil"): not a kasbon, so other.
    const reason = toks.slice(k, Math.min(end, k + 4)).map((x) => x.w);
    if (
      kind === null &&
      reason.length &&
      (/^(gawe|buat|untuk|utk|kanggo|for|gara2|garagara|gara|karena|krn|amargi)$/.test(reason[0]!) ||
        (reason[0] &&
          /^[a-z]{3,}$/.test(reason[0]) &&
          !set.debt.has(reason[0]) &&
          !lex.days.has(reason[0]) &&
          // ("dipotong 5rb ongkos": a word of a cost is what it was for.)
          (!lex.intents.has(reason[0]) || lex.intents.get(reason[0]) === 'cost')))
    )
      if (
        !reason.some(
          (w) =>
            isDebt(set, w) ||
            /^(kasbon|advance|loan|utang|utange|ora|ga|gak|tidak|tdk|opo|apa|ngerti|tau|tahu|know)$/.test(w),
        )
      )
        kind = 'other';
    // ("dipotong 15 ewu, jare ono sing rusak": a word of rejects or of what it was for, said just after.)
    if (kind === null && reason.some((w) => OTHER_CUT.test(w) || set.reject.has(w))) kind = 'other';
    // What it was for, said between ("dipotong plastik 5rb", "potong denda 20rb").
    for (let j = i + 1; j < k; j++) if (OTHER_CUT.test(toks[j]!.w)) kind ??= 'other';
    // "dipotong lem 10rb": a word between is what it was for, not an entry of its own.
    f.intents = f.intents.filter((x) => x.at < i || x.at >= k);
    if (kind === null && toks.some((x) => isDebt(set, x.w) || /^(kasbon|kasbone|utange|advance|loan)$/.test(x.w)))
      kind = 'kasbon';
    // Two deductions of a pay, one repaying a kasbon and one for something else: both kept.
    const first = f.deduction;
    if (first && first.amount > 0 && (first.kind === 'kasbon') !== (kind === 'kasbon')) {
      if (kind === 'kasbon') {
        f.otherCut = first.amount;
        f.deduction = { amount, kind };
      } else f.otherCut = amount;
    } else f.deduction = { amount, kind };
    stop = 0;
  }

  // 5. Helpers: "dibantu 2 orang", "dibantu anak", "karo anakku", "sendiri", "dewe".
  for (let i = 0; i < end; i++) {
    if (used[i]) continue;
    const alone = inSet('alone', i);
    if (alone) {
      f.helpers = 0;
      take(i, alone);
      continue;
    }
    const h = inSet('helped', i);
    if (!h) continue;
    const k = i + h;
    const num = toks[k] ? numberAt(lex, toks, k, end) : null;
    if (num && !num.money?.explicit && /^(orang|org|wong|people|anak|anggota)$/.test(toks[k + num.n]?.w ?? '')) {
      f.helpers = num.value;
      take(i, h + num.n + 1);
      continue;
    }
    // "dibantu 1", "dibantu 2": a number of people right after the word (not "dibantu 2 jam").
    const nextW = toks[k + (num?.n ?? 0)]?.w ?? '';
    if (
      num &&
      !num.money?.explicit &&
      /^dibantu|direwangi|helped by$/.test(toks[i]!.w) &&
      !set.hour.has(nextW) &&
      !lex.units.has(nextW)
    ) {
      f.helpers = num.value;
      take(i, h + num.n);
      continue;
    }
    const child = toks[k] ? phraseIn(toks, k, (p) => set.child.has(p), 3) : 0;
    if (child) {
      f.helpers = 1;
      take(i, h + child);
      continue;
    }
    if (/^(suami|bojo|bojoku|husband|ibu|emak|mertua|tetangga|adik|kakak|mbakyu)$/.test(toks[k]?.w ?? '')) {
      f.helpers = 1;
      take(i, h + 1);
    }
  }

  // 5b. Family help said in other ways: "dibantu anak loro", "anak karo bojo", "my daughter helped", "umur 10".
  readHelp(toks, used, f);

  // 6. Numbers: quantities, rejects, rates, amounts.
  for (let i = 0; i < end; i++) {
    if (used[i]) continue;
    const t = toks[i]!;
    // "@250", "@ 2rb"
    if (t.w === '@') {
      const num = toks[i + 1] ? numberAt(lex, toks, i + 1, end) : null;
      if (num) {
        // "@7rb" with no unit: per one of whatever the order is counted in.
        const u = unitAfterPer(lex, toks, i + 1 + num.n);
        f.rate = { amount: num.value, count: u?.count ?? 1, explicit: true };
        if (u?.unit) f.rate.per = u.unit;
        take(i, 1 + num.n + (u?.n ?? 0));
        i += num.n + (u?.n ?? 0);
      }
      continue;
    }
    // A count of units first: "per 100 batang 5rb", "tiap 1000 batang 14rb".
    if (set.per.has(t.w) && toks[i + 1] && !used[i + 1]) {
      const cnt = numberAt(lex, toks, i + 1, end);
      const cu = cnt && !cnt.money?.explicit ? unitAt(lex, toks, i + 1 + cnt.n) : null;
      const k = i + 1 + (cnt?.n ?? 0) + (cu?.n ?? 0);
      const amt = cu && toks[k] && !used[k] ? numberAt(lex, toks, k, end) : null;
      if (
        cnt &&
        cu &&
        !cu.one &&
        amt?.money &&
        Number.isInteger(cnt.value) &&
        cnt.value > 1 &&
        !unitAt(lex, toks, k + amt.n)
      ) {
        f.rate = { amount: amt.money.amount, per: cu.unit, count: cnt.value, explicit: amt.money.explicit };
        take(i, k + amt.n - i);
        i = k + amt.n - 1;
        continue;
      }
    }
    // Unit first: "sekodi 15rb", "per kodi 15rb", "per pasang 2rb".
    const per0 = set.per.has(t.w) ? 1 : 0;
    const u0 = unitAt(lex, toks, i + per0);
    if (u0 && (per0 || u0.one)) {
      const k = i + per0 + u0.n;
      const num = toks[k] ? numberAt(lex, toks, k, end) : null;
      if (num?.money && !unitAt(lex, toks, k + num.n)) {
        f.rate = { amount: num.money.amount, per: u0.unit, count: 1, explicit: num.money.explicit };
        take(i, per0 + u0.n + num.n);
        i = k + num.n - 1;
        continue;
      }
      if (t.w === 'sak' && per0 && !u0.one) {
        // "sak rim", "sak kodi" with no amount after: one of them.
        f.qty.push({ count: 1, unit: u0.unit, pieces: unitOf(u0.unit).pieces, at: i });
        take(i, 1 + u0.n);
        i += u0.n;
        continue;
      }
      if (u0.one && !per0) {
        // "sekodi" alone: one kodi; "sekodi kurang 4": four short.
        let pieces = unitOf(u0.unit).pieces;
        let n = 1;
        if (toks[i + 1] && set.less.has(toks[i + 1]!.w)) {
          const less = toks[i + 2] ? numberAt(lex, toks, i + 2, end) : null;
          if (less && !less.money?.explicit) {
            pieces -= less.value;
            n += 1 + less.n;
          }
        }
        f.qty.push({ count: 1, unit: u0.unit, pieces, at: i });
        take(i, n);
        i += n - 1;
        continue;
      }
    }
    if (set.rate.has(t.w) && !used[i]) {
      // "bu umi sudah bayar upah kerudung ...": the wage paid, not the rate of work taken.
      // ("dibayar bu umi sudah upah kerudung ..., 150rb": the pay said first; "upah" without its figure after it.)
      const paid =
        /^(bayar|dibayar|mbayar|dibayarke|byr|dibyr|bayarin|paid|pay|pays|ngasih|ngekei|menehi|nampa|nerima|terima)$/.test(
          toks[i - 1]?.w ?? '',
        ) ||
        (f.intents.some((x) => x.kind === 'payment' && x.at < i) &&
          toks[i + 1]?.kind !== 'num' &&
          !/^(nya|ne|e|per|@)$/.test(toks[i + 1]?.w ?? ''));
      if (paid) {
        used[i] = true;
        continue;
      }
      f.rateWord = true;
      used[i] = true;
      continue;
    }
    // "diterima kurang 2", "ditampa kurang siji": two fewer accepted than handed in, so 2 rejected.
    if (
      /^(diterima|ditrima|ditampa|ditompo|accepted)$/.test(t.w) &&
      /^(kurang|krg|kurange|less)$/.test(toks[i + 1]?.w ?? '') &&
      toks[i + 2]
    ) {
      const num = numberAt(lex, toks, i + 2, end);
      if (num && !num.money?.explicit && Number.isInteger(num.value)) {
        f.rejected = (f.rejected ?? 0) + num.value;
        take(i, 2 + num.n);
        i += 1 + num.n;
        continue;
      }
    }
    // Rejects said before a number: "retur 2", "rusak 3", "rejected 2".
    let rj = inSet('reject', i);
    // "rusak e 1", "rusaknya 2": a particle between the word and its number.
    if (rj && /^(e|ne|nya|ya)$/.test(toks[i + rj]?.w ?? '') && toks[i + rj + 1]?.kind === 'num') rj++;
    if (rj) {
      const num = toks[i + rj] ? numberAt(lex, toks, i + rj, end) : null;
      if (
        num &&
        !num.money?.explicit &&
        !lex.units.has(toks[i + rj + num.n]?.w ?? '') &&
        !set.hour.has(toks[i + rj + num.n]?.w ?? '')
      ) {
        f.rejected = (f.rejected ?? 0) + num.value;
        take(i, rj + num.n);
        i += rj + num.n - 1;
        continue;
      }
      if (num && lex.units.has(toks[i + rj + num.n]?.w ?? '')) {
        const u = unitAt(lex, toks, i + rj + num.n)!;
        f.rejected = (f.rejected ?? 0) + num.value * unitOf(u.unit).pieces;
        take(i, rj + num.n + u.n);
        i += rj + num.n + u.n - 1;
        continue;
      }
      // "ga ada yang rusak", "ora ono sing rusak": none rejected.
      const before = toks
        .slice(Math.max(0, i - 3), i)
        .map((x) => x.w)
        .join(' ');
      if (
        /(^|\s)(ga|gak|nggak|tidak|tdk|ora|ra|ndak|no|none|nothing|mboten|boten|ngga|gk|gada)( ada| ono| ana| wonten| enten)?( yang| yg| sing| seng| ingkang)?$/.test(
          before,
        )
      ) {
        f.rejected = 0;
        take(Math.max(0, i - 3), i - Math.max(0, i - 3) + rj);
        continue;
      }
      // "balikan ga ada", "retur ora ono": none.
      const afterRj = toks
        .slice(i + rj, i + rj + 2)
        .map((x) => x.w)
        .join(' ');
      if (
        /^(ga|gak|nggak|tidak|tdk|ora|ra|ndak|gada|mboten|boten|no|none|nothing)( ada| ono| ana| wonten)?$/.test(
          afterRj,
        )
      ) {
        f.rejected = 0;
        take(i, rj + afterRj.split(' ').length);
        continue;
      }
      f.rejectedUnknown = true;
      take(i, rj);
      continue;
    }
    const num = numberAt(lex, toks, i, end);
    if (!num) continue;
    const k = i + num.n;
    // "setor nang wong loro", "bayaran dr 2 org": a number of people, not of pieces or rupiah.
    if (
      !num.money?.explicit &&
      (/^(orang|org|wong|people|persons)$/.test(toks[k]?.w ?? '') || /^(wong|orang|org)$/.test(toks[i - 1]?.w ?? ''))
    ) {
      const people = /^(orang|org|wong|people|persons)$/.test(toks[k]?.w ?? '');
      if (people) take(i, num.n + 1);
      else take(i - 1, num.n + 1);
      i = k - (people ? 0 : 1);
      continue;
    }
    // "2 rusak", "3 retur", "1 dibalekno", "2 were rejected"
    const skipWere = /^(were|was|are|is|yang|yg|sing|seng|ingkang|kang|pcs|biji)$/.test(toks[k]?.w ?? '') ? 1 : 0;
    let rjAfter = toks[k + skipWere] ? inSet('reject', k + skipWere) : 0;
    // "setor 58 retur 2": the number after the reject word is the rejects, 58 is what was handed in.
    const numAfterReject = rjAfter ? toks[k + skipWere + rjAfter] : undefined;
    if (numAfterReject && (numAfterReject.kind === 'num' || isNumberWord(lex, numAfterReject.w))) rjAfter = 0;
    if (rjAfter && !num.money?.explicit) {
      f.rejected = (f.rejected ?? 0) + num.value;
      take(i, num.n + skipWere + rjAfter);
      i = k + skipWere + rjAfter - 1;
      continue;
    }
    // "kasbon 150rb pak hadi": after an amount of money, "pak" is a man's honorific, not packs.
    const honorificPak = toks[k]?.w === 'pak' && !!num.money?.explicit;
    const u = used[k] || honorificPak ? null : unitAt(lex, toks, k);
    const prevPer = i > 0 && set.per.has(toks[i - 1]!.w) && !used[i - 1];
    if (u && !u.one && !prevPer) {
      // A rate when money comes before "per"/"/" and a unit ("2rb/pasang", "2rb per pasang"), else a quantity.
      let count = num.value;
      let n = num.n + u.n;
      // "1 kodi kurang 2": two pieces short.
      const lessAt = i + n;
      let pieces = count * unitOf(u.unit).pieces;
      if (toks[lessAt] && set.less.has(toks[lessAt]!.w)) {
        const less = toks[lessAt + 1] ? numberAt(lex, toks, lessAt + 1, end) : null;
        if (less && !less.money?.explicit) {
          const lu = unitAt(lex, toks, lessAt + 1 + less.n);
          pieces -= less.value * (lu ? unitOf(lu.unit).pieces : 1);
          n += 1 + less.n + (lu?.n ?? 0);
        }
      }
      // "2 kodi setengah"
      if (toks[i + n] && lex.fractions.has(toks[i + n]!.w) && !set.hour.has(toks[i + n + 1]?.w ?? '')) {
        count += lex.fractions.get(toks[i + n]!.w)!;
        pieces += lex.fractions.get(toks[i + n]!.w)! * unitOf(u.unit).pieces;
        n++;
      }
      // "telung kodi karo limang biji", "3 kodi 5 biji", "3 kodi lebih 5": the loose pieces beyond the whole units.
      if (unitOf(u.unit).pieces > 1 && Number.isInteger(count)) {
        const link = /^(karo|kalih|lan|dan|dn|plus|lebih|lbh|luwih|tambah|and)$/.exec(toks[i + n]?.w ?? '')?.[1];
        const at = i + n + (link ? 1 : 0);
        const loose = toks[at] ? numberAt(lex, toks, at, end) : null;
        const lu = loose && !loose.money?.explicit ? unitAt(lex, toks, at + loose.n) : null;
        const small = !!lu && unitOf(lu.unit).pieces === 1;
        const bareOk = !!link && /^(plus|lebih|lbh|luwih|tambah)$/.test(link) && !lu;
        if (
          loose &&
          !loose.money?.explicit &&
          (small || bareOk) &&
          loose.value > 0 &&
          loose.value < unitOf(u.unit).pieces &&
          Number.isInteger(loose.value)
        ) {
          pieces += loose.value;
          count = pieces;
          n = at - i + loose.n + (small ? lu!.n : 0);
          f.qty.push({ count: pieces, unit: 'pcs', pieces, at: i });
          take(i, n);
          i += n - 1;
          continue;
        }
      }
      // "2 psg rusak", "5 pieces rejected": rejects counted in a unit.
      // ("45 pairs were sent back", "7 pasang sing dibalekno")
      const skipW = /^(were|was|are|is|yang|yg|sing|seng|ingkang|kang)$/.test(toks[i + n]?.w ?? '') ? 1 : 0;
      const rjU = toks[i + n + skipW] ? inSet('reject', i + n + skipW) : 0;
      // "2 kodi rusak 1": the number after the reject word is the rejects; the 2 kodi were handed in.
      const nAfter = toks[i + n + skipW + rjU];
      const numberFollows = nAfter && (nAfter.kind === 'num' || isNumberWord(lex, nAfter.w));
      if (rjU && !used[i + n + skipW] && !numberFollows) {
        f.rejected = (f.rejected ?? 0) + Math.round(pieces);
        take(i, n + skipW + rjU);
        i += n + skipW + rjU - 1;
        continue;
      }
      if (num.money?.explicit && /^(rp|idr)$/.test(toks[i]!.w)) {
        // "Rp 2.000 pasang" without "per": a rate.
        f.rate = { amount: num.money.amount, per: u.unit, count: 1, explicit: true };
      } else f.qty.push({ count, unit: u.unit, pieces: Math.round(pieces * 1e6) / 1e6, at: i });
      take(i, n);
      i += n - 1;
      continue;
    }
    // Money followed by what it is for: "2rb/pasang", "15rb sekodi", "14rb per seribu batang", "2k each".
    // ("dibayar 50rb oleh 2 kodi" is the pay for 2 kodi, not a rate.)
    const forWord = FOR_COUNT.test(toks[k]?.w ?? '');
    const paid = forWord && f.intents.some((x) => x.kind === 'payment' || x.kind === 'kasbon');
    const per = (used[k] && !forWord) || paid ? null : unitAfterPer(lex, toks, k);
    if (per && (num.money || per.marked)) {
      const amount = num.money?.amount ?? num.value;
      f.rate = { amount, count: per.count, explicit: num.money?.explicit ?? false };
      if (per.unit) f.rate.per = per.unit;
      if (per.each) f.each = true;
      take(i, num.n + per.n);
      i = k + per.n - 1;
      continue;
    }
    // "2,000 kretek cigarettes", "1.500 lembar": a number written with a separator, no Rp, before goods, counts them.
    const goodsNext = toks[k] && (isGoods(toks[k]!.w) || isGoods(`${toks[k]!.w} ${toks[k + 1]?.w ?? ''}`));
    if (
      num.money?.explicit &&
      goodsNext &&
      /^\d{1,3}([.,]\d{3})+$/.test(toks[i]!.raw) &&
      num.n === 1 &&
      !f.intents.some((x) => x.kind === 'payment' || x.kind === 'kasbon' || x.kind === 'cost')
    ) {
      f.qty.push({ count: num.value, unit: 'pcs', pieces: num.value, at: i });
      take(i, num.n);
      continue;
    }
    if (num.money?.explicit) {
      f.money.push({ ...num.money, at: i });
      take(i, num.n);
      i += num.n - 1;
      continue;
    }
    // "setoran 3 kali", "twice": how often, not a figure of the entry.
    if (!num.money?.explicit && /^(kali|kaping|times)$/.test(toks[i + num.n]?.w ?? '')) {
      take(i, num.n + 1);
      i += num.n;
      continue;
    }
    // "mbayar rong setoran sekaligus", "dua orderan": how many records, not a figure of this one (the entry word
    // itself is left to say what this is).
    if (
      !num.money?.explicit &&
      num.value < 10 &&
      /^(setoran|setorane|setoranku|orderan|order|garapan|bayaran|handins|orders|deliveries)$/.test(
        toks[i + num.n]?.w ?? '',
      )
    ) {
      take(i, num.n);
      i += num.n - 1;
      continue;
    }
    // "telat 2 minggu", "3 hari", "for 2 weeks": a length of time, not a figure of the entry.
    if (!num.money?.explicit && DURATION.test(toks[i + num.n]?.w ?? '')) {
      take(i, num.n + 1);
      i += num.n;
      continue;
    }
    // "lem 2 kaleng", "benang 3 gulung", "2 kalneg": things bought counted by their container, no sum.
    const box = toks[i + num.n]?.w ?? '';
    if (
      !num.money?.explicit &&
      (CONTAINER.test(box) ||
        [...box].some((_, j) => CONTAINER.test(box.slice(0, j) + box[j + 1] + box[j] + box.slice(j + 2))))
    ) {
      take(i, num.n + 1);
      i += num.n;
      continue;
    }
    // "setor jam 8 td pagi", "pukul 10 diambil": a bare number right after the clock word is the time of day, no
    // figure of the entry ("3 jam 30" is minutes, read above).
    if (
      !num.money?.explicit &&
      /^(jam|jm|pukul|pkl)$/.test(toks[i - 1]?.w ?? '') &&
      toks[i - 2]?.kind !== 'num' &&
      !isNumberWord(lex, toks[i - 2]?.w ?? '') &&
      num.value >= 0 &&
      num.value <= 24
    ) {
      take(i, num.n);
      i += num.n - 1;
      continue;
    }
    // A bare number.
    if (Number.isFinite(num.value)) {
      f.counts.push({ n: num.value, at: i });
      take(i, num.n);
      i += num.n - 1;
    }
  }

  // "semua diterima", "kabeh ditampa", "all accepted": none rejected; "diterima 116", "yg diterima cuma 55": accepted.
  const clauseText = toks.map((t) => t.w).join(' ');
  if (f.rejected === undefined && ALL_OK.test(clauseText)) {
    f.rejected = 0;
    f.rejectedUnknown = undefined;
    for (let i = 0; i < end; i++)
      if (/^(semua|semuanya|kabeh|sedoyo|all|diterima|ditampa|accepted|aman|ok|oke|beres|lolos)$/.test(toks[i]!.w))
        used[i] = true;
  }
  for (let i = 0; i < end - 1; i++) {
    if (!/^(diterima|ditampa|accepted|lolos|sing apik|yg bagus)$/.test(toks[i]!.w)) continue;
    let k = i + 1;
    if (/^(cuma|cuman|mung|hanya|only|just|mung|namung|tinggal)$/.test(toks[k]?.w ?? '')) k++;
    const c = f.counts.find((x) => x.at === k);
    if (c) {
      f.accepted = c.n;
      f.counts = f.counts.filter((x) => x !== c);
      used[i] = true;
      if (k > i + 1) used[i + 1] = true;
    }
  }

  // "ora ono tenggat", "ga ada deadline", "no deadline", "bebas kapan aja": no deadline.
  if (ordering && NO_DUE.test(clauseText)) {
    f.noDue = true;
    for (let i = 0; i < end; i++)
      if (
        /^(ora|ono|ga|gak|ada|tidak|no|tenggat|deadline|batas|bebas|kapan|aja|saja|wae|setornya|waktu|target)$/.test(
          toks[i]!.w,
        )
      )
        used[i] = true;
  }

  // 7. The employer: an honorific and a name ("bu hajah umi"), or after "dari"/"ke" ("dari koperasi").
  for (let i = 0; i < end; i++) {
    if (used[i] || f.employer) continue;
    const w = toks[i]!.w;
    const hon = inSet('honorifics', i);
    const from = !hon && (set.from.has(w) || set.to.has(w)) ? 1 : 0;
    if (!hon && !from) continue;
    // "new order for Bu Ijah from Bu Endang": the one she writes for is not whom the work is from.
    if (
      hon &&
      /^(for|buat|untuk|utk|kanggo|nggo|punya|punyane|atas)$/.test(toks[i - 1]?.w ?? '') &&
      toks
        .slice(i + 1, end)
        .some((t, k) => set.from.has(t.w) && !!toks[i + 2 + k] && set.honorifics.has(toks[i + 2 + k]!.w))
    )
      continue;
    // ("masang kancing ke kartu dr juragan darmo": "ke" a thing, with whom the work is from named after it.)
    if (
      from &&
      set.to.has(w) &&
      !set.from.has(w) &&
      !set.honorifics.has(toks[i + 1]?.w ?? '') &&
      toks.slice(i + 2, end).some((t, k) => set.from.has(t.w) && set.honorifics.has(toks[i + 3 + k]?.w ?? ''))
    )
      continue;
    // "jahit konveksi": the kind of work, not whom it is from.
    if (/^(konveksi|pabrik|home)$/.test(w) && lex.intents.get(toks[i - 1]?.w ?? '') === 'hours') continue;
    // "pak" after a number is a unit (pack), handled above.
    let k = i + from;
    // "ke rumah bu yati", "nang omahe pak hadi": the place is not the name.
    if (
      from &&
      /^(rumah|rumahe|rumahnya|omah|omahe|tempat|tempate|tempatnya|nggone|nggen|griya|griyane|griyanipun|dalem|dalemipun|house|place|home)$/.test(
        toks[k]?.w ?? '',
      )
    )
      k++;
    const parts: string[] = [];
    // After "dari" the name runs on to the next known word ("dari Koperasi Mawar Pengrajin Alas Kaki");
    // after an honorific alone it is at most three words.
    const maxWords = from ? 8 : 3;
    while (k < end && !used[k] && parts.length < maxWords + 1) {
      const h2 = inSet('honorifics', k);
      if (h2 && parts.length === 0) {
        parts.push(
          toks
            .slice(k, k + h2)
            .map((x) => x.raw)
            .join(' '),
        );
        k += h2;
        continue;
      }
      const tk = toks[k]!;
      // "bu ratna ing kandat", "bu sari dr gurah": where she lives ends the name.
      if (parts.length > 0 && !afterHonorificOnly(parts, set) && placeAt(toks, k)) break;
      // "bu sri kandat": a kecamatan after her name is where she lives.
      if (parts.length > 0 && !afterHonorificOnly(parts, set) && places().has(tk.w) && tk.w !== 'kota') break;
      // Right after an honorific any plain word is a name ("pak no", "bu sri"), unless the lexicon knows it as something else.
      const afterHonorific =
        parts.length > 0 && parts.every((p) => p.split(' ').every((x) => set.honorifics.has(x.toLowerCase())));
      if (tk.kind !== 'word' || !(nameWord(lex, tk.w) || (afterHonorific && looseName(lex, tk.w)))) break;
      // ("mbak nanik tonggoku": who she is to her ends the name.)
      if (!afterHonorific && personWord(tk.w)) break;
      // "juragan darmo bulu mata 50 pak": goods named after her (two words the list of work knows) end the name.
      // (A person's name only: "Koperasi Pengrajin Alas Kaki" is a name with goods in it.)
      const person = /^(bu|pak|mbak|mas|juragan|bos|mbah|cak|ning|bude|pakde)$/i.test((parts[0] ?? '').split(' ')[0]!);
      // ("pak haji": a title of two words is a name of its own.)
      const titled = parts.length === 1 && parts[0]!.includes(' ');
      // ("pak haji rokok lagi", "bu yati jahitan sarung tangan": goods or the work done after the name.)
      const work =
        isGoods(`${tk.w} ${toks[k + 1]?.w ?? ''}`) || isGoods(tk.w) || workWords().phrases.get(tk.w)?.role === 'does';
      if (person && (parts.length > 1 || !afterHonorific || titled) && work) break;
      // ("diantar bu umi bahan kaos kaki": the material for the goods, after her name, is no part of it.)
      if (!afterHonorific && /^(bahan|bahane|bahannya|bahanipun|material|materials)$/.test(tk.w)) break;
      // ("teko pak haji pisan", "bu umi juga": "also", "again", "just" are no one's name.)
      if (/^(pisan|uga|juga|jg|maneh|meneh|lagi|lg|wae|ae|aja|saja|tok|thok)$/.test(tk.w)) break;
      // ("dibayar bu endang sm pak hadi": a word that joins her to the next one ends her name.)
      if (/^(sm|ama|dn|dan|karo|kalih|lan|and)$/.test(tk.w)) break;
      // ("dibyr jg sm bu yati kak": after the name, "kak" calls the one she writes to.)
      if (!afterHonorific && /^(kak|kaka|kk|min|admin|sis|gan|say)$/.test(tk.w)) break;
      parts.push(tk.raw);
      k++;
      // Honorifics counted apart: at most three name words after them.
      if (parts.filter((p) => !set.honorifics.has(p.toLowerCase())).length >= maxWords) break;
    }
    const honorificCount = parts.filter((p) => p.split(' ').every((x) => set.honorifics.has(x.toLowerCase()))).length;
    const names = parts.length - honorificCount;
    // "juragan", "koperasi", "pak haji": a name of its own.
    const solo = honorificCount >= 2 || (honorificCount === 1 && SOLO.test(parts[0]!.toLowerCase()));
    if (names === 0 && !solo) continue;
    if (from && names === 0) continue;
    // "ke pare", "dari gurah": a place with no title before it is not whom the work is from.
    if (honorificCount === 0 && parts.every((p) => places().has(p.toLowerCase()))) continue;
    // Words after the first name word may be the product instead: the caller decides.
    const firstName = parts.findIndex((p) => !p.split(' ').every((x) => set.honorifics.has(x.toLowerCase())));
    const head = firstName >= 0 ? parts.slice(0, firstName + 1) : parts;
    f.employer = parts.join(' ');
    // "bu yati ngirim sandal 2 kodi": the employer sending or giving is work received, not handed in.
    const sendAt = f.intents.findIndex((x) => x.kind === 'handin' && x.at > i && SEND.test(x.word));
    // ("terus bu umi njupuk keset 30": a word that joins the clause to the one before does not count.)
    const first = toks
      .slice(0, i)
      .every(
        (t, k) =>
          (used[k] || /^(terus|trus|trs|lalu|then|and|karo|sama|lan|nah)$/.test(t.w)) &&
          !f.intents.some((x) => x.at === k),
      );
    if (sendAt >= 0 && first) f.intents[sendAt] = { ...f.intents[sendAt]!, kind: 'order' };
    // "bos td dtg ambil tas 18", "bu yati mau njupuk keset 30": the employer taking goods collects her work.
    const collectAt = f.intents.findIndex((x) => x.kind === 'order' && x.at > i && COLLECT.test(x.word));
    if (collectAt >= 0 && first && !from && !f.rate && !f.rateWord && !f.money.length)
      f.intents[collectAt] = { ...f.intents[collectAt]!, kind: 'handin' };
    // "i give sandal to pak hadi", "kirim 20 tas ke bu ratna", "gave juragan 5 kodi": goods going to the employer
    // are handed in.
    const before = from ? w : (toks[i - 1]?.w ?? '');
    if (
      /^(to|ke|kepada|menyang|marang|dhateng|teng|dhumateng)$/.test(before) ||
      (!from && GIVE.test(before) && before !== 'setor')
    ) {
      f.intents = f.intents.map((x) => (x.kind === 'order' && GIVE.test(x.word) ? { ...x, kind: 'handin' } : x));
      if (!f.intents.length) {
        const g = toks.findIndex((t, k) => k < i && GIVE.test(t.w));
        if (g >= 0) {
          f.intents.push({ kind: 'handin', at: g, word: toks[g]!.w });
          used[g] = true;
        }
      }
    }
    f.nameTail = firstName >= 0 ? parts.slice(firstName + 1) : [];
    if (!head.length) f.nameTail = [];
    take(i, k - i);
    i = k - 1;
  }

  // "bu e mau rene njupuk keset selawe", "my boss came to collect 12 mukena": the boss taking goods collects her
  // work, unless she is the one who takes ("aku njupuk garapan").
  if (!f.rate && !f.rateWord && !f.money.length) {
    const at = toks.findIndex((t) => COLLECT.test(t.w));
    const head = toks.slice(0, Math.max(0, at)).map((t) => t.w);
    const boss = head.some((w, k) => BOSS.test(w) || (w === 'bu' && head[k + 1] === 'e'));
    if (at > 0 && boss && !head.some((w) => FIRST_PERSON.test(w) || /^(dari|dr|teko|soko|saking|from)$/.test(w))) {
      const had = f.intents.findIndex((x) => x.at === at || (x.kind === 'order' && COLLECT.test(x.word)));
      if (had >= 0) f.intents[had] = { ...f.intents[had]!, kind: 'handin' };
      else if (!f.intents.length) {
        f.intents.push({ kind: 'handin', at, word: toks[at]!.w });
        used[at] = true;
      }
    }
  }

  // 8. Materials and a written agreement, for an order: "bahan dari bu tini", "benang tuku dewe", "ora ono kontrak".
  for (let i = 0; i < end; i++) {
    const w = toks[i]!.w;
    if (MATERIAL.test(w) && !used[i] && !f.intents.some((x) => x.kind === 'cost' && Math.abs(x.at - i) > 3)) {
      const near = toks
        .slice(i + 1, i + 4)
        .map((x) => x.w)
        .join(' ');
      const back = toks
        .slice(Math.max(0, i - 3), i)
        .map((x) => x.w)
        .join(' ');
      if (OWN.test(near) || OWN.test(back)) f.materials = false;
      else if (GIVEN.test(near) || GIVEN.test(back)) f.materials = true;
      else continue;
      // "bahan beli sendiri": the buying says whose materials, it is not a cost of its own.
      // ("aku tuku benang dewe 30 ewu": with the sum she paid beside it, it is her cost too.)
      const paid = f.money.length > 0 && !f.rate && !f.intents.some((x) => x.kind !== 'cost');
      if (!paid) f.intents = f.intents.filter((x) => !(x.kind === 'cost' && Math.abs(x.at - i) <= 3));
      used[i] = true;
      for (let k = i + 1; k < Math.min(end, i + 4); k++)
        if (OWN.test(toks[k]!.w) || GIVEN.test(toks[k]!.w)) used[k] = true;
    }
    if (WRITTEN.test(w)) {
      const back = toks
        .slice(Math.max(0, i - 4), i)
        .map((x) => x.w)
        .join(' ');
      f.written = !/\b(ora|ra|gak|ga|nggak|tidak|tdk|tanpa|no|without|belum|durung|mboten|ndak|gada)\b/.test(back);
      for (let k = Math.max(0, i - 4); k <= Math.min(end - 1, i + 1); k++)
        if (
          !used[k] &&
          (k >= i ||
            /^(ada|ono|enten|wonten|ora|ra|gak|ga|nggak|tidak|tdk|tanpa|no|belum|durung|mboten|ndak|gada|there|is|a|an|yang|sing)$/.test(
              toks[k]!.w,
            ))
        )
          used[k] = true;
    }
  }

  // 9. Commands and what is left: the product or the thing bought.
  for (let i = 0; i < end; i++) {
    if (used[i]) continue;
    const t = toks[i]!;
    if (t.kind !== 'word') continue;
    // "upahnya belum tau", "ongkose durung dikandani": what follows the rate's "not yet" is about the rate.
    // ("upahnya blm dikasih tau": a word taken as another kind's, "dikasih", is of the same remark.)
    if (NOT.has(t.w) && i > 0 && set.rate.has(toks[i - 1]!.w)) {
      while (i + 1 < end && toks[i + 1]!.kind === 'word') i++;
      continue;
    }
    // "bu sri kandat": the kecamatan right after her name.
    if (places().has(t.w) && f.employer && f.employer.toLowerCase().split(' ').at(-1) === toks[i - 1]?.w) continue;
    // "bu sari dr gurah", "bu ratna ing kandat", "desa sumberagung": where someone lives, not the goods.
    const place = placeAt(toks, i);
    if (place) {
      i += place - 1;
      continue;
    }
    // "buat dibordir", "kanggo hajatan", "to sew", "to pack": what the work is for is not the product.
    if (/^(buat|untuk|utk|kanggo|gawe|to)$/.test(t.w) && f.leftovers.length) {
      while (i + 1 < end && !used[i + 1] && toks[i + 1]!.kind === 'word' && !lex.sets.from.has(toks[i + 1]!.w)) i++;
      continue;
    }
    if (clauseOrders && /^(lipat|melipat|ngelipat|glue|sew|pack|roll|embroider|stitch)$/.test(t.w)) continue;
    // "kupas bawang", "ngamplas mebel", "sulam taplak": the work done, before the goods.
    // ("ambil bordir kerudung": work taken is named with what is done to it, so the word stays in its name.)
    if (
      !f.leftovers.length &&
      ACTIVITY.test(t.w) &&
      toks[i + 1]?.kind === 'word' &&
      !used[i + 1] &&
      !TAKE_VERB.test(toks[i - 1]?.w ?? '')
    )
      continue;
    // "kursi 6 biji kon ngamplas": the work done, after the goods.
    if (f.leftovers.length && ACTIVITY.test(t.w) && clauseOrders) continue;
    if (set.commands.has(t.w) && f.intents.length === 0 && i === 0) f.command = t.w;
    if (set.filler.has(t.w) || set.from.has(t.w) || set.to.has(t.w) || set.per.has(t.w)) continue;
    // ("blm sempet", "durung": a word of denial names no goods.)
    if (NOT.has(t.w)) continue;
    if (set.rate.has(t.w) || set.due.has(t.w) || set.deduction.has(t.w) || set.hour.has(t.w)) continue;
    // "upah sm", "ongkose podo": the rate the same as before, not goods.
    if (/^(sm|sama|podo|padha|pada|tetep|tetap|ttp|same)$/.test(t.w) && set.rate.has(toks[i - 1]?.w ?? '')) continue;
    if (lex.timeOfDay.has(t.w) || set.yes.has(t.w) || set.smallTalk.has(t.w) || set.less.has(t.w)) continue;
    // ("bar subuh", "habis dzuhur": after a prayer or a time of day, when she did it; not the goods.)
    const next = toks[i + 1]?.w ?? '';
    if (SPAN_FROM.test(t.w) && (lex.timeOfDay.has(next) || PRAYER[next] !== undefined)) {
      i++;
      continue;
    }
    if (PRAYER[t.w] !== undefined && !f.leftovers.length) continue;
    // "mbak aku ...", "min, ...": calling the one she writes to, not the goods.
    if (/^(min|mimin|admin|mbak|mba|mbk|kak|sis|say|dik|nduk|bot)$/.test(t.w)) continue;
    f.leftovers.push(t.raw);
  }
  // "td bayar ojek ambil bahan 15 rebu", "mbayar listrik 50rb": paying for a cost of hers is that cost, and
  // what the trip was for ("ambil bahan") is no order.
  const paidAt = toks.findIndex(
    (t, k) => /^(bayar|bayarin|mbayar|byr|bayare|pay|paid)$/.test(t.w) && COST_PAID.has(toks[k + 1]?.w ?? ''),
  );
  // "ojek to Pare to deliver the work, 15k", "td bensin nganter garapan 20rb": a trip named first, with its money.
  const leadAt = toks.findIndex(
    (t) => !lex.days.has(t.w) && !set.filler.has(t.w) && !/^(td|tadi|mau|wau|trus|terus|and|then)$/.test(t.w),
  );
  const tripFirst = leadAt >= 0 && COST_PAID.has(toks[leadAt]!.w) && f.money.length > 0;
  if (
    (paidAt >= 0 || tripFirst) &&
    !f.qty.length &&
    f.intents.every((x) => x.kind !== 'payment' && x.kind !== 'kasbon')
  ) {
    const at = paidAt >= 0 ? paidAt : leadAt;
    f.intents = [{ kind: 'cost', at, word: toks[at]!.w }];
    if (f.employer && !/^(bu|pak|mbak|mas|juragan|bos)\b/.test(f.employer)) f.employer = undefined;
  }
  // "trus ngasih gelang mote lagi 6 lusin upahnya 12rb per lusin": goods given with their rate are work
  // received (a hand-in has no rate of its own).
  if (
    f.rate &&
    f.qty.length &&
    f.intents.length &&
    f.intents.every((x) => x.kind === 'handin' && SEND.test(x.word)) &&
    !toks.some((t) => /^(ke|kepada|to|nang|menyang|marang)$/.test(t.w))
  )
    f.intents = f.intents.map((x) => ({ ...x, kind: 'order' }));
  // "bu endang setor uang ke aku 120rb", "nyetor duit nang aku": money handed to her is her pay.
  if (
    f.money.length &&
    !f.qty.length &&
    f.intents.length &&
    f.intents.every((x) => x.kind === 'handin') &&
    toks.some(
      (t, k) =>
        /^(uang|duit|dhuwit|duwit|arta|money|cash)$/.test(t.w) ||
        (/^(ke|nang|neng|marang|menyang|to)$/.test(t.w) && FIRST_PERSON.test(toks[k + 1]?.w ?? '')),
    )
  )
    f.intents = f.intents.map((x) => ({ ...x, kind: 'payment' }));
  // "bulu mata sing 5 pasang dibalekno wingi wis tak dandani tak setor maneh": the pieces sent back, mended and
  // handed in again (not rejects of this hand-in).
  if (
    f.rejected !== undefined &&
    f.rejected > 0 &&
    !f.qty.length &&
    f.intents.some((x) => x.kind === 'handin') &&
    toks.some((t) =>
      /^(benerin|dibenerin|dibetulin|betulin|diperbaiki|dibenakke|dibenakne|didandani|dandani|ndandani|mended|fixed|repaired|reworked)$/.test(
        t.w,
      ),
    )
  ) {
    f.qty = [{ count: f.rejected, unit: 'pcs', pieces: f.rejected, at: 0 }];
    f.rejected = undefined;
  }
  // "opahe 10rb telung pasang": the rate for that many, said without "per".
  if (
    f.rateWord &&
    !f.rate &&
    f.money.length === 1 &&
    f.qty.length === 1 &&
    f.money[0]!.explicit &&
    f.qty[0]!.at > f.money[0]!.at &&
    f.qty[0]!.at - f.money[0]!.at <= 3
  ) {
    const q = f.qty[0]!;
    f.rate = { amount: f.money[0]!.amount, count: q.count, per: q.unit, explicit: true };
    f.money = [];
    f.qty = [];
  }
  // "rebo 11 prei", "selasa libur 17an": a day off, its date said with it; no hours.
  if (
    toks.some(
      (t, k) =>
        // ("wong prei sekolah": the child's school is off, not her work.)
        (/^(prei|libur|liburan|preine)$/.test(t.w) &&
          !/^(sekolah|sekolahe|sekolahan|school|pondok|ngaji)$/.test(toks[k + 1]?.w ?? '') &&
          !/^(sekolah|sekolahe|school|pondok)$/.test(toks[k - 1]?.w ?? '')) ||
        (t.w === 'off' && (toks[k - 1]?.w === 'day' || toks[k + 1]?.w === 'day')),
    ) &&
    !toks.some((t) => /^(jam|jm|hours?|hrs?)$/.test(t.w)) &&
    !f.money.length &&
    !f.deduction &&
    !f.qty.length
  ) {
    f.intents = [];
    f.counts = [];
    f.minutes = undefined;
    f.negated = true;
  }
  // "pak hadi ngasih 250rb", "bu umi dikei 100 ewu": money given with no goods is pay, not work given.
  if (
    f.money.some((m) => m.explicit) &&
    !f.qty.length &&
    !f.rate &&
    // ("ngeteri opah 160 ewu": the wage is what was brought.)
    (!f.rateWord ||
      /\b(ngeteri|diteri|ngeterke|ngasih|dikasih|ngekei|dikei|menehi|diwenehi|nggawakke|brought)\s+(opah\w*|upah\w*|bayaran\w*|gaji\w*)\b/.test(
        toks.map((t) => t.w).join(' '),
      )) &&
    f.intents.length &&
    f.intents.every(
      (x) =>
        x.kind === 'order' &&
        /^(ngasih|kasih|ngasi|dikasih|dikasi|ngekei|dikei|ngeki|ngei|dikeki|menehi|diwenehi|memberi|diberi|gave|given|ngeteri|diteri|ngeterke|nggawakke|brought)$/.test(
          x.word,
        ),
    ) &&
    !f.leftovers.some((w) => isGoods(w.toLowerCase()))
  )
    f.intents = f.intents.map((x) => ({ ...x, kind: 'payment' }));
  // "yg 3 biji dibalikin suruh ngelem ulang": work she is told to do again is no hours.
  f.intents = f.intents.filter(
    (x) =>
      !(
        x.kind === 'hours' &&
        /^(suruh|disuruh|disuru|nyuruh|kon|dikon|dikongkon|dikengken|told|asked)$/.test(toks[x.at - 1]?.w ?? '')
      ),
  );
  // "garapane durung rampung", "kerjaan belum selesai": the work named, then denied, is no new order.
  if (
    !f.qty.length &&
    !f.money.length &&
    f.intents.length &&
    f.intents.every(
      (x) =>
        x.kind === 'order' &&
        /^(garapan|garapane|garapanku|gawean|gaweyan|kerjaan|kerjaanku|pekerjaan|orderan|job|work)$/.test(x.word) &&
        toks.slice(x.at + 1, x.at + 3).some((t) => NOT.has(t.w)),
    )
  ) {
    f.intents = [];
    f.negated = true;
  }
  // "aku njupuk duwit disek nang bu endang satus ewu", "ambil uang 100rb dr bu yati": money taken from the
  // employer, not work, is an advance.
  if (
    f.money.length &&
    !f.qty.length &&
    f.intents.length &&
    f.intents.every(
      (x) => x.kind === 'order' && /^(ambil|ngambil|mengambil|njupuk|jupuk|mundhut|took|take)$/.test(x.word),
    ) &&
    f.intents.some((x) => /^(uang|duit|dhuwit|duwit|arta|yatra|money|cash)$/.test(toks[x.at + 1]?.w ?? ''))
  )
    f.intents = f.intents.map((x) => ({ ...x, kind: 'kasbon' }));
  // "padahal awalnya 1.500", "biyene 2 ewu": what a figure was before, said beside what it is now; no entry.
  if (
    !f.intents.length &&
    toks.some((t) => /^(awalnya|tadinya|asalnya|semula|mulanya|biyen|biyene|mbiyen|originally)$/.test(t.w))
  ) {
    f.money = [];
    f.counts = [];
    f.rate = undefined;
    f.rateWord = false;
    f.negated = true;
  }
  // "..., pak haji slamet durung": a name and "not yet", the entry before it left unsaid, denies it for her.
  if (
    f.employer &&
    !f.intents.length &&
    !f.money.length &&
    !f.qty.length &&
    !f.counts.length &&
    f.minutes === undefined &&
    /(?:^|\s)(?:durung|dereng|urung|belum|blm|blum|belom|blom|not yet|hasn'?t|has not)$/.test(
      toks
        .map((t) => t.w)
        .join(' ')
        .replace(/\s+(?:ya|yo|lo|loh|sih|kok|og|ik|i)$/, ''),
    )
  )
    f.negated = true;
  netAfterDeduction(toks, f);
  correctedInPlace(toks, f);
  return f;
}

/** Words that take back what was just said: "5 kodi eh salah 6 kodi", "80 sorry 90", "200rb, maksudnya 250rb". */
const TAKE_BACK = /^(eh|salah|ralat|maksudnya|maksude|maksudku|maksud|ding|sorry|sori|mean|oops|koreksi)$/;

/** Of two figures of one kind with a take-back word between them, the later is what she meant. */
function correctedInPlace(toks: Token[], f: ClauseFacts): void {
  const backs = toks.map((t, i) => (TAKE_BACK.test(t.w) ? i : -1)).filter((i) => i >= 0);
  if (!backs.length) return;
  const between = (a: { at: number }, b: { at: number }) => backs.some((k) => k > a.at && k < b.at);
  for (const list of [f.qty, f.money, f.counts] as { at: number }[][]) {
    for (let i = list.length - 1; i > 0; i--) {
      if (between(list[i - 1]!, list[i]!)) list.splice(i - 1, 1);
    }
  }
}

const DURATION =
  /^(minggu|mingguan|pekan|hari|hr|dino|dina|bulan|bln|wulan|sasi|tahun|thn|taun|weeks?|days?|months?|years?)$/;

/** Words before the cash she took home: "jadi terima 150rb", "dadi nompo satus ewu", "so I got 110k", "jd terimanya". */
const NET =
  /^(jadi|jd|jdi|dadi|dados|jadinya|jdnya|terima|trima|terimanya|trimanya|diterimanya|nerimanya|tompone|nompone|ditompone|tampane|nerima|diterima|nompo|tompo|ditompo|ketampa|ketompo|ketrima|keterima|katampi|nampa|nampani|tampa|nampi|tampi|trimo|nrimo|bersih|got|received|so|net|sisa|sisane|sisanya)$/;
/** Words between those and the sum ("jd yg tak terima 350rb", "dadi sing tak tompo"). */
const NET_FILLER =
  /^(yg|yang|sing|seng|tak|sy|saya|aku|kula|kulo|i|di|uang|duit|e|cuma|cuman|mung|namung|hanya|only|just|rp|idr|me|in|hand|resik|bersih|bersihnya|resike|net|nett|home)$/;

/**
 * Pay with a deduction and the cash after it ("dibayar 200rb dipotong 20rb jd
 * terima 180rb"): the amount of the payment is what she received, the last sum
 * said after such words, not the gross (see src/diary/ledger.ts).
 */
function netAfterDeduction(toks: Token[], f: ClauseFacts): void {
  const after = (m: { at: number }) => {
    for (let b = m.at - 1, k = 0; b >= 0 && k < 4; b--, k++) {
      if (NET.test(toks[b]!.w)) return true;
      if (!NET_FILLER.test(toks[b]!.w)) return false;
    }
    return false;
  };
  // "dadi nompo 150": a bare number after such words is a sum too (not "wis dadi separo", half of it done).
  if (!f.money.length && f.counts.length === 1 && f.counts[0]!.n >= 1 && !f.qty.length && after(f.counts[0]!)) {
    f.money = [{ amount: f.counts[0]!.n, explicit: false, at: f.counts[0]!.at }];
    f.counts = [];
  }
  if (!f.deduction && f.money.length === 1 && after(f.money[0]!)) f.netSaid = true;
  // "dipotong kasbon 100rb jd yg sy trima 250rb": the deduction and the cash, said together.
  if (f.deduction && f.money.length === 1 && after(f.money[0]!)) f.netSaid = true;
  if (!f.deduction || f.money.length < 2) return;
  const net = [...f.money].reverse().find(after);
  if (net) f.netSaid = true;
  if (!net || net === f.money[0]) return;
  f.money = [net, ...f.money.filter((m) => m !== net)];
}

const PERSON =
  /^(ibuk|mbokku|mbakku|masku|kangmas|lare|larene|anak|anakku|ank|ank2|anak2|putu|putuku|cucu|cucuku|ponakan|keponakan|adik|adikku|adk|adek|adekku|ade|putra|putraku|putrane|putri|putriku|putrine|kakak|mbakyu|ipar|iparku|bojo|bojoku|suami|suamiku|garwo|garwa|semah|bapak|bapake|ibu|ibuku|emak|mbok|simbok|mbokne|emakku|bapakku|mbah|mbahe|simbah|mertua|maratuwa|tetangga|tonggo|tanggane|husband|wife|mother|mom|sister|sisters|brother|brothers|daughter|daughters|son|sons|kid|kids|child|children|neighbour|neighbor|grandchild|niece|nephew|le|nduk|helper|helpers|grandma|grandmother|grandpa|grandfather|granny|nenek|kakek|mbah)$/;
const CHILDISH =
  /^(anak|anakku|ank|ank2|anak2|putu|putuku|cucu|cucuku|ponakan|keponakan|adik|adikku|adek|adekku|putra|putraku|putrane|putri|putriku|putrine|daughter|daughters|son|sons|kid|kids|child|children|grandchild|grandchildren|le|nduk|lare|larene|yoga)$/;
/** Her own children: "anakku", "anak2", "putriku", "my son", "the kids", "thole", "genduk". */
const OWN_CHILD =
  /^(anak|anakku|ank|ank2|anak2|anak2ku|anake|putra|putraku|putrane|putri|putriku|putrine|daughter|daughters|son|sons|kid|kids|child|children|le|nduk|thole|genduk|lare|larene)$/;
/** Helpers who are grown-ups: when only they helped, no child did. */
const GROWN =
  /^(suami|suamiku|bojo|bojoku|garwo|garwa|semah|husband|wife|bapak|bapake|ibu|ibuku|ibuk|emak|mbok|mbokku|simbok|mbah|mbahe|simbah|mertua|maratuwa|mother|mom|tetangga|tonggo|tanggane|neighbour|neighbor|grandma|grandmother|grandpa|grandfather|granny|nenek|kakek|mbakyu|mbakyuku|mbakku|kakakku|kakak|masku|kangmas|ipar|iparku|bulik|bulikku|paklik|budhe|bude|pakde|pakdhe|tante|om)$/;
const HELP_CUE =
  /^(sm|ama|dibantu|dibntu|dbantu|dbntu|bntu|bantuin|biyantu|dibiyantu|dipunbiyantu|biantu|dibiantu|dipunbantu|dibantuin|bantu|bantuin|membantu|mbantu|ngrewangi|direwangi|ngewangi|diewangi|rewang|ditemani|ditemenin|melu|ikut|ikutan|helped|helping|help|helps|joined|karo|kaliyan|kalih|sareng|bareng|brg|sama|with|w)$/;
/** A person word with a possessive or a Javanese ending ("tonggoku", "adikmu", "anake"). */
export const personWord = (w: string) => PERSON.test(w) || PERSON.test(w.replace(/(ku|mu|nya|ne|e)$/, ''));
/** Helpers who are not clearly grown-ups or children; their age decides ("my little brother, he is 9"). */
const SIBLING = /^(adik|adk|adek|ade|sister|brother|ponakan|keponakan|niece|nephew)/;

/** Who helped: a count of family members and whether a child under 15 was among them. */
function readHelp(toks: Token[], used: boolean[], f: ClauseFacts): void {
  // "anak-anakku", "anak-anak": a word said twice is many of them; the number said with it counts them.
  const ws = toks.map((t) =>
    t.w.replace(/^([a-z]+)-\1(ku|mu|e|ne|nya)?$/, (_a, w: string, end?: string) => (end ? `${w}${end}` : `${w}2`)),
  );
  if (!ws.some((w) => HELP_CUE.test(w))) return;
  const people = new Set<string>();
  let count: number | null = null;
  let child: boolean | undefined;
  let grownCounted = false;
  let mark: number[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!personWord(w)) continue;
    // "adek ipar", "kakak iparku": one in-law, not two people.
    if (/^ipar(ku|e|ne|nya)?$/.test(w) && i > 0 && personWord(ws[i - 1]!)) {
      used[i] = true;
      continue;
    }
    // "anak2 nggak ikut", "no kids", "tanpa anak": not among the helpers (and, for children, none helped).
    const neg = /^(ga|gak|nggak|ngga|enggak|tidak|tdk|ora|ra|gk|no|not|tanpa|without|mboten|dudu|bukan)$/;
    if (neg.test(ws[i - 1] ?? '') || ws.slice(i + 1, i + 3).some((x) => neg.test(x))) {
      if (CHILDISH.test(w)) child ??= false;
      used[i] = true;
      continue;
    }
    people.add(w.replace(/ku$|mu$|e$|2$/, ''));
    mark.push(i);
    // "anak loro", "anak 2", "2 anak", "2 kids"
    // "anak wedok loro", "anak lanang 2": a word for boy or girl between the person and the number.
    // ("anak kula kaleh": "my", in krama after the person.)
    const gender = /^(wedok|wadon|lanang|perempuan|laki|laki2|cewek|cowok|putri|putra|kula|kulo|saya|aku)$/.test(
      ws[i + 1] ?? '',
    )
      ? 1
      : 0;
    const after = i + 1 + gender < ws.length && !used[i + 1 + gender] ? readNumber(ws[i + 1 + gender]!) : null;
    const before = i > 0 && !used[i - 1] ? readNumber(ws[i - 1]!) : null;
    // ("anakku loro-lorone", "both my kids": the two of them.)
    const both = /^(lorone|loro2ne|kalihipun|dua2nya|duanya|keduanya|both)$/.test(ws[i + 1 + gender] ?? '')
      ? 2
      : undefined;
    const n = after?.value ?? before?.value ?? both;
    // ("anak 10 tahun": an age; "anakku loro umur 8 karo 11": two of them, then their ages.)
    const age = /^(thn|th|tahun|taun|years?|yo)$/.test(ws[after ? i + 2 : i] ?? '');
    if (n !== undefined && Number.isInteger(n) && n > 0 && n <= 10 && !age && !/^(jam|hours?)$/.test(ws[i + 2] ?? '')) {
      count = Math.max(count ?? 0, n);
      mark.push(after ? i + 1 : i - 1);
      // "tetangga 2 org", "tonggoku 2 wong": the word for people after the number is no product.
      if (after && /^(wong|orang|org|people|persons?)$/.test(ws[i + 2 + gender] ?? '')) mark.push(i + 2 + gender);
      // "tetangga 2 org": the number counts grown-ups.
      if (GROWN.test(w) || GROWN.test(w.replace(/(ku|mu|nya|ne|e)$/, ''))) grownCounted = true;
    }
    if (CHILDISH.test(w) || SIBLING.test(w)) {
      // (An opening bracket stays: "my son (16)" is his age.)
      const near = ws
        .slice(i + 1, i + 10)
        .filter((x) => /[a-z0-9(]/.test(x))
        .join(' ');
      // "he is 9", "she's 12", "my son who is 16", "umure 10"
      const said = /\b(?:he|she|who|that)(?: is|s| s|'s|’s)? (\d{1,2})\b/.exec(near);
      if (said) child = (child ?? false) || Number(said[1]) < 15;
      if (/^(little|small|younger|baby)$/.test(ws[i - 1] ?? '')) child = true;
      // ("my older sister", "adik ipar", "kakak"): older than she is, a grown-up.
      if (/^(older|elder|big|ipar)$/.test(ws[i - 1] ?? '') || ws[i + 1] === 'ipar') child ??= false;
      const age =
        /(umurnya|usianya|umur|usia|umure|thn|tahun|taun|years?|yo|\()\s*(\d{1,2})|(\d{1,2})\s*(thn|tahun|taun|th|years?|yrs|yo)\b/.exec(
          near,
        );
      // "umur sewelas taun", "umure rolas": an age in words.
      const worded = age ? null : /\b(?:umur|umure|usia|usiane|umurnya|usianya)\s+([a-z]+(?:\s[a-z]+)?)/.exec(near);
      const wordAge = worded
        ? (readNumber(worded[1]!)?.value ?? readNumber(worded[1]!.split(' ')[0]!)?.value)
        : undefined;
      const n2 = age ? Number(age[2] ?? age[3]) : (wordAge ?? null);
      if (n2 !== null && n2 > 0) child = (child ?? false) || n2 < 15;
      if (/\b(cilik|kecil|sd|smp|small|little|young|kelas|klas|kls|paud|tk)\b/.test(near)) child = true;
      // "ponakan (wes gede)", "adikku wis dewasa", "my nephew, he's grown": a grown-up.
      // ("adikku yg kerja di surabaya, udh mudik", "my sister came home for mudik": she lives and works away.)
      else if (
        /\b(gede|gedhe|besar|dewasa|grown|adult|sma|smk|kuliah|nikah|rabi|kerja|nyambut gawe|merantau|rantau|mudik|works|working|married|came home|home for)\b/.test(
          near,
        )
      )
        child ??= false;
    }
  }
  // "me and my brother helped her" (a daughter writing for her mother): the writer helped too.
  if (
    people.size &&
    /\b(me|i) (and|with)\b/.test(ws.join(' ')) &&
    /\bhelped (her|mom|mum|my mother|my mom)\b/.test(ws.join(' '))
  )
    people.add('me');
  // "ibu bungkus krupuk 6 jam, dibantu saya sama adik" (a daughter writing for her mother): the writer helped too.
  if (/\b(dibantu|dibantuin|diewangi|direwangi|ditemani|ditemenin)\s+(saya|aku|sy|aq|kulo|kula)\b/.test(ws.join(' ')))
    people.add('me');
  // "dibantu anakku", "my daughter helped": her own child, said with no age, is taken as a child (shown on the
  // check screen, where she can say otherwise); a niece, a sibling or a grandchild stays not said.
  // ("anakku lanang sing wes kerjo", "anak sulung yg udah kerja di pabrik": a child grown up and working; the
  // eldest alone, "anak saya yg sulung", may be a child.)
  const grownChild =
    /\b(?:sing|yg|yang)?\s*(?:wes|wis|uwis|udah|udh|sudah|sdh|sampun)\s+(?:kerjo|kerja|bekerja|nyambut gawe|rabi|nikah|menikah|kuliah|gede|dewasa)\b|\b(?:who|that)\s+(?:works|is working|is married|is grown)\b/.test(
      ws.join(' '),
    );
  if (child === undefined && grownChild && mark.every((k) => OWN_CHILD.test(ws[k]!) || GROWN.test(ws[k]!)))
    child = false;
  if (child === undefined && mark.some((k) => OWN_CHILD.test(ws[k]!))) child = true;
  // "wong gede kabeh", "all grown-ups": no child among them.
  if (/\b(wong gede|wong tuwo|wong tua|orang tua|dewasa|gede kabeh|grown|adults?)\b/.test(ws.join(' '))) child = false;
  if (!people.size && count === null) return;
  // "anakku umur 14 karo sing umur 16", "anak2 yg smp sm yg sd": as many helpers as ages or school years said.
  const told = ws.join(' ');
  // ("umur 9 sama 12", "umur 8 karo 11": two ages after one word.)
  const ages = (
    told.match(/\b(?:umur|umure|usia|usiane|age|aged)\s+\d+(?:\s*(?:,|sama|sm|karo|kalih|dan|lan|and|&)\s*\d+)*/g) ?? []
  )
    .map((a) => a.match(/\d+/g)?.length ?? 0)
    .reduce((n, k) => n + k, 0);
  // ("sing SD karo SMP": the second school year joined to the first.)
  const years = /\b(?:yg|yang|sing|ingkang)\s+(?:sd|smp|sma|smk|tk|paud|mi|mts)\b/.test(told)
    ? (told.match(/\b(?:yg|yang|sing|ingkang|karo|sama|sm|lan|dan|and)\s+(?:sd|smp|sma|smk|tk|paud|mi|mts)\b/g)
        ?.length ?? 0)
    : 0;
  if (count === null && Math.max(ages, years) > people.size) count = Math.max(ages, years);
  // Only grown-ups, each of them named ("dibantu suami", "my mother and sister" is not all named as grown): no child.
  if (
    child === undefined &&
    people.size &&
    (count === null || count === people.size || grownCounted) &&
    [...people].every((p) => GROWN.test(p) || GROWN.test(`${p}ku`))
  )
    child = false;
  // "anakku sing umur 13": the age is no figure of the entry.
  f.counts = f.counts.filter(
    (c) =>
      !/^(umur|umure|umurnya|usia|usiane|usianya|age|aged)$/.test(ws[c.at - 1] ?? '') &&
      !/^(thn|tahun|taun|th|years?|yo)$/.test(ws[c.at + 1] ?? ''),
  );
  // "karo"/"sama"/"with" alone are help only before a person ("karo anakku"); a number of people counts as said.
  f.helpers = Math.max(f.helpers ?? 0, count ?? people.size);
  if (child !== undefined) f.child = child;
  f.helperClause = true;
  for (let i = 0; i < ws.length; i++) {
    if (
      HELP_CUE.test(ws[i]!) ||
      mark.includes(i) ||
      /^(sing|yg|yang|masih|isih|cilik|kecil|umur|usia|thn|tahun|helped|helping|my|his|her|and|dan|karo)$/.test(
        ws[i]!,
      ) ||
      // ("anak sy kls 4 sd", "sing SMP": the school year tells her age, it is no goods.)
      (/^(sd|smp|sma|smk|tk|paud|mi|mts|kelas|klas|kls)$/.test(ws[i]!) && helperSchool(ws, i))
    )
      used[i] = true;
  }
  mark = [];
}

/** A school word said of a helper: a person or "kelas" a few words before it. */
function helperSchool(ws: string[], i: number): boolean {
  return ws.slice(Math.max(0, i - 4), i).some((w) => personWord(w) || /^(kelas|klas|kls|sing|yg|yang)$/.test(w));
}

/** After an honorific: a short word the lexicon knows only as a yes/no or small talk ("pak no", "bu ida"). */
function looseName(lex: Lexicon, w: string): boolean {
  if (!/^[a-z][a-z'.-]*$/.test(w)) return false;
  if (lex.intents.has(w) || lex.units.has(w) || lex.days.has(w) || lex.weekdays.has(w) || isNumberWord(lex, w))
    return false;
  return !(
    lex.sets.filler.has(w) ||
    lex.sets.rate.has(w) ||
    lex.sets.per.has(w) ||
    lex.sets.from.has(w) ||
    lex.sets.due.has(w) ||
    // ("ibu mulai besok mbatil rokok": a verb after "ibu", not her name.)
    lex.sets.commands.has(w) ||
    /^(mau|mo|arep|lagi|lg|sedang|masih|isih|belum|blm|durung|sudah|sdh|udah|wis|baru|ingkang|kang|menika|niku|punika)$/.test(
      w,
    )
  );
}

/** A name word: letters, not a word the lexicon knows as something else. */
export function nameWord(lex: Lexicon, w: string): boolean {
  const s = lex.sets;
  if (!/^[a-z][a-z'.-]*$/.test(w)) return false;
  if (lex.intents.has(w) || lex.units.has(w) || lex.days.has(w) || lex.weekdays.has(w)) return false;
  if (isNumberWord(lex, w) || lex.timeOfDay.has(w)) return false;
  for (const k of [
    'filler',
    'rate',
    'per',
    'reject',
    'deduction',
    'debt',
    'helped',
    'alone',
    'from',
    'to',
    'due',
    'hour',
    'minute',
    'less',
    'commands',
    'night',
    'yes',
    'no',
    'smallTalk',
  ] as const) {
    if (s[k].has(w)) return false;
  }
  return !/^(rp|idr|perak|rupiah|upah|orang|org|anak|wong|kemarin|hari|tgl|jam|harus|hrs|musti|mesti|kudu|brought|gave|sent|paid|took|said|bilang|minta|nyuruh|suruh|ngei|ngeki|menehi|maringi|pengepul|pengepule|pengepulnya|majikan|pengusaha|langganan|pelanggan|pisan|uga|juga|jg|maneh|meneh)$/.test(
    w,
  );
}

/** A word for a debt, with a possessive ending too ("utangku", "bonku", "kasbonku", "utangmu"). */
function isDebt(set: Lexicon['sets'], w: string): boolean {
  return set.debt.has(w) || (/(ku|mu|nya)$/.test(w) && set.debt.has(w.replace(/(ku|mu|nya)$/, '')));
}

const REST = /^(leren|lerem|istirahat|istirahate|istirahatnya|ngaso|rehat|break|rest|libur|mandek|berhenti|leyeh)$/;

/** Words between an amount and the count of units it is for ("10rb oleh 3 pasang"). */
const FOR_COUNT = /^(oleh|olih|entuk|dapat|dapet|dpt|for)$/;

/** "/pasang", "per pasang", "sekodi", "per seribu batang", "per 3 pasang", "each", "a piece", "tiap kodi". */
function unitAfterPer(
  lex: Lexicon,
  toks: Token[],
  k: number,
): { unit: UnitCode | null; count: number; n: number; marked: boolean; each?: boolean } | null {
  const t = toks[k];
  if (!t) return null;
  const se = unitAt(lex, toks, k);
  if (se?.one) return { unit: se.unit, count: 1, n: 1, marked: true };
  // "10rb oleh 3 pasang", "10k for 3 pairs": an amount for a count of units.
  if (FOR_COUNT.test(t.w) && toks[k + 1]) {
    const num = numberAt(lex, toks, k + 1, Math.min(toks.length, k + 6));
    const u2 = num && !num.money?.explicit && Number.isInteger(num.value) ? unitAt(lex, toks, k + 1 + num.n) : null;
    if (num && u2 && !u2.one) return { unit: u2.unit, count: num.value, n: 1 + num.n + u2.n, marked: true };
  }
  if (!lex.sets.per.has(t.w)) return null;
  // "each" / "sebiji" alone: per piece.
  const u = unitAt(lex, toks, k + 1);
  if (u) return { unit: u.unit, count: 1, n: 1 + u.n, marked: true };
  const end = Math.min(toks.length, k + 6);
  const num = toks[k + 1] ? numberAt(lex, toks, k + 1, end) : null;
  if (num && !num.money?.explicit) {
    const u2 = unitAt(lex, toks, k + 1 + num.n);
    if (u2) return { unit: u2.unit, count: num.value, n: 1 + num.n + u2.n, marked: true };
  }
  if (num?.money?.explicit && num.value >= 1000) {
    // "per seribu batang" is read as money by parseMoney; a unit after it makes it a count.
    const u2 = unitAt(lex, toks, k + 1 + num.n);
    if (u2) return { unit: u2.unit, count: num.value, n: 1 + num.n + u2.n, marked: true };
  }
  if (/^(sebiji|satunya|perbiji|sijine|sijinipun|setunggale|setunggalipun|apiece|each)$/.test(t.w))
    return { unit: 'pcs', count: 1, n: 1, marked: true };
  // "700 each": one of whatever the order is counted in.
  if (t.w === 'each') return { unit: null, count: 1, n: 1, marked: true, each: true };
  // "7rb sak tas", "250 per sapu": per one of the goods.
  const w = toks[k + 1];
  if (
    w &&
    w.kind === 'word' &&
    nameWord(lex, w.w) &&
    !/^(hari|hr|minggu|bulan|jam|orang|day|week|month|hour)$/.test(w.w)
  )
    return { unit: 'pcs', count: 1, n: 2, marked: true };
  // "14 ewu per sewu", "14k per thousand", "per 1000": a count with the unit of the order.
  const scaleAlone = toks[k + 1] && lex.scales.get(toks[k + 1]!.w);
  if (scaleAlone && scaleAlone >= 1000 && !lex.units.has(toks[k + 2]?.w ?? ''))
    return { unit: null, count: scaleAlone, n: 2, marked: true };
  if (num && num.value >= 2 && Number.isInteger(num.value))
    return { unit: null, count: num.value, n: 1 + num.n, marked: true };
  return null;
}

const HALF_DAY =
  /^(setengah hari|stengah hari|setengah hr|stgh hari|sak tengah dino|setengah dino|separo dino|separuh hari|half a day|half day)\b/;
const FULL_DAY =
  /^(seharian penuh|seharian|sehari penuh|sehari suntuk|sedino muput|sedina muput|sedino natas|sedinten muput|sedinten|all day long|all day|the whole day|whole day|full day)\b/;
/** Words before the start of a span: "dari", "bar subuh" (after dawn prayer), "habis isya". */
const SPAN_FROM =
  /^(dari|dr|teko|tekan|soko|seko|saking|from|mulai|start|wiwit|wiwitan|bar|bubar|habis|abis|hbs|sehabis|sesudah|setelah|after|mari)$/;
/** Words of the night and of the morning, which put bare clock times in their half of the day. */
const NIGHT = /^(malam|malem|mlm|mlem|bengi|wengi|dalu|night|nite|tonight|tonite|lembur|begadang|bergadang|melek)$/;
const MORNING = /^(pagi|pgi|esuk|isuk|enjing|morning|subuh|shubuh|siang|awan|sore|afternoon)$/;
/** Prayer times, used as clock times ("bar subuh sampe dzuhur"): when they fall in Kediri, rounded. */
const PRAYER: Record<string, number> = {
  subuh: 5,
  shubuh: 5,
  subuhan: 5,
  dzuhur: 12,
  zuhur: 12,
  duhur: 12,
  dhuhur: 12,
  luhur: 12,
  lohor: 12,
  zhuhur: 12,
  ashar: 15,
  asar: 15,
  ngashar: 15,
  maghrib: 18,
  magrib: 18,
  mahrib: 18,
  isya: 19,
  tarawih: 20,
  taraweh: 20,
  trawih: 20,
  teraweh: 20,
  tarawehan: 20,
  isyak: 19,
  isak: 19,
  isa: 19,
};

/** "jam 8 sampai jam 12", "jam 7 malem sampe jam 11", "dari jam 8-12", "teko isuk sampe jam 2 awan", "8am-2pm". */
function rangeAt(
  c: Ctx,
  toks: Token[],
  i: number,
  used: boolean[],
): { minutes: number; n: number; approx: boolean; from: number } | null {
  const { lex } = c;
  const set = lex.sets;
  let k = i;
  // "dr habis isya": two such words.
  if (SPAN_FROM.test(toks[k]?.w ?? '')) k++;
  if (SPAN_FROM.test(toks[k]?.w ?? '')) k++;
  const a = clockAt(c, toks, k);
  if (!a) return null;
  k += a.n;
  if (!toks[k] || !set.until.has(toks[k]!.w)) return null;
  k++;
  const b = clockAt(c, toks, k, a);
  if (!b || b.vague) return null;
  k += b.n;
  // ("td malem" inside the span is the day read already, and the half of the day of its start too.)
  const dayWord = (x: number) =>
    lex.timeOfDay.has(toks[x]!.w) ||
    (/^(tadi|td|tdi|mau|wau)$/.test(toks[x]!.w) && lex.timeOfDay.has(toks[x + 1]?.w ?? ''));
  for (let x = i; x < k; x++) if (used[x] && !dayWord(x)) return null;
  let start = a.hour;
  let stop = b.hour;
  // "mlm ini lembur dr jam 8 sampe jam 12", "tonight from 8 to 11": said of the night, both are evening hours.
  if (
    !a.pmKnown &&
    !b.pmKnown &&
    start >= 5 &&
    start < 12 &&
    toks.some((t) => NIGHT.test(t.w)) &&
    !toks.some((t) => MORNING.test(t.w))
  ) {
    start += 12;
    if (stop <= 12) stop += 12;
    if (stop < start) stop += 12;
  }
  // "jam 7 malem sampe jam 11": the end follows the start's half of the day.
  if (stop <= start && !b.pmKnown) stop += 12;
  // "jam 9 malem sampe jam 1": past midnight, into the next day.
  if (stop <= start && !b.pmKnown && stop + 12 - start <= 16) stop += 12;
  if (stop <= start && b.pmKnown && stop + 24 - start <= 16) stop += 24;
  // "jam 1 sampe jam 5 sore", "from 8 to 11 at night": the start is in the end's half of the day
  // when that makes the shorter span; "jam 8 sampai jam 2 siang" stays 8 in the morning.
  let from = start;
  if (!a.pmKnown && b.pmKnown && stop >= 12 && a.hourRaw < 12 && a.hourRaw + 12 < stop) from = start + 12;
  if (stop <= from) return null;
  const minutes = Math.round((stop - from) * 60);
  if (minutes <= 0 || minutes > 24 * 60) return null;
  return { minutes, n: k - i, approx: a.vague, from };
}

function clockAt(
  c: Ctx,
  toks: Token[],
  k: number,
  after?: { hour: number },
): { hour: number; hourRaw: number; n: number; pmKnown: boolean; vague: boolean } | null {
  const { lex } = c;
  const set = lex.sets;
  const t = toks[k];
  if (!t) return null;
  // A prayer time alone ("bar subuh", "sampe dzuhur"): a clock time all know.
  const prayer = PRAYER[t.w];
  if (prayer !== undefined && toks[k + 1]?.kind !== 'num') {
    return { hour: prayer, hourRaw: prayer, n: 1, pmKnown: true, vague: false };
  }
  // A part of the day alone as a start ("teko isuk"): vague, confirmed later.
  if (lex.timeOfDay.has(t.w) && !after) {
    const tod = lex.timeOfDay.get(t.w)!;
    return { hour: tod.start, hourRaw: tod.start, n: 1, pmKnown: true, vague: true };
  }
  // "till about half past 2", "sampe kira2 jam 3": the clock time after a word of guessing.
  if (/^(about|around|approx|approximately|roughly|kira2|kira|kiro2|kiro|sekitar|sekitaran|kurleb)$/.test(t.w)) {
    const b = clockAt(c, toks, k + 1, after);
    return b ? { ...b, n: b.n + 1 } : null;
  }
  let j = k;
  if (set.clock.has(t.w)) j++;
  // "half past 12", "half past twelve": the hour and a half.
  if (t.w === 'half' && toks[k + 1]?.w === 'past' && toks[k + 2]) {
    const b = clockAt(c, toks, k + 2, after);
    return b ? { ...b, hour: b.hour + 0.5, hourRaw: b.hourRaw + 0.5, n: b.n + 2 } : null;
  }
  // "jam setengah 8": half past seven.
  let half = 0;
  // (The end of a span may leave out "jam" in words as in digits: "jam delapan sampai setengah dua belas".)
  const spoken = set.clock.has(t.w) || !!after;
  // "jam setengah wolu": the hour in words too.
  if (
    lex.fractions.get(toks[j]?.w ?? '') === 0.5 &&
    (toks[j + 1]?.kind === 'num' || (spoken && lex.numbers.has(toks[j + 1]?.w ?? '')))
  ) {
    half = 0.5;
    j++;
  }
  const tk = toks[j];
  if (!tk) return null;
  let hour: number;
  if (tk.kind === 'num') {
    // "8.30", "8:30", "08.00"
    const m = /^(\d{1,2})(?:[.:,](\d{2}))?$/.exec(tk.w);
    if (!m) return null;
    hour = Number(m[1]) + (m[2] ? Number(m[2]) / 60 : 0) - half;
    j++;
  } else {
    // "jam tujuh pagi", "jam dua belas siang", "jam sanga": the hour in words, after "jam" only.
    if (!spoken || tk.kind !== 'word' || !lex.numbers.has(tk.w)) return null;
    const num = numberAt(lex, toks, j, Math.min(toks.length, j + 2));
    if (!num || num.money?.explicit || !Number.isInteger(num.value) || num.value < 1 || num.value > 24) return null;
    // ("sampai dua kodi": a count of goods, no clock time.)
    if (!set.clock.has(t.w) && lex.units.has(toks[j + num.n]?.w ?? '')) return null;
    hour = num.value - half;
    j += num.n;
  }
  if (toks[j]?.w === ':' && toks[j + 1]?.kind === 'num') {
    hour += Number(toks[j + 1]!.w) / 60;
    j += 2;
  }
  // "jam 10 setengah": half past ten, the half said after the hour (not before a next figure: "jam 10 setengah 11").
  if (
    !half &&
    hour % 1 === 0 &&
    lex.fractions.get(toks[j]?.w ?? '') === 0.5 &&
    toks[j + 1]?.kind !== 'num' &&
    !/^(jam|hour|hours|dino|hari)$/.test(toks[j + 1]?.w ?? '')
  ) {
    hour += 0.5;
    j++;
  }
  if (hour > 24) return null;
  const hourRaw = hour;
  let pmKnown = false;
  // "jam 8 td malem sampe jam 12", "jam 7 mau isuk": "earlier" between the hour and its part of the day.
  if (/^(tadi|td|tdi|mau|wau)$/.test(toks[j]?.w ?? '') && lex.timeOfDay.has(toks[j + 1]?.w ?? '')) j++;
  const tod = toks[j] ? lex.timeOfDay.get(toks[j]!.w) : undefined;
  if (tod) {
    pmKnown = true;
    // "jam 11 siang" is before noon: siang/awan covers late morning too.
    const lateMorning = /^(siang|siyang|awan|noon)$/.test(toks[j]!.w) && hour >= 10 && hour < 12;
    // "jam 1 malam", "jam 2 bengi": the small hours, not one in the afternoon; "jam 12 malam" is midnight.
    const smallHours = tod.start >= 18 && (hour <= 4 || hour === 12);
    if (smallHours && hour === 12) hour = 24;
    else if (tod.pm && hour < 12 && !lateMorning && !smallHours) hour += 12;
    if (!tod.pm && hour === 12) hour = 0;
    j++;
  }
  // Without "jam" before it, a bare number is a clock time only next to a range word.
  // "wednesday 8 to 12", "this morning 8 to 11", "kerja 8 sampe 12": after a day, a part of the day or the
  // word for work, and before a range word, it is one too.
  const prev = toks[k - 1]?.w ?? '';
  const dayish =
    lex.days.has(prev) ||
    lex.days.has(`${toks[k - 2]?.w ?? ''} ${prev}`) ||
    lex.timeOfDay.has(prev) ||
    /^(senin|selasa|rabu|kamis|jumat|sabtu|minggu|senen|seloso|rebo|kemis|jemuah|setu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|kerja|kerjo|worked|work|garap|nggarap|lembur)$/.test(
      prev,
    );
  const rangeNext = !!toks[j] && set.until.has(toks[j]!.w);
  if (!set.clock.has(t.w) && !tod && !after && !/^(dari|teko|from|mulai)$/.test(prev) && !(dayish && rangeNext))
    return null;
  if (after && !pmKnown && hour < after.hour && hour + 12 > after.hour && hour + 12 <= 24) {
    hour += 12;
    pmKnown = true;
  }
  return { hour, hourRaw, n: j - k, pmKnown, vague: false };
}

export { PAIRED };

/** What she pays for herself, said right after "bayar": a trip, energy, a helper ("bayar ojek", "bayar listrik"). */
const COST_PAID = new Set([
  ...COST_WORDS.transport,
  ...COST_WORDS.listrik,
  'tetangga',
  'tonggo',
  'helper',
  'pulsa',
  'kuota',
]);

/** Kecamatan names folded and squashed ("kayenkidul"), of the region and the city next door. */
let placeNames: Set<string> | undefined;
function places(): Set<string> {
  placeNames ??= new Set(
    [...REGION.kecamatan, ...NEIGHBOUR.kecamatan].map((n) => n.toLowerCase().replace(/[^a-z]/g, '')),
  );
  return placeNames;
}

const PLACE_BEFORE =
  /^(dr|dari|teko|tekan|seko|soko|saking|saka|ing|in|di|nang|neng|ke|menyang|nyang|to|from|wong|asal|daerah|kec|kecamatan)$/;
const VILLAGE = /^(desa|ds|dusun|dsn|kampung|kelurahan|kel)$/;

/** How many tokens from i say a place: "dr gurah", "ing kayen kidul", "desa sumberagung"; 0 when none. */
function placeAt(toks: Token[], i: number): number {
  const w = toks[i]!.w;
  if (VILLAGE.test(w) && toks[i + 1]?.kind === 'word') return 2;
  if (!PLACE_BEFORE.test(w)) return 0;
  const a = toks[i + 1];
  if (!a || a.kind !== 'word') return 0;
  // ("packing kerudung di rumah", "at home": where she worked, not the goods.)
  if (/^(di|ing|nang|neng|at|in)$/.test(w) && /^(rumah|rmh|omah|griya|dalem|home)$/.test(a.w)) return 2;
  if (VILLAGE.test(a.w) && toks[i + 2]?.kind === 'word') return 3;
  const b = toks[i + 2];
  if (b?.kind === 'word' && places().has(`${a.w}${b.w}`)) return 3;
  return places().has(a.w) && a.w !== 'kota' ? 2 : 0;
}

/** The name so far is only honorifics ("bu", "pak haji"): a place word cannot end it yet. */
function afterHonorificOnly(parts: string[], set: Lexicon['sets']): boolean {
  return parts.every((p) => p.split(' ').every((x) => set.honorifics.has(x.toLowerCase())));
}
