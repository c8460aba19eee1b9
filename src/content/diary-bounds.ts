// What counts as plausible in a work diary. A value outside these bounds is
// not refused: the bot asks her to confirm it (a typo is more likely than a
// Rp5 juta piece rate). Figures from /shared/domain/homework.md (public reports
// of home-work pay in East Java and beyond: Rp250 a broom to Rp8,000 a pair).
export const DIARY_BOUNDS = {
  /** Piece rate, rupiah per piece ("Rp50 to Rp50,000 a piece is plausible"). */
  ratePerPiece: { min: 50, max: 50_000 },
  /** The value of one order (pieces x rate) above which we ask "really?". */
  orderTotal: { max: 20_000_000 },
  /** Pieces in one order or one hand-in before we ask "really?". */
  pieces: { max: 5_000 },
  /** One payment or advance, rupiah. */
  payment: { min: 1_000, max: 10_000_000 },
  /** One cost she paid (electricity, glue, transport), rupiah. */
  cost: { min: 500, max: 2_000_000 },
  /** Hours in one day: above `confirm` we ask; above `max` is impossible. */
  hoursPerDay: { confirm: 16, max: 24 },
  /** Family members helping on one day. */
  helpers: { confirm: 10, max: 30 },
  /** A diary date further back than this is confirmed. */
  daysBack: 366,
  /** Longest employer name and product we keep, in characters. */
  nameLength: 40,
} as const;
