// Several entries from one message ("kerja 3 jam masker, 4 jam bungkus
// kerupuk"; "setor 2 kodi, dibayar 50rb"): each goes through its own form
// (questions for what is missing, checks of what looks wrong), then all are
// shown on one check screen and saved together, or changed one by one.
import { costRec, handinRec, hoursRec, type Ledger, orderRec, paymentRec } from '../../diary/ledger.ts';
import { parseChoice, parseYesNo } from '../../parse/choice.ts';
import { parseMoney } from '../../parse/money.ts';
import { fold } from '../../parse/text.ts';
import { parseQuantity } from '../../parse/units.ts';
import type { Entry } from '../../read/entry.ts';
import { daySaidIn } from '../../read/reader.ts';
import { inputOf } from '../input.ts';
import type { ConvState, Effect, Flow, FlowContext, Input, Reply, StepResult } from '../types.ts';
import { need, result } from '../types.ts';
import { costForm } from './cost.ts';
import { type EntryStart, entryStart } from './entries.ts';
import { type Draft, type Form, formLines, isCorrection, namesLineOf, resumeAt, startForm, stepForm } from './form.ts';
import { handinForm } from './handin.ts';
import { hoursForm } from './hours.ts';
import { orderForm } from './order.ts';
import { paymentForm } from './payment.ts';

const FORMS: Record<EntryStart['flow'], Form<any>> = {
  order: orderForm,
  handin: handinForm,
  payment: paymentForm,
  hours: hoursForm,
  cost: costForm,
};

interface Done {
  flow: EntryStart['flow'];
  /** The form's state at its end (its draft in `v`). */
  data: Record<string, unknown>;
}

interface BatchData {
  entries: Entry[];
  done: Done[];
  /** The form in progress for entries[done.length], while it asks. */
  inner?: ConvState;
  /** Changing one entry after the check screen: its index. */
  fixing?: number;
  /** Her answers about who helped, given once for the first day: the same question for the next day takes them. */
  said?: { step: string; text: string }[];
}

/** Questions whose answer holds for every day of one message ("my grandma helped her both days"). */
const SAME_FOR_ALL = new Set(['hours:ask:helpers', 'hours:ask:child']);

/** The item's question answered already for an earlier item: answered the same way, again as long as it asks. */
function answeredBefore(r: StepResult, data: BatchData, form: Form<any>, icx: FlowContext): StepResult {
  let out = r;
  for (let k = 0; k < 3 && out.state && !out.needs; k++) {
    const key = `${out.state.flow}:${out.state.step}`;
    const said = SAME_FOR_ALL.has(key) ? data.said?.find((x) => x.step === key) : undefined;
    if (!said) break;
    const next = stepForm(form, out.state, inputOf(said.text), icx);
    if (next.needs || !next.state || `${next.state.flow}:${next.state.step}` === key) break;
    out = next;
  }
  return out;
}

const st = (step: string, data: BatchData): ConvState => ({
  flow: 'batch',
  step,
  data: data as unknown as Record<string, unknown>,
});

/** Her diary as it will be once the entries before were saved (new employers, pay, hours): later entries see them. */
function ledgerAfter(ledger: Ledger, done: Done[], ctx: FlowContext): Ledger {
  let l = ledger;
  let next = -1;
  for (const d of done) {
    const saved = FORMS[d.flow].save(
      (d.data as { v: Draft }).v,
      { ...ctx, facts: { ...ctx.facts, diary: l } },
      'quick',
    );
    l = applyToLedger(l, saved.effects, () => next--);
  }
  return l;
}

/**
 * New rows in memory only, with negative ids, so an entry's reply counts the entries saved before it (a payment
 * after a hand-in of the same message, a hand-in to the order told before it). A new order's id is kept on its
 * effect (`ref`), so the hand-in's reference is resolved when both are written.
 */
function applyToLedger(l: Ledger, effects: Effect[], id: () => number): Ledger {
  let out = l;
  const employer = (name: string | undefined, given: number): number => {
    if (!name) return given;
    const have = out.employers.find((e) => e.name === name);
    if (have) return have.id;
    const e = { id: id(), name };
    out = { ...out, employers: [...out.employers, e] };
    return e.id;
  };
  for (const e of effects) {
    if (e.type === 'createOrder') {
      const employerId = employer(e.newEmployerName, e.values.employer_id);
      e.ref = id();
      out = { ...out, orders: [...out.orders, orderRec(e.ref, employerId, e.values)] };
    }
    if (e.type === 'createPayment') {
      const employerId = employer(e.newEmployerName, e.values.employer_id);
      out = { ...out, payments: [...out.payments, paymentRec(id(), employerId, e.values)] };
    }
    if (e.type === 'createHandin') out = { ...out, handins: [...out.handins, handinRec(id(), e.values)] };
    if (e.type === 'createHours') out = { ...out, hours: [...out.hours, hoursRec(id(), e.values)] };
    if (e.type === 'createCost') out = { ...out, costs: [...out.costs, costRec(id(), e.values)] };
  }
  return out;
}

function withLedger(ctx: FlowContext, data: BatchData, upTo: number): FlowContext {
  const l = ctx.facts.diary!;
  return { ...ctx, facts: { ...ctx.facts, diary: ledgerAfter(l, data.done.slice(0, upTo), ctx) } };
}

/** "(2/3) " before a question about the second of three entries. */
function numbered(replies: Reply[], i: number, n: number): Reply[] {
  if (!replies.length) return replies;
  const [first, ...rest] = replies;
  return [{ ...first!, text: `(${i + 1}/${n}) ${first!.text}` }, ...rest];
}

/**
 * "setor 2 kodi, dibayar 76rb": pay said right after a hand-in, with no name, is from the employer of the
 * order handed in to; not asked again.
 */
function withEmployerOfHandin(e: Entry, done: Done[], ctx: FlowContext): Entry {
  if ((e.kind !== 'payment' && e.kind !== 'kasbon') || e.employer) return e;
  const last = done[done.length - 1];
  if (last?.flow !== 'handin') return e;
  const orderId = (last.data as { v?: { order?: number } }).v?.order;
  const ledger = ctx.facts.diary;
  const order = ledger?.orders.find((o) => o.id === orderId);
  const name = order && ledger?.employers.find((x) => x.id === order.employerId)?.name;
  return name ? { ...e, employer: name } : e;
}

/**
 * "ambil 5 kodi dari bu umi 6rb sekodi, wis tak setor 2 kodi": a hand-in right after a new order of the same
 * message, naming no other employer or product, is a hand-in to that order.
 */
function toNewOrder(start: EntryStart, e: Entry, done: Done[], ctx: FlowContext): EntryStart {
  if (start.flow !== 'handin' || done.at(-1)?.flow !== 'order') return start;
  const ledger = ctx.facts.diary!;
  const order = ledger.orders.filter((o) => o.id < 0).at(-1);
  if (!order) return start;
  const employer = ledger.employers.find((x) => x.id === order.employerId)?.name ?? '';
  const said = e.employer ? fold(e.employer) : '';
  if (said && !fold(employer).includes(said) && !said.includes(fold(employer))) return start;
  const product = 'product' in e ? e.product : undefined;
  if (product && !fold(order.product).includes(fold(product))) return start;
  const preset = { ...((start.args?.preset as Record<string, unknown>) ?? {}), order: order.id };
  return { ...start, args: { ...start.args, preset } };
}

/** Runs forms from the current entry on until one asks something, or all are done. */
function proceed(data: BatchData, ctx: FlowContext, before: Reply[] = []): StepResult {
  const replies = [...before];
  while (data.done.length < data.entries.length) {
    const i = data.done.length;
    const icx = withLedger(ctx, data, i);
    const e = withEmployerOfHandin(data.entries[i]!, data.done, icx);
    const start = toNewOrder(entryStart(e, icx), e, data.done, icx);
    // A hand-in with no order at all to hand in to (none before, none in this message): said, and the rest go on.
    if (start.flow === 'handin' && icx.facts.diary && !icx.facts.diary.orders.length) {
      replies.push({ text: ctx.t('noOrdersYet') });
      data = { ...data, entries: data.entries.filter((_, k) => k !== i) };
      continue;
    }
    const from =
      start.flow === 'handin'
        ? (start.args as { preset?: { noOrderFrom?: { employer: string; what: string } } }).preset?.noOrderFrom
        : undefined;
    if (from) {
      replies.push({ text: ctx.t('noOrderFrom', from) });
      data = { ...data, entries: data.entries.filter((_, k) => k !== i) };
      continue;
    }
    const r = answeredBefore(
      startForm(FORMS[start.flow], icx, { ...start.args, batch: true }),
      data,
      FORMS[start.flow],
      icx,
    );
    if (r.needs) return r;
    if (r.state && (r.state.step === 'done' || r.state.step === 'confirm')) {
      data = { ...data, done: [...data.done, { flow: start.flow, data: r.state.data }] };
      continue;
    }
    if (!r.state) {
      // The entry cannot be taken (no order yet to hand in to): say so and go on with the others.
      replies.push(...r.replies);
      data = { ...data, entries: data.entries.filter((_, k) => k !== i) };
      continue;
    }
    return result(st('item', { ...data, inner: r.state }), [
      ...replies,
      ...numbered(r.replies, i, data.entries.length),
    ]);
  }
  if (!data.done.length) return result(null, replies);
  if (data.done.length === 1) {
    // One entry left: its own check screen.
    const d = data.done[0]!;
    const form = FORMS[d.flow];
    const r = startForm(form, ctx, { preset: (d.data as { v: Draft }).v });
    return { ...r, replies: [...replies, ...r.replies] };
  }
  return confirm({ ...data, inner: undefined, fixing: undefined }, ctx, replies);
}

function itemLines(data: BatchData, ctx: FlowContext): string[] {
  return data.done.map((d, i) => {
    const form = FORMS[d.flow];
    const v = (d.data as { v: Draft }).v;
    const icx = withLedger(ctx, data, i);
    return `${i + 1}) ${itemName(d, ctx)}\n${formLines(form, v, icx).join('\n')}`;
  });
}

function confirm(data: BatchData, ctx: FlowContext, before: Reply[] = []): StepResult {
  // What she has not said yet, invited once under all the entries ("Ada yang bantu?").
  const invites = new Set(
    data.done.map((d, i) => FORMS[d.flow].invite?.((d.data as { v: Draft }).v, withLedger(ctx, data, i)) ?? null),
  );
  invites.delete(null);
  const lines = [...itemLines(data, ctx), ...invites].join('\n');
  const text = ctx.t('batchConfirm', { n: data.done.length, lines });
  const options = [
    { key: '1', label: ctx.t('optSaveAll') },
    { key: '2', label: ctx.t('optChange') },
  ];
  return result(st('confirm', data), [...before, { text, options }]);
}

function save(data: BatchData, ctx: FlowContext): StepResult {
  const effects: Effect[] = [];
  const replies: Reply[] = [];
  // As ledgerAfter: each entry sees the ones before it, with the same negative ids.
  let l = ctx.facts.diary!;
  let next = -1;
  for (const d of data.done) {
    const icx = { ...ctx, facts: { ...ctx.facts, diary: l } };
    const saved = FORMS[d.flow].save((d.data as { v: Draft }).v, icx, 'quick');
    effects.push(...saved.effects);
    replies.push(...saved.replies);
    l = applyToLedger(l, saved.effects, () => next--);
  }
  return result(null, [{ text: ctx.t('batchSaved', { n: data.done.length }) }, ...replies], effects);
}

export const batchFlow: Flow = {
  name: 'batch',
  start(ctx, args) {
    const entries = (args?.entries ?? []) as Entry[];
    if (!ctx.facts.diary) return need('diary');
    const note = typeof args?.note === 'string' ? [{ text: args.note }] : [];
    return proceed({ entries, done: [] }, ctx, note);
  },
  step(state, input, ctx) {
    if (!ctx.facts.diary) return need('diary');
    let data = state.data as unknown as BatchData;
    if (state.step === 'item' && data.inner) {
      const i = data.fixing ?? data.done.length;
      const flow = data.inner.flow as EntryStart['flow'];
      const icx = withLedger(ctx, data, i);
      const r = stepForm(FORMS[flow], data.inner, input, icx);
      if (r.needs) return r;
      const key = `${data.inner.flow}:${data.inner.step}`;
      if (SAME_FOR_ALL.has(key) && data.fixing === undefined) {
        data = { ...data, said: [...(data.said ?? []).filter((x) => x.step !== key), { step: key, text: input.text }] };
      }
      if (r.state && (r.state.step === 'done' || r.state.step === 'confirm')) {
        const item = { flow, data: r.state.data };
        if (data.fixing !== undefined) {
          const done = data.done.map((d, k) => (k === data.fixing ? item : d));
          return confirm({ ...data, done, inner: undefined, fixing: undefined }, ctx);
        }
        return proceed({ ...data, done: [...data.done, item], inner: undefined }, ctx);
      }
      if (!r.state) return r;
      const n = data.entries.length;
      const replies = data.fixing !== undefined ? r.replies : numbered(r.replies, i, n);
      return { ...r, state: st('item', { ...data, inner: r.state }), replies };
    }
    if (state.step === 'confirm') {
      // "eh lem e ora sido tuku, kain wae": one of them taken back, the rest kept.
      const dropped = droppedAtCheck(data, input);
      if (dropped) return confirm(dropped, ctx);
      // "eh benang sm jarumnya 28rb bkn 18rb": a figure put right on the entry it belongs to.
      const corrected = isCorrection(input.text) ? correctedAtCheck(data, input, ctx) : null;
      if (corrected) return confirm(corrected, ctx);
      // "0", "dewe", "dibantu suami" under lines not said yet: every entry whose line it is takes it.
      const filled = filledAtCheck(data, input, ctx);
      if (filled) return confirm(filled, ctx);
      const yn = parseYesNo(input.text);
      if (yn === 'yes') return save(data, ctx);
      if (yn === 'no') return fixList(data, ctx);
      return confirm(data, ctx, [{ text: ctx.t('replyYesOrChange') }]);
    }
    if (state.step === 'fix') {
      // ("ya" to which one to change: all is as it should be after all.)
      if (parseChoice(input.text) === null && parseYesNo(input.text) === 'yes') return save(data, ctx);
      const n = parseChoice(input.text);
      if (n === 0) return confirm(data, ctx);
      const chosen = n !== null ? data.done[n - 1] : undefined;
      if (!chosen || n === null) return fixList(data, ctx, ctx.t('chooseNumberOrZero', { max: data.done.length }));
      const inner: ConvState = { flow: chosen.flow, step: 'fix', data: chosen.data };
      const r = stepForm(FORMS[chosen.flow], { ...inner, step: 'confirm' }, noInput, withLedger(ctx, data, n - 1));
      return { ...r, state: r.state ? st('item', { ...data, inner: r.state, fixing: n - 1 }) : null };
    }
    return proceed(data, ctx);
  },
};

/** The entries with a line not said yet that her message says (Field.atCheck), or null when it says none. */
function filledAtCheck(data: BatchData, input: Input, ctx: FlowContext): BatchData | null {
  let changed = false;
  const done = data.done.map((d, i) => {
    const form = FORMS[d.flow];
    const icx = withLedger(ctx, data, i);
    let v = (d.data as { v: Draft }).v;
    for (const f of form.fields) {
      if (f.applies && !f.applies(v, icx)) continue;
      const r = f.atCheck?.(input, v, icx);
      if (!r?.ok || r.check) continue;
      v = { ...v, ...r.set };
      // A value that depends on it and is not said is shown as not said, not asked.
      for (const k of f.clears ?? [])
        if (v[k] === undefined) v = { ...v, ...form.fields.find((x) => x.key === k)?.assume?.(v, icx) };
      changed = true;
    }
    return v === (d.data as { v: Draft }).v ? d : { ...d, data: { ...d.data, v } };
  });
  return changed ? { ...data, done } : null;
}

/** Words that name the kind of an entry, for a correction that says which one it changes. */
const KIND_WORDS: [RegExp, EntryStart['flow']][] = [
  [/\b(beli|tuku|tumbas|biaya|ongkos|bensin|benang|jarum|lem|plastik|token|listrik|bought|cost)\b/, 'cost'],
  [/\b(bayar\w*|dibayar\w*|opah\w*|upahe|paid|pay|kasbon\w*|bon|potong\w*|dipotong)\b/, 'payment'],
  [/\b(setor\w*|nyetor\w*|disetor\w*|ditolak|rusak|reject|handed)\b/, 'handin'],
  [/\b(jam|hours?)\b/, 'hours'],
  [/\b(order|ambil|garapan|dapat|dapet|oleh)\b/, 'order'],
];

/**
 * A correction at the check screen of several entries, put right on the one it belongs to: the entry that shows
 * the old figure she names ("28rb bkn 18rb"), else the one whose kind she names, else the only one it fits.
 */
function correctedAtCheck(data: BatchData, input: Input, ctx: FlowContext): BatchData | null {
  const fits = data.done.flatMap((d, i) => {
    const form = FORMS[d.flow];
    const icx = withLedger(ctx, data, i);
    const r = stepForm(form, { flow: d.flow, step: 'confirm', data: d.data }, input, icx);
    if (r.needs || r.effects.length || r.state?.flow !== d.flow || !['done', 'confirm'].includes(r.state.step))
      return [];
    const before = (d.data as { v: Draft }).v;
    const after = (r.state.data as { v: Draft }).v;
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ i, item: { flow: d.flow, data: r.state.data }, shown: formLines(form, before, icx).join(' ') }];
  });
  if (fits.length <= 1) return fits.length ? replaced(data, fits[0]!) : null;
  const t = fold(input.text);
  const old = /\b(?:bukan|bkn|dudu|sanes|not|instead of)\s+(\d+(?:[.,]\d+)*\s*(?:rb|ribu|ewu|k|jt|juta)?)/.exec(t)?.[1];
  const oldSum = old ? parseMoney(old)?.rupiah : undefined;
  const showing = oldSum
    ? fits.filter((f) => f.shown.includes(oldSum.toLocaleString('id-ID')) || f.shown.includes(String(oldSum)))
    : [];
  if (showing.length === 1) return replaced(data, showing[0]!);
  // ("yg kmrn 7 kodi bkn 6": the old count in the unit of the new one, as pieces on the screen.)
  const counted = /(\d+)\s*([a-z]+)?\s+(?:bukan|bkn|dudu|sanes|not)\s+(\d+)\s*([a-z]+)?/.exec(t);
  if (counted) {
    const unit = parseQuantity(`${counted[3]} ${counted[4] ?? counted[2] ?? ''}`.trim());
    const pieces = unit?.pieces;
    const byPieces = pieces ? fits.filter((f) => new RegExp(`(?:^|\\D)${pieces}(?:\\D|$)`).test(f.shown)) : [];
    if (byPieces.length === 1) return replaced(data, byPieces[0]!);
  }
  // ("yg kmrn ...", "sing rebo ...": the entry of the day she points at.)
  const pointed = daySaidIn(t.split(/\d/)[0] ?? '', ctx.now);
  if (pointed && !pointed.due) {
    const [y, m, d] = pointed.day.split('-');
    const ofDay = fits.filter((f) => f.shown.includes(`${d}/${m}`) || f.shown.includes(`${d}/${m}/${y}`));
    if (ofDay.length === 1) return replaced(data, ofDay[0]!);
  }
  // ("the cut was 25k", "jamnya 6 bkn 5": the line she names is on one of them only.)
  const lined = fits.filter((f) => namesLineOf(FORMS[f.item.flow], input.text));
  if (lined.length === 1) return replaced(data, lined[0]!);
  const kind = KIND_WORDS.find(([re]) => re.test(t))?.[1];
  const named = kind ? fits.filter((f) => f.item.flow === kind) : [];
  if (named.length === 1) return replaced(data, named[0]!);
  // ("salah, bordirane 3 kodi": the goods or the name shown on one of them.)
  const words = t
    .split(/[^a-z]+/)
    .map((w) => w.replace(/(nya|ne|e)$/, ''))
    .filter((w) => w.length >= 4);
  const shownWith = fits.filter((f) => words.some((w) => fold(f.shown).includes(w)));
  return shownWith.length === 1 ? replaced(data, shownWith[0]!) : null;
}

/** Words that take one entry back: "ora sido", "gak jadi", "batal", "not". */
const TAKEN_BACK =
  /\b(ora sido|ra sido|gak sido|ga sido|ndak sido|mboten sios|gak jadi|ga jadi|nggak jadi|ngga jadi|tidak jadi|tdk jadi|gajadi|gak jd|ga jd|batal|dibatalkan|cancel|cancelled|didn'?t buy|did not buy|ora usah|gak usah|ga usah|nggak usah|hapus|forget|drop|remove|didn'?t (?:give|get|happen)|did not (?:give|get|happen))\b/;
/** Words that name the kind of one entry: an advance, the pay, the hand-in, the hours, a cost. */
const KIND_OF_ONE: [RegExp, (d: Done) => boolean][] = [
  [/\b(kasbon\w*|bon\w*|utang\w*|pinjam\w*|loan|advance)\b/, (d) => isKasbon(d)],
  [/\b(bayar\w*|opah\w*|upah\w*|pay|payment)\b/, (d) => d.flow === 'payment' && !isKasbon(d)],
  [/\b(setor\w*|hand-?in)\b/, (d) => d.flow === 'handin'],
  [/\b(jam\w*|hours?)\b/, (d) => d.flow === 'hours'],
];
const isKasbon = (d: Done) => d.flow === 'payment' && (d.data as { v: { kind?: string } }).v.kind === 'kasbon';
/** Words too common to say which entry: a verb of buying, a particle. */
const NO_POINTER =
  /^(eh|e|yg|yang|sing|seng|tuku|beli|bli|tumbas|bought|the|itu|iku|kuwi|aku|saya|aja|wae|ae|mau|tadi|td)$/;

/** Her message at the check screen of several takes back one of them, not all ("kasbone ora sido"). */
export function dropsOne(state: ConvState, input: Input): boolean {
  return state.step === 'confirm' && droppedAtCheck(state.data as unknown as BatchData, input) !== null;
}

/**
 * One of the entries on the check screen taken back ("eh lem e ora sido tuku, kain wae"): named by a word of its
 * own text in the part of the message that takes it back. Null unless exactly one entry is named so.
 */
function droppedAtCheck(data: BatchData, input: Input): BatchData | null {
  if (data.done.length < 2 || data.entries.length !== data.done.length) return null;
  const part = fold(input.text)
    .split(/[,.;!]|\b(?:tapi|tp|but|nanging)\b/)
    .find((p) => TAKEN_BACK.test(p));
  if (!part) return null;
  const words = part
    .replace(TAKEN_BACK, ' ')
    .split(/[^a-z0-9]+/)
    .map((w) => w.replace(/(e|ne|nya)$/, ''))
    .filter((w) => w.length >= 3 && !NO_POINTER.test(w));
  const byKind = KIND_OF_ONE.find(([re]) => re.test(part))?.[1];
  const named = byKind
    ? data.done.map((d, i) => ({ i, d })).filter((x) => byKind(x.d))
    : data.entries
        .map((e, i) => ({ i, ws: fold(e.text).split(/[^a-z0-9]+/) }))
        .filter((x) => words.some((w) => x.ws.some((v) => v === w || v.replace(/(e|ne|nya)$/, '') === w)));
  if (named.length !== 1) return null;
  const i = named[0]!.i;
  return { ...data, entries: data.entries.filter((_, k) => k !== i), done: data.done.filter((_, k) => k !== i) };
}

function replaced(data: BatchData, fit: { i: number; item: Done }): BatchData {
  return { ...data, done: data.done.map((d, k) => (k === fit.i ? fit.item : d)) };
}

function itemName(d: Done, ctx: FlowContext): string {
  const kasbon = d.flow === 'payment' && (d.data as { v: { kind?: string } }).v.kind === 'kasbon';
  return ctx.t('entryKindName', { kind: kasbon ? 'kasbon' : d.flow });
}

/** The question the batch was at, asked again. */
export function resumeBatch(state: ConvState, ctx: FlowContext): StepResult {
  if (!ctx.facts.diary) return need('diary');
  const data = state.data as unknown as BatchData;
  if (state.step === 'item' && data.inner) {
    const i = data.fixing ?? data.done.length;
    const flow = data.inner.flow as EntryStart['flow'];
    const r = resumeAt(FORMS[flow], data.inner, withLedger(ctx, data, i));
    if (r.needs) return r;
    return { ...r, state: r.state ? st('item', { ...data, inner: r.state }) : null };
  }
  if (state.step === 'fix') return fixList(data, ctx);
  return confirm(data, ctx);
}

/** "2" at a form's check screen: its list of fields to change. */
const noInput: Input = inputOf('2');

function fixList(data: BatchData, ctx: FlowContext, before?: string): StepResult {
  const list = data.done.map((d, i) => {
    return `${i + 1} ${itemName(d, ctx)}`;
  });
  const text = ctx.t('batchFixWhich', { list: list.join('\n') });
  return result(st('fix', data), [{ text: before ? `${before}\n${text}` : text }]);
}
