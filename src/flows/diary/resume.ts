// Back to a record she set aside: the question it was at, asked again.
import type { ConvState, FlowContext, StepResult } from '../types.ts';
import { result } from '../types.ts';
import { resumeBatch } from './batch.ts';
import { costForm } from './cost.ts';
import { type Form, resumeAt } from './form.ts';
import { handinForm } from './handin.ts';
import { hoursForm } from './hours.ts';
import { orderForm } from './order.ts';
import { paymentForm } from './payment.ts';

const FORMS: Record<string, Form<any>> = {
  order: orderForm,
  handin: handinForm,
  payment: paymentForm,
  hours: hoursForm,
  cost: costForm,
};

export function resumeForm(state: ConvState, ctx: FlowContext): StepResult {
  if (state.flow === 'batch') return resumeBatch(state, ctx);
  const form = FORMS[state.flow];
  if (!form) return result(null);
  return resumeAt(form, state, ctx);
}
