// A payment from an employer (for one order or a lump sum), or a kasbon
// (an advance). Deductions are recorded as what was withheld: to repay a
// kasbon, or for other reasons (rejects, materials). The reply reconciles:
// earned with this employer, paid, still owed.

import { DIARY_BOUNDS } from '../../content/diary-bounds.ts';
import { type Ledger, type OrderRec, type PaymentKind, type PaymentValues, paymentRec } from '../../diary/ledger.ts';
import { employerBalances, orderStatuses } from '../../diary/summary.ts';
import { parseChoice } from '../../parse/choice.ts';
import { parseMoney } from '../../parse/money.ts';
import { fold } from '../../parse/text.ts';
import { readMessage } from '../../read/reader.ts';
import type { ConvState, Flow, FlowContext, Reply } from '../types.ts';
import { need } from '../types.ts';
import './effects.ts';
import {
  dayField,
  type EmployerPick,
  employerField,
  isNewEmployer,
  isNone,
  ledgerOf,
  matchEmployer,
  moneyAnswer,
  moneyReview,
  titleName,
} from './fields.ts';
import { type Field, type Form, type Parsed, startForm, stepForm } from './form.ts';
import { orderByWords } from './order-words.ts';
import { chooseOnPage, pageOf, pageText, pickOnPage } from './pick.ts';
import { money, orderLabel, today, waitingText } from './show.ts';
import { changedValues } from './values.ts';

/** A count of goods in a unit: "5 kodi", "3 lusin", "40 biji". */
const GOODS_COUNTED =
  /\b\d+(?:[.,]\d+)?\s*(?:kodi|kd|lusin|lsn|gros|pasang|psg|biji|bj|pcs|iji|ikat|potong|buah|kg|kilo|dozen|pairs?|pieces?)\b/;

export type PaymentDraft = {
  employer?: EmployerPick;
  kind?: PaymentKind;
  amount?: number;
  order?: number | null;
  cut?: number;
  cutKind?: 'kasbon' | 'other' | null;
  /** With a kasbon repaid (`cut`), a second deduction for something else. */
  otherCut?: number;
  paidOn?: string;
  /** The amount was written as money (rb, Rp); false for a bare number that may mean thousands. */
  explicit?: boolean;
  /** The page of the order list she is on. */
  orderPage?: number;
  /** Her words with the pay ("dibayar yg dompet aja"), which may name the order it is for. */
  orderWords?: string;
};

/** Her orders with this employer that are not fully paid by payments made for them. */
function payable(ledger: Ledger, employerId: number | null | undefined): OrderRec[] {
  if (employerId === null || employerId === undefined) return [];
  return (
    [...orderStatuses(ledger).values()]
      // An order whose rate is not known yet counts as paid once any pay was made for it.
      .filter(
        (s) =>
          s.order.employerId === employerId &&
          (s.remaining > 0 || (s.earned === null ? s.linkedPaid === 0 : s.earned > s.linkedPaid)),
      )
      .map((s) => s.order)
  );
}

const isPay = (d: PaymentDraft) => d.kind === 'pay';

/** Within hours of her last hand-in or order, the pay she reports without a name is most likely from them. */
const RECENT_MS = 12 * 3600_000;

function recentEmployer(ctx: FlowContext): EmployerPick | null {
  const l = ledgerOf(ctx);
  const orders = new Map(l.orders.map((o) => [o.id, o]));
  const recent = [
    ...l.handins.map((h) => ({ at: h.createdAt, employerId: orders.get(h.orderId)?.employerId })),
    ...l.orders.map((o) => ({ at: o.createdAt, employerId: o.employerId })),
  ]
    .filter((x) => x.employerId !== undefined && ctx.now.getTime() - Date.parse(x.at) <= RECENT_MS)
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  const e = recent && l.employers.find((x) => x.id === recent.employerId);
  return e ? { id: e.id, name: e.name } : bubblesEmployer(ctx);
}

/**
 * "handed in 5 kodi to pak hadi", "cancel that", "but he paid me 60k": the one employer of hers named in the
 * bubbles of this telling, though what was said of him was taken back.
 */
function bubblesEmployer(ctx: FlowContext): EmployerPick | null {
  const l = ledgerOf(ctx);
  // Hers by id; a name she has not used before ("di tempat bos heri") by its words, shown as new to check.
  const named = new Map<string, EmployerPick>();
  for (const b of ctx.facts.recentBubbles ?? []) {
    const read = readMessage(b, ctx.now).entries;
    // (Hours keep no employer: "ngamplas kursi di tempat bos heri" names him all the same.)
    const said = read.flatMap((en) => ('employer' in en && en.employer ? [en.employer] : []));
    const place =
      /\b(?:tempat|tempate|nggone|omahe|rumah|rumahnya|at)\s+((?:bu|pak|bos|juragan|mbak|mas|mandor)\s+[a-z]{3,})\b/.exec(
        b.toLowerCase(),
      );
    if (!said.length && place) said.push(place[1]!);
    // ("pak haji slamet masih kurang bayar ke saya": one of hers named in a remark.)
    if (!said.length)
      for (const m of b
        .toLowerCase()
        .matchAll(/\b(?:bu|pak|juragan|bos|mbak|mas|koperasi|mandor)\s+[a-z]+(?:\s+slamet)?/g)) {
        const known = matchEmployer(m[0], l.employers).exact;
        if (known) said.push(known.name);
      }
    for (const employer of said) {
      const m = matchEmployer(employer, l.employers);
      const who = m.exact ?? m.near;
      if (who) named.set(`#${who.id}`, { id: who.id, name: who.name });
      else named.set(employer, { id: null, name: titleName(employer) });
    }
  }
  return named.size === 1 ? [...named.values()][0]! : null;
}

const fields: Field<PaymentDraft>[] = [
  {
    ...employerField<PaymentDraft>('employer', 'lblFrom', 'askPayerFirst', 'askPayer', {
      inferSingle: true,
      clears: ['order'],
    }),
    // "mau sore dibayar 53.900" just after a hand-in to Pak Hadi: pay from him, shown on the check screen.
    assume: (_d, ctx) => {
      const e = recentEmployer(ctx);
      return e ? { employer: e } : null;
    },
  },
  {
    key: 'kind',
    label: 'lblKind',
    clears: ['order', 'cut', 'cutKind'],
    ask: (_d, ctx) => ctx.t('askPayKind'),
    parse(input, _d, ctx) {
      const n = parseChoice(input.text);
      if (n === 1 || /^(upah|bayar|gaji|pay)/.test(input.lower)) return { ok: true, set: { kind: 'pay' } };
      if (n === 2 || /^(kasbon|pinjam|utang|hutang|uang muka|advance)/.test(input.lower)) {
        return { ok: true, set: { kind: 'kasbon', order: null, cut: 0, cutKind: null } };
      }
      // "95 ewu": she answers with the money; a kasbon is always said as one, so this is her pay (shown before saving).
      const said = parseMoney(input.text);
      if (said?.explicit && said.rupiah > 0) {
        const r = moneyAnswer<PaymentDraft>(input, ctx, DIARY_BOUNDS.payment, (amount) => ({ kind: 'pay', amount }));
        if (r.ok) return r;
      }
      return { ok: false, error: ctx.t('reply12') };
    },
    show: (d, ctx) => (d.kind ? ctx.t(d.kind === 'pay' ? 'kindPay' : 'kindKasbon') : null),
  },
  {
    key: 'amount',
    label: 'lblAmount',
    // (Once a cut is told, the sum asked is the cash left after it: she knows then which figure is meant.)
    ask: (d, ctx) => ctx.t(d.kind === 'kasbon' ? 'askKasbonAmount' : d.cut ? 'askPayAmountCut' : 'askPayAmount'),
    parse(input, d, ctx) {
      // "daster 5 kodi" to "Berapa uang?": the goods paid for, counted, not a sum; their order is kept, the sum
      // asked again.
      if (
        d.kind !== 'kasbon' &&
        GOODS_COUNTED.test(fold(input.text)) &&
        !parseMoney(input.text)?.explicit &&
        !/\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k|jt|juta)\b/.test(fold(input.text)) &&
        // (Not new work brought with the pay, "karo nggowo garapan anyar, kemeja 3 kodi": a record of its own.)
        !readMessage(input.text, ctx.now).entries.length
      ) {
        const l = ledgerOf(ctx);
        const named = orderByWords(input.text, payable(l, d.employer?.id), l, { now: ctx.now, answer: true });
        return { ok: true, set: named ? { order: named.id } : {}, again: true };
      }
      return moneyAnswer<PaymentDraft>(input, ctx, DIARY_BOUNDS.payment, (amount) => ({ amount }));
    },
    review: (d, ctx) =>
      moneyReview<PaymentDraft>(
        d.amount ?? 0,
        d.explicit ?? true,
        ctx,
        DIARY_BOUNDS.payment,
        (amount) => ({ amount }),
        money,
        true,
      ),
    show: (d) => (d.amount === undefined ? null : money(d.amount)),
  },
  {
    key: 'order',
    label: 'lblForOrder',
    applies: isPay,
    ask(d, ctx) {
      const l = ledgerOf(ctx);
      const pg = pageOf(payable(l, d.employer?.id), d.orderPage);
      return ctx.t('askPayOrder', { list: pageText(pg, (o) => orderLabel(o, l, ctx, true), ctx) });
    },
    parse(input, d, ctx): Parsed<PaymentDraft> {
      if (isNone(input)) return { ok: true, set: { order: null, orderPage: undefined } };
      const l = ledgerOf(ctx);
      const pg = pageOf(payable(l, d.employer?.id), d.orderPage);
      const picked = pickOnPage(input.text, pg);
      if (picked && 'next' in picked) return { ok: true, set: { orderPage: picked.next }, again: true };
      if (picked && 'item' in picked) return { ok: true, set: { order: picked.item.id, orderPage: undefined } };
      const named = picked
        ? undefined
        : orderByWords(input.text, payable(l, d.employer?.id), l, { now: ctx.now, answer: true });
      if (named) return { ok: true, set: { order: named.id, orderPage: undefined } };
      return { ok: false, error: chooseOnPage(pg, ctx, true) };
    },
    show(d, ctx) {
      if (d.order === undefined) return null;
      const l = ledgerOf(ctx);
      const o = l.orders.find((x) => x.id === d.order);
      return o ? orderLabel(o, l, ctx) : ctx.t('lumpSum');
    },
    infer(d, ctx) {
      const l = ledgerOf(ctx);
      const list = payable(l, d.employer?.id);
      if (list.length === 0) return { order: null };
      if (list.length === 1) return { order: list[0]!.id };
      // Which order a pay is for is a detail: named in her words it is kept, else not asked (she can change it).
      const named = d.orderWords ? orderByWords(d.orderWords, list, l, { now: ctx.now }) : undefined;
      return { order: named ? named.id : null };
    },
  },
  {
    key: 'cut',
    label: 'lblCut',
    applies: isPay,
    clears: ['cutKind', 'otherCut'],
    ask: (_d, ctx) => ctx.t('askCut'),
    parse(input, _d, ctx) {
      // "wis", "udah", "cukup" alone: that is all, nothing taken off.
      if (
        isNone(input) ||
        /^(wis|wes|uwis|udah|sudah|sdh|cukup|itu aja|iku tok|wis iku|that's all|thats all)[.!\s]*$/.test(input.lower)
      )
        return { ok: true, set: { cut: 0, cutKind: null } };
      const kasbon = /kasbon|bon|pinjam|utang|hutang/.test(input.lower);
      const r = moneyAnswer<PaymentDraft>(input, ctx, DIARY_BOUNDS.payment, (cut) =>
        kasbon ? { cut, cutKind: 'kasbon' } : { cut },
      );
      return r;
    },
    review(d, ctx) {
      if (!d.cut) return null;
      return moneyReview<PaymentDraft>(d.cut, true, ctx, DIARY_BOUNDS.payment, (cut) => ({ cut, cutKind: d.cutKind }));
    },
    show(d, ctx) {
      if (d.cut === undefined) return null;
      if (!d.cut) return ctx.t('none');
      if (d.cutKind === 'kasbon' && d.otherCut)
        return `${ctx.t('cutKasbon', { amount: money(d.cut) })} + ${ctx.t('cutOther', { amount: money(d.otherCut) })}`;
      if (d.cutKind === 'kasbon') return ctx.t('cutKasbon', { amount: money(d.cut) });
      if (d.cutKind === 'other') return ctx.t('cutOther', { amount: money(d.cut) });
      return money(d.cut);
    },
    assume: () => ({ cut: 0, cutKind: null }),
  },
  {
    key: 'cutKind',
    label: 'lblCut',
    applies: (d) => isPay(d) && (d.cut ?? 0) > 0,
    ask: (d, ctx) => ctx.t('askCutKind', { amount: money(d.cut ?? 0) }),
    parse(input, _d, ctx) {
      const n = parseChoice(input.text);
      if (n === 1 || /kasbon|bon|pinjam/.test(input.lower)) return { ok: true, set: { cutKind: 'kasbon' } };
      // ("sandal yg lemnya belepotan", "buat plastik", "bukan kasbon": what was wrong or bought, not an advance.)
      if (
        n === 2 ||
        /retur|reject|bahan|denda|lain|potong|rusak|belepotan|jelek|elek|cacat|kotor|sobek|mencong|benang|plastik|lem\b|ongkos|kirim|bukan kasbon|dudu kasbon|not (?:an )?advance|damaged|broken|thread|glue/.test(
          input.lower,
        )
      )
        return { ok: true, set: { cutKind: 'other' } };
      return { ok: false, error: ctx.t('reply12') };
    },
    // No advance from this employer left to pay back: the cut cannot be for one; nothing to ask.
    assume: (d, ctx) => (openKasbon(d, ctx) > 0 ? null : { cutKind: 'other' }),
    // After two answers it cannot read: a cut of the pay (shown on the check screen, where 2 Ubah changes it).
    afterMisses: () => ({ cutKind: 'other' }),
    // ("sorry the cut was 30k not 25k": a new figure of the cut keeps what it was for.)
    review: () => null,
    show: () => null,
  },
  dayField<PaymentDraft>('paidOn', 'lblDate', 'askPaidOn', { always: true }),
];

/** What she still owes this employer of advances (unknown without her diary: counted as some, so it is asked). */
function openKasbon(d: PaymentDraft, ctx: FlowContext): number {
  const l = ctx.facts.diary;
  const id = d.employer?.id;
  // (An employer new to her diary has given her no advance yet.)
  if (d.employer && !id) return 0;
  if (!l || !id) return 1;
  const hers = l.payments.filter((p) => p.employerId === id);
  const taken = hers.filter((p) => p.kind === 'kasbon').reduce((a, p) => a + p.amount, 0);
  return taken - hers.reduce((a, p) => a + p.kasbonRepaid, 0);
}

function values(d: PaymentDraft): PaymentValues {
  const pay = d.kind === 'pay';
  return {
    employer_id: d.employer!.id ?? 0,
    order_id: pay ? (d.order ?? null) : null,
    kind: d.kind!,
    amount: d.amount!,
    // (A cut whose kind was never asked, put in at the check screen, is a cut of the pay: never dropped.)
    deduction: !pay ? 0 : d.cutKind === 'kasbon' ? (d.otherCut ?? 0) : (d.cut ?? 0),
    kasbon_repaid: pay && d.cutKind === 'kasbon' ? (d.cut ?? 0) : 0,
    paid_on: d.paidOn!,
  };
}

/** Where she stands with this employer once the payment is counted. */
export function balanceText(ledger: Ledger, employerId: number | null, name: string, ctx: FlowContext): string {
  const b = employerBalances(ledger, today(ctx), ctx.settings.payOverdueDays).find((x) => x.employer.id === employerId);
  const earned = money(b?.earned ?? 0);
  // (A cut counts as paid against the work: said beside the cash, so "ahead" adds up.)
  const paid = b?.deductions
    ? ctx.t('paidWithCut', { paid: money(b.paid), cut: money(b.deductions) })
    : money(b?.paid ?? 0);
  const owed = b?.owed ?? 0;
  // Work on an order whose rate is not known yet: owed without it, never "paid ahead" while it is there.
  if (b?.waiting.length) {
    const waiting = waitingText(b.waiting, ctx);
    if (owed > 0) return ctx.t('balanceOwedWaiting', { employer: name, earned, paid, owed: money(owed), waiting });
    return ctx.t('balanceWaiting', { employer: name, earned, paid, waiting });
  }
  if (owed > 0) return ctx.t('balanceOwed', { employer: name, earned, paid, owed: money(owed) });
  // Ahead because of an advance not yet worked off, or because hand-ins were not recorded (yet).
  const kasbonLeft = (b?.kasbon ?? 0) - (b?.kasbonRepaid ?? 0);
  if (owed < 0)
    return ctx.t(kasbonLeft >= -owed ? 'balanceAheadKasbon' : 'balanceAhead', {
      employer: name,
      earned,
      paid,
      ahead: money(-owed),
    });
  return ctx.t('balanceSettled', { employer: name, earned, paid });
}

/** The id a new employer stands under until saved: below every id the ledger holds (a batch may add two). */
function newEmployerId(ledger: Ledger): number {
  return Math.min(0, ...ledger.employers.map((e) => e.id)) - 1;
}

function withPayment(ledger: Ledger, d: PaymentDraft, self?: number): Ledger {
  const v = values(d);
  const employerId = d.employer!.id ?? newEmployerId(ledger);
  return {
    ...ledger,
    employers:
      d.employer!.id === null ? [...ledger.employers, { id: employerId, name: d.employer!.name }] : ledger.employers,
    payments: [...ledger.payments.filter((p) => p.id !== self), paymentRec(-1, employerId, v)],
  };
}

export const paymentForm: Form<PaymentDraft> = {
  flow: 'payment',
  needs: ['diary'],
  fields,
  title: (d, ctx) => ctx.t(d.kind === 'kasbon' ? 'kasbonTitle' : 'paymentTitle'),
  save(d, ctx, mode) {
    const before = ledgerOf(ctx);
    const after = withPayment(before, d);
    const id = d.employer!.id ?? newEmployerId(before);
    const replies: Reply[] = [{ text: `${ctx.t('savedShort')}\n${balanceText(after, id, d.employer!.name, ctx)}` }];
    if (mode === 'new') {
      const short = d.amount! % 1000 === 0 ? `${d.amount! / 1000}rb` : String(d.amount);
      const example = d.kind === 'kasbon' ? `kasbon ${short}` : `dibayar ${short}`;
      replies.push({ text: ctx.t('tipQuick', { example }) });
    }
    return {
      effects: [
        {
          type: 'createPayment',
          values: values(d),
          newEmployerName: isNewEmployer(d.employer!) ? d.employer!.name : undefined,
        },
      ],
      replies,
    };
  },
  load(id, ctx) {
    const l = ledgerOf(ctx);
    const p = l.payments.find((x) => x.id === id);
    if (!p) return null;
    // Both kinds in one pay: the kasbon is the deduction shown first, the other kept beside it.
    const both = p.kasbonRepaid > 0 && p.deduction > 0;
    return {
      employer: { id: p.employerId, name: l.employers.find((e) => e.id === p.employerId)?.name ?? '?' },
      kind: p.kind,
      amount: p.amount,
      order: p.orderId,
      cut: p.kasbonRepaid > 0 ? p.kasbonRepaid : p.deduction,
      ...(both ? { otherCut: p.deduction } : {}),
      cutKind: p.kasbonRepaid > 0 ? 'kasbon' : p.deduction > 0 ? 'other' : null,
      paidOn: p.paidOn,
    };
  },
  update(orig, d, id, ctx) {
    return {
      effects: [
        {
          type: 'correctEntry',
          entity: 'payment',
          id,
          changes: changedValues(values(orig), values(d)),
          newEmployerName: isNewEmployer(d.employer!) ? d.employer!.name : undefined,
        },
      ],
      replies: [{ text: ctx.t('corrected') }],
    };
  },
};

/**
 * "hrs nya 148.750 tp dipotong kasbon 50rb", then at the check screen "jd aq nerima 98.750": the cash in hand
 * that the screen already says, heard (a line to say so), not a second pay. null when that is not what she said.
 */
export function netHeard(state: ConvState, text: string, ctx: FlowContext): string | null {
  const d = (state.data as { v?: PaymentDraft }).v;
  if (state.flow !== 'payment' || !d?.amount || !d.cut) return null;
  const net = d.amount - d.cut - (d.otherCut ?? 0);
  const sums = readMessage(text, ctx.now).entries.flatMap((e) => ('amount' in e && e.amount ? [e.amount.amount] : []));
  const figures = (text.match(/\d[\d.,]*/g) ?? []).map((x) => parseMoney(x)?.rupiah);
  if (!(sums.length ? sums : figures).every((x) => x === net) || !(sums.length || figures.length)) return null;
  return ctx.t('netHeard', { gross: money(d.amount), cut: money(d.cut + (d.otherCut ?? 0)), net: money(net) });
}

export const paymentFlow: Flow = {
  name: 'payment',
  menu: { order: 30, label: (ctx) => ctx.t('menuPayment') },
  start: (ctx, args) =>
    // (Whom from, when she does not say, may be the one she named in the bubbles just before: bubblesEmployer.)
    !Object.hasOwn(ctx.facts, 'recentBubbles') && !(args?.preset as Partial<PaymentDraft> | undefined)?.employer
      ? need('recentBubbles')
      : startForm(paymentForm, ctx, args),
  step: (state, input, ctx) => stepForm(paymentForm, state, input, ctx),
};
