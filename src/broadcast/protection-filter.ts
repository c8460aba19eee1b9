// The `protection` segment filter: workers by their latest BPJS status answer
// (src/db/protection-status.ts keeps the history), e.g. "bpjs_tk:none" for
// those without BPJS Ketenagakerjaan, "jkn:never_asked" for those never asked.
import { z } from 'zod';
import { JKN_STATUSES, TK_STATUSES } from '../content/bpjs/schema.ts';
import type { SegmentFilter } from './segment.ts';

declare module './segment.ts' {
  interface SegmentMap {
    /** "scheme:status" values, any of which matches. */
    protection: string[];
  }
}

export const PROTECTION_VALUES: readonly string[] = [
  ...[...JKN_STATUSES, 'declined', 'never_asked'].map((s) => `jkn:${s}`),
  ...[...TK_STATUSES, 'declined', 'never_asked'].map((s) => `bpjs_tk:${s}`),
];

export const protectionFilter: SegmentFilter<'protection'> = {
  schema: z
    .array(
      z.string().transform((v, ctx) => {
        const value = v.trim().toLowerCase();
        if (!PROTECTION_VALUES.includes(value)) {
          ctx.addIssue({ code: 'custom', message: `"${v}" is not one of ${PROTECTION_VALUES.join(', ')}` });
          return z.NEVER;
        }
        return value;
      }),
    )
    .min(1, 'at least one value'),
  where: (values, eb) =>
    eb.or(
      values.map((v) => {
        const [scheme, status] = v.split(':') as [string, string];
        const answers = eb
          .selectFrom('protection_status as p')
          .whereRef('p.worker_id', '=', 'workers.id')
          .where('p.scheme', '=', scheme);
        if (status === 'never_asked') return eb.not(eb.exists(answers.select('p.id')));
        const latest = answers.select('p.status').orderBy('p.asked_at', 'desc').orderBy('p.id', 'desc').limit(1);
        return eb(latest, '=', status);
      }),
    ),
  describe: (v) => `BPJS status ${v.join(' or ')}`,
};
