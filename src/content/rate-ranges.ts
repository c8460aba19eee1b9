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
  // The goods named first decide ("kancing baju" is buttons, of a shirt); among products named at the same
  // place, the list's order.
  let best: { at: number; p: (typeof data.products)[number] } | null = null;
  for (const p of data.products) {
    for (const w of p.words) {
      const at = words.indexOf(` ${w} `);
      if (at >= 0 && (!best || at < best.at)) best = { at, p };
    }
  }
  if (best) return { name: best.p.name, min: best.p.min, max: best.p.max, maxPieces: best.p.maxPieces };
  return { name: null, ...data.default };
}
