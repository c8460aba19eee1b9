// Typical piece rates by product (content/rate-ranges.yaml): a rate outside
// its product's range is asked about before the check screen.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectUrl } from '../core/paths.ts';
import { fold } from '../core/text.ts';

const range = z.object({ min: z.number().positive(), max: z.number().positive() });
const schema = z.object({
  products: z.array(
    range.extend({
      name: z.string(),
      words: z.array(z.string()).min(1),
      maxPieces: z.number().int().positive().optional(),
    }),
  ),
  default: range,
});

export type RateRange = { name: string | null; min: number; max: number; maxPieces?: number };

let loaded: z.infer<typeof schema> | null = null;
/** Read on first use, so a process that checks no rate never parses the file. */
const ranges = () => (loaded ??= schema.parse(parse(readFileSync(projectUrl('content/rate-ranges.yaml'), 'utf8'))));

/** The plausible rupiah per piece for a product as she named it ("sandal jepit", "rokok"). */
export function rateRange(product: string | undefined): RateRange {
  const words = ` ${fold(product ?? '').replace(/[^a-z -]+/g, ' ')} `;
  const data = ranges();
  for (const p of data.products) {
    if (p.words.some((w) => words.includes(` ${w} `)))
      return { name: p.name, min: p.min, max: p.max, maxPieces: p.maxPieces };
  }
  return { name: null, ...data.default };
}
