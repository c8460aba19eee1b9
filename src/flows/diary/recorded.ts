// "bu endang kan udah ngasih kasbon 200rb, itu udah kecatet belum?": she asks whether something is in her
// diary. Answered from the diary (the records that fit, or that none does and how to add it); nothing is
// saved, and no question is left open.

import { wibDate } from '../../core/time.ts';
import type { Ledger } from '../../diary/ledger.ts';
import { fold } from '../../parse/text.ts';
import type { Entry } from '../../read/entry.ts';
import { readMessage } from '../../read/reader.ts';
import type { FlowContext, StepResult } from '../types.ts';
import { need, result } from '../types.ts';
import { entries as entryLines } from './corrections.ts';
import { matchEmployer } from './fields.ts';

/** Asking whether it is recorded: "udah kecatet belum?", "wis dicatet durung?", "is it recorded?". */
const ASKS_RECORDED =
  /\b(?:udah|sudah|sdh|udh|dah|wis|wes|uwis|apa|apakah|opo)\s+(?:ke?catet|ke?catat|tercatat|dicatat|dicatet|kecathet|dicathet|disimpan|disimpen|tersimpan|masuk|mlebu|direkap)\b|\b(?:is|was|has)\s+(?:it|that|this)\s+(?:been\s+)?(?:recorded|saved|logged|noted)\b|\b(?:did you|have you)\s+(?:record|save|log|note)\b/;
/** A question, not a statement ("udah kecatet" alone could be her saying so). */
const QUESTION = /\?|\b(?:belum|blm|durung|urung|dereng|apa|opo|po|ya|yo|kah|or not|yet)\b[\s.!]*$/;

export function asksRecorded(text: string): boolean {
  const t = fold(text);
  return ASKS_RECORDED.test(t) && QUESTION.test(t);
}

const ENTITY = {
  order: 'order',
  handin: 'handin',
  payment: 'payment',
  kasbon: 'payment',
  hours: 'hours',
  cost: 'cost',
};

/** Records of hers that fit what she said: its kind, and the employer and amount when said. */
function fitting(l: Ledger, e: Entry): { entity: string; id: number }[] {
  const emp = 'employer' in e && e.employer ? matchEmployer(e.employer, l.employers) : null;
  const who = emp ? (emp.exact ?? emp.near) : null;
  if (emp && !who) return [];
  const byWho = (id: number) => !who || who.id === id;
  switch (e.kind) {
    case 'payment':
    case 'kasbon': {
      const kind = e.kind === 'kasbon' ? 'kasbon' : 'pay';
      const amount = e.amount?.amount;
      return l.payments
        .filter((p) => p.kind === kind && byWho(p.employerId) && (amount === undefined || p.amount === amount))
        .map((p) => ({ entity: 'payment', id: p.id }));
    }
    case 'order':
      return l.orders
        .filter((o) => byWho(o.employerId) && (!e.qty || o.quantityPieces === e.qty.pieces))
        .map((o) => ({ entity: 'order', id: o.id }));
    case 'handin': {
      const orderOf = new Map(l.orders.map((o) => [o.id, o.employerId]));
      return l.handins
        .filter(
          (h) => byWho(orderOf.get(h.orderId) ?? -1) && (!e.delivered || h.deliveredPieces === e.delivered.pieces),
        )
        .map((h) => ({ entity: 'handin', id: h.id }));
    }
    case 'hours':
      return l.hours
        .filter((h) => (!e.day || h.workedOn === e.day) && (e.minutes === undefined || h.minutes === e.minutes))
        .map((h) => ({ entity: 'hours', id: h.id }));
    case 'cost':
      return l.costs
        .filter((c) => e.amount === undefined || c.amount === e.amount.amount)
        .map((c) => ({ entity: 'cost', id: c.id }));
  }
}

/** The answer: the fitting records (newest first, at most three), or that none is there and how to add it. */
export function answerRecorded(text: string, ctx: FlowContext): StepResult {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const said = readMessage(text, ctx.now).entries;
  const lines = entryLines(l, ctx);
  if (!said.length) {
    // ("mau wis mlebu durung yo?" just after saving: what she has just sent, every record of that one save.)
    const last = lines[0];
    if (last && justNow(last.createdAt, ctx)) {
      const batch = lines.filter((x) => Math.abs(Date.parse(last.createdAt) - Date.parse(x.createdAt)) <= SAME_SAVE_MS);
      const list = batch
        .slice(0, 6)
        .map((x) => `- ${x.text}`)
        .join('\n');
      return result(null, [{ text: ctx.t('recordedYes', { list }) }]);
    }
    return result(null, [{ text: ctx.t('recordedWhich') }]);
  }
  const found = said.flatMap((e) => {
    const keys = new Set(fitting(l, e).map((f) => `${f.entity}:${f.id}`));
    return lines.filter((x) => keys.has(`${x.entity}:${x.id}`) && ENTITY[e.kind] === x.entity);
  });
  if (found.length) {
    const shown = found
      .slice(0, 3)
      .map((x) => `- ${x.text}`)
      .join('\n');
    return result(null, [{ text: ctx.t('recordedYes', { list: shown }) }]);
  }
  return result(null, [{ text: ctx.t('recordedNo') }]);
}

/** Saved within the last half hour. */
function justNow(createdAt: string, ctx: FlowContext): boolean {
  const age = ctx.now.getTime() - Date.parse(createdAt);
  return age >= 0 && age <= RESENT_MS;
}
const RESENT_MS = 30 * 60_000;
/** Records saved this close together were saved by one "ya" (a check screen of several). */
const SAME_SAVE_MS = 5_000;

/** "lagi", "maneh", "again": a second record of the same, said as such. */
const AGAIN = /\b(lagi|lg|maneh|meneh|malih|again|another|juga|jg|tambah|nambah)\b/;

/**
 * The same record sent again soon after it was saved (she was not sure it went through): the saved record, so
 * it is not kept twice; null when the message says it is another one ("lagi") or nothing alike was just saved.
 */
export function resentRecord(e: Entry, text: string, ctx: FlowContext): { text: string } | null {
  const l = ctx.facts.diary;
  if (!l || AGAIN.test(fold(text))) return null;
  const keys = new Set(fitting(l, e).map((f) => `${f.entity}:${f.id}`));
  const day = e.day ?? wibDate(ctx.now);
  // (Goods of another kind or colour are another record: "sandal hitam", then "sandal putih".)
  const goods = 'product' in e && e.product ? fold(e.product) : null;
  const productOf = (x: { entity: string; id: number }) => {
    const orderId = x.entity === 'order' ? x.id : l.handins.find((h) => h.id === x.id)?.orderId;
    const o = l.orders.find((y) => y.id === orderId);
    return o ? fold(o.product) : null;
  };
  // (An order at another rate is another order.)
  const sameRate = (id: number) => {
    const o = l.orders.find((y) => y.id === id);
    const r = e.kind === 'order' ? e.rate : undefined;
    return !r || !o || (o.rateAmount === r.amount && (!r.per || o.ratePer === r.per) && (r.count ?? 1) === o.rateCount);
  };
  const same = entryLines(l, ctx).find(
    (x) =>
      keys.has(`${x.entity}:${x.id}`) &&
      ENTITY[e.kind] === x.entity &&
      x.day === day &&
      justNow(x.createdAt, ctx) &&
      (!goods || (x.entity !== 'order' && x.entity !== 'handin') || productOf(x) === goods) &&
      (x.entity !== 'order' || sameRate(x.id)),
  );
  return same ? { text: same.text } : null;
}
