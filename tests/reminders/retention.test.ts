// Message retention: the scheduler's daily job empties the text of inbound
// messages and of sent outgoing ones older than MESSAGE_RETENTION_DAYS; the
// rows stay (a redelivered message is still answered once) and newer texts,
// and messages still waiting to go out, keep their words. DATAKU says how long.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.ts';
import { jobs } from '../../src/app/jobs.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { enqueue, takeForAddress } from '../../src/db/outbox.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const USER = '5550101';

describe('message retention', () => {
  it('after the retention time the scheduler removes old message text and keeps the rows', async () => {
    const clock = fixedClock('2026-10-01T03:00:00.000Z');
    const engine = createEngine(t.db, { clock });
    let seq = 0;
    const say = async (text: string, id = `m${++seq}`) => {
      const r = await engine.handle({
        channel: 'telegram',
        channelUserId: USER,
        externalId: id,
        text,
        receivedAt: clock.now(),
      });
      await takeForAddress(t.db, 'telegram', USER, clock.now().toISOString());
      return r;
    };
    for (const m of ['halo', '1', '1', '1', 'pare', '1']) await say(m);
    await say('kode rahasia XQZ-7731 dari tetangga', 'old-1');
    // A message still waiting to go out (a reminder due later) keeps its words, however old.
    await enqueue(
      t.db,
      [
        {
          channel: 'telegram',
          address: USER,
          workerId: null,
          kind: 'reminder',
          text: 'Pengingat XQZ-5555',
          notBefore: '2027-01-01T00:00:00.000Z',
        },
      ],
      clock.now().toISOString(),
    );
    clock.set('2026-10-21T03:00:00.000Z');
    await say('pesan baru XQZ-9000', 'new-1');
    const inboundBefore = await t.db.selectFrom('inbound_messages').select('id').execute();
    const outboxBefore = await t.db.selectFrom('outbox').select('id').execute();

    // 31 days after the first messages, 11 after the last: the daily job runs.
    const scheduler = new Scheduler(t.db, { jobs, clock });
    await scheduler.ensureRecurring();
    clock.set('2026-11-01T00:00:00.000Z');
    await scheduler.runDue();
    const job = await t.db
      .selectFrom('jobs')
      .select(['status'])
      .where('kind', '=', 'privacy.message-retention')
      .where('status', '=', 'done')
      .execute();
    expect(job).toHaveLength(1);

    const inbound = await t.db.selectFrom('inbound_messages').select(['external_id', 'text', 'received_at']).execute();
    expect(inbound).toHaveLength(inboundBefore.length);
    for (const r of inbound) {
      if (r.received_at < '2026-10-02') expect(r.text, r.external_id).toBe('');
      else expect(r.text).toBe('pesan baru XQZ-9000');
    }
    const outbox = await t.db.selectFrom('outbox').select(['text', 'status', 'created_at']).execute();
    expect(outbox).toHaveLength(outboxBefore.length);
    const sentOld = outbox.filter((r) => r.status === 'sent' && r.created_at < '2026-10-02');
    expect(sentOld.length).toBeGreaterThan(3);
    expect(sentOld.every((r) => r.text === '')).toBe(true);
    expect(outbox.filter((r) => r.status === 'sent' && r.created_at > '2026-10-20').every((r) => r.text !== '')).toBe(
      true,
    );
    expect(outbox.find((r) => r.status === 'pending')!.text).toBe('Pengingat XQZ-5555');

    // The row still dedupes: the old message delivered again is not answered again.
    expect((await say('kode rahasia XQZ-7731 dari tetangga', 'old-1')).duplicate).toBe(true);
    if (t.kind === 'sqlite') {
      let bytes = '';
      for (const f of [t.url, `${t.url}-wal`]) if (existsSync(f)) bytes += readFileSync(f).toString('latin1');
      expect(bytes).not.toContain('XQZ-7731');
      expect(bytes).toContain('XQZ-9000');
    }
  });

  it('the retention time is the setting given', async () => {
    const clock = fixedClock('2026-10-01T03:00:00.000Z');
    const p = new Phone(t.db, USER, 'telegram', { engine: createEngine(t.db, { clock }) });
    await p.onboard();
    await p.send('kode rahasia XQZ-7731');
    const scheduler = new Scheduler(t.db, { jobs, clock, messageRetentionDays: 60 });
    await scheduler.ensureRecurring();
    clock.set('2026-11-01T00:00:00.000Z');
    await scheduler.runDue();
    const texts = (await t.db.selectFrom('inbound_messages').select('text').execute()).map((r) => r.text);
    expect(texts).toContain('kode rahasia XQZ-7731');
  });

  it('DATAKU says how long message texts are kept, in Indonesian and English', async () => {
    const engine = createEngine(t.db, { settings: { messageRetentionDays: 45 } });
    const id = new Phone(t.db, 'id-1', 'telegram', { engine });
    await id.onboard();
    expect(await id.send('DATAKU')).toMatch(/Isi pesan Anda dan balasan kami disimpan 45 hari, lalu dihapus\./);
    const en = new Phone(t.db, 'en-1', 'telegram', { engine });
    await en.onboard({ lang: 'en' });
    expect(await en.send('DATAKU')).toMatch(/kept 45 days, then deleted\./);
    // Without the setting: 30 days.
    const plain = new Phone(t.db, 'id-2', 'telegram');
    await plain.onboard();
    expect(await plain.send('DATAKU')).toMatch(/disimpan 30 hari/);
  });
});
