// A work order: from whom, what, how many, the rate, when received and due,
// whether there is a written agreement, whether materials came with it. The
// reply ends with a short order note she can forward to the employer as a
// written record of the agreed terms.
import { DIARY_BOUNDS } from '../../content/diary-bounds.ts';
import { usualGoods } from '../../content/products.ts';
import { rateRange } from '../../content/rate-ranges.ts';
import { showDay } from '../../core/time.ts';
import { hasRate, type OrderValues } from '../../diary/ledger.ts';
import { daysBetween } from '../../diary/period.ts';
import { piecesPer, worthOf } from '../../diary/rate.ts';
import { parseYesNo } from '../../parse/choice.ts';
import { parseDay } from '../../parse/date.ts';
import { findMoney, parseMoney } from '../../parse/money.ts';
import { fold } from '../../parse/text.ts';
import { parseQuantity, parseRate, type UnitCode } from '../../parse/units.ts';
import { readDayAnswer, readMessage } from '../../read/reader.ts';
import { type MessageForm, translator } from '../messages/index.ts';
import type { Flow, FlowContext, Reply } from '../types.ts';
import './effects.ts';
import {
  cleanName,
  dayField,
  type EmployerPick,
  employerField,
  isNewEmployer,
  isNone,
  ledgerOf,
  NAME_MAX,
  nameProblem,
  yesRetype,
} from './fields.ts';
import {
  type Check,
  DOES_NOT_KNOW,
  type Field,
  type Form,
  LATER_ON,
  type Parsed,
  SKIP,
  startForm,
  stepForm,
  WAITING,
} from './form.ts';
import { notTold } from './rate-words.ts';
import { sameAsBefore } from './same.ts';
import { money, piecesText, quantityText, rateText, shortDay, today, unitName } from './show.ts';
import { changedValues } from './values.ts';

export type OrderDraft = {
  employer?: EmployerPick;
  product?: string;
  qty?: { count: number; unit: UnitCode; pieces: number };
  /**
   * `amount` rupiah for `count` x `per` (1 unless she said "per 3 pasang"); `explicit`: written as money.
   * null: not known yet (she took the order before the middleman told her the rate); set later.
   */
  rate?: { amount: number; per?: UnitCode; count?: number; explicit?: boolean } | null;
  receivedOn?: string;
  dueOn?: string | null;
  /** null: not said (an order read from a message is not held up by these two questions). */
  written?: boolean | null;
  materials?: boolean | null;
  /** She said it is as before ("sama kayak kemarin", "regane podo"): what she left out comes from her last order. */
  same?: boolean;
};

/** Products counted in pairs: a bare rate for them is per pair. */
const PAIRED = /sandal|sendal|sandel|sepatu|selop|kaos kaki|kaus kaki|sarung tangan/i;

export function baseUnit(d: OrderDraft): UnitCode {
  return PAIRED.test(d.product ?? '') || d.qty?.unit === 'pasang' ? 'pasang' : 'pcs';
}

/** Checks a rate per piece against the plausible range of its product; "2" typed bare may mean Rp2.000. */
function rateAnswer(
  amount: number,
  per: UnitCode,
  explicit: boolean,
  ctx: FlowContext,
  count = 1,
  d: OrderDraft = {},
): Parsed<OrderDraft> {
  const range = rateRange(d.product);
  const min = Math.min(range.min, DIARY_BOUNDS.ratePerPiece.min);
  const max = range.max;
  const perPiece = amount / (piecesPer(per) * count);
  const set = { rate: { amount, per, count } };
  const shown = rateText(amount, per, ctx, count);
  const total = d.qty ? worthOf(d.qty.pieces, { rateAmount: amount, ratePer: per, rateCount: count }) : 0;
  // "14 ewu per sewu batang": quoted per hundreds or thousands, a few rupiah a piece is what she means.
  if (perPiece < min && !(count >= 100 && amount >= 1000 && perPiece >= 1)) {
    const thousand = amount * 1000;
    if (!explicit && thousand / (piecesPer(per) * count) <= max) {
      const meant = { rate: { amount: thousand, per, count } };
      return {
        ok: true,
        set,
        check: {
          question: ctx.t('moneyThousand', { typed: shown, meant: rateText(thousand, per, ctx, count) }),
          choices: [
            { label: rateText(thousand, per, ctx, count), set: meant },
            { label: ctx.t('yesExactly', { typed: shown }), set },
            { label: ctx.t('retype'), set: null },
          ],
        },
      };
    }
    return { ok: true, set, check: yesRetype(ctx, ctx.t('rateSmall', { rate: shown }), set) };
  }
  if (perPiece > max) {
    // "14rb" a stick for rokok, "Rp140 juta" in all: said in plain words, with the total. High for the goods but
    // within what any home work pays is flagged on the check screen; beyond that it is asked on its own.
    const q = total
      ? ctx.t('rateLargeTotal', { rate: shown, total: money(total) })
      : ctx.t('rateLarge', { rate: shown });
    const soft = perPiece <= rateRange(undefined).max && total <= DIARY_BOUNDS.orderTotal.max;
    return { ok: true, set, check: { ...yesRetype(ctx, q, set), soft } };
  }
  if (total > DIARY_BOUNDS.orderTotal.max) {
    return { ok: true, set, check: yesRetype(ctx, ctx.t('rateLargeTotal', { rate: shown, total: money(total) }), set) };
  }
  return { ok: true, set };
}

/** "4rb" for an order counted in kodi: per piece or per kodi? A bare "4" may also mean Rp4.000. */
function ratePerWhich(amount: number, explicit: boolean, d: OrderDraft, ctx: FlowContext): Parsed<OrderDraft> {
  const unit = d.qty?.unit ?? 'pcs';
  const base = baseUnit(d);
  const { min } = DIARY_BOUNDS.ratePerPiece;
  const { max } = rateRange(d.product);
  const amounts = explicit ? [amount] : [amount, amount * 1000];
  const all = amounts.flatMap((a) => [base, unit].map((per) => ({ amount: a, per, count: 1 })));
  const plausible = all.filter((r) => r.amount / piecesPer(r.per) >= min && r.amount / piecesPer(r.per) <= max);
  const readings = plausible.length ? plausible : all.slice(0, 2);
  const check: Check<OrderDraft> = {
    question: ctx.t('ratePerWhich', { amount: money(amount) }),
    choices: [
      ...readings.map((rate) => ({ label: rateText(rate.amount, rate.per, ctx), set: { rate } })),
      { label: ctx.t('retype'), set: null },
    ],
  };
  return { ok: true, set: {}, check };
}

function qtyReview(d: OrderDraft, ctx: FlowContext): Parsed<OrderDraft> | null {
  const q = d.qty;
  if (!q) return null;
  if (q.pieces <= 0 || !Number.isInteger(q.pieces)) return { ok: false, error: ctx.t('quantityPositive') };
  if (q.pieces > (rateRange(d.product).maxPieces ?? DIARY_BOUNDS.pieces.max)) {
    const set = { qty: q };
    const shown = quantityText(q.count, q.unit, q.pieces, ctx);
    return { ok: true, set, check: yesRetype(ctx, ctx.t('quantityLarge', { qty: shown }), set) };
  }
  return null;
}

/** In an order read from a message: what a value left out was on her last order from this employer. */
function fromLast<K extends keyof OrderDraft>(key: K, onlySaid: boolean) {
  return (d: OrderDraft, ctx: FlowContext): Partial<OrderDraft> | null => {
    if (onlySaid && !d.same) return null;
    const last = lastRate(d, ctx, key === 'rate');
    if (!last) return null;
    const all: OrderDraft = {
      product: last.product,
      qty: { count: last.quantityCount, unit: last.unit, pieces: last.quantityPieces },
      rate: hasRate(last)
        ? { amount: last.rateAmount, per: last.ratePer, count: last.rateCount, explicit: true }
        : undefined,
    };
    return all[key] === undefined ? null : ({ [key]: all[key] } as Partial<OrderDraft>);
  };
}

/** Her latest order from the employer of this draft (for the same goods when there is one); `rated`: with a rate. */
function lastRate(d: OrderDraft, ctx: FlowContext, rated = false) {
  const id = d.employer?.id;
  if (id === null || id === undefined) return null;
  const orders = ledgerOf(ctx)
    .orders.filter((o) => o.employerId === id && (!rated || hasRate(o)))
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.id - a.id);
  const same = d.product ? orders.find((o) => o.product.toLowerCase() === d.product!.toLowerCase()) : undefined;
  return same ?? orders[0] ?? null;
}

const yesNoField = (
  key: 'written' | 'materials',
  label: 'lblWritten' | 'lblMaterials',
  ask: 'askWritten' | 'askMaterials',
): Field<OrderDraft> => ({
  key,
  label,
  ask: (_d, ctx) => ctx.t(ask),
  parse(input, _d, ctx) {
    // "cuma di wa", "lewat WA", "ada nota": a message or a note is a written agreement; "bahan beli sendiri" is no.
    const said =
      key === 'written' &&
      /\b(wa|whatsapp|sms|nota|surat|chat|pesan)\b/.test(input.lower) &&
      !/^(ga|gak|tidak|ora|no)\b/.test(input.lower);
    const own =
      key === 'materials' && /\b(sendiri|dewe|dhewe|own|myself|sebagian|separo|sebagian beli)\b/.test(input.lower);
    const yn = said ? 'yes' : own ? 'no' : parseYesNo(input.text);
    if (!yn) return { ok: false, error: ctx.t('reply12') };
    return { ok: true, set: { [key]: yn === 'yes' } };
  },
  show: (d, ctx) => (d[key] === undefined ? null : d[key] === null ? ctx.t('notSaid') : ctx.t(d[key] ? 'yes' : 'no')),
  // Women leave these open when asked (they do not expect them, from the menu or in one message):
  // stored as "not said", shown on the check screen to change.
  assume: () => ({ [key]: null }) as Partial<OrderDraft>,
  always: true,
});

const fields: Field<OrderDraft>[] = [
  employerField<OrderDraft>('employer', 'lblFrom', 'askEmployerFirst', 'askEmployer', { inferSingle: false }),
  {
    key: 'product',
    label: 'lblProduct',
    ask: (_d, ctx) => ctx.t('askOrderProduct'),
    parse(input, _d, ctx) {
      const problem = nameProblem(input.text);
      if (problem === 'long') return { ok: false, error: ctx.t('productTooLong', { max: NAME_MAX }) };
      const name = cleanName(input.text);
      if (!name || parseQuantity(input.text) || parseMoney(input.text))
        return { ok: false, error: ctx.t('badProduct') };
      return { ok: true, set: { product: name } };
    },
    review(d, ctx) {
      if (nameProblem(d.product ?? '') === 'long')
        return { ok: false, error: ctx.t('productTooLong', { max: NAME_MAX }) };
      return null;
    },
    show: (d) => d.product ?? null,
    // "ambil garapan dr bu endang 4 kodi": the goods of her last order from her (or from anyone), else of
    // her main work; shown on the check screen, where she can change them.
    // Only with figures said: "oleh garapan soko bu umi" alone is followed by the goods, so they are asked.
    assume: (d, ctx) =>
      !d.qty && !d.rate
        ? null
        : (fromLast('product', false)(d, ctx) ??
          (() => {
            const any = [...ledgerOf(ctx).orders].sort(
              (a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.id - a.id,
            )[0];
            const goods = any?.product ?? usualGoods(ctx.worker.product, ctx.worker.productOther);
            return goods ? { product: goods } : null;
          })()),
  },
  {
    key: 'qty',
    label: 'lblQuantity',
    ask: (_d, ctx) => ctx.t('askQuantity'),
    parse(input, d, ctx) {
      const q = parseQuantity(input.text) ?? parseQuantity(input.lower);
      if (!q) return { ok: false, error: ctx.t('badQuantity') };
      if (q.pieces <= 0 || !Number.isInteger(q.pieces)) return { ok: false, error: ctx.t('quantityPositive') };
      const set = { qty: { count: q.count, unit: q.unit, pieces: q.pieces } };
      // (Against the bound of its goods, as a count read from a message is: 12.000 sticks of rokok are ordinary.)
      return qtyReview({ ...d, ...set }, ctx) ?? { ok: true, set };
    },
    review: (d, ctx) => qtyReview(d, ctx),
    show: (d, ctx) => (d.qty ? quantityText(d.qty.count, d.qty.unit, d.qty.pieces, ctx) : null),
    assume: fromLast('qty', true),
  },
  {
    key: 'rate',
    label: 'lblRate',
    ask: (d, ctx) => ctx.t('askRate', { unit: unitName(baseUnit(d), ctx) }),
    parse(input, d, ctx): Parsed<OrderDraft> {
      // "belum dikasih tau", "durung", "nanti dikabari", "skip": kept without a rate, given later.
      if (answersRateUnknown(input.text)) return { ok: true, set: { rate: null } };
      // "sama kayak biasa", "podo koyo wingi", "same as last time": the rate of her last order from this employer.
      if (sameAsBefore(input.lower)) {
        const last = lastRate(d, ctx, true);
        if (!last || !hasRate(last)) return { ok: false, error: ctx.t('badRate') };
        return rateAnswer(last.rateAmount, last.ratePer, true, ctx, last.rateCount, d);
      }
      // "5k each", "2rb sijine": per piece.
      const each = /^(.*?)\s*(?:each|apiece|a piece|per piece|per pcs|sebiji|sijine|sewiji|satunya)\s*[.!]?$/i.exec(
        input.text.trim(),
      );
      const one = each ? parseMoney(each[1]!) : null;
      if (one && one.rupiah > 0) return rateAnswer(one.rupiah, baseUnit(d), one.explicit, ctx, 1, d);
      // "sepuluh ewu telung pasang", "patbelas ewu sak ewu batang": a sum with what it is for, read whole first.
      const whole = /\d|[a-z]/.test(input.lower) ? readMessage(`order ${input.text}`, ctx.now).entries[0] : undefined;
      if (whole?.kind === 'order' && whole.rate?.per && whole.rate.amount > 0 && (whole.rate.count ?? 1) > 1)
        return rateAnswer(whole.rate.amount, whole.rate.per, whole.rate.explicit, ctx, whole.rate.count, d);
      // ("10rb telung pasang" to "Berapa upahnya?": the sum for three pairs.)
      if (
        whole?.kind === 'order' &&
        whole.rate?.per &&
        whole.qty &&
        whole.qty.unit === whole.rate.per &&
        whole.qty.count > 1 &&
        Number.isInteger(whole.qty.count) &&
        !/\b(per|tiap|saben|sak|se[a-z]+|each|\/)\b/.test(
          input.lower.replace(/\b(sepuluh|sebelas|seratus|seribu|sewu|setengah|seket|selawe)\b/g, ''),
        )
      )
        return rateAnswer(whole.rate.amount, whole.rate.per, whole.rate.explicit, ctx, whole.qty.count, d);
      const bare = parseMoney(input.text) ?? parseMoney(input.lower);
      if (bare) {
        if (bare.rupiah <= 0) return { ok: false, error: ctx.t('moneyPositive') };
        const unit = d.qty?.unit ?? 'pcs';
        if (piecesPer(unit) === 1)
          return rateAnswer(bare.rupiah, unit === 'pcs' ? baseUnit(d) : unit, bare.explicit, ctx, 1, d);
        return ratePerWhich(bare.rupiah, bare.explicit, d, ctx);
      }
      // "upahe 2rb sepasang", "14rb per seribu batang", "10rb per 3 pasang": read as in a whole message.
      const said = readMessage(`order ${input.text}`, ctx.now).entries[0];
      if (said?.kind === 'order' && said.rate?.per && said.rate.amount > 0 && !said.qty) {
        return rateAnswer(said.rate.amount, said.rate.per, said.rate.explicit, ctx, said.rate.count, d);
      }
      const r = parseRate(input.text) ?? parseRate(input.lower);
      if (!r) return { ok: false, error: ctx.t('badRate') };
      if (r.rupiah <= 0) return { ok: false, error: ctx.t('moneyPositive') };
      const explicit = findMoney(input.text)?.explicit ?? true;
      const per =
        r.per === 'pcs' && baseUnit(d) === 'pasang' && !/biji|buah|pcs|potong/i.test(input.text) ? 'pasang' : r.per;
      return rateAnswer(r.rupiah, per, explicit, ctx, r.count, d);
    },
    review(d, ctx) {
      const r = d.rate;
      if (!r) return null;
      if (r.amount <= 0) return { ok: false, error: ctx.t('moneyPositive') };
      if (!r.per) {
        const unit = d.qty?.unit ?? 'pcs';
        if (piecesPer(unit) === 1)
          return rateAnswer(r.amount, unit === 'pcs' ? baseUnit(d) : unit, r.explicit ?? true, ctx, 1, d);
        return ratePerWhich(r.amount, r.explicit ?? true, d, ctx);
      }
      return rateAnswer(r.amount, r.per, r.explicit ?? true, ctx, r.count ?? 1, d);
    },
    assume: fromLast('rate', true),
    // "lewati", and "lupa" after she looked for it: not known yet, shown on the check screen, given later.
    skipped: () => ({ rate: null }),
    unknown: () => ({ rate: null }),
    show(d, ctx) {
      if (d.rate === null) return ctx.t('rateUnknown');
      if (!d.rate?.per) return null;
      const rate = rateText(d.rate.amount, d.rate.per, ctx, d.rate.count ?? 1);
      if (!d.qty) return rate;
      const total = worthOf(d.qty.pieces, rateOf(d));
      return ctx.t('rateWithTotal', { rate, total: money(total) });
    },
  },
  dayField<OrderDraft>('receivedOn', 'lblReceived', 'askReceived', { always: true }),
  {
    key: 'dueOn',
    label: 'lblDue',
    ask: (_d, ctx) => ctx.t('askDue'),
    parse(input, d, ctx) {
      if (isNone(input)) return { ok: true, set: { dueOn: null } };
      const due = parseDay(input.text, ctx.now, { direction: 'future' }) ?? readDue(input.text, ctx.now);
      if (!due) return { ok: false, error: ctx.t('badDay') };
      return dueReview({ ...d, dueOn: due }, ctx) ?? { ok: true, set: { dueOn: due } };
    },
    review: (d, ctx) => dueReview(d, ctx),
    show: (d, ctx) => (d.dueOn === undefined ? null : d.dueOn === null ? ctx.t('noDue') : shortDay(d.dueOn, ctx)),
    assume: () => ({ dueOn: null }),
    always: true,
  },
  yesNoField('written', 'lblWritten', 'askWritten'),
  yesNoField('materials', 'lblMaterials', 'askMaterials'),
];

function dueReview(d: OrderDraft, ctx: FlowContext): Parsed<OrderDraft> | null {
  const due = d.dueOn;
  if (!due) return null;
  const from = d.receivedOn ?? today(ctx);
  if (due < from) return { ok: false, error: ctx.t('dueBeforeReceived') };
  if (daysBetween(from, due) > DIARY_BOUNDS.daysBack) {
    const set = { dueOn: due };
    return { ok: true, set, check: yesRetype(ctx, ctx.t('dayFarAhead', { day: showDay(due) }), set) };
  }
  return null;
}

/** A deadline in the lexicon's words ("jumat ngarep", "sesuk"). */
function readDue(text: string, now: Date): string | null {
  return readDayAnswer(text, now)?.day ?? null;
}

function rateOf(d: OrderDraft): { rateAmount: number; ratePer: UnitCode; rateCount: number } {
  return { rateAmount: d.rate!.amount, ratePer: d.rate!.per!, rateCount: d.rate!.count ?? 1 };
}

function values(d: OrderDraft): OrderValues {
  // A rate not known yet is stored empty (its count stays 1), to be set when she is told it.
  const known = d.rate ?? null;
  return {
    employer_id: d.employer!.id ?? 0,
    product: d.product!,
    unit: d.qty!.unit,
    quantity_count: d.qty!.count,
    quantity_pieces: d.qty!.pieces,
    rate_amount: known ? known.amount : null,
    rate_per: known ? known.per! : null,
    rate_count: known ? (known.count ?? 1) : 1,
    received_on: d.receivedOn!,
    due_on: d.dueOn ?? null,
    written_agreement: d.written ?? null,
    materials_from_employer: d.materials ?? null,
  };
}

/** The note to forward to the employer: always in Indonesian, the language they share. */
export function orderNote(d: OrderDraft, form: MessageForm = 'full'): string {
  const t = translator('id', form);
  const fake = { lang: 'id', t } as unknown as FlowContext;
  // A rate not known yet is said so, with no total: the note asks for it.
  const known = d.rate ? rateOf(d) : null;
  return t('orderNote', {
    employer: d.employer!.name,
    product: d.product!,
    qty: quantityText(d.qty!.count, d.qty!.unit, d.qty!.pieces, fake),
    rate: known ? rateText(known.rateAmount, known.ratePer, fake, known.rateCount) : t('rateUnknown'),
    total: known ? money(worthOf(d.qty!.pieces, known)) : null,
    received: showDay(d.receivedOn!),
    due: d.dueOn ? showDay(d.dueOn) : null,
    materials: d.materials ?? null,
  });
}

/** The same order as one quick message, to teach the short form. */
function quickForm(d: OrderDraft, ctx: FlowContext): string {
  const amount = d.rate!.amount;
  const short = amount % 1000 === 0 ? `${amount / 1000}rb` : String(amount);
  const count = String(d.qty!.count).replace('.', ',');
  return `order ${count} ${unitName(d.qty!.unit, ctx)} ${d.product} ${short}/${unitName(d.rate!.per!, ctx)} dari ${d.employer!.name}`;
}

/** How she gives the rate later, for an order of these goods ("upahnya 2rb/pasang"). */
export function rateLaterExample(product: string, unit: UnitCode, ctx: FlowContext): string {
  return ctx.t('rateLaterExample', { unit: unitName(baseUnit({ product, qty: { count: 1, unit, pieces: 1 } }), ctx) });
}

/** Her words that say she does not know the rate yet, as the answer to "Berapa upahnya?" (no figure in it). */
export function answersRateUnknown(text: string): boolean {
  if (/\d/.test(text)) return false;
  const t = fold(text).trim();
  // "durung dikandani, ngko tak takon sek": not told, whatever else she says.
  if (notTold(t)) return true;
  // "sek lupa brp", "bentar tak delok bukune": she will look it up; asked once more (see stepForm).
  if (WAITING.test(t)) return false;
  return NOT_YET.test(t) || DOES_NOT_KNOW.test(t) || SKIP.test(t) || LATER_ON.test(t);
}

/** "belum", "durung", "nanti", "not yet", "later", "-": the whole answer says not yet. */
const NOT_YET =
  /^(?:belum|blm|blom|belom|blum|durung|drg|durng|dereng|nanti|ntar|ngko|engko|mengko|mangke|not yet|later|skip|entah|tbd|unknown|-)(?:[\s,.!]+(?:ya|yo|mbak|mba|bu|min|kak|dulu|sek|sik|deh|dong|aja|ae|wae|saja|kok|ik|lho|loh|sih))*[\s.!?]*$/;

export const orderForm: Form<OrderDraft> = {
  flow: 'order',
  needs: ['diary'],
  fields,
  title: (_d, ctx) => ctx.t('orderTitle'),
  save(d, ctx, mode) {
    const v = values(d);
    const replies: Reply[] = [];
    if (v.rate_amount === null || v.rate_per === null) {
      // Kept without a rate: how to give it when she is told, and the note that asks the employer for it.
      replies.push(
        {
          text: ctx.t('orderSavedNoRate', {
            employer: d.employer!.name,
            example: rateLaterExample(d.product!, d.qty!.unit, ctx),
          }),
        },
        { text: orderNote(d, ctx.t.form) },
      );
    } else {
      const total = worthOf(v.quantity_pieces, {
        rateAmount: v.rate_amount,
        ratePer: v.rate_per,
        rateCount: v.rate_count,
      });
      replies.push(
        { text: ctx.t('orderSaved', { employer: d.employer!.name, total: money(total) }) },
        { text: orderNote(d, ctx.t.form) },
      );
      if (mode === 'new') replies.push({ text: ctx.t('tipQuick', { example: quickForm(d, ctx) }) });
    }
    return {
      effects: [
        { type: 'createOrder', values: v, newEmployerName: isNewEmployer(d.employer!) ? d.employer!.name : undefined },
      ],
      replies,
    };
  },
  load(id, ctx) {
    const o = ledgerOf(ctx).orders.find((x) => x.id === id);
    if (!o) return null;
    const e = ledgerOf(ctx).employers.find((x) => x.id === o.employerId);
    return {
      employer: { id: o.employerId, name: e?.name ?? '?' },
      product: o.product,
      qty: { count: o.quantityCount, unit: o.unit, pieces: o.quantityPieces },
      rate: hasRate(o) ? { amount: o.rateAmount, per: o.ratePer, count: o.rateCount } : null,
      receivedOn: o.receivedOn,
      dueOn: o.dueOn,
      written: o.writtenAgreement ?? null,
      materials: o.materialsFromEmployer ?? null,
    };
  },
  update(orig, d, id, ctx) {
    const changes = changedValues(values(orig), values(d));
    const replies: Reply[] = [{ text: ctx.t('corrected') }];
    // The rate she was told at last: what the work she handed in is worth now.
    const handedIn = orig.rate === null && d.rate ? handedInWorth(id, d, ctx) : null;
    if (handedIn) replies[0] = { text: ctx.t('rateSet', handedIn) };
    replies.push({ text: orderNote(d, ctx.t.form) });
    return {
      effects: [
        {
          type: 'correctEntry',
          entity: 'order',
          id,
          changes,
          newEmployerName: isNewEmployer(d.employer!) ? d.employer!.name : undefined,
        },
      ],
      replies,
    };
  },
};

/** The pieces of this order she has handed in (accepted) and their worth at the draft's rate; null when none. */
function handedInWorth(id: number, d: OrderDraft, ctx: FlowContext): { pieces: string; value: string } | null {
  const accepted = ledgerOf(ctx)
    .handins.filter((h) => h.orderId === id)
    .reduce((a, h) => a + Math.max(0, h.deliveredPieces - h.rejectedPieces), 0);
  if (!accepted || !d.rate) return null;
  return { pieces: piecesText(accepted, d.qty!.unit, ctx), value: money(worthOf(accepted, rateOf(d))) };
}

/** "Bu Yati", "pak slamet", "Mbak Rini": how people name whom the work is from, without "dari". */
export const orderFlow: Flow = {
  name: 'order',
  menu: { order: 10, label: (ctx) => ctx.t('menuOrder') },
  start: (ctx, args) => startForm(orderForm, ctx, args),
  step: (state, input, ctx) => stepForm(orderForm, state, input, ctx),
};
