// The one rule for the channel to reach her on: her identities not marked
// unreachable, the one she wrote from last, the newer row on a tie; the same
// as a lookup for one worker and as a join over many.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reachIdentity, reachIdentityId } from '../../src/db/reachability.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedWorkers } from '../helpers/seed.ts';

const AT = '2026-11-20T03:00:00.000Z';
let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

async function addIdentity(workerId: string, channel: string, address: string, lastSeen: string, unreachable = 0) {
  await t.db
    .insertInto('channel_identities')
    .values({
      worker_id: workerId,
      channel,
      channel_user_id: address,
      unreachable: unreachable as 0 | 1,
      created_at: AT,
      last_seen_at: lastSeen,
    })
    .execute();
}

/** Who each worker is reached on, through the join form. */
async function joined(channels?: string[]) {
  const rows = await t.db
    .selectFrom('workers as w')
    .innerJoin('channel_identities as ci', (join) => join.on('ci.id', '=', reachIdentityId('w.id', channels)))
    .select(['w.id', 'ci.channel', 'ci.channel_user_id'])
    .orderBy('w.id')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.id, `${r.channel}:${r.channel_user_id}`]));
}

describe('the channel to reach her on', () => {
  it('is the one she wrote from last, the newer row on a tie, never an unreachable one', async () => {
    await seedWorkers(t.db, 3, AT, (i) => ({ channel: 'telegram', address: `tg${i}` }));
    // w0: WhatsApp seen later than Telegram.
    await addIdentity('w000000', 'whatsapp', 'wa0', '2026-11-21T00:00:00.000Z');
    // w1: a second identity seen at the same moment: the newer row wins.
    await addIdentity('w000001', 'sms', '+6281200000001', AT);
    // w2: WhatsApp seen later but she blocked the bot there.
    await addIdentity('w000002', 'whatsapp', 'wa2', '2026-11-22T00:00:00.000Z', 1);

    const one = async (id: string) => {
      const r = await reachIdentity(t.db, id);
      return r ? `${r.channel}:${r.channel_user_id}` : null;
    };
    expect(await one('w000000')).toBe('whatsapp:wa0');
    expect(await one('w000001')).toBe('sms:+6281200000001');
    expect(await one('w000002')).toBe('telegram:tg2');
    expect(await one('nobody')).toBeNull();

    expect(await joined()).toEqual({
      w000000: 'whatsapp:wa0',
      w000001: 'sms:+6281200000001',
      w000002: 'telegram:tg2',
    });
    expect(await joined(['telegram'])).toEqual({
      w000000: 'telegram:tg0',
      w000001: 'telegram:tg1',
      w000002: 'telegram:tg2',
    });
    expect(await joined([])).toEqual({});
  });

  it('leaves out a worker with no reachable identity', async () => {
    await seedWorkers(t.db, 2, AT, (i) => ({ unreachable: i === 1 }));
    expect(Object.keys(await joined())).toEqual(['w000000']);
    expect(await reachIdentity(t.db, 'w000001')).toBeUndefined();
    // Nothing was changed by reading.
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from channel_identities where unreachable = 1`.execute(t.db);
    expect(Number(rows[0]!.n)).toBe(1);
  });
});
