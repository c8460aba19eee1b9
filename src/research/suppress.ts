// Small-cell suppression for a two-way table of counts with its margins.
//
// The table is (R+1) x (C+1): R x C inner cells, a last column of row totals,
// a last row of column totals and the grand total in the corner. Every row and
// every column of it is one additive relation (cells sum to the margin), so a
// reader who sees the margins and the other cells of a line can work out one
// hidden cell in it, and by chaining relations across lines, more.
//
// Primary suppression hides every entry with 0 < n < k (inner cells and
// margins alike). Complementary suppression then hides more entries until no
// hidden entry can be worked out exactly. With hidden entries as edges of a
// bipartite graph between lines (row nodes, column nodes), the hidden values
// can move along any cycle of that graph without breaking a relation, and an
// entry is fixed by the published numbers exactly when its edge lies on no
// cycle (a bridge). So: every line has 0 or at least 2 hidden entries, and no
// hidden entry is a bridge. Complements are chosen to lose little: inner cells
// before margins, non-empty cells before empty ones (an empty cell moves in one
// direction only), small counts before large ones.
//
// Pure: no I/O. Tested with fast-check against an independent rank check.

export interface Suppression {
  /** true where the entry must not be published. Same shape as the input. */
  hidden: boolean[][];
  /** true where the entry itself is under k (the rest are complements). */
  primary: boolean[][];
}

/** Builds the (R+1) x (C+1) table from inner counts when the margins are their sums. */
export function withMargins(inner: number[][]): number[][] {
  const R = inner.length;
  const C = inner[0]?.length ?? 0;
  const out = inner.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const colTotals = Array.from({ length: C + 1 }, (_, j) => out.reduce((a, row) => a + row[j]!, 0));
  out.push(colTotals);
  void R;
  return out;
}

/** True when 0 < n < k: a cell describing fewer than k people (empty cells describe nobody). */
export function isSmall(n: number, k: number): boolean {
  return n > 0 && n < k;
}

export function suppress(table: number[][], k: number): Suppression {
  const R1 = table.length;
  const C1 = table[0]?.length ?? 0;
  for (const row of table) if (row.length !== C1) throw new Error('suppress: ragged table');
  const primary = table.map((row) => row.map((n) => isSmall(n, k)));
  const hidden = primary.map((row) => [...row]);
  if (R1 === 0 || C1 === 0) return { hidden, primary };

  const isMargin = (i: number, j: number) => i === R1 - 1 || j === C1 - 1;
  const cost = (i: number, j: number) => {
    const n = table[i]![j]!;
    return (n === 0 ? 1e12 : 0) + (isMargin(i, j) ? 1e9 : 0) + n;
  };
  const cheapest = (cands: [number, number][], prefer?: (i: number, j: number) => boolean): [number, number] | null => {
    let best: [number, number] | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const [i, j] of cands) {
      if (hidden[i]![j]) continue;
      // A complement that closes a cycle with hidden entries already there is worth a little more.
      const c = cost(i, j) - (prefer?.(i, j) ? 0.5 : 0);
      if (c < bestCost) {
        bestCost = c;
        best = [i, j];
      }
    }
    return best;
  };
  const rowHidden = (i: number) => hidden[i]!.filter(Boolean).length;
  const colHidden = (j: number) => hidden.reduce((a, row) => a + (row[j] ? 1 : 0), 0);

  for (let guard = 0; guard < R1 * C1 + 1; guard++) {
    let changed = false;
    // 1. No line with exactly one hidden entry.
    for (let i = 0; i < R1; i++) {
      if (rowHidden(i) !== 1) continue;
      const cands = Array.from({ length: C1 }, (_, j) => [i, j] as [number, number]);
      const pick = cheapest(cands, (_i, j) => colHidden(j) > 0);
      if (pick) {
        hidden[pick[0]]![pick[1]] = true;
        changed = true;
      }
    }
    for (let j = 0; j < C1; j++) {
      if (colHidden(j) !== 1) continue;
      const cands = Array.from({ length: R1 }, (_, i) => [i, j] as [number, number]);
      const pick = cheapest(cands, (i) => rowHidden(i) > 0);
      if (pick) {
        hidden[pick[0]]![pick[1]] = true;
        changed = true;
      }
    }
    if (changed) continue;
    // 2. No hidden entry that could be worked out through a chain of relations.
    const bridge = findBridge(hidden);
    if (!bridge) break;
    const { sideOfRow } = bridge;
    // Join the two sides with one more hidden entry: a row on the column's side
    // and a column on the row's side close a cycle through the bridge.
    const cands: [number, number][] = [];
    for (let i = 0; i < R1; i++)
      for (let j = 0; j < C1; j++) if (sideOfRow.rows[i] === false && sideOfRow.cols[j] === true) cands.push([i, j]);
    const pick = cheapest(cands);
    if (!pick) throw new Error('suppress: no complement for a bridge'); // unreachable: see comment above
    hidden[pick[0]]![pick[1]] = true;
  }
  return { hidden, primary };
}

/**
 * Finds one hidden entry whose edge is a bridge of the row-column graph, and
 * returns which lines stay connected to its row once it is removed
 * (true = the row's side, false = the column's side, undefined = neither).
 */
export function findBridge(
  hidden: boolean[][],
): { cell: [number, number]; sideOfRow: { rows: (boolean | undefined)[]; cols: (boolean | undefined)[] } } | null {
  const R1 = hidden.length;
  const C1 = hidden[0]?.length ?? 0;
  for (let i = 0; i < R1; i++) {
    for (let j = 0; j < C1; j++) {
      if (!hidden[i]![j]) continue;
      // Remove edge (i, j) and see whether column j is still reachable from row i.
      const rows: (boolean | undefined)[] = new Array(R1).fill(undefined);
      const cols: (boolean | undefined)[] = new Array(C1).fill(undefined);
      const stack: ['r' | 'c', number][] = [['r', i]];
      rows[i] = true;
      while (stack.length) {
        const [kind, n] = stack.pop()!;
        if (kind === 'r') {
          for (let c = 0; c < C1; c++) {
            if (!hidden[n]![c] || (n === i && c === j) || cols[c]) continue;
            cols[c] = true;
            stack.push(['c', c]);
          }
        } else {
          for (let r = 0; r < R1; r++) {
            if (!hidden[r]![n] || (r === i && n === j) || rows[r]) continue;
            rows[r] = true;
            stack.push(['r', r]);
          }
        }
      }
      if (cols[j]) continue;
      // Mark the column's side as false.
      const st: ['r' | 'c', number][] = [['c', j]];
      cols[j] = false;
      while (st.length) {
        const [kind, n] = st.pop()!;
        if (kind === 'r') {
          for (let c = 0; c < C1; c++) {
            if (!hidden[n]![c] || (n === i && c === j) || cols[c] !== undefined) continue;
            cols[c] = false;
            st.push(['c', c]);
          }
        } else {
          for (let r = 0; r < R1; r++) {
            if (!hidden[r]![n] || (r === i && n === j) || rows[r] !== undefined) continue;
            rows[r] = false;
            st.push(['r', r]);
          }
        }
      }
      return { cell: [i, j], sideOfRow: { rows, cols } };
    }
  }
  return null;
}
