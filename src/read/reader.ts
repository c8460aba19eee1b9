// Reads a whole message into diary entries (see entry.ts). Pure: no database.
// The message is cut into clauses (commas, new lines, "terus", "lan"); each
// clause is read into facts (clause.ts); a clause with an entry word starts an
// entry, a clause with only details ("2 rusak", "potong bon 10rb") adds them
// to the entry before it, and a clause with another figure of the same kind
// ("..., 4 jam bungkus kerupuk") is another entry of that kind.
import { COST_WORDS } from '../content/cost-words.ts';
import { isGoods, workWords } from '../content/products.ts';
import { WIB_OFFSET_MS, wibDate } from '../core/time.ts';
import type { CostCategory } from '../diary/ledger.ts';
import { addDays } from '../diary/period.ts';
import { piecesPer } from '../diary/rate.ts';
import { type Lexicon, lexicon } from '../parse/lexicon.ts';
import { parseMoney } from '../parse/money.ts';
import { EN_UNITS, readNumber } from '../parse/number.ts';
import { fold } from '../parse/text.ts';
import { typoDistance } from '../parse/typo.ts';
import { boughtEachAsTotal } from './bought-each.ts';
import { type ClauseFacts, clauseContext, ordersWork, PAIRED, personWord, readClause } from './clause.ts';
import { costsTotalled } from './costs-totalled.ts';
import { datesSaid } from './date-list.ts';
import type { Entry, EntryKind, HandinEntry, HoursEntry, OrderEntry, Qty, RateFact, Reading } from './entry.ts';
import { noRejectsAsNought } from './no-rejects.ts';
import { putRight } from './put-right.ts';
import { rateForSeveral } from './rate-for-several.ts';
import { bareHourSpan, halfHourSpan, kramaWith, ownSibling, splitTitled } from './run-together.ts';
import { ownShare, saysOwnPart } from './share.ts';
import { unstretch } from './stretched.ts';
import { splitClauses, type Token, tokenize } from './tokens.ts';
import { nextKeys, typoKeys, verbMistyped } from './verb-typos.ts';

/** "1 renteng isi 10 sachet", "sak bal isine 50", "a pack of 10": what one pack holds. */
const PACK =
  /[,.]?\s*\b(?:1|se|sak|satu|siji|one|a)\s*([a-z]+)\s+(?:isi|isine|isinya|berisi|contains|containing|holds)\s*(\d+)\s*(?:[a-z]+)?\s*[,.]?/i;

/** "X 40 ewu, sing kanggo keripik 30 ewu(, sisane kanggo omah)": a bought thing shared by work and home. */
const WORK_PART =
  /(\d[\d.,]*\s*(?:ewu|rb|ribu|rebu|k|jt|juta)?)\s*[,.]\s*(?:sing|seng|kang|yang|yg|the part|part)\s+(?:kanggo|kango|gawe|go|buat|bwt|untuk|utk|for)\s+([^,.\d]*?)\s*((?:rp\.?\s*)?\d[\d.,]*\s*(?:ewu|rb|ribu|rebu|k)?)\b(?:\s*[,.]?\s*(?:lha\s+|terus\s+|trus\s+|and\s+)?(?:sisane|sisan[ey]|sisanya|sisa|liyane|lainnya|yg lain|the rest)\s+(?:ya\s+|yo\s+)?(?:kanggo|kango|gawe|go|buat|bwt|untuk|utk|for|nggo|di)?\s*(?:omah|rumah|dapur|masak|keluarga|pribadi|sendiri|dhewe|dewe|home|the house|the kitchen|us)\b[^,.]*)?/i;

let shortCache: { lex: Lexicon; known: Set<string>; full: string[] } | undefined;
/** Words the reader knows, and the longer ones a word without its vowels may stand for. */
function shortWords(lex: Lexicon): { known: Set<string>; full: string[] } {
  if (shortCache?.lex === lex) return shortCache;
  const known = new Set<string>();
  const add = (w: string) => {
    for (const x of w.split(' ')) known.add(x);
  };
  for (const k of lex.intents.keys()) add(k);
  for (const m of [lex.units, lex.days, lex.weekdays, lex.numbers, lex.timeOfDay, lex.scales, lex.multipliers])
    for (const k of m.keys()) add(k);
  for (const set of Object.values(lex.sets)) for (const w of set) add(w);
  for (const k of workWords().phrases.keys()) add(k);
  const extra = [
    'jam',
    'kerja',
    'bantu',
    'hari',
    'sama',
    'dari',
    'upah',
    'bayar',
    'terima',
    'setor',
    'lagi',
    'kodi',
    'lusin',
    // ("anak 10 thn": years, not "then".)
    'thn',
    'tahun',
  ];
  for (const w of extra) known.add(w);
  // (Never a command: "stp", "hps" typed short must not stop her diary or erase it.)
  const commands = new Set([
    ...lex.sets.commands,
    'stop',
    'hapus',
    'berhenti',
    'batal',
    'delete',
    'help',
    'bantuan',
    'menu',
    'mulai',
    'start',
    'dataku',
  ]);
  const full = [...known].filter((w) => /^[a-z]{3,}$/.test(w) && /[aeiou]/.test(w) && !commands.has(w));
  shortCache = { lex, known, full };
  return shortCache;
}

/** The one word a token written without its vowels stands for ("krj" kerja, "krdg" kerudung); null if none. */
function shortWord(lex: Lexicon, w: string): string | null {
  const { known, full } = shortWords(lex);
  // Only letters with no vowel ("krj", "sndl"), or a vowel at the end alone ("bntu"): not "sum", "teh", "des".
  if (known.has(w) || !(/^[^aeiou]+$/.test(w) || (w.length >= 4 && /^[^aeiou]+[aeiou]$/.test(w)))) return null;
  const bones = w.replace(/[aeiou]/g, '');
  if (bones.length < 2) return null;
  const fits = (x: string) => {
    const xb = x.replace(/[aeiou]/g, '');
    if (x.length <= w.length || xb[0] !== bones[0] || xb.at(-1) !== bones.at(-1)) return false;
    let k = 0;
    for (const ch of xb) if (ch === bones[k]) k++;
    return k === bones.length && xb.length - bones.length <= 1;
  };
  const all = full.filter(fits);
  // (Those whose consonants are exactly hers first: "sndl" is "sandal" before "sendhal". Two letters must be
  // exactly those: "jm" is "jam", "hp" no "help".)
  const exact = all.filter((x) => x.replace(/[aeiou]/g, '') === bones);
  const hits = exact.length || w.length <= 2 ? exact : all;
  // ("sndl": "sandal" and "sendal" are the same goods; "spt" may be "sepatu" or "saptu": neither.)
  // (Two spellings of one weekday, "sabtu" and "sbtu" for "sbt", are one word.)
  const codes = new Set(
    hits.map((x) => workWords().phrases.get(x)?.code ?? (lex.weekdays.has(x) ? `day ${lex.weekdays.get(x)}` : x)),
  );
  return hits.length && codes.size === 1 ? hits.sort()[0]! : null;
}

/**
 * The one word a token stands for with some of its vowels left out, as in SMS ("dblekno" dibalekno, "dblkno",
 * "kmrin"): her letters in order, every letter missing a vowel, the first letter kept; null if none or several.
 */
function vowelsLeftOut(lex: Lexicon, w: string): string | null {
  const { known, full } = shortWords(lex);
  if (w.length < 5 || known.has(w)) return null;
  const fits = (x: string) => {
    // (Two letters or more left out: a word one vowel from another is its own word, "kelar" is no "keluar".)
    if (x.length - w.length < 2 || x.length - w.length > 3 || x[0] !== w[0]) return false;
    let k = 0;
    for (const ch of x) {
      if (ch === w[k]) k++;
      else if (!'aeiou'.includes(ch)) return false;
    }
    return k === w.length;
  };
  const hits = full.filter(fits);
  // ("dibalekno", "dibalikno": words of one meaning, the same answer.)
  const meaning = (x: string) =>
    workWords().phrases.get(x)?.code ??
    lex.intents.get(x) ??
    Object.entries(lex.sets).find(([k, set]) => k !== 'filler' && set.has(x))?.[0] ??
    x;
  const codes = new Set(hits.map(meaning));
  return hits.length && codes.size === 1 ? hits.sort()[0]! : null;
}

/** Words run together split, and a word split in two joined, when that gives words the reader knows. */
function rejoined(lex: Lexicon, src: string): string {
  const { known } = shortWords(lex);
  const split = src.replace(/\b[a-z]{6,}\b/gi, (w) => {
    const x = w.toLowerCase();
    if (known.has(x)) return w;
    for (let k = x.length - 3; k >= 3; k--) {
      const a = x.slice(0, k);
      const b = x.slice(k);
      // (Only with a small word of time or place on one side: "hari ini", "sampai jam", not "sew iji".)
      const small =
        /^(ini|iki|itu|jam|hari|sampai|sampe|dari|lagi|tadi|mau|wingi|kemarin|besok|sore|pagi|siang|malam)$/;
      if (known.has(a) && known.has(b) && (small.test(a) || small.test(b))) return `${a} ${b}`;
      // ("setorkeset", "ambilsandal", "ngekekikancing": a verb of the diary run into the goods or work after it.)
      if (lex.intents.has(a) && (isGoods(b) || workWords().phrases.has(b))) return `${a} ${b}`;
    }
    return w;
  });
  const parts = split.split(/(\s+)/);
  for (let k = 0; k + 2 < parts.length; k += 2) {
    const a = parts[k]!;
    const b = parts[k + 2]!;
    if (!/^[a-z]{2,}$/i.test(a) || !/^[a-z]{2,}$/i.test(b)) continue;
    // ("un till": the letter said twice at the seam is one.)
    const xx = `${a}${b}`.toLowerCase();
    const x = known.has(xx) ? xx : xx.replace(/(.)\1/g, '$1');
    if (x.length < 5 || !known.has(x)) continue;
    const both = known.has(a.toLowerCase()) && known.has(b.toLowerCase());
    if (both && !/^(today|tonight|until|tomorrow|yesterday)$/.test(x)) continue;
    parts.splice(k, 3, x);
  }
  return parts.join('');
}

let dayWordCache: { lex: Lexicon; words: Map<string, string> } | undefined;
/**
 * The word of a day a word stands for with one vowel left out ("kpungkur" kepungkur, "tuesdy" tuesday,
 * "yestrday" yesterday), as thumbs skip a vowel; null if none, or if the words it may be mean different days.
 */
function dayMissingVowel(lex: Lexicon, w: string): string | null {
  if (dayWordCache?.lex !== lex) {
    // Each word with what it means, so that "kepungkur" and "kapungkur" are one.
    const words = new Map<string, string>();
    const add = (k: string, code: string, least = 6) => {
      for (const x of k.split(' ')) if (new RegExp(`^[a-z]{${least},}$`).test(x) && !words.has(x)) words.set(x, code);
    };
    // (A weekday of five letters too: "jmat", "kmis", "sabt"; not Sunday, whose "minggu" is also a week.)
    for (const [k, v] of lex.weekdays) add(k, `weekday ${v}`, v === 0 ? 6 : 5);
    for (const k of lex.sets.last) add(k, 'last');
    for (const k of lex.sets.next) add(k, 'next');
    for (const [k, v] of lex.days) add(k, `day ${v}`);
    dayWordCache = { lex, words };
  }
  if (shortWords(lex).known.has(w)) return null;
  const hits = new Set<string>();
  for (let k = 1; k <= w.length; k++)
    for (const v of 'aeiou') {
      const x = `${w.slice(0, k)}${v}${w.slice(k)}`;
      if (dayWordCache.words.has(x)) hits.add(x);
    }
  const codes = new Set([...hits].map((x) => dayWordCache!.words.get(x)));
  return codes.size === 1 ? [...hits].sort()[0]! : null;
}

/**
 * "sen: jahit 6 jam", "sen kmrn ambil ...", "hr rab", "sel 5 jam": a weekday cut to three letters where what is
 * round it says it is a day (a colon after it, a word of last or next week, "hari" before it, hours after it at the
 * head of a line). Alone "sen" may be a cent, and "min" calls the admin: those stay as written.
 */
function weekdayCut(lex: Lexicon, src: string): string {
  if (!/\b(sen|sel|rab|reb|kam|kem|jum|sab)\b/i.test(src)) return src;
  const around = [...lex.sets.last, ...lex.sets.next]
    .filter((w) => /^[a-z ]+$/.test(w))
    .sort((x, y) => y.length - x.length)
    .join('|');
  const full = (cut: string) => SHORT_DAY[cut.toLowerCase()] ?? cut;
  return src
    .replace(new RegExp(`\\b(sen|sel|rab|reb|kam|kem|jum|sab)(?=\\s*:|\\s+(?:${around})\\b)`, 'gi'), full)
    .replace(
      /\b(hari|hr|dino|dina)\s+(sen|sel|rab|reb|kam|kem|jum|sab)\b/gi,
      (_m, h: string, cut: string) => `${h} ${full(cut)}`,
    )
    .replace(
      /(^|[\n,.;]\s*)(sen|sel|rab|reb|kam|kem|jum|sab)(?=\s+\d+(?:[.,]\d+)?\s*(?:jam|jm)\b)/gi,
      (_m, pre: string, cut: string) => `${pre}${full(cut)}`,
    );
}

/** The goods a word stands for with one vowel left out ("sandl" sandal, "krudung" kerudung) or mistyped; null if none. */
function goodsMissingVowel(lex: Lexicon, w: string): string | null {
  const { known } = shortWords(lex);
  if (known.has(w)) return null;
  const hits = new Set<string>();
  for (let k = 1; k <= w.length; k++)
    for (const v of 'aeiou') {
      const x = `${w.slice(0, k)}${v}${w.slice(k)}`;
      if (isGoods(x)) hits.add(x);
    }
  if (hits.size === 1) return [...hits][0]!;
  return w.length >= 6 ? goodsMistyped(w) : null;
}

/** A line that only names a day: "wingi", "dino iki", "Senin", "senin tgl 1", "hr kamis", "tgl 3". */
function dayHeading(lex: Lexicon, head: string): boolean {
  const t = fold(head)
    .replace(/[.,-]+/g, ' ')
    .trim();
  if (lex.days.has(t)) return true;
  const ws = t.split(/\s+/);
  return (
    ws.some((w) => lex.weekdays.has(w) || /^(tgl|tanggal|tgal)$/.test(w)) &&
    ws.every(
      (w) => lex.weekdays.has(w) || /^(hari|hr|dino|dina|dinten|tgl|tanggal|tgal|\d{1,2}(?:\/\d{1,2})?)$/.test(w),
    )
  );
}

let typoCache: Map<string, Set<string>> | undefined;
/**
 * The goods a long word stands for with one letter typed wrong or two swapped ("sandsl" sandal, "kerudnug"
 * kerudung): the same length, the first two letters and the last as typed (so "kupas" never turns "kipas"),
 * and one goods word only.
 */
function goodsMistyped(w: string): string | null {
  if (!typoCache) {
    typoCache = new Map();
    for (const [p, v] of workWords().phrases) {
      if (v.role !== 'makes' || !/^[a-z]{6,}$/.test(p)) continue;
      for (const k of typoKeys(p)) typoCache.set(k, (typoCache.get(k) ?? new Set()).add(p));
    }
  }
  const hits = new Set<string>();
  for (const k of typoKeys(w))
    for (const p of typoCache.get(k) ?? [])
      if (
        p.slice(0, 2) === w.slice(0, 2) &&
        // ("sandla": the last two letters swapped.)
        (p.at(-1) === w.at(-1) || p.slice(-2) === `${w.at(-1)}${w.at(-2)}`) &&
        typoDistance(p, w) === 1 &&
        slipOf(p, w)
      )
        hits.add(p);
  return hits.size === 1 ? [...hits][0]! : null;
}

/**
 * A thumb's slip between two words of the same length: two letters swapped, or one key hit beside the right one
 * ("sandsl"); not another vowel ("kaleng" is a tin, not "kalung").
 */
function slipOf(meant: string, typed: string): boolean {
  const at = [...meant].findIndex((c, i) => c !== typed[i]);
  if (at < 0) return false;
  if (meant[at + 1] !== typed[at + 1]) return meant[at] === typed[at + 1] && meant[at + 1] === typed[at];
  return nextKeys(meant[at]!, typed[at]!);
}

let diCache: { lex: Lexicon; words: Set<string> } | undefined;
/** The lexicon's passive words ("dibayar", "dikasih", "dibalikin"), to join "di bayar" when written apart. */
function diWords(lex: Lexicon): Set<string> {
  if (diCache?.lex === lex) return diCache.words;
  const words = new Set<string>();
  const add = (w: string) => {
    if (/^di[a-z]{3,}$/.test(w) && w !== 'didnt') words.add(w);
  };
  for (const k of lex.intents.keys()) add(k);
  for (const set of Object.values(lex.sets)) for (const w of set) add(w);
  diCache = { lex, words };
  return words;
}

/** Words that say goods are done or made: "dadi", "rampung", "oleh 2 lusin", "finished". */
const DONE =
  /^(dadi|dados|jadi|jd|rampung|selesai|slesai|mari|beres|oleh|olih|entuk|dapat|dapet|dpt|finished|done|made|completed)$/;

const JOINS = new Set([
  'dan',
  'terus',
  'trus',
  'trs',
  'lan',
  'banjur',
  'then',
  'and',
  'serta',
  'plus',
  'tapi',
  'tp',
  'but',
]);

/** The cost category named by any word ("token listrik" -> listrik). */
export function costCategoryOf(words: string): CostCategory | null {
  const ws = fold(words).split(/[^a-z-]+/);
  for (const w of [...ws, ...ws.flatMap((x) => x.split('-'))]) {
    if (!w) continue;
    for (const [c, list] of Object.entries(COST_WORDS)) if (list.includes(w)) return c as CostCategory;
  }
  return null;
}

const QUESTION =
  /(\?\s*\S{0,3}$|^(berapa|brp|brapa|gimana|gmn|bagaimana|bgmn|piye|pripun|kepiye|how|what|when|why|apa|apakah|opo|kapan|kenapa|knp|ngapa|can i|bisa|isa|iso|boleh)\b|\b(mau|mo|pengen|ingin|arep|kate|want to|wanna) (tanya|nanya|takon|ask)\b|\b(dmn|dimana|di mana|ngendi|nang ndi|where)\s*\S{0,3}$)/;

const today = (now: Date) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

const ASKS = /^(berapa|brp|brapa|gimana|gmn|bagaimana|bgmn|piye|pripun|kepiye|how|what|why|kenapa|knp|opo|apa)\b/;

const AGE =
  /(?:umur|usia|umure|umurnya|aged?)\s*(\d{1,2})\b|\b(\d{1,2})\s*(?:th|thn|tahun|taun|years?(?: old)?|yrs?|yo)\b|\b(?:he|she|hes|shes|im|i am|i'm|they|theyre|they're|they are)(?:'s| is|s)?\s+(\d{1,2})\b(?!\s*(?:jam|hours?|hrs?|pcs|pieces|kodi|lusin|rb|k)\b)/g;

/** Ages said in a clause, in years. */
function agesIn(text: string): number[] {
  return [...text.matchAll(AGE)].map((m) => Number(m[1] ?? m[2] ?? m[3])).filter((n) => n > 0 && n < 100);
}

const SAME_DAY =
  /^(?:(?:dino iki|dina iki|hari ini|hr ini|today|saiki)\s*,?\s*)?(?:(?:yo|ya|iyo|juga|jg|uga|also|just)\s+)*(?:podo|padha|sama|same)\s+(?:(?:karo|kayak|kaya|koyo|kyk|dengan|dg|as|like)\s+)?(?:wingi|kemarin|kmrn|kemaren|yesterday)\b(.{0,20}|[\s,.]+(?:karo|sama|dibantu|with|helped by)\b.{0,40})$/;

const LATER =
  /\b(nanti|nti|ntar|entar|ntr|mengko|engko|later|besok|bsk|sesuk|sesok|mbesuk|tomorrow|baru disetor|baru setor|disetor lagi|disetor lg|setor maneh|tak setor maneh|disetor maneh|jare jumat|jare sabtu|jare senin|katanya jumat|katanya sabtu|katanya senin)\b/;

/** Pieces mended after they came back: "sudah ibu benerin", "wis tak dandani", "dibenakke". */
const MENDED =
  /\b(benerin|dibenerin|dibetulin|betulin|dibetulkan|diperbaiki|perbaiki|dibenakke|dibenakne|benakke|didandani|ndandani|dandani|tak dandani|direparasi|mended|fixed|repaired|reworked|redone)\b/;

const RECEIVE = /^(terima|nerima|trima|dapat|dapet|dpt|got|received|oleh|entuk|nompo|nampa|nampi|pikantuk|angsal)$/;

/** Her words say only that she got something ("got", "dapet", "got work"): the kind comes from what she got. */
function receivingOnly(f: ClauseFacts): boolean {
  return (
    f.intents.some((x) => x.kind === 'payment' && RECEIVE.test(x.word)) &&
    f.intents.every(
      (x) =>
        (x.kind === 'payment' && RECEIVE.test(x.word)) ||
        (x.kind === 'hours' && /^(work|job|kerja|kerjaan|garapan|gawean)$/.test(x.word)),
    )
  );
}

/** "njupuk sapu 200 iji ..., dino iki tak garap 100 iji": goods of the order just told, worked on (hours, not work received). */
function workedOnOrder(f: ClauseFacts, prev: Entry | undefined): boolean {
  return (
    prev?.kind === 'order' &&
    prev.qty !== undefined &&
    f.intents.length > 0 &&
    f.intents.every((x) => x.kind === 'hours') &&
    !f.rate &&
    !f.rateWord &&
    !f.money.length &&
    (!f.employer || !fold(f.text).includes(f.employer.toLowerCase()))
  );
}

function has(f: ClauseFacts, kind: EntryKind): boolean {
  switch (kind) {
    case 'hours':
      return f.minutes !== undefined;
    case 'order':
      return f.qty.length > 0 || f.rate !== undefined || (f.rateWord && (f.money.length > 0 || f.counts.length > 0));
    case 'payment':
      return f.money.length > 0 || f.counts.some((c) => c.n >= 1);
    case 'handin':
      return f.qty.length > 0 || f.counts.length > 0 || f.rejected !== undefined;
    case 'kasbon':
    case 'cost':
      return f.money.length > 0 || f.counts.length > 0;
  }
}

/** Only details that complete the entry before ("2 rusak", "potong bon 10rb", "upahe 2rb sepasang"). */
function detailsOnly(f: ClauseFacts, prev: Entry): boolean {
  if (f.intents.length) return false;
  switch (prev.kind) {
    case 'handin':
      return f.qty.length === 0 && f.counts.length === 0 && f.money.length === 0 && f.minutes === undefined;
    case 'payment':
      return f.money.length === 0 && f.counts.length === 0 && f.minutes === undefined;
    case 'order':
      // ("..., bu narti 200 koko shirts 300 per piece": another employer's goods counted are another order.)
      return (
        f.minutes === undefined &&
        (prev.qty === undefined ||
          (f.qty.length === 0 && !(f.counts.length && f.employer && f.employer.toLowerCase() !== prev.employer)))
      );
    case 'hours':
      return f.minutes === undefined && f.money.length === 0 && f.counts.length === 0;
    default:
      return f.money.length === 0 && f.counts.length === 0 && f.minutes === undefined && f.qty.length === 0;
  }
}

/** Words of a feeling about the work: said with nothing else, a remark, not an entry. */
const FEELING =
  /\b(hate|hates|honestly|unfair|tired|exhausted|bored|boring|annoying|annoyed|angry|sad|upset|stressed|banget|bgt|capek|cape|lelah|pusing|sebel|sebal|males|malas|bosen|bosan|jengkel|marah|sedih|kesal|stres|stress|akeh|okeh|uakeh|mumet|kesel|sumpek|nesu|mangkel|gela)\b/;

function kindOf(f: ClauseFacts, prev: Entry | undefined): EntryKind | null {
  if (f.negated && !f.intents.length) return null;
  // "i hate this job honestly", "garapane akeh banget, mumet": a feeling about the work, with nothing to write.
  if (
    FEELING.test(fold(f.text)) &&
    !f.qty.length &&
    !f.money.length &&
    !f.counts.length &&
    f.minutes === undefined &&
    !f.employer &&
    !f.leftovers.length
  )
    return null;
  // "aku butuh duit 200rb": money she needs, with no word of spending or being paid, is no entry.
  if (!f.intents.length && /\b(butuh|butuhe|perlu|need|needs)\s+(\d|uang|duit|dhuwit|money)/.test(fold(f.text)))
    return null;
  // "garapan masker wis disetor": "garapan" names the work; the verb says what happened to it.
  if (f.intents.length > 1 && f.intents.some((x) => x.kind !== 'order')) {
    f.intents = f.intents.filter(
      (x) => !(x.kind === 'order' && /^(garapan|garapane|gawean|gaweyan|garapanku)$/.test(x.word)),
    );
  }
  // "wingi oleh opah mote sing lawas 90 ewu": the wage for the goods, received, is pay (the goods are no cost).
  if (
    f.money.length &&
    !f.qty.length &&
    !f.deduction &&
    /\b(oleh|olih|entuk|dapat|dapet|dpt|terima|trima|nompo|nampi|pikantuk|got|received)\s+(?:\w+\s+)?(opah|upah|gaji|bayaran|wage|pay)\w*/.test(
      fold(f.text),
    )
  )
    return 'payment';
  // "ongkos ojek 20rb bolak balik ambil bahan": a cost said first, with money and no count, is that cost
  // (fetching the materials is what the fare was for).
  const costFirst = /^(ongkos|ongkose|ongkir|biaya|beli|tuku|bensin|ojek|angkot|bayar ojek|naik ojek)\b/.test(
    fold(f.text).trim(),
  );
  if (costFirst && f.money.length && !f.qty.length && !f.employer) return 'cost';
  // "aku mbayar servis mesin jahit": she paid, for something of the work; its sum comes after.
  if (
    !f.money.length &&
    !f.qty.length &&
    !f.employer &&
    /^(?:i|aku|saya|sy|aq|kula)\s+(?:(?:tadi|td|mau|wingi|kemarin|kmrn|barusan)\s+)?(?:mbayar|bayar|bayarin|mbayari|paid|pay)\b/.test(
      fold(f.text).trim(),
    ) &&
    costCategoryOf(f.leftovers.join(' '))
  )
    return 'cost';
  // "upah jahit konveksi minggu ini dari bu endang 1,2jt": the wage for the work, received, not hours.
  if (
    f.minutes === undefined &&
    f.money.length &&
    f.intents.length &&
    f.intents.every((x) => x.kind === 'hours') &&
    /\b(upah\w*|opah\w*|gaji\w*|bayaran\w*|wage|wages|salary)\b/.test(fold(f.text)) &&
    !costCategoryOf(f.leftovers.join(' ')) &&
    !f.qty.length &&
    !f.rate
  )
    return 'payment';
  if (f.intents.length) {
    // "Got a 50k advance": the advance says more than the getting.
    const ok =
      f.intents.find((x) => x.kind === 'kasbon' && has(f, 'kasbon') && !f.deduction) ??
      f.intents.find((x) => has(f, x.kind));
    if (ok) {
      // "mbayar ojek 10 ewu", "paid 20k for thread": paying for something is a cost.
      // ("Bu Umi paid 230rb for the bags": the employer paying her is pay received.)
      if (
        ok.kind === 'payment' &&
        /^(?:(?:wis|wes|uwis|udah|udh|sudah|sdh|already|just)\s+)?(paid|pay|mbayar|bayar|byr|byar|bayr)$/.test(
          ok.word,
        ) &&
        costCategoryOf(f.leftovers.join(' ')) &&
        !(f.employer && fold(f.text).indexOf(f.employer) < fold(f.text).indexOf(ok.word))
      )
        return 'cost';
      // "got 3 kodi sandals", "terima 2 kodi": receiving goods is work received.
      if (ok.kind === 'payment' && RECEIVE.test(ok.word) && f.qty.length && !f.money.length) return 'order';
      // "bu endang bayar 150rb": the employer paying is pay received; so is "bayar 40rb" for the
      // hand-in just told ("stor 3 kodi, ditolak 4, byar 40ewu").
      if (
        ok.kind === 'cost' &&
        /^(bayar|byr|byar|bayr|mbayar)$/.test(ok.word) &&
        (f.employer || prev?.kind === 'handin') &&
        !costCategoryOf(f.leftovers.join(' '))
      )
        return 'payment';
      return ok.kind;
    }
    if (f.minutes !== undefined) return 'hours';
    // "beli lem 2 kaleng di toko pak man": things bought, counted, at a shop, are a cost (its sum asked).
    if (
      !f.rate &&
      !f.rateWord &&
      f.intents.every((x) => x.kind === 'cost' && /^(beli|tuku|tumbas|mbeli|numbas|bought|buy)$/.test(x.word))
    )
      return 'cost';
    // "bu umi sudah bayar upah kerudung yang 5 lusin, 150rb": the goods paid for, the sum in the next clause.
    if (
      f.qty.length &&
      !f.money.length &&
      !f.rate &&
      !f.rateWord &&
      f.intents.some((x) => x.kind === 'payment' && /^(bayar|dibayar|mbayar|dibayarke|byr|dibyr|paid)$/.test(x.word))
    )
      return 'payment';
    // "terima 300 pcs kancing": receiving goods is work received.
    if (f.qty.length && !f.money.length && f.intents.some((x) => RECEIVE.test(x.word))) return 'order';
    // ("njupuk sapu 200 iji ..., dino iki tak garap 100 iji, 7 jam": goods of the order just told, worked on, are
    // how far she got; the work is hours.)
    if (f.qty.length && workedOnOrder(f, prev)) return 'hours';
    // "nggarap peci 4 kodi juragan darmo": goods counted with whom they are from, without hours, is work received.
    if (f.qty.length && (f.employer || f.rate || f.rateWord) && !f.money.length) return 'order';
    // "ganti tali mesin jahit 15rb": an amount with a thing bought is a cost, whatever verb came with it.
    if (f.money.length && costCategoryOf(`${f.leftovers.join(' ')} ${f.intents.map((x) => x.word).join(' ')}`))
      return 'cost';
    // "setoran minggu ini baru dibayar sekarang sama pak hadi, totalnya 320rb": the hand-ins were paid.
    if (f.intents.some((x) => x.kind === 'payment') && f.intents.some((x) => x.kind === 'handin')) return 'payment';
    // "got payet work from bu wati, 40 pcs", "dapet garapan dari bu yati": work received, its count said after.
    if (
      !f.money.length &&
      receivingOnly(f) &&
      /\b(work|job|jobs|order|orders|garapan|garapane|kerjaan|kerjaane|gawean|gaweyan|orderan|borongan)\b/.test(
        fold(f.text),
      )
    )
      return 'order';
    // "td dpt pinjaman dr juragan darmo": got an advance, its sum not said yet.
    if (
      f.intents.some((x) => x.kind === 'kasbon') &&
      f.intents.every((x) => x.kind === 'kasbon' || (x.kind === 'payment' && RECEIVE.test(x.word)))
    )
      return 'kasbon';
    // "obras e wis tak setor", "jahitan sudah disetor": the goods named by the work done on them, handed in
    // (no hours said: the work word names the goods).
    if (
      f.minutes === undefined &&
      f.intents.some((x) => x.kind === 'handin') &&
      f.intents.every((x) => x.kind === 'hours' || x.kind === 'handin')
    ) {
      // ("obras" there is the goods; "kerja" names none.)
      const named = f.intents.find(
        (x) => x.kind === 'hours' && !/^(kerja|kerjo|garap|nggarap|lembur|makarya|work|worked|working)$/.test(x.word),
      );
      if (named && !f.leftovers.length) f.leftovers.push(named.word);
      return 'handin';
    }
    return f.intents[0]!.kind;
  }
  if (f.minutes !== undefined) return 'hours';
  // "opahe bulu mata seko bu endang dipotong 25rb": the wage with a cut taken from it is pay received.
  if (f.rateWord && f.deduction && !f.qty.length && !f.rate && !f.intents.length) return 'payment';
  // "opah teko pak kirno 150 ewu": the wage word with an amount and no goods is pay received.
  if (f.rateWord && f.money.length && !f.qty.length && !f.rate && prev?.kind !== 'order') return 'payment';
  // "..., ojek 5k", "petrol 20k": an amount with a thing bought is a cost.
  if (f.money.length && costCategoryOf(f.leftovers.join(' '))) return 'cost';
  // "fotokopi nota 3rb": an amount with a thing and nobody named is a cost (its category is asked).
  if (!prev && f.money.length && f.leftovers.length && !f.employer && !f.qty.length && !f.rateWord && !f.deduction)
    return 'cost';
  // "masih kurang 20rb", "sisa 50rb": what is still owed is a remark, not an entry.
  // ("nembe dibayar wingi 100 ewu, kurang 35": the bare figure after a pay is the thousands still owed.)
  if (
    prev &&
    (f.money.length || ((prev.kind === 'payment' || prev.kind === 'kasbon') && f.counts.length && !f.qty.length)) &&
    /\b(kurang|kurange|kurangnya|kirang|sisa|sisanya|sisane|nyusul|kurangan|short|remaining|still owe|the rest)\b/.test(
      f.text.toLowerCase(),
    )
  )
    return null;
  // "worked 5 hours yesterday and 6 today": a bare figure after hours is hours.
  if (
    prev?.kind === 'hours' &&
    f.days.length &&
    f.counts.length === 1 &&
    !f.money.length &&
    f.counts[0]!.n > 0 &&
    f.counts[0]!.n <= 16
  )
    return 'hours';
  // ("..., separo kanggo kerjo": a half alone is a share of the entry before, not another.)
  if (prev && has(f, prev.kind) && (f.money.length || f.qty.length || f.counts.some((c) => c.n >= 1))) return prev.kind;
  // "bu endang bros 5 lusin, rusak siji": goods with rejects were handed in.
  if ((f.qty.length || f.counts.length) && f.rejected !== undefined && !f.rate && !f.money.length) return 'handin';
  // "kemarin 4 kodi lagi ke pak hadi": goods counted going to the employer are handed in.
  if (
    f.qty.length &&
    f.employer &&
    !f.money.length &&
    !f.rate &&
    !f.rateWord &&
    /\b(ke|nang|neng|menyang|marang|to)\s+(bu|pak|mbak|mas|juragan|bos|koperasi|mbah|mandor)\b/.test(fold(f.text))
  )
    return 'handin';
  if (f.qty.length && (f.rate || f.money.length || f.employer || f.rateWord)) return 'order';
  // "bu narti 200 koko shirts 300 per piece": goods counted, with their rate, are work received.
  if (f.counts.length && f.rate && (f.employer || namesGoods(f.leftovers.join(' ')))) return 'order';
  if (f.money.length && costCategoryOf(f.leftovers.join(' '))) return 'cost';
  // "and from pak haji slamet 90rb", "bu yati 120rb": an amount from someone named is pay received.
  if (f.money.length && f.employer && !f.qty.length && !f.deduction && !f.rate) return 'payment';
  return null;
}

function words(list: string[], max = 8): string | undefined {
  // ("pengepul kancing ngirim 30 gros kancing": the goods named twice are named once.)
  const seen = new Set<string>();
  const ws = list
    .slice(0, max)
    .join(' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !seen.has(w) && seen.add(w));
  return ws.join(' ') || undefined;
}

/**
 * The goods among her leftover words: from the first one the list of work knows ("bnyk bgt lebaran sandal
 * jepit" is "sandal jepit"), else all of them as before.
 */
/** A word typed short ("olh", "tmp") that the reader could not write out: it names no goods. */
function typedShortUnknown(w: string): boolean {
  const x = w.toLowerCase();
  return /^[aeiou]?[b-df-hj-np-tv-z]{2,4}$/.test(x) && !shortWords(lexicon()).known.has(x);
}

function goods(list0: string[]): string | undefined {
  const ww = workWords();
  // ("rokoknya", "kesete": the goods with "its", written as the goods.)
  // ("olh garapan payet": a word typed short that could not be written out is left out of them.)
  const named = list0.filter((w) => !typedShortUnknown(w));
  const list = (named.length ? named : list0).map((w) => {
    const stem = w.toLowerCase().replace(/(nya|ne)$/, '');
    return stem !== w.toLowerCase() && ww.phrases.get(stem)?.role === 'makes' ? stem : w;
  });
  const ws = list.join(' ').toLowerCase().split(/\s+/).filter(Boolean);
  // (One word before the goods is said of them, "plastic bags", "bordir logo"; two or more come from elsewhere.)
  for (let i = 2; i < ws.length; i++) {
    for (let n = Math.min(ww.longest, ws.length - i); n >= 1; n--) {
      const p = ws.slice(i, i + n).join(' ');
      const hit = ww.phrases.get(p) ?? (n === 1 ? ww.phrases.get(p.replace(/(nya|ne|e|s)$/, '')) : undefined);
      if (hit?.role !== 'makes') continue;
      // Unless a word before it is known goods too ("tas anyaman"): then all, as she said them.
      // (Or a word of the work she does: "bordir logo", "bungkus permen" are said as they are.)
      // ("gantungan kunci mote": goods of two words before it count too.)
      const before = ws
        .slice(0, i)
        .some((w, k) => ww.phrases.has(w) || (k + 1 < i && ww.phrases.has(`${w} ${ws[k + 1]}`)));
      return before ? short(words(list)) : ws.slice(i, i + 3).join(' ');
    }
  }
  return short(words(list));
}

/**
 * "kripik tempe ... digowo mulih dibungkusi": goods told with a long tail of what she did with them are named by
 * their first words (a name the check screen can show; a longer one would be asked again).
 */
function short(product: string | undefined): string | undefined {
  if (!product || product.length <= 40) return product;
  const ws = product.split(' ');
  const ww = workWords();
  const at = ws.findIndex((w) => ww.phrases.get(w)?.role === 'makes');
  const from = at >= 0 ? at : 0;
  let out = ws.slice(from, from + 3).join(' ');
  while (out.length > 40) out = out.split(' ').slice(0, -1).join(' ');
  return out || undefined;
}

/** Kinds of workplace the list of work holds, which name no goods ("bu narti konveksi"). */
const WORKPLACE = /^(konveksi|garmen|garment|garments)$/;

/** Whether the words name goods the list of work knows. */
function namesGoods(text: string): boolean {
  const ws = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !WORKPLACE.test(w));
  const ww = workWords();
  return ws.some((w, i) => {
    for (let n = Math.min(ww.longest, ws.length - i); n >= 1; n--)
      if (ww.phrases.get(ws.slice(i, i + n).join(' '))?.role === 'makes') return true;
    return ww.phrases.get(w.replace(/(nya|ne|e|s)$/, ''))?.role === 'makes';
  });
}

function amountOf(f: ClauseFacts): { amount: number; explicit: boolean } | undefined {
  const m = f.money[0];
  if (m) return { amount: m.amount, explicit: m.explicit };
  // A bare whole number may be an amount ("dibayar 22500"); "separo", "setengah" are not.
  const c = f.counts[0];
  return c && c.n >= 1 && Number.isInteger(c.n) ? { amount: c.n, explicit: false } : undefined;
}

function build(kind: EntryKind, f: ClauseFacts): Entry {
  const base = { text: f.text };
  // "bayaran minggu iki": a week is a day only for hours (a week's total).
  const day = f.days.find((d) => !d.due && !d.week) ?? (kind === 'hours' ? f.days[0] : f.days.find((d) => !d.week));
  const employerParts = () => {
    // "dari bu yati sandal": the name's later words are the product when nothing else is.
    if (!f.employer) return { employer: undefined, extra: [] as string[] };
    const tail = f.nameTail ?? [];
    const head = tail.length ? f.employer.split(' ').slice(0, -tail.join(' ').split(' ').length).join(' ') : f.employer;
    return { employer: f.employer, head, extra: tail };
  };
  switch (kind) {
    case 'order': {
      const ep = employerParts();
      let product = goods(f.leftovers);
      let employer = ep.employer;
      // "bu umi tas 4 kodi" after "njupuk garapan akeh": the word after her name is the goods.
      if (ep.extra.length && ep.head && namesGoods(ep.extra.join(' ')) && (!product || !namesGoods(product))) {
        product = words(ep.extra);
        employer = ep.head;
      } else if (!product && ep.extra.length && ep.head) {
        product = words(ep.extra);
        employer = ep.head;
      }
      // "ord linting 10rb btg": with no goods named, the work she does names it.
      // (Rolling, "mbatil", "linting", is of cigarettes: "mbatil rokok", as she said it and what it is.)
      // ("olh garapan bordir": a word typed short that could not be written out gives way to the work named.)
      if (!product || typedShortUnknown(product)) {
        const does = fold(f.text)
          .split(/[^a-z]+/)
          .find((w) => workWords().phrases.get(w)?.role === 'does' && w.length >= 5);
        const named = does && workWords().phrases.get(does)?.code === 'rokok' ? `${does} rokok` : does;
        product = named ?? product;
      }
      const qty =
        f.qty[0] ?? (f.counts[0] ? { count: f.counts[0].n, unit: 'pcs' as const, pieces: f.counts[0].n } : undefined);
      const spareCounts = f.qty[0] ? f.counts : f.counts.slice(1);
      let rate = f.rate;
      if (!rate) {
        const m = f.money[0] ?? (spareCounts[0] ? { amount: spareCounts[0].n, explicit: false } : undefined);
        if (m) {
          const paired = PAIRED.test(product ?? '');
          const per =
            !qty || piecesPer(qty.unit) === 1
              ? qty?.unit === 'pcs' && paired
                ? 'pasang'
                : (qty?.unit ?? (paired ? 'pasang' : 'pcs'))
              : undefined;
          rate = { amount: m.amount, per, count: 1, explicit: m.explicit };
        }
      }
      if (rate) rate = perOfCount(rate, qty);
      // "7k each" on an order counted in dozens: per piece.
      if (rate && !rate.per && f.each) rate = { ...rate, per: 'pcs' };
      const received = f.days.find((d) => !d.due);
      const due = f.days.find((d) => d.due);
      return {
        ...base,
        kind,
        ...(employer ? { employer: employer.toLowerCase() } : {}),
        ...(product ? { product } : {}),
        ...(qty ? { qty: { count: qty.count, unit: qty.unit, pieces: qty.pieces } } : {}),
        ...(rate ? { rate } : {}),
        ...(received ? { day: received.day } : {}),
        ...(due ? { dueOn: due.day } : f.noDue ? { dueOn: null } : {}),
        ...(f.materials !== undefined ? { materials: f.materials } : {}),
        ...(f.written !== undefined ? { written: f.written } : {}),
      };
    }
    case 'handin': {
      const q =
        f.qty[0] ?? (f.counts[0] ? { count: f.counts[0].n, unit: 'pcs' as const, pieces: f.counts[0].n } : undefined);
      const product = goods(f.leftovers);
      return {
        ...base,
        kind,
        ...(f.employer ? { employer: f.employer.toLowerCase() } : {}),
        ...(product ? { product } : {}),
        ...(q ? { delivered: { count: q.count, unit: q.unit, pieces: q.pieces } } : {}),
        ...(f.rejected !== undefined
          ? { rejected: f.rejected }
          : f.accepted !== undefined && q && q.pieces >= f.accepted
            ? { rejected: q.pieces - f.accepted }
            : {}),
        ...(f.rejectedUnknown && f.rejected === undefined ? { rejectedUnknown: true } : {}),
        ...(day ? { day: day.day } : {}),
      };
    }
    case 'payment':
    case 'kasbon': {
      const amount = amountOf(f);
      return {
        ...base,
        kind,
        ...(f.employer ? { employer: f.employer.toLowerCase() } : {}),
        ...(amount ? { amount } : {}),
        ...(kind === 'payment' && f.deduction ? { deduction: f.deduction } : {}),
        ...(kind === 'payment' && f.otherCut ? { otherCut: f.otherCut } : {}),
        ...(day ? { day: day.day } : {}),
      } as Entry;
    }
    case 'hours': {
      const product = goods(f.leftovers);
      const week = f.days.find((d) => d.week);
      const e: HoursEntry = { ...base, kind };
      if (f.minutes !== undefined) e.minutes = f.minutes;
      else if (f.counts.length === 1 && !f.intents.length && f.counts[0]!.n <= 16)
        e.minutes = Math.round(f.counts[0]!.n * 60);
      if (week) {
        e.week = true;
        e.day = week.day;
      } else if (day) e.day = day.day;
      if (product) e.product = product;
      if (f.helpers !== undefined) e.helpers = f.helpers;
      if (f.child !== undefined) e.child = f.child;
      if (f.approx) (e as HoursEntry & { approx?: boolean }).approx = true;
      if (f.spanFrom !== undefined && f.minutes !== undefined) e.from = f.spanFrom;
      return e;
    }
    case 'cost': {
      const amount = amountOf(f);
      const what = words(f.leftovers);
      // "bensin 10rb buat ambil bahan": the word that bought it names the category first.
      const category = costCategoryOf(f.intents.map((x) => x.word).join(' ')) ?? costCategoryOf(what ?? '');
      return {
        ...base,
        kind,
        ...(what ? { what } : {}),
        ...(category ? { category } : {}),
        ...(amount ? { amount } : {}),
        ...(day ? { day: day.day } : {}),
      };
    }
  }
}

/**
 * A part of the day or a prayer time said first ("sore", "bengine", "bar ashar", "after maghrib"): the clause tells a
 * part of one day's hours.
 */
const PART_OF_DAY =
  /^(?:(?:terus|trus|lalu|then|and|sama|karo|today|hari ini|dino iki|wingi|kemarin|yesterday)\s+)*(?:pagi|pagine|siang|siange|sore|sorene|malam|malem|malame|isuk|esuk|isuke|awan|awane|bengi|bengine|morning|afternoon|evening|night|in the (?:morning|afternoon|evening)|(?:(?:bar|after|sesudah|setelah|stlh|sakwise|sawise|mari)\s+)?(?:subuh|shubuh|dzuhur|zuhur|duhur|dhuhur|luhur|lohor|ashar|asar|maghrib|magrib|isya|isyak))\b/;

/** An hour said in English words, "at five", "eleven o'clock". */
const CLOCK_WORDS: Record<string, number> = { ...EN_UNITS, ten: 10, eleven: 11, twelve: 12 };
const CLOCK_WORD = `(?:\\d{1,2}|${Object.keys(CLOCK_WORDS).join('|')})`;
const PART_EN = String.raw`(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o'?clock|am|pm|a\.m\.|p\.m\.))?`;

/** English clock spans in words and parts of the day ("from seven in the morning until eleven") as figures. */
function englishClock(src: string): string {
  const hour = (w: string) => String(CLOCK_WORDS[w.toLowerCase()] ?? w);
  const span = new RegExp(
    String.raw`\b(from|since|between)\s+(${CLOCK_WORD})(${PART_EN})\s+(until|till|til|to|and)\s+(${CLOCK_WORD})\b(${PART_EN})`,
    'gi',
  );
  return src
    .replace(
      span,
      (_m, from: string, a: string, pa: string, to: string, b: string, pb: string) =>
        `${from} ${hour(a)}${pa} ${to} ${hour(b)}${pb}`,
    )
    .replace(/\b(\d{1,2})\s+in\s+the\s+morning\b/gi, '$1am')
    .replace(/\b(\d{1,2})\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night)\b/gi, '$1pm');
}

function ownFactsBesidesDays(f: ClauseFacts): boolean {
  return ownFacts({ ...f, days: [] });
}

/** A clause says something besides its entry word. */
function ownFacts(f: ClauseFacts): boolean {
  return Boolean(
    f.qty.length ||
      f.counts.length ||
      f.money.length ||
      f.rate ||
      f.rejected !== undefined ||
      f.minutes !== undefined ||
      f.leftovers.length ||
      f.employer ||
      f.days.length ||
      f.deduction,
  );
}

/** The entry has the figure it is about (an amount, a count, hours). */
/**
 * "setor 10 lusin nang pak haji slamet, langsung dibayar", "delivered 50 doormats, she paid right away": paid at
 * once for the hand-in just told, its sum unsaid (asked), from whom she handed in to.
 */
function paidAtOnce(e: Entry, before: Entry | undefined): boolean {
  return (
    e.kind === 'payment' &&
    before?.kind === 'handin' &&
    !!before.delivered &&
    /^(?:(?:terus|trus|trs|lalu|and|then|tur)\s+(?:(?:langsung|lgsg|lsg|lgs|langsng|sekalian|skalian|sisan|pisan)\s+)?(?:di)?(?:bayar|byr)\w*|(?:langsung|lgsg|lsg|lgs|langsng|sekalian|skalian|sisan|pisan)\s+(?:di)?(?:bayar|byr)\w*|(?:dibayar|paid|got paid)\s+(?:langsung|lgsg|right away|at once|straight away|on the spot)|(?:she|he|they)\s+paid\s+(?:me\s+)?(?:right away|at once|straight away|on the spot))\s*[.!]*$/.test(
      fold(e.text).trim(),
    )
  );
}

export function solidEntry(e: Entry): boolean {
  switch (e.kind) {
    case 'order':
      return e.qty !== undefined || e.rate !== undefined;
    case 'handin':
      return e.delivered !== undefined || e.rejected !== undefined;
    case 'hours':
      return e.minutes !== undefined;
    default:
      return e.amount !== undefined;
  }
}

/** Fills what an entry still lacks from a clause that has it. */
function complete(e: Entry, f: ClauseFacts): void {
  const built = build(e.kind, f) as unknown as Record<string, unknown>;
  merge(e, f);
  for (const [k, v] of Object.entries(built)) {
    if (k === 'text' || k === 'kind' || v === undefined) continue;
    if ((e as unknown as Record<string, unknown>)[k] === undefined) (e as unknown as Record<string, unknown>)[k] = v;
  }
}

/** "14 ewu per sewu": per a thousand of what the order is counted in (pieces when it is counted in kodi). */
function perOfCount(rate: RateFact, qty: Qty | undefined): RateFact {
  if (rate.per) return rate;
  // "@7rb", "700 each" on an order counted in ikat or packs: per one of them; counted in kodi, it is asked.
  if (rate.count <= 1) return qty && piecesPer(qty.unit) === 1 ? { ...rate, per: qty.unit } : rate;
  return { ...rate, per: qty && piecesPer(qty.unit) === 1 ? qty.unit : 'pcs' };
}

/** Entries whose kind was inferred, with no entry word said. */
const guessed = new WeakSet<Entry>();

/** Whether the entry was named by a word of its own ("setor", "dibayar", "kerja"), not inferred from its figures. */
export function saidAsEntry(e: Entry): boolean {
  return !guessed.has(e);
}

/** Rejects said in a clause after a pay ("..., dibayar 180 ewu, sing rusak limo"): for the hand-in. */
const rejectsAfterPay = new WeakMap<Entry, number>();

/** Goods read as received that were handed in, or the other way: the same count, the other kind. */
function turnInto(e: Entry, kind: 'order' | 'handin'): void {
  const x = e as unknown as Record<string, unknown>;
  if (kind === 'handin') {
    x.delivered = x.qty;
    delete x.qty;
    delete x.dueOn;
  } else {
    x.qty = x.delivered;
    delete x.delivered;
    delete x.rejected;
  }
  x.kind = kind;
}

/** "setor semua", "wis tak setor kabeh": a hand-in of all, its count not said. */
function allHandedIn(f: ClauseFacts): boolean {
  return (
    f.intents.length > 0 &&
    f.intents.every((x) => x.kind === 'handin') &&
    !f.qty.length &&
    !f.money.length &&
    !f.counts.length &&
    /\b(kabeh|kabehe|semua|semuanya|smua|sedaya|sedoyo|all of it|all)\b/.test(fold(f.text))
  );
}

/** Adds a clause's details to the entry before it ("..., 2 rusak"). */
function merge(e: Entry, f: ClauseFacts): void {
  const day = f.days.find((d) => !d.due)?.day;
  e.text = `${e.text}, ${f.text}`;
  if (f.employer && !e.employer) e.employer = f.employer.toLowerCase();
  switch (e.kind) {
    case 'handin':
      if (f.rejected !== undefined) e.rejected = (e.rejected ?? 0) + f.rejected;
      else if (f.rejectedUnknown && e.rejected === undefined) e.rejectedUnknown = true;
      if (day && !e.day) e.day = day;
      if ((!e.product || !namesGoods(e.product)) && namesGoods(f.leftovers.join(' '))) e.product = goods(f.leftovers);
      else if (!e.product && f.leftovers.length) e.product = goods(f.leftovers);
      break;
    case 'payment':
      if (f.deduction && !e.deduction) e.deduction = f.deduction;
      if (f.otherCut && !e.otherCut) e.otherCut = f.otherCut;
      if (day && !e.day) e.day = day;
      // Rejects said after a pay belong to the hand-in of the same message (see readFresh).
      if (f.rejected !== undefined) rejectsAfterPay.set(e, f.rejected);
      break;
    case 'order': {
      // "bu endang bros 5 lusin, rusak siji": goods named without an entry word, with rejects and no rate,
      // were handed in, not received.
      if (guessed.has(e) && f.rejected !== undefined && !e.rate && e.qty && !f.rate && !f.money.length && !e.dueOn) {
        const h = e as unknown as Record<string, unknown>;
        h.kind = 'handin';
        h.delivered = e.qty;
        h.rejected = f.rejected;
        delete h.qty;
        break;
      }
      if (f.rate && !e.rate) e.rate = perOfCount(f.rate, e.qty);
      else if (!e.rate && (f.rateWord || (f.money[0] && !f.qty.length)) && (f.money[0] || f.counts[0])) {
        const m = f.money[0] ?? { amount: f.counts[0]!.n, explicit: false };
        const per = !e.qty || piecesPer(e.qty.unit) === 1 ? (e.qty?.unit ?? 'pcs') : undefined;
        e.rate = { amount: m.amount, per, count: 1, explicit: m.explicit };
      }
      if (!e.qty && f.qty[0]) e.qty = { count: f.qty[0].count, unit: f.qty[0].unit, pieces: f.qty[0].pieces };
      if ((!e.product || !namesGoods(e.product)) && namesGoods(f.leftovers.join(' '))) e.product = goods(f.leftovers);
      else if (!e.product && f.leftovers.length) e.product = goods(f.leftovers);
      const due = f.days.find((d) => d.due)?.day;
      if (due && e.dueOn === undefined) e.dueOn = due;
      if (f.noDue && e.dueOn === undefined) e.dueOn = null;
      if (f.materials !== undefined && e.materials === undefined) e.materials = f.materials;
      if (f.written !== undefined && e.written === undefined) e.written = f.written;
      if (day && !e.day) e.day = day;
      break;
    }
    case 'hours':
      // "..., karo bojoku", "and my husband", "eh karo ponakanku pisan": more people besides those already said.
      if (
        f.helpers !== undefined &&
        e.helpers &&
        (/^(?:(?:eh+|oh+|terus|trus|lalu|then)[\s,]+)?(karo|sama|sm|dan|and|lan|plus|serta|kalih)\b/.test(
          fold(f.text),
        ) ||
          /\b(pisan|juga|jg|also|too)\b/.test(fold(f.text)))
      ) {
        e.helpers += f.helpers;
        if (f.child !== undefined) e.child = e.child === true || f.child;
      } else {
        if (f.helpers !== undefined) e.helpers = f.helpers;
        if (f.child !== undefined) e.child = f.child;
      }
      if (day && !e.day) e.day = day;
      if ((!e.product || !namesGoods(e.product)) && namesGoods(f.leftovers.join(' '))) e.product = goods(f.leftovers);
      else if (!e.product && f.leftovers.length) e.product = goods(f.leftovers);
      break;
    default:
      if (day && !e.day) e.day = day;
  }
}

const SUM = String.raw`(?:rp\.?\s*)?\d+(?:[.,]\d+)?\s*(?:rb|ribu|rebu|k|ewu|jt|juta)\b|(?:rp\.?\s*)?\d{1,3}(?:\.\d{3})+\b`;
const ALL = `(?:semua|semuanya|smua|total|totalnya|kabeh|kabehe|sedoyo|all|altogether|in total|borongan|diborong)`;
/** "upahnya semua 90rb", "90rb total", "borongan 150rb": the pay for the whole order, not per piece. */
const BETWEEN = `(?:upah|upahnya|upahe|ongkos|ongkosnya|bayaran|bayarannya|opahe|opahnya|pay|is|are|jadi|dadi|nanti|nti|engko|mengko|dibayar|dibayare|bayare|regane|harganya|cuma|mung|will be|paid)`;
const WHOLE_ORDER = new RegExp(String.raw`\b${ALL}\s+(?:${BETWEEN}\s+){0,3}(?:${SUM})|(?:${SUM})\s+${ALL}\b`);

function wholeOrderRate(e: OrderEntry): void {
  if (!e.qty || !e.rate || (e.rate.count ?? 1) !== 1) return;
  if (!WHOLE_ORDER.test(fold(e.text))) return;
  e.rate = { amount: e.rate.amount, per: e.qty.unit, count: e.qty.count, explicit: e.rate.explicit };
}

/** "senin 3 jam, selasa 5 jam, rebo 4 jam. dewean kabeh": who helped, said last, is said of every day. */
function helpersForAll(entries: Entry[]): void {
  const hours = entries.filter((e): e is HoursEntry => e.kind === 'hours');
  const last = hours[hours.length - 1];
  if (!last || last.helpers === undefined || hours.length < 2) return;
  // Helpers named last belong to that day ("hari ini 8 jam dibantu suami"); "alone", or "all"/"both", to every day,
  // and so do helpers told on their own after the days ("selasa 8, kemis 6. dibantu adikku", "today 5 hours,
  // husband helped").
  const lex = lexicon();
  const tail = fold(last.text).split(/\s*[,.;]\s*/);
  const apart =
    tail.length > 1 &&
    tail
      .at(-1)!
      .split(/\s+/)
      .every(
        (w, k, ws) =>
          !lex.days.has(w) && !lex.weekdays.has(w) && !(/^\d/.test(w) && lex.sets.hour.has(ws[k + 1] ?? '')),
      );
  if (
    last.helpers !== 0 &&
    !apart &&
    !/\b(kabeh|semua|smua|sedaya|both|all|every|tiap|setiap|saben)\b/.test(fold(last.text))
  )
    return;
  for (const h of hours) {
    if (h.helpers !== undefined) continue;
    h.helpers = last.helpers;
    if (last.child !== undefined) h.child = last.child;
  }
}

/** Signs that end a clause. */
const BREAK_SIGN = /^[,;.\n&]$/;

/** "monday 6 hours tuesday 3 hours": a weekday after a clause's hours starts a clause of its own. */
function dayBreaks(lex: Lexicon, toks: Token[]): Token[] {
  const out: Token[] = [];
  let hoursSaid = false;
  // ("kemarin ambil kripik 100 pak ... hari ini udah disetor semua": dictated with no stop, another day said after
  // the figures of the first starts a clause of its own.)
  let daySaid: number | undefined;
  let figureSince = false;
  // (Whether the clause began with its day, "kmrn ambil ... 5 jam, td subuh lanjut 2 jam", as women write in
  // Indonesian and Javanese; a day said after the figures, "6 hours yesterday", closes them instead.)
  let dayFirst = false;
  let figureSeen = false;
  // ("worked 7 hrs yesterday and 6 hrs today": each day said after its figures; where the first one ended.)
  let dayAfter = false;
  let dayEnd = -1;
  let dayLen = 0;
  // ("wingi sore nyetor ... trus dibayar 180 ewu mau isuk pisan": after a joining word, a day said last, with
  // nothing of another entry after it, is the day of that clause, not the start of one.)
  let joinSince = false;
  const saidLast = (from: number) => {
    for (let k = from; k < toks.length; k++) {
      const x = toks[k]!;
      if (x.kind === 'sign') return BREAK_SIGN.test(x.w);
      if (
        x.kind !== 'word' ||
        !/^(pisan|sisan|sekalian|sklian|skalian|juga|jg|uga|ya|yo|iya|kok|lho|loh|too|also)$/.test(x.w)
      )
        return false;
    }
    return true;
  };
  // (A count or sum since the weekday said, in figures or words; not words that are more often something else.)
  let countSince = false;
  const counts = (x: Token) =>
    x.kind === 'num' || (lex.numbers.has(x.w) && !/^(loro|kalih|siji|se|sa|a|an|one|setengah|tengah|half)$/.test(x.w));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'word' && JOINS.has(t.w)) joinSince = true;
    if (t.kind === 'sign') {
      joinSince = false;
      hoursSaid = false;
      countSince = false;
      daySaid = undefined;
      figureSince = false;
      dayFirst = false;
      figureSeen = false;
      dayAfter = false;
    }
    // ("jemuah nem jam dino iki patang jam": a figure in words is a figure, before its unit or hours.)
    const wordFigure =
      t.kind === 'word' &&
      lex.numbers.has(t.w) &&
      (lex.sets.hour.has(toks[i + 1]?.w ?? '') || lex.units.has(toks[i + 1]?.w ?? ''));
    if (t.kind === 'num' || wordFigure) {
      figureSince = true;
      figureSeen = true;
    }
    if (counts(t)) countSince = true;
    const at = t.kind === 'word' && dayLen === 0 ? plainDayAt(lex, toks, i) : undefined;
    if (dayLen > 0) dayLen--;
    const day = at?.off;
    // (Only a day that opens what she did next, a word of an entry after it: "6 hours today on the eyelashes" and
    // "... to bu endang yesterday" close what came before.)
    const opens =
      !!at &&
      toks
        .slice(i + at.n, i + at.n + 4)
        .some(
          (x) => x.kind === 'word' && (lex.intents.has(x.w) || /^(wis|wes|uwis|udah|udh|sudah|sdh|sampun)$/.test(x.w)),
        );
    // (A weekday is a day said too: "minggu 3 jam sendiri aja td sore udah setor" is two days.)
    const weekday =
      t.kind === 'word' &&
      lex.weekdays.has(t.w) &&
      !/^(ini|iki|niki|lalu|kemarin|kemaren|wingi|depan|ngarep|kepungkur|this|last|next)$/.test(toks[i + 1]?.w ?? '');
    if (weekday) {
      // ("selasa beli lem 25rb rabu ongkos ojek 10rb", "setu nyetor satus ... minggu nyetor maneh satus": in a message
      // that begins with its day, another weekday after the figures, with figures of its own, starts its clause.)
      const later = toks.slice(i + 1, i + 9);
      const stop = later.findIndex((x) => x.kind === 'sign');
      if (
        daySaid !== undefined &&
        daySaid !== 100 + lex.weekdays.get(t.w)! &&
        countSince &&
        dayFirst &&
        !hoursSaid &&
        !lex.sets.due.has(toks[i - 1]?.w ?? '') &&
        !/^(tgl|tanggal|sampai|sampe|smp|nganti|ngantos|tekan|to|until|till|sd|karo|kro|ro|kalih|kaliyan|sama|ama|sm|lan|dan|and|n|or|atau|utawa|utowo|hari|hr|dino|dina|pas|kala|on|for|buat|untuk|utk|kanggo|nggo|gawe|sejak|since|mulai|wiwit|kecuali|except|-)$/.test(
          toks[i - 1]?.w ?? '',
        ) &&
        (stop < 0 ? later : later.slice(0, stop)).some((x) => counts(x))
      ) {
        out.push({ ...t, kind: 'sign', w: ',', raw: ',' });
        figureSeen = false;
      }
      if (daySaid === undefined && !figureSeen) dayFirst = true;
      daySaid = 100 + lex.weekdays.get(t.w)!;
      countSince = false;
      figureSince = false;
    }
    if (day !== undefined && daySaid === undefined && !figureSeen) dayFirst = true;
    if (day !== undefined) {
      if (daySaid !== undefined && figureSince && daySaid !== day && dayAfter) {
        // The figures since the day before are of this day: the clause breaks after the day before.
        out.splice(dayEnd, 0, { ...t, kind: 'sign', w: ',', raw: ',' });
        hoursSaid = false;
      } else if (
        daySaid !== undefined &&
        figureSince &&
        (opens || (dayFirst && daySaid !== day && !(joinSince && saidLast(i + at!.n)))) &&
        (daySaid !== day || hoursSaid)
      ) {
        // ("dino iki 6 jam kabeh dibantu mbokku mau sore nyetor ...": after hours of a day said, a time of it opens
        // what she did next.)
        out.push({ ...t, kind: 'sign', w: ',', raw: ',' });
        hoursSaid = false;
      } else if (daySaid === undefined && figureSince && hoursSaid) dayAfter = true;
      daySaid = day;
      joinSince = false;
      figureSince = false;
      dayLen = at!.n - 1;
      dayEnd = out.length + dayLen + 1;
    }
    const numberNext = [1, 2].some((d) => toks[i + d]?.kind === 'num' || lex.numbers.has(toks[i + d]?.w ?? ''));
    if (
      t.kind === 'word' &&
      hoursSaid &&
      numberNext &&
      lex.weekdays.has(t.w) &&
      // ("seloso nem jam rebo wingi limang jam": last Wednesday is a day of its own; "minggu wingi" is a week.)
      !(
        /^(ini|iki|depan|ngarep)$/.test(toks[i + 1]?.w ?? '') ||
        (t.w === 'minggu' && /^(lalu|wingi)$/.test(toks[i + 1]?.w ?? ''))
      )
    ) {
      out.push({ ...t, kind: 'sign', w: ',', raw: ',' });
      hoursSaid = false;
    }
    if (
      t.kind === 'word' &&
      lex.sets.hour.has(t.w) &&
      i > 0 &&
      (toks[i - 1]!.kind === 'num' || lex.numbers.has(toks[i - 1]!.w))
    )
      hoursSaid = true;
    out.push(t);
  }
  return out;
}

/**
 * A day named plainly at a word, today or before ("hari ini", "dino iki", "kemarin", "wingi"), as its offset:
 * not a word that may mean something else mid-sentence ("tadi", "sekarang"), nor a day to come (a due date).
 */
function plainDayAt(lex: Lexicon, toks: Token[], i: number): { off: number; n: number } | undefined {
  // ("td subuh", "tadi pagi", "mau sore": a time of today.)
  if (
    /^(td|tadi|tdi|mau|wau)$/.test(toks[i]?.w ?? '') &&
    /^(subuh|pagi|pgi|isuk|esuk|siang|awan|sore)$/.test(toks[i + 1]?.w ?? '')
  )
    return { off: 0, n: 2 };
  for (let n = 3; n >= 1; n--) {
    const p = toks
      .slice(i, i + n)
      .map((x) => x.w)
      .join(' ');
    const off = lex.days.get(p);
    if (off === undefined || off > 0) continue;
    if (n === 1 && off === 0 && p !== 'today' && p !== 'tonight') return undefined;
    return { off, n };
  }
  return undefined;
}

/**
 * "bought needles 12k and scissors 25k yesterday": a day said once at the very end of the message is the
 * day of the entries of the same kind before it that have none ("kerja 6 jam, kemarin 5 jam" is not that:
 * there the day starts its clause).
 */
function daySaidLast(lex: Lexicon, toks: Token[], entries: Entry[]): void {
  const last = entries[entries.length - 1];
  if (!last?.day || entries.length < 2) return;
  const words = toks.filter((t) => t.kind !== 'sign').map((t) => t.w);
  const tail2 = words.slice(-2).join(' ');
  const tail1 = words[words.length - 1] ?? '';
  const dayAtEnd = lex.days.has(tail2) || lex.days.has(tail1) || lex.weekdays.has(tail1);
  if (!dayAtEnd || words.filter((w) => lex.days.has(w) || lex.weekdays.has(w)).length > 1) return;
  for (const e of entries) if (e !== last && e.kind === last.kind && !e.day) e.day = last.day;
}

const EACH_DAY =
  /\b(each day|every day|per day|a day|daily|sehari|sehari2|tiap hari|setiap hari|masing2|masing-masing|masing masing|msg2|per hari|perhari|saben dina|saben dino|saben dinten|sedina|sedino|sedinten|sak dino|sak dina|per dinten)\b|\b(?:hours?|hrs?|jam)\s+(?:each|apiece)\b/;
const DAY_RANGE = /^(to|until|till|sampai|sampe|smp|smpe|sampek|sd|s\/d|-|nganti|ngantos|tekan)$/;

/**
 * "senin sampai rabu 6 jam sehari", "jumat sabtu minggu masing2 5 jam", "monday to wednesday 6 hours each
 * day": the same hours on each of those days, one entry a day (never a week's total spread over five days).
 */
function eachDayOfSeveral(lex: Lexicon, entries: Entry[], now: Date, src: string): void {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.kind !== 'hours' || e.minutes === undefined) continue;
    const text = fold(e.text);
    // "tgl 3 sampai tgl 7 tiap hari 4 jam", "tgl 9 sama tgl 10 cuma 2 jam": the days by their dates.
    const dates = /\b(total|totalnya|semuanya|in all|altogether|all together)\b/.test(text)
      ? null
      : (datesSaid(text, today(now)) ??
        // (The dates may lie in clauses before the hours: "tgl 9 sama tgl 10 cuma 2 jam".)
        (entries.length === 1 ? datesSaid(fold(src), today(now)) : null));
    if (dates) {
      const per = dates.map((day) => ({ ...e, day, text: e.text }) as HoursEntry);
      for (const x of per) delete x.week;
      entries.splice(i, 1, ...per);
      continue;
    }
    // (The days may lie in clauses before the hours: "kerjo senen, rebo karo jumat, saben dino 4 jam".)
    // ("thu and fri sewing 7 hrs each": the days before "and" were cut off into a clause of their own.)
    const whole = fold(src);
    const at = whole.indexOf(text);
    const daysBefore =
      at > 0
        ? /((?:\b[a-z]+\s*(?:,|\band\b|\bdan\b|\bsama\b|\bkaro\b|\blan\b|&)\s*)+)$/.exec(whole.slice(0, at))
        : null;
    // ("... per gross, thursday and friday ...": only the days at the end of what comes before.)
    const segs = daysBefore?.[1]?.match(/\b[a-z]+\s*(?:,|\band\b|\bdan\b|\bsama\b|\bkaro\b|\blan\b|&)\s*/g) ?? [];
    let from = segs.length;
    while (from > 0 && lex.weekdays.has(/^[a-z]+/.exec(segs[from - 1]!)![0])) from--;
    const lead = segs.slice(from).join('');
    const told = entries.length === 1 ? whole : `${lead}${text}`;
    // ("senen - rebo 5 jam saben dino, kemis karo jumat 6 jam": "each day" said once in the message holds for the
    // next days listed the same way, unless they are given a total.)
    const eachElsewhere =
      EACH_DAY.test(whole) &&
      !/\b(total|totalnya|semuanya|in all|altogether|all together|jumlahe|jumlahnya)\b/.test(told) &&
      told.split(/[^a-z]+/).filter((w) => lex.weekdays.has(w) && w !== 'minggu').length >= 2;
    if (!EACH_DAY.test(told) && !eachElsewhere) continue;
    const ws = told.split(/[^a-z0-9/-]+|(?=-)|(?<=-)/).filter(Boolean);
    const picked: number[] = [];
    const off = new Set<number>();
    let ranged = false;
    for (let k = 0; k < ws.length; k++) {
      const d = lex.weekdays.get(ws[k]!);
      if (d === undefined) continue;
      // "minggu ini", "minggu kemarin" are weeks, not Sunday; after other days, "minggu ini" is this Sunday
      // ("jumat sabtu minggu ini"), "minggu kemarin" still last week.
      if (
        d === 0 &&
        (/^(lalu|kemarin|kemaren|kmrn|wingi|kepungkur)$/.test(ws[k + 1] ?? '') ||
          (/^(ini|iki|depan|ngarep|menika|niki)$/.test(ws[k + 1] ?? '') && !picked.length))
      )
        continue;
      // "minggu prei", "kecuali rabu", "except wednesday": a day not worked, taken out of the range.
      if (
        /^(prei|libur|off|leren|istirahat)$/.test(ws[k + 1] ?? '') ||
        /^(kecuali|kcuali|selain|kejaba|kajaba|except)$/.test(ws[k - 1] ?? '')
      ) {
        off.add(d);
        continue;
      }
      const prevDay = picked[picked.length - 1];
      // ("rabu tanggal sebelas sampai hari jumat": the word for day may stand between.)
      const joiner = /^(hari|hr|dino|dina|dinten|day)$/.test(ws[k - 1]!) ? ws[k - 2] : ws[k - 1];
      if (prevDay !== undefined && k > 1 && DAY_RANGE.test(joiner ?? '')) {
        for (let x = (prevDay + 1) % 7; x !== d; x = (x + 1) % 7) picked.push(x);
        ranged = true;
      }
      if (!picked.includes(d)) picked.push(d);
    }
    const todayIso = today(now);
    // "from Monday to today", "senin sampai hari ini": every day of the span, today too.
    if (
      picked.length === 1 &&
      /\b(to|until|till|sampai|sampe|smpe|nganti|ngantos|tekan|sd)\s+(today|hari ini|dino iki|dina iki|saiki|sekarang|now)\b/.test(
        told,
      )
    ) {
      const todayDow0 = new Date(`${todayIso}T00:00:00Z`).getUTCDay();
      if (picked[0] !== todayDow0)
        for (let x = (picked[0]! + 1) % 7; x !== (todayDow0 + 1) % 7; x = (x + 1) % 7) picked.push(x);
    }
    for (const d of off) if (picked.includes(d)) picked.splice(picked.indexOf(d), 1);
    // "kemarin sama hari ini masing2 8 jam", "yesterday and today 6 hours each": days said as near days.
    if (picked.length < 2) {
      const near: number[] = [];
      for (let k = 0; k < ws.length; k++) {
        // ("wingi karo rong dino kepungkur saben dino 5 jam", "kemarin dan 3 hari lalu": days back, counted.)
        const back = /^\d+$/.test(ws[k]!)
          ? Number(ws[k])
          : lex.numbers.has(ws[k]!)
            ? readNumber(ws[k]!)?.value
            : undefined;
        const agoAt = /^(yang|yg|sing)$/.test(ws[k + 2] ?? '') ? k + 3 : k + 2;
        if (
          back !== undefined &&
          Number.isInteger(back) &&
          back > 0 &&
          back < 14 &&
          /^(hari|hr|hri|dino|dina|dinten|days?)$/.test(ws[k + 1] ?? '') &&
          /^(lalu|kepungkur|kapungkur|ago)$/.test(ws[agoAt] ?? '')
        ) {
          if (!near.includes(-back)) near.push(-back);
          k = agoAt;
          continue;
        }
        const two = `${ws[k]} ${ws[k + 1] ?? ''}`;
        const off = lex.days.get(two) ?? lex.days.get(ws[k]!);
        if (off === undefined || off > 0) continue;
        if (!near.includes(off)) near.push(off);
        if (lex.days.has(two)) k++;
      }
      // ("sabtu karo dino iki saben dino 5 jam": a weekday and a near day.)
      const dow = new Date(`${todayIso}T00:00:00Z`).getUTCDay();
      for (const d of picked) {
        const off = -((dow - d + 7) % 7);
        if (!near.includes(off)) near.push(off);
      }
      if (near.length >= 2) {
        near.sort((a, b) => a - b);
        const per = near.map((off) => ({ ...e, day: addDays(todayIso, off), text: e.text }) as HoursEntry);
        for (const x of per) delete x.week;
        entries.splice(i, 1, ...per);
      }
      continue;
    }
    const todayDow = new Date(`${todayIso}T00:00:00Z`).getUTCDay();
    // Each day at its latest date not after today (days said are days worked, not to come); in the week before
    // this one when she says so ("minggu wingi senen rebo jumat").
    const lastWeek = LAST_WEEK.test(told);
    const lastMonday = addDays(todayIso, -((todayDow + 6) % 7) - 7);
    // ("senin - jumat 6 jam sehari" told on a Thursday: a span of this week that has begun and not yet ended is the
    // days of it up to today, not last week's Friday with this week's Monday; the check screen shows which.)
    const fromMonday = (d: number) => (d + 6) % 7;
    const todayAt = fromMonday(todayDow);
    const inOrder = picked.every((d, k) => k === 0 || fromMonday(d) > fromMonday(picked[k - 1]!));
    if (
      ranged &&
      !lastWeek &&
      inOrder &&
      fromMonday(picked[0]!) <= todayAt &&
      picked.some((d) => fromMonday(d) > todayAt)
    ) {
      const upToToday = picked.filter((d) => fromMonday(d) <= todayAt);
      picked.splice(0, picked.length, ...upToToday);
    }
    const days = picked.map((d) =>
      lastWeek ? addDays(lastMonday, (d + 6) % 7) : addDays(todayIso, -((todayDow - d + 7) % 7)),
    );
    // "kecuali tgl 17 libur", "except the 17th": a date not worked, taken out.
    const except =
      /\b(?:kecuali|kcuali|selain|kejaba|kajaba|except)\s+(?:(?:tgl|tanggal|the)\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/.exec(
        told,
      );
    const offDay = except ? days.find((x) => Number(x.slice(8)) === Number(except[1])) : undefined;
    const per = days
      .filter((day) => day !== offDay)
      .map((day) => ({ ...e, day, week: undefined, text: e.text }) as HoursEntry);
    for (const x of per) delete x.week;
    entries.splice(i, 1, ...per);
  }
}

/**
 * "senin - jumat 6 jam sehari" told on a Thursday: the weekday (0 Sunday .. 6 Saturday) her span ends on when that
 * day has not come yet this week and the span began by today, so its days are taken up to today; else null.
 */
export function spanEndsAhead(text: string, now: Date): number | null {
  const lex = lexicon();
  const t = fold(text);
  if (LAST_WEEK.test(t)) return null;
  const ws = t.split(/[^a-z0-9/-]+|(?=-)|(?<=-)/).filter(Boolean);
  const todayAt = (new Date(`${today(now)}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let k = 0; k + 2 < ws.length; k++) {
    const a = lex.weekdays.get(ws[k]!);
    const b = lex.weekdays.get(ws[k + 2]!);
    if (a === undefined || b === undefined || !DAY_RANGE.test(ws[k + 1]!)) continue;
    if (a === 0 || b === 0) continue;
    const from = (a + 6) % 7;
    const to = (b + 6) % 7;
    if (from < to && from <= todayAt && to > todayAt) return b;
  }
  return null;
}

const LAST_WEEK =
  /\b(minggu|minggon|pekan|week)\s+(lalu|kemarin|kemaren|kmrn|kmarin|wingi|kepungkur|sing wingi|yg lalu)\b|\blast week\b/;

/**
 * "minggu kemarin saya cuma kerja senin sama kamis, senin 6 jam kamis 4 jam": the weekdays of a message that
 * says it is about last week are last week's; a day's hours said with its weekday are that day, not the week's.
 */
function lastWeekDays(lex: Lexicon, entries: Entry[], src: string, now: Date): void {
  const whole = fold(src);
  const week = LAST_WEEK.exec(whole);
  // (Not "peci yg minggu lalu": the week of something else.)
  if (!week || /\b(yg|yang|sing|seng|the|buat|untuk|kanggo|for)\s*$/.test(whole.slice(0, week.index))) return;
  const todayIso = today(now);
  const mondayOf = (iso: string) => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));
  const thisMonday = mondayOf(todayIso);
  // ("nyatet minggu wingi ya. senin 25 njupuk ...", told on the Sunday after: the week of the weekday said with
  // its date is the week she means.)
  const anchored = entries.find((e) => {
    if (!e.day) return false;
    const m = /\b([a-z]+)\s+(?:tgl\s+|tanggal\s+)?(\d{1,2})\b/.exec(fold(e.text));
    return !!m && lex.weekdays.has(m[1]!) && Number(m[2]) === Number(e.day.slice(8));
  });
  const lastMonday =
    anchored?.day && mondayOf(anchored.day) <= thisMonday ? mondayOf(anchored.day) : addDays(thisMonday, -7);
  for (const e of entries) {
    const ws = fold(e.text).split(/[^a-z0-9]+/);
    if (/\b(minggu ini|minggu iki|this week)\b/.test(fold(e.text))) continue;
    // The weekday said nearest before the figure of this entry.
    const figure = ws.findIndex((w) => /^\d/.test(w));
    const before = (figure >= 0 ? ws.slice(0, figure) : ws).filter((w) => lex.weekdays.has(w) && w !== 'minggu');
    const wd = before.length ? lex.weekdays.get(before[before.length - 1]!) : undefined;
    if (wd === undefined) continue;
    // ("senin 25 njupuk ...": the weekday said with its date is that date.)
    const dateSaid = ws[ws.lastIndexOf(before[before.length - 1]!) + 1] ?? '';
    if (/^\d{1,2}$/.test(dateSaid) && e.day && Number(e.day.slice(8)) === Number(dateSaid)) continue;
    // ("kemarin jumat": the day just past, as she says.)
    const at = ws.lastIndexOf(before[before.length - 1]!);
    if (/^(kemarin|kemaren|kmrn|wingi|yesterday)$/.test(ws[at - 1] ?? '')) continue;
    const day = addDays(lastMonday, (wd + 6) % 7);
    if (e.kind === 'hours' && e.week) {
      delete e.week;
      e.day = day;
    } else if (e.day && e.day >= thisMonday) e.day = day;
    // (A weekday read in the week before the one her dated weekday set is of that week too, if already past.)
    else if (anchored && e.day && e.day < lastMonday && e.day >= addDays(lastMonday, -7) && day <= todayIso)
      e.day = day;
  }
}

/**
 * "kerja dr jam 7 sampe jam 11 trs jam 1 sampe jam 4", "jam 7 nganti jam 10 trus bengi 2 jam": a span of
 * clock times and more hours that day on the same work are one day's hours (one entry, one question about
 * who helped). Durations alone ("ngrajut 3 jam, mbordir 2 jam") stay apart.
 */
function joinSpansOfOneDay(entries: Entry[], spans: Set<Entry>): void {
  for (let i = entries.length - 1; i > 0; i--) {
    const a = entries[i - 1]!;
    const b = entries[i]!;
    if (a.kind !== 'hours' || b.kind !== 'hours' || a.week || b.week || !spans.has(a)) continue;
    if (a.minutes === undefined || b.minutes === undefined || (a.day ?? '') !== (b.day ?? '')) continue;
    if (a.product && b.product && a.product !== b.product && !spans.has(b)) continue;
    // "bakda subuh nganti jam 9, olehe 4 jam": the span's hours said again as a total, not more hours.
    const again =
      !spans.has(b) &&
      Math.abs(a.minutes - b.minutes) <= 60 &&
      !/\b(lagi|maneh|meneh|more|tambah|plus|extra)\b/.test(fold(b.text)) &&
      // ("terus jam 1 sampai jam 4 dibantu anak": a span of its own is more hours.)
      !/\d\s*(?:pagi|siang|sore|malam|am|pm)?\s*(?:sampai|sampe|smpe|nganti|until|till|to|-)\s*(?:jam\s*)?\d/.test(
        fold(b.text),
      );
    a.minutes = again ? b.minutes : a.minutes + b.minutes;
    a.text = `${a.text}, ${b.text}`;
    a.product ??= b.product;
    if (b.helpers !== undefined) a.helpers = Math.max(a.helpers ?? 0, b.helpers);
    if (b.child !== undefined) a.child = (a.child ?? false) || b.child;
    entries.splice(i, 1);
  }
}

function smallTalk(lex: Lexicon, text: string): boolean {
  const t = fold(text)
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return false;
  if (lex.sets.smallTalk.has(t)) return true;
  const ws = t.split(' ');
  // "ok makasih ya bu", "siap matur nuwun": every word is a thanks, a yes or a filler word.
  const known = (w: string) =>
    lex.sets.smallTalk.has(w) ||
    lex.sets.yes.has(w) ||
    lex.sets.honorifics.has(w) ||
    lex.sets.filler.has(w) ||
    /^(nuwun|suwun|matur|kasih|banyak|thank|thanks|you|much|so|kak|mbak|bu|pak)$/.test(w);
  return (
    ws.length <= 6 &&
    ws.every(known) &&
    ws.some((w) => lex.sets.smallTalk.has(w) || /^(nuwun|suwun|thank|thanks|makasih|kasih)$/.test(w))
  );
}

/**
 * The last message read: a turn asks about the same message several times (is it an entry, is it something new
 * while a question waits, and again when the engine reruns the step with facts loaded). Callers do not change
 * what they get.
 */
let last: { text: string; at: number; reading: Reading } | null = null;

/**
 * "monday 5 hours, tuesday 6, wednesday 4", "senin 5 jam, selasa 6": the days listed after the first take its
 * word for hours, so each bare figure is that day's hours.
 */
interface DayListPatterns {
  lex: Lexicon;
  first: RegExp;
  next: RegExp;
  off: RegExp;
  head: RegExp;
  list: RegExp;
}
let dayListCache: DayListPatterns | undefined;
/** The patterns of a list of days with their hours, built once for the lexicon. */
function dayListPatterns(lex: Lexicon): DayListPatterns {
  if (dayListCache?.lex === lex) return dayListCache;
  const days = [...lex.weekdays.keys()].sort((a, b) => b.length - a.length).join('|');
  dayListCache = {
    lex,
    // ("jumat 4 jam setengah, setu 6": the half after the hours, then the list goes on.)
    first: new RegExp(
      `\\b(?:${days})\\s+\\d{1,2}(?:[.,]5)?(?![.,]?\\d)\\s*(jam|jm|hours?|hrs?)\\b(?:\\s+(?:setengah|stengah|stgh))?`,
      'gi',
    ),
    next: new RegExp(
      `^(\\s*(?:,|;|&|\\band\\b|\\bdan\\b|\\blan\\b)?\\s*(?:(?:and|dan|lan)\\s+)?(?:${days})\\s+\\d{1,2}(?:[.,]5)?(?![.,]?\\d))(?=\\s*(?:[,.;&]|$|\\b(?:and|dan|lan)\\b|(?:${days})\\b))`,
      'i',
    ),
    // ("rebo prei", "sabtu libur": a day off in the list; the list goes on after it.)
    off: new RegExp(
      `^(\\s*(?:[,;&]|\\band\\b|\\bdan\\b|\\blan\\b)?\\s*(?:${days})\\s+(?:prei|prai|libur|off|leren|istirahat|kosong|ora garap|gak kerja|ga kerja))(?=\\s*(?:[,.;&]|$|(?:${days})\\b))`,
      'i',
    ),
    // "hours this week: mon 6, tue 7", "jam kerja: senin 6, selasa 7": the heading's word for every day listed.
    head: new RegExp(
      `\\b(jam kerja|jam kerjo|jam kerjane|jam|hours?|hrs?|working hours)\\b(?:[^:\\n\\d]{0,25}:|(?:\\s+(?:mgg|minggu|pekan|iki|ini|niki|this|week))*)\\s*(?=(?:${days})\\s+\\d{1,2}(?:[.,]5)?(?![.,]?\\d)\\s*(?:[,;&]|$|\\b(?:and|dan|lan)\\b|(?:${days})\\b))`,
      'i',
    ),
    list: new RegExp(`^((?:${days})\\s+\\d{1,2}(?:[.,]5)?(?![.,]?\\d))`, 'i'),
  };
  return dayListCache;
}

const SHORT_DAY: Record<string, string> = {
  sen: 'senin',
  sel: 'selasa',
  rab: 'rabu',
  reb: 'rebo',
  kam: 'kamis',
  kem: 'kemis',
  jum: 'jumat',
  sab: 'sabtu',
  min: 'minggu',
};
const SHORT_DAY_RE = /\b(sen|sel|rab|reb|kam|kem|jum|sab|min)\s*:?\s*(?=\d)/gi;
/**
 * "sen 5 sel 6 rab 4": weekdays cut to three letters, as on a calendar. Alone these are other words ("sen" a cent,
 * "min" minus), so only two or more of them, each before a figure, are days.
 */
function shortWeekdays(src: string): string {
  const found = new Set([...src.matchAll(SHORT_DAY_RE)].map((m) => m[1]!.toLowerCase()));
  if (found.size < 2) return src;
  return src.replace(SHORT_DAY_RE, (m, d: string) => `${SHORT_DAY[d.toLowerCase()]}${m.slice(d.length)}`);
}

function hoursCarried(lex: Lexicon, src0: string): string {
  let src = src0;
  const { first, next, off, head: headRe, list: listRe } = dayListPatterns(lex);
  const head = headRe.exec(src);
  if (head) {
    const unit = /^(jam)/i.test(head[1]!) ? 'jam' : 'hours';
    const from = head.index + head[0].length;
    const list = listRe.exec(src.slice(from));
    if (list) src = `${src.slice(0, from)}${list[1]} ${unit}${src.slice(from + list[1]!.length)}`;
  }
  let out = '';
  let at = 0;
  for (const m of src.matchAll(first)) {
    if (m.index < at) continue;
    let end = m.index + m[0].length;
    out += src.slice(at, end);
    for (;;) {
      const more = next.exec(src.slice(end));
      const skip = more ? null : off.exec(src.slice(end));
      if (!more && !skip) break;
      out += more ? `${more[1]} ${m[1]}` : skip![1];
      end += (more ?? skip)![1]!.length;
    }
    at = end;
  }
  return out + src.slice(at);
}

export function readMessage(text: string, now: Date): Reading {
  if (last && last.text === text && last.at === now.getTime()) return last.reading;
  const reading = employersSaidNew(
    costsTotalled(
      sharedOrder(cutForRejects(weekTotal(bareCuts(smallHours(readFresh(text, now), now)), text, now), text), text),
    ),
    text,
  );
  last = { text, at: now.getTime(), reading };
  return reading;
}

const NEW_ONE =
  '(?:juragan|bos|boss|bose|pengepul|majikan|pengusaha|pelanggan|langganan|wong|orang|tiyang)\\s+(?:baru|bru|anyar|enggal)';
const TITLED = '((?:bu|pak|mbak|mas|mbah|cak|ning|juragan)\\s+[a-z]+)';
/** "juragan anyar pak darno", "pak kholil juragan baru", "new boss: mbak wulan": a name said as new to her. */
const NAMED_NEW = [
  new RegExp(`\\b${NEW_ONE}\\s*[,.:]?\\s*(?:namanya\\s+|jenenge\\s+|yaitu\\s+|yaiku\\s+)?${TITLED}`, 'g'),
  new RegExp(`${TITLED}\\s*,?\\s*\\(?\\s*${NEW_ONE}\\b`, 'g'),
  new RegExp(
    `\\bnew\\s+(?:boss|employer|juragan|client|customer|middleman)\\s*[,:]?\\s*(?:named\\s+|called\\s+)?${TITLED}`,
    'g',
  ),
];

/**
 * An employer she says is new ("teko juragan anyar pak darno"): marked so, so that a name like one of hers
 * ("Juragan Darmo") is not taken for it.
 */
function employersSaidNew(reading: Reading, text: string): Reading {
  const t = fold(text);
  const names = NAMED_NEW.flatMap((re) => [...t.matchAll(re)].map((m) => m[1]!));
  if (!names.length) return reading;
  for (const e of reading.entries)
    if (e.employer && names.includes(fold(e.employer).replace(/\s+/g, ' ').trim())) e.employerNew = true;
  return reading;
}

/** The week a message is about: "minggu kemarin ...", "seminggu kmrn", "last week". */
const WEEK_SAID =
  /\b(?:sak|se|sa)\s?minggu\b|\bsepekan\b|\b(?:one|a|the whole|all)\s+week\b|\b(seminggu|sepekan|minggu|pekan|week)\s+(ini|iki|niki|kemarin|kemaren|kmrn|kmarin|lalu|wingi|kepungkur|kepengker|this|last)\b|\b(this|last|a|the|whole)\s+week\b|\bseminggu\b/;
// ("seminggu wingi" is the seven days just past, not last week's Monday to Sunday.)
const WEEK_PAST = /\b(minggu|pekan)\s+(kemarin|kemaren|kmrn|kmarin|lalu|wingi|kepungkur|kepengker)\b|\blast week\b/;

/**
 * "hours for last week: monday 5 hours, tuesday 6 hours": in a message about last week, a weekday said on its own
 * is last week's, not this week's (on a Monday, "monday" would be today).
 */
function lastWeeksDays(reading: Reading, text: string, now: Date): Reading {
  const t = fold(text);
  if (!WEEK_PAST.test(t) || /\b(minggu|pekan|week)\s+(ini|iki|niki|this)\b|\bthis week\b/.test(t)) return reading;
  const today = wibDate(now);
  const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
  const lex = lexicon();
  // (A weekday with its date, "senin 25", is that date.)
  const weekdayIn = (s: string) =>
    fold(s)
      .split(/[^a-z]+/)
      .some((w) => lex.weekdays.has(w) && w !== 'minggu') &&
    !/\b(?:senin|senen|selasa|seloso|rabu|rebo|kamis|kemis|jumat|jemuah|sabtu|setu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:tgl\s+|tanggal\s+)?\d{1,2}\b(?!\s*(?:jam|jm|hours?|hrs?|kodi|lusin|pcs|biji|rb|ribu|ewu|k)\b)/.test(
      fold(s),
    );
  // ("nyatet minggu wingi ya. senin 25 njupuk ...", told on the Sunday after: a weekday said with its date in
  // this week says the week she means is this one.)
  const dated = reading.entries.some((e) => {
    const m = /\b([a-z]+)\s+(?:tgl\s+|tanggal\s+)?(\d{1,2})\b/.exec(fold(e.text));
    return !!e.day && e.day >= monday && !!m && lex.weekdays.has(m[1]!) && Number(m[2]) === Number(e.day.slice(8));
  });
  if (dated) return reading;
  return {
    ...reading,
    entries: reading.entries.map((e) =>
      e.day &&
      !(e.kind === 'hours' && e.week) &&
      e.day >= monday &&
      weekdayIn(e.text) &&
      !/\b(hari ini|dino iki|today|td|tadi|kemarin|kmrn|wingi|yesterday)\b/.test(fold(e.text))
        ? { ...e, day: addDays(e.day, -7) }
        : e,
    ),
  };
}

/**
 * "minggu kemarin aku garap besek ..., total kerja 20 jam": hours more than a day holds, in a message about a
 * week, are that week's total (not the day of the clause before).
 */
function weekTotal(reading0: Reading, text: string, now: Date): Reading {
  const reading = lastWeeksDays(reading0, text, now);
  const long = (e: Entry) => e.kind === 'hours' && !e.week && (e.minutes ?? 0) > 16 * 60;
  if (!reading.entries.some(long)) return reading;
  const t = fold(text);
  // ("worked about 18 hours in total": more than a day holds, said as a total: this week's.)
  if (!WEEK_SAID.test(t) && !/\b(total|totalnya|totale|in total|altogether|all together|semuanya|kabeh)\b/.test(t))
    return reading;
  const today = wibDate(now);
  // (A week's total "seminggu wingi" is of the week before this one.)
  const past =
    WEEK_PAST.test(t) ||
    /\b(seminggu|sepekan)\s+(kemarin|kemaren|kmrn|kmarin|lalu|wingi|kepungkur|kepengker)\b/.test(t);
  const base = past ? addDays(today, -7) : today;
  const monday = addDays(base, -((new Date(`${base}T00:00:00Z`).getUTCDay() + 6) % 7));
  return {
    ...reading,
    entries: reading.entries.map((e) => (long(e) ? { ...e, week: true, day: monday } : e)),
  };
}

/**
 * "pk hadi mbayar 180 dipotong 20": a pay said in bare thousands (taken as thousands when saved) has its cut in
 * the same thousands.
 */
/**
 * "kemis nyetor 4 kodi, sing dibalekno 3. jumat dibayar 90 ewu, dipotong 5 ewu": beside rejects, with no word of
 * an advance, a cut of unsaid kind is for the rejects.
 */
function cutForRejects(reading: Reading, text: string): Reading {
  const open = (e: Entry) => e.kind === 'payment' && !!e.deduction && e.deduction.kind === null;
  if (!reading.entries.some(open)) return reading;
  // (Or the pay's own words name them: "dipotong 15 ewu, jare ono sing rusak".)
  const rejects = lexicon().sets.reject;
  const saysRejects = reading.entries.some(
    (e) =>
      open(e) &&
      fold(e.text)
        .split(/[^a-z]+/)
        .some((w) => rejects.has(w)),
  );
  if (!saysRejects && !reading.entries.some((e) => e.kind === 'handin' && (e.rejected ?? 0) > 0)) return reading;
  if (/\b(kasbon\w*|bon|bone|ngebon|utang\w*|hutang\w*|pinjam\w*|ngampil|advance|loan)\b/.test(fold(text)))
    return reading;
  return {
    ...reading,
    entries: reading.entries.map((e) =>
      open(e) && e.kind === 'payment' && e.deduction
        ? { ...e, deduction: { ...e.deduction, kind: 'other' as const } }
        : e,
    ),
  };
}

function bareCuts(reading: Reading): Reading {
  const bare = (e: Entry) =>
    e.kind === 'payment' &&
    !!e.amount &&
    !e.amount.explicit &&
    e.amount.amount < 1000 &&
    !!e.deduction &&
    e.deduction.amount < e.amount.amount;
  if (!reading.entries.some(bare)) return reading;
  return {
    ...reading,
    entries: reading.entries.map((e) =>
      bare(e) && e.kind === 'payment' && e.deduction
        ? { ...e, deduction: { ...e.deduction, amount: e.deduction.amount * 1000 } }
        : e,
    ),
  };
}

/**
 * "mlm ini dr jam 8 sampe jam 12" said at 00:40: hours begun in the evening, told in the small hours, are of
 * the day before (the day in WIB has just turned).
 */
function smallHours(reading: Reading, now: Date): Reading {
  const hour = new Date(now.getTime() + WIB_OFFSET_MS).getUTCHours();
  if (!(hour < 5) || !reading.entries.some((e) => e.kind === 'hours' && e.from !== undefined && e.from >= 12))
    return reading;
  const today = wibDate(now);
  const yesterday = addDays(today, -1);
  return {
    ...reading,
    entries: reading.entries.map((e) =>
      e.kind === 'hours' && e.from !== undefined && e.from >= 12 && e.from > hour && (!e.day || e.day === today)
        ? { ...e, day: yesterday }
        : e,
    ),
  };
}

/**
 * "4 kodi of hijabs from Bu Endang, 50,000 per kodi. She shares it with my aunt, so her part is 2 kodi": one
 * order, of her part; the words about sharing are no entry of their own.
 */
function sharedOrder(reading: Reading, text: string): Reading {
  const part = ownShare(text);
  if (!part) return reading;
  // (The part said as a clause of its own reads as another order: it is the same one.)
  const said = (e: Entry) => e.kind === 'order' && (ownShare(e.text) !== null || saysOwnPart(e.text));
  const orders = reading.entries.filter((e) => e.kind === 'order');
  const order = (
    orders.length === 1
      ? orders[0]
      : orders.filter((e) => !said(e)).length === 1
        ? orders.find((e) => !said(e))
        : undefined
  ) as OrderEntry | undefined;
  if (!order || (order.qty && part.pieces >= order.qty.pieces)) return reading;
  return {
    ...reading,
    entries: reading.entries
      .filter((e) => e === order || !said(e))
      .map((e) => (e === order ? { ...order, qty: { count: part.count, unit: part.unit, pieces: part.pieces } } : e)),
  };
}

/** The sum at the end of some words ("upahnya lima belas ribu" -> "lima belas ribu"), with the words before it. */
function moneyTail(words: string): { before: string; amount: string } | null {
  const ws = words.trim().split(/\s+/);
  for (let i = 0; i < ws.length; i++) {
    const amount = ws.slice(i).join(' ');
    if (parseMoney(amount)) return { before: i ? `${ws.slice(0, i).join(' ')} ` : '', amount };
  }
  return null;
}

/** A gloss in brackets that is a sum: "(rong ewu limang atus)", "(50 thousand)", "(Rp2.500)". */
const MONEY_GLOSS =
  /\d\s*(?:k|rb|ribu|rebu|ewu|thousand|rupiah|perak)\b|\brp\.?\s?\d|\b(ewu|ribu|rebu|atus|ratus|thousand|rupiah|perak)\b/i;
/** Old words for money that she glosses in today's figures. */
const OLD_MONEY = /^(seringgit|ringgit|setali|tali|sesuku|suku|seketip|ketip|sebenggol|benggol|segobang|gobang)$/i;

/** A number opening a line as a list's item ("1. ...", "2) ..."), before a word. */
const LIST_NUMBER = /(^|\n)[ \t]*(\d{1,2})[ \t]*[.)][ \t]+(?=[a-z])/gi;

/**
 * "lapor hr ini\n1. bu endang ngasih ...\n2. juragan darmo bayar 150rb\n3. kasbon ...": her facts written as a
 * numbered list. The numbers count her lines, not goods or money; each line is a fact of its own. Only where
 * at least two lines are numbered one after another ("2. kerja 9 jam" alone may be a count).
 */
function listNumbersOff(src: string): string {
  const numbers = [...src.matchAll(LIST_NUMBER)].map((m) => Number(m[2]));
  const inTurn = numbers.some((n, k) => k > 0 && n === numbers[k - 1]! + 1);
  if (numbers.length < 2 || !inTurn) return src;
  return src.replace(LIST_NUMBER, '$1');
}

/** Words of days to come right after a day: "setu legi ngarep", "sesuk". */
const FUTURE_AFTER = /^\s*(?:ngarep|ngajeng|depan|dpn|sesuk|besok|mbenjing|mengko)\b/i;
const MARKET_DAYS = ['legi', 'pahing', 'pon', 'wage', 'kliwon'];
/** A day known by both: 17 August 1945 was Jumat Legi. */
const MARKET_ANCHOR = Date.UTC(1945, 7, 17);

/** The last day up to `today` (YYYY-MM-DD) that was this weekday (0 Sunday) on this market day, or null. */
function marketDayDate(weekday: number, market: string, today: string): string | null {
  const m = MARKET_DAYS.indexOf(market === 'paing' ? 'pahing' : market);
  if (m < 0) return null;
  for (let back = 0; back < 35; back++) {
    const day = addDays(today, -back);
    const t = Date.parse(`${day}T00:00:00Z`);
    const since = Math.round((t - MARKET_ANCHOR) / 86_400_000);
    if (new Date(t).getUTCDay() === weekday && ((since % 5) + 5) % 5 === m) return day;
  }
  return null;
}

function readFresh(text: string, now: Date): Reading {
  const lex = lexicon();
  if (typeof text !== 'string' || !text.trim()) return { entries: [] };
  // "nyuwun sewu" (excuse me) holds the word for a thousand; it is a courtesy, not a figure.
  let src = unstretch(text.length > 1000 ? text.slice(0, 1000) : text).replace(
    /\b(nyuwun|nuwun|ngapunten) sewu\b/gi,
    ' ',
  );
  src = listNumbersOff(src);
  // "payetnya beli sendiri 30rb 😅 bsk mau setor ke bu yati": an emoji between words ends what was said before it,
  // as a full stop would.
  src = src.replace(
    /(?<=[\p{L}\p{N}.,!?)]\s*)(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}])+(?=\s*[\p{L}\p{N}])/gu,
    '. ',
  );
  // "... bu endang paid 200k yesterday. how much does bu umi still owe me?": a question asked after the facts, in a
  // sentence of its own, asks; its words are no part of the record before it.
  src = src.replace(
    /([.!?\n]\s*)(?:(?:and|so|oh|btw|terus|trus|trs|lha|nah)\s+)?(?:how much|how many|what|when|who|where|why|does|do|did|is|are|can|will|berapa|brp|brapa|apa|apakah|kapan|gimana|gmn|piye|kepiye|pripun|piro|pinten|opo)\b[^.!?\n]*\?[\s?!.]*$/i,
    '$1',
  );
  // "5 and half hours": the half as a figure before the "and" can part the clause.
  src = src.replace(/\b(\d{1,2}) and (?:a )?half\b/gi, '$1 setengah');
  // "6 got rejected", "3 were sent back": a count of rejects ("got" is no pay here).
  src = src.replace(/\b(\d+)\s+(?:got|were|was|are|have been|had been)\s+(rejected|returned|sent back)\b/gi, '$1 $2');
  // "57 ewu 600", "12 ribu 500": the hundreds said after the thousands, as a price is said aloud.
  src = src.replace(
    /\b(\d{1,3})\s*(?:ewu|ribu|rebu|rb)\s+([1-9]00)\b(?!\s*(?!se[a-z]|per\b|sak\b|each\b)[a-z])/gi,
    (_m, k: string, h: string) => String(Number(k) * 1000 + Number(h)),
  );
  // "9 ewu se gros", "se-kodi 25 ewu": "se" (one, per) written apart from its unit is "sak".
  src = src.replace(/\bse[ \t]*-?[ \t]*([a-z]+)\b/gi, (m, u: string) =>
    /^se[a-z]/i.test(m) || !lex.units.has(u.toLowerCase()) ? m : `sak ${u}`,
  );
  // "3 hr gak sempet nulis.", "udh 4 hr gak lapor", "ngapunten nembe nulis": why she writes late, no entry.
  src = src.replace(
    /(?:^|(?<=[.,;!]\s*))\s*(?:maaf\s+|ngapunten\s+|sorry\s+)?(?:(?:udh|udah|sudah|sdh|wes|wis|uwis|dah)\s+)?(?:\d+|dua|tiga|empat|lima|loro|telu|telung|papat|limang|pirang\W?pirang|beberapa|bbrp)\s*(?:hr|hari|dino|dina|days?)\s+(?:(?:aku|sy|saya|aq)\s+)?(?:gak|ga|nggak|ngga|tidak|tdk|blm|belum|ora|durung|gk|not|didn'?t|did not)\s+(?:sempet|sempat|isa|iso|bisa|sempat\s+buat)?\s*(?:nulis|lapor|laporan|catat|nyatet|nyatat|nyathet|ngabari|kabar|ngisi|buka\s+hp|pegang\s+hp|write|writing|report|log)\w*\b[^.,;!\n]*[.,;!]?/gi,
    ' ',
  );
  // "bbrp hari ini lembur terus": these last days, not today.
  src = src.replace(
    /\b(beberapa|bbrp|brp|bbrapa|pirang\W?pirang)\s+(hari|hr|dino|dina)\s+(ini|iki|terakhir)\b/gi,
    '$1 $2',
  );
  // "dibantu adik sy (19th)": an age after the one who helped ("th" for tahun), not the 19th of a month.
  src = src.replace(/\(?\b(\d{1,2})\s?th\b\)?/gi, (m, n: string, at: number, all: string) => {
    const before = fold(all.slice(Math.max(0, at - 30), at))
      .split(/[^a-z]+/)
      .filter(Boolean)
      .slice(-4);
    return before.some(personWord) ? `umur ${n} tahun` : m;
  });
  // "dibantu adik saya, udh SMA", "karo anakku, isih SD": her age or school year said after a comma is of the one
  // who helped, in the same clause.
  src = src.replace(
    /\s*,\s*(?=(?:(?:udh|udah|sudah|sdh|dah|wes|wis|uwis|masih|msh|isih|lagi|lg)\s+)?(?:sd|smp|sma|smk|mts|kuliah|kelas|kls|klas|umur|umure|umurnya|usia|usiane|usianya)\b)/gi,
    (m, at: number, all: string) =>
      fold(all.slice(Math.max(0, at - 30), at))
        .split(/[^a-z]+/)
        .filter(Boolean)
        .slice(-3)
        .some(personWord)
        ? ' '
        : m,
  );
  // ("dino iki oleh garapan loro. juragan darmo ngekei ...": how many jobs she tells of, no count of goods.)
  src = src.replace(
    /\b(garapan|orderan|order|gawean|kerjaan|pesenan)\s+(?:loro|dua|2|telu|tiga|3|papat|empat|4)\s*(?=[.:;]|$)/gi,
    '$1',
  );
  // ("hr ini dibayar 2, bu umi 130rb, juragan darmo 200rb", "paid twice today: ..."): how many pays she goes on to
  // tell, each with its own sum, is no sum of its own.
  src = src.replace(
    /\b(dibayar|dibayari|dibayarin|mbayar|bayaran|bayarane|paid|got paid)\s+(?:(?:2|3|4|dua|tiga|empat|loro|telu|papat|two|three|four)(?:\s*(?:x|kali|kali an|kalian|org|orang|wong|juragan|tempat|people))?|twice)\s*(?=[,:;.]\s*[^,:;.\n]*?\b\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)\b[^\n]*?\b\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)\b)/gi,
    '$1',
  );
  // ("wingi natal prei ra nggarap jemuah masang payet 6 jam", "sunday off monday 5 hrs": a day told as not worked
  // ends there; the next day said starts what she did.)
  src = src.replace(
    /\b((?:senin|senen|selasa|seloso|rabu|rebo|kamis|kemis|jumat|jemuah|jumuah|sabtu|setu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|kemarin|kemaren|kmrn|wingi|yesterday)\b(?:\s+[a-z]+){0,2}?\s+(?:prei|libur|off|day off|no work|ra nggarap|ora nggarap|gak nggarap|ra kerja|ora kerja|gak kerja|ga kerja|nggak kerja|tidak kerja|didn'?t work|did not work)(?:\s+(?:prei|libur|off|ra nggarap|ora nggarap|gak nggarap|ra kerja|ora kerja|gak kerja|ga kerja|nggak kerja|tidak kerja|blas|babar blas|sama sekali|at all))*)\s+(?=(?:senin|senen|selasa|seloso|rabu|rebo|kamis|kemis|jumat|jemuah|jumuah|sabtu|setu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|kemarin|kemaren|kmrn|wingi|hari ini|hr ini|dino iki|dina iki|today|yesterday|tgl|tanggal)\b)/gi,
    '$1, ',
  );
  // ("rong dino iki aku nggarap rokok, wingi 7 jam ...", "these two days": the days she goes on to tell, no day.)
  src = src.replace(
    /(?:(?:^|(?<=[.,;!\n]))[ \t]*(?:rong|loro|telung|telu|patang|dua|tiga|empat|[2-7])[ \t]*(?:hari|hr|dino|dina|dinten)[ \t]+(?:ini|iki|niki|terakhir)|\b(?:these|the last|the past)\s+(?:two|three|four|few|[2-7])\s+days)\b/gi,
    ' ',
  );
  // ("bar subuh diterke sandal jepit limang kodi teko pak hadi": brought from an employer, work received.)
  src = src.replace(
    /\b(?:dianter|dianterin|diantar|diantarkan|dikirim|dikirimin|dikirimi|diterke|diterne|dikirimke)\b(?=[^.,;!\n]*\b(?:teko|dari|dr|soko|seko|saking|from)\s+(?:bu|pak|mbak|mas|juragan)\b)(?![^.,;!\n]*\b(?:ke|k|nang|neng|menyang|marang|to)\s+(?:bu|pak|mbak|mas|juragan|rumah|rmh|omah|gudang)\b)/gi,
    'ambil',
  );
  // ("kemarin diantar bu umi bahan kaos kaki 25 kodi", "td diantar bu yati bulu mata": the one named right after the
  // passive brought them, work received from her; after an order's figures, "barusan dianter sama bu endang, bahannya
  // ..." only says how it came.)
  src = src.replace(
    /\b(?:dianter|dianterin|diantar|diantarkan|dikirim|dikirimin|dikirimi|diterke|diterne|dikirimke)\s+(?:(?:sama|sm|ama|oleh|karo|kalih|by)\s+)?(?=(?:bu|pak|mbak|mas|juragan)\s+[a-z]+)(?![^.,;!\n]*\b(?:ke|k|nang|neng|menyang|marang|to)\s+(?:bu|pak|mbak|mas|juragan|rumah|rmh|omah|gudang)\b)/gi,
    (m: string, at: number, whole: string) => (/\d/.test(whole.slice(0, at)) ? m : 'ambil dari '),
  );
  // "wingi sore diterke garapan", "dikirimi bahan": work brought to her is work received.
  src = src.replace(
    /\b(?:dianter|dianterin|diantar|diantarkan|dikirim|dikirimin|dikirimi|diterke|diterne|dikirimke)\s+(?:(?:lg|lagi|maneh|meneh)\s+)?(garapan|garapane|orderan|bahan|bahane|kerjaan|gawean)\b(?![^.,;!\n]*\b(?:ke|k|nang|neng|menyang|marang|to)\s+(?:bu|pak|mbak|mas|juragan)\b)/gi,
    'ambil $1',
  );
  // "rabu dianter lg 200 kemeja": goods brought to her are work received (not "dianter ke bu yati", a hand-in).
  src = src.replace(
    /\b(?:dianter|dianterin|diantar|diantarkan|dikirim|dikirimin|dikirimi|diterke|diterne|dikirimke)\s+(?:(?:lg|lagi|maneh|meneh)\s+)?(?=\d[^.,;!\n]*?(?:[.,;!\n]|$))(?![^.,;!\n]*\b(?:ke|k|nang|neng|menyang|marang|to)\s+(?:bu|pak|mbak|mas|juragan|rumah|rmh|omah|gudang)\b)/gi,
    'ambil lagi ',
  );
  // ("dianter 200 kemeja ke pak hadi": taken to the employer, a hand-in.)
  src = src.replace(
    /\b(?:dianter|dianterin|diantar|diantarkan|dikirim|dikirimin|diterke|diterne|dikirimke)\s+(?=\d[^.,;!\n]*\b(?:ke|k|nang|neng|menyang|marang|to)\s+(?:bu|pak|mbak|mas|juragan)\b)/gi,
    'setor ',
  );
  // "bu sri (juragan anyar)": who she is, said in brackets.
  src = src.replace(
    /\(\s*(?:juragan|bos|boss|majikan|pengepul|mandor|pengusaha|new boss|new employer)(?:\s+(?:baru|anyar|enggal|new))?\s*\)/gi,
    ', ',
  );
  // ("dibantu adik ipar", "kakak ipar saya": one in-law, not a sibling and an in-law.)
  src = src.replace(/\b(?:adik|adek|kakak|mbak|mas)\s+ipar\b/gi, 'ipar');
  // "dibantu bapake anak2", "karo pakne bocah", "with the kids' dad": her husband named, as women do, by the
  // children he fathers; one grown-up helper, no child.
  src = src.replace(
    /\b(?:(?:bapak|bapa|papa|ayah)\s*['-]?\s*(?:e|ne|nya)|pak\s*['-]?\s*(?:ne|nya)|pak'e)\s+(?:anak|bocah|lare|arek|cah|putra|putro)(?:2|-(?:anak|bocah|arek|cah)|\s+(?:anak|bocah|arek|cah)\b|ku|e|ne|nya)?(?:\s+(?:sy|saya|aku|kulo|kula))?\b|\b(?:the\s+|my\s+)?(?:kids'?|children'?s)\s+(?:dad|father)\b/gi,
    'suami',
  );
  // ("nyetor sedanten", "sadaya": "all" in krama, as the other words for it.)
  src = src.replace(/\b(?:sedanten|sadaya|sedantenipun)\b/gi, 'sedaya');
  // "pas 17an", "waktu agustusan": the seventeenth of August (the holiday), not seventeen of anything.
  src = src.replace(/\b(?:17\s?-?an|17an|tujuh\s?belasan|tujuhbelasan|pitulasan|agustusan)\b/gi, 'tgl 17 agustus');
  // "laporan: senin nyetor ...", "update hari ini:": a heading before what she tells.
  src = src.replace(
    /^\s*(?:mau\s+|mo\s+|arep\s+)?(?:laporan|lapor|laporane|laporannya|catatan|catetan|cathetan|update|info|report|log)(?:\s+(?:hari ini|hr ini|dino iki|minggu ini|today|this week|ya|yo|nggih|bu|mbak|min))*\s*:\s*/i,
    '',
  );
  // "wingi:\nnyetor ...\ndino iki:\ndibayar ...": a day on a line of its own heads the lines below it; it opens the
  // first of them, so the day is theirs and not the end of the line before.
  src = src.replace(/(^|\n)[ \t]*([^\n:]{2,30}?)[ \t]*:[ \t]*\n(?=\s*\S)/g, (m, pre: string, head: string) =>
    dayHeading(lex, head) ? `${pre}${head.trim()} ` : m,
  );
  // ("pak kasim mbayar ... senin, terus mau tuku lem 12 ewu": Javanese "mau" before what she did herself, at the
  // start of a clause, is "earlier today"; a day of its own, so the Monday of the pay is not carried into it.
  // Not "pak hadi mau mbayar" (he will pay), nor "nek mau tuku" (if she wants to buy).)
  src = src.replace(
    /(^|[,.;!\n]\s*|\b(?:terus|trus|trs|tros|banjur|nuli|lan|and then|then)\s+)((?:aku|aq|kula|kulo)\s+)?mau\s+(?=(?:tak\s+[a-z]{3,}|tuku|nuku|tumbas|numbas|nukokke|nukokne|njupuk|jupuk|entuk|oleh|olih|nompo|nampa|ngeterke|ngeterne|nyetorke|nyetorne)\b)(?![^,.;!?\n]*\b(?:sesuk|sesok|besok|bsk|besuk|mengko|nanti|ntar|lusa|tomorrow)\b)/gi,
    '$1$2mau iki ',
  );
  // "3 kodi, eh 4 kodi ding", "dr bu sumi, eh bu sri maksudnya": what she meant, in place of what she took back.
  src = putRight(src)
    // "1o lusin", "5oo": a letter o typed for a zero after a digit.
    .replace(/\b(\d+)(o+)\b/gi, (_m, d: string, o: string) => d + '0'.repeat(o.length))
    // "stor sapu150", "jam7": a figure typed onto the word before it ("anak2", "pagi2" say a word twice).
    .replace(/\b([a-z]{3,})(\d+)\b/gi, (m, w: string, d: string) =>
      d === '2' || /^(idr|rp)$/i.test(w) ? m : `${w} ${d}`,
    )
    // "jumat setor sisanya 200": the rest handed in is a count of what she handed in.
    .replace(
      /\b(setor|stor|nyetor|nyetorke|setorin|disetor|kirim|ngirim|dikirim|handed in|hand in|delivered)\s+(?:sisanya|sisane|sisa|turahane|the rest|the remaining)\s+(?=\d)/gi,
      '$1 ',
    )
    // "stor keset 60 k pk haji slamet": a lone "k" before a title or a place is "ke", not a thousand.
    .replace(
      /\b(\d+)\s+k\s+(?=(?:pk|pak|bpk|bu|ibu|buk|mbak|mba|mbk|mas|juragan|jurgan|jrgn|jur|bos|boss|koh|cik|haji|rumah|rmh|omah|gudang|toko|sana|situ|kono|kana)\b)/gi,
      '$1 ke ',
    );
  // "njaluk bon 300 ewu nang bu yati, dikei mung 200 ewu", "asked Juragan Darmo for an advance, he gave me
  // 400k": an advance asked for and what was given is one advance, of what was given.
  src = src
    .replace(
      /\b(?:njaluk|minta|nyuwun|ngajukan|ngajokke|mengajukan|pengen|arep|mau)\s+(?:kasbon|bon|utang|hutang|pinjam|pinjaman|ngampil|ampilan)\s+((?:(?:nang|neng|ke|k|sama|sm|karo|dari|dr|marang|teko|saking)\s+(?:bu|pak|mbak|mas|juragan|koh|cik|bos)\s+[a-z]+\s+)?)(?:rp\.?\s?)?\d[\d.,]*\s*(?:k|rb|ribu|rebu|ewu|jt|juta)?\b([^.;]*?)[,.;]?\s+(?:(?:tapi|tp|nanging|ning|but)\s+)?(?:(?:cuma|mung|namung|hanya|cm|only)\s+)?(?:dikei|dikasih|dikasi|diparingi|diwenehi|diwei|diberi|dapet|dapat|oleh|entuk|pikantuk|disetujui|di acc|diacc)\s+(?:(?:mung|cuma|namung|hanya|cm|only)\s+)?((?:rp\.?\s?)?\d[\d.,]*\s*(?:k|rb|ribu|rebu|ewu|jt|juta)?)\b/gi,
      (_m, who: string, mid: string, given: string) => `kasbon ${who}${given} ${mid}`,
    )
    .replace(
      /\b(?:asked|begged)\s+([a-z]+(?:\s+[a-z]+)?)?\s*for\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:advance|loan|kasbon)\b([^.;]*?)[,.;]?\s+(?:and\s+)?(?:he|she|they)\s+(?:only\s+)?(?:gave|lent|paid)\s+(?:me\s+)?(?:only\s+)?((?:rp\.?\s?)?\d[\d.,]*\s*(?:k|rb|ribu|jt|juta|million)?)/gi,
      (_m, who: string | undefined, mid: string, given: string) => `kasbon ${given}${who ? ` from ${who}` : ''}${mid}`,
    );
  // "didenda 5 ewu mergo jahitane rusak", "denda reject 2 biji 20rb" beside a pay: a fine taken off it, whose
  // rejected count is no figure of the pay; "terima bersih 230rb" after a full stop is still that pay's cash.
  src = src
    .replace(/\b(?:didenda|di denda|kena denda|kenek denda|kenak denda|dendane|dendanya)\b/gi, 'dipotong denda')
    .replace(
      /\b(denda)\s+(?:reject|rijek|rusak|retur|cacat|afkir)\s+\d+\s*(?:biji|bj|pcs|pasang|psg|potong|buah)?\b/gi,
      '$1',
    )
    .replace(
      /[.;]\s+((?:jadi|jd|dadi)\s+)?(?=(?:terima|trima|nompo|nampa|tompo|ditompo|nerima)\s+(?:bersih|resik)\b)/gi,
      ', $1',
    );
  // "benang tumbas piyambak 18 ewu", "lemnya beli sendiri 20rb" beside an order: what she bought for it is a cost
  // of hers (the order's own line says nothing of a sum).
  src = src.replace(
    /[,.;]?\s*\b(benang\w*|lem\w*|bahan\w*|kain\w*|plastik\w*|kancing\w*|resleting\w*|manik\w*|payet\w*)\s+(?:e\s+|ne\s+|nya\s+)?(?:tumbas|tuku|beli|nuku|mbeli)\s+(?:piyambak|piyambakan|dewe|dhewe|sendiri|dewean|sendirian)\s+((?:rp\.?\s?)?\d[\d.,]*\s*(?:k|rb|ribu|rebu|ewu)\b)/gi,
    (_m, what: string, sum: string) => `. tuku ${what} ${sum}`,
  );
  // "baru transfer 300rb, harusnya tgl 10 kemarin. telat seminggu": the day it was due, not the day it came.
  if (/\b(telat|terlambat|molor|mundur|late|baru|nembe)\b/i.test(src))
    src = src.replace(
      /\b(?:harusnya|seharusnya|hrsnya|mestinya|mestine|kudune|janjine|janjinya|should have been|was due)\s+(?:(?:tgl|tanggal|tang|on|the)\s+)?(?:\d{1,2}(?:\s*(?:\/|-)\s*\d{1,2})?|senin|selasa|rabu|kamis|jumat|sabtu|minggu|senen|seloso|rebo|kemis|jemuah|setu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:kemarin|kmrn|wingi|kemaren|lalu|kepungkur|last week))?\b/gi,
      'telat',
    );
  // "hari ini 40, habis sudah keset e", "wis entek kabeh": the work is all done, nothing spent.
  src = src.replace(
    /\b(?:habis sudah|sudah habis|udah habis|udh habis|dah habis|habis semua|semua habis|wis entek|wes entek|uwis entek|entek kabeh|kabeh entek|wis telas|sampun telas)\b(?!\s*(?:rp\.?\s?)?\d)/gi,
    ' ',
  );
  // "adiku", "anaku": "my younger sibling", "my child" typed with one k.
  src = src.replace(/\b(adik|anak|kakak|cucu|ponakan|keponakan|mbakyu|kangmas)u\b/gi, '$1ku');
  // "beli token 50rb. sama benang 15rb": "sama" opening a sentence goes on with the list before it.
  src = src.replace(
    /([.;!]\s+)(?:sama|sm|karo|plus|and|tambah)\s+(?!(?:bu|pak|mbak|mas|juragan|koh|cik|bos|anak\w*|suami\w*|bojo\w*|bapak\w*|mbah\w*|adik\w*|tonggo\w*|tetangga)\b)(?=[a-z])/gi,
    '$1',
  );
  // ("ambil tas dr bu umi 3 kodi, sm mote 5 pak dr bu yati": a joining word opening a clause before goods goes on
  // with the list; it is no part of the goods.)
  src = src.replace(/([,;]\s*)(?:sama|sm|karo|kalih|plus|tambah)\s+([a-z]+)\b/gi, (m, pre: string, w: string) =>
    isGoods(w.toLowerCase()) ? `${pre}${w}` : m,
  );
  // "got 40 woven bags to make for bu yati", "received 3 dozen hijabs": goods counted after the word are work taken
  // (a sum after it is pay: "got 150k").
  src = src.replace(
    /\b(?:got|received|receive|get)\s+(?=\d{1,4}(?![.,]\d)\s+(?!net\b|gross\b|bersih\b|k\b|rb\b|ribu\b|thousand|rupiah|rp\b|idr\b|million|juta|jt\b|hours?\b|hrs?\b|jam\b|more\b|of\b|from\b|for\b|to\b|at\b|in\b|on\b|back\b|off\b|extra\b|as\b|today\b|yesterday\b|this\b|last\b|cash\b|transfer\b|dari\b|dr\b)[a-z]{2,})/gi,
    'took ',
  );
  // "minta kasbon ke pak hadi 200rb gak dikasih": an advance asked for and refused is no money of hers.
  src = src.replace(
    /\b(?:minta|njaluk|nyuwun|ngajukan|asked(?:\s+\w+)?\s+for)\s+(?:an?\s+)?(?:kasbon|bon|utang|hutang|pinjaman|advance|loan)\b[^.;]*?\b(?:gak|ga|nggak|ngga|tidak|tdk|ora|ra|not|belum|blm|durung|dereng|mboten)\s+(?:di)?(?:kasih|kasi|wenehi|kei|paringi|kabulkan|acc|boleh|oleh|given|approved|entuk|dapat|dapet)\b[^.;]*/gi,
    ' ',
  );
  // "Pak Hadi promised 200k on Friday but only sent 100k today": what was promised is no money received.
  src = src.replace(
    /\b(?:promised|janji(?:nya|ne)?|dijanjikan|dijanjeni|katanya mau|jare arep|jarene arep)\b[^.;]*?\b(but|tapi|tp|nanging|ning)\b/gi,
    ' $1',
  );
  // "abis libur taun baru td dpt jahitan ...", "after the new year holiday": when, not the goods.
  src = src.replace(
    /\b(?:(?:abis|habis|sehabis|abs|setelah|stlh|sesudah|bar|mari|sakwise|sawise|after(?:\s+the)?)\s+)(?:(?:libur|liburan|prei|preian|holiday)\s+)?(?:(?:taun|tahun|thn|th)\s+baru(?:an)?|lebaran|riyoyo|riyaya|natal|imlek|new\s+year(?:'?s)?)(?:\s+(?:libur|liburan|holiday|holidays))?\b|\b(?:abis|habis|sehabis|setelah|sesudah|bar|mari|after(?:\s+the)?)\s+(?:libur|liburan|prei|preian|holiday|holidays)\b/gi,
    ' ',
  );
  // "sisa THR lebaran kemarin": a feast or a season gone by, not yesterday.
  src = src.replace(
    /\b(lebaran|riyoyo|riyaya|bakda|puasa|ramadan|ramadhan|natal|tahun|taun|musim|panen|imlek)\s+(?:kemarin|kemaren|kmrn|wingi|lalu|kepungkur|taun wingi)\b/gi,
    '$1',
  );
  // "wingi oleh 6 kodi", "mau isuk entuk 3 lusin": at the start of the message, before anything else is told, a
  // count of goods she got is work received, as "dapet 6 kodi" is. (Later in a telling, "ngelem 5 jam, oleh 200
  // biji", it is what she made; "sedino oleh 3 kodi" is how much a day.)
  src = src.replace(
    /^((?:(?:aku|aq|kulo|kula|mau|mou|tadi|td|wingi|wingine|kemarin|kmrn|isuk|esuk|awan|sore|bengi|dino|iki|niki|mbak|mba|bu|yo)\s+)*)(?:oleh|olih|entuk)(\s+\d)/i,
    '$1dapet$2',
  );
  // "oleh jahitan rok soko bu umi", "entuk sandal soko juragan": work received, its goods named after "oleh".
  src = src
    .replace(/\b(oleh|olih|entuk|antuk|pikantuk|dapat|dapet|dpt)\s+([a-z]+)\b/gi, (m, got: string, what: string) =>
      /^(jahitan|jaitan|bordiran|obrasan|rajutan|lemanan|gawean)$/i.test(what) ||
      (isGoods(what.toLowerCase()) && !/^(garapan|orderan|order|upah|bayaran|duit|uang)$/i.test(what))
        ? `${got} garapan ${what}`
        : m,
    )
    // "soko juragan darmo, ngelem, sekodi 5 ewu": the work done named alone between the parts of the order.
    .replace(
      /,\s*(?:ngelem|nglem|ngelemi|njahit|jahit|mbordir|bordir|ngobras|obras|masang|nyulam|ngepak|packing|mbungkus|bungkus|nganyam|anyam|ngrajut|rajut)\s*,/gi,
      ',',
    );
  // "paid 380k but took 50k back for my kasbon", "took back 50k of my kasbon": a cut of the pay for her advance,
  // no advance taken.
  src = src
    .replace(
      /\b(?:took|takes|kept|keeps|held|cut|deducted)\s+(?:(?:back|off|out)\s+)?((?:rp\.?\s?)?\d[\d.,]*\s*(?:k|rb|ribu|thousand)?)\s+(?:back|off|out)?\s*(?:for|as|of|from|off|against|towards?)\s+(?:my|the|her)?\s*(kasbon|advance|loan|debt)\b/gi,
      (_m, sum: string, what: string) => `dipotong ${sum} ${/kasbon|advance|loan|debt/i.test(what) ? 'kasbon' : ''}`,
    )
    // "she took 20k off for 2 that were dirty", "knocked 15k off": a cut of the pay, whatever it was for.
    .replace(
      /\b(?:took|takes|taken|take|knocked|knocks|docked|cut)\s+((?:rp\.?\s?)?\d[\d.,]*\s*(?:k|rb|ribu|thousand))\s+off\b/gi,
      'dipotong $1',
    )
    // "jam 12 luwih seprapat", "jam 3 lewat seperempat": a quarter past.
    .replace(/\b(jam\s+\d{1,2})\s+(?:luwih|lewih|lewat|lebih)\s+(?:seprapat|seperempat|sepapat|seprempat)\b/gi, '$1.15')
    .replace(/\b(jam\s+\d{1,2})\s+(?:luwih|lewih|lewat|lebih)\s+(?:setengah|stengah)\b/gi, '$1.30');
  // "bu endang ngirim bayaran bordir", "sent my wages": money sent is pay, not work sent.
  src = src.replace(
    /\b(?:ngirim|ngirimi|ngirimke|ngirimne|kirim|dikirim|dikirimi|nransfer|sent|sends)\s+(?:(?:aku|saya|me)\s+)?(?=(?:bayaran\w*|bayarane|upah\w*|opah\w*|duit|uang|arto|gaji\w*|wages?|pay|money)\b|(?:rp\.?\s?)?\d[\d.,]*\s*(?:k|rb|ribu|rebu|ewu|thousand|jt|juta)\b)/gi,
    'dibayar ',
  );
  // "ngei bonus selawe ewu", "dikasih THR 100rb": a bonus or holiday pay is pay, not work given.
  src = src.replace(
    /\b(?:ngei|ngekei|ngasih|ngasi|kasih|dikasih|dikasi|dikei|diwenehi|maringi|paring|diparingi|gave(?:\s+me)?|give)\s+(?=(?:bonus|thr|tunjangan|persenan|hadiah|uang lembur|tip|tips|duit lembur)\b)/gi,
    'dibayar ',
  );
  // "utange pak hadi sing sasi wingi wis dilunasi": what he owed her, paid: pay.
  src = src.replace(
    /\b(?:utange|utangnya|hutange|hutangnya|utangipun)\s+((?:bu|pak|juragan|mbak|mas|koh|cik)\s+[a-z]+)\b([^.;]*?)\b(?:wis|wes|sudah|udah|udh|sdh|sampun)?\s*(?:dilunasi|dilunasin|dilunasne|lunas|dibayar|dibayari|dibayarin)\b/gi,
    (_m, who: string, mid: string) =>
      `dibayar ${who} ${mid.replace(/\b(?:sing|yg|yang)\s+(?:sasi|bulan|wulan)\s+(?:wingi|lalu|kemarin)\b/gi, ' ')}`,
  );
  // "bu umi bayarnya nyicil, senin 100rb, hari ini sisanya 60rb": pay in instalments, each a pay on its day.
  if (
    /\b(bayar\w*|mbayar\w*|dibayar\w*|opah\w*|upah\w*|paid|pays?)\s+(?:\w+\s+)?(nyicil|dicicil|dicicilan|cicilan|diangsur|ngangsur|in instal?ments|in parts|bertahap)\b/i.test(
      src,
    )
  )
    src = src
      .replace(/\b(nyicil|dicicil|dicicilan|cicilan|diangsur|ngangsur|in instal?ments|in parts|bertahap)\b/gi, ' ')
      .replace(
        /([,.;]\s*(?:(?:hari ini|dino iki|today|mau iki|saiki|sekarang|terus|trus|lalu)\s+)?)(sisanya|sisane|the rest)\s+(?=(?:rp\.?\s?)?\d)/gi,
        '$1dibayar $2 ',
      );
  src = rateForSeveral(lex, boughtEachAsTotal(src));
  // "senin 20rb kamis 20rb", "senin 5 jam selasa 6 jam": a figure, then another weekday, starts another entry.
  src = src.replace(
    /(\d(?:[.,]\d+)?\s*(?:rb|ribu|rebu|ewu|k|jt|juta|jam|jm|hours?|hrs?)?)\s+(?=(?:senin|senen|selasa|seloso|rabu|rebo|kamis|kemis|jumat|jemuah|sabtu|setu|ahad|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|kemarin|kemaren|kmrn|wingi|hr ini|hari ini|dino iki|dina iki|dinten niki|today|yesterday)\b\s+(?!(?:and|dan|karo|lan)\b)(?:\w+\s+)?\d+(?:[.,]\d+)?\s*(?:rb|ribu|rebu|ewu|k|jt|juta|jam|jm|hours?|hrs?|kodi|lusin|pcs|biji|pasang|gros)\b)/gi,
    '$1, ',
  );
  src = ownSibling(kramaWith(bareHourSpan(lex, halfHourSpan(splitTitled(lex, src)))));
  // "sy sekalian balikin kasbon 100rb", "ngembaliin utang 50rb", "mbalekno bon": her advance given back is an
  // advance repaid (as "nyicil kasbon"), never a new one taken.
  src = src.replace(
    /\b(?:balikin|balikan|mbalikin|kembaliin|ngembaliin|ngembalikan|mengembalikan|kembalikan|balekno|mbalekno|mbalekke|mbalikno|mbalikke|ngembalekno|nglunasi|ngelunasi|ngelunasin|lunasin|melunasi|nyaur|nyahur)\s+(?:(?:sebagian|separo|separuh|sisa|sisane|sisanya)\s+)?(kasbon\w*|bon|bonku|bone|bonnya|utang\w*|hutang\w*|pinjaman\w*)\b/gi,
    'nyicil $1',
  );
  // ("kasbone tak balekno 50 ewu", "kasbon sy kembaliin 50rb": the advance named first.)
  src = src.replace(
    /\b(kasbon\w*|bon|bonku|bone|bonnya|utang\w*|hutang\w*|pinjaman\w*)\s+(?:(?:sy|saya|aku|aq|tak|tk|wis|wes|udah|udh|sudah|sdh|juga|jg|sekalian)\s+){0,3}(?:balikin|balikan|kembaliin|kembalikan|tak balekno|balekno|tak balikno|balikno|tak balekke|balekke|lunasin|lunasi|tak lunasi|tak saur|saur)\b/gi,
    'nyicil $1',
  );
  // "paid 600k but he took back the 150k I borrowed": the advance repaid out of the pay.
  src = src.replace(
    /\b(?:he|she|they)?\s*(?:took back|took|kept|cut|deducted|took off)\s+(?:the\s+)?((?:rp\.?\s?)?\d[\d.,]*\s*(?:k|rb|ribu|thousand)?)\s+(?:that\s+)?i\s+(?:had\s+)?(?:borrowed|owed)\b/gi,
    ' cut kasbon $1',
  );
  // "opahe limang atus siji", "upahe rong ewu setunggal": the wage in words for one piece, not five hundred and one.
  // ("upahnya tiga ribu satu kodi": for one of the unit said after it, read as it is.)
  src = src.replace(
    /\b((?:upah|opah|ongkos)\w*\s+(?:[a-z]+\s+){0,3}?(?:atus|ratus|ewu|ewon|ribu|rebu))\s+(?:siji|setunggal|satu|sijine|setunggalipun)\b(?!\s+(?:atus|ratus|ewu|ewon|ribu|rebu|juta|yuta)\b)/gi,
    (m, wage: string, at: number, all: string) => {
      const next =
        fold(all.slice(at + m.length))
          .trim()
          .split(/[^a-z]+/)[0] ?? '';
      return lex.units.has(next) ? m : `${wage} per biji`;
    },
  );
  // "upahipun 15 ewu setunggal", "2500 siji": a sum for one piece (a wage: not what she bought or was paid).
  const boughtOrPaid = /\b(beli|tuku|tumbas|nuku|bayar|dibayar|mbayar|bayaran|paid|bought|buy|transfer)\b/i.test(src);
  src = src
    .replace(
      /\b((?:rp\.?\s?)?\d+(?:[.,]\d+)*\s*(?:rb|ribu|rebu|ewu|k)|\d{3,}(?:[.,]\d{3})*)\s+(?:setunggal|siji|satu|sijine|satunya|each|apiece)\b/gi,
      (m, sum: string, at: number, all: string) => {
        // ("3.000 setunggal iket": for one of the unit said after it, read as it is.)
        const next =
          fold(all.slice(at + m.length))
            .trim()
            .split(/[^a-z]+/)[0] ?? '';
        if (lex.units.has(next)) return m;
        const wage = /\b(upah\w*|opah\w*|ongkos\w*|rate|harga\w*)\s*$/i.test(
          all.slice(Math.max(0, at - 30), at).replace(/\s*(?:rp\.?\s?)?$/i, ''),
        );
        return !boughtOrPaid || wage ? `${sum} per biji` : m;
      },
    )
    // "tgl merah tp tetep garap. td dianter bulu mata...": she worked all the same, no figure of it.
    .replace(
      /\b(?:tapi\s+|tp\s+|nanging\s+)?(?:tetep|tetap|ttp)\s+(?:garap|nggarap|kerja|kerjo|nyambut gawe|jahit|njahit|lembur|masuk)\s*(?=[.,;!\n]|$)/gi,
      ' ',
    )
    // "raining all day so i stayed home sewing, 7 hours": the weather all day, not her hours.
    .replace(/\b(hujan|ujan|udan|raining|rained|rain)\s+(?:all day|seharian|sedina|sedino|sedinten|terus)\b/gi, '$1');
  // "nggarap sampe jam 2, mulai jam 10": the end said first, then the start; one span.
  src = src.replace(
    /\b(sampe|sampai|smpe|sampek|nganti|ngantos|until|till)\s+(jam\s+\d{1,2}(?:[.:]\d{2})?(?:\s+(?:pagi|siang|sore|malam|malem|isuk|awan|bengi|am|pm))?)\s*[,.]?\s*(?:tapi\s+|tp\s+)?(mulai|mulaine|dari|dr|teko|seko|from|start(?:ed)?(?:\s+at)?)\s+(jam\s+\d{1,2}(?:[.:]\d{2})?(?:\s+(?:pagi|siang|sore|malam|malem|isuk|awan|bengi|am|pm))?)/gi,
    (_m, until: string, end: string, from: string, start: string) => `${from} ${start} ${until} ${end}`,
  );
  // "kerja 8 jam tp dipotong istirahat sm masak2 kira2 1,5 jam": the hours less the rest taken off them.
  src = src.replace(
    /\b(\d+(?:[.,]\d+)?)\s*(?:jam|hours?|hrs?)\b([^.;\d]*?)\b(?:dipotong|dikurangi|dikurangin|potong|minus|kurangi|less|minus)\s+((?:istirahat|leren|break|rest|masak|makan|sholat|solat)[^.;]*?)\s(\d+(?:[.,]\d+)?|sejam|setengah)\s*(?:jam|hours?|hrs?)\b/gi,
    (m, total: string, mid: string, why: string, off: string) => {
      const h = Number(total.replace(',', '.'));
      const r = off === 'sejam' ? 1 : off === 'setengah' ? 0.5 : Number(off.replace(',', '.'));
      return h > r && r > 0 ? `${String(h - r).replace('.', ',')} jam${mid} (${why.trim()})` : m;
    },
  );
  // "150 ditransfer nang rekening", "lewat bri": how the money came, no one who paid.
  src = src.replace(
    /\b(?:nang|neng|ning|ke|k|di|lewat|liwat|via|pake|pakai|nganggo)\s+(?:rekening|rek|atm|bank|bri|bca|bni|mandiri|dana|ovo|gopay|shopeepay)\b(?:\s+(?:ku|saya|aku|sy|bri|bca|bni|mandiri))?/gi,
    ' transfer',
  );
  // "kelas 5 SD" is a child's school year, "kerudung segi empat" a shape, "3 jam-an" about three hours.
  src = src
    .replace(/\b(?:kelas|kls|klas)\s+\d{1,2}(?:\s+(sd|smp|mi|mts|sma|smk))?\b/gi, (m, level: string | undefined) => {
      // (A year without its school: 1-6 primary, 7-9 middle school.)
      const year = Number(/\d+/.exec(m)![0]);
      return level ?? (year <= 6 ? 'sd' : year <= 9 ? 'smp' : 'sekolah');
    })
    .replace(/\bsegi\s*(empat|tiga|lima|enam|papat|telu)\b/gi, 'segi$1')
    .replace(/\b(\d+(?:[.,]\d+)?|setengah|sejam)\s*(jam|jm)(?:-an|\s+an|an)\b/gi, 'sekitar $1 $2');
  // "sy sehari paling dpt 30rb", "seminggu rata2 cuma 150rb": what she usually earns, told as a complaint, is no
  // entry of a day.
  src = src.replace(
    /\b(?:sehari|sedina|sedino|perhari|per hari|seminggu|sak minggu|sebulan|sak wulan|a day|a week|a month)\s+(?:(?:saya|aku|sy|aq|kula|kulo|i)\s+)?(?:(?:paling|rata2|rata-rata|biasane|biasanya|kira2|cuma|mung|cm|only|usually|about)\s+)+(?:(?:dpt|dapet|dapat|oleh|entuk|olih|get|make|earn)\s+)?(?:rp\.?\s?)?\d[\d.,]*\s*(?:k|rb|ribu|rebu|ewu)?\b/gi,
    ' ',
  );
  // "hr ini 2 org bayar", "dpt 2 orderan", "bawa pulang lagi 30 biji": how many paid her, how many orders she got,
  // and work taken home, said as she says them.
  src = src
    .replace(
      /\b(?:\d|dua|loro|tiga|telu|telung|rong)\s+(?:org|orang|wong)\s+(?:sing\s+|yg\s+|yang\s+)?(?:bayar|mbayar|bayari)\b/gi,
      'dibayar',
    )
    .replace(
      /\b(dpt|dapet|dapat|oleh|entuk|olih|terima|nerima|nompo)\s+(?:\d|dua|loro|tiga|telu|telung|rong)\s+(orderan|order|garapan|kerjaan|gawean)\b/gi,
      '$1 $2',
    )
    .replace(
      /\b(?:bawa|nggowo|nggawa|gowo|gawa)\s+(?:pulang|mulih|balik)(?:\s+(?:lagi|maneh|meneh|lg))?\b/gi,
      'ambil lagi',
    )
    // ("td ke rmh juragan darmo minta bon": her house is where she went; the employer is who.)
    .replace(
      /\b(ke|k|nang|neng|ning|menyang|di|dari|dr|soko|seko|teko|to|at)\s+(?:rmh|rumah|rumahnya|rumahe|omah|omahe|omahnya|griyo|griyane|dalemipun|ndalem|tempat|tempate|tempatnya|tmpt|nggone|gone|house|place)\s+(?=(?:bu|pak|mbak|mas|juragan|bos|koh|cik|haji|hj)\b)/gi,
      '$1 ',
    )
    // ("saking bu umi, sing omahe gurah niku", "bu sri yg rumahnya di pare": where she lives, not the goods.)
    .replace(
      /\b((?:bu|pak|mbak|mas|juragan|koh|cik)\s+[a-z]+)\s*,?\s+(?:sing|seng|yg|yang|ingkang)\s+(?:omahe|omah|rumahnya|rumahe|rumah|griyane|dalemipun|daleme|tinggal|manggon|asli|wong|orang)\s+(?:(?:nang|neng|ning|di|ing|ten|dari|seko|teko)\s+)?(?:desa\s+|kampung\s+|dusun\s+)?[a-z]+(?:\s+(?:niku|iku|kae|itu|kuwi|kui|kono|sana|lho))?\b/gi,
      '$1',
    )
    // ("dr bu sri, orang ngadiluwih", "saking bu umi tiyang gurah": where she is from, said straight after her name,
    // not the goods; goods and words of her own ("wong aku...") are left.)
    .replace(
      /\b((?:bu|pak|mbak|mas|juragan|koh|cik)\s+[a-z]+)\s*,?\s+(?:orang|org|wong|tiyang|asli)\s+(?:(?:desa|kampung|dusun|dukuh)\s+)?([a-z]+)\b/gi,
      (m, who: string, place: string) =>
        isGoods(place.toLowerCase()) ||
        /^(aku|saya|sy|kula|kulo|aq|ku|dia|dheweke|e|ne|nya|itu|iku|kuwi|sing|yg|yang|lain|liyane|liya|kabeh|semua|\d.*)$/i.test(
          place,
        )
          ? m
          : who,
    )
    // ("dr bu sri tetangga desa sebelah": who she is, not the goods.)
    .replace(
      /\b((?:bu|pak|mbak|mas|juragan)\s+[a-z]+)\s*,?\s+(?:tetangga|tonggo|tanggane|teman|temen|konco|kenalan)\s+(?:desa|kampung|dusun|dukuh)(?:\s+(?:sebelah|sebelahan|ngarep|mburi|seberang|kono|sana))?\b/gi,
      '$1',
    );
  // "sepasang seringgit (rong ewu limang atus)", "sak biji setali, yo iku rong atus seket rupiah": an old money word
  // glossed in today's figures; the gloss is the figure. ("seket ewu (50 thousand)": the figure said twice.)
  src = src
    .replace(/\b([a-z]+)\s*\(\s*([^()]{1,40}?)\s*\)/gi, (m, w: string, inner: string) => {
      if (!MONEY_GLOSS.test(inner)) return m;
      if (OLD_MONEY.test(w)) return inner;
      const sum = readNumber(w) || /^(ewu|ribu|rebu|rb|k|thousand|juta|jt|atus|ratus|rupiah|perak)$/i.test(w);
      return sum && parseMoney(inner) ? w : m;
    })
    .replace(
      /\b([a-z]+),?\s+(?:yo iku|ya iku|yaiku|yaitu|yakni|alias|artinya|that is)\s+((?:[a-z]+\s+){0,4}?(?:rupiah|ewu|ribu|rebu|atus|ratus|thousand|perak)|(?:rp\.?\s?)?\d[\d.,]*\s*(?:rb|ribu|ewu|k|rupiah|perak)?)\b/gi,
      (m, w: string, gloss: string) => (OLD_MONEY.test(w) ? gloss : m),
    );
  // "sak kodi selangkung ewu", "sepasang 2500", "one kodi 15 thousand": the unit first, then its rate; "lima belas
  // ribu satu kode": a sum for one unit.
  src = src
    .replace(
      /\b(?:sak|se|satu|siji|setunggal|one|a|per|tiap|saben)\s*(kodi|kode|kodine|lusin|lusine|pasang|biji|bijine|iji|pcs|dozen|pair|gros)\s+((?:rp\.?\s?)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|thousand)?|(?:[a-z]+\s+){0,3}(?:ewu|ribu|rebu|thousand|rupiah|atus|ratus|perak))(?=[\s,.;!]|$)/gi,
      (m, unit: string, said: string) => {
        const sum = moneyTail(said);
        return sum && !sum.before ? `${sum.amount} per ${unit.replace(/^(kodi|lusin|biji)ne$/, '$1')}` : m;
      },
    )
    .replace(
      /\b((?:rp\.?\s?)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|thousand)|(?:[a-z]+\s+){1,3}(?:ewu|ribu|rebu|thousand))\s+(?:satu|siji|setunggal|one)\s+(kodi|kode|lusin|pasang|biji|pcs|dozen|pair|gros)\b/gi,
      (m, said: string, unit: string) => {
        const sum = moneyTail(said);
        return sum ? `${sum.before}${sum.amount} per ${unit}` : m;
      },
    );
  // "ongkos angkut 15rb", "ongkos ojek pp": the fare she paid, never the rate of an order ("ongkos" is both).
  src = src.replace(
    /\bongkos(?:e|nya)?\s+(?=(?:angkut|ngangkut|kirim|ngirim|ojek|ojol|jalan|bensin|transport|becak|angkot|bus|pp|bolak|grab|gojek|naik|numpak)\b)/gi,
    'biaya ',
  );
  // "patbelas ewu sak ewu batang": per thousand sticks.
  src = src.replace(/\b(?:sak|se|saben|tiap)\s+(?:ewu|ribu)\s+(?=batang|btg|biji|iji|lembar|pcs)/gi, 'per sewu ');
  // "abis sahur", "habis tarawih": after a meal or a prayer, no money spent.
  src = src.replace(
    /\b(?:abis|habis|sehabis|abs)\s+(?=(?:sahur|saur|buka|bukber|tarawih|taraweh|terawih|subuh|shubuh|maghrib|magrib|isya|isyak|dzuhur|zuhur|ashar|asar|sholat|solat|salat|makan|mangan|masak|ngaji|jamaah)\b)/gi,
    'bar ',
  );
  // "skrg otw pulang", "saiki lagi otw": where she is now, not the day of what she tells.
  src = src.replace(
    /\b(?:skrg|skrng|sekarang|saiki|now)\s+(?:lagi\s+|masih\s+)?(?:otw|on the way)(?:\s+[a-z]+)?/gi,
    ' ',
  );
  // "Bu Yati gave me 100k": money given is pay ("gave me 5 kodi", "gave me 250 new bags", "gave me 40 sarongs"
  // stay work given: a bare figure followed by the things counted).
  src = src.replace(
    /\b(gave|handed|sent) me (?=((?:rp\.?\s?)?\d+(?:[.,]\d+)*)\s*(k|rb|ribu|rebu|ewu|jt|juta|thousand|rupiah)?\b\s*([a-z]*)\s*([a-z]*))/gi,
    (m, _v: string, _n: string, unit: string | undefined, w1: string, w2: string) => {
      if (unit) return 'paid me ';
      const adj = /^(new|more|extra|other|fresh|big|small|large|little|plain|white|black)$/i.test(w1);
      const counted = (adj ? w2 : w1).toLowerCase();
      const notThings =
        /^(|for|to|and|but|cash|today|yesterday|tonight|this|last|on|in|at|as|from|of|the|only|just|again|too|already|in|so|then|k)$/;
      return notThings.test(counted) ? 'paid me ' : m;
    },
  );
  // "lembur ngejar setoran bsk pagi", "kanggo setoran sesuk": what the work is for, no hand-in and no day of it.
  src = src.replace(
    /\b(?:(?:ngejar|kejar|ngoyak|nguber|mburu|ngebut|chasing)\s+(?:setoran|setor|target|deadline|dl)|(?:buat|untuk|utk|kanggo|nggo|gawe|for)\s+(?:setoran|setor|nyetor)\s+(?=besok|bsk|besuk|sesuk|sesok|sok|lusa|tomorrow))(?:\s+(?:besok|bsk|besuk|sesuk|sesok|sok|lusa|tomorrow|senin|selasa|rabu|kamis|jumat|sabtu|minggu|senen|seloso|rebo|kemis|jemuah|setu))?(?:\s+(?:pagi|pgi|isuk|esuk|siang|awan|sore|morning))?/gi,
    ' ',
  );
  // "..., dibayar Rp45.000 yang 2 kodi besok": the pieces still to come, said last, are no entry of today nor a
  // plan of the whole message.
  src = src.replace(
    /(\S)[,.]?\s+(?:yang|yg|sing|seng|sisanya|sisane|the other|the rest)\s+(?:lagi\s+|maneh\s+)?\d+\s*(?:kodi|kd|lusin|lsn|pasang|psg|biji|pcs|potong|buah|dozen|pairs?|pieces)\s+(?:lagi\s+|maneh\s+)?(?:besok|bsk|besuk|sesuk|sesok|lusa|nanti|ntar|mengko|ngko|minggu depan|tomorrow|next week|later)\b[\s.!]*$/i,
    '$1',
  );
  // "yg rejeki 4 psng": the word for rejects, turned into "fortune" by the phone's spelling fixer.
  src = src.replace(/\b(yg|yang|sing|seng)\s+rejeki\s+(?=\d)/gi, '$1 reject ');
  // "pak kholil juragan baru", "new boss pak kholil": the name, not the words that say she is new.
  src = src
    .replace(
      /\b((?:bu|pak|mbak|mas|mbah|cak|ning)\s+[a-z]+)\s*,?\s+(?:(?:juragan|bos|boss|pengepul|majikan|pengusaha)\s+(?:baru|anyar|enggal)|mandor|mandore|makelar)\b/gi,
      '$1',
    )
    .replace(
      /\b(?:a\s+|my\s+)?new\s+(?:boss|employer|juragan|client|middleman)\s*[,:]?\s*(?=(?:bu|pak|mbak|mas|juragan)\b)/gi,
      '',
    );
  // "got sandal work from pak hadi": work received, its goods said before the word for it.
  src = src.replace(
    /\b(got|get|received|took|picked up)\s+([a-z]+)\s+(work|order|orders|job)\b/gi,
    (m, _verb: string, goods: string) =>
      isGoods(goods.toLowerCase().replace(/s$/, '')) || isGoods(goods.toLowerCase()) ? `got work ${goods}` : m,
  );
  // "45 pairs were sent back for repair": returned to her, not handed in.
  src = src
    .replace(/\b(?:sent|brought|given|handed)\s+(?:it\s+|them\s+)?back\b/gi, 'returned')
    // ("she sent 5 back for repair": five returned.)
    .replace(/\b(?:sent|brought|gave|handed)\s+(\d+)\s+(?:of them\s+|pieces\s+|pcs\s+)?back\b/gi, 'returned $1');
  // "bu yati barusan bayar sekalian ...", "wingi pak hadi nyicil 100 ewu": the employer paying her is pay received.
  // ("jrgn darmo bayar 480rb dipotong benang 20rb": her titles shortened as thumbs write them.)
  src = src.replace(
    /\b((?:bu|pak|pk|bpk|mbak|mas|juragan|jrgn|jrg|jurgn|jurgan|jragan|bos|boss|pengepul)\s+(?!(?:blm|belum|blum|belom|durung|ora|gak|ga|tidak|tdk|ndak|udah|udh|sudah|wis|wes|mau|lagi|td|tadi)\b)[a-z]+(?:\s+slamet)?)\s+((?:(?:barusan|tadi|td|wis|wes|udah|udh|sudah|sdh|mau|akhire|akhirnya|finally|baru|lagi|maneh|dulu|disik|pagi|sore|siang|malam|malem|semalem|semalam|mlm|subuh|isuk|esuk|awan|bengi|wingi|kemarin|kmrn|kemaren|dino iki|hari ini|langsung|lgsg|finally|just|already|also|has|have|tetep|tetap|dtg|datang|dateng|teko|rawuh|mampir|kesini|mrene)\s+)*)(bayar|mbayar|bayari|byr|nyicil|nyicili|ngelunasi|melunasi|lunasi|nglunasi|paid(?:\s+(?:me|her|us|mom|mum))?\s+for)\b(?:\s+(?:dulu|disik|dhisik|sik|lagi|maneh|meneh))?/gi,
    (_m, who: string, adv: string) => `${adv}dibayar ${who} sih `,
  );
  // "Bu Umi finally paid for the work I handed in 2 weeks ago", "bayaran setoran minggu lalu": that day is
  // the hand-in's, the pay is today.
  if (/\b(dibayar|bayaran|paid|pay|payment|opah|upah)\b/i.test(src))
    src = src.replace(
      /\b(handed in|delivered|setoran|disetor|nyetor|setor|stor)\s+(?:\d+\s+(?:weeks?|days?|minggu|hari|dino|dina)\s+(?:ago|lalu|kepungkur|yg lalu|yang lalu|kemarin)|minggu lalu|minggu kemarin|minggu wingi|last week|sing wingi)\b/gi,
      '$1',
    );
  // "udh diambil bu umi td pagi", "collected by Bu Yati": the employer took her work, a hand-in.
  src = src.replace(
    /\b(?:diambil|dijupuk|dipundhut|dipendhet|collected by|picked up by|taken by)\s+(?=(?:bu|pak|mbak|mas|juragan|bos)\b)/gi,
    'disetor ke ',
  );
  // "90rb. sakjane kudune 100rb tapi dipotong 10rb", "timbang ora dibayar": what it should have been, and a
  // saying, beside the pay itself, are no figures of it.
  // ("harusnya 30rb tapi dipotong 5rb" with no other sum: what it should have been is the pay before its cut.)
  const sums = [...src.matchAll(/(\S+\s+)?\d[\d.,]*\s*(?:rb|ribu|ewu|k|jt|juta)\b/gi)];
  const notCuts = sums.filter((m) => !/\b(dipotong|potong|potongan|motong|cut|minus|off)\s+$/i.test(m[1] ?? ''));
  if (sums.length >= 2 && notCuts.length >= 2)
    src = src.replace(
      /\b(?:sakjane|sakjatine|sebenere|sebenarnya|sebetulnya|harusnya|seharusnya|hrsnya|mestinya|mestine|kudune|should have been|should be)(?:\s+(?:kudune|harusnya|sih|ya|itu))?\s+(?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|ewu|k|jt|juta)?\b/gi,
      ' ',
    );
  src = src.replace(
    /\b(?:timbang|daripada|drpd|ketimbang)\s+(?:ora|gak|ga|nggak|tidak|tdk)\s+(?:dibayar|mbayar|bayar|dapet|oleh)\b/gi,
    ' ',
  );
  // "bu endang ksh payet kerudung 3 lusin", "Pak Hadi brought kerupuk for mom", "Pak Hadi ngintunaken sandal" (krama):
  // the employer bringing work is work received (money she gives is pay, read above).
  src = src.replace(
    /\b((?:bu|pak|mbak|mas|juragan|bos)\s+(?!(?:blm|belum|durung|ora|gak|ga|tidak|udah|wis|mau|td|tadi)\b)[a-z]+(?:\s+slamet)?)\s+(?:(?:tadi|td|barusan|mau|wis|udah|udh|lagi|lg)\s+)*(?:brought|gave|sent|dropped off|ngasih|ngasi|ksh|kasih|ngirim|ngirimi|nganter|nganterin|ngeterke|ngeterne|ngekei|ngeki|ngei|maringi|paring|ngintunaken|ngintunake|ngintuni|ngintun)\b(?!\s+(?:me\s+|aku\s+|saya\s+)?(?:uang|duit|arto|money|cash|tunai|kes|rp\.?\s*)?\s*\d[\d.,]*\s*(?:k|rb|ribu|ewu|jt|juta)\b)(?!\s+(?:me\s+|aku\s+|saya\s+)?(?:an?\s+)?(?:kasbon|bon|utang|hutang|pinjaman|panjer|duit|uang|arto|dp|money|advance|loan|bayaran|upah|opah|gaji)\b)/gi,
    'dapat garapan dari $1',
  );
  // "td ada org nganter mote", "someone dropped off the caps": someone bringing goods is work received, whom from
  // said later.
  src = src.replace(
    /\b(?:(?:ada|ana|ono|onok|enek|wonten)\s+)?(?:org|orang|wong|uwong|tiyang|someone|somebody)\s+(?:(?:tadi|td|barusan|mau|wis|udah|udh)\s+)*(?:brought|sent|dropped off|ngirim|ngirimi|nganter|nganterin|ngeterke|ngeterne|ngeteri|ngaterke)\b(?!\s+(?:uang|duit|arto|money|cash|rp\.?\s*)?\s*\d[\d.,]*\s*(?:k|rb|ribu|ewu|jt|juta)\b)(?!\s+(?:uang|duit|arto|money|bayaran|upah|opah|gaji)\b)/gi,
    'dapat garapan',
  );
  // "30rb perlusin", "perkodi": per and the unit written together.
  src = src.replace(/\bper(lusin|kodi|biji|pasang|psg|pcs|kg|kilo|gros|pak|ikat|rim|iji|buah)\b/gi, 'per $1');
  // "engko dipotong teko bayaran tas", "nanti dipotong dr gaji": a cut still to come, no cut of anything now.
  src = src.replace(
    /\b(?:engko|nanti|mengko|ngko|ntar|later|sesuk|besok|bsk)\s+(?:di\s?)?(?:potong|potongke|potongne|potongin|cicil|nyicil)\w*\b[^,.;]*/gi,
    ' ',
  );
  // "telulas ewu sak ewune": per a thousand.
  src = src.replace(/\b(?:sak|saben|tiap)\s+ewune\b|\bsak ewu ne\b|\b(?:per\s+)?sewune\b|\bsakewune\b/gi, 'per sewu');
  // "I'm helping Bu Sarmi enter her work ... from Bu Endang", "Logging for Ibu Tumini: ... to Pak Haji Slamet": the
  // one she writes for is no employer when another is named after.
  src = src.replace(
    /\b(?:helping|help|logging for|recording for|writing for|typing for|entering for|for)\s+(?:ibu|bu|mbah|mak|mamak|simbah|ibuk)\s+[a-z]+\b(?=.*\b(?:bu|pak|juragan|bos|mbak|mas|koperasi)\s+[a-z]+)/gi,
    ' ',
  );
  // "dipun paringi garapan kalih pak haji slamet": "kalih" before a name is "from" (krama), not two.
  src = src.replace(
    /\b(kalih|kaliyan)\s+(?=(?:pak|bu|bapak|ibu|mbak|mas|juragan|bos|koperasi|mbah|bude|pakde)\b)/gi,
    'saking ',
  );
  // "tas sing tak jupuk senin wingi kae wis tak setorne": which order it was, not an order taken now.
  src = src.replace(
    /\b(?:sing|seng|yg|yang|ingkang)\s+(?:tak\s+|ku\s+|aku\s+|sy\s+|saya\s+|kula\s+)?(?:jupuk|njupuk|ambil|diambil|dapat|dapet|oleh|tampi|silih|nyilih|pinjam|pinjem|utang|ngutang|bon|ngebon|kasbon)\s+(?:(?:hari|tgl|tanggal|dino|pas|kala)\s+)?(?:senin|selasa|rabu|kamis|jumat|jemuah|sabtu|setu|minggu|senen|seloso|rebo|kemis|wingi|kemarin|kmrn|minggu lalu|minggu wingi|\d{1,2}(?:\/\d{1,2})?)(?:\s+(?:wingi|kemarin|kae|kuwi|itu|lalu))*\b/gi,
    ' ',
  );
  // "3 kodi dulu, sisanya kamis": the day of the rest, still to come, is not the day of what she did.
  src = src.replace(
    /\b(sisanya|sisane|sisae|sing liyane|yang lain|the rest)\s+(?:(?:nanti|mengko|besok|sesuk|hari|dino|tgl|tanggal|on)\s+)?(?:senin|selasa|rabu|kamis|jumat|jemuah|sabtu|setu|minggu|senen|seloso|rebo|kemis|besok|sesuk|lusa|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b/gi,
    '$1 nanti',
  );
  // "I got 500 brooms to make", "got 300 sandals to glue": work received, not money.
  src = src.replace(
    /\b(?:i\s+)?(?:got|received|took)\s+(?=\d[\d.,]*\s+[a-z]+\s+to\s+(?:make|sew|glue|pack|roll|stitch|embroider|sand|peel)\b)/gi,
    'took order ',
  );
  // "dipotong cicilan kasbon 50 ewu": a cut for her advance, not an advance taken.
  src = src.replace(/\b(dipotong|potong|potongan|dikurangi|minus)\s+(?:cicilan|nyicil|angsuran|nyaur)\s+/gi, '$1 ');
  // "kotornya 500rb", "gross was 300k" beside the net and the cut: the same pay said before its cut.
  src = src.replace(
    /[,.;]?\s*(?:terus\s+|trus\s+|and\s+)?(?:kotor|kotore|kotornya|bruto|brutonya|gross|the gross|gross was|gross is|total kotor)\s*(?:was|is|e|nya|:)?\s*(?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|ewu|k|000)?\b(?=[^\d]*$)/gi,
    (m) =>
      /\b(bersih|resik|net|nett|nampa|terima|nerima|took home|dadi|jadi)\b/i.test(src) &&
      /\b(potong\w*|dipotong|potongan|cut|minus|deducted|dikurangi)\b/i.test(src)
        ? ' '
        : m,
  );
  // "a 15k cut for 3 rejected pieces": the money is the cut, the pieces why.
  src = src.replace(
    /\b((?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|ewu|k))\s+(cut|deduction|potongan)\s+for\s+\d+\s+/gi,
    '$2 $1 for ',
  );
  // "dipotong dr bayaran 3x", "ping telu": how many times, not a sum.
  src = src.replace(/\b\d{1,2}\s*(?:x|kali|kaliyan|times)(?=\s|[,.!?]|$)|\bping\s+\d{1,2}\b/gi, ' ');
  // "kirang saking ingkang dipun janjeni", "kurang dari yg dijanjikan": less than, not from whom.
  src = src.replace(/\b(kurang|kirang|less|lebih|more)\s+(dari|dr|saking|saka|soko|seko|than)\b/gi, '$1');
  // Written short, as on SMS: "jm krj", "bntu 1", "ptg bon", "stor 3k" (kodi), "the wage is", "&".
  src = src
    .replace(/\s&\s/g, ' dan ')
    .replace(/\b(?:the\s+)?(?:wage|rate|pay|price|fee)\s+(?:is|was|will be)\s+/gi, 'upah ')
    .replace(/\bptg\s+(?=bon|kasbon|utang|hutang|kasbn)/gi, 'potong ')
    // "gk ada yg bantu", "gk tau": "gk" is "gak" written without its vowel.
    .replace(/\bgk\b/gi, 'gak')
    .replace(
      /\b(stor|setor|nyetor|setoran|ord|order|ambil|njupuk)\s+(\d{1,2})\s*k\b(?!\s*(?:rb|ribu|rupiah))/gi,
      '$1 $2 kodi',
    )
    .replace(/\b(ibu|ibuk|bapak|pak|bu|mak|mbok)\s+(mertua\w*|maratuwa\w*)/gi, '$2')
    // "pakaji slamet", "bukaji": the title and "haji" run together as they are said.
    .replace(/\b(pak|bu)h?aji\b/gi, '$1 haji')
    .replace(/\bdi-(?=[a-z])/gi, 'di')
    .replace(/\b([a-z]+)-(e|ne|nya)\b/gi, '$1$2');
  // "jm krj", "krdg", "sndl", "bntu": words written without their vowels, as on SMS.
  src = src.replace(/\b[a-z]{2,5}\b/gi, (w) => shortWord(lex, w.toLowerCase()) ?? w);
  // "dblekno", "dblkno": a word of the diary with some of its vowels left out.
  src = src.replace(/(?<!\b(?:bu|pak|ibu|bapak|mbak|mas|juragan|bos|haji)\s+)\b[a-z]{5,12}\b/gi, (w) =>
    /[A-Z]/.test(w) ? w : (vowelsLeftOut(lex, w) ?? w),
  );
  // "returnd", "rejectd", "finishd": an English past tense with its "e" left out, when that is a word it knows.
  src = src.replace(/\b([a-z]{3,}[b-df-hj-np-tv-z])d\b/gi, (w, stem: string) => {
    const { known } = shortWords(lex);
    const x = w.toLowerCase();
    const ed = `${stem.toLowerCase()}ed`;
    return !known.has(x) && known.has(ed) ? ed : w;
  });
  // "sandl", "krudung", "sandsl": goods with a vowel left out or a letter mistyped.
  src = src.replace(/\b[a-z]{4,9}\b/gi, (w) => goodsMissingVowel(lex, w.toLowerCase()) ?? w);
  // "2jsm", "3 kosi": after a figure, a unit or "jam" with one key hit beside the right one.
  src = src.replace(/(\d\s*)([a-z]{3,6})\b/gi, (m, n: string, w: string) => {
    const x = w.toLowerCase();
    if (shortWords(lex).known.has(x)) return m;
    // (A word with no vowel is short for a word, "12 brg adk" bareng, no slip of "btg"; unless the key missed
    // was the vowel itself, "jsm".)
    const vowelMissed = (u: string) => /[aeiou]/.test([...u].find((c, k) => c !== x[k]) ?? '');
    const units = [...lex.units.keys(), ...lex.sets.hour].filter(
      (u) => u.length === x.length && u[0] === x[0] && slipOf(u, x) && (/[aeiou]/.test(x) || vowelMissed(u)),
    );
    return new Set(units.map((u) => lex.units.get(u) ?? 'hour')).size === 1 ? `${n}${units[0]}` : m;
  });
  // "kpungkur", "tuesdy", "yestrday": a word of a day with a vowel left out.
  src = src.replace(/\b[a-z]{4,10}\b/gi, (w) => dayMissingVowel(lex, w.toLowerCase()) ?? w);
  // "sen: jahit 6 jam", "sel kmrn": a weekday cut to three letters.
  src = weekdayCut(lex, src);
  // "setu pahing wingi", "jemuah legi": a weekday with its Javanese market day is one day in thirty-five, the last
  // such day up to today, written as its date; with a word of days to come, the weekday alone.
  src = src.replace(
    /\b([a-z]+)\s+(legi|pahing|paing|pon|wage|kliwon)\b(\s+(?:wingi|kemarin|kmrn|kemaren|kepungkur|kapungkur|wingenane))?/gi,
    (m, day: string, market: string, _past: string | undefined, at: number) => {
      // (Javanese and Indonesian weekdays only: "friday wage was 300k" is her pay.)
      const weekday = /day$/i.test(day) ? undefined : lex.weekdays.get(day.toLowerCase());
      if (weekday === undefined) return m;
      if (FUTURE_AFTER.test(src.slice(at + m.length, at + m.length + 20))) return day;
      const date = marketDayDate(weekday, market.toLowerCase(), wibDate(now));
      return date ? `tgl ${Number(date.slice(8))}/${Number(date.slice(5, 7))}` : day;
    },
  );
  // "sertor", "dibayra": a verb of the diary with a thumb's slip (never a name, after its title).
  src = src.replace(/(?<!\b(?:bu|pak|ibu|bapak|mbak|mas|juragan|bos|haji|koh|cik)\s+)\b[a-z]{5,10}\b/gi, (w) =>
    /[A-Z]/.test(w) ? w : (verbMistyped(lex, w, shortWords(lex).known) ?? w),
  );
  // Voice typing: "hariini", "sampaijam" run together; "ke rudung", "to day", "un till" split apart.
  src = rejoined(lex, src);
  // "mau lebaran.bu yati 15 kodi": a stop with no space after it still ends the sentence.
  src = src.replace(/([a-z]{2,})\.([a-z]{2,})/gi, '$1. $2');
  // "di balikin", "di kasih", "di bantu": the passive written apart is the word the lexicon knows.
  src = src.replace(/\bdi\s+([a-z]{3,})\b/gi, (m, w: string) =>
    diWords(lex).has(`di${w.toLowerCase()}`) ? `di${w}` : m,
  );
  // "dbalikin", "dbayar": the passive with its "i" left out, as thumbs write it.
  src = src.replace(/\bd([b-df-hj-np-tv-z][a-z]{3,})\b/gi, (m, w: string) =>
    !shortWords(lex).known.has(m.toLowerCase()) && diWords(lex).has(`di${w.toLowerCase()}`) ? `di${w}` : m,
  );
  if (smallTalk(lex, src)) return { entries: [], smallTalk: true };
  // "terima kasih" (thank you) holds the word for receiving; it is a courtesy, not pay received.
  src = src.replace(/\b(terima ?kasih|trima ?kasih|terimakasih|trimakasih|tq|tks|thx)\b/gi, ' ');
  // "... but took 50k for my advance, so I got 150k": the advance cut from the pay, and the cash after it.
  src = src.replace(
    /\b(?:(?:she|he|they|bu \w+|pak \w+)\s+)?(?:took|kept|held back|deducted|cut)\s+((?:rp\.?\s*)?\d[\d.,]*\s*(?:k|rb|ribu|000)?)\s+(?:off\s+)?(?:for|as)\s+(?:my|the|her)?\s*(?:advance|kasbon|loan|debt)\b/gi,
    'dipotong $1 buat kasbon',
  );
  src = src.replace(/\bso\s+i\s+(?:got|received|took home)\b/gi, 'jadi terima');
  // "I gave her the rest", "we sent him 2 kodi": goods she gave the employer are handed in.
  src = src.replace(
    /\b(?:i|we)\s+(?:gave|sent|brought)\s+(?:her|him|them)\b(?!\s+(?:rp\.?\s*)?\d[\d.,]*\s*(?:k|rb|ribu)\b)/gi,
    'I handed in',
  );
  // "pak haji got 2 kodi caps yesterday", "bu yati received 30 bags": the employer received her work.
  src = src.replace(
    /\b((?:bu|pak|mbak|mas|juragan|my boss|the boss|boss)(?:\s+[a-z]+)?)\s+(?:got|received|collected|took)\s+(?=\d[\d.,]*\s+(?!k\b|rb\b|ribu|rupiah|jt\b|juta|thousand)[a-z])/gi,
    'handed in to $1 ',
  );
  // "new boss: mbak wulan", "bos baru: pak karno": the name after the colon is whom the work is from.
  src = src.replace(/\b(?:new\s+)?(?:boss|bos|juragan|majikan|employer)(?:\s+(?:baru|anyar))?\s*[:=]\s*/gi, 'dari ');
  // "bu yati dateng ke rumah, ngambil sisanya": coming and taking are one telling (the employer collects).
  src = src.replace(
    /\b(dateng|datang|dtg|teko|mampir|came|came by|came over)((?:\s+(?:ke|nang|neng|to)\s+(?:rumah|omah|omahku|rumahku|my house|the house))|\s+(?:mrene|rene|kesini|ksini))?\s*,\s*/gi,
    '$1$2 ',
  );
  src = src.replace(
    /\b(came|came by|came over|dateng|datang|dtg|teko|mampir)\s+(?:and|terus|trus|lan|then|n)\s+/gi,
    '$1 ',
  );
  // "ada pengepul baru, bu sari ...", "juragan anyar pak karno ...": the name is whom the work is from.
  src = src.replace(
    /\b(?:ada\s+|ono\s+|enten\s+)?(?:pengepul|juragan|bos|boss|majikan|pengusaha)\s+(?:baru|anyar|enggal)\s*[,.:]?\s*(?:namanya\s+|jenenge\s+|yaitu\s+|yaiku\s+)?(?=(?:bu|pak|mbak|mas|mbah|cak|ning)\b)/gi,
    '',
  );
  // "from seven in the morning until eleven", "from one to five in the afternoon": a span of the clock told in
  // English words (voice typing), read as "from 7am until 11", "from 1 to 5pm".
  src = englishClock(src);
  // Dictated punctuation: "... delapan jam titik" ends a sentence.
  src = src.replace(/\s+titik(?=\s*$|\s+(?!nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|\d)[a-z])/gi, '.');
  src = noRejectsAsNought(src);
  // "nyetor 2 panggon: ...", "handed in at two places": how many places she went to, no count of goods.
  src = src.replace(
    /\b(?:(?:ke|nang|neng|nek|di|ing|to|at)\s+)?(?:\d|dua|loro|rong|tiga|telu|telung|two|three)\s+(?:panggon|nggon|tempat|tmpt|places?|spots?)\b|\b(?:(?:ke|nang|neng|to)\s+)?(?:\d|dua|loro|rong|tiga|telu|telung|two|three)\s+(?:juragan|bos|boss|pengepul|employers?|orang|wong)\s*(?=:)/gi,
    ' ',
  );
  // "senen - rebo 5 jam", "senin-rabu": a dash between two weekdays is the days from one to the other.
  src = src.replace(/\b([a-z]+)\s*[-–—]+\s*([a-z]+)\b/gi, (m, a: string, b: string) =>
    lex.weekdays.has(a.toLowerCase()) && lex.weekdays.has(b.toLowerCase()) ? `${a} sampai ${b}` : m,
  );
  // "bu endang - kripik 20 pak, 3rb per pak - dibungkus ...": a dash between words parts the facts as a comma
  // does (not "jam 7 - 12", a span).
  // (Nor "jam 1 awan - jam 4 sore", a span of the clock.)
  src = src.replace(
    /(?<=[a-z])(?<!\d\s*(?:pagi|siang|awan|sore|malam|malem|bengi|esuk|isuk|am|pm))\s+[-–—]+\s+(?=[a-z])(?!(?:jam|jm|pukul|pkl|sampai|sampe|nganti)\b)/gi,
    ', ',
  );
  src = shortWeekdays(src);
  src = hoursCarried(lex, src);
  // "... opahe durung koma kemis jemuah ...", "per gross comma thursday": a dictated comma between words (not the
  // decimal "satu koma lima").
  src = src.replace(/(\S+)\s+(koma|comma)\s+(\S+)/gi, (m, a: string, _k: string, b: string) =>
    [a, b].some((w) => /\d/.test(w) || lex.numbers.has(w.toLowerCase()) || /^(se|setengah)$/i.test(w))
      ? m
      : `${a}, ${b}`,
  );
  // "bu sari dr gurah, ngasih kerupuk 30 pak": the employer named, then what she gives, is one telling.
  src = src.replace(
    /\b((?:bu|pak|mbak|mas|juragan|bos|pengepul)\s+[a-z]+(?:\s+(?:dr|dari|teko|seko|soko|ing|di|nang|neng|from|in)\s+[a-z]+)?)\s*,\s*(?=(?:ngasih|ngasi|ngekei|ngei|kasih|ngirim|ngirimi|kirim|nganter|ngeterke|gave|sent|brought)\b)/gi,
    '$1 ',
  );
  // "minyak goreng 40 ewu, sing kanggo keripik 30 ewu, sisane kanggo omah": only the part for the work is a cost.
  src = src.replace(WORK_PART, (_m, _whole: string, forWhat: string, part: string) => ` ${part} buat ${forWhat} `);
  // "80 renteng, 1 renteng isi 10 sachet", "1 ikat isi 10 besek": what one of her packs holds, not an entry.
  const pack = PACK.exec(src);
  if (pack) src = src.replace(pack[0], ' ');
  // Only emoji or signs ("🙏🙏", "👍"): a thanks, not an entry.
  if (!/[\p{L}\p{N}]/u.test(src)) return { entries: [], smallTalk: true };
  const c = clauseContext(lex, now);
  const toks = tokenize(src);
  // "me and my brother helped her": one group of helpers, not two clauses.
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.w === 'and' && /^(me|i)$/.test(toks[k - 1]!.w)) toks[k] = { ...toks[k]!, w: 'with' };
    // "my husband and my son", "suami dan anak": two people, one group.
    const next = /^(my|her|his|our|the|a|an)$/.test(toks[k + 1]?.w ?? '') ? toks[k + 2] : toks[k + 1];
    // ("anakku umur 13 lan tonggoku", "my son 12 yo and a neighbour": the first one's age between them.)
    const ageWord = /^(umur|umure|umurnya|usia|usiane|aged|yo|years?|yrs|old|tahun|thn|th|taun)$/;
    let back = k - 1;
    while (back > 0 && k - back <= 3 && (toks[back]!.kind === 'num' || ageWord.test(toks[back]!.w))) back--;
    const aged = back < k - 1 && toks.slice(back + 1, k).some((x) => x.kind === 'num') && personWord(toks[back]!.w);
    if (/^(and|dan|lan)$/.test(toks[k]!.w) && (personWord(toks[k - 1]!.w) || aged) && next && personWord(next.w))
      toks[k] = { ...toks[k]!, w: 'with' };
  }
  const ordering = ordersWork(lex, toks);
  // An entry word, one or two words long, starting at i ("beli", "setor", "ambil order").
  const startsEntry = (ts: typeof toks, i: number) =>
    ts[i]?.kind === 'word' &&
    (lex.intents.has(ts[i]!.w) || (ts[i + 1]?.kind === 'word' && lex.intents.has(`${ts[i]!.w} ${ts[i + 1]!.w}`)));
  // The kind of the entry word at i, one word or two.
  const kindAt = (ts: typeof toks, i: number) =>
    ts[i]?.kind !== 'word'
      ? undefined
      : ((ts[i + 1]?.kind === 'word' ? lex.intents.get(`${ts[i]!.w} ${ts[i + 1]!.w}`) : undefined) ??
        lex.intents.get(ts[i]!.w));
  const broken = dayBreaks(lex, toks);
  const parts = splitClauses(broken, JOINS, startsEntry, kindAt);
  const clauses = parts.map((t) => readClause(c, t, ordering));
  // "sing kerudung 30 karo sing mukena 10 wis tak setor rebo": goods counted, joined by "karo" to more goods
  // counted with the entry word after them, are of the same entry kind, day and employer.
  for (let k = 1; k < parts.length; k++) {
    const a = clauses[k - 1]!;
    const b = clauses[k]!;
    const join = broken[broken.indexOf(parts[k]![0]!) - 1];
    if (!join || !/^(karo|sama|sm|kalih|kaliyan|and|dan|lan)$/.test(join.w)) continue;
    const counted = (f: ClauseFacts) => f.qty.length + f.counts.length === 1 && !f.money.length && !!f.leftovers.length;
    if (a.intents.length || !counted(a) || a.minutes !== undefined) continue;
    const kinds = new Set(b.intents.map((x) => x.kind));
    if (kinds.size !== 1 || !(kinds.has('handin') || kinds.has('order')) || !counted(b)) continue;
    a.intents = b.intents.map((x) => ({ ...x, at: 0 }));
    if (!a.days.length) a.days = [...b.days];
    a.employer ??= b.employer;
  }
  const entries: Entry[] = [];
  const bare = new Set<Entry>();
  const spans = new Set<Entry>();
  const halfDays = new Set<Entry>();
  const plans = new Set<Entry>();
  // Entries whose clause opens a new sentence.
  const afterStop = new Set<Entry>();
  let carry: ClauseFacts | null = null;
  let command: string | undefined;
  let before = 0;
  const factsOf = new Map<Entry, ClauseFacts>();
  for (const [at, f] of clauses.entries()) {
    // "sapune wis dadi 120, mau tak setor nang pak hadi", "oleh 2 lusin, wis tak setor": the count of the goods
    // done is what she handed in next.
    const pf = clauses[at - 1];
    if (
      pf &&
      f.intents.some((x) => x.kind === 'handin') &&
      !f.qty.length &&
      !f.counts.length &&
      !f.money.length &&
      ((pf.qty.length + pf.counts.length === 1 && !pf.money.length) ||
        (pf.money.length === 1 && !pf.money[0]!.explicit && !pf.qty.length && !pf.counts.length)) &&
      !pf.rate &&
      !pf.rateWord &&
      pf.minutes === undefined &&
      // ("sapu juragan darmo wis rampung kabeh 200, disetor kemis": the goods named by whose they are, said done.)
      (!pf.employer ||
        ((!f.employer || f.employer === pf.employer) &&
          /\b(dadi|dados|jadi|rampung|selesai|slesai|mari|beres|finished|done)\b/.test(fold(pf.text)))) &&
      pf.intents.every((x) => DONE.test(x.word))
    ) {
      if (entries.length > before) entries.pop();
      f.employer ??= pf.employer;
      f.qty = pf.qty;
      // "dadi 120": a bare figure after "dadi" was taken for a sum; here it counts goods.
      f.counts = pf.money.length ? [{ n: pf.money[0]!.amount, at: pf.money[0]!.at }] : pf.counts;
      f.leftovers = [...pf.leftovers, ...f.leftovers];
    }
    // ("... 15 lusin teko juragan darmo 2 ewu sak lusin wis dadi kabeh, langsung tak setorke": the order just told,
    // all done, handed in: its count.)
    if (
      pf &&
      f.intents.some((x) => x.kind === 'handin') &&
      !f.qty.length &&
      !f.counts.length &&
      !f.money.length &&
      pf.qty.length === 1 &&
      (!!pf.rate || pf.intents.some((x) => x.kind === 'order')) &&
      /\b(?:dadi|jadi|jd|rampung|selesai|beres|mari|done|finished)\s+(?:kabeh|kabehe|semua|semuanya|smua|all)\b/.test(
        fold(pf.text),
      )
    ) {
      f.qty = pf.qty.map((q) => ({ ...q }));
      f.employer ??= pf.employer;
      if (!f.leftovers.length) f.leftovers = [...pf.leftovers];
    }
    // "peci yang dibalikin 8 biji sudah ibu benerin, tadi pagi sudah disetor lagi": the pieces sent back, mended,
    // are what she handed in again (not rejects of this hand-in).
    if (
      pf &&
      f.intents.some((x) => x.kind === 'handin') &&
      !f.qty.length &&
      !f.counts.length &&
      !f.money.length &&
      pf.rejected !== undefined &&
      !pf.qty.length &&
      !pf.counts.length &&
      !pf.intents.length &&
      MENDED.test(fold(pf.text))
    ) {
      if (entries.length > before) entries.pop();
      f.qty = [{ count: pf.rejected, unit: 'pcs', pieces: pf.rejected, at: 0 }];
      f.employer ??= pf.employer;
      f.leftovers = [...pf.leftovers.filter((w) => !MENDED.test(fold(w))), ...f.leftovers];
    }
    before = entries.length;
    const prev = entries[entries.length - 1];
    // "tuesday she paid 90k. today i got new eyelashes from her, 300 pairs": goods got, not the pay said before
    // (their count, next, makes them work received).
    if (
      prev?.kind === 'payment' &&
      f.intents.length > 0 &&
      receivingOnly(f) &&
      !f.money.length &&
      !f.qty.length &&
      (namesGoods(f.leftovers.join(' ')) || f.leftovers.some((w) => isGoods(w)))
    ) {
      const e = build('payment', f);
      if (!e.employer && prev.employer) e.employer = prev.employer;
      bare.add(e);
      entries.push(e);
      factsOf.set(e, f);
      continue;
    }
    // "kmrn nglinting rokok buat juragan darmo 2000 batang, sorenya langsung setor": goods she made, then handed
    // in: a hand-in of them, not work received.
    if (
      prev?.kind === 'order' &&
      guessed.has(prev) &&
      prev.qty &&
      !prev.rate &&
      f.intents.length > 0 &&
      f.intents.every((x) => x.kind === 'handin') &&
      !f.qty.length &&
      !f.counts.length &&
      !f.money.length
    ) {
      turnInto(prev, 'handin');
      merge(prev, f);
      // ("minggu kemarin garap ..., sabtu disetor": handed in on the day said with the hand-in.)
      const handedOn = f.days.find((d) => !d.due && !d.week)?.day;
      if (handedOn) prev.day = handedOn;
      continue;
    }
    // "senin ambil kaos kaki 20 lusin, ..., jumat setor semua": all of the order told before, handed in.
    const order = allHandedIn(f)
      ? [...entries]
          .reverse()
          .find(
            (x): x is OrderEntry =>
              x.kind === 'order' && !!x.qty && (!f.employer || x.employer === f.employer.toLowerCase()),
          )
      : undefined;
    if (order?.qty) {
      const h: HandinEntry = { text: f.text, kind: 'handin', delivered: { ...order.qty } };
      if (order.employer) h.employer = order.employer;
      if (order.product) h.product = order.product;
      if (f.rejected !== undefined) h.rejected = f.rejected;
      else if (f.rejectedUnknown) h.rejectedUnknown = true;
      const day = f.days.find((d) => !d.due)?.day;
      if (day) h.day = day;
      entries.push(h);
      factsOf.set(h, f);
      continue;
    }
    // "opah bordir logo 3rb sebiji": with goods or a rate and no hours, a work verb is not an hours entry.
    // (Not goods of the order just told, worked on: "njupuk sapu 200 iji ..., dino iki tak garap 100 iji".)
    const progress = workedOnOrder(f, prev);
    if (f.minutes === undefined && (f.rate || f.qty.length) && !progress)
      f.intents = f.intents.filter((x) => x.kind !== 'hours');
    if (!prev && f.command && !f.intents.length) {
      command ??= f.command;
      continue;
    }
    // "rokoknya 10 ribu batang sudah dikirim, upahnya 14rb per seribu batang": goods sent to her, then their rate,
    // are work received (a hand-in has no rate of its own).
    if (
      prev?.kind === 'handin' &&
      prev.delivered &&
      f.rate &&
      !f.intents.length &&
      !f.qty.length &&
      /\b(dikirim|dikirimi|dianter|diantar|dianterin|diterke|dikasih|dikei|diwenehi|diparingi|sent|brought)\b/.test(
        fold(prev.text),
      ) &&
      !/\b(ke|kepada|nang|menyang|marang|dhateng|to)\s+(bu|pak|juragan|bos|mbak|mas)\b/.test(fold(prev.text))
    ) {
      turnInto(prev, 'order');
      merge(prev, f);
      continue;
    }
    // "..., pay 4k", "ongkos jahit 12rb per kodi" after an order without its rate: the rate.
    if (
      prev?.kind === 'order' &&
      !prev.rate &&
      f.intents.length === 1 &&
      /^(ongkos|ongkose|pay|pay is|bayar|bayaran|bayarane)$/.test(f.intents[0]!.word) &&
      !f.employer &&
      (f.money.length || f.rate)
    ) {
      f.intents = [];
      f.rateWord = true;
      merge(prev, f);
      continue;
    }
    // "..., borongan 150rb semua": the lump sum for the order just told, not a second order.
    if (
      prev?.kind === 'order' &&
      !prev.rate &&
      prev.qty &&
      f.intents.length &&
      f.intents.every((x) => /^(borongan|borong|diborong|diborongke)$/.test(x.word)) &&
      !f.qty.length &&
      (f.money.length || f.rate)
    ) {
      const amount = f.rate?.amount ?? f.money[0]!.amount;
      prev.rate = { amount, per: prev.qty.unit, count: prev.qty.count, explicit: true };
      const due = f.days.find((d) => d.due || d.day > today(now));
      if (due && prev.dueOn === undefined) prev.dueOn = due.future ?? due.day;
      continue;
    }
    // "..., setor sabtu ngarep", "sesuk disetor" after an order: its deadline, not a hand-in.
    if (
      prev?.kind === 'order' &&
      f.intents.length &&
      f.intents.every((x) => x.kind === 'handin') &&
      !f.qty.length &&
      !f.counts.length &&
      f.days.length &&
      f.days.some((d) => d.day > today(now) || (d.future !== undefined && d.due))
    ) {
      if (prev.dueOn === undefined) prev.dueOn = (f.days.find((d) => d.future) ?? f.days[0]!).future ?? f.days[0]!.day;
      continue;
    }
    // "..., leren sejam. dibantu bojoku": the rest comes off the hours before; who helped is said there too.
    if (prev?.kind === 'hours' && f.rest && f.minutes === undefined && !f.money.length && !f.qty.length) {
      if (prev.minutes !== undefined && prev.minutes > f.rest && spans.has(prev)) prev.minutes -= f.rest;
      f.intents = f.intents.filter((x) => x.kind !== 'hours');
      if (!f.intents.length) {
        merge(prev, f);
        continue;
      }
    }
    // Who helped, said apart ("anak bantu 2 jam", "umur 10"): details of the hours before.
    // A work word there ("bojoku melu 2 jam bar mulih kerjo", "my husband helped me after work") is theirs too.
    if (
      prev?.kind === 'hours' &&
      f.helperClause &&
      f.intents.every((x) => x.kind === 'hours') &&
      !f.days.length &&
      !f.money.length &&
      !f.qty.length &&
      // ("..., terus jam 1 sampai jam 4 dibantu anak": a span of her own, with who helped, is more hours.)
      !f.spanned &&
      // ("isuk 3 jam, sore 2 jam dibantu ponakan": a part of the day with its own hours is more of her hours; so is
      // her work word first, "mayet 6 jam karo mbakyu", where the helper is told after her hours.)
      !(
        f.minutes !== undefined &&
        prev.minutes !== undefined &&
        (PART_OF_DAY.test(fold(f.text).trim()) ||
          f.intents.some((x) => x.at === 0 && x.kind === 'hours') ||
          // ("sabtu / mayet 4 jam / senen / mayet 6 jam karo mbakyu": hours under a day's heading of their own.)
          (pf !== undefined && pf.days.length > 0 && !ownFactsBesidesDays(pf)))
      )
    ) {
      merge(prev, f);
      // "jahit trs masing2 5 jam dibantu adik": hours she had not said yet are hers.
      if (prev.minutes === undefined && f.minutes !== undefined) prev.minutes = f.minutes;
      continue;
    }
    // "senen karo seloso dewe, rebo dibantu anakku": who helped on the days named, for the hours of those days.
    if (f.helpers !== undefined && f.minutes === undefined && !f.money.length && !f.qty.length && f.days.length) {
      const days = new Set(f.days.map((d) => d.day));
      const those = entries.filter((e): e is HoursEntry => e.kind === 'hours' && !!e.day && days.has(e.day));
      if (those.length) {
        for (const h of those) {
          h.helpers = f.helpers;
          if (f.child !== undefined) h.child = f.child;
          else delete h.child;
        }
        continue;
      }
    }
    // "dipunparingi arta ... kalih atus ewu, kangge garapan peci ingkang kula setor": what the pay was for.
    if (
      prev?.kind === 'payment' &&
      /^(kangge|kanggo|nggo|untuk|utk|buat|bwt|for|gawe|upah|upahe)\b/.test(fold(f.text).trim()) &&
      !f.money.length &&
      !f.deduction &&
      !f.qty.length &&
      f.minutes === undefined
    ) {
      prev.text = `${prev.text}, ${f.text}`;
      continue;
    }
    // "bu umi paid me 180k, she cut 20k because 4 brooches were rejected": the deduction of that pay.
    if (prev?.kind === 'payment' && !prev.deduction && f.deduction && !f.employer && !f.money.length && !f.qty.length) {
      prev.deduction = f.deduction;
      // ("..., dipotong 20rb buat benang + nyicil kasbon 100rb": both cuts said after it.)
      if (f.otherCut && !prev.otherCut) prev.otherCut = f.otherCut;
      prev.text = `${prev.text}, ${f.text}`;
      continue;
    }
    // "..., all 10 kodi. 8 pieces were rejected": the rejects of the hand-in before, not another hand-in.
    if (
      prev?.kind === 'handin' &&
      !f.intents.length &&
      f.rejectedUnknown &&
      f.qty.length === 1 &&
      !f.money.length &&
      prev.delivered &&
      f.qty[0]!.pieces < prev.delivered.pieces
    ) {
      prev.rejected = (prev.rejected ?? 0) + f.qty[0]!.pieces;
      prev.text = `${prev.text}, ${f.text}`;
      continue;
    }
    // "dari jam 8 sampai jam 4 sore, istirahat nggak dihitung jadi kira2 7 jam": the hours she settles on.
    if (
      prev?.kind === 'hours' &&
      prev.minutes !== undefined &&
      f.minutes !== undefined &&
      !f.days.length &&
      /\b(jadi|jd|dadi|so|total|totalnya|kira2|kira-kira|kurang lebih|sekitar|about|bersih)\b/.test(fold(f.text))
    ) {
      // ("pagi 4 jam, malem 3 jam. jadi 7 jam": the total of the parts told before it is said already.)
      const parts = entries.filter((x) => x.kind === 'hours' && !x.week && (x.day ?? '') === (prev.day ?? ''));
      const sum = parts.reduce((n, x) => n + ((x as HoursEntry).minutes ?? 0), 0);
      if (parts.length > 1 && sum === f.minutes) {
        prev.text = `${prev.text}, ${f.text}`;
        continue;
      }
      prev.minutes = f.minutes;
      if (f.helpers !== undefined) prev.helpers = f.helpers;
      if (f.child !== undefined) prev.child = f.child;
      prev.text = `${prev.text}, ${f.text}`;
      continue;
    }
    // "..., upah 24 ewu sekodi, njupuk mau sore": an entry word of the same entry with only its day.
    if (
      prev &&
      f.intents.length &&
      f.intents.every((x) => x.kind === prev.kind) &&
      !f.money.length &&
      !f.qty.length &&
      !f.counts.length &&
      f.minutes === undefined &&
      !f.employer &&
      solidEntry(prev)
    ) {
      merge(prev, f);
      continue;
    }
    // "senin 5 jam, selasa jg sama": the same hours on the day said.
    if (
      prev?.kind === 'hours' &&
      prev.minutes !== undefined &&
      !f.intents.length &&
      f.days.length &&
      f.minutes === undefined &&
      !f.money.length &&
      /\b(sama|podo|padha|same|juga|jg|uga|too)\b/.test(fold(f.text))
    ) {
      const day = f.days.find((d) => !d.due)?.day;
      if (day) {
        entries.push({ ...prev, day, text: f.text });
        continue;
      }
    }
    // Their ages, said after ("sing gede 16 taun sing cilik 12 taun", "im 17, he is 10"): whether a child helped.
    if (prev?.kind === 'hours' && prev.helpers && !f.intents.length && !f.money.length && !f.qty.length) {
      const ages = agesIn(fold(f.text));
      // "wong gede kabeh", "all grown-ups": no child among them.
      if (
        !ages.length &&
        /\b(wong gede|wong tuwo|wong tua|orang tua|dewasa|gede kabeh|grown|adults?)\b/.test(fold(f.text))
      ) {
        prev.child = false;
        prev.text = `${prev.text}, ${f.text}`;
        continue;
      }
      if (ages.length) {
        prev.child = ages.some((a) => a < 15) || (prev.child === true && ages.length < prev.helpers);
        prev.text = `${prev.text}, ${f.text}`;
        continue;
      }
    }
    // ("wingi njupuk kripik ..., dino iki wis rampung kabeh terus disetor ...": another day said after an entry, with
    // no figure and no record of its own, is the day of the entries after it.)
    if (
      prev?.day &&
      f.days.length &&
      f.days.every((d) => !d.due && d.day !== prev.day) &&
      f.intents.every((x) => x.kind === 'hours') &&
      f.minutes === undefined &&
      !f.qty.length &&
      !f.counts.length &&
      !f.money.length &&
      !f.rate &&
      !f.employer &&
      !f.deduction &&
      // (Who helped, said with the day, belongs to the hours she tells next: "mau isuk ... karo ponakanku, 5 jam".)
      f.helpers === undefined
    ) {
      carry = { ...f, leftovers: [], intents: [] };
      continue;
    }
    // Only a day or a deadline, before the entries ("Dino iki:", "Sesuk kudu setor,"): for the entries after.
    // ("wingi nggawe kemoceng, jam 3 nganti jam 9": the day, with words of the work and no figure, the same.)
    if (
      !prev &&
      !f.intents.length &&
      f.days.length &&
      (!ownFactsBesidesDays(f) ||
        (ownFactsBesidesDays({ ...f, leftovers: [] }) === false && f.days.every((d) => !d.due)))
    ) {
      // (Its words name the goods only when they are goods: "sisanya udah selesai semua" names none.)
      carry = namesGoods(f.leftovers.join(' ')) ? f : { ...f, leftovers: [] };
      continue;
    }
    // A deduction said before the pay it was taken from ("dipotong 15rb buat benang, dapet 135rb"): for the pay after.
    if (!prev && !f.intents.length && f.deduction && !f.money.length && !f.qty.length && f.minutes === undefined) {
      carry = f;
      continue;
    }
    // What it was for, said first ("ojek to bu yati's place and back 20k"): for the cost after.
    if (
      !prev &&
      !f.intents.length &&
      !f.money.length &&
      !f.qty.length &&
      f.minutes === undefined &&
      costCategoryOf(f.leftovers.join(' '))
    ) {
      carry = f;
      continue;
    }
    // "3 kodi sandal, dari bu yati, 5rb sekodi", "25 kg bawang merah, dr bu endang": goods counted, then whom they are
    // from, with no entry word: one clause of work received.
    if (
      !prev &&
      carry?.qty.length &&
      !carry.employer &&
      !carry.intents.length &&
      !carry.money.length &&
      !f.intents.length &&
      f.employer &&
      !f.money.length &&
      !f.qty.length &&
      !f.counts.length &&
      f.minutes === undefined
    ) {
      f.qty = [...carry.qty];
      f.rate ??= carry.rate;
      f.leftovers = [...carry.leftovers, ...f.leftovers];
      f.days = [...carry.days, ...f.days];
      f.text = `${carry.text}, ${f.text}`;
      carry = null;
    }
    // Whose work it is, said first ("bordiran bu yati wis rampung, mau sore tak setor telung kodi"): for the entry after.
    if (
      !prev &&
      !f.intents.length &&
      f.employer &&
      !f.money.length &&
      !f.qty.length &&
      !f.counts.length &&
      !(f.rate && carry?.qty.length) &&
      f.minutes === undefined
    ) {
      carry = f;
      continue;
    }
    // "40 pcs jilbab, 2500 per biji": goods in one clause, their rate in the next (or the other way round), with no
    // entry word: one clause of work received.
    if (
      !prev &&
      carry &&
      !f.intents.length &&
      !f.money.length &&
      ((carry.qty.length && !carry.rate && f.rate && !f.qty.length) ||
        (carry.rate && !carry.qty.length && f.qty.length && !f.rate))
    ) {
      f.qty = [...carry.qty, ...f.qty];
      f.rate ??= carry.rate;
      f.leftovers = [...carry.leftovers, ...f.leftovers];
      f.employer ??= carry.employer;
      f.days = [...carry.days, ...f.days];
      carry = null;
    }
    // Goods or a rate said before the entry word ("kripik pisang 5 kg tak bungkusi, disetor wingi";
    // "opah bordir logo 3rb sebiji, njupuk 40 biji"): for the entry after.
    if (
      !prev &&
      !f.intents.length &&
      !f.minutes &&
      !f.money.length &&
      !f.employer &&
      (f.qty.length || f.rate) &&
      !(f.qty.length && f.rate)
    ) {
      // "new boss: mbak wulan. hijab 40 pcs, ...": whose work it is, said before, stays with the goods.
      if (carry?.employer && !f.employer) f.employer = carry.employer;
      if (carry) f.days = [...carry.days, ...f.days];
      carry = f;
      continue;
    }
    // "..., dipotong 20rb, jadi terima 160rb", "dadi nompo 150": the cash after the deduction of the pay before.
    // With a deduction on each side, one repaying a kasbon and one for something else: both are of this pay.
    const twoCuts =
      prev?.kind === 'payment' &&
      !!prev.deduction &&
      !!f.deduction &&
      !prev.otherCut &&
      (prev.deduction.kind === 'kasbon') !== (f.deduction.kind === 'kasbon');
    if (twoCuts && prev?.kind === 'payment') {
      const [kasbon, other] =
        prev.deduction!.kind === 'kasbon' ? [prev.deduction!, f.deduction!] : [f.deduction!, prev.deduction!];
      prev.deduction = kasbon;
      prev.otherCut = other.amount;
      f.deduction = undefined;
      // ("sama dipotong lagi 10rb soalnya 4 kerudung kotor": the reason's count is no second pay.)
      if (!f.money.some((m) => m.explicit && m.amount !== other.amount) && !f.qty.length && f.minutes === undefined) {
        prev.text = `${prev.text}, ${f.text}`;
        continue;
      }
    }
    if (
      prev?.kind === 'payment' &&
      (prev.deduction || f.deduction) &&
      !(prev.deduction && f.deduction) &&
      f.netSaid &&
      !f.employer &&
      f.minutes === undefined &&
      !f.qty.length &&
      f.intents.every((x) => x.kind === 'payment')
    ) {
      const said = f.money[0]!;
      const gross = prev.amount?.amount ?? 0;
      prev.deduction ??= f.deduction;
      const thousands = !said.explicit && said.amount * 1000 === gross - prev.deduction!.amount - (prev.otherCut ?? 0);
      prev.amount = { amount: thousands ? said.amount * 1000 : said.amount, explicit: said.explicit || thousands };
      continue;
    }
    // "from 8 to 11 then 1 to 3": a second span of the day, said with bare clock numbers after the first.
    const bareSpan =
      /^(?:then\s+|terus\s+|trus\s+|lanjut\s+|and\s+)?(?:again\s+|lagi\s+|maneh\s+)?(?:from\s+|dari\s+|teko\s+|mulai\s+)?(\d{1,2}(?:[.:]\d{2})?)\s*(?:-|to|until|till|sampai|sampe|smpe|nganti|ngantos)\s*(\d{1,2}(?:[.:]\d{2})?)\b/.exec(
        fold(f.text).trim(),
      );
    if (
      prev?.kind === 'hours' &&
      spans.has(prev) &&
      bareSpan &&
      !f.money.length &&
      !f.qty.length &&
      f.minutes === undefined
    ) {
      const again = readClause(c, tokenize(`jam ${bareSpan[1]} sampai jam ${bareSpan[2]}`), ordering);
      if (again.minutes !== undefined && prev.minutes !== undefined) {
        prev.minutes += again.minutes;
        prev.text = `${prev.text}, ${f.text}`;
        // (Two spans: an end said again later is not of one span.)
        delete (prev as HoursEntry).from;
        continue;
      }
    }
    // "saya jahit tas dari bu endang, 100 biji, upah 6.500 per biji": a work verb with goods and whom they are
    // from, then a count or a rate, was work received, not hours.
    // So is "I got sandals from Bu Yati, 7 kodi": goods received, then their count.
    const made = prev ? factsOf.get(prev) : undefined;
    const workVerb = prev?.kind === 'hours' && prev.minutes === undefined && !(prev as HoursEntry).week;
    const gotGoods =
      prev?.kind === 'payment' &&
      !prev.amount &&
      !!made?.intents.length &&
      made.intents.every((x) => x.kind === 'payment' && RECEIVE.test(x.word)) &&
      f.qty.length > 0;
    if (
      (workVerb || gotGoods) &&
      made &&
      (made.employer || made.leftovers.length) &&
      // ("... ga bisa banyak garap. kemarin lusa ambil bulu mata 50 pasang dr bu yati": an order told on its own.)
      !(f.intents.length && (f.employer || namesGoods(f.leftovers.join(' ')))) &&
      (f.qty.length || f.rate) &&
      f.minutes === undefined &&
      !f.money.length &&
      f.intents.every((x) => x.kind === 'order')
    ) {
      made.intents = made.intents.filter((x) => x.kind !== 'hours' && x.kind !== 'payment');
      const o = build('order', made);
      if (!o.employer && prev.employer) o.employer = prev.employer;
      complete(o, f);
      o.text = `${prev.text}, ${f.text}`;
      entries[entries.length - 1] = o;
      factsOf.set(o, made);
      continue;
    }
    // "tuku plastik sak bal karo isolasi 2 rol, kabeh entek 42.500": the sum for all of it is the cost's amount.
    if (
      prev?.kind === 'cost' &&
      (!prev.amount || !prev.amount.explicit) &&
      f.money.length === 1 &&
      f.money[0]!.explicit &&
      !f.qty.length &&
      /\b(kabeh|kabehe|semua|semuanya|total|totale|totalnya|all|sedoyo|sedaya)\b/.test(fold(f.text))
    ) {
      prev.amount = { amount: f.money[0]!.amount, explicit: true };
      prev.text = `${prev.text}, ${f.text}`;
      continue;
    }
    // "bu endang wis mbayar 150rb, pak haji durung, jarene sesuk senen": what she was told, or a day to come, after
    // a denial belongs to what was denied, not to the entry before it ("..., blm dibayar, kemarin sore" still
    // dates the hand-in).
    if (
      pf?.negated &&
      (/\b(jarene|jare|katanya|katane|kata(?:nya)?\s+(?:dia|beliau)|ngomong|ngendika|janji|janjine|janjinya|said|says|promised)\b/.test(
        fold(f.text),
      ) ||
        (f.days.length > 0 && f.days.every((d) => d.day > today(now)))) &&
      !pf.intents.length &&
      // (A day off, "minggu / prei / senen / ...", is no denial: the day after it heads what follows.)
      !/\b(prei|prai|libur|off|leren|istirahat|preine)\b/.test(fold(pf.text)) &&
      !f.intents.length &&
      !f.money.length &&
      !f.qty.length &&
      !f.counts.length &&
      f.minutes === undefined &&
      !f.employer
    )
      continue;
    // ("ambil tas dr bu umi 3 kodi, sm mote 5 pak dr bu yati. upah tas 2500 per biji": a rate said with the goods
    // of an earlier order of the message, not the last one's, is that order's rate.)
    if (prev && f.rate && !f.qty.length && !f.counts.length && !f.intents.length && !f.employer && !f.money.length) {
      const named = goods(f.leftovers);
      const same = (x: Entry) => x.kind === 'order' && !!x.product && !!named && fold(x.product) === fold(named);
      const orders = entries.filter((x) => x !== prev && same(x) && x.kind === 'order' && !x.rate);
      const target = orders.length === 1 ? orders[0] : undefined;
      if (target?.kind === 'order' && !same(prev)) {
        target.rate = perOfCount(f.rate, target.qty);
        target.text = `${target.text}, ${f.text}`;
        continue;
      }
    }
    // A clause without an entry word completes the entry before when that one still lacks its figure
    // ("nyetor nang mbak sari, bulu mata 100 pasang"; "bought thread yesterday, 12k").
    // ("..., upahnya blm dikasih tau. ongkos angkut 15rb", "... mulih numpak ojek 12 ewu": a sum with a thing paid
    // for is a cost of its own, not the figure the order lacks.)
    const paidFor =
      (f.money.length > 0 || !!f.rate) &&
      !f.qty.length &&
      (prev?.kind === 'order' || prev?.kind === 'hours') &&
      !f.deduction &&
      !!costCategoryOf(f.leftovers.join(' '));
    if (
      prev &&
      !paidFor &&
      !f.intents.length &&
      !f.negated &&
      !solidEntry(prev) &&
      (f.minutes === undefined || (prev.kind === 'hours' && prev.minutes === undefined))
    ) {
      complete(prev, f);
      continue;
    }
    if (prev && !paidFor && !f.intents.length && detailsOnly(f, prev) && f.minutes === undefined) {
      merge(prev, f);
      continue;
    }
    // "bordir jilbab 40 pcs, 2500 per biji dari mbak wulan": goods, then their rate, is work received.
    const kind =
      kindOf(f, prev) ??
      (!prev && carry?.qty.length && f.rate && !f.qty.length ? 'order' : null) ??
      // ("opahe ... dipotong 25rb mergo ono sg rusak, dadi oleh 275rb": the cash after the cut said first.)
      (!prev && carry?.deduction && f.money.length === 1 && !f.qty.length && !f.rate ? 'payment' : null);
    if (!kind) {
      if (prev) merge(prev, f);
      continue;
    }
    const e = build(kind, f);
    if (!f.intents.length) guessed.add(e);
    if (f.spanned) spans.add(e);
    if (f.halfDay) halfDays.add(e);
    if (!ownFacts(f)) bare.add(e);
    if (carry) {
      const day = carry.days.find((d) => !d.due)?.day;
      const due = carry.days.find((d) => d.due)?.day;
      if (day && !e.day) e.day = day;
      if (due && e.kind === 'order' && e.dueOn === undefined) e.dueOn = due;
      const q = carry.qty[0];
      if (q && e.kind === 'handin' && !e.delivered) e.delivered = { count: q.count, unit: q.unit, pieces: q.pieces };
      if (q && e.kind === 'order' && !e.qty) e.qty = { count: q.count, unit: q.unit, pieces: q.pieces };
      if (carry.rate && e.kind === 'order' && !e.rate) e.rate = perOfCount(carry.rate, e.qty);
      if ((e.kind === 'order' || e.kind === 'handin') && !e.product && carry.leftovers.length)
        e.product = words(carry.leftovers);
      if (carry.deduction && e.kind === 'payment' && !e.deduction) e.deduction = carry.deduction;
      if (carry.employer && !e.employer) e.employer = carry.employer.toLowerCase();
      const carried = costCategoryOf(carry.leftovers.join(' '));
      if (e.kind === 'cost' && carried && !e.category) {
        e.category = carried;
        e.what = words(carry.leftovers);
      }
      carry = null;
    }
    // Said once for the whole message: the day and the employer carry on to the entries after.
    if (prev && !e.day && prev.day && !(prev.kind === 'hours' && (prev as HoursEntry).week)) {
      e.day = prev.day;
    }
    // ("bu endang mbayar 150 ewu, pak haji slamet durung mbayar tapi ngei garapan ...": the one named just before
    // "but", in words that made no record of their own, is whom the next record is with.)
    const namedBefore = clauses[at - 1]?.employer;
    if (
      !e.employer &&
      prev?.employer &&
      namedBefore &&
      fold(namedBefore) !== fold(prev.employer) &&
      (/^(tapi|tp|nanging|ning|but|namun)\b/.test(fold(f.text).trim()) ||
        /\b(durung|dereng|belum|blm|ora|gak|ga|not yet|hasn'?t)\s+(?:di)?(?:m?bayar|byr|paid|pay)\w*\s*$/.test(
          fold(clauses[at - 1]!.text).trim(),
        )) &&
      e.kind !== 'hours' &&
      e.kind !== 'cost'
    )
      e.employer = namedBefore;
    if (prev && !e.employer && prev.employer && e.kind !== 'hours' && e.kind !== 'cost') e.employer = prev.employer;
    entries.push(e);
    factsOf.set(e, f);
    if (/^[.!?\n]$/.test(broken[broken.indexOf(parts[at]![0]!) - 1]?.w ?? '')) afterStop.add(e);
  }
  for (const e of entries) if (e.kind === 'order') wholeOrderRate(e);
  // "ojek to Pare to deliver the work, 15k": the trip's fare, not a hand-in (nothing counted was handed in).
  for (const [k, e] of entries.entries()) {
    if (e.kind !== 'handin' || e.delivered) continue;
    const t = fold(e.text);
    const fare = /\b(\d[\d.,]*\s*(?:k|rb|ribu|rebu|ewu))\b/.exec(t);
    if (
      !fare ||
      !/^(?:(?:td|tadi|mau|trus|terus|and|then)\s+)?(?:ojek|ojol|gojek|grab|maxim|bensin|petrol|fuel|angkot|bus|becak|taxi)\b/.test(
        t,
      )
    )
      continue;
    const amount = parseMoney(fare[1]!);
    if (!amount) continue;
    entries[k] = {
      kind: 'cost',
      text: e.text,
      category: 'transport',
      amount: { amount: amount.rupiah, explicit: true },
      ...(e.day ? { day: e.day } : {}),
    } as Entry;
  }
  // "nyetor sapu 150 terus dibayar 180 ewu terus sing rusak limo dibalekno": rejects said after the pay are
  // the hand-in's.
  for (const e of entries) {
    const rejected = e.kind === 'payment' ? (rejectsAfterPay.get(e) ?? factsOf.get(e)?.rejected) : undefined;
    if (rejected === undefined) continue;
    const handins = entries.filter((x): x is HandinEntry => x.kind === 'handin');
    if (handins.length === 1 && handins[0]!.rejected === undefined) handins[0]!.rejected = rejected;
  }
  // Packs she counted in ("80 renteng") with a rate per piece or none: the pieces, packs times what one holds.
  if (pack) {
    const word = fold(pack[1]!);
    for (const e of entries) {
      // "kerupuk 20 bal ... setor, 1 bal isi 50 bungkus": the packs handed in, in what they hold.
      if (e.kind === 'handin' && e.delivered?.unit === 'pcs') {
        const said = entries.filter((x) => x.kind === 'handin').length === 1 ? fold(src) : fold(e.text);
        if (new RegExp(`\\b${e.delivered.count}\\s*${word}\\b`).test(said)) {
          const pieces = e.delivered.count * Number(pack[2]);
          e.delivered = { count: pieces, unit: 'pcs', pieces };
        }
        continue;
      }
      if (e.kind !== 'order' || !e.qty || e.qty.unit !== 'pcs' || (e.rate && e.rate.per !== 'pcs')) continue;
      if (!new RegExp(`\\b${e.qty.count}\\s*${word}\\b`).test(fold(e.text))) continue;
      const pieces = e.qty.count * Number(pack[2]);
      e.qty = { count: pieces, unit: 'pcs', pieces };
      if (e.product) e.product = e.product.replace(new RegExp(`\\b${word}\\b\\s*`), '').trim() || undefined;
      // "upah 500 per renteng": the rate is for one pack, that is for what it holds.
      if (e.rate && new RegExp(`\\b(?:per|tiap|setiap|sak|se|/)\\s*${word}\\b|\\bse${word}\\b`).test(fold(e.text)))
        e.rate = { ...e.rate, per: 'pcs', count: (e.rate.count ?? 1) * Number(pack[2]) };
    }
  }
  // "ngeterke tas nang bu endang numpak ojek, ongkose 15 ewu": what the cost was for, said earlier in its text.
  const oneCost = entries.filter((e) => e.kind === 'cost').length === 1;
  for (const e of entries) {
    if (e.kind !== 'cost' || e.category) continue;
    const category = costCategoryOf(fold(oneCost ? src : e.text));
    if (category) e.category = category;
  }
  // "upah 25rb sewu", "14k a thousand": a rate per a thousand of what the order counts.
  for (const e of entries) {
    if (e.kind !== 'order' || !e.rate || (e.rate.count ?? 1) !== 1) continue;
    if (/\d\s*(?:rb|ribu|rebu|ewu|k)\s+(?:sewu|seribu|a thousand)\b/.test(fold(e.text)))
      e.rate = { ...e.rate, count: 1000, per: 'pcs' };
  }
  // "10,000 cigarettes to roll": the word that counted them names the goods when nothing else does.
  for (const e of entries) {
    if ((e.kind === 'order' || e.kind === 'handin') && !e.product) {
      const goods = /\b(cigarettes?|kretek|klobot)\b/.exec(fold(e.text));
      if (goods) e.product = goods[1];
    }
  }
  // "jam kerjaku minggu iki: senen 6 jam, seloso 5 jam": "this week" names the days that follow, not a week's total.
  const dated = entries.filter((e) => e.kind === 'hours' && e.day && !(e as HoursEntry).week);
  if (dated.length >= 2)
    for (const e of entries) if (e.kind === 'hours' && (e as HoursEntry).week) delete (e as HoursEntry).week;
  // "bayar listrik 50rb, separo kanggo kerja njahit", "half of it is for my sewing work": her work's share.
  const costs = entries.filter((e) => e.kind === 'cost');
  for (const e of costs) {
    if (e.kind !== 'cost' || !e.amount) continue;
    // With several costs, the share is of the one whose clause says it.
    const t = fold(costs.length === 1 ? src : e.text);
    if (
      /\b(separo|separone|separuh|separuhnya|setengahe|setengahnya|half|half of it)\b/.test(t) &&
      /\b(kanggo|nggo|buat|untuk|utk|gawe|for)\b/.test(t)
    ) {
      // ("separone kanggo mesin jahit, catet 40 ewu wae": the sum she says to write, if she says one.)
      const told = /\b(?:catet|catat|cathet|tulis|nulis|record|write|put)\s+(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k)?)/.exec(
        t,
      );
      const sum = told ? parseMoney(told[1]!)?.rupiah : undefined;
      e.amount = { ...e.amount, amount: sum && sum < e.amount.amount ? sum : Math.round(e.amount.amount / 2) };
    }
  }
  // "kerjo setengah dino, jam 8 nganti jam 12": the span tells the half day exactly; one entry, not two.
  for (const h of halfDays) {
    // ("hari ini full day ngobras ..., working 10 jam": the hours said tell the day too.)
    const span = entries.find(
      (x) => x !== h && x.kind === 'hours' && (spans.has(x) || !halfDays.has(x)) && (x.day ?? '') === (h.day ?? ''),
    );
    if (span && span.kind === 'hours' && h.kind === 'hours' && !spans.has(h)) {
      span.text = `${h.text}, ${span.text}`;
      if (h.helpers !== undefined && span.helpers === undefined) span.helpers = h.helpers;
      if (h.child !== undefined && span.child === undefined) span.child = h.child;
      if (h.product && !span.product) span.product = h.product;
      entries.splice(entries.indexOf(h), 1);
    }
  }
  joinSpansOfOneDay(entries, spans);
  helpersForAll(entries);
  daySaidLast(lex, toks, entries);
  lastWeekDays(lex, entries, src, now);
  eachDayOfSeveral(lex, entries, now, src);
  // With a figure said somewhere, a clause that only named an activity ("panas nek ngelem") is no entry.
  // A question ("berapa upah jahit sekodi?", "how do I record my pay?") or a denial records nothing without a figure.
  // A hand-in, payment or cost dated in the days to come without its figure is a plan ("sesuk nyetor").
  const dayAfterTomorrow = addDays(today(now), 2);
  for (const e of entries) {
    // "sejuta setengah, wes dipotong utangku satus": a bare deduction beside a pay in thousands is in thousands.
    if (e.kind === 'payment' && e.deduction && e.deduction.amount < 1000 && (e.amount?.amount ?? 0) >= 10_000)
      e.deduction = { ...e.deduction, amount: e.deduction.amount * 1000 };
    // "telung gulung sak gulung 12 ewu dadi 36 ewu": the sum said last for all of it.
    if (e.kind === 'cost') {
      const all =
        /\b(?:dadi|jadi|jd|total|totale|totalnya|semua|semuanya|kabeh|all in all|in total)\s+(?:e\s+|ne\s+)?((?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|000)\b)/.exec(
          fold(e.text),
        );
      const sum = all ? parseMoney(all[1]!) : null;
      if (sum && e.amount && sum.rupiah > e.amount.amount) e.amount = { amount: sum.rupiah, explicit: true };
    }
    // "380 ewu, dipotong bon 100, dadi nampa 280": bare figures beside a sum in thousands are thousands too.
    if (e.kind === 'payment' && e.deduction && /\d\s*(rb|ribu|rebu|ewu|k)\b/.test(fold(e.text))) {
      if (e.amount && !e.amount.explicit && e.amount.amount >= 1 && e.amount.amount < 1000)
        e.amount = { amount: e.amount.amount * 1000, explicit: true };
      if (e.deduction.amount < 1000) e.deduction = { ...e.deduction, amount: e.deduction.amount * 1000 };
    }
    // "opahe telung atus, dipotong bon seket, dadi tak tompo rong atus seket": a pay and its cut said only in
    // words, with no "ewu", are in thousands (no one is paid Rp250 less Rp50). One amount alone stays as said,
    // and the pay's question offers the thousands.
    if (
      e.kind === 'payment' &&
      e.amount &&
      e.deduction &&
      !e.amount.explicit &&
      e.amount.amount >= 5 &&
      e.amount.amount < 1000 &&
      e.deduction.amount < 1000 &&
      !/\d/.test(e.text) &&
      !/\b(perak|rupiah|rp)\b/.test(fold(e.text))
    ) {
      e.amount = { ...e.amount, amount: e.amount.amount * 1000, explicit: true };
      e.deduction = { ...e.deduction, amount: e.deduction.amount * 1000 };
    }
    if (!solidEntry(e) && e.day && e.day > today(now) && e.kind !== 'order') bare.add(e);
    // "pak budi bayar 70rb sisanya minggu depan": what she did has happened; a day well ahead is about
    // something else (the rest of the pay), so the entry keeps today.
    if (solidEntry(e) && e.kind !== 'order' && e.day && e.day >= dayAfterTomorrow) delete e.day;
    // ("mbayar 90 ewu kurang 10 ewu jarene sesuk dilunasi": tomorrow is when the rest comes, not the pay's day.)
    if (
      solidEntry(e) &&
      (e.kind === 'payment' || e.kind === 'handin') &&
      e.day &&
      e.day > today(now) &&
      /\b(dilunasi|dilunasin|lunas|sisane|sisanya|sisa|kurange|kurangnya|the rest|rest)\b/.test(fold(e.text))
    )
      delete e.day;
    // "besok ambil lagi": an order with nothing but a day ahead is a plan.
    if (e.kind === 'order' && !solidEntry(e) && !e.product && e.dueOn) bare.add(e);
    // "nanti beliin gula ya", "mengko tak setor": without a figure, something still to do.
    // ("sudah disetor lagi", "wis tak setor maneh": again, already done.)
    const again = /\b(sudah|sdh|udah|udh|wis|wes|sampun|tadi|td)\s+(?:\w+\s+)?(?:di)?setor/.test(fold(e.text));
    if (!solidEntry(e) && LATER.test(fold(e.text)) && !again) plans.add(e);
    // "oleh 3 lusin, sesuk tak setor": goods ready, handed in tomorrow; not yet a hand-in.
    if (e.kind === 'handin' && e.day && e.day > today(now) && LATER.test(fold(e.text))) plans.add(e);
  }
  // ("sesuk tak setor nang bu endang. mau tuku benang 25 ewu": the day of a plan is not carried into the next
  // sentence, which tells what was done; with no day of its own that is today.)
  for (const [i, p] of entries.entries()) {
    if (!plans.has(p) || !p.day || p.day <= today(now)) continue;
    for (const n of entries.slice(i + 1)) {
      if (plans.has(n) || n.day !== p.day || factsOf.get(n)?.days.length) break;
      if (n === entries[i + 1] && !afterStop.has(n)) break;
      if (LATER.test(fold(n.text))) break;
      delete n.day;
    }
  }
  // "dititipi punya bu sumi 90rb", "bu endang masih utang 80rb ke aku", "harusnya 260rb", "sisanya minggu depan":
  // remarks about money, not money of hers received or spent.
  const remarks = entries.filter((e) => moneyRemark(e, entries) || noWork(e, entries));
  for (const r of remarks) {
    const at = entries.indexOf(r);
    // ("dibayar 140rb. harusnya 160, dipotong 20rb yg rusak": what it should have been is a remark; the cut said
    // with it is the pay's.)
    const pay = entries
      .slice(0, at)
      .reverse()
      .find((x) => x.kind === 'payment');
    if (r.kind === 'payment' && r.deduction && pay?.kind === 'payment' && !pay.deduction) pay.deduction = r.deduction;
    // ("sakjane 350 ewu, dipotong bonku 100 ewu" with no pay told beside it: what it came to before the cut; the
    // cash is the rest.)
    else if (
      r.kind === 'payment' &&
      r.deduction &&
      r.amount &&
      !pay &&
      r.deduction.amount < r.amount.amount &&
      !entries.some((x) => x !== r && x.kind === 'payment')
    ) {
      r.amount = { ...r.amount, amount: r.amount.amount - r.deduction.amount };
      continue;
    }
    entries.splice(at, 1);
  }
  if (remarks.length && !entries.length) return { entries: [], remark: true };
  // "dino iki podo wingi", "today same as yesterday": her hours as the day before.
  if (!entries.length && SAME_DAY.test(fold(src).trim())) {
    const same = { kind: 'hours', text: src.trim(), day: today(now), same: true } as HoursEntry;
    // ("dino iki yo podo karo wingi, karo bojoku maneh": who helped, said with it.)
    const withWhom = /[\s,.]+((?:karo|sama|dibantu|with|helped by)\b.*)$/.exec(
      fold(src).replace(/^.*?\b(?:wingi|kemarin|kmrn|kemaren|yesterday)\b/, ''),
    );
    const helped = withWhom ? readHelpersAnswer(withWhom[1]!) : null;
    if (helped) {
      same.helpers = helped.helpers;
      if (helped.child !== undefined) same.child = helped.child;
    }
    entries.push(same);
  }
  // "sapu dr juragan darmo", "kaos kaki teko bu endang": goods from someone named, alone in a bubble, are work
  // she took; the count and the rate come in the bubbles after (asked for).
  const only = clauses.length === 1 ? clauses[0]! : undefined;
  if (
    !entries.length &&
    only?.employer &&
    !only.intents.length &&
    !only.qty.length &&
    !only.counts.length &&
    !only.money.length &&
    namesGoods(only.leftovers.join(' ')) &&
    /\b(dari|dr|dri|teko|soko|seko|saka|saking|from)\s+(bu|pak|mbak|mas|juragan|haji|koh|cik|bos)\b/.test(fold(src))
  ) {
    const product = goods(only.leftovers);
    entries.push({
      kind: 'order',
      text: src.trim(),
      employer: only.employer.toLowerCase(),
      ...(product ? { product } : {}),
    } as OrderEntry);
  }
  // A question starting with its question word asks; it records nothing.
  if (ASKS.test(fold(src).trim())) return { entries: [] };
  // "BPJS kelas 3 itu bayar berapa sebulan ya?": asking how much, wherever the word is, records nothing.
  // A record told beside it ("aku setor 3kodi nang bu yati, opahku wis oleh piro?") is kept: an entry named by its
  // word, with a count in a unit or money written as money.
  // ("... bu endang masih kurang bayar berapa. sehat selalu ya": the question need not end the message.)
  if (
    (QUESTION.test(fold(src).trim()) || !/\d/.test(src)) &&
    /\b(berapa|brp|brapa|piro|pira|pinten|how much|how many)\b/.test(fold(src))
  )
    return {
      entries: entries.filter(
        (e) =>
          solidEntry(e) &&
          saidAsEntry(e) &&
          !plans.has(e) &&
          ((e.kind === 'handin' && e.delivered && e.delivered.unit !== 'pcs') ||
            (e.kind === 'order' && e.qty && e.qty.unit !== 'pcs') ||
            ((e.kind === 'payment' || e.kind === 'kasbon' || e.kind === 'cost') && e.amount?.explicit === true)),
      ),
    };
  // A question, or something said not to have happened: only the entries solid on their own are kept (after the
  // rules below, which join and date them).
  const solidOnly = QUESTION.test(fold(src).trim()) || clauses.some((f) => f.negated);
  // ("is BPJS Kesehatan class 3 still 35k a month?": a question about BPJS, its figure is no cost of hers.)
  if (QUESTION.test(fold(src).trim()) && /\b(bpjs|jkn|kis|iuran|premi|jaminan sosial)\b/.test(fold(src)))
    return command ? { entries: [], command } : { entries: [] };
  // "ambil bawang merah sepuluh kilo ... sudah selesai ... langsung disetor dibayar tiga puluh ribu": the order just
  // named, handed in whole, then paid (the hand-in word said with the pay, no count of its own).
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i]!;
    const order = entries[i - 1]!;
    if (e.kind !== 'payment' || order.kind !== 'order' || !order.qty || entries.some((x) => x.kind === 'handin'))
      continue;
    const handed =
      /\b(disetor|disetorke|disetorne|setor|nyetor|tak setor|tak setorke|diserahkan|delivered|handed in)\b.*\b(dibayar|bayar|mbayar|paid)\b/;
    if (!handed.test(fold(e.text))) continue;
    const h: HandinEntry = { text: e.text, kind: 'handin', delivered: { ...order.qty } };
    if (order.employer) h.employer = order.employer;
    if (order.product) h.product = order.product;
    if (e.day) h.day = e.day;
    entries.splice(i, 0, h);
    i++;
  }
  // "oleh sandal 3 kodi ..., mau awan wes tak setor kabeh": all of the order just named was handed in.
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i]!;
    const before = entries[i - 1]!;
    if (e.kind !== 'handin' || e.delivered || before.kind !== 'order' || !before.qty) continue;
    if (/\b(kabeh|semua|semuanya|smua|sedaya|all|kabeh e|kabehe)\b/.test(fold(e.text))) e.delivered = { ...before.qty };
  }
  // "tadi pinjam uang ke pak haji slamet, kasbon": an entry word said again is the same entry.
  for (let i = entries.length - 1; i > 0; i--) {
    const e = entries[i]!;
    if (e.kind === entries[i - 1]!.kind && bare.has(e) && !solidEntry(e)) entries.splice(i, 1);
  }
  // "kasbon ... dicicil 3x. hari ini dipotong 100rb dari bayaran 260rb": a cut said beside her advance repays it.
  if (/\b(kasbon|kasbonku|bon|utang|utangku|hutang|panjer|dicicil|cicilan|nyicil)\b/.test(fold(src)))
    for (const e of entries)
      if (e.kind === 'payment' && e.deduction && e.deduction.kind === null)
        e.deduction = { ...e.deduction, kind: 'kasbon' };
  // "pagi 3 jam, malam 2 jam", "morning 3 hrs, evening 2.5 hrs": parts of one day's hours, told by the time of day.
  for (let i = entries.length - 1; i > 0; i--) {
    const a = entries[i - 1]!;
    const b = entries[i]!;
    if (
      a.kind !== 'hours' ||
      b.kind !== 'hours' ||
      a.week ||
      b.week ||
      a.minutes === undefined ||
      b.minutes === undefined
    )
      continue;
    if ((a.day ?? '') !== (b.day ?? '') && a.day !== undefined && b.day !== undefined) continue;
    // ("dino iki garap sapu isuk 2 jam, sore 3 jam": the first part names its time of day anywhere before its figure.)
    const partOfDay = PART_OF_DAY.source.replace(/^\^/, '\\b');
    if (!new RegExp(partOfDay).test(fold(a.text)) || !PART_OF_DAY.test(fold(b.text).trim())) continue;
    // ("pagi jahit buat bu umi 4 jam, sore obras buat bu endang 3 jam": a part of the day for each of two
    // employers is two rows, each with its own employer's work.)
    const whom = (t: string) => /\b(?:bu|pak|mbak|mas|juragan|haji)\s+([a-z]{3,})/.exec(fold(t))?.[1];
    if (whom(a.text) && whom(b.text) && whom(a.text) !== whom(b.text)) continue;
    // ("isuk 3 jam dewe, sore 2 jam dibantu ponakan": each part told with its own help is a row of its own.)
    if (a.helpers !== undefined && b.helpers !== undefined && a.helpers !== b.helpers) continue;
    a.minutes += b.minutes;
    a.text = `${a.text}, ${b.text}`;
    a.day ??= b.day;
    if (b.helpers !== undefined && (a.helpers === undefined || b.helpers > a.helpers)) a.helpers = b.helpers;
    if (b.child !== undefined && a.child !== true) a.child = b.child;
    delete a.from;
    entries.splice(i, 1);
  }
  // "kasbon saya ke bu endang bulan lalu 300rb, dicicil 3x. hari ini dipotong 100rb dari bayaran": the advance
  // being repaid is told as the reason of the cut, not taken again today.
  const repaying = entries.some((e) => e.kind === 'payment' && e.deduction?.kind === 'kasbon');
  for (let i = entries.length - 1; i >= 0 && repaying; i--) {
    const e = entries[i]!;
    // ("rabu kemarin kasbon 150rb": "kemarin" after a weekday only names that day, an advance taken this week.)
    const told = fold(e.text)
      .split(/\s+/)
      .filter((w, k, ws) => !(/^(kemarin|kmrn|kemaren|wingi|kae)$/.test(w) && lex.weekdays.has(ws[k - 1] ?? '')))
      .join(' ');
    if (
      e.kind === 'kasbon' &&
      /\b(dicicil|nyicil|cicil|cicilan|dicicilan|diangsur|angsuran|bulan lalu|bulan kemarin|minggu lalu|wingi|kemarin|sasi wingi)\b/.test(
        told,
      )
    )
      entries.splice(i, 1);
  }
  // "opah 400rb, 250 cash, 150 ditransfer nang rekening": one pay, told in the parts it came in.
  for (let i = 0; i < entries.length; i++) {
    const whole = entries[i]!;
    if (whole.kind !== 'payment' || !whole.amount) continue;
    let sum = 0;
    let j = i + 1;
    while (
      j < entries.length &&
      entries[j]!.kind === 'payment' &&
      /\b(cash|tunai|kes|transfer|tf|trf|ditransfer|rekening|rek|atm|dana|ovo|gopay|langsung|sisane|sisanya)\b/.test(
        fold(entries[j]!.text),
      ) &&
      !(sum >= whole.amount.amount)
    ) {
      const part = (entries[j] as { amount?: { amount: number; explicit: boolean } }).amount;
      // ("250 cash" after "400rb": thousands, as the whole was said.)
      sum += part ? (part.explicit || part.amount >= 1000 ? part.amount : part.amount * 1000) : Number.NaN;
      j++;
    }
    if (j > i + 2 && sum === whole.amount.amount) entries.splice(i + 1, j - i - 1);
  }
  // "minta kasbon 300rb, tp cuma dikasih 250rb": the advance is what she was given.
  for (let i = entries.length - 1; i > 0; i--) {
    const a = entries[i - 1]!;
    const b = entries[i]!;
    if (a.kind !== 'kasbon' || !a.amount) continue;
    // ("njaluk bon 300rb ..., mung dikei 150": a bare figure given is in the thousands of the one asked.)
    const bare =
      b.kind === 'order' && !b.product && !b.rate && b.qty?.unit === 'pcs' && b.qty.count * 1000 < a.amount.amount
        ? { amount: b.qty.count * 1000, explicit: true }
        : undefined;
    const given = b.kind === 'payment' ? b.amount : bare;
    if (!given) continue;
    if (b.employer && a.employer && b.employer !== a.employer && !bare) continue;
    if (given.amount >= a.amount.amount || !ONLY_GIVEN.test(fold(b.text))) continue;
    a.amount = given;
    a.text = `${a.text}, ${b.text}`;
    entries.splice(i, 1);
  }
  // "Pak Hadi paid me today. He cut 20 thousand ... Paid 180k": a pay told twice, its cut with the first telling.
  for (let i = entries.length - 1; i > 0; i--) {
    const a = entries[i - 1]!;
    const b = entries[i]!;
    if (a.kind !== 'payment' || b.kind !== 'payment' || a.amount || !b.amount) continue;
    if (a.employer && b.employer && a.employer !== b.employer) continue;
    if (a.deduction && !b.deduction) b.deduction = a.deduction;
    if (a.otherCut && !b.otherCut) b.otherCut = a.otherCut;
    b.employer ??= a.employer;
    b.day ??= a.day;
    b.text = `${a.text}, ${b.text}`;
    entries.splice(i - 1, 1);
  }
  // ("kmrn sore dibayar bu endang sm pak hadi, bu endang 150rb": two who paid, joined in one clause, are two pays;
  // the second one's sum, not said, is asked.)
  const alsoPaid = new Set<Entry>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const a = entries[i]!;
    if (a.kind !== 'payment' || !a.employer || a.deduction) continue;
    const named = fold(a.employer).replace(/[^a-z ]/g, '');
    const other = new RegExp(
      String.raw`\b(?:dibayar|dibayari|dibayarin|dibyr|paid|got paid|bayaran|bayarane|opah|upah)\s+(?:(?:sama|sm|ama|oleh|karo|kalih|by|from|dari|dr)\s+)?${named}\s+(?:sm|sama|ama|karo|kalih|dan|dn|lan|and|&)\s+((?:bu|pak|mbak|mas|juragan|bos|koh|cik|mbah)\s+(?:(?:haji|hj|hajah)\s+)?[a-z]+)\b`,
    ).exec(fold(factsOf.get(a)?.text ?? ''));
    if (!other) continue;
    const b = other[1]!;
    const key = (x: string) => x.split(' ').at(-1);
    if (entries.some((x) => x.employer && key(fold(x.employer)) === key(b))) continue;
    const e: Entry = { text: other[0], kind: 'payment', employer: b, ...(a.day ? { day: a.day } : {}) };
    entries.splice(i + 1, 0, e);
    alsoPaid.add(e);
  }
  // "kemarin 7 jam, hari ini 5 jam, dua2nya dibantu bapak": who helped, said once for all the days.
  const hoursWith = entries.filter((e): e is HoursEntry => e.kind === 'hours');
  const helped = hoursWith.filter((e) => e.helpers !== undefined);
  // ("selasa ... 6 jam, rebo 5 jam, dibantu anakku": said after the list, in a part of its own, for all of it.)
  const lastPart = helped.length === 1 ? (fold(helped[0]!.text).split(',').at(-1)?.trim() ?? '') : '';
  const saidAfterAll =
    helped[0] === hoursWith.at(-1) &&
    /^(dibantu|dibantuin|dibntu|dbntu|direwangi|diewangi|karo|bareng|brg|sama|sm|with|helped by|my)\b/.test(lastPart) &&
    !/\b(jam|jm|hours?|hrs?)\b/.test(lastPart) &&
    !/[.;\n]/.test(
      fold(src).slice(
        Math.max(0, fold(src).indexOf(fold(hoursWith[0]!.text))),
        Math.max(0, fold(src).indexOf(lastPart)),
      ),
    );
  // ("jumat karo wingi nggarap ... karo adikku, jumat 5 jam, wingi 7 jam": the days named first with who helped.)
  if (helped.length === 1 && hoursWith.length > 1) {
    const head = fold(helped[0]!.text).split(',')[0]!;
    for (const e of hoursWith) {
      if (e.helpers !== undefined) continue;
      const first = fold(e.text).trim().split(/\s+/)[0] ?? '';
      if ((lexicon().days.has(first) || lexicon().weekdays.has(first)) && new RegExp(`\\b${first}\\b`).test(head)) {
        e.helpers = helped[0]!.helpers;
        if (helped[0]!.child !== undefined) e.child = helped[0]!.child;
      }
    }
  }
  if (
    helped.length === 1 &&
    hoursWith.length > 1 &&
    (saidAfterAll ||
      /\b(dua hari|2 hari|kalih dinten|rong dino|rong dina|loro dino|dua2nya|dua2 nya|duanya|keduanya|dua-duanya|loro2ne|loro-lorone|lorone|both|sedanten|semuanya|kabeh|sedoyo|sedaya|sadaya|tiap hari|saben dina|saben dino|every day|each day|terus|trus|terus2an|terusan|all along|the whole time|the whole way)\b/.test(
        fold(src),
      ))
  ) {
    for (const e of hoursWith) {
      if (e.helpers !== undefined) continue;
      e.helpers = helped[0]!.helpers;
      if (helped[0]!.child !== undefined) e.child = helped[0]!.child;
    }
  }
  // "kemarin garap sandal ..., terus sorenya pak hadi antar 15 kodi": that afternoon is of the day said before;
  // "besoknya", the day after it.
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i]!;
    const before = entries[i - 1]!.day;
    const lead = /^(?:(?:terus|trus|trs|lalu|then|and|sama|karo|lan|nah|pas)\s+)*/;
    const t = fold(e.text).trim().replace(lead, '');
    const dayAfter =
      /^(?:(?:besok|besuk)\s?nya|besoke|besuke|isuke|esuke|sesuke|sesoke|ndhisuke|the next day|next day|the day after)\b/.test(
        t,
      );
    // ("selasa ambil ..., besoknya garap 7 jam": the day after Tuesday, not tomorrow.)
    if (dayAfter && e.day && (e.day > wibDate(now) || e.day === before) && before && before < wibDate(now))
      delete e.day;
    if (e.day || !before) continue;
    // ("trs sore ambil peci lg", "terus njupuk garapan maneh": then, the same day.)
    // (Not "terus mau subuh dikei garapan maneh": a time of today said with it.)
    const then =
      /^(?:terus|trus|trs|lalu|then|and then|and|dan|lan|abis itu|habis itu|bar iku|sakwise iku)\s+/.test(
        fold(e.text).trim(),
      ) && !/\b(mau|tadi|td|wau|barusan|dino iki|hari ini|hr ini|today|this morning|saiki|sekarang|now)\b/.test(t);
    if (
      /^(?:(?:sore|malam|malem|siang)\s?nya|sorene|malame|bengine|siange|awane|that (?:evening|afternoon|night))\b/.test(
        t,
      ) ||
      (then && before < wibDate(now))
    )
      e.day = before;
    else if (dayAfter && before < wibDate(now)) e.day = addDays(before, 1);
  }
  // "kamis setor ... . jumat dibenerin trs disetor lg 20 nya": a weekday that opens the sentence of an entry is
  // its day, though the words right before the entry say no entry of their own.
  const whole = fold(src);
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i]!;
    const prevE = entries[i - 1]!;
    if (!e.day || e.day !== prevE.day) continue;
    const text = fold(e.text);
    const at = whole.indexOf(text);
    if (at <= 0) continue;
    const start = Math.max(whole.lastIndexOf('.', at - 1), whole.lastIndexOf('\n', at - 1)) + 1;
    if (whole.indexOf(fold(prevE.text)) >= start) continue;
    const first =
      whole
        .slice(start, at)
        .split(/[^a-z]+/)
        .filter(Boolean)[0] ?? '';
    const wd = lex.weekdays.get(first);
    if (wd === undefined || first === 'minggu' || text.split(/[^a-z]+/).some((w) => lex.weekdays.has(w))) continue;
    const todayIso = wibDate(now);
    const back = (new Date(`${todayIso}T00:00:00Z`).getUTCDay() - wd + 7) % 7;
    e.day = addDays(todayIso, -back);
  }
  // "bu endang bilang mau ngasih payetan 10 kodi tp gak jadi": what she then says did not happen is no entry.
  for (let i = entries.length - 1; i >= 0; i--) {
    const text = fold(entries[i]!.text);
    // (Merged into the entry's own words: "..., tp gak jadi" at its end; not a sentence of its own after the
    // entry's figure: "dibayar 80 ewu. jane arep ngebon 100 ewu tapi ora sido".)
    const undone =
      /(?:tapi|tp|but|nanging|ning|namun)?\s*(?:akhire\s+|akhirnya\s+|ternyata\s+)?(?:gak|ga|nggak|ngga|gk|ora|ra|tidak|tdk|mboten|not|didn'?t)\s+(?:jadi|jd|sido|cido|siddo|happen)\b/.exec(
        whole,
      );
    const sentence = undone
      ? whole.slice(
          Math.max(whole.lastIndexOf('.', undone.index), whole.lastIndexOf(';', undone.index)) + 1,
          undone.index,
        )
      : '';
    const kinds = sentence.split(/[^a-z]+/).flatMap((w) => (lex.intents.has(w) ? [lex.intents.get(w)!] : []));
    const own = entries[i]!.kind;
    // (An advance or a purchase called off, said after another entry, takes back only itself.)
    const ofAnother = kinds.some((k) => (k === 'kasbon' || k === 'cost') && k !== own);
    if (
      !ofAnother &&
      /(?:,\s*|\s(?:tapi|tp|but|nanging|ning|namun)\s+)(?:akhire\s+|akhirnya\s+|ternyata\s+)?(?:gak|ga|nggak|ngga|gk|ora|ra|tidak|tdk|mboten|not|didn'?t)\s+(?:jadi|jd|sido|cido|siddo|happen)\W*$/.test(
        text,
      )
    ) {
      entries.splice(i, 1);
      continue;
    }
    const at = whole.indexOf(text);
    if (at < 0) continue;
    const after = whole.slice(at + text.length);
    if (
      /^[\s,]*(?:(?:tapi|tp|but|nanging|ning|namun)\s+)?(?:akhire\s+|akhirnya\s+|ternyata\s+|in the end\s+)?(?:gak|ga|nggak|ngga|gk|ora|ra|tidak|tdk|mboten|not|didn'?t)\s+(?:jadi|jd|sido|cido|siddo|happen)\b/.test(
        after,
      )
    )
      entries.splice(i, 1);
  }
  // "kemarin dibayar bu endang, sekalian setor kerudung 3 lusin": paid by someone named, its sum not said, then a
  // hand-in: the pay is a record of its own, its sum asked.
  const paidUnsaid = new Set(
    entries.filter(
      (e, i) =>
        e.kind === 'payment' &&
        !e.amount &&
        !e.deduction &&
        (!!factsOf.get(e)?.employer || paidAtOnce(e, entries[i - 1])) &&
        /^(?:(?:wis|wes|uwis|udah|udh|sudah|sdh|dah|already)\s+)?(dibayar|dibayari|dibayarin|paid|got paid)$/.test(
          factsOf.get(e)?.intents[0]?.word ?? '',
        ) &&
        !/\b(durung|dereng|belum|blm|ora|gak|ga|nggak|tidak|not|nanti|mengko|besok|sesuk|jare|katanya)\b/.test(
          fold(e.text),
        ) &&
        // (Beside any other record with its figures: "bu umi udh bayar hr sabtu, trus td beli jarum 8rb".)
        entries.some(
          (x, k) => x !== e && x.kind !== 'payment' && (k > i ? x.kind !== 'handin' || !!x.delivered : solidEntry(x)),
        ),
    ),
  );
  // So is a clause of only an entry word next to other entries ("minta kasbon 80rb, dikasih"); a hand-in needs
  // a count ("lembur 4 jam, nyelesaikno setoran" is the hours only).
  const kept = (
    entries.some(solidEntry)
      ? entries.filter(
          (e) =>
            solidEntry(e) ||
            paidUnsaid.has(e) ||
            alsoPaid.has(e) ||
            // ("mau nyatet orderan yg bulan kemarin, ...": an order with nothing of its own beside one that has.)
            (e.kind === 'order' && !bare.has(e) && !!(e.product || e.qty || e.rate || e.employer)) ||
            (e.kind === 'handin' && !bare.has(e) && (e.delivered !== undefined || e.rejected !== undefined)) ||
            // ("tuesday she paid me but cut 18rb": a pay with its cut, its sum to be asked.)
            // ("dibayar lgsg tp dipotong 5rb buat lem": the cut in a clause of its own makes the bare pay word one.)
            (e.kind === 'payment' && !!e.deduction && !e.amount) ||
            // ("..., td pagi kasbon ke dia": an advance named with its own word, its sum to be asked.)
            (e.kind === 'kasbon' &&
              !bare.has(e) &&
              // (Not the word said again beside the advance itself: "ngampil yatra, kasbon, ... tigang atus ewu".)
              !entries.some((x) => x !== e && x.kind === 'kasbon') &&
              (factsOf.get(e)?.intents ?? []).some(
                (x) => x.kind === 'kasbon' && /^(kasbon|ngebon|ngasbon|bon|ngampil|nyilih|pinjam|minjem)$/.test(x.word),
              )),
        )
      : entries.filter((e) => !bare.has(e) || !e.day || e.day <= today(now))
  ).filter((e) => !plans.has(e));
  // One entry: all she wrote is about it (the name she gave in its first clause, "dibayar darmo, terima 200rb").
  if (kept.length === 1) kept[0]!.text = src.trim();
  // ("mbatil rokok lagi buat pak hadi, ... sudah dikirim, upahnya 14rb": the one name in the message is whom from.)
  const names = new Set(clauses.flatMap((c) => (c.employer ? [c.employer.toLowerCase()] : [])));
  // ("setu ngeterke kripik nang bu yati ..., ongkos ojek 15 ewu. wingi dibayar 200 ewu", "... for juragan darmo.
  // on wednesday i got 4 kodi more keset from him": so is it for every entry of several that names nobody.)
  if (names.size === 1)
    for (const e of kept) if (e.kind !== 'hours' && e.kind !== 'cost' && !e.employer) e.employer = [...names][0];
  // "beli kain perca 2 kali senin 20rb kamis 25rb": the second sum is of the same thing.
  for (let i = 1; i < kept.length; i++) {
    const e = kept[i]!;
    const before = kept[i - 1]!;
    if (e.kind !== 'cost' || before.kind !== 'cost' || e.category || !before.category) continue;
    const words = fold(e.text)
      .split(/[^a-z]+/)
      .filter((w) => w && !/^(rb|ribu|rebu|ewu|k|jt|juta|rp)$/.test(w) && !lex.weekdays.has(w) && !lex.days.has(w));
    if (words.length) continue;
    e.category = before.category;
    if (before.what) e.what = before.what;
  }
  // "senen 100 iket, kemis 50 iket, opahe sewu per iket": one rate said for several orders of the same goods.
  const orders = kept.filter((e): e is OrderEntry => e.kind === 'order');
  const rates = new Set(orders.flatMap((o) => (o.rate ? [JSON.stringify(o.rate)] : [])));
  if (orders.length > 1 && rates.size === 1 && new Set(orders.map((o) => o.employer ?? '')).size === 1) {
    const rate = JSON.parse([...rates][0]!) as OrderEntry['rate'];
    const product = orders.find((o) => o.product)?.product;
    const rated = orders.findIndex((o) => o.rate);
    // (Only back to orders told before it, of the same goods or none named: "ambil sandal 2rb/psg, ambil tas"
    // leaves the bags without one.)
    orders.forEach((o, k) => {
      if (o.rate || k > rated || (o.product && product && o.product !== product)) return;
      o.rate = rate;
    });
    for (const o of orders) if (product && !o.product && o.rate) o.product = product;
  }
  // "ngobras kaos kaki. njupuk 20 lusin teko bu endang": work taken without naming its goods is of the goods
  // she says she works on in this message (when she names only one). (Goods handed in are left to her
  // orders: "setor 3 kodi masker, ambil lagi 5 kodi".)
  for (const o of kept) {
    if (o.kind !== 'order' || o.product) continue;
    if (kept.some((e) => (e.kind === 'handin' || e.kind === 'order') && e.product)) continue;
    const named = new Set(
      kept.flatMap((e) => (e.kind === 'hours' && e.product && namesGoods(e.product) ? [e.product] : [])),
    );
    if (named.size === 1) o.product = [...named][0];
  }
  if (solidOnly) {
    const solid = entries.filter(solidEntry);
    return command && !solid.length ? { entries: solid, command } : { entries: solid };
  }
  if (command && !kept.length) return { entries: kept, command };
  // Solid entries all still to come ("sesuk tak setor 3 lusin"): said as a plan.
  if (!kept.length && entries.some((e) => plans.has(e))) return { entries: kept, plan: true };
  return { entries: kept };
}

/** Money held for someone else: "dititipi punya bu sumi", "dudu duitku", "for my neighbour, that is not mine". */
const HELD =
  /\b(dititipi|dititipin|dititipke|titipan|nitip|nitipke|dudu duitku|dudu duwekku|dudu nggonku|bukan punyaku|bukan punya saya|bukan punya sy|bukan uangku|bukan duitku|bukan uang saya|not mine|isn'?t mine|for my neighbou?r|for my sister|for my friend|to pass it on|pass it on|to pass on|pass on to|passed on to|to give to my|to hand to my)\b/;
/** Less given than asked: "tp cuma dikasih 250rb", "mung diwenehi", "only gave me". */
const ONLY_GIVEN =
  /\b(cuma|cuman|cm|mung|namung|hanya|only|tapi|tp|but)\b.*\b(dikasih|dikasi|dikei|diwenehi|dikeki|diberi|gave|given|dapat|dapet|oleh|entuk)\b/;

/** A thing bought for the house, not the work. */
const NOT_FOR_WORK =
  /\b(for the house|for home|for the family|buat rumah|untuk rumah|buat dapur|kanggo omah|gawe omah|nggo omah|don'?t count|do not count|not for (?:the )?work|jangan dihitung|ga usah dihitung|gak usah dihitung|nggak usah dihitung|ojo diitung|ora usah diitung|ora sah diitung|bukan buat kerja|bukan untuk kerja|dudu kanggo garapan)\b/;

/** Owed to her: "bu endang masih utang 80rb ke aku", "he still owes me 120k". */
const OWES_ME =
  /\b(?:utang|hutang|ngutang|utange|utangnya|hutangnya)\s+(?:(?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|ewu|k)?\s+)?(?:ke|nang|sama|karo|marang|kepada)\s+(?:aku|saya|sy|aq|kula|kulo)\b|\b(?:still owes|owes me|owe me)\b/;
/** What the pay should have been, or the promised sum: said beside the pay itself. */
const SHOULD =
  /^(?:(?:tapi|tp|but|padahal|pdhl|lha|lho|and)\s+)?(?:harusnya|seharusnya|hrsnya|hrs nya|mestinya|mestine|kudune|sakjane|should have been|should be|was supposed to be|he had promised|she had promised|had promised|promised|janjinya|janjine|dijanjikan|dijanjeni|dulu janjinya|biasane|biasanya|biasa|usually|dulu|biyen|sebelumnya|sakdurunge)\b/;
/** The rest still to come: "sisanya 200 dicicil tiap sabtu katanya", "kurang 60 katanya besok". */
const REST_LATER =
  /^(?:(?:tapi|tp|but|lha|terus|trus|dan|and|emang|memang)\s+)?(?:masih\s+)?(?:sisanya|sisane|sisa|kurang|kurange|kurangnya|kurangan|the rest|the remaining)\b.*\b(?:katanya|jare|nanti|mengko|ngko|besok|bsk|sesuk|minggu depan|minggu ngarep|dicicil|dicicilke|nyusul|next week|later|tomorrow|lagi|maneh|meneh)\b/;
/** A pay told in its parts: "yg 200 ditransfer bri, sisanya cash". */
const SPLIT =
  /\b(?:(?:yg|yang|sing|seng)\s+(?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|ewu|k)?\s+(?:di)?(?:transfer|transferke|tf|trf|cash|tunai|kontan)|sisanya\s+(?:cash|tunai|kontan|transfer|tf)|the rest\s+(?:in cash|by transfer|cash))\b/;

/**
 * Read as work received but not work: "anakku loro kudu nang puskesmas" (her child is ill: "loro"), or
 * "garapan mukena rong minggu" beside a pay (what the pay was for).
 */
function noWork(e: Entry, all: Entry[]): boolean {
  if (e.kind !== 'order' || e.rate) return false;
  const people = !!e.product && e.product.split(/\s+/).every((w) => personWord(w)) && (e.qty?.unit ?? 'pcs') === 'pcs';
  const payFor = !e.qty && !e.dueOn && all.some((x) => x !== e && (x.kind === 'payment' || x.kind === 'cost'));
  // "..., from Monday's order", "sing garapan senin": which order a hand-in was for.
  const which =
    !e.qty &&
    all.some((x) => x !== e && x.kind === 'handin') &&
    /\b(?:from|of|dari|teko|seko|sing|yg|yang|ingkang)\b.*\b(?:order|orderan|garapan|pesenan)\b|\b(?:order|orderan|garapan)\b.*\b(?:kemarin|kmrn|wingi|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/.test(
      fold(e.text),
    );
  if (which) return true;
  return people || payFor;
}

/** Whether the money entry is a remark about money rather than money she received or spent. */
function moneyRemark(e: Entry, all: Entry[]): boolean {
  const t = fold(e.text).trim();
  // ("aku dititipi bayarane adikku 120 ewu": money, though "dititipi" reads as work given.)
  if (e.kind === 'order' && !e.qty && HELD.test(t)) return true;
  if (e.kind !== 'payment' && e.kind !== 'kasbon' && e.kind !== 'cost') return false;
  // ("bayaran dari pak hadi dititipin ke istrinya, ... baru saya ambil": left with someone to pass on to her.)
  const courier = /\b(dititip\w*|titip\w*)\s+(ke|nang|neng|lewat|marang|sama|karo|to|with)\b/.test(t);
  if ((HELD.test(t) && !courier) || OWES_ME.test(t)) return true;
  // "token listrik 50k but that's for the house, don't count it": not a cost of her work.
  // (Not when part of it is for the work: "tp itu buat rumah jg, yg buat mesin jahit separo".)
  const told = fold(all.map((x) => x.text).join(' '));
  if (
    e.kind === 'cost' &&
    NOT_FOR_WORK.test(t) &&
    !/\b(separo|separuh|setengah|sebagian|half|part|yg buat|yang buat|sing kanggo|sing nggo)\b/.test(told)
  )
    return true;
  const beside = all.some((x) => x !== e && x.kind === e.kind);
  if (REST_LATER.test(t) && (beside || !/\b(dibayar|bayar\w*|terima|nompo|paid|got)\b/.test(t))) return true;
  return beside && (SHOULD.test(t) || SPLIT.test(t));
}

/** A whole answer that is one day in the lexicon's words ("wingi", "dino iki", "jumat ngarep"); null otherwise. */
/** The one day a short text names ("yg rabu itu", "sing nyetor tgl 5 wingi"), whatever else it says; else null. */
export function daySaidIn(text: string, now: Date): { day: string; due: boolean } | null {
  const bare = fold(text).replace(
    /^(?:(?:eh|e|oh|maaf|mohon maaf|sori|sorry|mbak|mba|kak|bu|min|ya|iya)\b[\s,.!]*)+/,
    '',
  );
  const toks = tokenize(bare.length > 80 ? '' : bare);
  if (!toks.length) return null;
  const days = readClause(clauseContext(lexicon(), now), toks).days.filter((d) => !d.week);
  // ("tgl 5 wingi": the date, with "the other day" said of it.)
  const named = days.filter((d) => d.future !== undefined || d.weekday !== undefined);
  const one = days.length === 1 ? days[0] : named.length === 1 ? named[0] : undefined;
  return one ? { day: one.day, due: one.due } : null;
}

export function readDayAnswer(text: string, now: Date): { day: string; due: boolean } | null {
  const lex = lexicon();
  const toks = tokenize(text.length > 60 ? '' : text);
  if (!toks.length) return null;
  const f = readClause(clauseContext(lex, now), toks);
  const nothingElse =
    !f.intents.length &&
    !f.money.length &&
    !f.qty.length &&
    !f.counts.length &&
    !f.leftovers.length &&
    f.minutes === undefined;
  return f.days.length === 1 && nothingElse ? { day: f.days[0]!.day, due: f.days[0]!.due } : null;
}

/**
 * Her answer to "how many family members helped?" in words as well as digits: "sendiri", "dewe",
 * "nobody", "gak ada yg bantu" are none; "dibantu suami", "anakku", "anak 2", "my mother and sister"
 * name who helped (and, for grown-ups only, that no child did). null when it says neither.
 */
export function readHelpersAnswer(text: string): { helpers: number; child?: boolean } | null {
  const lex = lexicon();
  // ("sendiriii gaada yg bantuuu": letters held down.)
  const src = unstretch(text.length > 200 ? '' : text);
  const folded = fold(src).trim();
  if (!folded) return null;
  const toks = tokenize(src);
  const words = toks.map((t) => t.w);
  const set = lex.sets;
  const cue = /^(dibantu|dibantuin|bantu|direwangi|helped|with|karo|sama|bareng)$/;
  // "dewe, bojo wes turu", "sendiri, anak2 sekolah": alone first, then why nobody else; no help said after it.
  if (
    set.alone.has(words[0] ?? '') &&
    !words.slice(1).some((w) => cue.test(w) || /^(mbantu|ngewangi|ngrewangi|membantu|bantuin)$/.test(w))
  )
    return { helpers: 0 };
  const f = readClause(
    clauseContext(lex, new Date(0)),
    words.some((w) => cue.test(w)) ? toks : tokenize(`dibantu ${src}`),
  );
  if (f.helpers !== undefined && f.helpers > 0)
    return { helpers: f.helpers, ...(f.child !== undefined ? { child: f.child } : {}) };
  const alone =
    words.some((w) => set.alone.has(w)) ||
    /\b(just me|only me|me alone|by myself|no one|nobody|no help|none)\b/.test(folded) ||
    // ("ga" in a longer remark, "sambil ngurusin anak2 jd ga fokus", is no answer.)
    (words.some((w) => set.no.has(w) || set.none.has(w)) &&
      !toks.some((t) => t.kind === 'num') &&
      (words.length <= 3 ||
        words.some((w) => /^(bantu|dibantu|bantuin|mbantu|ngewangi|ngrewangi|helped|help|helping|rewang)$/.test(w))));
  return alone ? { helpers: 0 } : null;
}

/** Her answer to "was a child under 15 among them?": yes/no, or an age ("umure 12", "9 tahun"). */
export function readChildAnswer(text: string): boolean | null {
  const folded = fold(text.length > 200 ? '' : text);
  const age = /(?:umur|umure|usia|usiane|age|aged)?\s*(\d{1,2})\s*(?:thn|tahun|taun|th|years?|yo)?\b/.exec(folded);
  if (age && /\d/.test(folded) && /(umur|usia|age|thn|tahun|taun|years|yo|\bth\b)/.test(folded))
    return Number(age[1]) < 15;
  // ("she's 19", "he is 12": the age of the one who helped, said of her or him.)
  const told = /\b(?:she|he)(?:['’]s|\s+is|\s+was)\s+(?:only\s+|just\s+)?(\d{1,2})\s*[.!]*$/.exec(folded.trim());
  if (told) return Number(told[1]) < 15;
  // ("anakku kelas 4": a class of primary school.)
  if (/\b(sd|smp|paud|tk|cilik|kecil|bocah|little|small)\b|\b(?:kelas|klas|kls|grade)\s+[1-6]\b/.test(folded))
    return true;
  if (/\b(dewasa|gede|besar|sma|kuliah|grown|adults?|suami|bojo|husband|wong tuwo|wong tua|orang tua)\b/.test(folded))
    return false;
  return null;
}
