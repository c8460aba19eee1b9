// Fields more than one record flow asks: a day, an employer, an amount of money.

import { distance } from 'fastest-levenshtein';
import { DIARY_BOUNDS } from '../../content/diary-bounds.ts';
import type { EmployerRec, Ledger } from '../../diary/ledger.ts';
import { addDays, daysBetween } from '../../diary/period.ts';
import { parseChoice, parseYesNo } from '../../parse/choice.ts';
import { parseDay } from '../../parse/date.ts';
import { lexicon } from '../../parse/lexicon.ts';
import { findMoney, parseMoney } from '../../parse/money.ts';
import { parseNumber } from '../../parse/number.ts';
import { fold } from '../../parse/text.ts';
import { readDayAnswer } from '../../read/reader.ts';
import type { MessageKey } from '../messages/index.ts';
import type { FlowContext, Input } from '../types.ts';
import type { Check, Draft, Field, Parsed } from './form.ts';
import { dayText, employersByUse, money, numbered, shortName, today } from './show.ts';

export function ledgerOf(ctx: FlowContext): Ledger {
  return ctx.facts.diary!;
}

const NONE =
  /^(0|nol|-|tidak|tidak ada|tdk|tdk ada|gak|gak ada|ga|ga ada|nggak|nggak ada|ngga ada|enggak ada|kosong|none|no|nothing|belum ada|ndak ada|ora ono|mboten)$/;

/** "0", "tidak ada", "gak ada": the answer "none". */
export function isNone(input: Input): boolean {
  return NONE.test(input.lower.replace(/[.!,]+$/, '').trim());
}

/** A whole number of pieces or people: "58", "lima", "58 pcs". */
export function wholeNumber(input: Input): number | null {
  const t = input.lower.replace(/\s*(pcs|biji|buah|orang|org|potong)$/, '').trim();
  const n = parseNumber(t);
  if (n === null || !Number.isInteger(n)) return null;
  return n;
}

export function yesRetype<D>(ctx: FlowContext, question: string, set: Partial<D>): Check<D> {
  return {
    question,
    choices: [
      { label: ctx.t('yesCorrect'), set },
      { label: ctx.t('retype'), set: null },
    ],
  };
}

/** A day of the diary: "1" today, "2" yesterday, or a date as she types it. */
export function dayField<D extends Draft>(
  key: keyof D & string,
  label: MessageKey,
  ask: MessageKey,
  opts: { always?: boolean } = {},
): Field<D> {
  return {
    key,
    label,
    // Today unless she says otherwise: shown on the check screen, where a day typed changes it.
    always: opts.always,
    ask: (_d, ctx) => `${ctx.t(ask)}\n${ctx.t('dayChoices')}`,
    parse(input, _d, ctx) {
      const t = today(ctx);
      const n = parseChoice(input.text);
      const day =
        n === 1 ? t : n === 2 ? addDays(t, -1) : (parseDay(input.text, ctx.now) ?? readDay(input.text, ctx.now));
      if (!day) return { ok: false, error: ctx.t('badDay') };
      return reviewDay(key, day, ctx) ?? { ok: true, set: { [key]: day } as Partial<D> };
    },
    review: (d, ctx) => reviewDay(key, d[key] as string, ctx),
    show: (d, ctx) => dayText(d[key] as string, ctx),
    assume: (_d, ctx) => ({ [key]: today(ctx) }) as Partial<D>,
  };
}

/** A day not yet come or over a year back is confirmed; null when it is fine. */
function reviewDay<D extends Draft>(key: keyof D & string, day: string, ctx: FlowContext): Parsed<D> | null {
  const t = today(ctx);
  const set = { [key]: day } as Partial<D>;
  if (day > t) return { ok: true, set, check: yesRetype(ctx, ctx.t('dayFuture', { day: dayText(day, ctx) }), set) };
  if (daysBetween(day, t) > DIARY_BOUNDS.daysBack) {
    return { ok: true, set, check: yesRetype(ctx, ctx.t('dayOld', { day: dayText(day, ctx) }), set) };
  }
  return null;
}

/** A day typed as an answer in any of the lexicon's words ("wingi", "dino iki", "mau bengi"). */
function readDay(text: string, now: Date): string | null {
  return readDayAnswer(text, now)?.day ?? null;
}

export interface EmployerPick {
  /** null: a new employer, created when the entry is saved (negative: new, named earlier in the same message). */
  id: number | null;
  name: string;
  /** As she wrote it, when a message named her employer with a slip ("bu yti"): shown on the check screen. */
  typed?: string;
  /** She said the employer is new ("juragan anyar pak darno"): a name like one of hers is not taken for it. */
  saidNew?: boolean;
}

/** Created when the entry is saved: not yet one of her employers. */
export function isNewEmployer(e: EmployerPick): boolean {
  return e.id === null || e.id < 0;
}

const FEMALE = new Set([
  'bu',
  'ibu',
  'buk',
  'bun',
  'bune',
  'mbak',
  'mba',
  'mbk',
  'bude',
  'budhe',
  'hajah',
  'hajjah',
  'hj',
  'mbok',
  'tante',
  'ning',
  'yu',
  'mbakyu',
  'bulik',
  'ustadzah',
  'mrs',
  'miss',
  'madam',
]);
const MALE = new Set([
  'pak',
  'bapak',
  'pk',
  'bpk',
  'pake',
  'mas',
  'pakde',
  'pakdhe',
  'haji',
  'h',
  'om',
  'koh',
  'cak',
  'paklik',
  'ustad',
  'mr',
  'sir',
  'kaji',
]);

/** A name without its honorifics ("Bu Hajah Umi" -> umi), and whether they say a woman or a man. */
export function nameCore(name: string): { core: string; gender: 'f' | 'm' | null } {
  const hon = lexicon().sets.honorifics;
  // Letters of every script count ("王老板", "بو ياتي"), so a name in another script is never an empty core.
  const words = fold(name)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  let gender: 'f' | 'm' | null = null;
  let i = 0;
  while (i < words.length - 1 && hon.has(words[i]!)) {
    gender ??= FEMALE.has(words[i]!) ? 'f' : MALE.has(words[i]!) ? 'm' : null;
    i++;
  }
  return { core: words.slice(i).join(' '), gender };
}

const sameGender = (a: 'f' | 'm' | null, b: 'f' | 'm' | null) => a === null || b === null || a === b;

/**
 * Her employer by name: the same person ("bu yati" = "Bu Yati" = "Yati", "bu umi" = "Bu Hajah Umi"), or
 * one very like it ("bu endng" ~ "Bu Endang", "umi" ~ "Umi Kulsum"): asked when typed as an answer, and
 * taken from a message with what she wrote shown beside it on the check screen.
 */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Whether two letters are next to each other on a phone's keyboard (n and m, i and o). */
function nextKeys(a: string, b: string): boolean {
  for (let r = 0; r < KEY_ROWS.length; r++) {
    const i = KEY_ROWS[r]!.indexOf(a);
    if (i < 0) continue;
    if (KEY_ROWS[r]![i - 1] === b || KEY_ROWS[r]![i + 1] === b) return true;
    // The row below is shifted half a key: "j" touches "n" and "m".
    for (const rr of [r - 1, r + 1]) {
      const row = KEY_ROWS[rr];
      if (!row) continue;
      const j = row.indexOf(b);
      if (j >= 0 && Math.abs(j + (rr > r ? 0.5 : -0.5) - i) <= 1) return true;
    }
  }
  return false;
}

/** A short name with one letter typed on the key beside it ("uni" for "umi"). */
function nextKeyTypo(typed: string, name: string): boolean {
  if (typed.length !== name.length || typed.length < 3 || typed.length > 5) return false;
  const diff = [...typed].map((c, i) => [c, name[i]!] as const).filter(([c, n]) => c !== n);
  return diff.length === 1 && nextKeys(diff[0]![0], diff[0]![1]);
}

export function matchEmployer(
  name: string,
  employers: EmployerRec[],
): { exact: EmployerRec | null; near: EmployerRec | null } {
  const a = nameCore(name);
  const cores = employers.map((e) => ({ e, ...nameCore(e.name) }));
  const exact = cores.find((x) => x.core === a.core && sameGender(x.gender, a.gender))?.e ?? null;
  if (exact) return { exact, near: null };
  // "pak haji" for "Pak Haji Slamet": a title alone names the one employer who carries it.
  if (lexicon().sets.honorifics.has(a.core)) {
    const titled = employers.filter((e) => fold(e.name).split(/\s+/).includes(a.core));
    if (titled.length === 1) return { exact: titled[0]!, near: null };
  }
  // "pk hd", "bu yt": a name written without its vowels, as on SMS; one employer whose name has those letters.
  if (/^[b-df-hj-np-tv-z]{2,4}$/.test(a.core)) {
    const sub = (short: string, long: string) => {
      let k = 0;
      for (const ch of long) if (ch === short[k]) k++;
      return k === short.length;
    };
    const fits = cores.filter(
      (x) => sameGender(x.gender, a.gender) && x.core[0] === a.core[0] && sub(a.core, x.core.replace(/[aeiou ]/g, '')),
    );
    if (fits.length === 1) return { exact: null, near: fits[0]!.e };
  }
  if (a.core.length < 3) return { exact: null, near: null };
  const limit = a.core.length >= 7 ? 2 : a.core.length >= 4 ? 1 : 0;
  let best: { e: EmployerRec; d: number } | null = null;
  for (const x of cores) {
    if (!sameGender(x.gender, a.gender) || x.core.length < 3) continue;
    // ("endnag" for "endang": two letters swapped by a thumb are one slip, not two.)
    const d = swapped(x.core, a.core) ? 1 : distance(x.core, a.core);
    // "umi" and "umi kulsum", "yati" and "yati sandal": one name is the first word(s) of the other.
    const word = x.core.startsWith(`${a.core} `) || a.core.startsWith(`${x.core} `);
    // "yti" for "yati": a letter left out of a short name; "uni" for "umi": a key next to the right one.
    // ("asan" for "hasan", "adi" for "hadi": the first "h" of a name left out, as Kediri says it.)
    const dropped =
      (a.core.length === 3 && x.core.length === 4 && d === 1) || nextKeyTypo(a.core, x.core) || x.core === `h${a.core}`;
    const score = word ? 0.5 : dropped ? 1 : d;
    if (dropped && (!best || score < best.d)) {
      best = { e: x.e, d: score };
      continue;
    }
    // "sumi" is not "umi", "wati" not "yati": a short name typed wrong keeps its first letter.
    if (!word && Math.min(x.core.length, a.core.length) <= 5 && x.core[0] !== a.core[0]) continue;
    if ((score <= limit || word) && (!best || score < best.d)) best = { e: x.e, d: score };
  }
  return { exact: null, near: best?.e ?? null };
}

/** Two words the same but for two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Words of the bot's own that are never an employer's name ("UBAH" typed in the middle of a question). */
const COMMAND_WORDS =
  /^(ubah|edit|koreksi|ralat|salah|undo|rekap|ringkasan|laporan|slip|setor|setoran|order|orderan|dibayar|bayaran|kasbon|kerja|biaya|menu|batal|ya|tidak|ok|oke|tanya|ask|bpjs|bantuan|help|paid|advance|cost|work)$/;
/** A quick entry typed in the middle of a question ("dibayar 50rb dari Bu Yati"): not a name either. */
const QUICK_ENTRY = /^(order|orderan|setor|dibayar|kasbon|kerja|biaya|paid|advance|cost|work)\s.*\d/;
/** A summary asked for with its period ("rekap minggu ini", "slip bulan lalu"): not a name. */
const SUMMARY_ASKED = /^(rekap|ringkasan|laporan|slip|summary)\s/;

/** The longest name kept for an employer or a product. */
export const NAME_MAX = 40;

/** Why a typed name is not taken: too long, a phone number (5 or more digits), or not a name at all. */
export function nameProblem(text: string): 'long' | 'phone' | 'bad' | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/\d{5,}/.test(t.replace(/[\s.-]/g, ''))) return 'phone';
  if (t.length > NAME_MAX) return 'long';
  if (t.length < 2 || !/\p{L}/u.test(t)) return 'bad';
  return null;
}

/** A name for an employer or a product: letters, not a phone number, not too long. */
export function cleanName(text: string): string | null {
  return nameProblem(text) ? null : text.replace(/\s+/g, ' ').trim();
}

/** "pak slamet" is shown as "Pak Slamet"; a name typed with capitals is kept as typed. */
export function titleName(typed: string): string {
  return typed === typed.toLowerCase() ? typed.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : typed;
}

/** A name she typed or wrote in a message: one of her employers, one like it (asked), or someone new. */
function resolveEmployer<D extends Draft>(
  key: keyof D & string,
  said: string,
  ctx: FlowContext,
  fromMessage = false,
  saidNew = false,
): Parsed<D> {
  const problem = nameProblem(said);
  if (problem === 'long') return { ok: false, error: ctx.t('nameTooLong', { max: NAME_MAX }) };
  if (problem === 'phone') return { ok: false, error: ctx.t('nameNotPhone') };
  // ("bu endang masih utang 50rb ke aku": a sentence with a sum in it is no name.)
  if (/\d\s*(rb|ribu|ewu|rebu|k|jt|juta)\b/i.test(said))
    return { ok: false, error: ctx.t('typeEmployerName', { max: 0 }) };
  // "Bu Yati's work": the possessive is not part of the name.
  const typed = cleanName(said.replace(/[,.;:!?]+$/, '').replace(/['’]s\b/gi, ''));
  if (!typed) return { ok: false, error: ctx.t('typeEmployerName', { max: 0 }) };
  const name = titleName(typed);
  const all = ledgerOf(ctx).employers;
  const m = matchEmployer(name, all);
  if (m.exact) return { ok: true, set: { [key]: { id: m.exact.id, name: m.exact.name } } as Partial<D> };
  const fresh = { [key]: { id: null, name } } as Partial<D>;
  if (saidNew) return { ok: true, set: fresh };
  // In a whole message a slip of the thumb is common: the near name is taken and shown beside what she
  // wrote on the check screen, where "2 Ubah" changes it; typed as an answer, it is asked.
  if (m.near && fromMessage) {
    return { ok: true, set: { [key]: { id: m.near.id, name: m.near.name, typed: name } } as Partial<D> };
  }
  if (m.near) {
    return {
      ok: true,
      set: fresh,
      check: {
        question: ctx.t('employerNear', { name: m.near.name }),
        choices: [
          {
            label: ctx.t('yesIs', { name: m.near.name }),
            set: { [key]: { id: m.near.id, name: m.near.name } } as Partial<D>,
          },
          { label: ctx.t('noNewEmployer', { name }), set: fresh },
        ],
      },
    };
  }
  return { ok: true, set: fresh };
}

/** Titles before a name, as said in a sentence (single letters and shop words left out: "b" is no title there). */
const SENTENCE_TITLES = new Set(
  'bu ibu buk pak bapak mbak mba mas juragan koh cik mbok bude budhe pakde pakdhe haji hajah kaji mbah yu mbakyu bulik paklik cak mrs mr miss boss bos tante om mandor'.split(
    ' ',
  ),
);
/** Words that are never a name after a title ("pak yg ...", "bu sing ..."). */
const NOT_NAME_WORD =
  /^(yg|yang|sing|seng|kang|itu|iku|kuwi|lho|to|sih|kok|dari|soko|seko|teko|the|and|who|that|ne|e|nya|ku|mu|ya|yo|kan|aja|wae|ae|tadi|mau|ding)$/;
/** Words that say a new person is named: "namanya", "jenenge", "orang baru", "her name is". */
const NAMES_NEW =
  /\b(namanya|namane|jenenge|jenengipun|asmane|asmanipun|nama|name is|named|called|orang baru|wong anyar|yang baru|sing anyar|new one|someone new)\b/;

/**
 * The one employer a sentence answered to "Dari siapa?" names: a known one said in it ("lho yo bu endang to,
 * sopo maneh", "pak hadi, buat bayar sekolah anak", "the sandal guy, pak hadi"), or a new one said after a word
 * that names ("orang baru, namanya bu sri dari desa sebelah"). null when it names none, or more than one.
 */
export function nameInSentence(text: string, employers: EmployerRec[]): string | null {
  const t = fold(text);
  const words = t.split(/[^a-z']+/).filter(Boolean);
  if (words.length < 3 && !/[,.;!?]/.test(text)) return null;
  const known = new Map<number, string>();
  const fresh: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!SENTENCE_TITLES.has(words[i]!)) continue;
    let j = i;
    while (j < words.length && SENTENCE_TITLES.has(words[j]!)) j++;
    const titles = words.slice(i, j).join(' ');
    const next = words[j];
    const name = next && !NOT_NAME_WORD.test(next) ? `${titles} ${next}` : null;
    const hit =
      (name ? matchEmployer(name, employers).exact : null) ??
      (j - i >= 2 || !name ? matchEmployer(titles, employers).exact : null);
    if (hit?.id !== undefined && hit.id !== null) known.set(hit.id, hit.name);
    else if (name) fresh.push(name);
    i = j;
  }
  if (known.size === 1) return [...known.values()][0]!;
  // "dr pak hadi. eh apa bu yati ya.. iya bu yati": unsure, then settled; the name said after the last yes or
  // taking back is the one meant.
  if (known.size > 1) {
    const hit = settledOn(t, employers);
    if (hit && hit.id !== null && known.has(hit.id)) return hit.name;
  }
  if (known.size === 0 && new Set(fresh).size === 1 && (NAMES_NEW.test(t) || /[,.;]/.test(text)))
    return titleName(fresh[0]!);
  return null;
}

/** A yes, then a name: "iya bu yati", "wis pokoke bu umi". */
const SETTLED_ON =
  /\b(?:iya|iyo|ya|yo|yes|bener|betul|leres|wes|wis|pokoke|pokoknya|maksudnya|maksude|maksudku)[\s,.!]+(?:(?:dari|dr|teko|soko|seko|saking|from)\s+)?((?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji|hj)\s+[a-z]+(?:\s+[a-z]+)?)/g;

/** The known employer she settles on after being unsure ("eh apa bu yati ya.. iya bu yati"), or null. */
export function settledOn(text: string, employers: EmployerRec[]): EmployerRec | null {
  const t = fold(text);
  // (Only when she named more than one: unsure between them.)
  // (A name of two words, "pak haji slamet", or of one followed by other words, "bu yati ya".)
  const known = (said: string) => {
    const [title, first, second] = said.split(/\s+/);
    return (
      (second ? matchEmployer(`${title} ${first} ${second}`, employers).exact : null) ??
      matchEmployer(`${title} ${first}`, employers).exact
    );
  };
  const named = new Set(
    [...t.matchAll(/\b(?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji)\s+[a-z]+(?:\s+[a-z]+)?/g)]
      .map((m) => known(m[0])?.id)
      .filter((id) => id !== undefined && id !== null),
  );
  const settled = named.size > 1 ? [...t.matchAll(SETTLED_ON)].at(-1) : undefined;
  return settled ? known(settled[1]!) : null;
}

const FROM_WORDS =
  /^(?:(?:dari|dr|dri|oleh|from|soko|seko|saking|teko|tekan|ke|kepada|nang|neng|sama|ama|karo|kalih|punya|tempat|rumahe?|by|paid by|to|for|nggo|kanggo|sing|yang|yg|mbayar|bayar|bayare|ngasih|ngekeki|aku|saya|sy|kula|kulo|i|it was|its|iku|itu)\s+)+(?=\S)/i;

export function employerField<D extends Draft>(
  key: keyof D & string,
  label: MessageKey,
  askFirst: 'askEmployerFirst' | 'askPayerFirst',
  askList: 'askEmployer' | 'askPayer',
  opts: { inferSingle: boolean; clears?: (keyof D & string)[] },
): Field<D> {
  const list = (ctx: FlowContext) => employersByUse(ledgerOf(ctx)).slice(0, 9);
  return {
    key,
    label,
    clears: opts.clears,
    ask(_d, ctx) {
      const l = list(ctx);
      if (!l.length) return ctx.t(askFirst);
      return ctx.t(askList, { list: numbered(l.map((e) => shortName(e.name))) });
    },
    parse(input, _d, ctx): Parsed<D> {
      const l = list(ctx);
      const n = parseChoice(input.text);
      if (n !== null) {
        const e = l[n - 1];
        if (!e) {
          const error = l.length
            ? ctx.t('chooseEmployerNumber', { max: l.length })
            : ctx.t('typeEmployerName', { max: 0 });
          return { ok: false, error };
        }
        return { ok: true, set: { [key]: { id: e.id, name: e.name } } as Partial<D> };
      }
      if (COMMAND_WORDS.test(input.lower) || QUICK_ENTRY.test(input.lower) || SUMMARY_ASKED.test(input.lower))
        return { ok: false, error: ctx.t('commandNotName') };
      // "iyo", "ok" are not a name: she is answering something else, so the question stays.
      const named = input.text.replace(
        /^(?:(?:ya|iya|iyo|yo|ok|oke|nggih|inggih|yes|oh|ooh|owh|o|eh)[\s,.!]+)+(?=\S)/i,
        '',
      );
      if (named === input.text && parseYesNo(input.text) !== null)
        return { ok: false, error: ctx.t('typeEmployerName', { max: l.length }) };
      // "teko bu endang", "sing mbayar bu endang", "paid by bu yati": the name after the words that lead to it.
      const said = named.replace(FROM_WORDS, '');
      // "yg biasa ngasih kerjaan kerupuk itu lho, pak haji", "wong anyar jenenge bu tini": the name in a sentence.
      const exact = matchEmployer(titleName(said.replace(/[,.;:!?]+$/, '')), ledgerOf(ctx).employers).exact;
      const inSentence = exact ? null : nameInSentence(said, ledgerOf(ctx).employers);
      return resolveEmployer(key, inSentence ?? said, ctx);
    },
    review(d, ctx) {
      const e = d[key] as EmployerPick | undefined;
      if (!e || e.id !== null) return null;
      return resolveEmployer(key, e.name, ctx, true, e.saidNew);
    },
    show(d, ctx) {
      const e = d[key] as EmployerPick | undefined;
      if (!e) return null;
      if (isNewEmployer(e)) return ctx.t('newMark', { name: e.name });
      return e.typed ? ctx.t('typedMark', { name: e.name, typed: e.typed }) : e.name;
    },
    infer(_d, ctx) {
      if (!opts.inferSingle) return null;
      const all = ledgerOf(ctx).employers;
      return all.length === 1 ? ({ [key]: { id: all[0]!.id, name: all[0]!.name } } as Partial<D>) : null;
    },
  };
}

/**
 * An amount of money within bounds. "50" typed without "rb" or "Rp" and too
 * small to be meant as rupiah is offered as Rp50.000; anything outside the
 * bounds is confirmed.
 */
export function moneyAnswer<D extends Draft>(
  input: Input,
  ctx: FlowContext,
  bounds: { min: number; max: number },
  toSet: (rupiah: number) => Partial<D>,
  what: (rupiah: number) => string = money,
): Parsed<D> {
  const m = parseMoney(input.text) ?? parseMoney(input.lower) ?? findWhole(input.text);
  if (!m) return { ok: false, error: ctx.t('badMoney') };
  return moneyReview(m.rupiah, m.explicit, ctx, bounds, toSet, what) ?? { ok: true, set: toSet(m.rupiah) };
}

/** An amount within bounds is fine (null); a bare small one may be meant in thousands; others are confirmed. */
export function moneyReview<D extends Draft>(
  rupiah: number,
  explicit: boolean,
  ctx: FlowContext,
  bounds: { min: number; max: number },
  toSet: (rupiah: number) => Partial<D>,
  what: (rupiah: number) => string = money,
  fromMessage = false,
): Parsed<D> | null {
  const m = { rupiah, explicit };
  if (m.rupiah <= 0) return { ok: false, error: ctx.t('moneyPositive') };
  const set = toSet(m.rupiah);
  if (m.rupiah < bounds.min) {
    const thousand = m.rupiah * 1000;
    // "kasbon 50 bu umi" in a message: thousands, shown as Rp50.000 on the check screen to change there.
    if (fromMessage && !m.explicit && thousand >= bounds.min && thousand <= bounds.max)
      return { ok: true, set: toSet(thousand) };
    if (!m.explicit && thousand >= bounds.min && thousand <= bounds.max) {
      return {
        ok: true,
        set,
        check: {
          question: ctx.t('moneyThousand', { typed: what(m.rupiah), meant: what(thousand) }),
          choices: [
            { label: what(thousand), set: toSet(thousand) },
            { label: ctx.t('yesExactly', { typed: what(m.rupiah) }), set },
            { label: ctx.t('retype'), set: null },
          ],
        },
      };
    }
    return { ok: true, set, check: yesRetype(ctx, ctx.t('moneySmall', { typed: what(m.rupiah) }), set) };
  }
  if (m.rupiah > bounds.max) {
    return { ok: true, set, check: yesRetype(ctx, ctx.t('moneyLarge', { typed: what(m.rupiah) }), set) };
  }
  return null;
}

/** An amount found inside a longer answer ("dibayar 50rb tadi"), when it is the only one. */
function findWhole(text: string): { rupiah: number; explicit: boolean } | null {
  const f = findMoney(text);
  if (!f) return null;
  const rest = `${text.slice(0, f.start)} ${text.slice(f.end)}`;
  if (findMoney(rest)) return null;
  return { rupiah: f.rupiah, explicit: f.explicit };
}
