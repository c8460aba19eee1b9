// Kecamatan and work after onboarding, through the real engine on a real
// database: skipping the questions, the one-time offer, setting them later.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { NOW } from '../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

async function phone(user: string) {
  const p = new Phone(t.db, user, 'terminal', { clock: fixedClock(NOW) });
  const say = async (...lines: string[]) => {
    let last = '';
    for (const l of lines) last = await p.send(l);
    return last;
  };
  const me = async () => {
    const { worker_id } = await t.db
      .selectFrom('channel_identities')
      .select('worker_id')
      .where('channel_user_id', '=', user)
      .executeTakeFirstOrThrow();
    const w = await t.db.selectFrom('workers').selectAll().where('id', '=', worker_id).executeTakeFirstOrThrow();
    const offers = await t.db.selectFrom('profile_offers').selectAll().where('worker_id', '=', worker_id).execute();
    return { w, offers };
  };
  return { say, me };
}

describe('MENU after consent, before the kecamatan question', () => {
  it('keeps her consent, says how to fill them later, and KECAMATAN does it', async () => {
    const { say, me } = await phone('sri');
    await say('halo', '1', '1', '1');
    const r = await say('menu');
    expect(r).toMatch(/^Baik\. Kecamatan dan pekerjaan Anda belum diisi\./);
    expect(r).not.toMatch(/Tidak ada yang disimpan/);
    let { w, offers } = await me();
    expect(w).toMatchObject({ status: 'active', kecamatan: null, product: null, research_consent: 1 });
    expect(offers).toMatchObject([{ offer: 'kecamatan', shown_at: NOW.replace('Z', '.000Z') }]);

    // Told once already: REKAP does not repeat it.
    expect(await say('rekap minggu ini')).not.toMatch(/KECAMATAN/);

    expect(await say('kecamatan')).toMatch(/kecamatan mana/);
    expect(await say('kayen')).toMatch(/Maksud Anda Kecamatan Kayen Kidul\?/);
    expect(await say('1')).toMatch(/Tersimpan\. Kecamatan: Kayen Kidul\.\n\nApa pekerjaan utama/);
    expect(await say('rokok')).toBe('Tersimpan. Pekerjaan: Rokok.');
    ({ w, offers } = await me());
    expect(w).toMatchObject({ kecamatan: 'Kayen Kidul', product: 'rokok' });
    expect(await say('dataku')).toMatch(/Kecamatan: Kayen Kidul\nPekerjaan: Rokok/);
    expect(await say('menu', '9')).toMatch(/7 Kecamatan: Kayen Kidul\n8 Pekerjaan: Rokok/);
    expect(offers).toHaveLength(1);
  });
});

describe('the REKAP offer', () => {
  it('is made once to a worker without a kecamatan who was never told, and never again', async () => {
    const { say, me } = await phone('ani');
    // DATAKU at the kecamatan question leaves onboarding without the note.
    await say('halo', '1', '1', '2');
    expect(await say('dataku')).toMatch(/Kecamatan: belum diisi/);
    expect((await me()).offers).toEqual([]);

    const first = await say('rekap minggu ini');
    expect(first).toMatch(/REKAP minggu ini[\s\S]*Kecamatan Anda belum diisi\..*Ketik KECAMATAN untuk mengisi\.$/);
    expect((await me()).offers).toHaveLength(1);
    for (const again of ['rekap minggu ini', 'rekap bulan ini']) expect(await say(again)).not.toMatch(/KECAMATAN/);
    expect((await me()).offers).toHaveLength(1);
  });

  it('is not made when the kecamatan is set', async () => {
    const p = new Phone(t.db, 'rini', 'terminal', { clock: fixedClock(NOW) });
    await p.onboard();
    expect(await p.send('rekap minggu ini')).not.toMatch(/KECAMATAN/);
    expect(await t.db.selectFrom('profile_offers').selectAll().execute()).toEqual([]);
  });
});

describe('BANDINGKAN without a kecamatan and kind of work', () => {
  it('asks them, saves them, and shows figures for the new profile at once', async () => {
    const { say, me } = await phone('yati');
    // MENU at the product question: the kecamatan she typed was not saved either.
    await say('halo', '1', '1', '1', 'pare', 'menu');
    expect((await me()).w.kecamatan).toBeNull();
    expect(await say('bandingkan')).toMatch(/isi dulu kecamatan dan jenis pekerjaan[\s\S]*kecamatan mana/);
    expect(await say('pare')).toMatch(/Apa pekerjaan utama/);
    expect(await say('3')).toMatch(
      /^Tersimpan\. Pekerjaan: Makanan \/ kue\.\n\nBelum cukup data untuk makanan \/ kue bulan November 2026/,
    );
    expect((await me()).w).toMatchObject({ kecamatan: 'Pare', product: 'makanan' });
    expect(await say('bandingkan')).toMatch(/Belum cukup data untuk makanan \/ kue bulan November 2026/);
  });
});
