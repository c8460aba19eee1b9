// From what the reader took out of a message (src/read) to the record flows:
// each entry becomes the start of its form, with what she said as typed
// values that the form checks as it would typed answers (her employer, a
// plausible rate, a day not yet come), and asks what is missing.
import { isGoods, workWords } from '../../content/products.ts';
import { editDistance } from '../../core/edit-distance.ts';
import type { HandinRec, Ledger, OrderRec } from '../../diary/ledger.ts';
import { handinValue, openOrders } from '../../diary/summary.ts';
import { fold } from '../../parse/text.ts';
import { findRate } from '../../parse/units.ts';
import type { Entry } from '../../read/entry.ts';
import { readDayAnswer, readMessage, solidEntry } from '../../read/reader.ts';
import type { FlowContext } from '../types.ts';
import { matchEmployer, nameCore, titleName } from './fields.ts';
import { allLeftSaid } from './handin.ts';
import { namesGoods, orderByWords, ordersByWords } from './order-words.ts';
import { goodsWithoutRateWords, saysRateUnknown } from './rate-words.ts';
import { sameAsBefore } from './same.ts';

export interface EntryStart {
  flow: 'order' | 'handin' | 'payment' | 'hours' | 'cost';
  args: Record<string, unknown>;
}

function pick<T extends Record<string, unknown>>(o: T): { preset: Partial<T>; review: string[] } {
  const preset = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  return { preset, review: Object.keys(preset) };
}

/**
 * The one open order her words name ("masker", "bu yati", "sing ireng"), if they name exactly one; the rest of
 * her message may tell the day it came or its age ("yg order tgl 3", "tas sing anyar").
 */
export function orderNamed(
  words: string,
  ledger: Ledger | undefined,
  cue?: { text: string; now: Date },
): number | undefined {
  if (!ledger) return undefined;
  const open = openOrders(ledger).map((s) => s.order);
  const now = cue?.now ?? new Date();
  const byWords = words.trim() ? ordersByWords(words, open, ledger, { now }) : { pool: open, pointed: false };
  if (byWords.pointed && byWords.pool.length === 1) return byWords.pool[0]!.id;
  if (!cue || byWords.pool.length < 2) return undefined;
  return orderByWords(cue.text, byWords.pool, ledger, { now })?.id;
}

/** The open order her newest record (within half an hour) was hours of work for. */
function orderJustNamed(l: Ledger, now: Date): OrderRec | undefined {
  const recent = (at: string) => {
    const age = now.getTime() - Date.parse(at);
    return age >= 0 && age <= 30 * 60_000;
  };
  // (Not an order just taken: a hand-in right after it is more often of older work.)
  const rows = [
    ...l.orders.map((o) => ({ at: o.createdAt, order: null as number | null })),
    ...l.hours.map((h) => ({ at: h.createdAt, order: h.orderId })),
  ].filter((r) => r.at && recent(r.at));
  const last = rows.sort((a, b) => b.at.localeCompare(a.at))[0];
  if (!last || last.order === null) return undefined;
  return openOrders(l).find((s) => s.order.id === last.order)?.order;
}

/** Her newest record, when it is a hand-in saved in the last half hour: its value and employer. */
function handinJustSaved(l: Ledger, now: Date): { value: number; employerId: number; employer: string } | undefined {
  // (Hand-ins first: saved in the same instant as an order, the hand-in is the later telling.)
  const rows = [
    ...l.handins.map((x) => ({ at: x.createdAt, h: x as HandinRec | undefined })),
    ...l.orders.map((x) => ({ at: x.createdAt, h: undefined })),
    ...l.payments.map((x) => ({ at: x.createdAt, h: undefined })),
    ...l.hours.map((x) => ({ at: x.createdAt, h: undefined })),
    ...l.costs.map((x) => ({ at: x.createdAt, h: undefined })),
  ];
  const last = rows.sort((a, b) => b.at.localeCompare(a.at))[0];
  const age = last ? now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
  if (!last?.h || age < 0 || age > 30 * 60_000) return undefined;
  const order = l.orders.find((o) => o.id === last.h!.orderId);
  const value = order ? handinValue(last.h, order) : null;
  const employer = order && l.employers.find((x) => x.id === order.employerId);
  return value && employer ? { value, employerId: employer.id, employer: employer.name } : undefined;
}

/** The employer of the record she saved last, within ten minutes; undefined when none or it names none. */
function employerJustNamed(l: Ledger, now: Date): { id: number; name: string } | undefined {
  const orderOf = (id: number | null) => l.orders.find((o) => o.id === id)?.employerId;
  const rows = [
    ...l.orders.map((x) => ({ at: x.createdAt, emp: x.employerId as number | undefined })),
    ...l.handins.map((x) => ({ at: x.createdAt, emp: orderOf(x.orderId) })),
    ...l.payments.map((x) => ({ at: x.createdAt, emp: x.employerId as number | undefined })),
    ...l.hours.map((x) => ({ at: x.createdAt, emp: undefined })),
    ...l.costs.map((x) => ({ at: x.createdAt, emp: undefined })),
  ];
  const last = rows.sort((a, b) => b.at.localeCompare(a.at))[0];
  const age = last ? now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
  if (!last || last.emp === undefined || age < 0 || age > 10 * 60_000) return undefined;
  const e = l.employers.find((x) => x.id === last.emp);
  return e ? { id: e.id, name: e.name } : undefined;
}

/** What she handed in, as an order of it would be typed ("3 kodi sandal"); a plain example when not said. */
function goodsSaid(e: Entry & { kind: 'handin' }): string {
  const qty = e.delivered ? `${e.delivered.count} ${e.delivered.unit}` : '3 kodi';
  return `${qty} ${e.product ?? 'sandal'}`;
}

/** Two names that may be one with a slip: a word of one within an edit of a word of the other ("kaji", "haji"). */
function alike(a: string, b: string): boolean {
  const ws = (n: string) =>
    fold(n)
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 3);
  const bs = ws(b);
  return ws(a).some((x) => bs.some((y) => editDistance(x, y) <= (Math.min(x.length, y.length) >= 5 ? 2 : 1)));
}

/** "from her", "dari dia", "sing podo": the employer of what she recorded last, within the last two hours. */
const POINTS_BACK =
  /\b(her|him|dia|dheweke|deweke|deke|beliau|piyambakipun|yg sama|yang sama|sing podo|sing padha|same one)\b/;

function employerPointedAt(e: Entry, ctx: FlowContext): { id: number; name: string } | undefined {
  const l = ctx.facts.diary;
  // "sama sarung bantal 3 lusin, 2rb per biji" just after an order: more from the same employer.
  const more = e.kind === 'order' && /^(sama|sm|karo|kalih|and|also|plus|terus|trus|lan)\b/.test(fold(e.text).trim());
  if (!l || !(POINTS_BACK.test(fold(e.text)) || more)) return undefined;
  const orderEmployer = new Map(l.orders.map((o) => [o.id, o.employerId]));
  const rows = [
    ...l.orders.map((o) => ({ at: o.createdAt, employer: o.employerId })),
    ...l.payments.map((p) => ({ at: p.createdAt, employer: p.employerId })),
    ...l.handins.map((h) => ({ at: h.createdAt, employer: orderEmployer.get(h.orderId) })),
  ].filter((r) => r.at && r.employer !== undefined && ctx.now.getTime() - Date.parse(r.at) < 2 * 3600_000);
  const last = rows.sort((a, b) => b.at.localeCompare(a.at))[0];
  const found = last && l.employers.find((x) => x.id === last.employer);
  return found ? { id: found.id, name: found.name } : undefined;
}

/** "dibayar darmo": one of her employers named without a title, by the name itself. */
function employerByBareName(e: Entry, ctx: FlowContext): { id: number; name: string } | undefined {
  const l = ctx.facts.diary;
  if (!l || e.kind === 'hours' || e.kind === 'cost') return undefined;
  const words = new Set(fold(e.text).split(/[^a-z]+/));
  const hits = l.employers.filter((x) => {
    const core = nameCore(x.name).core;
    return core.length >= 4 && !core.includes(' ') && words.has(core);
  });
  return hits.length === 1 ? { id: hits[0]!.id, name: hits[0]!.name } : undefined;
}

/** "sdh saya bungkus", "wis tak garap", "udah dijahit": work she has done (not work she took). */
const DONE =
  /\b(?:sdh|sudah|udah|udh|dah|wis|wes|uwis|sampun)\s+(?:(?:saya|aku|sy|tak|dak|kulo|kula|ku)\s+)?(?!ambil|ngambil|njupuk|jupuk|terima|nerima|dapat|dapet|dpt|oleh|entuk|dikasih|dikei|diwenehi|nompo|nampa)[a-z]{3,}/;
const ALL_DONE = /\b(semua|semuanya|kabeh|sedoyo|sadaya|all|selesai|rampung|beres|jadi|dadi)\b/;

/**
 * "kerupuk pak hadi sdh saya bungkus semua 400 bungkus": the pieces of an open order of hers said as done, with
 * nothing of taking work, are those pieces handed in (shown to check), not a new order. null otherwise.
 */
function finishedOrder(e: Entry, ctx: FlowContext): Entry | null {
  const l = ctx.facts.diary;
  if (e.kind !== 'order' || !l || e.rate || !e.qty || !e.product) return null;
  const t = fold(e.text);
  if (!DONE.test(t)) return null;
  const words = fold(e.product).split(/[^a-z]+/);
  const who = e.employer ? matchEmployer(e.employer, l.employers) : null;
  const whoId = who ? (who.exact ?? who.near)?.id : undefined;
  if (e.employer && whoId === undefined) return null;
  const fits = openOrders(l).filter(
    (s) =>
      (whoId === undefined || s.order.employerId === whoId) &&
      namesGoods(words, s.order.product) &&
      e.qty!.pieces <= s.remaining &&
      (e.qty!.pieces === s.remaining || ALL_DONE.test(t)),
  );
  if (fits.length !== 1) return null;
  return { text: e.text, kind: 'handin', product: e.product, employer: e.employer, delivered: e.qty, day: e.day };
}

export function entryStart(e: Entry, ctx: FlowContext): EntryStart {
  const employer = e.employer
    ? { id: null, name: e.employer, ...(e.employerNew ? { saidNew: true } : {}) }
    : (employerPointedAt(e, ctx) ?? employerByBareName(e, ctx));
  switch (e.kind) {
    case 'order': {
      const done = finishedOrder(e, ctx);
      if (done) return entryStart(done, ctx);
      const unknownRate = !e.rate && saysRateUnknown(e.text);
      const { preset, review } = pick({
        employer,
        product: unknownRate ? goodsWithoutRateWords(e.product) : e.product,
        qty: e.qty,
        // "upahnya belum dikasih tau": kept without a rate (null), given later; not asked.
        rate: e.rate
          ? { amount: e.rate.amount, per: e.rate.per, count: e.rate.count, explicit: e.rate.explicit }
          : unknownRate
            ? null
            : undefined,
        receivedOn: e.day,
        dueOn: e.dueOn,
        written: e.written,
        materials: e.materials,
      });
      return { flow: 'order', args: { preset: sameAsBefore(e.text) ? { ...preset, same: true } : preset, review } };
    }
    case 'handin': {
      const { preset, review } = pick({
        delivered: e.delivered?.pieces,
        rejected: e.rejectedUnknown ? undefined : e.rejected,
        handedInOn: e.day,
      });
      const words = [e.product, e.employer].filter(Boolean).join(' ');
      const p: Record<string, unknown> = { ...preset };
      if (e.rejectedUnknown) p.askRejected = true;
      // ("awan iki wis rampung, wis tak terke": the order finished, all of it handed in; shown to check.)
      if (
        !e.delivered &&
        (allLeftSaid(fold(e.text)) || /\b(rampung|selesai|slesai|beres|finished)\b/.test(fold(e.text)))
      ) {
        p.allLeft = true;
        // "sisanya udah selesai semua" after a hand-in: the rest of that order.
        const l = ctx.facts.diary;
        const last = l?.handins
          .filter((h) => h.createdAt && ctx.now.getTime() - Date.parse(h.createdAt) < 2 * 3600_000)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
        const open = l ? openOrders(l).some((s) => s.order.id === last?.orderId) : false;
        if (last && open && p.order === undefined && !e.product) p.order = last.orderId;
      }
      // Her words name the order when they fit exactly one open order; else one open order is taken, or she is asked.
      const order = orderNamed(words, ctx.facts.diary, { text: e.text, now: ctx.now });
      if (order !== undefined) p.order = order;
      // "ngrangkai bros 4 jam" then "oleh 2 lusin, wis tak setor bu umi": the order her last record was about.
      if (p.order === undefined && !e.product && ctx.facts.diary) {
        const near = orderJustNamed(ctx.facts.diary, ctx.now);
        const emp = e.employer ? matchEmployer(e.employer, ctx.facts.diary.employers) : null;
        const who = emp ? (emp.exact ?? emp.near) : null;
        if (near && (!e.employer || who?.id === near.employerId)) p.order = near.id;
      }
      // "setor kerupuk 30 pak ke bu sari" with no order from Bu Sari at all: never put on another's order.
      const l = ctx.facts.diary;
      const named = e.employer;
      if (named && l?.orders.length) {
        const m = matchEmployer(named, l.employers);
        const known = m.exact ?? m.near;
        const ofOrder = order !== undefined ? l.orders.find((o) => o.id === order)?.employerId : undefined;
        // Named one employer, her goods fit another's order ("setor 20 sandal ke pak hadi"): asked, not guessed.
        if (known && ofOrder !== undefined && ofOrder !== known.id) delete p.order;
        // A name like none of hers, or one with no order at all: said, nothing saved.
        const orders = (id: number) => l.orders.some((o) => o.employerId === id);
        if (
          order === undefined &&
          (known ? !orders(known.id) : !l.employers.some((x) => orders(x.id) && alike(x.name, named)))
        ) {
          p.noOrderFrom = { employer: titleName(named), what: goodsSaid(e) };
          delete p.order;
        }
        if (known && ofOrder !== undefined && ofOrder !== known.id && !orders(known.id))
          p.noOrderFrom = { employer: titleName(known.name), what: goodsSaid(e) };
      }
      return { flow: 'handin', args: { preset: p, review } };
    }
    case 'payment':
    case 'kasbon': {
      const kasbon = e.kind === 'kasbon';
      const cut = !kasbon && e.kind === 'payment' ? e.deduction : undefined;
      const { preset, review } = pick({
        employer,
        kind: kasbon ? 'kasbon' : 'pay',
        amount: e.amount?.amount,
        explicit: e.amount?.explicit,
        cut: cut?.amount,
        cutKind: cut ? (cut.kind ?? undefined) : undefined,
        paidOn: e.day,
      });
      const p: Record<string, unknown> = kasbon
        ? { ...preset, order: null, cut: 0, cutKind: null }
        : { ...preset, orderWords: e.text };
      if (!kasbon && e.kind === 'payment' && e.otherCut && cut?.kind === 'kasbon') p.otherCut = e.otherCut;
      // "trus hari ini dibayar 350rb, dipotong kasbon 100rb" just after a record with Juragan Darmo: from him
      // (shown on the check screen, where she can change it), not asked.
      const near = !employer && ctx.facts.diary ? employerJustNamed(ctx.facts.diary, ctx.now) : undefined;
      if (near && p.employer === undefined) p.employer = near;
      // "hari ini dibayar, ada potongan 20rb buat yg reject" just after a hand-in: the hand-in's value less the
      // cut, shown on the check screen (where she can change it), not asked.
      if (!kasbon && !e.amount && cut && ctx.facts.diary) {
        const paidFor = handinJustSaved(ctx.facts.diary, ctx.now);
        if (
          paidFor &&
          (!employer || employer.name.toLowerCase() === paidFor.employer.toLowerCase()) &&
          paidFor.value > cut.amount
        ) {
          p.amount = paidFor.value - cut.amount;
          p.explicit = true;
          if (!employer) p.employer = { id: paidFor.employerId, name: paidFor.employer };
          review.push('amount');
        }
      }
      return { flow: 'payment', args: { preset: p, review } };
    }
    case 'hours': {
      const order = e.product ? orderNamed(e.product, ctx.facts.diary) : undefined;
      const { preset, review } = pick({
        workedOn: e.day,
        hours: e.minutes !== undefined ? e.minutes / 60 : undefined,
        week: e.week,
        approx: (e as { approx?: boolean }).approx,
        helpers: e.helpers,
        child: e.helpers ? e.child : undefined,
        order,
        same: e.same,
        from: e.from,
      });
      return { flow: 'hours', args: { preset: e.helpers === 0 ? { ...preset, child: null } : preset, review } };
    }
    case 'cost': {
      const { preset, review } = pick({
        category: e.category,
        amount: e.amount?.amount,
        explicit: e.amount?.explicit,
        spentOn: e.day,
      });
      const raw: Record<string, string> = {};
      // "beli lilin malam 25rb": something bought for the work is material unless its word says otherwise
      // (shown on the check screen); a cost of another kind with an unknown word is asked.
      if (!e.category && e.what && /\b(beli|beliin|tuku|tumbas|bought|buy|kulakan)\b/.test(fold(e.text)))
        Object.assign(preset, { category: 'bahan' });
      else if (!e.category && e.what) raw.category = e.what;
      return { flow: 'cost', args: { preset, review, raw } };
    }
  }
}

/** The entry word that makes the reader read an answer as an entry of this flow. */
const KIND_WORD: Record<string, string> = {
  order: 'ambil',
  handin: 'setor',
  payment: 'dibayar',
  hours: 'kerja',
  cost: 'beli',
};

/**
 * An answer that says more than was asked ("4 kodi, upahnya 25rb per kodi" to "Berapa banyak?", "bu yati
 * 120rb" to "Dari siapa?", "10 lusin semua, gak ada yg rusak"): read as an entry of the flow it answers,
 * its values as a message's would be. null when it reads as no entry of that kind.
 */
/** A clause that only says when ("got it yesterday", "diterima kemarin", "njupuk wingi"): its day. */
function dayClause(text: string, now: Date): string | undefined {
  for (const seg of text.split(/[,.;]+/)) {
    const bare = seg
      .toLowerCase()
      .replace(
        /\b(got it|got|received it|received|took it|it was|diterima|terima|dapat|dapet|oleh|entuk|njupuk|ambil|diambil|itu|iku|it|was)\b/g,
        ' ',
      )
      .trim();
    const d = bare ? readDayAnswer(bare, now) : null;
    if (d && !d.due) return d.day;
  }
  return undefined;
}

export function answerEntry(
  flow: string,
  text: string,
  ctx: FlowContext,
): { preset: Record<string, unknown>; review: string[] } | null {
  const word = KIND_WORD[flow];
  if (!word) return null;
  const kinds = flow === 'payment' ? ['payment', 'kasbon'] : [flow];
  let entries = readMessage(`${word} ${text}`, ctx.now).entries;
  // ("upah 3rb selusin" to "Dari siapa order ini?": "ambil upah" reads as taking her pay; said of an order, it is
  // the order's rate.)
  if (flow === 'order' && !entries.some((x) => kinds.includes(x.kind)))
    entries = readMessage(`order ${text}`, ctx.now).entries;
  const e = entries.find((x) => kinds.includes(x.kind));
  if (!e) return null;
  // "30000 per kodi, got it yesterday": a clause with no figure of its own only adds its day.
  const others = entries.filter((x) => x !== e);
  if (others.some(solidEntry)) return null;
  const day = others.find((x) => x.day)?.day ?? (e.day ? undefined : dayClause(text, ctx.now));
  const start = entryStart(day && !e.day ? { ...e, day } : e, ctx);
  return start.args as { preset: Record<string, unknown>; review: string[] };
}

/**
 * "setor sandal 3 kodi ke bu yati" with no order of hers to hand in to: what she told is not lost. The order is
 * recorded with it (whom from, the goods, as many as she handed in, the rate when she said one), its missing
 * facts asked, and both saved on one check screen; `note` says so. Entries that need nothing come back as they
 * were.
 */
export function ordersForHandins(entries: Entry[], ctx: FlowContext): { entries: Entry[]; note?: string } {
  const l = ctx.facts.diary;
  if (!l || !entries.some((e) => e.kind === 'handin')) return { entries };
  const out: Entry[] = [];
  let note: string | undefined;
  for (const e of entries) {
    if (e.kind !== 'handin') {
      out.push(e);
      continue;
    }
    // (An order told before it in the same message is the one it goes to.)
    const told = out.some(
      (x) => x.kind === 'order' && (!e.employer || !x.employer || fold(x.employer) === fold(e.employer)),
    );
    const start = told ? null : entryStart(e, ctx);
    const none = !l.orders.length;
    const from = (start?.args.preset as { noOrderFrom?: { employer: string } } | undefined)?.noOrderFrom;
    if (!start || (!none && !from)) {
      out.push(e);
      continue;
    }
    // ("setor 20 sandal ke pak hadi" with a sandal order of Bu Yati's: perhaps hers, named otherwise. No order is
    // made up for it; the hand-in goes on as before, where she can name the other.)
    const goods = e.product ? fold(e.product).split(/\s+/)[0]! : '';
    const other = goods ? l.orders.find((o) => fold(o.product).split(/\s+/).includes(goods)) : undefined;
    const otherName = other ? l.employers.find((x) => x.id === other.employerId)?.name : undefined;
    // (Nor for a hand-in with goods that are none of home work, "yg 1 kodi diambil bu sri tetangga", or with
    // neither goods nor count, "sama ngasih teh kotak buat anak2": no work handed in, and asking an order's facts of
    // it would only hold her up.)
    const goodsNamed = fold(e.product ?? '')
      .split(/\s+/)
      .some((w) => isGoods(w) || workWords().phrases.has(w));
    const weak = e.product ? !goodsNamed : !e.delivered;
    if ((other && otherName && from && fold(otherName) !== fold(from.employer)) || weak) {
      out.push(e);
      continue;
    }
    const rate = findRate(e.text);
    const order: Entry = {
      kind: 'order',
      text: e.text,
      ...(e.employer ? { employer: e.employer } : {}),
      ...(e.employerNew ? { employerNew: true } : {}),
      ...(e.product ? { product: e.product } : {}),
      ...(e.delivered ? { qty: e.delivered } : {}),
      ...(rate ? { rate: { amount: rate.rupiah, per: rate.per, count: rate.count, explicit: rate.explicit } } : {}),
      ...(e.day ? { day: e.day } : {}),
    };
    out.push(order, e);
    note ??= ctx.t(
      'orderWithHandin',
      from ? { employer: from.employer } : e.employer ? { employer: titleName(e.employer) } : {},
    );
  }
  return { entries: out, note };
}
