import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL, aggregate, aggregateByCell, type Observation } from '../../src/research/aggregate.ts';
import { median, quantile } from '../../src/research/stats.ts';
import { derivable, linesOk } from '../helpers/suppression.ts';

function ob(worker: string, kecamatan: string, product: string, o: Partial<Observation> = {}): Observation {
  return {
    month: '2026-11',
    kecamatan,
    product,
    worker,
    pieceRate: null,
    effectiveHourly: null,
    belowUmk: null,
    writtenAgreement: null,
    paidLateOrShort: null,
    bpjsTk: null,
    jkn: null,
    ...o,
  };
}

describe('quantiles', () => {
  it('interpolate between order statistics (type 7, as R and pandas)', () => {
    expect(quantile([200, 300, 400, 500], 0.25)).toBe(275);
    expect(median([200, 300, 400, 500])).toBe(350);
    expect(quantile([200, 300, 400, 500], 0.75)).toBe(425);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });
});

describe('aggregate', () => {
  // k = 3. Pare x sandals 4 workers, Pare x sewing 2, Gurah x sandals 3, Gurah x sewing 1.
  const data: Observation[] = [
    ob('a', 'Pare', 'alas_kaki', { pieceRate: 200, effectiveHourly: 5000, belowUmk: true, writtenAgreement: false }),
    ob('b', 'Pare', 'alas_kaki', { pieceRate: 300, effectiveHourly: 8000, belowUmk: true, writtenAgreement: true }),
    ob('c', 'Pare', 'alas_kaki', { pieceRate: 400, effectiveHourly: 12000, belowUmk: false, writtenAgreement: false }),
    ob('d', 'Pare', 'alas_kaki', { pieceRate: 500, paidLateOrShort: true }),
    ob('e', 'Pare', 'jahit', { pieceRate: 1000 }),
    ob('f', 'Pare', 'jahit', { pieceRate: 2000 }),
    ob('g', 'Gurah', 'alas_kaki', { pieceRate: 100 }),
    ob('h', 'Gurah', 'alas_kaki', { pieceRate: 150 }),
    ob('i', 'Gurah', 'alas_kaki', { pieceRate: 600 }),
    ob('j', 'Gurah', 'jahit', { pieceRate: 900 }),
  ];
  const rows = aggregate(data, 3);
  const row = (kec: string, prod: string) => rows.find((r) => r.kecamatan === kec && r.product === prod)!;

  it('hides the small cells and their complements, keeps the margins, and matches hand computation', () => {
    expect(row('Pare', 'jahit').suppressed).toBe('small');
    expect(row('Gurah', 'jahit').suppressed).toBe('small');
    // Each row then has one hidden cell: its other cell is hidden too, so nothing follows from the margins.
    expect(row('Pare', 'alas_kaki')).toMatchObject({
      suppressed: 'complement',
      workers: null,
      piece_rate_median: null,
    });
    expect(row('Gurah', 'alas_kaki')).toMatchObject({ suppressed: 'complement', workers: null });
    expect(row('Pare', ALL)).toMatchObject({ suppressed: '', workers: 6, piece_rate_median: 450 });
    expect(row('Gurah', ALL)).toMatchObject({ suppressed: '', workers: 4 });
    expect(row(ALL, 'jahit')).toMatchObject({ suppressed: '', workers: 3, piece_rate_median: 1000 });
    // Sandals across the regency: rates 100 150 200 300 400 500 600.
    expect(row(ALL, 'alas_kaki')).toMatchObject({
      workers: 7,
      piece_rate_n: 7,
      piece_rate_p25: 175,
      piece_rate_median: 300,
      piece_rate_p75: 450,
      // Hours from a, b, c only: 5000 8000 12000.
      hourly_n: 3,
      hourly_p25: 6500,
      hourly_median: 8000,
      hourly_p75: 10000,
      share_below_umk: 0.667,
      share_written_agreement: 0.333,
      // Only d is known to be paid late: one known value is under k, so the share is not shown.
      share_paid_late_or_short: null,
    });
    expect(row(ALL, ALL)).toMatchObject({ workers: 10, piece_rate_median: 450 });
  });

  it('property: no published row rests on fewer than k workers, and no hidden count can be worked out', () => {
    const K = 5;
    const kecs = ['Pare', 'Gurah', 'Kras', 'Wates'];
    const prods = ['alas_kaki', 'jahit', 'rokok'];
    // Few workers spread over many cells: most cells are small, which is what tempts a weak method.
    const obs = fc.array(
      fc.record({
        worker: fc.integer({ min: 1, max: 60 }),
        kec: fc.constantFrom(...kecs),
        prod: fc.constantFrom(...prods),
        rate: fc.integer({ min: 50, max: 5000 }),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(obs, (list) => {
        // A worker lives in one kecamatan; the first one drawn for her wins.
        const home = new Map<number, string>();
        for (const o of list) if (!home.has(o.worker)) home.set(o.worker, o.kec);
        const data = list.map((o) => ob(`w${o.worker}`, home.get(o.worker)!, o.prod, { pieceRate: o.rate }));
        const out = aggregate(data, K);
        for (const r of out) {
          if (r.suppressed) {
            if (r.workers !== null || r.piece_rate_median !== null) return false;
          } else if (r.workers === null || r.workers < K) return false;
        }
        // Rebuild the true table and the hidden pattern, and check it independently.
        const ks = [...new Set(data.map((d) => d.kecamatan))].sort();
        const ps = [...new Set(data.map((d) => d.product))].sort();
        if (!ks.length) return true;
        const count = (kc: string | null, p: string | null) =>
          new Set(data.filter((d) => (!kc || d.kecamatan === kc) && (!p || d.product === p)).map((d) => d.worker)).size;
        const rk = [...ks, null];
        const pk = [...ps, null];
        const table = rk.map((kc) => pk.map((p) => count(kc, p)));
        const hidden = rk.map((kc) =>
          pk.map((p) => {
            const r = out.find((x) => x.kecamatan === (kc ?? ALL) && x.product === (p ?? ALL));
            // A missing row is a published empty cell.
            return r !== undefined && r.suppressed !== '';
          }),
        );
        return linesOk(hidden) && derivable(table, hidden).length === 0;
      }),
      { numRuns: 200 },
    );
  });

  it('gives what working out every cell from its own observations gives', () => {
    const flag = fc.constantFrom(null, true, false);
    const obs = fc.array(
      fc.record({
        worker: fc.integer({ min: 1, max: 40 }),
        month: fc.constantFrom('2026-09', '2026-10', '2026-11'),
        kec: fc.constantFrom('Pare', 'Gurah', 'Kras'),
        prod: fc.constantFrom('alas_kaki', 'jahit', 'rokok'),
        rate: fc.option(fc.integer({ min: 50, max: 5000 }).map((r) => r / 3)),
        hourly: fc.option(fc.integer({ min: -3000, max: 30_000 })),
        flags: fc.tuple(flag, flag, flag, flag, flag),
        partial: fc.boolean(),
      }),
      { maxLength: 120 },
    );
    fc.assert(
      fc.property(obs, fc.boolean(), (list, several) => {
        // One observation per worker and month (in the order drawn, months in any order), unless `several`
        // lets a worker have several in a month (several kinds of work).
        const seen = new Set<string>();
        const data = list
          .filter((o) => several || !seen.has(`${o.worker} ${o.month}`))
          .map((o) => {
            seen.add(`${o.worker} ${o.month}`);
            const [belowUmk, writtenAgreement, paidLateOrShort, bpjsTk, jkn] = o.flags;
            return ob(`w${o.worker}`, o.kec, o.prod, {
              month: o.month,
              pieceRate: o.rate,
              effectiveHourly: o.hourly,
              belowUmk,
              writtenAgreement,
              paidLateOrShort,
              bpjsTk,
              jkn,
              partial: o.month === '2026-11' && o.partial,
            });
          });
        expect(aggregate(data, 3)).toEqual(aggregateByCell(data, 3));
      }),
      { numRuns: 300 },
    );
  });
});
