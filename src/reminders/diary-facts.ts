// What the reminder needs to know of her diary. Placeholder until the diary lands.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface ReminderItem {
  kind: 'handIn' | 'toBePaid';
  product: string;
  employer: string;
}

export async function loggedSince(_q: Kysely<Database>, _workerIds: string[], _sinceIso: string): Promise<Set<string>> {
  return new Set();
}

export async function reminderItems(_q: Kysely<Database>, _workerId: string, _today: string): Promise<ReminderItem[]> {
  return [];
}
