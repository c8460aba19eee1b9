// The figures behind BANDINGKAN: other research-consented workers' medians
// for her product this month, in her kecamatan and across the regency.

import { registerFact } from '../engine/facts.ts';
import type { RateFigures } from '../flows/compare.ts';
import type { Observation } from './aggregate.ts';
import { observationsFor } from './observations.ts';
import { median, roundRp } from './stats.ts';
import { dayOfInstant, monthOf } from './weeks.ts';
import { umkHourly } from './yardstick.ts';

/** Medians over workers (one value each); the flow shows them only when enough workers stand behind them. */
export function figures(obs: Observation[]): RateFigures {
  const rates = obs.map((o) => o.pieceRate).filter((v): v is number => v !== null);
  const hourly = obs.map((o) => o.effectiveHourly).filter((v): v is number => v !== null);
  return {
    n: new Set(obs.map((o) => o.worker)).size,
    rateN: rates.length,
    rate: roundRp(median(rates)),
    hourlyN: hourly.length,
    hourly: roundRp(median(hourly)),
  };
}

registerFact('compareRates', async ({ trx, worker, now }) => {
  const month = monthOf(dayOfInstant(now.toISOString()));
  const obs = (await observationsFor(trx, { month, includeWorker: worker.id })).filter(
    (o) => o.product === worker.product,
  );
  const mine = obs.filter((o) => o.worker === worker.id);
  const others = obs.filter((o) => o.worker !== worker.id);
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
});
