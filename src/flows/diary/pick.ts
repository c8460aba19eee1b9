// Orders offered for a choice by number, a page at a time: 1-5 on the page and
// 9 for the next one (after the last, back to the first), so every order is
// reachable by digits however many she has, and a list message stays short.
import { parseChoice, parseYesNo } from '../../parse/choice.ts';
import type { FlowContext } from '../types.ts';
import { numbered } from './show.ts';

export const ORDER_PAGE = 5;
/** The digit that turns the page; never an item, since a page holds fewer. */
const NEXT = 9;

export interface Page<T> {
  page: number;
  pages: number;
  shown: T[];
}

export function pageOf<T>(items: T[], page = 0): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / ORDER_PAGE));
  const p = Number.isInteger(page) && page >= 0 && page < pages ? page : 0;
  return { page: p, pages, shown: items.slice(p * ORDER_PAGE, (p + 1) * ORDER_PAGE) };
}

/** The page's lines numbered from 1, and "9 Order lainnya" when there is more than one page. */
export function pageText<T>(pg: Page<T>, label: (item: T) => string, ctx: FlowContext): string {
  const list = numbered(pg.shown.map(label));
  if (pg.pages <= 1) return list;
  return `${list}\n${NEXT} ${ctx.t(pg.page + 1 < pg.pages ? 'moreOrders' : 'firstOrders')}`;
}

export type Picked<T> = { item: T } | { next: number } | { bad: true } | null;

/** What she typed: an item of the page, the next page, a number that is neither, or no number (null). */
export function pickOnPage<T>(text: string, pg: Page<T>): Picked<T> {
  const n = parseChoice(text);
  // "inggih", "yes" to a list of one: that one.
  if (n === null && pg.shown.length === 1 && pg.pages <= 1 && parseYesNo(text) === 'yes') return { item: pg.shown[0]! };
  if (n === null) return null;
  if (n === NEXT && pg.pages > 1) return { next: (pg.page + 1) % pg.pages };
  const item = n >= 1 ? pg.shown[n - 1] : undefined;
  return item ? { item } : { bad: true };
}

/** "Balas dengan angka 1 sampai 5, 9 untuk order lainnya." */
export function chooseOnPage<T>(pg: Page<T>, ctx: FlowContext, zero: boolean): string {
  return ctx.t('chooseOrder', { max: pg.shown.length, more: pg.pages > 1, zero });
}
