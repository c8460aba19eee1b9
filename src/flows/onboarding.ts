// Greeting, language, consent, research consent, kecamatan, main product.

import { parseChoice, parseYesNo } from '../parse/choice.ts';
import type { Entry } from '../read/entry.ts';
import { readMessage, solidEntry } from '../read/reader.ts';
import { CONSENT_VERSION } from './consent.ts';
import { entryStart } from './diary/entries.ts';
import { translator } from './messages/index.ts';
import {
  answerKecamatan,
  answerProduct,
  askKecamatan,
  type KecamatanAnswer,
  type KecamatanStep,
  kecamatanList,
  kecamatanName,
  type ProductStep,
  productName,
  askProduct as productQuestion,
} from './profile.ts';
import type { ConvState, Flow, FlowContext, Input, Lang, StepResult } from './types.ts';
import { result } from './types.ts';

const st = (step: string, data: Record<string, unknown> = {}): ConvState => ({
  flow: 'onboarding',
  step,
  data,
});

function askProduct(ctx: FlowContext, data: Record<string, unknown>, before: string[] = []): StepResult {
  return result(st('product', data), [...before.map((text) => ({ text })), { text: productQuestion(ctx) }]);
}

/** Re-asks the current step: used for BATAL/MENU before onboarding is complete. */
export function repeatOnboarding(state: ConvState | null, ctx: FlowContext): StepResult {
  if (!state || state.flow !== 'onboarding') return onboardingFlow.start(ctx);
  const prompts: Record<string, () => StepResult> = {
    lang: () => onboardingFlow.start(ctx),
    consent: () => result(state, [{ text: ctx.t('consent') }]),
    research: () => result(state, [{ text: ctx.t('research') }]),
    kecamatan: () => result(st('kecamatan'), [{ text: askKecamatan(ctx) }]),
    kecamatanList: () => result(state, [{ text: ctx.t('kecamatanList', { list: kecamatanList(ctx) }) }]),
    kecamatanConfirm: () => result(st('kecamatan'), [{ text: askKecamatan(ctx) }]),
    product: () => askProduct(ctx, { kecamatan: state.data.kecamatan }),
    productConfirm: () => askProduct(ctx, { kecamatan: state.data.kecamatan }),
    productOther: () => askProduct(ctx, { kecamatan: state.data.kecamatan }),
  };
  return (Object.hasOwn(prompts, state.step) ? prompts[state.step]! : prompts.lang!)();
}

export const onboardingFlow: Flow = {
  name: 'onboarding',

  start(ctx) {
    return result(st('lang'), [
      {
        text: ctx.t('welcome'),
        options: [
          { key: '1', label: 'Bahasa Indonesia' },
          { key: '2', label: 'English' },
        ],
      },
    ]);
  },

  step(state, input, ctx) {
    const pending = keptTexts(state.data.pending);
    // "setor 2 kodi ke bu yati" typed at the kecamatan question: kept, and recorded once the questions are done.
    // Every such message is kept, the second too ("eh potongannya 25rb"): none is ever taken as her kecamatan or
    // her kind of work.
    if (LATE_STEPS.has(state.step) && readMessage(input.text, ctx.now).entries.some(recordSaid)) {
      const again = repeatOnboarding(state, ctx);
      return withPending(
        { ...again, replies: [{ text: ctx.t('entryKeptForLater') }, ...again.replies] },
        [...pending, input.text],
        ctx,
      );
    }
    const r = stepOnboarding(state, input, ctx);
    return pending.length ? withPending(r, pending, ctx) : r;
  },
};

/**
 * A record said, not an answer: one with its figures, or a pay, hand-in or advance, or work taken from someone
 * ("tadi dibayar bu yati"). Her kind of work alone reads as hours ("njahit mukena") and stays an answer.
 */
function recordSaid(e: Entry): boolean {
  return solidEntry(e) || (e.kind !== 'hours' && e.kind !== 'order') || (e.kind === 'order' && !!e.employer);
}

/** The messages kept so far (one string in states saved before several were kept). */
function keptTexts(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The questions after consent, where an entry she types is kept for after them. */
const LATE_STEPS = new Set([
  'kecamatan',
  'kecamatanList',
  'kecamatanConfirm',
  'product',
  'productConfirm',
  'productOther',
]);

/** Carries the kept entries through the questions; when they are done, they are recorded instead of the menu. */
function withPending(r: StepResult, texts: string[], ctx: FlowContext): StepResult {
  if (r.state?.flow === 'onboarding') return { ...r, state: { ...r.state, data: { ...r.state.data, pending: texts } } };
  if (r.state || r.goto?.flow !== 'menu') return r;
  // Read as one message, a line each, so a later line that puts an earlier one right mends it.
  const read = readMessage(texts.join('\n'), ctx.now).entries;
  const solid = read.filter(solidEntry);
  // (Only words of a record, no figures: its questions are asked, as they would be after the menu.)
  const entries = solid.length ? solid : read.filter(recordSaid).slice(0, 1);
  if (!entries.length) return r;
  return { ...r, goto: entries.length === 1 ? entryStart(entries[0]!, ctx) : { flow: 'batch', args: { entries } } };
}

function stepOnboarding(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  switch (state.step) {
    case 'lang': {
      const n = parseChoice(input.text);
      const lang: Lang | null =
        n === 1 || /^(indo|bahasa|id)/.test(input.lower)
          ? 'id'
          : n === 2 || /^(eng|inggris|en$)/.test(input.lower)
            ? 'en'
            : null;
      if (!lang)
        return result(state, [{ text: `${ctx.t('chooseNumber', { max: 2 })}\n1 Bahasa Indonesia\n2 English` }]);
      const t = translator(lang, ctx.t.form);
      return result(st('consent'), [{ text: t('consent') }], [{ type: 'updateWorker', changes: { lang } }]);
    }
    case 'consent': {
      const yn = parseYesNo(input.text);
      if (yn === 'no')
        return result(null, [{ text: ctx.t('refused') }], [{ type: 'refuseConsent', version: CONSENT_VERSION }]);
      if (yn !== 'yes') return result(state, [{ text: `${ctx.t('chooseNumber', { max: 2 })}\n\n${ctx.t('consent')}` }]);
      return result(
        st('research'),
        [{ text: ctx.t('research') }],
        [{ type: 'consent', kind: 'diary', decision: 'yes', version: CONSENT_VERSION }],
      );
    }
    case 'research': {
      const yn = parseYesNo(input.text);
      if (!yn)
        return result(state, [{ text: `${ctx.t('chooseNumber', { max: 2 })}\n1 ${ctx.t('yes')}\n2 ${ctx.t('no')}` }]);
      return result(
        st('kecamatan'),
        [{ text: ctx.t(yn === 'yes' ? 'researchYes' : 'researchNo') }, { text: askKecamatan(ctx) }],
        [
          { type: 'consent', kind: 'research', decision: yn, version: CONSENT_VERSION },
          { type: 'updateWorker', changes: { researchConsent: yn === 'yes' } },
        ],
      );
    }
    case 'kecamatan':
    case 'kecamatanList':
    case 'kecamatanConfirm':
      return chooseKecamatan(state.step, state.data, input, ctx);
    case 'product':
    case 'productConfirm':
    case 'productOther': {
      const kecamatan = String(state.data.kecamatan);
      const answer = answerProduct(state.step as ProductStep, state.data, input, ctx);
      if (!('done' in answer)) return result(st(answer.step, { kecamatan, ...answer.data }), [{ text: answer.text }]);
      const names = {
        kecamatan: kecamatanName(kecamatan, ctx),
        product: productName(answer.done, ctx, answer.other),
      };
      return {
        ...result(
          null,
          [{ text: ctx.t('done', names) }],
          [{ type: 'updateWorker', changes: { kecamatan, product: answer.done, productOther: answer.other } }],
        ),
        goto: { flow: 'menu' },
      };
    }
    default:
      return onboardingFlow.start(ctx);
  }
}

function chooseKecamatan(step: string, data: Record<string, unknown>, input: Input, ctx: FlowContext): StepResult {
  const answer: KecamatanAnswer = answerKecamatan(step as KecamatanStep, data, input, ctx);
  if ('done' in answer) return askProduct(ctx, { kecamatan: answer.done }, answer.note ? [answer.note] : []);
  return result(st(answer.step, answer.data), [{ text: answer.text }]);
}
