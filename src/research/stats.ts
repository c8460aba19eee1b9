// Order statistics for research aggregates. Quantiles interpolate linearly
// between order statistics (Hyndman & Fan type 7: the default of R's
// quantile(), numpy and pandas), so anyone can reproduce a figure by hand.

export function quantile(values: readonly number[], p: number): number | null {
  return quantileOfSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/** The same, of values already in ascending order (several quantiles of one sort). */
export function quantileOfSorted(s: ArrayLike<number>, p: number): number | null {
  if (!s.length) return null;
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** Share (0..1) of true among the known values; null when none is known. */
export function share(values: readonly (boolean | null)[]): { share: number | null; n: number } {
  const known = values.filter((v): v is boolean => v !== null);
  if (!known.length) return { share: null, n: 0 };
  return { share: known.filter(Boolean).length / known.length, n: known.length };
}

/** Rounds money-like figures for publication (whole rupiah). */
export function roundRp(v: number | null): number | null {
  return v === null ? null : Math.round(v);
}

/** Rounds a share to 3 decimals. */
export function round3(v: number | null): number | null {
  return v === null ? null : Math.round(v * 1000) / 1000;
}
