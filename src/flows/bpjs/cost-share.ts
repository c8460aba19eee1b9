// What a monthly contribution is as a share of her own monthly earnings. Pure
// integer arithmetic: money is integer rupiah, the share is in thousandths.

/**
 * The cost as thousandths (per mille) of her earnings, rounded half up, or
 * null when there are no positive earnings to compare with.
 */
export function costSharePermille(monthlyCostIdr: number, monthlyEarningsIdr: number): number | null {
  if (!Number.isInteger(monthlyCostIdr) || !Number.isInteger(monthlyEarningsIdr)) return null;
  if (monthlyCostIdr < 0 || monthlyEarningsIdr <= 0) return null;
  // round(cost * 1000 / earnings), half up, without floating point.
  return Math.floor((monthlyCostIdr * 2000 + monthlyEarningsIdr) / (2 * monthlyEarningsIdr));
}

/** 21 -> "2,1%" (id) or "2.1%" (en); 20 -> "2%". */
export function formatPermille(permille: number, lang: string): string {
  const whole = Math.floor(permille / 10);
  const tenth = permille % 10;
  return tenth === 0 ? `${whole}%` : `${whole}${lang === 'id' ? ',' : '.'}${tenth}%`;
}
