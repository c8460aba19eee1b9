// Her status asked again after some months.
import { addMonths } from 'date-fns';
import type { JknStatus, TkStatus } from '../../content/bpjs/schema.ts';
import { parseChoice } from '../../parse/choice.ts';
import type { Effect, FlowContext, Input, StepResult } from '../types.ts';
import { at, day, JKN_LABEL, TK_LABEL } from './common.ts';
import { startEligibility } from './eligibility.ts';
import { back } from './menu.ts';
import type { BpjsOverview, StatusCode } from './model.ts';
import type { After, StepData } from './state.ts';

/** Her status is asked again when her newest answer is `months` old. */
export function recheckDue(ov: BpjsOverview, now: Date, months: number): boolean {
  return ov.latest !== null && addMonths(new Date(ov.latest.at), months).getTime() <= now.getTime();
}

const isJkn = (s: StatusCode | null): s is JknStatus => s !== null && Object.hasOwn(JKN_LABEL, s);
const isTk = (s: StatusCode | null): s is TkStatus => s !== null && Object.hasOwn(TK_LABEL, s);

export function askRecheck(ctx: FlowContext, ov: BpjsOverview, after: After): StepResult {
  const latest = ov.latest!;
  const jkn = latest.jkn;
  const tk = latest.bpjs_tk;
  if (!isJkn(jkn) || !isTk(tk)) return startEligibility(ctx, 'recheck', after, [{ text: ctx.t('recheckIntro') }]);
  return at({ step: 'recheck', after, jkn, tk }, [
    { text: ctx.t('recheckAsk', { date: day(latest.at), jkn: ctx.t(JKN_LABEL[jkn]), tk: ctx.t(TK_LABEL[tk]) }) },
  ]);
}

export function recheckStep(s: StepData<'recheck'>, input: Input, ctx: FlowContext): StepResult {
  const n = /^(lewati|skip|nanti|later)$/.test(input.lower) ? 0 : parseChoice(input.text);
  const record = (jkn: StatusCode, tk: StatusCode): Effect => ({
    type: 'recordProtectionStatus',
    answers: [
      { scheme: 'jkn', status: jkn },
      { scheme: 'bpjs_tk', status: tk },
    ],
    via: 'recheck',
  });
  if (n === 1) return back(s.after, ctx, [{ text: ctx.t('recheckSaved') }], [record(s.jkn, s.tk)]);
  if (n === 2) return startEligibility(ctx, 'recheck', s.after);
  // Skipping is an answer too: researchers see that she was asked and chose not to say.
  if (n === 0) return back(s.after, ctx, [{ text: ctx.t('recheckSkipped') }], [record('declined', 'declined')]);
  return at(s, [{ text: ctx.t('recheckChoose') }]);
}
