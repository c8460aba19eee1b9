// BANDINGKAN (compare): what others nearby are paid for the same work this
// month, as coarse bands around the median, so she can bargain. Figures for her
// kecamatan only when at least k genuine contributors (see
// src/research/compare.ts) are in it; else for the regency; else "not enough data".
import { productLabel } from '../content/products.ts';
import { MONTHS_EN, MONTHS_ID } from './messages/months.ts';
import type { Flow, FlowContext, Input, StepResult } from './types.ts';
import { need, result } from './types.ts';

/** A coarse range of rupiah that holds a median: never the median itself. */
export interface RateBand {
  low: number;
  high: number;
}

export interface RateFigures {
  /** Other genuine contributors in the group (she is never counted). */
  n: number;
  /** How many of them have a piece rate, and the band of its median in rupiah per piece. */
  rateN: number;
  rate: RateBand | null;
  /** How many of them logged hours, and the band of the median of their rupiah per hour. */
  hourlyN: number;
  hourly: RateBand | null;
}

export interface CompareFacts {
  /** YYYY-MM (WIB) the figures are for. */
  month: string;
  kecamatan: RateFigures | null;
  regency: RateFigures | null;
  own: { rate: number | null; hourly: number | null };
  /** UMK hourly equivalent for the month, rupiah. */
  umkHourly: number | null;
}

declare module './types.ts' {
  interface FactMap {
    compareRates: CompareFacts;
  }
}

const WORDS = new Set(['bandingkan', 'banding', 'bandingin', 'compare', 'bandingkan upah', 'compare pay']);

function monthName(ym: string, lang: string): string {
  const [y, m] = ym.split('-');
  return `${(lang === 'en' ? MONTHS_EN : MONTHS_ID)[Number(m) - 1]} ${y}`;
}

export function compareReplies(ctx: FlowContext, f: CompareFacts): string {
  const { worker, settings } = ctx;
  const product = productLabel(worker.product, ctx.lang)!.toLowerCase();
  const month = monthName(f.month, ctx.lang);
  // The k rule is applied here, on every figure: a median of fewer than k workers is never shown.
  const k = settings.kAnonymity;
  const shown = (g: RateFigures | null) =>
    g && g.n >= k ? { n: g.n, rate: g.rateN >= k ? g.rate : null, hourly: g.hourlyN >= k ? g.hourly : null } : null;
  const cell = shown(f.kecamatan);
  const regency = shown(f.regency);
  const usable = (g: ReturnType<typeof shown>): g is NonNullable<ReturnType<typeof shown>> =>
    g !== null && (g.rate !== null || g.hourly !== null);
  const lines: string[] = [];
  const kecName = ctx.t('compareKecamatan', { name: worker.kecamatan ?? '' });
  if (usable(cell)) {
    lines.push(ctx.t('compareCell', { place: kecName, product, month, ...cell }));
  } else if (usable(regency)) {
    lines.push(ctx.t('compareRegencyOnly', { place: kecName }));
    lines.push(ctx.t('compareCell', { place: ctx.t('compareRegencyName'), product, month, ...regency }));
  } else {
    lines.push(ctx.t('compareNotEnough', { product, month }));
    if (f.umkHourly) lines.push(ctx.t('compareUmk', { hourly: f.umkHourly }));
    return lines.join('\n\n');
  }
  if (f.own.rate !== null || f.own.hourly !== null) lines.push(ctx.t('compareYours', f.own));
  if (f.umkHourly) lines.push(ctx.t('compareUmk', { hourly: f.umkHourly }));
  lines.push(ctx.t('compareUse'));
  return lines.join('\n\n');
}

/** BANDINGKAN typed alone, also inside another flow (the router answers it on the side there). */
export function isCompareWord(lower: string): boolean {
  return WORDS.has(lower.replace(/[.!?\s]+$/, ''));
}

/**
 * The figures. Without a kecamatan or product she is asked for them, unless
 * she is `aside` another flow (which stays open): then she is told how.
 */
function run(ctx: FlowContext, aside = false): StepResult {
  if (!ctx.worker.product || !productLabel(ctx.worker.product, ctx.lang) || !ctx.worker.kecamatan) {
    const text = ctx.t('compareNoProfile');
    if (aside) return result(null, [{ text: `${text} ${ctx.t('profileHowTo')}` }]);
    return { ...result(null, [{ text }]), goto: { flow: 'settings', args: { to: 'profile', compare: true } } };
  }
  const f = ctx.facts.compareRates;
  if (!f) return need('compareRates');
  return result(null, [{ text: compareReplies(ctx, f) }]);
}

export const compareFlow: Flow = {
  name: 'compare',
  menu: { order: 85, label: (ctx) => ctx.t('compareLabel') },
  start: (ctx, args) => run(ctx, args?.aside === true),
  step: (_state, _input: Input, ctx) => run(ctx),
  quick: (input) => (isCompareWord(input.lower) ? {} : null),
};
