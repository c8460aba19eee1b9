// One observation per research-consented worker, month and product, computed
// from the diary: the input of aggregates, dashboard charts and BANDINGKAN.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Observation } from './aggregate.ts';

export interface ObservationFilter {
  /** YYYY-MM: only this month. */
  month?: string;
  from?: string;
  to?: string;
  /** Also include this worker even without research consent (her own figures in BANDINGKAN, never shown to others). */
  includeWorker?: string;
  now?: Date;
}

export async function observationsFor(_q: Kysely<Database>, _f: ObservationFilter): Promise<Observation[]> {
  // Filled from the diary tables (orders, hand-ins, payments, hours) once they exist.
  return [];
}
