// The rate of an order she took before she was told it, given later:
// "upahnya 25rb per kodi", "ongkos sandal bu umi 2rb sepasang", "rate for the
// bags is 5k each" (read by rateStatement, src/flows/diary/rate-words.ts).
// With one order waiting for its rate (or one her words name), the rate goes
// there; with several, she is asked which (numbered). Then the order's own
// check screen for a change: the rate checked as a typed one (per which unit,
// too small or too large), shown against "belum diketahui", saved on her yes.
// UBAH on the order sets it the same way.
import { hasRate, type Ledger, type OrderRec } from '../../diary/ledger.ts';
import { parseChoice } from '../../parse/choice.ts';
import { fold } from '../../parse/text.ts';
import type { RateFact } from '../../read/entry.ts';
import { readMessage } from '../../read/reader.ts';
import type { ConvState, Flow, FlowContext, StepResult } from '../types.ts';
import { need, result } from '../types.ts';
import { matchEmployer } from './fields.ts';
import { startForm } from './form.ts';
import { baseUnit, orderForm } from './order.ts';
import { type RateSaid, rateStatement, saysRateWasOther } from './rate-words.ts';
import { employerName, numbered, orderLabel } from './show.ts';

/** Orders offered in the list: one screen, one digit each. */
const LIST_MAX = 9;

/** Her orders that have no rate yet, newest first. */
export function ratelessOrders(ledger: Ledger): OrderRec[] {
  return ledger.orders
    .filter((o) => !hasRate(o))
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.id - a.id);
}

/**
 * Of `orders`, those of the employer she names (none when she names another), and among those the ones of the
 * goods her words name (`notGoods`: her words that are no goods).
 */
function namedIn(
  orders: OrderRec[],
  said: Pick<RateSaid, 'employer' | 'product'>,
  ledger: Ledger,
  notGoods: (w: string) => boolean = () => false,
): { mine: OrderRec[]; goods: OrderRec[] } {
  let mine = orders;
  if (said.employer) {
    const m = matchEmployer(said.employer, ledger.employers);
    const e = m.exact ?? m.near;
    mine = e ? mine.filter((o) => o.employerId === e.id) : [];
  }
  const words = fold(said.product ?? '')
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !notGoods(w));
  const goods = mine.filter((o) => words.some((w) => fold(o.product).includes(w) || w.includes(fold(o.product))));
  return { mine, goods };
}

/**
 * The orders without a rate that a rate she gives may be for: those of the employer she names (none when
 * she names another), narrowed to the goods she names when any fit. Newest first.
 */
export function ordersForRate(said: Pick<RateSaid, 'employer' | 'product' | 'goodsOnly'>, ledger: Ledger): OrderRec[] {
  const rateless = ratelessOrders(ledger);
  if (!rateless.length) return [];
  const { mine, goods } = namedIn(rateless, said, ledger);
  // Goods that fit none of them ("bags" for "tas") decide nothing, unless only the goods make it a rate.
  return goods.length || said.goodsOnly ? goods : mine;
}

/**
 * The orders with a rate that a rate she says was other may be for ("opahe sandal sing senen jebule rong ewu"):
 * of the employer, goods and day she names, when any fit; newest first.
 */
export function ordersForRateChange(
  said: Pick<RateSaid, 'employer' | 'product' | 'day' | 'rate'>,
  ledger: Ledger,
): OrderRec[] {
  const rated = ledger.orders
    .filter((o) => hasRate(o))
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.id - a.id);
  // ("ternyata", "jebule": the words of finding out are not goods.)
  const { mine, goods } = namedIn(rated, said, ledger, saysRateWasOther);
  let fit = goods.length ? goods : mine;
  const onDay = fit.filter((o) => o.receivedOn === said.day);
  if (onDay.length) fit = onDay;
  // ("2rb sekodi": the orders counted or paid by the kodi, when some are.)
  const per = said.rate.per;
  const byUnit = per && per !== 'pcs' ? fit.filter((o) => o.unit === per || o.ratePer === per) : [];
  return byUnit.length ? byUnit : fit;
}

interface RateData {
  ids: number[];
  /** The orders already have a rate: she says it was other. */
  change?: boolean;
  rate: RateFact;
  perSaid: boolean;
  text: string;
  miss?: number;
}

/** The rate as she said it, for this order: per its goods' pair when she said "each" of sandals. */
function rateFor(o: OrderRec, data: RateData) {
  let per = data.perSaid ? data.rate.per : undefined;
  const base = baseUnit({
    product: o.product,
    qty: { count: o.quantityCount, unit: o.unit, pieces: o.quantityPieces },
  });
  if (per === 'pcs' && base === 'pasang' && !/biji|buah|pcs|potong|piece/i.test(data.text)) per = 'pasang';
  return { amount: data.rate.amount, per, count: data.rate.count, explicit: data.rate.explicit };
}

/** The order's check screen for the change, the rate set to what she said. */
function setRate(id: number, data: RateData, ctx: FlowContext): StepResult {
  const ledger = ctx.facts.diary!;
  const o = ledger.orders.find((x) => x.id === id);
  if (!o || (hasRate(o) && !data.change)) return result(null, [{ text: ctx.t('entryGone') }]);
  const head = ctx.t('rateForOrder', { order: orderLabel(o, ledger, ctx) });
  return startForm(orderForm, ctx, { edit: id, set: { rate: rateFor(o, data) }, head });
}

function askWhich(data: RateData, ledger: Ledger, ctx: FlowContext, before?: string): StepResult {
  const orders = data.ids.map((id) => ledger.orders.find((o) => o.id === id)!);
  const text = ctx.t('rateWhichOrder', { list: numbered(orders.map((o) => orderLabel(o, ledger, ctx, true))) });
  const state: ConvState = { flow: 'rate', step: 'pick', data: data as unknown as Record<string, unknown> };
  const options = [...orders.map((o, i) => ({ key: String(i + 1), label: orderLabel(o, ledger, ctx, true) }))];
  return result(state, [{ text: before ? `${before}\n${text}` : text, options }]);
}

export const rateFlow: Flow = {
  name: 'rate',
  start(ctx, args) {
    const ledger = ctx.facts.diary;
    if (!ledger) return need('diary');
    const ids = ((args?.ids as number[] | undefined) ?? []).slice(0, LIST_MAX);
    const data: RateData = {
      ids,
      rate: args!.rate as RateFact,
      perSaid: args?.perSaid === true,
      text: typeof args?.text === 'string' ? args.text : '',
      ...(args?.change === true ? { change: true } : {}),
    };
    if (!ids.length) return result(null, [{ text: ctx.t('entryGone') }]);
    if (ids.length === 1) return setRate(ids[0]!, data, ctx);
    return askWhich(data, ledger, ctx);
  },
  step(state, input, ctx) {
    const ledger = ctx.facts.diary;
    if (!ledger) return need('diary');
    const data = state.data as unknown as RateData;
    const ids = data.ids.filter((id) => ledger.orders.some((o) => o.id === id && (data.change || !hasRate(o))));
    if (!ids.length) return result(null, [{ text: ctx.t('entryGone') }]);
    const n = parseChoice(input.text);
    if (n === 0) return result(null, [{ text: ctx.t('rateLeft') }]);
    if (n !== null && n >= 1 && n <= data.ids.length) return setRate(data.ids[n - 1]!, data, ctx);
    // "yang sandal", "bu umi": the one her words name.
    const words = fold(input.text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3);
    const named = ids
      .map((id) => ledger.orders.find((o) => o.id === id)!)
      .filter((o) => {
        const hay = fold(`${o.product} ${employerName(ledger, o.employerId)}`);
        return words.some((w) => hay.includes(w));
      });
    if (named.length === 1) return setRate(named[0]!.id, data, ctx);
    // A second answer it cannot read: nothing changed, and she is free (never asked a third time).
    if (data.miss) return result(null, [{ text: ctx.t('rateLeft') }]);
    return askWhich({ ...data, miss: 1 }, ledger, ctx, ctx.t('chooseNumberOrZero', { max: data.ids.length }));
  },
};

/** A message that gives the rate of an order waiting for it (some order fits what it names). */
export function givesWaitingRate(text: string, ctx: FlowContext): boolean {
  const ledger = ctx.facts.diary;
  // Read only when an order waits for its rate: most messages are answers to the record in progress.
  if (!ledger || !ledger.orders.some((o) => !hasRate(o))) return false;
  const said = rateStatement(text, readMessage(text, ctx.now).entries, ctx.now);
  return said !== null && ordersForRate(said, ledger).length > 0;
}
