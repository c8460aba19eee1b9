// Piece-rate arithmetic. A rate is kept as she quoted it (Rp4.000 per kodi,
// Rp10.000 per 3 pasang, Rp14.000 per 1.000 biji) so no rupiah is lost to
// rounding: the value of a hand-in is
// round(accepted pieces x amount / (count x pieces per quoted unit)), rounded
// half up once per hand-in (3 pairs at Rp10.000 per 3 pasang are Rp10.000, not
// 3 x Rp3.333). The per-piece rate stored for research is the same division
// rounded half up to whole rupiah (Rp5.000 a lusin -> Rp417).
// An order taken before she was told the rate has none yet: its work has no
// value until the rate is set (worthAt gives null), never a guessed one.
import { roundHalfUp } from '../parse/number.ts';
import { type UnitCode, unitOf } from '../parse/units.ts';

export function piecesPer(unit: UnitCode): number {
  return unitOf(unit).pieces;
}

/** A rate as quoted: `rateAmount` rupiah per `rateCount` (default 1) `ratePer`. */
export interface QuotedRate {
  rateAmount: number;
  ratePer: UnitCode;
  rateCount?: number;
}

/** How many pieces the quoted amount is for: count x pieces per unit. */
function piecesQuoted(per: UnitCode, count: number): number {
  if (!(count > 0)) throw new Error(`A rate is for a positive number of units, not ${count}`);
  return count * piecesPer(per);
}

export function ratePerPiece(amount: number, per: UnitCode, count = 1): number {
  return roundHalfUp(amount / piecesQuoted(per, count));
}

export function worthOf(pieces: number, rate: QuotedRate): number {
  return roundHalfUp((pieces * rate.rateAmount) / piecesQuoted(rate.ratePer, rate.rateCount ?? 1));
}

/** A rate that may not be known yet (rateAmount and ratePer null). */
export interface MaybeRate {
  rateAmount: number | null;
  ratePer: UnitCode | null;
  rateCount?: number;
}

/** worthOf at a rate that may not be known yet: null until it is. */
export function worthAt(pieces: number, rate: MaybeRate): number | null {
  if (rate.rateAmount === null || rate.ratePer === null) return null;
  return worthOf(pieces, { rateAmount: rate.rateAmount, ratePer: rate.ratePer, rateCount: rate.rateCount });
}
