// The figures behind BANDINGKAN: what other workers are paid for her product
// this month, in her kecamatan and across the regency.
//
// Anyone can make accounts, so a worker counts here only as a genuine
// contributor: research consent, reached on a real messaging channel (not the
// web chat simulator or the terminal), and a diary kept over several weeks
// (dated by when the bot received each entry, which she cannot back-date).
// The figures leave this module as coarse bands around the median, never as
// an exact value; the flow refuses them below k contributors.
import type { Db } from '../db/connect.ts';
import type { FactLoaders } from '../engine/facts.ts';
import type { RateBand, RateFigures } from '../flows/compare.ts';
import type { Observation } from './aggregate.ts';
import { observationsFor } from './observations.ts';
import { median, roundRp } from './stats.ts';
import { dayOfInstant, monthOf } from './weeks.ts';
import { umkHourly } from './yardstick.ts';

/** Channels where an account is a phone number or a platform account; not the simulator, not the terminal. */
export const GENUINE_CHANNELS = ['telegram', 'whatsapp', 'sms'] as const;
/** A genuine contributor wrote diary entries in at least this many different weeks... */
export const MIN_WEEKS = 3;
/** ...and at least this many entries in all. */
export const MIN_ENTRIES = 6;

const DIARY_TABLES = ['orders', 'handins', 'payments', 'work_hours', 'costs'] as const;

/** Monday-based week number of an instant in WIB (UTC+7); 1970-01-01 was a Thursday. */
function weekOf(iso: string): number {
  return Math.floor((Math.floor((Date.parse(iso) + 7 * 3600_000) / 864e5) + 3) / 7);
}

/** Of `ids`, the workers who count in BANDINGKAN (see the head of this file). */
export async function genuineContributors(db: Db, ids: readonly string[], now: Date): Promise<Set<string>> {
  const out = new Set<string>();
  if (!ids.length) return out;
  const nowIso = now.toISOString();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const real = await db
      .selectFrom('channel_identities')
      .select('worker_id')
      .distinct()
      .where('worker_id', 'in', chunk)
      .where('channel', 'in', [...GENUINE_CHANNELS])
      .execute();
    // A worker who also has a simulator or terminal identity is not counted either.
    const other = new Set(
      (
        await db
          .selectFrom('channel_identities')
          .select('worker_id')
          .where('worker_id', 'in', chunk)
          .where('channel', 'not in', [...GENUINE_CHANNELS])
          .execute()
      ).map((r) => r.worker_id),
    );
    const candidates = real.map((r) => r.worker_id).filter((id) => !other.has(id));
    if (!candidates.length) continue;
    const entries = new Map<string, number>();
    const weeks = new Map<string, Set<number>>();
    for (const table of DIARY_TABLES) {
      const rows = await db
        .selectFrom(table)
        .select(['worker_id', 'created_at'])
        .where('worker_id', 'in', candidates)
        .where('voided_at', 'is', null)
        .where('created_at', '<=', nowIso)
        .execute();
      for (const r of rows) {
        entries.set(r.worker_id, (entries.get(r.worker_id) ?? 0) + 1);
        const w = weeks.get(r.worker_id) ?? new Set<number>();
        w.add(weekOf(r.created_at));
        weeks.set(r.worker_id, w);
      }
    }
    for (const id of candidates)
      if ((entries.get(id) ?? 0) >= MIN_ENTRIES && (weeks.get(id)?.size ?? 0) >= MIN_WEEKS) out.add(id);
  }
  return out;
}

/** A round step about an eighth of the value or more: 1, 2 or 5 times a power of ten. */
export function coarseStep(v: number): number {
  const target = Math.max(1, v / 8);
  const p = 10 ** Math.floor(Math.log10(target));
  for (const m of [1, 2, 5, 10]) if (m * p >= target) return m * p;
  return 10 * p;
}

/** The band of one coarse step that holds the value (its upper end excluded). */
export function bandOf(v: number | null): RateBand | null {
  if (v === null || !Number.isFinite(v)) return null;
  const step = coarseStep(v);
  const low = Math.floor(v / step) * step;
  return { low, high: low + step };
}

/** Bands around the medians over workers (one value each); the flow shows them only with enough workers. */
export function figures(obs: Observation[]): RateFigures {
  const rates = obs.map((o) => o.pieceRate).filter((v): v is number => v !== null);
  const hourly = obs.map((o) => o.effectiveHourly).filter((v): v is number => v !== null);
  return {
    n: new Set(obs.map((o) => o.worker)).size,
    rateN: rates.length,
    rate: bandOf(median(rates)),
    hourlyN: hourly.length,
    hourly: bandOf(median(hourly)),
  };
}

export const compareFacts = {
  compareRates: async ({ trx, worker, now }) => {
    const month = monthOf(dayOfInstant(now.toISOString()));
    const obs = (await observationsFor(trx, { month, includeWorker: worker.id, now })).filter(
      (o) => o.product === worker.product,
    );
    const mine = obs.filter((o) => o.worker === worker.id);
    const genuine = await genuineContributors(
      trx,
      [...new Set(obs.map((o) => o.worker))].filter((id) => id !== worker.id),
      now,
    );
    const others = obs.filter((o) => genuine.has(o.worker));
    return {
      month,
      kecamatan: figures(others.filter((o) => o.kecamatan === worker.kecamatan)),
      regency: figures(others),
      own: {
        rate: roundRp(median(mine.map((o) => o.pieceRate).filter((v): v is number => v !== null))),
        hourly: roundRp(mine.find((o) => o.effectiveHourly !== null)?.effectiveHourly ?? null),
      },
      umkHourly: umkHourly(month),
    };
  },
} satisfies Partial<FactLoaders>;
