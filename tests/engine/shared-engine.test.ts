// Several processes on one PostgreSQL database take messages from a load
// balancer: two messages of one person may arrive at the same moment in two
// processes (each with its own connection pool here).
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { type Db, openDb } from '../../src/db/connect.ts';
import { eraseWorker } from '../../src/db/erase.ts';
import { takeForAddress } from '../../src/db/outbox.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { describeWith, hasPostgres, POSTGRES } from '../helpers/external.ts';

describeWith(hasPostgres, POSTGRES, 'two engines on one PostgreSQL database', () => {
  let t: TestDb;
  let other: Db;
  beforeEach(async () => {
    t = await testDb({ kind: 'postgres' });
    other = openDb(t.url);
  });
  afterEach(async () => {
    await other.destroy();
    await t.close();
  });

  const msg = (user: string, externalId: string, text: string) => ({
    channel: 'telegram' as const,
    channelUserId: user,
    externalId,
    text,
    receivedAt: new Date(),
  });

  it('first messages of one new person arriving together make one worker and both are answered', async () => {
    const a = createEngine(t.db);
    const b = createEngine(other);
    const users = Array.from({ length: 12 }, (_, i) => `new-${i}`);
    await Promise.all(users.flatMap((u) => [a.handle(msg(u, `${u}-1`, 'halo')), b.handle(msg(u, `${u}-2`, 'hai'))]));
    const workers = await t.db.selectFrom('channel_identities').select('channel_user_id').execute();
    expect(workers.map((w) => w.channel_user_id).sort()).toEqual([...users].sort());
    expect(await t.db.selectFrom('workers').selectAll().execute()).toHaveLength(users.length);
    const inbound = await t.db.selectFrom('inbound_messages').select('worker_id').execute();
    expect(inbound).toHaveLength(users.length * 2);
    expect(inbound.every((r) => r.worker_id)).toBe(true);
    const replies = await takeForAddress(t.db, 'telegram', 'new-0', new Date(Date.now() + 60_000).toISOString());
    expect(replies).toHaveLength(2);
  });

  it('the same delivery handed to both processes is processed once', async () => {
    const a = createEngine(t.db);
    const b = createEngine(other);
    const results = await Promise.all([
      a.handle(msg('dup', 'same-id', 'halo')),
      b.handle(msg('dup', 'same-id', 'halo')),
    ]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(await t.db.selectFrom('outbox').selectAll().execute()).toHaveLength(1);
  });

  it('messages of one worker in two processes at once both move her conversation on', async () => {
    const a = createEngine(t.db);
    const b = createEngine(other);
    await a.handle(msg('sri', 's1', 'halo'));
    await a.handle(msg('sri', 's2', '1'));
    // Consent question is open: a "yes" and a repeated "yes" race; neither may be lost or applied twice.
    await Promise.all([a.handle(msg('sri', 's3', '1')), b.handle(msg('sri', 's4', '1'))]);
    const events = await t.db.selectFrom('consent_events').select(['kind', 'decision']).orderBy('id').execute();
    expect(events).toEqual([
      { kind: 'diary', decision: 'yes' },
      { kind: 'research', decision: 'yes' },
    ]);
  });

  it('a message that arrives while her erasure commits makes her a new person, and nothing is lost', async () => {
    const a = createEngine(t.db);
    for (const [i, text] of ['halo', '1', '1', '1', 'pare', '1'].entries()) await a.handle(msg('sri', `e${i}`, text));
    const { id } = await t.db.selectFrom('workers').select('id').executeTakeFirstOrThrow();
    const eraser = await t.db.startTransaction().execute();
    await eraseWorker(eraser, id);
    const late = createEngine(other).handle(msg('sri', 'e-late', 'menu'));
    await new Promise((r) => setTimeout(r, 300));
    await eraser.commit().execute();
    const res = await late;
    expect(res.duplicate).toBe(false);
    expect(res.workerId).not.toBe(id);
    const workers = await t.db.selectFrom('workers').select(['id', 'status']).execute();
    expect(workers).toEqual([{ id: res.workerId, status: 'onboarding' }]);
  });

  it('her first message after consenting, held up by the consent, is kept', async () => {
    const a = createEngine(t.db);
    await a.handle(msg('wati', 'c1', 'halo'));
    const { id } = await t.db.selectFrom('workers').select('id').executeTakeFirstOrThrow();
    const consent = await t.db.startTransaction().execute();
    await consent.updateTable('workers').set({ status: 'active' }).where('id', '=', id).execute();
    const next = createEngine(other).handle(msg('wati', 'c2', 'rekap saya'));
    await new Promise((r) => setTimeout(r, 300));
    await consent.commit().execute();
    await next;
    const rows = await t.db.selectFrom('inbound_messages').select(['external_id', 'text']).orderBy('id').execute();
    expect(rows).toEqual([
      { external_id: 'c1', text: '' },
      { external_id: 'c2', text: 'rekap saya' },
    ]);
  });
});
