// What one turn writes: every row it needs and none it does not (a turn that
// changes nothing leaves her conversation row alone, her identity's last-seen
// time is kept to the minute that matters), on the suite's database.
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { findIdentity } from '../../src/db/workers.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const conversation = () => t.db.selectFrom('conversations').selectAll().executeTakeFirst();
const identity = () => t.db.selectFrom('channel_identities').selectAll().executeTakeFirstOrThrow();

describe('the writes of a turn', () => {
  it('links every inbound message to her, keeps nothing she typed before consent, and keeps it after', async () => {
    const clock = fixedClock('2026-11-28T03:00:00Z');
    const p = new Phone(t.db, 'sri', 'terminal', { clock });
    await p.send('halo saya sri');
    await p.onboard();
    await p.send('rekap');
    const rows = await t.db.selectFrom('inbound_messages').select(['worker_id', 'text']).orderBy('id').execute();
    const worker = await t.db.selectFrom('workers').select('id').executeTakeFirstOrThrow();
    expect(rows.every((r) => r.worker_id === worker.id)).toBe(true);
    // Up to and including her consent nothing she typed is kept.
    expect(rows.slice(0, 4).map((r) => r.text)).toEqual(['', '', '', '']);
    expect(rows.at(-1)!.text).toBe('rekap');
  });

  it('leaves an unchanged conversation row alone, and writes it again once it is 15 minutes old', async () => {
    const clock = fixedClock('2026-11-28T03:00:00Z');
    const p = new Phone(t.db, 'ani', 'terminal', { clock });
    await p.onboard();
    await p.send('menu');
    await p.send('1'); // a new order
    await p.send('Bu Yati');
    expect(await p.send('sandal')).toMatch(/Berapa banyak/);
    // Two answers it cannot read: counted, then the way out is shown.
    expect(await p.send('abc')).toMatch(/belum saya pahami/);
    expect(await p.send('abc')).toMatch(/BATAL/);
    const asked = await conversation();
    expect(asked?.step).toBe('ask:qty');
    clock.advance(60_000);
    // Not an answer again: the same reply, the same state.
    expect(await p.send('abc')).toMatch(/belum saya pahami/);
    expect(await conversation()).toEqual(asked);
    clock.advance(15 * 60_000);
    await p.send('abc');
    const later = await conversation();
    expect(later).toEqual({ ...asked, updated_at: clock.now().toISOString() });
  });

  it('an idle turn leaves no conversation row, and a corrupt state is removed', async () => {
    const p = new Phone(t.db, 'wati');
    await p.onboard();
    await p.send('menu');
    await p.send('batal');
    expect(await conversation()).toBeUndefined();
    const worker = await t.db.selectFrom('workers').select('id').executeTakeFirstOrThrow();
    await t.db
      .insertInto('conversations')
      .values({ worker_id: worker.id, flow: 'diary', step: 'x', data: '{broken', updated_at: '2026-11-28T03:00:00Z' })
      .execute();
    expect(await p.send('menu')).toMatch(/Menu Upahku/);
    const row = await conversation();
    expect(row === undefined || row.data !== '{broken').toBe(true);
  });

  it('updates the last-seen time of her identity at most every 10 minutes', async () => {
    const clock = fixedClock('2026-11-28T03:00:00Z');
    const p = new Phone(t.db, 'yati', 'terminal', { clock });
    await p.onboard();
    const first = (await identity()).last_seen_at;
    clock.advance(9 * 60_000);
    await p.send('menu');
    expect((await identity()).last_seen_at).toBe(first);
    clock.advance(60_000);
    await p.send('batal');
    expect((await identity()).last_seen_at).toBe(clock.now().toISOString());
    // Her worker row's last activity is exact: the research panel counts active workers by it.
    const w = await t.db.selectFrom('workers').select('last_active_at').executeTakeFirstOrThrow();
    expect(w.last_active_at).toBe(clock.now().toISOString());
  });

  it('finds her by her other id on the channel (WhatsApp phone number or LID) with one indexed lookup', async () => {
    const engine = createEngine(t.db);
    const p = new Phone(t.db, '62811@s.whatsapp.net', 'whatsapp', { engine });
    await p.send('halo');
    await t.db.updateTable('channel_identities').set({ alt_user_id: '555@lid' }).execute();
    const byMain = await findIdentity(t.db, 'whatsapp', '62811@s.whatsapp.net');
    const byAlt = await findIdentity(t.db, 'whatsapp', '555@lid');
    expect(byAlt).toEqual(byMain);
    expect(byMain?.status).toBe('onboarding');
    expect(await findIdentity(t.db, 'telegram', '555@lid')).toBeUndefined();
    await engine.handle({
      channel: 'whatsapp',
      channelUserId: '555@lid',
      externalId: 'lid-1',
      text: '1',
      receivedAt: new Date(),
    });
    expect(await t.db.selectFrom('workers').select('id').execute()).toHaveLength(1);
  });
});

describe('another process writing to the same SQLite file', () => {
  /** A child process that holds the write lock for `ms`; resolves once it holds it. */
  const holdWriteLock = (file: string, ms: number) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '-e',
          `const S = require('better-sqlite3'); const db = new S(${JSON.stringify(file)});
           db.pragma('busy_timeout = 5000'); db.exec('begin immediate');
           db.prepare("update workers set campaign = 'held'").run();
           process.stdout.write('locked\\n');
           setTimeout(() => { db.exec('rollback'); db.close(); }, ${ms});`,
        ],
        { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
      );
      child.stdout.on('data', (d) => String(d).includes('locked') && resolve());
      child.on('error', reject);
    });

  it('waits for its write lock instead of failing, for her and for someone new', async () => {
    if (t.kind !== 'sqlite') return;
    const p = new Phone(t.db, 'sri');
    await p.onboard();
    for (const user of ['sri', 'someone-new']) {
      await holdWriteLock(t.url, 300);
      const started = Date.now();
      const res = await createEngine(t.db).handle({
        channel: 'terminal',
        channelUserId: user,
        externalId: `locked-${user}`,
        text: 'menu',
        receivedAt: new Date(),
      });
      expect(res.outboxIds.length).toBeGreaterThan(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    }
  });
});
