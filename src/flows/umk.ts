// "umr kediri skrg brp ya?", "UMK berapa sekarang?", "what is the minimum wage here?": the figure of the year,
// monthly and per hour, with what it is for (home workers are not covered; it is a yardstick only).
import { UMK_REGION } from '../content/umk.ts';
import { wibDate } from '../core/time.ts';
import { umkFor } from '../diary/summary.ts';
import { fold } from '../parse/text.ts';
import type { FlowContext, Input, StepResult } from './types.ts';
import { result } from './types.ts';

const NAMED = /\b(umk|umr|ump|upah minimum|upah minimal|gaji minimum|gaji minimal|minimum wage)\b/;
const ASKING =
  /\?|\b(brp|berapa|piro|pira|pinten|sepiro|how much|what|whats|sekarang|skrg|saiki|sakniki|tahun ini|taun iki|this year)\b/;

/** The answer when she asks the minimum wage; null when the message does not ask it. */
export function umkAnswer(input: Input, ctx: FlowContext): StepResult | null {
  const t = fold(input.text);
  if (!NAMED.test(t) || !ASKING.test(t)) return null;
  // ("umk itu apa?" asks what the word means: the glossary answers that.)
  if (/\b(itu apa|iku opo|apa itu|opo iku|artinya|maksudnya|what does|what is (?:the )?umk\b(?! now))/.test(t))
    return null;
  const u = umkFor(Number(wibDate(ctx.now).slice(0, 4)));
  if (!u) return null;
  return result(null, [
    {
      text: ctx.t('umkAnswer', {
        region: UMK_REGION,
        year: u.year,
        monthly: u.monthly,
        hourly: u.hourly,
        about: u.approximate,
      }),
    },
  ]);
}
