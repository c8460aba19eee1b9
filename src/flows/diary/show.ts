// How diary values are written for her: money as Rp50.000, days as 28/11,
// quantities with their unit.
import { wibDate } from '../../core/time.ts';
import type { EmployerRec, Ledger, OrderRec } from '../../diary/ledger.ts';
import { addDays } from '../../diary/period.ts';
import { piecesPer } from '../../diary/rate.ts';
import type { Waiting } from '../../diary/summary.ts';
import { formatRupiah } from '../../parse/money.ts';
import type { UnitCode } from '../../parse/units.ts';
import type { FlowContext, Lang } from '../types.ts';

export const money = formatRupiah;

export function today(ctx: FlowContext): string {
  return wibDate(ctx.now);
}

/** 28/11, or 28/11/2025 when not this year. */
export function shortDay(day: string, ctx: FlowContext): string {
  const [y, m, d] = day.split('-');
  return y === today(ctx).slice(0, 4) ? `${d}/${m}` : `${d}/${m}/${y}`;
}

/** "hari ini, 28/11", "kemarin, 27/11" or "25/11". */
export function dayText(day: string, ctx: FlowContext): string {
  const t = today(ctx);
  if (day === t) return ctx.t('todayOn', { day: shortDay(day, ctx) });
  if (day === addDays(t, -1)) return ctx.t('yesterdayOn', { day: shortDay(day, ctx) });
  return shortDay(day, ctx);
}

/** 1,5 in Indonesian, 1.5 in English; whole numbers without decimals. */
export function num(n: number, lang: Lang): string {
  const s = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return lang === 'id' ? s.replace('.', ',') : s;
}

export function unitName(unit: UnitCode, ctx: FlowContext): string {
  return ctx.t('unitName', { unit });
}

/** "3 kodi (60)", "60 pasang". */
export function quantityText(count: number, unit: UnitCode, pieces: number, ctx: FlowContext): string {
  const base = `${num(count, ctx.lang)} ${unitName(unit, ctx)}`;
  return piecesPer(unit) === 1 ? base : `${base} (${pieces})`;
}

/** Pieces as she counts them for an order in `unit`: "3 kodi" when whole, else "65 biji" ("60 pasang"). */
export function piecesText(pieces: number, unit: UnitCode, ctx: FlowContext): string {
  const per = piecesPer(unit);
  if (per > 1 && pieces % per === 0) return `${num(pieces / per, ctx.lang)} ${unitName(unit, ctx)}`;
  return `${num(pieces, ctx.lang)} ${unitName(per > 1 ? 'pcs' : unit, ctx)}`;
}

/**
 * "Rp2.000/pasang", "Rp4.000/kodi (Rp200/biji)"; a rate for `count` units
 * "Rp10.000/3 pasang (Rp3.333/pasang)", "Rp14.000/1.000 biji (Rp14/biji)".
 */
export function rateText(amount: number, per: UnitCode, ctx: FlowContext, count = 1): string {
  if (count === 1) {
    const base = `${money(amount)}/${unitName(per, ctx)}`;
    if (piecesPer(per) === 1) return base;
    return `${base} (${money(Math.round(amount / piecesPer(per)))}/${unitName('pcs', ctx)})`;
  }
  // The count grouped by thousands as money is ("1.000"); then the rate of one piece, named by her unit
  // when one of it is one piece (pasang), else as biji.
  const base = `${money(amount)}/${money(count).slice('Rp'.length)} ${unitName(per, ctx)}`;
  const piece = piecesPer(per) === 1 ? per : 'pcs';
  return `${base} (${money(amount / (count * piecesPer(per)))}/${unitName(piece, ctx)})`;
}

export function employerName(ledger: Ledger, id: number): string {
  return ledger.employers.find((e) => e.id === id)?.name ?? '?';
}

/** A name cut for a list line ("Koperasi Pengrajin Sa…"), so a list of them stays short. */
export function shortName(s: string, max = 20): string {
  const chars = [...s];
  return chars.length <= max
    ? s
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** "Bu Yati: sandal (28/11)"; in lists (short) long names are cut. */
export function orderLabel(o: OrderRec, ledger: Ledger, ctx: FlowContext, short = false): string {
  const employer = employerName(ledger, o.employerId);
  const product = short ? shortName(o.product) : o.product;
  return `${short ? shortName(employer) : employer}: ${product} (${shortDay(o.receivedOn, ctx)})`;
}

/** Her employers, the one she dealt with last first. */
export function employersByUse(ledger: Ledger): EmployerRec[] {
  const last = new Map<number, string>();
  const seen = (id: number, at: string) => {
    if ((last.get(id) ?? '') < at) last.set(id, at);
  };
  for (const o of ledger.orders) seen(o.employerId, o.createdAt);
  for (const p of ledger.payments) seen(p.employerId, p.createdAt);
  // Same instant: the newer employer first.
  return [...ledger.employers].sort(
    (a, b) => (last.get(b.id) ?? '').localeCompare(last.get(a.id) ?? '') || b.id - a.id,
  );
}

export function numbered(items: string[]): string {
  return items.map((s, i) => `${i + 1} ${s}`).join('\n');
}

/** Work waiting for its rate, with one employer: "3 kodi sandal, 20 biji tas" (pieces handed in, else the goods). */
export function waitingText(waiting: Waiting[], ctx: FlowContext): string {
  return waiting
    .map((w) => (w.pieces ? `${piecesText(w.pieces, w.order.unit, ctx)} ${w.order.product}` : w.order.product))
    .join(', ');
}
