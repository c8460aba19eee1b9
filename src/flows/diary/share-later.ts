// "eh sing sekodi tak kekne mbakyuku, dadi aku mung 2 kodi" just after saving an order: she shares the
// order with someone, and her diary keeps her own part (shown for a yes, as any change).
import type { Quantity } from '../../parse/units.ts';
import type { FlowContext, StepResult } from '../types.ts';
import { need } from '../types.ts';
import { latestOrder } from './due-later.ts';
import { startForm } from './form.ts';
import { orderForm } from './order.ts';

/** The order she saved last (within two hours), its quantity set to her part of it, for a yes; null if none. */
export function shareOfLatest(ctx: FlowContext, qty: Quantity): StepResult | null {
  const l = ctx.facts.diary;
  if (!l) return need('diary');
  const last = latestOrder(ctx);
  if (!last || qty.pieces >= last.quantityPieces) return null;
  return startForm(orderForm, ctx, { edit: last.id, set: { qty } });
}
