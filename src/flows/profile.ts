// Her kecamatan and main kind of work: the questions and how answers are read,
// shared by onboarding and settings, and the one-time offer to fill a missing
// kecamatan. Pure: the flows that use these keep their own states.
import { MAX_OTHER_WORK, OTHER_PRODUCT, PRODUCTS, type ProductCode, productLabel } from '../content/products.ts';
import { NEIGHBOUR, OUTSIDE_REGION, REGION } from '../content/region.ts';
import { parseChoice, parseYesNo } from '../parse/choice.ts';
import { matchKecamatan } from '../parse/kecamatan.ts';
import { matchWork } from '../parse/work.ts';
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

/**
 * Either her answer (a kecamatan of the region, or OUTSIDE_REGION, with a note
 * to show her first when she named a kecamatan of Kota Kediri), or the next
 * sub-question.
 */
export type KecamatanAnswer =
  | { done: string; note?: string }
  | { step: KecamatanStep; data: Record<string, unknown>; text: string };

export function kecamatanList(ctx: FlowContext): string {
  const names = [...REGION.kecamatan, ctx.t('outsideKediri')];
  return names.map((n, i) => `${i + 1} ${n}`).join('\n');
}

/** Her kecamatan as she reads it. */
export function kecamatanName(code: string | null, ctx: FlowContext): string {
  if (code === OUTSIDE_REGION) return ctx.t('outsideKediri');
  return code ?? ctx.t('notSet');
}

/** Her kind of work as she reads it: "Lainnya: bulu mata" for work on no list. */
export function productName(code: string | null, ctx: FlowContext, other?: string | null): string {
  return productLabel(code, ctx.lang, other) ?? ctx.t('notSet');
}

/** The first question; its answer is read by answerKecamatan at step 'kecamatan'. */
export function askKecamatan(ctx: FlowContext): string {
  return ctx.t('askKecamatan');
}

function listAnswer(ctx: FlowContext, error?: string): KecamatanAnswer {
  const list = ctx.t('kecamatanList', { list: kecamatanList(ctx) });
  return { step: 'kecamatanList', data: {}, text: error ? `${error}\n${list}` : list };
}

/** A kecamatan of Kota Kediri: stored as outside the region, and she is told so kindly. */
function outside(name: string, ctx: FlowContext): KecamatanAnswer {
  return { done: OUTSIDE_REGION, note: ctx.t('kecamatanOutside', { name, city: NEIGHBOUR.name }) };
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
    if (yn === 'yes') return data.outside === true ? outside(String(data.guess), ctx) : { done: String(data.guess) };
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
  if (m.kind === 'exact') return m.outside ? outside(m.name, ctx) : { done: m.name };
  if (m.kind === 'guess') {
    const name = m.outside ? `${m.name} (${NEIGHBOUR.name})` : m.name;
    return {
      step: 'kecamatanConfirm',
      data: { guess: m.name, ...(m.outside ? { outside: true } : {}) },
      text: ctx.t('kecamatanConfirm', { name }),
    };
  }
  return { step: 'kecamatan', data: {}, text: ctx.t('kecamatanUnknown') };
}

export function productList(lang: Lang): string {
  return PRODUCTS.map((p, i) => `${i + 1} ${lang === 'en' ? p.en : p.id}`).join('\n');
}

export function askProduct(ctx: FlowContext): string {
  return ctx.t('askProduct', { list: productList(ctx.lang) });
}

export type ProductStep = 'product' | 'productConfirm' | 'productOther';

/** Either her answer (a code, with her own words for other work), or the next sub-question. */
export type ProductAnswer =
  | { done: ProductCode; other: string | null }
  | { step: ProductStep; data: Record<string, unknown>; text: string };

/** Her description of other work as it is kept: as typed, without end punctuation, short. */
function ownWords(text: string): string {
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/[\s.,!?;:]+$/, '')
    .trim();
  return t.length > MAX_OTHER_WORK ? `${t.slice(0, MAX_OTHER_WORK - 1).trimEnd()}…` : t;
}

const productChoice = (n: number | null) => (n !== null && n >= 1 && n <= PRODUCTS.length ? PRODUCTS[n - 1]! : null);

function productListAnswer(ctx: FlowContext, first: string): ProductAnswer {
  return { step: 'product', data: {}, text: `${first}\n${productList(ctx.lang)}` };
}

function askOther(ctx: FlowContext): ProductAnswer {
  return { step: 'productOther', data: {}, text: ctx.t('productOtherAsk') };
}

/**
 * Reads an answer to the product question: a number of the list, or her words
 * ("njahit mukena", "sewing"), typos forgiven and confirmed. Work on no list is
 * kept as "Lainnya" with her words, once she confirms them.
 */
export function answerProduct(
  step: ProductStep,
  data: Record<string, unknown>,
  input: Input,
  ctx: FlowContext,
): ProductAnswer {
  const n = parseChoice(input.text);
  if (step === 'productOther') {
    if (n === 0) return { done: OTHER_PRODUCT, other: null };
    const chosen = productChoice(n);
    if (chosen) return { done: chosen.code, other: null };
    const m = matchWork(input.text);
    if (m.kind === 'exact') return { done: m.code, other: null };
    if (m.kind === 'other' || m.kind === 'none' || n !== null) return askOther(ctx);
    return { done: OTHER_PRODUCT, other: ownWords(input.text) };
  }
  if (step === 'productConfirm') {
    const yn = parseYesNo(input.text);
    if (yn === 'yes') {
      const other = typeof data.other === 'string' ? data.other : null;
      return { done: String(data.guess) as ProductCode, other };
    }
    if (yn === 'no') return productListAnswer(ctx, ctx.t('productChooseList'));
    // Not yes or no: maybe she typed her work again.
  }
  if (n !== null) {
    const chosen = productChoice(n);
    if (chosen?.code === OTHER_PRODUCT) return askOther(ctx);
    if (chosen) return { done: chosen.code, other: null };
    return productListAnswer(ctx, ctx.t('chooseNumber', { max: PRODUCTS.length }));
  }
  const m = matchWork(input.text);
  switch (m.kind) {
    case 'exact':
      return { done: m.code, other: null };
    case 'guess':
      return {
        step: 'productConfirm',
        data: { guess: m.code },
        text: ctx.t('productConfirm', { name: productName(m.code, ctx) }),
      };
    case 'several':
      return productListAnswer(ctx, ctx.t('productSeveral'));
    case 'other':
      return askOther(ctx);
    case 'unlisted': {
      const other = ownWords(m.text);
      return {
        step: 'productConfirm',
        data: { guess: OTHER_PRODUCT, other },
        text: ctx.t('productUnlisted', { text: other, name: productName(OTHER_PRODUCT, ctx, other) }),
      };
    }
    default:
      return productListAnswer(ctx, ctx.t('chooseNumber', { max: PRODUCTS.length }));
  }
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
