// What the reminder settings write and read inside the turn's transaction.
import { wibDate } from '../core/time.ts';
import type { Appliers } from '../engine/effects.ts';
import type { FactLoaders } from '../engine/facts.ts';
import { reminderItems } from './diary-facts.ts';
import { getReminderPrefs, setReminderPrefs } from './prefs.ts';

export const reminderAppliers = {
  setReminderPrefs: async ({ prefs }, { trx, workerId, nowIso }) => {
    await setReminderPrefs(trx, workerId, prefs, nowIso);
  },
} satisfies Partial<Appliers>;

export const reminderFacts = {
  reminderPrefs: async ({ trx, worker }) => getReminderPrefs(trx, worker.id),
  reminderItems: async ({ trx, worker, now }) => reminderItems(trx, worker.id, wibDate(now)),
} satisfies Partial<FactLoaders>;
