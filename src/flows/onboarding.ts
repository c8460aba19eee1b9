// Greeting, language, consent, research consent, kecamatan, main product.

import { PRODUCTS } from '../content/products.ts';
import { OUTSIDE_REGION, REGION } from '../content/region.ts';
import { parseChoice, parseYesNo } from '../parse/choice.ts';
import { matchKecamatan } from '../parse/kecamatan.ts';
import { CONSENT_VERSION } from './consent.ts';
import { translator } from './messages/index.ts';
import type { ConvState, Flow, FlowContext, Input, Lang, StepResult } from './types.ts';
import { result } from './types.ts';

const st = (step: string, data: Record<string, unknown> = {}): ConvState => ({
  flow: 'onboarding',
  step,
  data,
});

function kecamatanList(ctx: FlowContext): string {
  const names = [...REGION.kecamatan, ctx.t('outsideKediri')];
  return names.map((n, i) => `${i + 1} ${n}`).join('\n');
}

function productList(lang: Lang): string {
  return PRODUCTS.map((p, i) => `${i + 1} ${lang === 'en' ? p.en : p.id}`).join('\n');
}

function askProduct(ctx: FlowContext, data: Record<string, unknown>): StepResult {
  return result(st('product', data), [{ text: ctx.t('askProduct', { list: productList(ctx.lang) }) }]);
}

/** Re-asks the current step: used for BATAL/MENU before onboarding is complete. */
export function repeatOnboarding(state: ConvState | null, ctx: FlowContext): StepResult {
  if (!state || state.flow !== 'onboarding') return onboardingFlow.start(ctx);
  const prompts: Record<string, () => StepResult> = {
    lang: () => onboardingFlow.start(ctx),
    consent: () => result(state, [{ text: ctx.t('consent') }]),
    research: () => result(state, [{ text: ctx.t('research') }]),
    kecamatan: () => result(st('kecamatan'), [{ text: ctx.t('askKecamatan') }]),
    kecamatanList: () => result(state, [{ text: ctx.t('kecamatanList', { list: kecamatanList(ctx) }) }]),
    kecamatanConfirm: () => result(st('kecamatan'), [{ text: ctx.t('askKecamatan') }]),
    product: () => askProduct(ctx, state.data),
  };
  return (prompts[state.step] ?? prompts.lang!)();
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
        const t = translator(lang);
        return result(st('consent'), [{ text: t('consent') }], [{ type: 'updateWorker', changes: { lang } }]);
      }
      case 'consent': {
        const yn = parseYesNo(input.text);
        if (yn === 'no')
          return result(null, [{ text: ctx.t('refused') }], [{ type: 'refuseConsent', version: CONSENT_VERSION }]);
        if (yn !== 'yes')
          return result(state, [{ text: `${ctx.t('chooseNumber', { max: 2 })}\n\n${ctx.t('consent')}` }]);
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
          [{ text: ctx.t(yn === 'yes' ? 'researchYes' : 'researchNo') }, { text: ctx.t('askKecamatan') }],
          [
            { type: 'consent', kind: 'research', decision: yn, version: CONSENT_VERSION },
            { type: 'updateWorker', changes: { researchConsent: yn === 'yes' } },
          ],
        );
      }
      case 'kecamatan':
      case 'kecamatanList':
        return chooseKecamatan(state, input, ctx);
      case 'kecamatanConfirm': {
        const yn = parseYesNo(input.text);
        if (yn === 'yes') return askProduct(ctx, { kecamatan: state.data.guess });
        if (yn === 'no')
          return result(st('kecamatanList'), [{ text: ctx.t('kecamatanList', { list: kecamatanList(ctx) }) }]);
        // Not yes or no: maybe she typed another name.
        return chooseKecamatan(st('kecamatan'), input, ctx);
      }
      case 'product': {
        const n = parseChoice(input.text);
        const byName = PRODUCTS.find(
          (p) =>
            input.lower.length >= 3 &&
            (p.id.toLowerCase().includes(input.lower) || p.en.toLowerCase().includes(input.lower)),
        );
        const product = n !== null && n >= 1 && n <= PRODUCTS.length ? PRODUCTS[n - 1]! : byName;
        if (!product) {
          return result(state, [
            { text: `${ctx.t('chooseNumber', { max: PRODUCTS.length })}\n${productList(ctx.lang)}` },
          ]);
        }
        const kecamatan = String(state.data.kecamatan);
        const shown = kecamatan === OUTSIDE_REGION ? ctx.t('outsideKediri') : kecamatan;
        return {
          ...result(
            null,
            [{ text: ctx.t('done', { kecamatan: shown }) }],
            [{ type: 'updateWorker', changes: { kecamatan, product: product.code } }],
          ),
          goto: { flow: 'menu' },
        };
      }
      default:
        return onboardingFlow.start(ctx);
    }
  },
};

function chooseKecamatan(_state: ConvState, input: Input, ctx: FlowContext): StepResult {
  const n = parseChoice(input.text);
  const count = REGION.kecamatan.length + 1;
  if (n === 0) return result(st('kecamatanList'), [{ text: ctx.t('kecamatanList', { list: kecamatanList(ctx) }) }]);
  if (n !== null) {
    if (n >= 1 && n <= REGION.kecamatan.length) return askProduct(ctx, { kecamatan: REGION.kecamatan[n - 1] });
    if (n === count) return askProduct(ctx, { kecamatan: OUTSIDE_REGION });
    return result(st('kecamatanList'), [
      {
        text: `${ctx.t('chooseNumber', { max: count })}\n${ctx.t('kecamatanList', { list: kecamatanList(ctx) })}`,
      },
    ]);
  }
  const m = matchKecamatan(input.text);
  if (m.kind === 'exact') return askProduct(ctx, { kecamatan: m.name });
  if (m.kind === 'guess') {
    return result(st('kecamatanConfirm', { guess: m.name }), [{ text: ctx.t('kecamatanConfirm', { name: m.name }) }]);
  }
  return result(st('kecamatan'), [{ text: ctx.t('kecamatanUnknown') }]);
}
