// A hand-in (setor): which open order, how many pieces handed in, how many
// rejected (retur). Accepted = handed in - rejected; rejected pieces stay to
// be redone, so the order stays open for them.
import { DIARY_BOUNDS } from '../../content/diary-bounds.ts';
import { rateRange } from '../../content/rate-ranges.ts';
import { type HandinValues, handinRec, type Ledger, type OrderRec } from '../../diary/ledger.ts';
import { worthAt } from '../../diary/rate.ts';
import { orderStatuses } from '../../diary/summary.ts';
import { parseQuantity } from '../../parse/units.ts';
import { readMessage, solidEntry } from '../../read/reader.ts';
import type { Flow, FlowContext, Reply } from '../types.ts';
import { result } from '../types.ts';
import './effects.ts';
import { dayField, isNone, ledgerOf, wholeNumber, yesRetype } from './fields.ts';
import { type Field, type Form, NUMBER_WORDS, type Parsed, startForm, stepForm } from './form.ts';
import { rateLaterExample } from './order.ts';
import { orderByWords } from './order-words.ts';
import { chooseOnPage, pageOf, pageText, pickOnPage } from './pick.ts';
import { money, orderLabel } from './show.ts';
import { changedValues } from './values.ts';

export type HandinDraft = {
  order?: number;
  delivered?: number;
  rejected?: number;
  handedInOn?: string;
  /** From a quick entry "setor 58 retur 2": the 2 said as rejected (58 is what was accepted). */
  qr?: number;
  /** A quick entry said "retur" without a number: ask how many. */
  askRejected?: boolean;
  /** The row being corrected, left out of what remains of the order. */
  self?: number;
  /** The page of the order list she is on. */
  orderPage?: number;
  /** She handed in all that was left ("sisanya", "kabeh", "the rest"): the order's rest, once it is known. */
  allLeft?: boolean;
};

/** "sisanya udah selesai semua", "kabeh", "the rest": all that is left of the order. */
export const ALL_LEFT =
  /\b(sisanya|sisane|sisae|sisa e|sisanipun|semua|semuanya|smua|kabeh|kabehe|sedoyo|sedaya|the rest|all of it|all the rest|everything|all the|all of the|all my)\b/;

/** "all of it" handed in; "semua diterima", "kabeh apik" say there were no rejects, not how many. */
export function allLeftSaid(text: string): boolean {
  return ALL_LEFT.test(
    text.replace(
      /\b(?:semua|semuanya|smua|kabeh|kabehe|sedoyo|all)\s+(?:diterima|ditrima|trima|lolos|bagus|ok|oke|aman|apik|ditampa|accepted|good|fine)\b|\b(?:diterima|ditrima|lolos|bagus|aman|apik|ditampa|accepted|ok|oke)\s+(?:semua|semuanya|smua|kabeh|all)\b/g,
      ' ',
    ),
  );
}

/** Orders she can hand in to: open ones first (oldest first), else the latest ones. */
function candidates(ledger: Ledger): OrderRec[] {
  const st = [...orderStatuses(ledger).values()];
  const open = st.filter((s) => s.remaining > 0).map((s) => s.order);
  if (open.length) return open;
  return ledger.orders.slice().sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.id - a.id);
}

function remainingOf(ledger: Ledger, orderId: number, exceptHandin?: number): number {
  const without = exceptHandin ? { ...ledger, handins: ledger.handins.filter((h) => h.id !== exceptHandin) } : ledger;
  return orderStatuses(without).get(orderId)?.remaining ?? 0;
}

function orderLine(o: OrderRec, ledger: Ledger, ctx: FlowContext): string {
  const remaining = remainingOf(ledger, o.id);
  return ctx.t('orderWithRemaining', { order: orderLabel(o, ledger, ctx, true), remaining, total: o.quantityPieces });
}

function pieces(input: { text: string; lower: string }): number | null {
  const n = wholeNumber({ ...input, kind: 'text', tooLong: false });
  if (n !== null) return n;
  const q = parseQuantity(input.text) ?? parseQuantity(input.lower);
  return q && Number.isInteger(q.pieces) ? q.pieces : null;
}

/** "2 kodi thok ding", "45 biji aja deh": the count with the words that only say she means it after it. */
function countOnly(lower: string): number | null {
  const t = lower
    .trim()
    .replace(/(?:[\s,.!]+(?:ding|deng|dink|tok|thok|aja|wae|ae|saja|only|deh|dong|kok|lho|loh|ya|yo))+[\s.!]*$/, '')
    .trim();
  return t !== lower.trim() && t ? pieces({ text: t, lower: t }) : null;
}

/**
 * "100, langsung dibayar 25rb" to "how many?": the count, then a record of its own said after it (that record is
 * taken up after this one); null unless the part after the count is an entry with its figure.
 */
function countBeforeEntry(text: string, ctx: FlowContext): number | null {
  const m = /^\s*([^,;]+?)\s*[,;]\s*(\S.*)$/.exec(text);
  if (!m) return null;
  const n = pieces({ text: m[1]!, lower: m[1]!.toLowerCase() });
  if (n === null) return null;
  return readMessage(m[2]!, ctx.now).entries.some((e) => e.kind !== 'handin' && solidEntry(e)) ? n : null;
}

/** How many were rejected, as she answers it (a reason after the count is hers to add). */
function rejectedSaid(input: { text: string; lower: string }): number | null {
  const n = pieces(input);
  if (n !== null) return n;
  const said = countSaid(input.lower);
  return said !== null && said !== input.lower ? pieces({ text: said, lower: said }) : null;
}

/**
 * The count in an answer said the way she talks: "wolung biji, leme mbleber" and "12 of them, the glue was messy"
 * (the reason after it), "oh 4 biji" (a word before it), "telu. eh limang pasang ding" (the one she meant).
 */
function countSaid(lower: string): string | null {
  let t = lower.trim();
  // (What she took back: the part after the last "eh", "maksudnya", "no wait".)
  const back = [
    ...t.matchAll(/(?:^|[\s,.])(?:eh+|eh salah|salah|maksudnya|maksude|maksudku|no wait|wait|sorry|i mean)[\s,.]+/g),
  ].at(-1);
  if (back && back.index > 0) t = t.slice(back.index + back[0].length);
  t = t
    .replace(/^(?:oh+|o|ya|iya|iyo|yo|nggih|inggih|ok|oke|hmm+|em+|ehm+|yes|well|ada|ono|wonten)[\s,.!]+/, '')
    .split(/\s*[,.;!]\s*|\s+(?:mergo|merga|amargi|karena|karna|krn|soalnya|soale|sebab|because|cause|as)\s+/)[0]!
    .replace(
      // ("2 kodi thok ding": as many of these words as she puts after it.)
      /(?:\s+(?:ding|deng|dink|tok|thok|aja|wae|ae|saja|only|of them|semuanya|kabeh|sing rusak|yg rusak|yang rusak|rejected|ditolak))+$/,
      '',
    )
    .trim();
  return t || null;
}

/** Many pieces, or more than is left of the order (rejects are redone, so they do not count), are confirmed. */
function deliveredReview(d: HandinDraft, ctx: FlowContext, set: Partial<HandinDraft>): Parsed<HandinDraft> | null {
  const delivered = d.delivered ?? 0;
  if (delivered <= 0 || !Number.isInteger(delivered)) return { ok: false, error: ctx.t('quantityPositive') };
  const remaining = d.order ? remainingOf(ledgerOf(ctx), d.order, d.self) : 0;
  // Many for the goods ("15.000 batang" of cigarettes is a usual hand-in), and more than the order holds.
  const product = d.order ? ledgerOf(ctx).orders.find((o) => o.id === d.order)?.product : undefined;
  const max = rateRange(product).maxPieces ?? DIARY_BOUNDS.pieces.max;
  if (delivered > max && !(d.order && delivered <= remaining)) {
    return { ok: true, set, check: yesRetype(ctx, ctx.t('piecesLarge', { n: delivered }), set) };
  }
  if (d.order && delivered - (d.rejected ?? 0) > remaining) {
    return {
      ok: true,
      set,
      check: { ...yesRetype(ctx, ctx.t('moreThanRemaining', { n: delivered, remaining }), set), soft: true },
    };
  }
  return null;
}

const fields: Field<HandinDraft>[] = [
  {
    key: 'order',
    label: 'lblOrder',
    ask(d, ctx) {
      const l = ledgerOf(ctx);
      const pg = pageOf(candidates(l), d.orderPage);
      return ctx.t('askHandinOrder', { list: pageText(pg, (o) => orderLine(o, l, ctx), ctx) });
    },
    parse(input, d, ctx): Parsed<HandinDraft> {
      const l = ledgerOf(ctx);
      const list = candidates(l);
      const pg = pageOf(list, d.orderPage);
      const picked = pickOnPage(input.text, pg);
      if (picked && 'next' in picked) return { ok: true, set: { orderPage: picked.next }, again: true };
      if (picked && 'item' in picked) return { ok: true, set: { order: picked.item.id, orderPage: undefined } };
      if (picked) return { ok: false, error: chooseOnPage(pg, ctx, false) };
      // Words naming the goods, the employer, the day it came or its age ("sing ireng", "yg senin", "sing anyar").
      const found =
        orderByWords(input.text, list, l, { now: ctx.now, answer: true }) ??
        orderByWords(input.text, l.orders, l, { now: ctx.now, answer: true });
      if (found) return { ok: true, set: { order: found.id, orderPage: undefined } };
      return { ok: false, error: chooseOnPage(pg, ctx, false) };
    },
    show: (d, ctx) => {
      const o = ledgerOf(ctx).orders.find((x) => x.id === d.order);
      return o ? orderLabel(o, ledgerOf(ctx), ctx) : null;
    },
    infer(_d, ctx) {
      const l = ledgerOf(ctx);
      const open = [...orderStatuses(l).values()].filter((s) => s.remaining > 0);
      return open.length === 1 ? { order: open[0]!.order.id } : null;
    },
  },
  {
    key: 'delivered',
    label: 'lblDelivered',
    clears: ['rejected', 'qr'],
    ask(d, ctx) {
      const o = ledgerOf(ctx).orders.find((x) => x.id === d.order);
      return ctx.t('askDelivered', { product: o?.product ?? '' });
    },
    infer(d, ctx) {
      if (!d.allLeft || !d.order) return null;
      const left = remainingOf(ledgerOf(ctx), d.order, d.self);
      return left > 0 ? { delivered: left } : null;
    },
    parse(input, d, ctx): Parsed<HandinDraft> {
      // "semua", "sisanya": what is left of the order.
      // ("semua atau yang diterima aja?" asks what to count; it is no answer.)
      // ("seribu bungkus smua msk": a count in words is the count; "semua" there says all passed.)
      if (
        d.order &&
        allLeftSaid(input.lower) &&
        !/\d|\?|\b(atau|apa|opo|or)\b/.test(input.lower) &&
        pieces(input) === null &&
        !NUMBER_WORDS.test(input.lower)
      ) {
        const left = remainingOf(ledgerOf(ctx), d.order, d.self);
        if (left > 0) return { ok: true, set: { delivered: left } };
      }
      const n = pieces(input) ?? countOnly(input.lower) ?? countBeforeEntry(input.text, ctx);
      if (n === null) return { ok: false, error: ctx.t('badPieces') };
      if (n <= 0) return { ok: false, error: ctx.t('quantityPositive') };
      const remaining = d.order ? remainingOf(ledgerOf(ctx), d.order, d.self) : 0;
      let delivered = n;
      const set: Partial<HandinDraft> = {};
      if (d.qr !== undefined) {
        // "setor 58 retur 2": 58 kept, 2 sent back, 60 handed in; unless 58
        // already is all that was left of the order, then 58 is the total.
        delivered = n + d.qr > remaining && n <= remaining ? n : n + d.qr;
        set.rejected = d.qr;
      }
      set.delivered = delivered;
      return deliveredReview({ ...d, ...set }, ctx, set) ?? { ok: true, set };
    },
    review: (d, ctx) => deliveredReview(d, ctx, { delivered: d.delivered }),
    show: (d) => (d.delivered === undefined ? null : String(d.delivered)),
  },
  {
    key: 'rejected',
    label: 'lblRejected',
    ask: (_d, ctx) => ctx.t('askRejected'),
    parse(input, d, ctx) {
      const n = isNone(input) ? 0 : rejectedSaid(input);
      if (n === null || n < 0) return { ok: false, error: ctx.t('badPieces') };
      if (n > (d.delivered ?? 0))
        return { ok: false, error: ctx.t('rejectedTooMany', { delivered: d.delivered ?? 0 }) };
      return { ok: true, set: { rejected: n } };
    },
    review(d, ctx) {
      if ((d.rejected ?? 0) > (d.delivered ?? 0))
        return { ok: false, error: ctx.t('rejectedTooMany', { delivered: d.delivered ?? 0 }) };
      return null;
    },
    show(d, ctx) {
      if (d.rejected === undefined) return null;
      const o = ledgerOf(ctx).orders.find((x) => x.id === d.order);
      const accepted = (d.delivered ?? 0) - d.rejected;
      const worth = o ? worthAt(accepted, o) : null;
      // An order whose rate she was not told yet: the value is not known.
      const value = !o ? '-' : worth === null ? ctx.t('rateUnknown') : money(worth);
      return ctx.t('rejectedLine', { rejected: d.rejected, accepted, value });
    },
    // Not asked from the menu either: none unless she says so, shown on the check screen, where she changes it.
    assume: (d) => (d.askRejected ? null : { rejected: 0 }),
    always: true,
  },
  dayField<HandinDraft>('handedInOn', 'lblDate', 'askHandedIn', { always: true }),
];

function values(d: HandinDraft): HandinValues {
  return {
    order_id: d.order!,
    handed_in_on: d.handedInOn!,
    delivered_pieces: d.delivered!,
    rejected_pieces: d.rejected ?? 0,
  };
}

function savedText(d: HandinDraft, ctx: FlowContext): string {
  const l = ledgerOf(ctx);
  const o = l.orders.find((x) => x.id === d.order)!;
  const after: Ledger = {
    ...l,
    handins: [...l.handins.filter((h) => h.id !== d.self), handinRec(-1, values(d))],
  };
  const s = orderStatuses(after).get(o.id)!;
  const worth = worthAt(d.delivered! - (d.rejected ?? 0), o);
  const value = worth === null ? ctx.t('rateUnknown') : money(worth);
  const order = orderLabel(o, l, ctx);
  const text =
    s.remaining <= 0
      ? ctx.t('handinSavedDone', { order, value, accepted: s.accepted })
      : ctx.t('handinSaved', { order, value, accepted: s.accepted, total: o.quantityPieces, remaining: s.remaining });
  // Its order's rate not told yet: how to give it.
  if (worth !== null) return text;
  return `${text}\n${ctx.t('rateLaterHint', { example: rateLaterExample(o.product, o.unit, ctx) })}`;
}

export const handinForm: Form<HandinDraft> = {
  flow: 'handin',
  needs: ['diary'],
  fields,
  title: (_d, ctx) => ctx.t('handinTitle'),
  save(d, ctx, mode) {
    const replies: Reply[] = [{ text: savedText(d, ctx) }];
    if (mode === 'new') {
      // "setor 60 retur 2" reads as 60 handed in, 2 of them rejected: the count handed in, rejects included.
      const example = d.rejected ? `setor ${d.delivered} retur ${d.rejected}` : `setor ${d.delivered}`;
      replies.push({ text: ctx.t('tipQuick', { example }) });
    }
    return { effects: [{ type: 'createHandin', values: values(d) }], replies };
  },
  load(id, ctx) {
    const h = ledgerOf(ctx).handins.find((x) => x.id === id);
    if (!h) return null;
    return {
      order: h.orderId,
      delivered: h.deliveredPieces,
      rejected: h.rejectedPieces,
      handedInOn: h.handedInOn,
      self: h.id,
    };
  },
  update(orig, d, id, ctx) {
    return {
      effects: [{ type: 'correctEntry', entity: 'handin', id, changes: changedValues(values(orig), values(d)) }],
      replies: [{ text: ctx.t('corrected') }],
    };
  },
};

export const handinFlow: Flow = {
  name: 'handin',
  menu: { order: 20, label: (ctx) => ctx.t('menuHandin') },
  start(ctx, args) {
    const l = ctx.facts.diary;
    if (l && !l.orders.length && typeof args?.edit !== 'number') {
      return result(null, [{ text: ctx.t('noOrdersYet') }]);
    }
    const from = (args?.preset as { noOrderFrom?: { employer: string; what: string } } | undefined)?.noOrderFrom;
    if (from) return result(null, [{ text: ctx.t('noOrderFrom', from) }]);
    return startForm(handinForm, ctx, args);
  },
  step: (state, input, ctx) => stepForm(handinForm, state, input, ctx),
};
