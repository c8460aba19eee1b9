// What the reminder settings write and read inside the turn's transaction.
import { registerEffect } from '../engine/effects.ts';
import { registerFact } from '../engine/facts.ts';
import { getReminderPrefs, setReminderPrefs } from './prefs.ts';

registerEffect('setReminderPrefs', async ({ prefs }, { trx, workerId, nowIso }) => {
  await setReminderPrefs(trx, workerId, prefs, nowIso);
});

registerFact('reminderPrefs', async ({ trx, worker }) => getReminderPrefs(trx, worker.id));
