import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBridge, suppress, withMargins } from '../../src/research/suppress.ts';
import { derivable, linesOk } from '../helpers/suppression.ts';

const K = 5;

describe('suppress', () => {
  it('hides nothing when every cell has at least k', () => {
    const t = withMargins([
      [5, 9],
      [7, 12],
    ]);
    const s = suppress(t, K);
    expect(s.hidden.flat().some(Boolean)).toBe(false);
  });

  it('one small cell: hides a rectangle of four, cheapest complements, margins kept', () => {
    const t = withMargins([
      [2, 9, 30],
      [8, 6, 40],
      [20, 7, 50],
    ]);
    const s = suppress(t, K);
    expect(s.primary[0]![0]).toBe(true);
    const hiddenCells = s.hidden.flatMap((row, i) => row.flatMap((h, j) => (h ? [[i, j]] : [])));
    expect(hiddenCells).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(derivable(t, s.hidden)).toEqual([]);
  });

  it('a small cell alone in a row with empty cells still gets a complement', () => {
    // Row 0: 3 and two empty cells. Hiding only the 3 leaves it equal to the row total.
    const t = withMargins([
      [3, 0, 0],
      [10, 10, 10],
      [10, 10, 10],
    ]);
    const s = suppress(t, K);
    // The row total (3) is itself small, so it is hidden, and the column needs a complement.
    expect(s.hidden[0]![0]).toBe(true);
    expect(s.hidden[0]![3]).toBe(true);
    expect(linesOk(s.hidden)).toBe(true);
    expect(derivable(t, s.hidden)).toEqual([]);
  });

  it('breaks a bridge between two hidden rectangles (each line has two hidden, still derivable)', () => {
    // Two 2x2 blocks of hidden cells joined by one cell: every line with hidden cells has >= 2,
    // yet the joining cell is fixed by the relations. The check must find it.
    const hidden = [
      [true, true, false, false, false],
      [true, true, true, false, false],
      [false, false, true, true, false],
      [false, false, true, true, false],
      [false, false, false, false, false],
    ];
    // Row 1 has three hidden, column 2 has three: lines are "ok" but (1,2) is a bridge.
    expect(linesOk(hidden)).toBe(true);
    expect(findBridge(hidden)?.cell).toEqual([1, 2]);
    const t = withMargins([
      [1, 1, 9, 9],
      [1, 1, 1, 9],
      [9, 9, 1, 1],
      [9, 9, 1, 1],
    ]);
    expect(derivable(t, hidden)).toContainEqual([1, 2]);
    const s = suppress(t, K);
    expect(derivable(t, s.hidden)).toEqual([]);
  });

  it('a small margin is hidden with its complements', () => {
    // Column 2 totals 4 over two cells of 2: the total and both cells are under k.
    const t = withMargins([
      [10, 10, 2],
      [10, 10, 2],
    ]);
    const s = suppress(t, K);
    expect(s.hidden[2]![2]).toBe(true);
    expect(derivable(t, s.hidden)).toEqual([]);
    expect(linesOk(s.hidden)).toBe(true);
  });

  it('property: on tables built to tempt it, every small entry is hidden, every line has 0 or >= 2 hidden, nothing is derivable', () => {
    // Mostly small counts and zeros, with a few large ones: the hardest case for complements.
    const count = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: K - 1 }) },
      { weight: 2, arbitrary: fc.constant(0) },
      { weight: 3, arbitrary: fc.integer({ min: K, max: 40 }) },
    );
    const inner = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(inner, (cells) => {
        const t = withMargins(cells);
        const s = suppress(t, K);
        for (let i = 0; i < t.length; i++)
          for (let j = 0; j < t[0]!.length; j++) {
            const n = t[i]![j]!;
            if (n > 0 && n < K && !s.hidden[i]![j]) return false;
            if (s.primary[i]![j] && !s.hidden[i]![j]) return false;
          }
        if (!linesOk(s.hidden)) return false;
        if (findBridge(s.hidden)) return false;
        return derivable(t, s.hidden).length === 0;
      }),
      { numRuns: 400 },
    );
  });

  it('property: never hides anything in a table with no small entries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: K, max: 100 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (cells) => !suppress(withMargins(cells), K).hidden.flat().some(Boolean),
      ),
    );
  });
});
