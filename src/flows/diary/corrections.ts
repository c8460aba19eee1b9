// Her latest entries, to change or undo one. A change goes through the same
// questions as the entry itself; both are kept in the audit trail
// (diary_corrections), never rewritten silently.

import type { DiaryEntity, Ledger } from '../../diary/ledger.ts';
import { acceptedOf } from '../../diary/summary.ts';
import { parseChoice, parseYesNo } from '../../parse/choice.ts';
import { parseDay } from '../../parse/date.ts';
import { parseMoney } from '../../parse/money.ts';
import { parseNumber } from '../../parse/number.ts';
import { fold } from '../../parse/text.ts';
import type { ConvState, Flow, FlowContext, StepResult } from '../types.ts';
import { need, result } from '../types.ts';
import { REJECTED } from './reject-words.ts';
import './effects.ts';
import { costCategoryOf, daySaidIn, readMessage, saidAsEntry, solidEntry } from '../../read/reader.ts';
import { unstretch } from '../../read/stretched.ts';
import { THANKS } from '../keywords.ts';
import { entryStart } from './entries.ts';
import { matchEmployer } from './fields.ts';
import { correctsDay, isCorrection, NUMBER_WORDS, nameMeant } from './form.ts';
import { namesGoods } from './order-words.ts';
import { employerName, money, num, numbered, quantityText, shortDay, shortName } from './show.ts';

const st = (step: string, data: Record<string, unknown> = {}): ConvState => ({ flow: 'corrections', step, data });
// Six lines of at most about 90 characters: a page stays well under 1000 characters.
const PAGE = 6;

export interface EntryRef {
  entity: DiaryEntity;
  id: number;
  createdAt: string;
  text: string;
  /** The day it is about (YYYY-MM-DD). */
  day: string;
}

const FLOW_OF: Record<DiaryEntity, string> = {
  order: 'order',
  handin: 'handin',
  payment: 'payment',
  hours: 'hours',
  cost: 'cost',
};

/** Every entry of hers, newest first, each described in one line. */
export function entries(l: Ledger, ctx: FlowContext): EntryRef[] {
  const t = ctx.t;
  const out: EntryRef[] = [];
  const orders = new Map(l.orders.map((o) => [o.id, o]));
  for (const o of l.orders) {
    out.push({
      entity: 'order',
      id: o.id,
      createdAt: o.createdAt,
      day: o.receivedOn,
      text: t('entryOrder', {
        day: shortDay(o.receivedOn, ctx),
        employer: shortName(employerName(l, o.employerId)),
        product: shortName(o.product),
        qty: quantityText(o.quantityCount, o.unit, o.quantityPieces, ctx),
      }),
    });
  }
  for (const h of l.handins) {
    out.push({
      entity: 'handin',
      id: h.id,
      createdAt: h.createdAt,
      day: h.handedInOn,
      text: t('entryHandin', {
        day: shortDay(h.handedInOn, ctx),
        product: shortName(orders.get(h.orderId)?.product ?? '?'),
        accepted: acceptedOf(h),
        rejected: h.rejectedPieces,
      }),
    });
  }
  for (const p of l.payments) {
    out.push({
      entity: 'payment',
      id: p.id,
      createdAt: p.createdAt,
      day: p.paidOn,
      text: t(p.kind === 'kasbon' ? 'entryKasbon' : 'entryPayment', {
        day: shortDay(p.paidOn, ctx),
        employer: shortName(employerName(l, p.employerId)),
        amount: money(p.amount),
      }),
    });
  }
  for (const h of l.hours) {
    out.push({
      entity: 'hours',
      id: h.id,
      createdAt: h.createdAt,
      day: h.workedOn,
      text: t('entryHours', {
        day: shortDay(h.workedOn, ctx),
        hours: t('hoursN', { n: num(Math.round((h.minutes / 60) * 100) / 100, ctx.lang) }),
      }),
    });
  }
  for (const c of l.costs) {
    out.push({
      entity: 'cost',
      id: c.id,
      createdAt: c.createdAt,
      day: c.spentOn,
      text: t('entryCost', {
        day: shortDay(c.spentOn, ctx),
        category: t('costCategory', { c: c.category }),
        amount: money(c.amount),
      }),
    });
  }
  const corrected = new Set(l.corrected);
  for (const e of out) if (corrected.has(`${e.entity}:${e.id}`)) e.text = `${e.text} ${t('editedMark')}`;
  // Newest first; entries made in the same instant keep the order of a work
  // day reversed (cost, hours, pay, hand-in, order), each by id.
  const index = new Map(out.map((e, i) => [e, i]));
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || index.get(b)! - index.get(a)!);
}

function list(ctx: FlowContext, page: number, mode?: 'delete'): StepResult {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const all = entries(l, ctx);
  if (!all.length) return result(null, [{ text: ctx.t('noEntriesYet') }]);
  const shown = all.slice(page * PAGE, page * PAGE + PAGE);
  if (!shown.length) return list(ctx, 0, mode);
  const more = all.length > (page + 1) * PAGE;
  const text = ctx.t('entriesList', { list: numbered(shown.map((e) => e.text)), more });
  return result(st('pick', { page, ids: shown.map((e) => [e.entity, e.id]), ...(mode ? { mode } : {}) }), [{ text }]);
}

function find(ctx: FlowContext, entity: DiaryEntity, id: number): EntryRef | undefined {
  return entries(ctx.facts.diary!, ctx).find((e) => e.entity === entity && e.id === id);
}

/** How long after saving an entry a bare correction ("eh salah, 90") is taken as one of it. */
const RECENT_MS = 6 * 60 * 60 * 1000;

/** "sorry, it was 90 not 80" after saving: her latest entry, opened for that change; else the list. */
/** Her newest entry (of those `keep` allows), when she saved it within RECENT_MS; else undefined. */
function recentEntry(l: Ledger, ctx: FlowContext, keep: (e: EntryRef) => boolean = () => true): EntryRef | undefined {
  const last = entries(l, ctx).find(keep);
  const age = last ? ctx.now.getTime() - new Date(last.createdAt).getTime() : Number.POSITIVE_INFINITY;
  return last && age >= 0 && age <= RECENT_MS ? last : undefined;
}

const sameEntry = (a: EntryRef | undefined, b: EntryRef) => a?.entity === b.entity && a.id === b.id;

/** The record of the day her words point at, before the words of the change (of the kind they name). */
function dayPointed(l: Ledger, ctx: FlowContext, text: string): EntryRef | undefined {
  const t = fold(text);
  const named = KIND_NAMED.find(([re]) => re.test(t));
  // "yg setor tgl 5 itu salah", "yg rabu itu salah", "the 20th was wrong": the record of the day she points at,
  // said before the words of the change (a day after them is the new day: "harusnya kemarin").
  const split = t.split(
    /\b(?:salah|keliru|kleru|kliru|harusnya|seharusnya|kudune|mestine|should|wrong|bukan|dudu|not|jadi|dadi)\b/,
  )[0]!;
  // ("eh jumat 6 jam ding": the day said before the new figure, with a word of putting right.)
  const slip = split === t && /\b(ding|deng|maksudnya|maksude|maksudku|i mean)\b|^(eh|e|ehh|sorry|sori|maaf)\b/.test(t);
  const pointer = slip ? (t.split(/\d/)[0] ?? t) : split;
  // ("yg 250rb tadi": "tadi" is the one just now, and the sum says which.)
  const dayPointer =
    pointer !== t &&
    !/\d[\d.,]*\s*(rb|ribu|rebu|ewu|k|jt|juta)\b/.test(pointer) &&
    !/^[^a-z]*(?:\S+\s+){0,3}?(tadi|td|barusan|mau|wau|just now|earlier)\b/.test(
      pointer.replace(/\b(tgl|tanggal)\s+\d+/, ''),
    );
  const pointed = dayPointer ? daySaidIn(pointer, ctx.now) : null;
  if (pointed && !pointed.due) {
    const ofDay = entries(l, ctx).filter(
      (e) =>
        e.day === pointed.day &&
        (!named || named[1](e, l)) &&
        ctx.now.getTime() - Date.parse(e.createdAt) <= 60 * 864e5,
    );
    if (ofDay.length === 1) return ofDay[0];
  }
  return undefined;
}

/**
 * The saved record a correction points at by its day ("eh yg tgl 4 itu salah, harusnya 5 jam"), when it points at
 * one of another day than `openDay` (the record on her check screen): that one is changed, not the open one.
 */
export function otherDayPointed(l: Ledger, ctx: FlowContext, text: string, openDay: string): EntryRef | undefined {
  if (!isCorrection(text) && !correctsDay(text)) return undefined;
  const e = dayPointed(l, ctx, text);
  return e && e.day !== openDay ? e : undefined;
}

/** Her recent entry her words name: by its kind ("yg setor td") or its goods ("yg tas td"), else the latest. */
function namedRecent(l: Ledger, ctx: FlowContext, text: string): EntryRef | undefined {
  const t = fold(text);
  const named = KIND_NAMED.find(([re]) => re.test(t));
  const ofDay = dayPointed(l, ctx, text);
  if (ofDay) return ofDay;
  if (named) return recentEntry(l, ctx, (e) => named[1](e, l)) ?? recentEntry(l, ctx);
  // "yg 250rb tadi bukan bu yati tp bu umi": the pay of that amount, or the record of the employer taken back.
  const said = /\b(\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta))\b/.exec(t);
  const amount = said ? parseMoney(said[1]!)?.rupiah : undefined;
  if (amount) {
    const paid = recentEntry(
      l,
      ctx,
      (e) => e.entity === 'payment' && l.payments.find((p) => p.id === e.id)?.amount === amount,
    );
    if (paid) return paid;
  }
  const wrong = /\b(?:bukan|dudu|bkn|not)\s+((?:bu|pak|mbak|mas|juragan)\s+[a-z]+)/.exec(t);
  const who = wrong ? matchEmployer(wrong[1]!, l.employers) : null;
  const whoId = who ? (who.exact ?? who.near)?.id : undefined;
  if (whoId !== undefined) {
    const ofHer = recentEntry(l, ctx, (e) => employerOf(l, e) === whoId);
    if (ofHer) return ofHer;
  }
  const words = t
    .split(/[^a-z]+/)
    .filter(
      (w) => w.length >= 3 && !/^(yang|sing|seng|tadi|bukan|dudu|ding|salah|kleru|harusnya|sori|sorry|maaf)$/.test(w),
    );
  const goods = (e: EntryRef) => {
    const product =
      e.entity === 'order'
        ? l.orders.find((o) => o.id === e.id)?.product
        : e.entity === 'handin'
          ? l.orders.find((o) => o.id === l.handins.find((h) => h.id === e.id)?.orderId)?.product
          : undefined;
    return namesGoods(words, product ?? '');
  };
  return recentEntry(l, ctx, goods) ?? recentEntry(l, ctx);
}

/**
 * "yg setor td ke bu umi bukan bu yati, bayarnya jg dr bu umi": two records changed in one message. The part
 * that names a record of another kind than the first is said apart, to change after the first.
 */
function splitChanges(l: Ledger, ctx: FlowContext, text: string): { first: string; nextFix?: string } {
  const parts = text.split(/\s*[,;]+\s*|\s+(?:terus|trus|trs|lalu|and|sama|karo|lan)\s+/).filter((p) => p.trim());
  if (parts.length < 2) return { first: text };
  const firstNamed = namedRecent(l, ctx, parts[0]!);
  for (let k = 1; k < parts.length; k++) {
    const part = fold(parts[k]!);
    const named = KIND_NAMED.find(([re]) => re.test(part));
    if (!named || !isCorrectionPart(part)) continue;
    // ("yg rabu itu salah, harusnya 5 jam": the figure of the record pointed at, not of another of its kind.)
    if (firstNamed && named[1](firstNamed, l)) continue;
    const other = recentEntry(l, ctx, (e) => named[1](e, l));
    if (other && firstNamed && (other.entity !== firstNamed.entity || other.id !== firstNamed.id))
      return { first: parts.slice(0, k).join(', '), nextFix: parts.slice(k).join(', ') };
  }
  return { first: text };
}

/** A part that says a change: a name or a figure after "dr", "bukan", "jg", "harusnya". */
function isCorrectionPart(part: string): boolean {
  return /\b(jg|juga|uga|also|bukan|dudu|harusnya|kudune|dr|dari|teko|from|jadi|dadi)\b/.test(part);
}

/** The employer a record is of: its own, or its order's. */
function employerOf(l: Ledger, e: EntryRef): number | undefined {
  if (e.entity === 'payment') return l.payments.find((p) => p.id === e.id)?.employerId;
  if (e.entity === 'order') return l.orders.find((o) => o.id === e.id)?.employerId;
  if (e.entity === 'handin') {
    const orderId = l.handins.find((h) => h.id === e.id)?.orderId;
    return l.orders.find((o) => o.id === orderId)?.employerId;
  }
  return undefined;
}

/**
 * "setor rokok nang bu endang 3000", told there is no order from her (nothing saved), then "eh keliru, juragan
 * darmo ding dudu bu endang": the message before, with the name she meant. null when that is not what happened.
 */
function refusedRedone(l: Ledger, ctx: FlowContext, text: string): StepResult | null {
  const who = nameMeant(text);
  if (!who) return null;
  if (!Object.hasOwn(ctx.facts, 'recentBubbles')) return need('recentBubbles');
  const before = (ctx.facts.recentBubbles ?? []).at(-1);
  if (!before) return null;
  const hasOrders = (name: string) => {
    const m = matchEmployer(name, l.employers);
    const e = m.exact ?? m.near;
    return !!e && l.orders.some((o) => o.employerId === e.id);
  };
  const refused = readMessage(before, ctx.now).entries.filter(
    (e) => solidEntry(e) && e.kind === 'handin' && e.employer && !hasOrders(e.employer),
  );
  if (refused.length !== 1 || !hasOrders(who)) return null;
  return { ...result(null), goto: entryStart({ ...refused[0]!, employer: who }, ctx) };
}

/** "bayarnya bener 80rb", "sing setor wis leres": a record she says is right as it is (not "yg bener 85rb"). */
const RIGHT_AS_IS =
  /^(?:(?:tapi|tp|terus|trus|and|but)\s+)?(?:(?:yg|yang|sing|the)\s+)?(?!(?:yg|yang|sing|seng|the)\b)[a-z]+(?:nya|ne|e)?\s+(?:wis\s+|wes\s+|udah\s+|udh\s+|sudah\s+|sdh\s+|is\s+|was\s+)?(?:bener|benar|betul|bnr|leres|right|correct)\b/;

function latest(ctx: FlowContext, said0: string): StepResult {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  // ("eh setornya 45 pak ding, bayarnya bener 80rb": the record said to be right is not the one that changes.)
  const parts = said0.split(/\s*[,;]\s*/);
  const asIs = parts.filter((p) => RIGHT_AS_IS.test(fold(p).trim()));
  const whole = asIs.length && asIs.length < parts.length ? parts.filter((p) => !asIs.includes(p)).join(', ') : said0;
  const { first: text, nextFix } = splitChanges(l, ctx, whole);
  const redone = refusedRedone(l, ctx, text);
  if (redone) return redone;
  const last = namedRecent(l, ctx, text);
  // "eh ora, wis tak setor mau isuk 4 kodi, rusak 1" after an order: an entry of another kind, said with its own
  // word and figures, is that new entry (what she takes back was only said, not saved).
  const said = readMessage(text, ctx.now).entries.filter((e) => solidEntry(e) && saidAsEntry(e));
  const kindOf = (k: string) => (k === 'kasbon' ? 'payment' : k);
  if (said.length && (!last || said.some((e) => kindOf(e.kind) !== last.entity))) {
    const first = said.length === 1 ? entryStart(said[0]!, ctx) : { flow: 'batch', args: { entries: said } };
    return { ...result(null), goto: first };
  }
  if (!last) {
    // "batalin yg barusan", then "yg bener 85rb dari bu umi, td aku salah liat": nothing left to change, so what
    // she says is right is a new entry.
    const bare = text
      .replace(/^(?:eh\s+)?(?:yg|yang|sing|seng)\s+(?:bener|benar|betul|leres|bner)\s*(?:itu|iku)?\s*/i, '')
      .replace(/\s*,\s*(?:td|tadi|mau)?\s*(?:aku|saya|sy)?\s*(?:salah|keliru|kleru|kliru)\b.*$/i, '');
    const anew = bare !== text ? readMessage(bare, ctx.now).entries.filter((e) => solidEntry(e)) : [];
    if (anew.length)
      return {
        ...result(null),
        goto: anew.length === 1 ? entryStart(anew[0]!, ctx) : { flow: 'batch', args: { entries: anew } },
      };
    return list(ctx, 0);
  }
  return {
    ...result(null),
    goto: {
      flow: FLOW_OF[last.entity],
      args: {
        edit: last.id,
        title: last.text,
        fix: text,
        ...(nextFix ? { nextFix } : {}),
        ...(sameEntry(dayPointed(l, ctx, text), last) ? { head: last.text } : {}),
      },
    },
  };
}

/** An employer cut or raised an order: "bu yati ngurangi orderan jadi 5 kodi", "pak hadi nambahi dadi 3 kodi". */
const RESIZED =
  /\b(ngurangi|ngurangin|ngurangke|dikurangi|dikurangin|dikurangke|dikurangno|mengurangi|dikurang|nyuda|disuda|nambahi|nambahin|ditambahi|ditambahin|ditambah|nambah|menambah|reduced|cut|increased|added)\b/;
/** Words of a rate or of money: a cut of those is no cut of the count. */
const RATE_SAID =
  /\b(rate|upah|upahe|upahnya|opah|opahe|ongkos|ongkose|tarif|harga|regane|price|pay|paid|bayar\w*|per|se(?:kodi|lusin|biji|pasang)|a piece|each|\d+\s*(?:rb|ribu|ewu|k))\b/;
/** The count it now is: "jadi 5 kodi", "dadi 5 kodi", "to 5 kodi". */
const RESIZED_TO = /\b(?:jadi|jd|dadi|dados|menjadi|to)\s+(\d[\d.,]*\s*[a-z]*)/;
/** Part of an order taken back by the employer: "bahane dijupuk maneh 3 kodi", "diambil lagi 2 kodi". */
const TAKEN_BACK =
  /\b(?:dijupuk|dipundhut|diambil|ditarik|diambil balik|taken back|took back)\s+(?:maneh|meneh|lagi|balik|kembali|back)?\s*(\d[\d.,]*)\s*([a-z]+)?/;
/** An order called off: "order tas pak hadi sing selasa batal", "pak haji cancelled the order from monday". */
const CALLED_OFF =
  /\b(batal|dibatalkan|dibatalin|dibatalke|dibatalno|dibatalne|mbatalke|mbatalne|mbatalno|membatalkan|batalin|ngebatalin|cancel+ed|called off|ora sido|ra sido|gak sido|ga sido|gak jadi|ga jadi|nggak jadi|tidak jadi)\b/;
/** The same record in twice: "mlebu ping pindo", "kecatet dua kali", "sent twice". */
const TWICE =
  /\b(ping pindo|ping loro|kaping kalih|dua kali|2 ?x|2 kali|twice|double|dobel|kembar|kecatet loro|kirim loro)\b/;
/** Words that say a saved record is wrong. */
/** "jebule 3500", "ternyata 45": it turned out otherwise; a change when said of what she wrote down. */
const TURNED_OUT = /\b(jebule|jebul|ternyata|trnyata|rupanya|rupane|actually|turns out|turned out)\b/;
const WRITTEN_DOWN =
  /\b(tak catet|tak cathet|dicatet|dicatat|kecatet|kecathet|tercatat|kucatat|sy catat|saya catat|aku catat|tulis|tak tulis|ditulis|i wrote|i logged|i put)\b/;
const WRONG_SAID = /\b(salah|keliru|kleru|kliru|wrong|harusnya|seharusnya|hrsnya|kudune|mestine|should|sakjane)\b/;
/** A day word that points at a record ("yg kamis itu", "sing dino selasa kae", "yesterday's order"). */
const DAY_WORD =
  /\b(tgl|tanggal|tanggale|date)\s*\.?\s*(\d{1,2})\b|\b(senin|senen|selasa|seloso|rabu|rebo|kamis|kemis|jumat|jemuah|sabtu|setu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|kemarin|kemaren|kmrn|wingi|yesterday)\b/;
/** "just now": the record saved a moment ago, which the older paths already find. */
const JUST_NOW = /\b(tadi|td|barusan|sing mau|yg mau|the last|last one|just now)\b/;

/** Words of what is still to come: "minggu depan", "sesuk", "next week". */
const AHEAD = /\b(depan|ngarep|besok|bsk|sesuk|sesok|lusa|next|tomorrow|mengko|nanti|arep|akan|will)\b/;

/** Her word for an order as such. */
const ORDER_WORD =
  /\b(order|orderan|ordere|ordernya|orderane|orderannya|garapan|garapane|garapannya|pesenan|pesenane|pesanan|pesanannya|the order)\b/;

/**
 * "orderan bu yati batal", "orderan peci tadi batal" with nothing open: a saved order called off (the one saved just
 * now taken back at once, an older one shown for a yes); null when the words say no such thing.
 */
export function orderCalledOff(text: string, ctx: FlowContext): StepResult | null {
  const t = fold(text);
  if (!CALLED_OFF.test(t) || !ORDER_WORD.test(t) || /\d/.test(t) || AHEAD.test(t)) return null;
  // ("batal semua yg td, ... garapannya diambil lg": all she saved just now, not one order.)
  if (cancelsAllSaved(text)) return null;
  // ("barusan juragan wa, ordernya dibatalin": "just now" may be of the news, the order older; then it is shown.)
  if (JUST_NOW.test(t)) {
    const l = ctx.facts.diary;
    if (!l) return need('diary');
    const order = entries(l, ctx).find((e) => e.entity === 'order');
    const age = order ? ctx.now.getTime() - new Date(order.createdAt).getTime() : Number.POSITIVE_INFINITY;
    if (age >= 0 && age <= CANCEL_MS) return cancelLatest(ctx, text);
    return savedChange(t.replace(new RegExp(JUST_NOW.source, 'g'), ' '), ctx);
  }
  return savedChange(text, ctx);
}

/** The day a pointer names, read in the past ("senin" is last Monday), or null. */
function pointerDay(pointer: string, now: Date): string | null {
  const m = DAY_WORD.exec(pointer);
  if (!m) return null;
  return daySaidIn(m[0], now)?.day ?? parseDay(m[0], now, { direction: 'past' });
}

/** Her employers named in the words, each once. */
function employersNamed(l: Ledger, t: string): number[] {
  const out: number[] = [];
  for (const m of t.matchAll(/\b(?:bu|pak|mbak|mas|juragan|bos|bude|pakde|haji)\s+[a-z]+(?:\s+[a-z]+)?/g)) {
    const found = matchEmployer(m[0], l.employers);
    const e = found.exact ?? found.near;
    if (e && !out.includes(e.id)) out.push(e.id);
  }
  return out;
}

/** The goods of a record, when it has some (an order's, or its order's for a hand-in). */
function goodsOf(l: Ledger, e: EntryRef): string {
  if (e.entity === 'order') return l.orders.find((o) => o.id === e.id)?.product ?? '';
  if (e.entity === 'handin') {
    const orderId = l.handins.find((h) => h.id === e.id)?.orderId;
    return l.orders.find((o) => o.id === orderId)?.product ?? '';
  }
  return '';
}

/** Whether a record holds the figure she takes back ("bukan 10 kodi" of an order of 10 kodi). */
function holds(l: Ledger, e: EntryRef, n: number): boolean {
  if (e.entity === 'order') {
    const o = l.orders.find((x) => x.id === e.id);
    return !!o && (o.quantityCount === n || o.quantityPieces === n);
  }
  if (e.entity === 'handin') {
    const h = l.handins.find((x) => x.id === e.id);
    return !!h && (h.deliveredPieces === n || h.deliveredPieces === n * 20 || h.deliveredPieces === n * 12);
  }
  if (e.entity === 'payment') {
    const p = l.payments.find((x) => x.id === e.id);
    return !!p && (p.amount === n || p.amount === n * 1000);
  }
  if (e.entity === 'hours') return l.hours.find((x) => x.id === e.id)?.minutes === n * 60;
  const c = l.costs.find((x) => x.id === e.id);
  return !!c && (c.amount === n || c.amount === n * 1000);
}

/** Narrows `pool` by `keep` when that leaves any; else leaves it as it was. */
function narrow(pool: EntryRef[], keep: (e: EntryRef) => boolean): { pool: EntryRef[]; hit: boolean } {
  const kept = pool.filter(keep);
  return kept.length ? { pool: kept, hit: true } : { pool, hit: false };
}

/**
 * The saved records her words point at, by kind, employer, goods, what a cost was for, the day and the figure she
 * takes back; `pointed` when at least one word pointed (else the pool is only every record).
 */
function pointedRecords(
  l: Ledger,
  ctx: FlowContext,
  t: string,
  pointer: string,
  only?: DiaryEntity,
): { pool: EntryRef[]; pointed: boolean; goods: boolean } {
  // ("kuwi listrik omah dudu garapan": the kind she says it is not names no record.)
  const said = t.replace(/\b(?:dudu|bukan|bkn|not|sanes)\s+(?:a\s+|an\s+)?[a-z]+/g, ' ');
  const named = KIND_NAMED.find(([re]) => re.test(said));
  let pool = entries(l, ctx).filter(
    (e) =>
      (!only || e.entity === only) &&
      (!named || named[1](e, l)) &&
      ctx.now.getTime() - Date.parse(e.createdAt) <= 60 * 864e5,
  );
  let pointed = !!named;
  // "dudu bu umi tapi bu endang": the record is of the name taken back, not of the one meant.
  const meant = nameMeant(t);
  const meantId = meant ? (matchEmployer(meant, l.employers).exact?.id ?? null) : null;
  const who = employersNamed(l, t).filter((id) => id !== meantId);
  if (who.length) {
    pool = pool.filter((e) => {
      const id = employerOf(l, e);
      return id !== undefined && who.includes(id);
    });
    pointed = true;
  }
  const words = said
    .split(/[^a-z]+/)
    .filter(
      (w) => w.length >= 3 && !/^(yang|sing|seng|itu|kuwi|iku|kae|salah|bukan|dudu|harusnya|order|orderan)$/.test(w),
    );
  const goods = narrow(pool, (e) => namesGoods(words, goodsOf(l, e)));
  pool = goods.pool;
  const category = costCategoryOf(said);
  const bought = category
    ? narrow(pool, (e) => e.entity === 'cost' && l.costs.find((c) => c.id === e.id)?.category === category)
    : { pool, hit: false };
  pool = bought.pool;
  const day = pointerDay(pointer, ctx.now);
  const ofDay = day ? narrow(pool, (e) => e.day === day) : { pool, hit: false };
  // A day that names no record of these leaves none.
  pool = day && !ofDay.hit ? [] : ofDay.pool;
  const back = /\b(?:bukan|bkn|dudu|not|instead of)\s+(\d[\d.,]*)/.exec(t);
  const figure = back ? Number(back[1]!.replace(/[.,]/g, '')) : Number.NaN;
  const fits = Number.isFinite(figure) ? narrow(pool, (e) => holds(l, e, figure)) : { pool, hit: false };
  pool = fits.pool;
  return { pool, pointed: pointed || goods.hit || bought.hit || ofDay.hit || fits.hit, goods: goods.hit };
}

/**
 * A change of a record saved before, said in one message at idle and pointing at it by its day, employer, goods or
 * kind: "yg kemarin itu salah, orderan keset bu umi bukan 10 kodi tp 8 kodi", "orderan bu endang yg kamis itu salah
 * hari, harusnya rabu"; an order the employer cut ("bu yati ngurangi dadi 5 kodi") or called off ("order tas pak
 * hadi sing selasa batal"); a record deleted ("orderan peci sing wingi mlebu ping pindo, hapusen siji"). The record
 * changed is shown for a yes; null when the words point at no one record (the older paths take the message).
 */
export function savedChange(text: string, ctx: FlowContext): StepResult | null {
  const t = fold(text);
  const deleting = DELETE.test(t) || /\b(hapusen|hapusno|hapusne|dihapusen|busakno|busaken)\b/.test(t);
  const action = deleting
    ? 'delete'
    : // ("order sandal pak hadi sing 5 kodi kae batal": the count says which order; nothing new after the word.)
      CALLED_OFF.test(t) && !/\d/.test(t.slice(CALLED_OFF.exec(t)!.index))
      ? 'cancel'
      : // ("cut the rate from 500 to 400", "upahe dikurangi dadi 4 ewu": the rate, not the count.)
        RESIZED.test(t) && (RESIZED_TO.test(t) || TAKEN_BACK.test(t)) && !RATE_SAID.test(t)
        ? 'resize'
        : WRONG_SAID.test(t) || /\b(?:bukan|bkn|dudu|not)\s+\d/.test(t) || (TURNED_OUT.test(t) && WRITTEN_DOWN.test(t))
          ? 'change'
          : null;
  if (!action) return null;
  const word = { delete: DELETE, cancel: CALLED_OFF, resize: RESIZED, change: WRONG_SAID }[action];
  const cut = (
    action === 'change'
      ? /\b(salah|keliru|kleru|kliru|wrong|harusnya|seharusnya|hrsnya|kudune|mestine|should|sakjane|bukan|bkn|dudu|not|jebule|jebul|ternyata|trnyata|rupanya|rupane|actually|turns out)\b/
      : word
  ).exec(t);
  // The words before the change say which record; for a change, a day after them is the new day ("harusnya rabu").
  const pointer = cut ? t.slice(0, cut.index) : t;
  if (action === 'change') {
    // ("sorry salah, 150rb", "eh bukan 3 tapi 4": no pointer before the change; the latest record's paths.)
    if (!DAY_WORD.test(pointer) && !/\b(?:bukan|bkn|dudu|not)\s+\d/.test(t)) return null;
    if (JUST_NOW.test(pointer)) return null;
  }
  if (action === 'delete' && JUST_NOW.test(t) && !TWICE.test(t)) return null;
  // ("eh ora sido, lem e digawakne bu yati", "batal yg tadi": her own record just saved taken back, not an order
  // called off; "orderan minggu depan batal": an order still to come, never saved.)
  if (action === 'cancel' && ((cancelsSaved(text) && !ORDER_WORD.test(t)) || JUST_NOW.test(t) || AHEAD.test(t)))
    return null;
  // (Only a message that may be such a change asks for her diary.)
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const only = action === 'cancel' || action === 'resize' ? 'order' : undefined;
  // A cut is of an order of the employer she names; a cancel, of an order she names as one or by its goods.
  if (only && !employersNamed(l, t).length && !ORDER_WORD.test(t)) return null;
  const { pool, pointed, goods } = pointedRecords(l, ctx, t, action === 'change' ? pointer : t, only);
  if (!pointed || !pool.length) return null;
  if (action === 'cancel' && !ORDER_WORD.test(t) && !goods) return null;
  // The duplicate of a record in twice: the newer of two alike.
  if (action === 'delete' && TWICE.test(t)) {
    const twin = pool.find((e, i) => pool.slice(i + 1).some((o) => o.entity === e.entity && o.text === e.text));
    if (twin) return voidCheck(ctx, twin, 'voidCheck');
  }
  // Several fit: the newest, when an order is cut or called off (it is shown for her yes); else the older paths.
  if (pool.length > 1 && !only) return null;
  const e = pool[0]!;
  if (action === 'delete') return voidCheck(ctx, e, 'voidCheck');
  if (action === 'cancel') {
    // (Saved a moment ago: taken back at once by the older path, as "batal" always did.)
    const age = ctx.now.getTime() - Date.parse(e.createdAt);
    if (age >= 0 && age <= CANCEL_MS) return null;
    const done = l.handins.filter((h) => h.orderId === e.id).reduce((s, h) => s + h.deliveredPieces, 0);
    // Part of it handed in already: the order is what was done; the rest did not come.
    if (done > 0) return edit(e, `harusnya ${done} biji`);
    return voidCheck(ctx, e, 'cancelCheck');
  }
  if (action === 'resize') {
    const to = RESIZED_TO.exec(t)?.[1];
    if (to) return edit(e, `harusnya ${to}`);
    const back = TAKEN_BACK.exec(t)!;
    const o = l.orders.find((x) => x.id === e.id)!;
    const n = Number(back[1]!.replace(',', '.'));
    if (!back[2] || back[2].startsWith(o.unit) ? n < o.quantityCount : false)
      return edit(e, `harusnya ${o.quantityCount - n} ${o.unit}`);
    return null;
  }
  // The record just saved: the paths of the latest record take it, as they always did.
  // ("yg td order mote bu umi salah, 3 kodi bukan 2": pointed at and the old figure said, it is this one's change.)
  if (sameEntry(recentEntry(l, ctx), e) && !/\b(?:bukan|bkn|dudu|sanes|not)\s+\d/.test(t)) return null;
  // (A day in the pointer says which record, never its new day: the change is read from the words after it.)
  if (!cut || !DAY_WORD.test(pointer)) return edit(e, text);
  // ("yg kemarin itu 3 kodi bukan 2": the new figure said just before "not the old one" goes with the change.)
  const said = /^(?:bukan|bkn|dudu|not)$/.test(cut[1] ?? '')
    ? /(?:\b(?:upah|opah|ongkos|rate)\w*\s+)?\d+(?:[.,]\d+)?(?:\s*[a-z]+){0,2},?\s*$/.exec(pointer)
    : null;
  return edit(e, t.slice(said ? said.index : cut.index));
}

/** The record opened for a change said with it, named above the change. */
function edit(e: EntryRef, fix: string): StepResult {
  return {
    ...result(null),
    goto: { flow: FLOW_OF[e.entity], args: { edit: e.id, title: e.text, fix, head: e.text } },
  };
}

/** A record to take back (kept in the history), shown as a change for her yes. */
function voidCheck(ctx: FlowContext, e: EntryRef, key: 'voidCheck' | 'cancelCheck'): StepResult {
  // Saved a moment ago: taken back as she asks, as "batal" would.
  const age = ctx.now.getTime() - Date.parse(e.createdAt);
  if (key === 'voidCheck' && age >= 0 && age <= CANCEL_MS)
    return result(
      null,
      [{ text: ctx.t('cancelledSaved', { entry: e.text }) }],
      [{ type: 'voidEntry', entity: e.entity, id: e.id }],
    );
  const text = ctx.t(key, { entry: e.text });
  return result(st('void', { page: 0, entity: e.entity, id: e.id, text }), [{ text }]);
}

/** "yang td dihapus aja", "sing mau dibusak wae", "delete the last one": her latest entry, to undo. */
const DELETE = /\b(hapus|dihapus|hapusin|hapuskan|hapus aja|busak|dibusak|busaken|delete|remove|undo)\b/;
const LATEST =
  /\b(yang td|yg td|yang tadi|yg tadi|tadi|td|barusan|mau|sing mau|sing wau|terakhir|the last|last one|that one|that entry|that|this one|itu|iku|kuwi|kui|niku)\b/;
const KIND_NAMED: [RegExp, (e: EntryRef, l: Ledger) => boolean][] = [
  [
    /\b(kasbon|bon|utang|advance|ngebon|ngutang|nyilih|pinjaman|panjer)\b/,
    (e, l) => e.entity === 'payment' && l.payments.find((p) => p.id === e.id)?.kind === 'kasbon',
  ],
  [/\b(bayaran|dibayar|bayar|bayarnya|bayare|pay|payment)\b/, (e) => e.entity === 'payment'],
  [/\b(setor|setoran|setorannya|setorane|setornya|hand-?in)\b/, (e) => e.entity === 'handin'],
  [/\b(order|orderan|ordere|ordernya|orderane|orderannya|garapan|pesenan|pesanan)\b/, (e) => e.entity === 'order'],
  [/\b(jam|jamnya|jame|jam kerja|hours)\b/, (e) => e.entity === 'hours'],
  [/\b(biaya|beli|tuku|cost)\b/, (e) => e.entity === 'cost'],
];

/** Words that point at one entry of the list ("sing plastik mau", "yang setoran", "the pay"). */
const POINTS = /\b(sing|seng|yang|yg|the|that|itu|iku|kuwi|biaya|setor|setoran|bayaran|kasbon|order|jam|cost|pay)\b/;

/** The entry of the list her words point at: its kind or what a cost was for, else the newest shown. */
function byWords(text: string, ids: [DiaryEntity, number][], ctx: FlowContext): EntryRef | undefined {
  const l = ctx.facts.diary!;
  const shown = ids.map(([entity, id]) => find(ctx, entity, id)).filter((e): e is EntryRef => !!e);
  const named = KIND_NAMED.find(([re]) => re.test(text));
  if (named) return shown.find((e) => named[1](e, l));
  const category = costCategoryOf(text);
  const cost =
    category && shown.find((e) => e.entity === 'cost' && l.costs.find((c) => c.id === e.id)?.category === category);
  return cost || shown[0];
}

/** A figure in digits or words ("jadi 5 jam", "anakku loro"); "that one" is no figure. */
function hasFigure(text: string): boolean {
  return /\d/.test(text) || text.split(/\s+/).some((w) => w !== 'one' && parseNumber(w) !== null);
}

function deleteLatest(ctx: FlowContext, text: string): StepResult {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const named = KIND_NAMED.find(([re]) => re.test(text));
  const last = recentEntry(l, ctx, (e) => !named || named[1](e, l));
  if (!last) return list(ctx, 0);
  // ("hapus sing mau, salah wong. sing bener nang bu endang": not gone, but of the one she names.)
  if (last.entity !== 'cost' && last.entity !== 'hours' && nameMeant(text)) return edit(last, text);
  // "busak wae sing mau", "hapus yg barusan" minutes after saving it: done as she asks, as "batal" would (she can
  // write it again); an older one is shown first.
  const age = ctx.now.getTime() - new Date(last.createdAt).getTime();
  if (age >= 0 && age <= CANCEL_MS)
    return result(
      null,
      [{ text: ctx.t('cancelledSaved', { entry: last.text }) }],
      [{ type: 'voidEntry', entity: last.entity, id: last.id }],
    );
  return result(st('void', { page: 0, entity: last.entity, id: last.id }), [
    { text: ctx.t('voidConfirm', { entry: last.text }) },
  ]);
}

/** A detail of a record said after it was saved: its rejects, or a deduction from a pay. */
const DETAILS: [RegExp, DiaryEntity][] = [
  [REJECTED, 'handin'],
  [
    // ("20 potong payet": pieces counted as "potong", not a cut.)
    /\b(dipotong|(?<!\d\s?|\bper\s|\/\s?)potong|potongan|potongane|dipotongi|ditahan|kepotong|dikurangi|dikurangin|deducted|cut|took \S+ off|taken off|kept back)\b/,
    'payment',
  ],
];
/** How long after saving a record a detail said alone ("yang ditolak 6 pasang") is taken as one of it. */
const DETAIL_MS = 2 * 60 * 60 * 1000;

/**
 * "reject 5 pasang", "dipotong kasbon 100 ewu" just after saving a hand-in or a pay: that record with the detail
 * changed, shown for a yes. Nothing fitting saved lately: the menu.
 */
function detailOfLatest(ctx: FlowContext, text: string): StepResult {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const kind = DETAILS.find(([re]) => re.test(unstretch(text).toLowerCase()))?.[1];
  const newest = recentEntry(l, ctx);
  // ("kemeja wis tak setor", "dibayar seket ewu", then "sing balik loro": the rejects of the hand-in of that
  // telling, the pay of the same employer saved after it.)
  const all = entries(l, ctx);
  const at = all.findIndex((e) => e.entity === kind);
  const same = at > 0 && newest && all.slice(0, at).every((e) => employerOf(l, e) === employerOf(l, all[at]!));
  const last = newest?.entity === kind ? newest : same ? all[at] : undefined;
  const age = last ? ctx.now.getTime() - new Date(last.createdAt).getTime() : Number.POSITIVE_INFINITY;
  if (!last || last.entity !== kind || age > DETAIL_MS) return { ...result(null), goto: { flow: 'menu' } };
  return {
    ...result(null),
    goto: {
      flow: FLOW_OF[last.entity],
      args: { edit: last.id, title: last.text, fix: `sing ${asCut(unstretch(text))}` },
    },
  };
}

/** "she took 50k off for my advance": said as the pay's cut is read ("dipotong 50k kasbon"). */
function asCut(text: string): string {
  return text
    .replace(
      /^(?:(?:she|he|they|bu|pak|mbak|boss|my boss)\s+(?:\w+\s+)?)?(?:took|takes|take|kept)\s+(\S+)\s+(?:off|back)\b/i,
      'dipotong $1',
    )
    .replace(/\b(?:for|of)\s+(?:my|the|her)?\s*(?:advance|loan)\b/i, 'kasbon');
}

/** Whether a message is only a detail of a record (a figure with the word for its line), and no entry itself. */
export function detailOnly(text: string, now: Date): boolean {
  // ("nanti dipotong dr bayaran 3x": how many times, and still to come.)
  const t = unstretch(text)
    .toLowerCase()
    .replace(/\b\d{1,2}\s*(?:x|kali|times)\b/g, ' ');
  if ((!/\d/.test(t) && !NUMBER_WORDS.test(t)) || !DETAILS.some(([re]) => re.test(t))) return false;
  // ("balikan lima ..., bayare durung jare sesuk": what is to come is the pay, not the rejects.)
  const ofDetail = t.replace(/\b(bayar\w*|dibayar\w*|mbayar\w*|upahe|opahe)\b.*$/, ' ');
  if (/\b(nanti|mengko|ngko|engko|ntar|besok|bsk|sesuk|later|will)\b/.test(ofDetail)) return false;
  // ("dino iki 30 sisane, tapi 2 dibalekno", "today the last 25, 3 rejected": a count of its own on a day said is
  // a new hand-in with its rejects.)
  const figures = t.match(/\d+/g)?.length ?? 0;
  if (
    figures >= 2 &&
    daySaidIn(t, now) &&
    /\b(sisa|sisane|sisanya|the rest|the last|terakhir|lagi|maneh|more|again)\b/.test(t)
  )
    return false;
  // "she took 50k off for my advance", "dipotong 50rb buat kasbon": a cut of the pay, not an advance taken.
  const cut = DETAILS[1]![0].exec(t);
  const advance = /\b(advance|kasbon|bon|utang|hutang|loan)\b/.exec(t);
  // (The cut said first: "kasbon 200rb, nanti dipotong dr upah" is a new advance, repaid later.)
  const cutForAdvance = !!cut && !!advance && cut.index < advance.index;
  const said = readMessage(text, now).entries;
  // ("5 biji dibalikin, lem nya kluar2": the glue named is no hours of work.)
  return (
    // (Not beside work taken or handed in: "upah 12rb per potong, td pagi kasbon" is an order and an advance.)
    (cutForAdvance &&
      !said.some((e) => e.kind === 'payment' || ((e.kind === 'order' || e.kind === 'handin') && solidEntry(e)))) ||
    !said.some((e) => solidEntry(e) || e.kind === 'payment' || e.kind === 'kasbon')
  );
}

/**
 * "eh gak jadi, batal aja yg tadi", "ora sido", "wait no, cancel that" just after saving: the record she has just
 * saved did not happen. Said first (after "eh", "oh", "sori"), alone or with a pointer to it, and no figure.
 */
const CANCEL_SAVED =
  /^(?:(?:eh|e|oh|ah|aduh|waduh|lho|sori|sorry|maaf|mbak|bu|wait|no|oops|wis|wes|udah|udh|sudah)[\s,.!]+)*(?:gak jadi|ga jadi|g jadi|gk jadi|nggak jadi|ngga jadi|enggak jadi|tidak jadi|tdk jadi|batal|batalin|batalkan|dibatalin|dibatalkan|batalno|batalke|batalne|dibatalno|dibatalke|dibatalne|ora sido|ra sido|gak sido|ga sido|durung sido|mboten sido|cancel|cancel that|never mind|nevermind)(?:[\s,.!]+(?:aja|ae|wae|deh|dong|ya|yo|kabeh)){0,2}(?:[\s,.!]+(?:yg|yang|sing|seng)\s+(?:[a-z]+\s+){0,2}?(?:tadi|td|barusan|mau|terakhir|wau)|[\s,.!]+(?:that|it|this|the last one|iku|kuwi|itu))?(?:[\s,.!]+|$)/;

/** How long after saving a record "gak jadi" takes it back without asking. */
const CANCEL_MS = 30 * 60 * 1000;

export function cancelsSaved(text: string): boolean {
  const t = fold(text).trim();
  // ("lho ora sido pak hadi, sing ngirim bu umi": not him after all, but someone else; the name is put right.)
  return !/\d/.test(t) && CANCEL_SAVED.test(t) && !nameMeant(t);
}

/** Takes back the record saved just now (kept in the history); else says there is nothing new to take back. */
function cancelLatest(ctx: FlowContext, text: string): StepResult {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const t = fold(text);
  const named = KIND_NAMED.find(([re]) => re.test(t));
  const last = entries(l, ctx).find((e) => !named || named[1](e, l));
  const age = last ? ctx.now.getTime() - new Date(last.createdAt).getTime() : Number.POSITIVE_INFINITY;
  if (!last || age < 0 || age > CANCEL_MS) return result(null, [{ text: ctx.t('nothingNewToCancel') }]);
  return result(
    null,
    [{ text: ctx.t('cancelledSaved', { entry: last.text }) }],
    [{ type: 'voidEntry', entity: last.entity, id: last.id }],
  );
}

/** "semua yg barusan batal", "hapus kabeh sing mau", "cancel all of that": every record saved just now. */
export function cancelsAllSaved(text: string): boolean {
  const t = fold(text);
  return (
    !/\d/.test(t) &&
    /\b(semua|semuanya|smua|kabeh|kabehe|sedaya|all|everything)\b/.test(t) &&
    /\b(batal\w*|dibatal\w*|gak jadi|ga jadi|nggak jadi|ora sido|gak sido|hapus\w*|dihapus\w*|busak\w*|dibusak\w*|cancel\w*|delete|salah catat|salah nyatet|salah nyatat)\b/.test(
      t,
    ) &&
    /\b(barusan|tadi|td|mau|wau|just now|just|that|those|iku|itu|kuwi|kui)\b/.test(t)
  );
}

/** Takes back every record saved in the last half hour (kept in the history). */
function cancelAllLatest(ctx: FlowContext): StepResult {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const fresh = entries(l, ctx).filter((e) => {
    const age = ctx.now.getTime() - new Date(e.createdAt).getTime();
    return age >= 0 && age <= CANCEL_MS;
  });
  if (!fresh.length) return result(null, [{ text: ctx.t('nothingNewToCancel') }]);
  return result(
    null,
    [{ text: ctx.t('cancelledSaved', { entry: fresh.map((e) => e.text).join('\n') }) }],
    fresh.map((e) => ({ type: 'voidEntry', entity: e.entity, id: e.id }) as const),
  );
}

export function deletesLatest(text: string): boolean {
  return DELETE.test(text) && LATEST.test(text) && !/\d/.test(text);
}

export const correctionsFlow: Flow = {
  name: 'corrections',
  menu: { order: 60, label: (ctx) => ctx.t('menuCorrections') },
  start: (ctx, args) =>
    args?.cancelAll === true
      ? cancelAllLatest(ctx)
      : typeof args?.cancel === 'string'
        ? cancelLatest(ctx, args.cancel)
        : typeof args?.drop === 'string'
          ? deleteLatest(ctx, args.drop)
          : typeof args?.latest === 'string'
            ? latest(ctx, args.latest)
            : typeof args?.detail === 'string'
              ? detailOfLatest(ctx, args.detail)
              : list(ctx, 0, args?.mode === 'delete' ? 'delete' : undefined),
  step(state, input, ctx) {
    if (!ctx.facts.diary) return need('diary');
    const n = parseChoice(input.text);
    const page = Number(state.data.page ?? 0);
    switch (state.step) {
      case 'pick': {
        const ids = (state.data.ids ?? []) as [DiaryEntity, number][];
        if (n === 0) return { ...result(null), goto: { flow: 'menu' } };
        if (n === 9) return list(ctx, page + 1, state.data.mode === 'delete' ? 'delete' : undefined);
        // ("ya" to a list of one record: that record.)
        const pick =
          n !== null ? ids[n - 1] : ids.length === 1 && parseYesNo(input.text) === 'yes' ? ids[0] : undefined;
        const entry = pick ? find(ctx, pick[0], pick[1]) : undefined;
        // "jamnya jadi 5 jam", "sing terakhir kleru, 85 ewu", "hapus sing plastik": she says which and what in words.
        const said = n === null ? byWords(input.lower, ids, ctx) : undefined;
        const deleting = DELETE.test(input.lower) || state.data.mode === 'delete';
        const figure = hasFigure(input.lower);
        if (said && deleting && !figure) {
          return result(st('void', { page, entity: said.entity, id: said.id }), [
            { text: ctx.t('voidConfirm', { entry: said.text }) },
          ]);
        }
        // "sing plastik mau": that one, then what to do with it.
        if (said && !figure && POINTS.test(input.lower)) {
          return result(st('action', { page, entity: said.entity, id: said.id }), [
            { text: ctx.t('entryActions', { entry: said.text }) },
          ]);
        }
        if (said && figure) {
          return {
            ...result(null),
            goto: { flow: FLOW_OF[said.entity], args: { edit: said.id, title: said.text, fix: input.text } },
          };
        }
        if (!entry) {
          const again = list(ctx, page);
          return { ...again, replies: [{ text: ctx.t('chooseNumberOrZero', { max: ids.length }) }, ...again.replies] };
        }
        return result(st('action', { page, entity: entry.entity, id: entry.id }), [
          { text: ctx.t('entryActions', { entry: entry.text }) },
        ]);
      }
      case 'action': {
        const entity = state.data.entity as DiaryEntity;
        const id = Number(state.data.id);
        const entry = find(ctx, entity, id);
        if (!entry) return result(null, [{ text: ctx.t('entryGone') }]);
        if (n === 0) return list(ctx, page);
        if (n === 1) {
          return { ...result(null), goto: { flow: FLOW_OF[entity], args: { edit: id, title: entry.text } } };
        }
        if (n === 2) {
          const handins = entity === 'order' ? ctx.facts.diary.handins.filter((h) => h.orderId === id).length : 0;
          const text = handins
            ? ctx.t('voidOrderConfirm', { entry: entry.text, n: handins })
            : ctx.t('voidConfirm', { entry: entry.text });
          return result(st('void', { page, entity, id }), [{ text }]);
        }
        return result(state, [
          { text: `${ctx.t('chooseNumberOrZero', { max: 2 })}\n${ctx.t('entryActions', { entry: entry.text })}` },
        ]);
      }
      case 'void': {
        const entity = state.data.entity as DiaryEntity;
        const id = Number(state.data.id);
        const entry = find(ctx, entity, id);
        if (!entry) return result(null, [{ text: ctx.t('entryGone') }]);
        // ("makasih" to "Hapus catatan ini?" after she asked for it: her thanks for doing it.)
        const yn = THANKS.test(input.lower) ? 'yes' : parseYesNo(input.text);
        if (yn === 'yes') return result(null, [{ text: ctx.t('voided') }], [{ type: 'voidEntry', entity, id }]);
        if (yn === 'no') return result(null, [{ text: ctx.t('voidKept') }]);
        const asked =
          typeof state.data.text === 'string' ? state.data.text : ctx.t('voidConfirm', { entry: entry.text });
        return result(state, [{ text: `${ctx.t('reply12')}\n${asked}` }]);
      }
      default:
        return list(ctx, 0);
    }
  },
  quick(input, ctx) {
    if (deletesLatest(input.lower)) return { drop: input.lower };
    if (cancelsAllSaved(input.text)) return { cancelAll: true };
    if (cancelsSaved(input.text)) return { cancel: input.text };
    // "hapus", "hpus" alone: the list, to say which one to undo.
    if (/^(hapus|hpus|hps|hapuss|apus|dihapus|busak|busaken|delete|remove)$/.test(input.lower.trim()))
      return { mode: 'delete' };
    // ("bu yati durung mbayar 2 minggu" says what has not happened; it changes nothing.)
    const denies =
      /\b(durung|dereng|belum|blm|ora|gak|ga|nggak)\s+(mbayar|bayar|dibayar|setor|nyetor|disetor|bayare)\b/.test(
        input.lower,
      );
    if (!denies && (isCorrection(input.text) || correctsDay(input.text))) return { latest: input.text };
    if (detailOnly(input.text, ctx.now)) return { detail: input.text };
    return /^(ubah|ralat|koreksi|salah|edit|undo|change|ganti|perbaiki|betulkan|benerin|catatan|riwayat|hapus catatan|batalkan catatan)\b/.test(
      input.lower,
    )
      ? {}
      : null;
  },
};

/** The word that says something did not happen after all, said after what it points at. */
const DID_NOT_HAPPEN =
  /\b(ojo dicatet|ojo dicatat|ojo dilebokne|jangan dicatat|jangan dicatet|gak usah dicatat|ga usah dicatat|gausah dicatat|nggak usah dicatat|ora usah dicatet|ra usah dicatet|dihapus wae|dihapus aja|hapus aja|hapus wae|busak wae|busak ae|dibusak wae|dibusak ae|busaken|busakno|dibusak|batal|batalin|batalkan|batalno|batalke|batalne|dibatalin|dibatalkan|dibatalke|dibatalno|gak jadi|ga jadi|gk jadi|g jadi|nggak jadi|ngga jadi|enggak jadi|tidak jadi|tdk jadi|ora sido|ra sido|gak sido|ga sido|durung sido|mboten sido|cancelled|canceled|called off)\b/;
/** Words before the pointer that point at nothing. */
const LEAD = /^(?:(?:eh|e|oh|lho|loh|aduh|mbak|mba|bu|kak|sori|sorry|maaf|oops|wait|tapi|tp|but)[\s,.!]+)*/;

/**
 * "kasbonnya batal ding", "yg lem batal, blm jadi beli", "sing pak hadi ora sido": one of the records saved just now
 * (a message of several), named first by its kind, employer, goods or what a cost was for, did not happen. That one is
 * taken back (kept in the history); null when the words point at no one record saved just now.
 */
export function cancelsOneSaved(text: string, ctx: FlowContext): StepResult | null {
  // ("forget the glue, bu endang paid for it": the thing named after the word of taking back.)
  const t = fold(text)
    .trim()
    .replace(
      // ("actually delete the glue one": a word of second thoughts before it.)
      /^(?:(?:actually|oh|eh|sorry|oops|wait|hmm|ok|okay|no)[\s,.!]+)*(?:please\s+|pls\s+)?(?:forget|remove|delete|drop|cancel|scrap)\s+(?:the\s+|my\s+)?([a-z]+(?:\s+[a-z]+)?)(?=[\s,.!]|$)/,
      '$1 cancelled',
    );
  if (/\d/.test(t)) return null;
  const cut = DID_NOT_HAPPEN.exec(t);
  if (!cut) return null;
  const pointer = t
    .slice(0, cut.index)
    .replace(LEAD, '')
    .replace(/^(?:yg|yang|sing|seng|the)\s+/, '')
    .replace(/[\s,.!]+$/, '')
    .replace(/\s+(?:e|ne|nya|iku|itu|kuwi|one|is|was)\b/g, '')
    .trim();
  const said = pointer.split(/\s+/).filter(Boolean);
  if (!said.length || said.length > 3 || AHEAD.test(pointer)) return null;
  // ("pak hadi gak jadi ngasih garapan besok": what someone will not do, not a record that did not happen.)
  const after = t
    .slice(cut.index + cut[0].length)
    .replace(/^(?:\s+(?:mbak|mba|ya|yo|ding|deng|deh|aja|wae|ae|kok|lho|sih|kak|bu))+/, '');
  if (/^\s+[a-z]/.test(after) && AHEAD.test(after)) return null;
  // ("kasbonnya", "kasbone", "benange": each word also without its "the".)
  const words = said.flatMap((w) => [
    w,
    ...['nya', 'ne', 'e'].filter((x) => w.length > x.length + 2 && w.endsWith(x)).map((x) => w.slice(0, -x.length)),
  ]);
  const alt = words.join(' ');
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const recent = entries(l, ctx).filter((e) => {
    const age = ctx.now.getTime() - Date.parse(e.createdAt);
    return age >= 0 && age <= CANCEL_MS;
  });
  if (!recent.length) return null;
  const tests: ((e: EntryRef) => boolean)[] = [];
  const named = KIND_NAMED.find(([re]) => re.test(alt));
  if (named) tests.push((e) => named[1](e, l));
  const who = employersNamed(l, pointer);
  if (who.length) tests.push((e) => who.includes(employerOf(l, e) ?? -1));
  const category = named ? null : costCategoryOf(alt);
  const goods = (e: EntryRef) => namesGoods(words, goodsOf(l, e));
  const bought = (e: EntryRef) =>
    e.entity === 'cost' && !!category && l.costs.find((c) => c.id === e.id)?.category === category;
  // (Neither a kind nor a name: the goods or what a cost was for.)
  if (!tests.length) tests.push((e) => goods(e) || bought(e));
  const fits = recent.filter((e) => tests.every((f) => f(e)));
  // (Of those saved with the last message first: "yg bu umi" is her pay just saved, not her order of this morning.)
  const ofLast = fits.filter((e) => e.createdAt === recent[0]!.createdAt);
  const e = ofLast.length === 1 ? ofLast[0]! : fits.length === 1 ? fits[0]! : null;
  if (!e) return null;
  return result(
    null,
    [{ text: ctx.t('cancelledSaved', { entry: e.text }) }],
    [{ type: 'voidEntry', entity: e.entity, id: e.id }],
  );
}
