// "diwenehi 2 dino", "dikasih waktu 3 hari", "given 5 days" just after saving an order: the days she has to
// hand it in, a deadline for that order (shown for a yes, as any change). Not money, and never a question.
import { addDays } from '../../diary/period.ts';
import { parseNumber } from '../../parse/number.ts';
import { fold } from '../../parse/text.ts';
import type { FlowContext, StepResult } from '../types.ts';
import { need } from '../types.ts';
import { startForm } from './form.ts';
import { orderForm } from './order.ts';
import { orderLabel, today } from './show.ts';

const DUE_IN =
  /^(?:(?:oh|eh|terus|trus|trs|and|lan|karo|sama|tapi|tp|but)[\s,]+)*(?:(?:diwenehi|diwehi|diwenehke|dikei|dikeki|dikasih|dikasi|dikasi|diberi|dapat|dapet|dpt|oleh|given|got|gets)\s+(?:waktu|wektu|time|tempo)?\s*|(?:deadline|dl|tempo|tempone|batas|batase|waktune|waktunya|wektune)\s+)(\S+)\s+(?:dino|dina|hari|hr|dinten|days?)\b/;

/** How many days she was given to hand in, when that is all the message says; else null. */
export function dueInDays(text: string): number | null {
  const m = DUE_IN.exec(fold(text).trim());
  if (!m || /rb|ribu|ewu|k\b|rp/.test(fold(text))) return null;
  const n = parseNumber(m[1]!);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 90 ? n : null;
}

/** How long after saving an order a deadline said alone is taken as that order's. */
const RECENT_MS = 2 * 60 * 60 * 1000;

/** The order she saved last (within two hours), its deadline set to today + days, for a yes; null if none. */
export function dueOfLatest(ctx: FlowContext, days: number): StepResult | null {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const last = l.orders
    .filter((o) => {
      const age = ctx.now.getTime() - Date.parse(o.createdAt);
      return age >= 0 && age <= RECENT_MS;
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
  if (!last) return null;
  const head = ctx.t('dueForOrder', { order: orderLabel(last, l, ctx) });
  return startForm(orderForm, ctx, { edit: last.id, set: { dueOn: addDays(today(ctx), days) }, head });
}
