// What every part of the BPJS conversation uses: the content, labels, dates.
import type { BpjsContent } from '../../content/bpjs/load.ts';
import { fill, textsFor } from '../../content/bpjs/render.ts';
import type { JknStatus, Obstacle, TkStatus } from '../../content/bpjs/schema.ts';
import { showDay, wibDate } from '../../core/time.ts';
import type { MessageKey } from '../messages/index.ts';
import type { FlowContext, Input, Reply, StepResult } from '../types.ts';
import { result } from '../types.ts';
import type { Program } from './model.ts';
import { type BpjsState, bpjsState } from './state.ts';

/** The BPJS content, from the turn's context (the engine hands in what is loaded). */
export const content = (ctx: FlowContext): BpjsContent => ctx.bpjs;
export const say = (ctx: FlowContext, text: string) => fill(text, content(ctx), ctx.lang, ctx.t);
export const texts = (ctx: FlowContext) => textsFor(content(ctx), ctx.lang);
export const day = (iso: string | Date) => showDay(wibDate(new Date(iso)));

export const PROGRAM_LABEL: Record<Program, MessageKey> = {
  bpjs_tk: 'programTk',
  jkn_pbi: 'programPbi',
  jkn_mandiri: 'programMandiri',
};
export const JKN_LABEL: Record<JknStatus, MessageKey> = {
  pbi: 'statusPbi',
  mandiri: 'statusMandiri',
  mandiri_arrears: 'statusMandiriArrears',
  none: 'statusNoneJkn',
  unknown: 'statusUnknown',
};
export const TK_LABEL: Record<TkStatus, MessageKey> = {
  active: 'statusActive',
  inactive: 'statusInactive',
  none: 'statusNoneTk',
  unknown: 'statusUnknown',
};
export const OBSTACLE_BY_NUMBER: Obstacle[] = ['documents', 'cost', 'family', 'dont_know_how', 'other'];

/** A step of this flow, saved. */
export function at(s: BpjsState, replies: Reply[] = [], effects: StepResult['effects'] = []): StepResult {
  return result(bpjsState.save(s), replies, effects);
}

/** The same question again, after "choose a number". */
export function reask(s: BpjsState, ctx: FlowContext, max: number, question: string): StepResult {
  return at(s, [{ text: `${ctx.t('chooseNumber', { max })}\n\n${question}` }]);
}

export function excerpt(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Free text a worker would expect an answer to (not "ok" or "hmm"). */
export function looksLikeQuestion(input: Input): boolean {
  const words = input.lower.match(/\p{L}{2,}/gu) ?? [];
  return input.text.endsWith('?') ? words.length >= 1 : words.length >= 2 && input.text.length >= 8;
}
