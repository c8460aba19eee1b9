// TANYA: a question for the NGO's staff, typed while idle, inside the BPJS
// guide, or in the middle of another conversation (which stays open and is
// where she returns). Its own flow, 'tanya'.
import { parseYesNo } from '../../parse/choice.ts';
import type { ConvState, Effect, Flow, FlowContext, Input, Reply, StepResult } from '../types.ts';
import { result, resumeOf } from '../types.ts';
import { excerpt } from './common.ts';
import { guideAnswer, inGuide } from './guide.ts';
import { bpjsMenu } from './menu.ts';
import { readGuideQuestion } from './questions.ts';
import { type TanyaState, tanyaState } from './state.ts';

// "TANYA apa itu JHT?" / "ask ..." at any point of the guide or while idle.
const TANYA = /^(?:tanya|ask)(?:\b[\s:,.?!-]*)([\s\S]*)$/i;

/** The question after TANYA/ASK ("tanya: apa itu JHT?" -> "apa itu JHT?"), or null when it is not TANYA. */
export function tanyaText(text: string): string | null {
  const q = TANYA.exec(text);
  return q ? (q[1] ?? '') : null;
}

const isQuestion = (q: string) => q.length >= 5 && /\p{L}{2,}/u.test(q);

const at = (s: TanyaState, replies: Reply[] = []): StepResult => result(tanyaState.save(s), replies);

/** She confirms the question before it goes to the staff. */
export function confirmQuestion(
  ctx: FlowContext,
  text: string,
  context: string,
  resume: ConvState | null,
  key: 'tanyaOffer' | 'tanyaSendConfirm',
): StepResult {
  return at({ step: 'tanyaConfirm', text, context, ...(resume ? { resume } : {}) }, [
    { text: ctx.t(key, { text: excerpt(text) }) },
  ]);
}

/** After a question typed in the middle of another flow, she goes back to it. */
function backTo(resume: ConvState | null, replies: Reply[], effects: Effect[], ctx: FlowContext): StepResult {
  if (!resume) return result(null, replies, effects);
  return result(resume, [...replies, { text: ctx.t('continueEntry') }], effects);
}

export function tanyaStart(
  ctx: FlowContext,
  text: string,
  context = 'tanya',
  resume: ConvState | null = null,
): StepResult {
  const q = text.trim();
  if (isQuestion(q))
    return backTo(resume, [{ text: ctx.t('tanyaSaved') }], [{ type: 'storeQuestion', text: q, context }], ctx);
  return at({ step: 'tanyaWrite', context, ...(resume ? { resume } : {}) }, [
    { text: q ? ctx.t('tanyaTooShort') : ctx.t('tanyaAsk') },
  ]);
}

/**
 * TANYA typed in the middle of another flow, which stays open. A question is
 * shown back before it is sent: "tanya bos dulu" may be her answer to the
 * question she was asked, not a question for the staff.
 */
export function tanyaAside(text: string, resume: ConvState, ctx: FlowContext): StepResult {
  const q = text.trim();
  const context = `tanya:${resume.flow}`;
  if (!isQuestion(q)) return tanyaStart(ctx, q, context, resume);
  return confirmQuestion(ctx, q, context, resume, 'tanyaSendConfirm');
}

/**
 * "TANYA ..." typed inside the guide or inside this flow. It is shown back
 * before it is sent: "tanya bojoku sik" (I will ask my husband first) is her
 * answer, not a question for the staff. From a question of the guide she goes
 * back to it afterwards; from its menu or a page, to the menu.
 */
export function tanyaInGuide(state: ConvState, text: string, ctx: FlowContext): StepResult {
  const q = text.trim();
  // Asked again while confirming a question set aside from another flow: that flow stays open.
  const aside = resumeOf(state);
  const inTanya = state.flow === tanyaState.flow || state.step.startsWith('tanya');
  const here = state.step === 'menu' || state.step === 'page' || inTanya ? null : state;
  const resume = aside ?? here;
  const context = aside
    ? String(state.data.context)
    : state.step === 'page'
      ? `guide:${String(state.data.topic)}`
      : state.step === 'menu'
        ? 'guide:menu'
        : 'tanya';
  if (!isQuestion(q)) return tanyaStart(ctx, q, context, resume);
  return confirmQuestion(ctx, q, context, resume, 'tanyaSendConfirm');
}

function tanyaStep(s: TanyaState, input: Input, ctx: FlowContext): StepResult {
  const resume = s.resume ?? null;
  if (s.step === 'tanyaWrite') {
    const r = tanyaStart(ctx, input.text, s.context, resume);
    return r.effects.length ? r : at(s, [{ text: ctx.t('tanyaTooShort') }]);
  }
  const yn = parseYesNo(input.text);
  if (yn === 'yes') {
    const saved = tanyaStart(ctx, s.text, s.context, resume);
    if (resume) return saved;
    if (saved.state) return bpjsMenu(ctx);
    const menu = bpjsMenu(ctx);
    return { ...menu, replies: [...saved.replies, ...menu.replies], effects: saved.effects };
  }
  if (yn === 'no') {
    if (resume) return backTo(resume, [{ text: ctx.t('tanyaNotSent') }], [], ctx);
    const menu = bpjsMenu(ctx);
    return { ...menu, replies: [{ text: ctx.t('tanyaNotSent') }, ...menu.replies] };
  }
  // "nanti aja deh, saya tanya suami dulu": not sent, and nothing left open.
  if (NOT_NOW.test(input.lower)) {
    if (resume) return backTo(resume, [{ text: ctx.t('tanyaNotSent') }], [], ctx);
    return result(null, [{ text: ctx.t('tanyaNotSent') }]);
  }
  // Another question instead ("bayarnya berapa sebulan?"): the guide's page for it, when it has one.
  if (!resume) {
    const guide = guideAnswer(inGuide(readGuideQuestion(input.text)), ctx);
    if (guide) return guide;
  }
  return at(s, [{ text: ctx.t('chooseNumber', { max: 2 }) }]);
}

export const NOT_NOW =
  /\b(nanti aja|nanti saja|ntar aja|nanti dulu|gak usah|ga usah|nggak usah|tidak usah|ora usah|ra usah|gak jadi|ga jadi|ora sido|mengko wae|mengko ae|sesuk wae|later|never ?mind|no need)\b/;

export const tanyaFlow: Flow = {
  name: tanyaState.flow,

  quick(input) {
    const q = tanyaText(input.text);
    return q === null ? null : { text: q };
  },

  start(ctx, args) {
    // A question about BPJS the guide does not answer: shown back, then sent to the staff if she wants.
    if (typeof args?.offer === 'string') return confirmQuestion(ctx, args.offer, 'tanya', null, 'tanyaOffer');
    return tanyaStart(ctx, typeof args?.text === 'string' ? args.text : '');
  },

  step(state, input, ctx) {
    // Where a question of her own is typed, TANYA is part of it.
    const q = state.step === 'tanyaWrite' ? null : tanyaText(input.text);
    if (q !== null) return tanyaInGuide(state, q, ctx);
    const s = tanyaState.load(state);
    return s ? tanyaStep(s, input, ctx) : bpjsMenu(ctx);
  },
};
