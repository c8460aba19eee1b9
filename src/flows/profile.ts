// Her kecamatan and main kind of work: the questions and how answers are read,
// shared by onboarding and settings, and the one-time offer to fill a missing
// kecamatan. Pure: the flows that use these keep their own states.
import { PRODUCTS, type ProductCode, productLabel } from '../content/products.ts';
import { OUTSIDE_REGION, REGION } from '../content/region.ts';
import { parseChoice, parseYesNo } from '../parse/choice.ts';
import { matchKecamatan } from '../parse/kecamatan.ts';
import type { Effect, FactKey, FlowContext, Input, Lang, Reply } from './types.ts';

/** Offers to complete her profile, each made once. */
export type ProfileOffer = 'kecamatan';

declare module './types.ts' {
  interface EffectMap {
    /** The offer was shown: it is not made again. */
    profileOfferShown: { offer: ProfileOffer };
  }
  interface FactMap {
    /** The offers she has already been shown. */
    profileOffers: ProfileOffer[];
  }
}

export type KecamatanStep = 'kecamatan' | 'kecamatanList' | 'kecamatanConfirm';

/** Either her answer (a kecamatan of the region, or OUTSIDE_REGION), or the next sub-question. */
export type KecamatanAnswer = { done: string } | { step: KecamatanStep; data: Record<string, unknown>; text: string };

export function kecamatanList(ctx: FlowContext): string {
  const names = [...REGION.kecamatan, ctx.t('outsideKediri')];
  return names.map((n, i) => `${i + 1} ${n}`).join('\n');
}

/** Her kecamatan as she reads it. */
export function kecamatanName(code: string | null, ctx: FlowContext): string {
  if (code === OUTSIDE_REGION) return ctx.t('outsideKediri');
  return code ?? ctx.t('notSet');
}

export function productName(code: string | null, ctx: FlowContext): string {
  return productLabel(code, ctx.lang) ?? ctx.t('notSet');
}

/** The first question; its answer is read by answerKecamatan at step 'kecamatan'. */
export function askKecamatan(ctx: FlowContext): string {
  return ctx.t('askKecamatan');
}

function listAnswer(ctx: FlowContext, error?: string): KecamatanAnswer {
  const list = ctx.t('kecamatanList', { list: kecamatanList(ctx) });
  return { step: 'kecamatanList', data: {}, text: error ? `${error}\n${list}` : list };
}

/** Reads an answer to the kecamatan question: a number of the list, a name (typos forgiven), or yes/no to a guess. */
export function answerKecamatan(
  step: KecamatanStep,
  data: Record<string, unknown>,
  input: Input,
  ctx: FlowContext,
): KecamatanAnswer {
  if (step === 'kecamatanConfirm') {
    const yn = parseYesNo(input.text);
    if (yn === 'yes') return { done: String(data.guess) };
    if (yn === 'no') return listAnswer(ctx);
    // Not yes or no: maybe she typed another name.
  }
  const n = parseChoice(input.text);
  const count = REGION.kecamatan.length + 1;
  if (n === 0) return listAnswer(ctx);
  if (n !== null) {
    if (n >= 1 && n <= REGION.kecamatan.length) return { done: REGION.kecamatan[n - 1]! };
    if (n === count) return { done: OUTSIDE_REGION };
    return listAnswer(ctx, ctx.t('chooseNumber', { max: count }));
  }
  const m = matchKecamatan(input.text);
  if (m.kind === 'exact') return { done: m.name };
  if (m.kind === 'guess') {
    return { step: 'kecamatanConfirm', data: { guess: m.name }, text: ctx.t('kecamatanConfirm', { name: m.name }) };
  }
  return { step: 'kecamatan', data: {}, text: ctx.t('kecamatanUnknown') };
}

export function productList(lang: Lang): string {
  return PRODUCTS.map((p, i) => `${i + 1} ${lang === 'en' ? p.en : p.id}`).join('\n');
}

export function askProduct(ctx: FlowContext): string {
  return ctx.t('askProduct', { list: productList(ctx.lang) });
}

/** Reads an answer to the product question: a number of the list or part of a name ("jahit"). */
export function answerProduct(input: Input, ctx: FlowContext): { done: ProductCode } | { text: string } {
  const n = parseChoice(input.text);
  const byName = PRODUCTS.find(
    (p) =>
      input.lower.length >= 3 && (p.id.toLowerCase().includes(input.lower) || p.en.toLowerCase().includes(input.lower)),
  );
  const product = n !== null && n >= 1 && n <= PRODUCTS.length ? PRODUCTS[n - 1]! : byName;
  if (!product) return { text: `${ctx.t('chooseNumber', { max: PRODUCTS.length })}\n${productList(ctx.lang)}` };
  return { done: product.code };
}

/** Words that open the kecamatan or product question while idle. */
export function profileWord(lower: string): 'kecamatan' | 'product' | null {
  const t = lower.replace(/[.!?\s]+$/, '');
  if (/^((ganti|ubah|isi|atur) )?kecamatan$|^(sub-?district|change kecamatan|set kecamatan)$/.test(t))
    return 'kecamatan';
  if (/^((ganti|ubah|isi|atur) )?pekerjaan$|^(kind of work|change work|set work)$/.test(t)) return 'product';
  return null;
}

/**
 * A gentle note, once, when her profile lacks a kecamatan: the reply and the
 * effect that remembers it was shown; nothing when it was shown before or is
 * not needed. May first ask for the `profileOffers` fact.
 */
export function kecamatanOffer(ctx: FlowContext): { replies: Reply[]; effects: Effect[]; needs?: FactKey[] } {
  if (ctx.worker.kecamatan) return { replies: [], effects: [] };
  const shown = ctx.facts.profileOffers;
  if (!shown) return { replies: [], effects: [], needs: ['profileOffers'] };
  if (shown.includes('kecamatan')) return { replies: [], effects: [] };
  return {
    replies: [{ text: ctx.t('kecamatanOffer') }],
    effects: [{ type: 'profileOfferShown', offer: 'kecamatan' }],
  };
}
