// The benchmark does not run in CI; this keeps its harness from rotting: every
// section runs on tiny sizes and gives figures of the expected shape.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench, SECTION_NAMES, type Sizes, writeResults } from '../../bench/harness.ts';
import { formatTable, type Results } from '../../bench/lib/report.ts';
import { busiestSecond } from '../../bench/sections/sending.ts';
import { workload } from '../../bench/workload.ts';

const TINY: Sizes = {
  engine: { workers: 15 },
  telegram: { workers: 5 },
  sending: { broadcastTo: 50, rate: 40, seconds: 0.5 },
  research: { workers: 20, entries: 2_000, days: 120 },
  memory: { messages: 30 },
};

describe('bench harness', () => {
  it('runs every section on tiny sizes and writes figures against baselines', async () => {
    const r = await runBench({ sizes: TINY, quick: true });
    expect(r.sections.map((s) => s.name)).toEqual(SECTION_NAMES);
    for (const s of r.sections) {
      expect(s.error, `${s.name}: ${s.error}`).toBeUndefined();
      if (s.skipped) continue;
      expect(s.figures.length, s.name).toBeGreaterThan(0);
      for (const f of s.figures) {
        expect(Number.isFinite(f.value) && f.value > 0, `${s.name} ${f.name}`).toBe(true);
        if (f.baseline) {
          expect(f.baseline.value, `${s.name} ${f.name} baseline`).toBeGreaterThan(0);
          expect(f.ratio).toBeCloseTo(f.value / f.baseline.value, 6);
        }
        if (f.target) expect(typeof f.pass).toBe('boolean');
      }
    }
    const engine = r.sections.find((s) => s.name === 'engine')!;
    // The baseline wrote exactly the rows the engine wrote.
    expect(engine.details?.baselineRowsMatch).toBe(true);
    expect(engine.details?.messages).toBeGreaterThan(TINY.engine.workers * 6);
    // The simulated conversations still reach the diary (they follow the flows' questions).
    const rows = engine.details?.rows as Record<string, number>;
    for (const table of ['orders', 'handins', 'work_hours']) expect(rows[table], table).toBeGreaterThan(0);

    const dir = mkdtempSync(join(tmpdir(), 'upahku-bench-test-'));
    try {
      writeResults(join(dir, 'results.json'), r);
      const back = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results;
      expect(back.machine.nproc).toBeGreaterThan(0);
      expect(back.sizes['engine.workers']).toBe(15);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const table = formatTable(r);
    for (const s of r.sections) expect(table).toContain(`| ${s.name}`);
  }, 300_000);

  it('counts the busiest second of sends in a half-open window', () => {
    expect(busiestSecond([0, 100, 999, 1000, 1001])).toBe(4);
    expect(busiestSecond([0, 1000, 2000])).toBe(1);
    expect(busiestSecond([])).toBe(0);
  });

  it('keeps each worker in order and redelivers some messages under the same id', () => {
    const msgs = workload({ workers: 50, seed: 7 });
    const dup = msgs.filter((m) => m.duplicate);
    expect(dup.length).toBeGreaterThan(0);
    for (const d of dup) {
      const first = msgs.findIndex((m) => m.id === d.id);
      expect(first).toBeLessThan(msgs.indexOf(d));
    }
    const firstOf = new Map<string, string>();
    for (const m of msgs) if (!firstOf.has(m.user)) firstOf.set(m.user, m.text);
    expect(firstOf.size).toBe(50);
  });
});
