// SAMBUNG: a worker on WhatsApp and on SMS keeps one diary. The code is asked
// for on WhatsApp (through the engine) and sent from her SMS number through
// the fake gateway.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/app/engine.ts';
import { Phone } from '../../helpers/conversation.ts';
import { type SmsHarness, settled, smsHarness, waitFor } from './harness.ts';

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const WA = '6281234567890@s.whatsapp.net';
const SMS = '+6285712345678';

async function lastSms(h: SmsHarness, n: number): Promise<string> {
  await waitFor(() => h.fake.to(SMS).length >= n, `SMS reply ${n}`);
  return h.fake.to(SMS)[n - 1]!;
}

async function whatsappWorker(h: SmsHarness): Promise<Phone> {
  const wa = new Phone(h.t.db, WA, 'whatsapp', { engine: createEngine(h.t.db) });
  await wa.onboard();
  expect(await wa.send('biaya lem 10rb')).toMatch(/Simpan\?/);
  expect(await wa.send('1')).toMatch(/Biaya tersimpan/);
  return wa;
}

const count = async (h: SmsHarness, table: 'workers' | 'channel_identities') =>
  Number(
    (
      await h.t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('SAMBUNG: one diary from WhatsApp and SMS', () => {
  it('joins her SMS number to the diary she keeps on WhatsApp with a code; the code works once', async () => {
    h = await smsHarness();
    const wa = await whatsappWorker(h);
    const asked = await wa.send('sambung');
    const code = /SAMBUNG (\d{8})/.exec(asked)?.[1];
    expect(code, asked).toBeDefined();

    // A wrong code first: refused, nothing joined.
    await h.fake.receive('0857-1234-5678', 'sambung 00000000');
    expect(await lastSms(h, 1)).toMatch(/tidak dikenal/);
    await h.fake.receive('0857-1234-5678', `SAMBUNG ${code}`);
    expect(await lastSms(h, 2)).toMatch(/Tersambung/);
    expect(await count(h, 'workers')).toBe(1);
    const ids = await h.t.db
      .selectFrom('channel_identities')
      .select(['channel', 'channel_user_id', 'worker_id'])
      .orderBy('channel')
      .execute();
    expect(ids.map((i) => i.channel)).toEqual(['sms', 'whatsapp']);
    expect(new Set(ids.map((i) => i.worker_id)).size).toBe(1);

    // On SMS she now sees the diary she kept on WhatsApp, and adds to it.
    await h.fake.receive(SMS, 'rekap bulan ini');
    const rekap = await lastSms(h, 3);
    expect(rekap).toMatch(/REKAP bulan ini/);
    expect(rekap).toMatch(/Biaya Anda: Rp10\.000/);
    await h.fake.receive(SMS, 'beli benang 5rb');
    await h.fake.receive(SMS, '1');
    await settled(h);
    const costs = await h.t.db.selectFrom('costs').select('worker_id').execute();
    expect(costs.map((c) => c.worker_id)).toEqual([ids[0]!.worker_id, ids[0]!.worker_id]);

    // The code cannot be used again, from another number.
    await h.fake.receive('081199998888', `sambung ${code}`);
    await waitFor(() => h!.fake.to('+6281199998888').length === 1, 'reply to the third number');
    expect(h.fake.to('+6281199998888')[0]).toMatch(/tidak dikenal/);
    expect(await count(h, 'channel_identities')).toBe(3);
  });

  it('refuses to join a number that has records of its own, and a code after its 15 minutes', async () => {
    h = await smsHarness();
    const wa = await whatsappWorker(h);
    const code = /SAMBUNG (\d{8})/.exec(await wa.send('sambung'))![1]!;
    // Her SMS number already keeps its own diary.
    for (const said of ['halo', '1', '1', '1', 'pare', '1', 'biaya lem 10rb', '1']) await h.fake.receive(SMS, said);
    await settled(h);
    expect((await h.t.db.selectFrom('costs').select('id').execute()).length).toBe(2);
    const before = h.fake.to(SMS).length;
    await h.fake.receive(SMS, `sambung ${code}`);
    expect(await lastSms(h, before + 1)).toMatch(/punya catatan sendiri/);
    expect(await count(h, 'workers')).toBe(2);

    // An expired code.
    await h.t.db
      .updateTable('link_codes')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    await h.fake.receive('081277776666', 'halo');
    await waitFor(() => h!.fake.to('+6281277776666').length === 1, 'welcome');
    await h.fake.receive('081277776666', `sambung ${code}`);
    await waitFor(() => h!.fake.to('+6281277776666').length === 2, 'answer to the old code');
    expect(h.fake.to('+6281277776666')[1]).toMatch(/tidak dikenal/);
    // She is still where she was: the language question of onboarding.
    await h.fake.receive('081277776666', '1');
    await waitFor(() => h!.fake.to('+6281277776666').length === 3, 'onboarding goes on');
    expect(h.fake.to('+6281277776666')[2]).toMatch(/Sebelum mulai/);
  });

  it('gives a number five wrong codes a day: after that even the right one waits for tomorrow', async () => {
    h = await smsHarness();
    const wa = await whatsappWorker(h);
    const code = /SAMBUNG (\d{8})/.exec(await wa.send('sambung'))![1]!;
    for (let i = 0; i < 5; i++) await h.fake.receive(SMS, `sambung 1111111${i}`);
    await h.fake.receive(SMS, `sambung ${code}`);
    await settled(h);
    const replies = h.fake.to(SMS);
    expect(replies.filter((r) => /tidak dikenal/.test(r))).toHaveLength(5);
    expect(replies.at(-1)).toMatch(/terlalu banyak kode yang salah/);
    expect(await count(h, 'workers')).toBe(2);
    // The next day the right code (a new one) works.
    await h.t.db
      .updateTable('link_attempts')
      .set({ at: new Date(Date.now() - 2 * 864e5).toISOString() })
      .execute();
    const fresh = /SAMBUNG (\d{8})/.exec(await wa.send('sambung'))![1]!;
    await h.fake.receive(SMS, `sambung ${fresh}`);
    await settled(h);
    expect(h.fake.to(SMS).at(-1)).toMatch(/Tersambung/);
    expect(await count(h, 'workers')).toBe(1);
  });
});
