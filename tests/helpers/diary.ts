// A worker with a diary on a real SQLite file, at a fixed WIB time.
import { fixedClock } from '../../src/core/clock.ts';
import { Phone } from './conversation.ts';
import type { TestDb } from './db.ts';

/** Saturday 28 November 2026, 10:00 WIB. */
export const NOW = '2026-11-28T03:00:00Z';

export async function diaryPhone(t: TestDb, user = 'sri-0812', opts: { research?: boolean; lang?: 'id' | 'en' } = {}) {
  const clock = fixedClock(NOW);
  const phone = new Phone(t.db, user, 'terminal', { clock });
  await phone.onboard(opts);
  const { worker_id } = await t.db
    .selectFrom('channel_identities')
    .select('worker_id')
    .where('channel_user_id', '=', user)
    .executeTakeFirstOrThrow();
  const rows = async (
    table: 'orders' | 'handins' | 'payments' | 'work_hours' | 'costs' | 'employers' | 'diary_corrections',
  ) =>
    (await t.db.selectFrom(table).selectAll().where('worker_id', '=', worker_id).orderBy('id').execute()) as Record<
      string,
      unknown
    >[];
  /** Sends each line in turn; returns the last reply. */
  const say = async (...lines: string[]) => {
    let last = '';
    for (const l of lines) last = await phone.send(l);
    return last;
  };
  return { phone, clock, workerId: worker_id, rows, say };
}

/**
 * Her diary at `now` (WIB), a minute passing before each message, as a worker types: `say` sends each line and
 * returns the last reply; `open` counts the conversations still open (a question waiting).
 */
export async function diaryAt(
  t: TestDb,
  now: string,
  opts: { research?: boolean; lang?: 'id' | 'en'; user?: string } = {},
) {
  const d = await diaryPhone(t, opts.user ?? 'sri-0812', opts);
  d.clock.set(now);
  const say = async (...lines: string[]) => {
    let last = '';
    for (const line of lines) {
      d.clock.advance(60_000);
      last = await d.say(line);
    }
    return last;
  };
  const open = async () =>
    (await t.db.selectFrom('conversations').select('flow').where('worker_id', '=', d.workerId).execute()).length;
  /** The id of the employer of that name in her diary. */
  const employerId = async (name: string) =>
    (await d.rows('employers')).find((e) => e.name === name)?.id as number | undefined;
  return { ...d, say, open, employerId };
}

/** The rows not taken back. */
export const live = (rows: Record<string, unknown>[]) => rows.filter((r) => r.voided_at === null);
