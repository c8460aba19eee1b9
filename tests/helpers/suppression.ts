// Independent checks of a suppression pattern, for tests.
/**
 * Independent check by linear algebra: with the hidden entries as unknowns and
 * every line of the table a relation (cells sum to the margin), an unknown is
 * fixed exactly when its column in the relation matrix is not in the span of
 * the other unknowns' columns.
 */
export function derivable(table: number[][], hidden: boolean[][]): [number, number][] {
  const R1 = table.length;
  const C1 = table[0]!.length;
  const unknowns: [number, number][] = [];
  for (let i = 0; i < R1; i++) for (let j = 0; j < C1; j++) if (hidden[i]![j]) unknowns.push([i, j]);
  // Relation coefficients: inner cells +1, the margin of the line -1.
  const column = ([i, j]: [number, number]): number[] => {
    const v = new Array(R1 + C1).fill(0);
    v[i] = j === C1 - 1 ? -1 : 1;
    v[R1 + j] = i === R1 - 1 ? -1 : 1;
    return v;
  };
  const rank = (cols: number[][]): number => {
    const m = cols.map((c) => [...c]);
    let r = 0;
    const n = R1 + C1;
    for (let p = 0; p < n && r < m.length; p++) {
      const piv = m.findIndex((c, idx) => idx >= r && Math.abs(c[p]!) > 1e-9);
      if (piv < 0) continue;
      [m[r], m[piv]] = [m[piv]!, m[r]!];
      for (let q = 0; q < m.length; q++) {
        if (q === r) continue;
        const f = m[q]![p]! / m[r]![p]!;
        if (f !== 0) for (let x = 0; x < n; x++) m[q]![x]! -= f * m[r]![x]!;
      }
      r++;
    }
    return r;
  };
  const all = unknowns.map(column);
  const full = rank(all);
  return unknowns.filter((_, idx) => rank(all.filter((_, o) => o !== idx)) < full);
}

export function linesOk(hidden: boolean[][]): boolean {
  const R1 = hidden.length;
  const C1 = hidden[0]!.length;
  for (let i = 0; i < R1; i++) {
    const n = hidden[i]!.filter(Boolean).length;
    if (n === 1) return false;
  }
  for (let j = 0; j < C1; j++) {
    const n = hidden.filter((row) => row[j]).length;
    if (n === 1) return false;
  }
  return true;
}
