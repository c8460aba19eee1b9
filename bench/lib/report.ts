// The shape of bench/results.json and the table printed from it. Every figure
// is read against a baseline measured in the same run, because absolute
// timings on a shared machine say little.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Figure {
  /** What was measured, e.g. "engine messages/s". */
  name: string;
  value: number;
  unit: string;
  /** The same quantity for the baseline, when there is one. */
  baseline?: { name: string; value: number };
  /** value / baseline.value. */
  ratio?: number;
  /** Human-readable target, e.g. ">= 50% of baseline". */
  target?: string;
  pass?: boolean;
  note?: string;
}

export interface Section {
  name: string;
  figures: Figure[];
  /** Extra facts worth keeping (sizes, indexes used, query plans). */
  details?: Record<string, unknown>;
  /** Set when the section could not run, with the reason (a part not built yet). */
  skipped?: string;
  /** Set when the section failed. */
  error?: string;
  seconds: number;
}

export interface Machine {
  nproc: number;
  memory: string;
  cpu: string;
  node: string;
  platform: string;
}

export interface Results {
  takenAt: string;
  quick: boolean;
  machine: Machine;
  /** 1-minute load average when the run started and ended: other work skews every figure. */
  load: { start: number; end: number };
  sizes: Record<string, number>;
  sections: Section[];
}

export function machine(): Machine {
  let memory = `${(totalmem() / 2 ** 30).toFixed(1)}Gi total`;
  try {
    // `free -h` is what the README quotes: the "Mem:" line's total and available.
    const line = execFileSync('free', ['-h'], { encoding: 'utf8' })
      .split('\n')
      .find((l) => l.startsWith('Mem:'));
    const cols = line?.trim().split(/\s+/);
    if (cols && cols.length >= 7) memory = `${cols[1]} total, ${cols[6]} available`;
  } catch {
    // free(1) is missing on some systems: keep the figure from os.totalmem().
  }
  return {
    nproc: cpus().length,
    memory,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** A ratio figure: value against a baseline, with an optional minimum ratio as target. */
export function ratioFigure(
  name: string,
  value: number,
  unit: string,
  baseline: { name: string; value: number },
  minRatio?: number,
): Figure {
  const ratio = baseline.value > 0 ? value / baseline.value : Number.NaN;
  const f: Figure = { name, value, unit, baseline, ratio };
  if (minRatio !== undefined) {
    f.target = `>= ${Math.round(minRatio * 100)}% of baseline`;
    f.pass = ratio >= minRatio;
  }
  return f;
}

function num(v: number): string {
  if (!Number.isFinite(v)) return '-';
  const a = Math.abs(v);
  if (a >= 100) return Math.round(v).toLocaleString('en-US');
  if (a >= 10) return v.toFixed(1);
  if (a >= 1) return v.toFixed(2);
  return v.toPrecision(2);
}

export function loadNow(): number {
  return Number(loadavg()[0]!.toFixed(2));
}

function ratioText(r: number | undefined): string {
  if (r === undefined || !Number.isFinite(r)) return '';
  // Large ratios read better as a multiple.
  if (r >= 10) return `${Math.round(r).toLocaleString('en-US')}x`;
  return `${(r * 100).toFixed(r < 0.1 ? 1 : 0)}%`;
}

/** The figures as rows of the README's table (section, figure, value, baseline, ratio, target and result). */
export function markdownRows(r: Results): string {
  const rows: string[] = [];
  for (const s of r.sections) {
    if (s.skipped || s.error) {
      rows.push(`| ${s.name} | ${s.skipped ? `not run: ${s.skipped}` : 'failed'} | | | | |`);
      continue;
    }
    for (const f of s.figures) {
      const target = f.target ? `${f.target}: ${f.pass ? 'pass' : '**fail**'}` : '';
      const base = f.baseline ? `${num(f.baseline.value)} ${f.unit} (${f.baseline.name})` : '';
      rows.push(`| ${s.name} | ${f.name} | ${num(f.value)} ${f.unit} | ${base} | ${ratioText(f.ratio)} | ${target} |`);
    }
  }
  return rows.join('\n');
}

export function formatTable(r: Results): string {
  const head = ['section', 'figure', 'value', 'baseline', 'ratio', 'target', 'result'];
  const rows: string[][] = [];
  for (const s of r.sections) {
    if (s.skipped || s.error) {
      const why = s.skipped ? `skipped: ${s.skipped}` : `error: ${s.error!.split('\n')[0]}`;
      rows.push([s.name, why, '', '', '', '', s.error ? 'FAIL' : '']);
    }
    for (const f of s.figures) {
      rows.push([
        s.name,
        f.name,
        `${num(f.value)} ${f.unit}`,
        f.baseline ? `${num(f.baseline.value)} (${f.baseline.name})` : '',
        ratioText(f.ratio),
        f.target ?? '',
        f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL',
      ]);
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const m = r.machine;
  return [
    `${r.quick ? 'Quick run' : 'Full run'} ${r.takenAt} on ${m.nproc} cores, ${m.cpu}, ${m.memory}, Node ${m.node}; load ${r.load.start} -> ${r.load.end}`,
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
