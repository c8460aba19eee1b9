// A worker with a basic phone, over SMS only, through the fake gateway and the
// real client library: onboarding, a week of diary, REKAP at the end. Every SMS
// she gets fits three segments in GSM-7, every message row keeps the gateway's
// id and its cost, and research output never shows her number.
import { afterEach, describe, expect, it } from 'vitest';
import { countSegments, isGsm7 } from '../../../src/bot/sms/gsm7.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { datasetNames, exportDataset, keyedPseudonymizer } from '../../../src/research/datasets.ts';
import { type SmsHarness, smsHarness, waitFor } from './harness.ts';

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const PHONE = '+6281234567890';

/** Her week: what she types each day (WIB), from Monday 23/11/2026. */
const WEEK: string[][] = [
  ['halo', '1', '1', '1', 'pare', '1', 'order 5 kodi sandal 2500/pasang dari Bu Yati', '1', 'kerja 3 jam', '0', '1'],
  ['setor 40', '1', 'kerja 5 jam', '0', '1', 'biaya lem 10rb', '1'],
  ['kerja 4 jam', '0', '1'],
  ['setor 38 retur 2', '1', 'dibayar 100rb dari Bu Yati', '1'],
  ['kerja 6 jam', '1', '2', '1', 'beli benang 5rb', '1'],
  ['setor 20', '1', 'dibayar 90rb dari Bu Yati', '1'],
  ['rekap', '1'],
];

describe('a week of diary over SMS', () => {
  it('onboards, records every day and sums the week, every SMS within budget, her number in no research output', async () => {
    const clock = fixedClock('2026-11-23T02:00:00.000Z');
    h = await smsHarness({ clock });
    h.fake.now = () => clock.now().getTime();
    const settled = async () =>
      (await h!.t.db.selectFrom('outbox').select('status').where('channel', '=', 'sms').execute()).every(
        (r) => r.status === 'sent' || r.status === 'failed',
      );
    const spellings = ['0812-3456-7890', '+6281234567890', '6281234567890', '0812 3456 7890'];
    let n = 0;
    for (const day of WEEK) {
      for (const said of day) {
        expect(await h.fake.receive(spellings[n++ % spellings.length]!, said)).toBe(200);
        await waitFor(settled, `replies to "${said}"`);
      }
      clock.advance(864e5);
    }
    const texts = h.fake.to(PHONE);
    expect(texts.length).toBeGreaterThan(30);
    for (const m of h.fake.messages) {
      expect(isGsm7(m.message), m.message).toBe(true);
      expect(countSegments(m.message).segments, m.message).toBeLessThanOrEqual(3);
      expect(m.withDeliveryReport).toBe(true);
    }
    // One worker, one identity, whatever way her number was written.
    expect(await h.t.db.selectFrom('channel_identities').select(['channel', 'channel_user_id']).execute()).toEqual([
      { channel: 'sms', channel_user_id: PHONE },
    ]);
    // The diary holds the week.
    const w = await h.t.db.selectFrom('workers').select(['id', 'status']).executeTakeFirstOrThrow();
    expect(w.status).toBe('active');
    const rekap = texts.filter((x) => x.startsWith('REKAP'));
    expect(rekap.at(-1)).toMatch(/Setor: 96 diterima, 2 retur/);
    expect(rekap.at(-1)).toMatch(/Jam kerja: 18 jam/);
    expect(texts.join('\n')).toMatch(/Bayaran diterima: Rp190\.000/);
    // Every row sent keeps the gateway's id and its segments.
    const rows = await h.t.db.selectFrom('outbox').selectAll().where('channel', '=', 'sms').execute();
    expect(
      rows.every((r) => r.status === 'sent' && r.external_id?.startsWith('upahku-') && (r.segments ?? 0) >= 1),
    ).toBe(true);
    // Research output: no phone number in any spelling.
    let all = '';
    const ctx = { db: h.t.db, k: 1, now: clock.now(), pseudonym: keyedPseudonymizer('test-secret-0123456789abcdef') };
    for (const name of datasetNames())
      for (const f of ['csv', 'json'] as const) all += String((await exportDataset(name, f, ctx)).body);
    expect(all.length).toBeGreaterThan(1000);
    expect(all).toContain(ctx.pseudonym.worker(w.id));
    for (const digits of ['81234567890', '812-3456', '812 3456', '+62812']) expect(all).not.toContain(digits);
  }, 180_000);
});
