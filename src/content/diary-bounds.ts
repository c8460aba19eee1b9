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

/**
 * What the diary stores at most (src/db/diary.ts refuses more, and the bot says
 * so). Far beyond anything real, unlike DIARY_BOUNDS, which only ask "really?";
 * they keep every figure a whole number inside a PostgreSQL integer, and the
 * value of an order (pieces x rate) or a sum of many exact in JavaScript.
 */
export const DIARY_LIMITS = {
  /** Pieces in one order, hand-in or rejection. */
  pieces: 1_000_000,
  /** An order's quantity in its own unit (kodi, lusin, ...). */
  quantity: 1_000_000,
  /** How many units a rate is quoted for ("14rb per seribu batang"). */
  rateCount: 1_000_000,
  /** Any one amount in rupiah: a rate, a payment, a deduction, a cost (Rp1 miliar). */
  rupiah: 1_000_000_000,
  /** Minutes of work on one day. */
  minutes: DIARY_BOUNDS.hoursPerDay.max * 60,
  /** Family members helping on one day. */
  helpers: DIARY_BOUNDS.helpers.max,
  /** Characters of an employer's name or a product. */
  text: 200,
} as const;
