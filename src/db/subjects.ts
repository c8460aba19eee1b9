// Who may appear in research data: workers who said yes to research, reached
// through a real messaging channel. The web chat simulator is open to anyone
// who can load the page, so its "workers" are never research subjects: fake
// ones could otherwise fill a small cell and reveal a real worker's figures.
import { type RawBuilder, type SqlBool, sql } from 'kysely';

export const SIMULATOR_CHANNELS = ['web'] as const;

/** A condition on the workers table under `alias` (e.g. 'w' or 'workers'). */
export function inResearch(alias: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.research_consent`)} = 1 and not exists (
    select 1 from channel_identities sim_ci
    where sim_ci.worker_id = ${sql.ref(`${alias}.id`)} and sim_ci.channel in (${sql.join(SIMULATOR_CHANNELS.map((c) => sql.lit(c)))})
  ))`;
}

/** True for a worker (by a reference to her id) with no identity on the simulator: she may appear in NGO views. */
export function notFromSimulator(workerIdRef: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`not exists (
    select 1 from channel_identities sim_ci
    where sim_ci.worker_id = ${sql.ref(workerIdRef)} and sim_ci.channel in (${sql.join(SIMULATOR_CHANNELS.map((c) => sql.lit(c)))})
  )`;
}
