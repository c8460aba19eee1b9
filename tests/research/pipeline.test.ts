// The research pipeline on a real database: diary rows in, panel, aggregates,
// exports and BANDINGKAN out, checked against figures worked out by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { aggregate } from '../../src/research/aggregate.ts';
import { datasetNames, type ExportContext, exportDataset, keyedPseudonymizer } from '../../src/research/datasets.ts';
import { observationsFor } from '../../src/research/observations.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { NOW } from '../helpers/diary.ts';
import { addCost, addHandin, addHours, addOrder, addPayment, addWorker } from '../helpers/research.ts';

const SECRET = 'pipeline-secret-0123456789';
const p = keyedPseudonymizer(SECRET);

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

/**
 * Five sandal workers in Pare, rates 200..600 a piece. Each takes 100 pieces on
 * 2 Nov, hands all in on 10 Nov, works 10 hours and pays Rp1.000 electricity
 * that day: earned 100 x rate, hourly (100 x rate - 1000) / 10 = 10 x rate - 100.
 * b is paid short, c is not paid at all (18 days by 28 Nov: late); a, d, e in full.
 * Terms in writing: a and b.
 */
async function fiveInPare(): Promise<void> {
  const rates: Record<string, number> = { a: 200, b: 300, c: 400, d: 500, e: 600 };
  for (const [w, rate] of Object.entries(rates)) {
    await addWorker(t.db, w, { joined: '2026-11-02T01:00:00.000Z' });
    const order = await addOrder(t.db, w, {
      employer: `Bu Yati ${w}`,
      rate,
      pieces: 100,
      day: '2026-11-02',
      written: w === 'a' || w === 'b',
    });
    await addHandin(t.db, w, order, '2026-11-10', 100);
    await addHours(t.db, w, '2026-11-10', 10);
    await addCost(t.db, w, '2026-11-10', 1000);
    if (w === 'b') await addPayment(t.db, w, `Bu Yati ${w}`, order, '2026-11-12', 25_000);
    else if (w !== 'c') await addPayment(t.db, w, `Bu Yati ${w}`, order, '2026-11-12', 100 * rate);
  }
}

/**
 * Makes `w` a genuine contributor to BANDINGKAN: a Telegram account and a diary
 * kept over three October weeks (costs, which leave November's figures alone).
 */
async function genuine(w: string): Promise<void> {
  const at = '2026-10-05T01:00:00.000Z';
  await t.db
    .insertInto('channel_identities')
    .values({
      worker_id: w,
      channel: 'telegram',
      channel_user_id: `tg-${w}`,
      alt_user_id: null,
      unreachable: 0,
      created_at: at,
      last_seen_at: at,
    })
    .execute();
  for (const day of ['2026-10-05', '2026-10-12', '2026-10-19']) await addCost(t.db, w, day, 500);
}

const ctx = (over: Partial<ExportContext> = {}): ExportContext => ({
  db: t.db,
  k: 5,
  now: new Date(NOW),
  pseudonym: p,
  ...over,
});

describe('research pipeline', () => {
  it('aggregates match hand computation, and a small cell is hidden with its complement', async () => {
    await fiveInPare();
    let rows = aggregate(await observationsFor(t.db, { now: new Date(NOW), overdueDays: 14 }), 5);
    const cell = rows.find((r) => r.kecamatan === 'Pare' && r.product === 'alas_kaki')!;
    expect(cell).toMatchObject({
      month: '2026-11',
      suppressed: '',
      workers: 5,
      piece_rate_p25: 300,
      piece_rate_median: 400,
      piece_rate_p75: 500,
      hourly_p25: 2900,
      hourly_median: 3900,
      hourly_p75: 4900,
      // UMK 2026 per hour is Rp15.327: everyone is below it.
      share_below_umk: 1,
      share_written_agreement: 0.4,
      share_paid_late_or_short: 0.4,
      share_bpjs_tk: null,
    });

    // One sewing worker in Pare: her cell is small, and hiding it alone would leave it
    // as Pare's total minus the sandal cell. So the sandal cell goes too; Pare's total stays.
    await addWorker(t.db, 'f', { product: 'jahit' });
    const order = await addOrder(t.db, 'f', { employer: 'Pak Slamet', rate: 1000, pieces: 10, day: '2026-11-03' });
    await addHandin(t.db, 'f', order, '2026-11-05', 10);
    rows = aggregate(await observationsFor(t.db, { now: new Date(NOW) }), 5);
    const by = (k: string, pr: string) => rows.find((r) => r.kecamatan === k && r.product === pr)!;
    expect(by('Pare', 'jahit').suppressed).toBe('small');
    expect(by('Pare', 'alas_kaki').suppressed).toBe('complement');
    expect(by('Pare', 'ALL')).toMatchObject({ suppressed: '', workers: 6 });
    for (const r of rows) if (!r.suppressed) expect(r.workers).toBeGreaterThanOrEqual(5);
    const csv = String((await exportDataset('aggregates', 'csv', ctx())).body);
    expect(csv).toMatch(/^2026-11,1,Pare,jahit,small,,/m);
  });

  it('the panel for one worker matches hand computation', async () => {
    await fiveInPare();
    // The scheduler reminded her in week 47 (she had not written); she did not answer.
    await t.db
      .insertInto('diary_reminders')
      .values({
        worker_id: 'b',
        week_of: '2026-11-16',
        status: 'sent',
        due_at: '2026-11-21T09:00:00.000Z',
        outbox_id: null,
        open_orders: 0,
        answered_at: null,
        created_at: '2026-11-21T09:00:00.000Z',
      })
      .execute();
    const json = JSON.parse(String((await exportDataset('panel', 'json', ctx())).body));
    const mine = json.rows.filter((r: { worker: string }) => r.worker === p.worker('b'));
    expect(mine.map((r: { week: string }) => r.week)).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    // Week 45: the order (written that week), nothing handed in.
    expect(mine[0]).toMatchObject({ pieces: 0, earned: 0, any_entry: 1, effective_hourly: null });
    // Week 46: 100 pieces worth Rp30.000, paid Rp25.000, 10 hours, Rp1.000 costs: (30000 - 1000) / 10 = 2900.
    expect(mine[1]).toMatchObject({
      pieces: 100,
      earned: 30_000,
      paid: 25_000,
      owed: 5_000,
      costs: 1_000,
      hours: 10,
      effective_hourly: 2900,
      umk_hourly: 15_327,
      below_umk: 1,
      any_entry: 1,
      reminders_sent: 0,
    });
    expect(mine[2]).toMatchObject({ any_entry: 0, owed: 5_000, hours: 0, reminders_sent: 1, reminders_answered: 0 });
    // Weeks before the first requested day are left out, what is owed still counts.
    const later = JSON.parse(String((await exportDataset('panel', 'json', ctx({ from: '2026-11-16' }))).body));
    expect(later.rows.filter((r: { worker: string }) => r.worker === p.worker('b'))[0]).toMatchObject({
      week: '2026-W47',
      owed: 5_000,
    });
  });

  it('BANDINGKAN gives her the regency bands when her kecamatan has too few others, and her own figures', async () => {
    await fiveInPare();
    for (const w of ['a', 'b', 'c', 'd', 'e']) await genuine(w);
    // Two more sandal workers in Gurah, rates 700 and 800.
    for (const [w, rate] of [
      ['g', 700],
      ['h', 800],
    ] as const) {
      await addWorker(t.db, w, { kecamatan: 'Gurah' });
      const order = await addOrder(t.db, w, { employer: 'Pak Budi', rate, pieces: 100, day: '2026-11-02' });
      await addHandin(t.db, w, order, '2026-11-10', 100);
      await addHours(t.db, w, '2026-11-10', 10);
      await addCost(t.db, w, '2026-11-10', 1000);
      await genuine(w);
    }
    // She joins by chat (Pare, sandals) and her diary has one order at Rp250 a piece.
    const phone = new Phone(t.db, '6281234500001', 'terminal', { clock: fixedClock(NOW) });
    await phone.onboard();
    const me = (
      await t.db
        .selectFrom('channel_identities')
        .select('worker_id')
        .where('channel_user_id', '=', '6281234500001')
        .executeTakeFirstOrThrow()
    ).worker_id;
    const order = await addOrder(t.db, me, { employer: 'Bu Yati', rate: 250, pieces: 40, day: '2026-11-20' });
    await addHandin(t.db, me, order, '2026-11-25', 40);
    await addHours(t.db, me, '2026-11-25', 4);
    const reply = await phone.send('BANDINGKAN');
    // Pare has 5 other sandal workers: a..e. Rates 200..600: median 400, in the band of Rp50 from Rp400;
    // hourly 1900..5900: median 3.900, in the band of Rp500 from Rp3.500.
    expect(reply).toMatch(/Kec\. Pare/);
    expect(reply).toContain('5 pekerja lain');
    expect(reply).toContain('Per biji (tengah-tengah): sekitar Rp400–Rp450');
    expect(reply).toContain('Per jam (tengah-tengah): sekitar Rp3.500–Rp4.000');
    expect(reply).not.toContain('Rp3.900');
    // Hers: 40 x 250 = 10.000 in 4 hours = 2.500 an hour.
    expect(reply).toContain('Anda bulan ini: Rp250 per biji, Rp2.500 per jam.');
    expect(reply).not.toMatch(/Yati|Budi|6281/);

    // One Pare worker withdraws research consent: Pare has too few, the regency answers (b..e, g, h).
    await t.db.updateTable('workers').set({ research_consent: 0 }).where('id', '=', 'a').execute();
    const regency = await phone.send('bandingkan');
    expect(regency).toMatch(/Data di Kec\. Pare belum cukup/);
    expect(regency).toContain('6 pekerja lain');
    // Rates 300 400 500 600 700 800: median 550. Hourly 2900 .. 7900: median 5400. Shown as bands.
    expect(regency).toContain('sekitar Rp500–Rp600');
    expect(regency).toContain('sekitar Rp5.000–Rp6.000');
    expect(regency).not.toMatch(/Rp550|Rp5\.400/);
  });

  it('no export contains a phone number, chat id, name, typed product or internal id of the test workers', async () => {
    await fiveInPare();
    const phone = new Phone(t.db, '6281234500002', 'terminal', { clock: fixedClock(NOW) });
    await phone.onboard();
    for (const line of ['order 2 kodi sandal jepit Sulastri 2rb/pasang dari Bu Yati Wonorejo', '1'])
      await phone.send(line);
    const typed = await t.db.selectFrom('orders').select('product').where('product', 'like', '%jepit%').execute();
    expect(typed).toHaveLength(1);
    const ids = (await t.db.selectFrom('workers').select('id').execute()).map((w) => w.id);
    const needles = ['6281234500002', 'Yati', 'Wonorejo', 'Sulastri', 'jepit', ...ids.filter((id) => id.length > 2)];
    for (const name of datasetNames())
      for (const format of ['csv', 'json'] as const) {
        const body = String((await exportDataset(name, format, ctx({ includeVoided: true }))).body);
        for (const n of needles) expect(body, `${name}.${format} contains ${n}`).not.toContain(n);
      }
  });
});
