// The order note asked for again ("catatan order pak hadi", "nota", "order
// note"): the note of her latest order with that employer, or a numbered list
// of her recent orders to choose from. The note is the one saving the order
// gave (orderNote), in Indonesian so she can forward it.
import type { Ledger, OrderRec } from '../../diary/ledger.ts';
import { parseChoice } from '../../parse/choice.ts';
import { readMessage } from '../../read/reader.ts';
import type { ConvState, Flow, FlowContext, StepResult } from '../types.ts';
import { need, result } from '../types.ts';
import { correctionsFlow } from './corrections.ts';
import { entryStart } from './entries.ts';
import { ledgerOf, matchEmployer } from './fields.ts';
import { orderForm, orderNote } from './order.ts';
import { rekapFlow } from './rekap.ts';
import { numbered, orderLabel } from './show.ts';

/** REKAP or UBAH typed instead of a choice: done, the list never traps her. */
const COMMANDS: Flow[] = [rekapFlow, correctionsFlow];

/** Recent orders offered in the list: one screen, one digit each. */
const LIST_MAX = 9;

const st = (ids: number[]): ConvState => ({ flow: 'note', step: 'pick', data: { ids } });

/** Newest first: the day she received it, then the order she wrote last. */
function recent(orders: OrderRec[]): OrderRec[] {
  return [...orders].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.id - a.id);
}

function showNote(o: OrderRec, ledger: Ledger, ctx: FlowContext): StepResult {
  const draft = orderForm.load(o.id, ctx);
  if (!draft) return result(null, [{ text: ctx.t('entryGone') }]);
  const employer = ledger.employers.find((e) => e.id === o.employerId)?.name ?? '?';
  const others = ledger.orders.length > 1;
  return result(null, [
    { text: ctx.t('noteIntro', { employer }) },
    { text: orderNote(draft, ctx.t.form) },
    ...(others ? [{ text: ctx.t('noteOthers') }] : []),
  ]);
}

function askPick(orders: OrderRec[], ledger: Ledger, ctx: FlowContext, head?: string): StepResult {
  const list = recent(orders).slice(0, LIST_MAX);
  const text = ctx.t('notePick', { list: numbered(list.map((o) => orderLabel(o, ledger, ctx, true))) });
  return result(st(list.map((o) => o.id)), [{ text: head ? `${head}\n${text}` : text }]);
}

const NOTE_WORD =
  /^(?:(?:catatan|cttn|ctt|nota|notanya|salinan)\s+(?:order|orderan|pesanan|garapan)|nota|notes?|order\s+notes?|notes?\s+(?:of|for)\s+(?:the\s+|my\s+)?order)(?:\s+(.*))?$/;

/** "catatan order pak hadi", "nota bu yati", "order note": the employer named, if any. */
export function quickNote(lower: string): Record<string, unknown> | null {
  const m = NOTE_WORD.exec(
    lower
      .replace(/[.!?]+$/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  if (!m) return null;
  const name = (m[1] ?? '').replace(/^(?:dari|dr|untuk|buat|from|for|with)\s+/, '').trim();
  return name ? { name } : {};
}

export const noteFlow: Flow = {
  name: 'note',
  start(ctx, args) {
    const ledger = ctx.facts.diary;
    if (!ledger) return need('diary');
    if (!ledger.orders.length) return result(null, [{ text: ctx.t('noteNoOrders') }]);
    const name = typeof args?.name === 'string' ? args.name : '';
    if (name) {
      const m = matchEmployer(name, ledger.employers);
      const e = m.exact ?? m.near;
      if (!e) return askPick(ledger.orders, ledger, ctx, ctx.t('noteUnknownEmployer', { name }));
      const latest = recent(ledger.orders.filter((o) => o.employerId === e.id))[0];
      if (!latest) return askPick(ledger.orders, ledger, ctx, ctx.t('noteNoOrdersFrom', { employer: e.name }));
      return showNote(latest, ledger, ctx);
    }
    if (ledger.orders.length === 1) return showNote(ledger.orders[0]!, ledger, ctx);
    return askPick(ledger.orders, ledger, ctx);
  },
  step(state, input, ctx) {
    if (!ctx.facts.diary) return need('diary');
    const ledger = ledgerOf(ctx);
    const ids = Array.isArray(state.data.ids) ? (state.data.ids as number[]) : [];
    const n = parseChoice(input.text);
    if (n === 0) return { ...result(null), goto: { flow: 'menu' } };
    const o = n !== null ? ledger.orders.find((x) => x.id === ids[n - 1]) : undefined;
    if (o) return showNote(o, ledger, ctx);
    // A name typed instead of a number: the note of that employer's latest order.
    const again = quickNote(input.lower) ?? (n === null ? { name: input.lower } : null);
    if (again?.name) {
      const m = matchEmployer(String(again.name), ledger.employers);
      const e = m.exact ?? m.near;
      const latest = e && recent(ledger.orders.filter((x) => x.employerId === e.id))[0];
      if (latest) return showNote(latest, ledger, ctx);
    }
    if (n === null) {
      for (const f of COMMANDS) {
        const args = f.quick?.(input, ctx);
        if (args) return { ...result(null), goto: { flow: f.name, args } };
      }
      // A new entry ("setor 40", "kerja 5 jam"): recorded as the router would when she is idle.
      const { entries } = readMessage(input.text, ctx.now);
      if (entries.length === 1) {
        const s = entryStart(entries[0]!, ctx);
        return { ...result(null), goto: { flow: s.flow, args: s.args } };
      }
      if (entries.length > 1) return { ...result(null), goto: { flow: 'batch', args: { entries } } };
    }
    const list = ids.map((id) => ledger.orders.find((x) => x.id === id)).filter((x): x is OrderRec => !!x);
    if (!list.length) return noteFlow.start(ctx);
    return askPick(list, ledger, ctx, ctx.t('chooseNumberOrZero', { max: list.length }));
  },
  quick: (input) => quickNote(input.lower),
};
