// Piece-rate arithmetic. A rate is kept as she quoted it (Rp4.000 per kodi) so
// no rupiah is lost to rounding: the value of a hand-in is
// round(accepted pieces x amount / pieces per quoted unit), rounded half up
// once per hand-in. The per-piece rate stored for research is the same
// division rounded half up to whole rupiah (Rp5.000 a lusin -> Rp417).
import { roundHalfUp } from '../parse/number.ts';
import { type UnitCode, unitOf } from '../parse/units.ts';

export function piecesPer(unit: UnitCode): number {
  return unitOf(unit).pieces;
}

export function ratePerPiece(amount: number, per: UnitCode): number {
  return roundHalfUp(amount / piecesPer(per));
}

export function worthOf(pieces: number, rate: { rateAmount: number; ratePer: UnitCode }): number {
  return roundHalfUp((pieces * rate.rateAmount) / piecesPer(rate.ratePer));
}
