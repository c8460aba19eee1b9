// Settings and data rights: language, research permission, DATAKU, BERHENTI/MULAI, HAPUS,
// and her kecamatan and kind of work (KECAMATAN / PEKERJAAN).

import { showDay, wibDate, wibDateTime } from '../core/time.ts';
import { parseChoice, parseYesNo } from '../parse/choice.ts';
import { CONSENT_VERSION } from './consent.ts';
import { translator } from './messages/index.ts';
import { recordNames } from './messages/settings.ts';
import {
  answerKecamatan,
  answerProduct,
  askKecamatan,
  askProduct,
  type KecamatanStep,
  kecamatanName,
  type ProductStep,
  productName,
  profileWord,
} from './profile.ts';
import type { ConvState, Flow, FlowContext, Input, Lang, Reply, StepResult } from './types.ts';
import { need, result } from './types.ts';

const st = (step: string, data: Record<string, unknown> = {}): ConvState => ({
  flow: 'settings',
  step,
  data,
});
const LANG_NAMES: Record<Lang, string> = { id: 'Indonesia', en: 'English' };

function settingsMenu(ctx: FlowContext): StepResult {
  const w = ctx.worker;
  return result(st('menu'), [
    {
      text: ctx.t('settingsMenu', {
        lang: LANG_NAMES[w.lang],
        research: ctx.t(w.researchConsent ? 'yes' : 'no'),
        messages: ctx.t(w.optedOut ? 'off' : 'on'),
        kecamatan: kecamatanName(w.kecamatan, ctx),
        product: productName(w.product, ctx, w.productOther),
      }),
    },
  ]);
}

/**
 * What carries through the kecamatan and product questions: `fill` asks the
 * product next when it is missing; `compare` ends by showing BANDINGKAN, which
 * she typed first, in the same turn (the engine loads its figures for the
 * profile as this turn's answers leave it).
 */
type Carry = { fill?: boolean; compare?: boolean };
const carryOf = (data: Record<string, unknown>): Carry => ({
  ...(data.fill === true ? { fill: true } : {}),
  ...(data.compare === true ? { compare: true } : {}),
});

function finish(r: StepResult, carry: Carry): StepResult {
  return carry.compare ? { ...r, goto: { flow: 'compare' } } : r;
}

function kecamatanQuestion(ctx: FlowContext, carry: Carry): StepResult {
  const w = ctx.worker;
  const now = w.kecamatan ? `${ctx.t('kecamatanNow', { name: kecamatanName(w.kecamatan, ctx) })}\n` : '';
  return result(st('kecamatan', carry), [{ text: `${now}${askKecamatan(ctx)}` }]);
}

function productQuestion(ctx: FlowContext, carry: Carry): StepResult {
  const w = ctx.worker;
  const now = w.product ? `${ctx.t('productNow', { name: productName(w.product, ctx, w.productOther) })}\n` : '';
  return result(st('product', carry), [{ text: `${now}${askProduct(ctx)}` }]);
}

function kecamatanStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const carry = carryOf(state.data);
  const answer = answerKecamatan(state.step as KecamatanStep, state.data, input, ctx);
  if (!('done' in answer)) return result(st(answer.step, { ...carry, ...answer.data }), [{ text: answer.text }]);
  const saved = result(
    null,
    [
      ...(answer.note ? [{ text: answer.note }] : []),
      { text: ctx.t('kecamatanSaved', { name: kecamatanName(answer.done, ctx) }) },
    ],
    [{ type: 'updateWorker', changes: { kecamatan: answer.done } }],
  );
  if (carry.fill && !ctx.worker.product) {
    const next = productQuestion(ctx, carry);
    return { ...next, replies: [...saved.replies, ...next.replies], effects: saved.effects };
  }
  return finish(saved, carry);
}

function productStep(state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const carry = carryOf(state.data);
  const answer = answerProduct(state.step as ProductStep, state.data, input, ctx);
  if (!('done' in answer)) return result(st(answer.step, { ...carry, ...answer.data }), [{ text: answer.text }]);
  const saved = result(
    null,
    [{ text: ctx.t('productSaved', { name: productName(answer.done, ctx, answer.other) }) }],
    [{ type: 'updateWorker', changes: { product: answer.done, productOther: answer.other } }],
  );
  return finish(saved, carry);
}

/** DATAKU: what is stored about her, in a few short messages. */
export function dataReplies(ctx: FlowContext): StepResult {
  const overview = ctx.facts.dataOverview;
  if (!overview) return need('dataOverview');
  const w = ctx.worker;
  const t = ctx.t;
  const kecamatan = kecamatanName(w.kecamatan, ctx);
  const replies: Reply[] = [
    {
      text: `${t('dataTitle')}\n${t('dataProfile', {
        lang: LANG_NAMES[w.lang],
        kecamatan,
        product: productName(w.product, ctx, w.productOther),
        since: showDay(wibDate(new Date(w.createdAt))),
      })}`,
    },
    {
      text: t('dataConsent', {
        version: w.consentVersion ?? '-',
        at: w.consentedAt ? wibDateTime(new Date(w.consentedAt)) : '-',
        research: t(w.researchConsent ? 'yes' : 'no'),
        messages: t(w.optedOut ? 'off' : 'on'),
      }),
    },
  ];
  // Her diary first, in the order of recordNames; anything unnamed last.
  const rank = (table: string) => {
    const i = Object.keys(recordNames).indexOf(table);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const lines = Object.entries(overview.counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([table, n]) => `${recordNames[table]?.[w.lang] ?? table}: ${n}`);
  if (lines.length) replies.push({ text: t('dataCounts', { lines: lines.join('\n') }) });
  replies.push({
    text: `${t('dataRetention', { days: ctx.settings.messageRetentionDays ?? 30 })}\n${t('dataRights')}`,
  });
  return result(null, replies);
}

export const settingsFlow: Flow = {
  name: 'settings',
  menu: { order: 80, label: (ctx) => ctx.t('menuLabel') },

  start(ctx, args) {
    switch (args?.to) {
      case 'lang':
        return result(st('lang'), [{ text: ctx.t('chooseLanguage') }]);
      case 'research':
        return result(st('research'), [
          { text: ctx.t('researchNow', { now: ctx.t(ctx.worker.researchConsent ? 'yes' : 'no') }) },
        ]);
      case 'data':
        return dataReplies(ctx);
      case 'stop':
        if (ctx.worker.optedOut) return result(null, [{ text: ctx.t('alreadyStopped') }]);
        return result(null, [{ text: ctx.t('stopped') }], [{ type: 'updateWorker', changes: { optedOut: true } }]);
      case 'resume':
        if (!ctx.worker.optedOut) return result(null, [{ text: ctx.t('alreadyResumed') }]);
        return result(null, [{ text: ctx.t('resumed') }], [{ type: 'updateWorker', changes: { optedOut: false } }]);
      case 'erase':
        return result(st('erase'), [{ text: ctx.t('eraseConfirm') }]);
      case 'kecamatan':
        return kecamatanQuestion(ctx, carryOf(args ?? {}));
      case 'product':
        return productQuestion(ctx, carryOf(args ?? {}));
      case 'profile':
        // What BANDINGKAN needs: the first thing missing, then the other.
        if (!ctx.worker.kecamatan) return kecamatanQuestion(ctx, { ...carryOf(args ?? {}), fill: true });
        return productQuestion(ctx, carryOf(args ?? {}));
      default:
        return settingsMenu(ctx);
    }
  },

  quick(input) {
    const word = profileWord(input.lower);
    if (word === 'kecamatan') return { to: 'kecamatan', fill: true };
    if (word === 'product') return { to: 'product' };
    return null;
  },

  step(state, input, ctx) {
    switch (state.step) {
      case 'menu': {
        const n = parseChoice(input.text);
        const to = [
          undefined,
          'lang',
          'research',
          'data',
          ctx.worker.optedOut ? 'resume' : 'stop',
          'erase',
          undefined,
          'kecamatan',
          'product',
        ][n ?? -1];
        if (n === 0) return { ...result(null), goto: { flow: 'menu' } };
        if (n === 6) return { ...result(null), goto: { flow: 'reminder' } };
        if (!to) return result(state, [{ text: ctx.t('chooseNumberOrZero', { max: 8 }) }]);
        return settingsFlow.start(ctx, { to });
      }
      case 'lang': {
        const n = parseChoice(input.text);
        const lang: Lang | null =
          n === 1 || /^indo/.test(input.lower) ? 'id' : n === 2 || /^eng/.test(input.lower) ? 'en' : null;
        if (!lang) return result(state, [{ text: ctx.t('chooseLanguage') }]);
        const t = translator(lang, ctx.t.form);
        return {
          ...result(null, [{ text: t('languageSet') }], [{ type: 'updateWorker', changes: { lang } }]),
          goto: { flow: 'menu', args: { lang } },
        };
      }
      case 'research': {
        const yn = parseYesNo(input.text);
        if (!yn)
          return result(state, [
            { text: ctx.t('researchNow', { now: ctx.t(ctx.worker.researchConsent ? 'yes' : 'no') }) },
          ]);
        return result(
          null,
          [{ text: ctx.t('researchSaved', { now: ctx.t(yn === 'yes' ? 'yes' : 'no') }) }],
          [
            { type: 'consent', kind: 'research', decision: yn, version: CONSENT_VERSION },
            { type: 'updateWorker', changes: { researchConsent: yn === 'yes' } },
          ],
        );
      }
      case 'kecamatan':
      case 'kecamatanList':
      case 'kecamatanConfirm':
        return kecamatanStep(state, input, ctx);
      case 'product':
      case 'productConfirm':
      case 'productOther':
        return productStep(state, input, ctx);
      case 'erase': {
        const yn = input.lower === 'hapus' || input.lower === 'delete' ? 'yes' : parseYesNo(input.text);
        if (yn === 'yes') return result(null, [{ text: ctx.t('erased') }], [{ type: 'eraseWorker' }]);
        if (yn === 'no') return result(null, [{ text: ctx.t('eraseKept') }]);
        return result(state, [{ text: ctx.t('eraseConfirm') }]);
      }
      default:
        return settingsMenu(ctx);
    }
  },
};
