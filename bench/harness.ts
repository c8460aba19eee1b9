// Runs the chosen sections with the given sizes and gathers their figures.
import { writeFileSync } from 'node:fs';
import { loadNow, machine, type Results, type Section } from './lib/report.ts';
import { type CliSizes, cliSection } from './sections/cli.ts';
import { type EngineSizes, engineSection } from './sections/engine.ts';
import { type MemorySizes, memorySection } from './sections/memory.ts';
import { type ResearchSizes, researchSection } from './sections/research.ts';
import { type SendingSizes, sendingSection } from './sections/sending.ts';
import { type SmsSizes, smsSection } from './sections/sms.ts';
import { type TelegramSizes, telegramSection } from './sections/telegram.ts';
import { type UnderstandingSizes, understandingSection } from './sections/understanding.ts';

export interface Sizes {
  engine: EngineSizes;
  telegram: TelegramSizes;
  sending: SendingSizes;
  research: ResearchSizes;
  memory: MemorySizes;
  /** Optional: without sizes the section makes one timed pass over the corpus. */
  understanding?: UnderstandingSizes;
  /** Optional: seven runs of each command without it. */
  cli?: CliSizes;
  /** Optional: 20 workers without it. */
  sms?: SmsSizes;
}

export const FULL: Sizes = {
  engine: { workers: 10_000 },
  telegram: { workers: 2_000 },
  sending: { broadcastTo: 100_000, rate: 30, seconds: 20 },
  research: { workers: 5_000, entries: 1_000_000, days: 730 },
  memory: { messages: 10_000 },
  understanding: { rounds: 20 },
  cli: { runs: 9 },
  sms: { workers: 200 },
};

/** `--quick`: the same figures on smaller sizes, in well under a minute. */
export const QUICK: Sizes = {
  engine: { workers: 150 },
  telegram: { workers: 80 },
  sending: { broadcastTo: 10_000, rate: 30, seconds: 4 },
  research: { workers: 250, entries: 50_000, days: 730 },
  memory: { messages: 800 },
  understanding: { rounds: 3 },
  cli: { runs: 3 },
  sms: { workers: 40 },
};

const SECTIONS: { [K in keyof Sizes]: (s: Sizes[K]) => Promise<Section> } = {
  engine: engineSection,
  telegram: telegramSection,
  sending: sendingSection,
  research: researchSection,
  memory: memorySection,
  understanding: understandingSection,
  cli: cliSection,
  sms: smsSection,
};

export type SectionName = keyof Sizes;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

export interface BenchOptions {
  sizes: Sizes;
  quick: boolean;
  only?: SectionName[];
  /** Called as each section finishes, for progress output. */
  onSection?: (s: Section) => void;
}

export async function runBench(o: BenchOptions): Promise<Results> {
  const loadAtStart = loadNow();
  const takenAt = new Date().toISOString();
  const sections: Section[] = [];
  for (const name of o.only ?? SECTION_NAMES) {
    const started = performance.now();
    let section: Section;
    try {
      section = await (SECTIONS[name] as (s: unknown) => Promise<Section>)(o.sizes[name]);
    } catch (err) {
      section = {
        name,
        figures: [],
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        seconds: (performance.now() - started) / 1000,
      };
    }
    sections.push(section);
    o.onSection?.(section);
  }
  const sizes: Record<string, number> = {};
  for (const [section, s] of Object.entries(o.sizes)) {
    for (const [k, v] of Object.entries(s)) sizes[`${section}.${k}`] = v as number;
  }
  return {
    takenAt,
    quick: o.quick,
    machine: machine(),
    load: { start: loadAtStart, end: loadNow() },
    sizes,
    sections,
  };
}

export function writeResults(file: string, r: Results): void {
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
}
