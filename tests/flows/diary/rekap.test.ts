// REKAP, flags and the monthly statement through the engine; the diary in DATAKU and HAPUS.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';
import { rowsContaining } from '../../helpers/rows.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const DAY = 86_400_000;

describe('REKAP', () => {
  it('the menu, the periods, and an empty diary', async () => {
    const { say } = await diaryPhone(t);
    // REKAP typed alone gives this week at once; the periods are in the menu's REKAP.
    expect(await say('rekap')).toMatch(/REKAP minggu ini[\s\S]*REKAP BULAN INI/);
    const menu = await say('menu', '6');
    expect(menu).toMatch(/1 Minggu ini\n2 Minggu lalu\n3 Bulan ini\n4 Bulan lalu\n5 Laporan bulanan/);
    expect(await say('8')).toMatch(/1 sampai 5/);
    const r = await say('3');
    expect(r).toContain('REKAP bulan ini (01/11 - 30/11)');
    expect(r).toContain('Belum ada catatan di waktu ini.');
    expect(await say('menu', '6', 'minggu lalu')).toContain('REKAP minggu lalu (16/11 - 22/11)');
    expect(await say('rekap bulan lalu')).toContain('REKAP bulan lalu (01/10 - 31/10)');
    expect(await say('MENU', '6', '5')).toMatch(/Belum ada pemberi kerja/);
  });

  it('flags pay overdue 14 days after the hand-in, and pay less than expected', async () => {
    const d = await diaryPhone(t);
    await d.say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    await d.say('order 100 peci 500 dari Pak Slamet', '1');
    await d.say('setor 60 sandal', '1');
    await d.say('setor 100 peci', '1');
    // Pak Slamet pays 40.000 for the 50.000 of peci.
    expect(await d.say('dibayar 40rb dari Pak Slamet')).toContain('Untuk order: Pak Slamet: peci (28/11)');
    await d.say('1');
    d.clock.advance(13 * DAY);
    let r = await d.say('rekap bulan lalu');
    expect(r).toContain('Bu Yati: upah Rp120.000, dibayar Rp0; belum dibayar Rp120.000');
    expect(r).toContain('Pak Slamet: upah Rp50.000, dibayar Rp40.000; belum dibayar Rp10.000');
    expect(r).toContain('! Bayaran 28/11 kurang Rp10.000 dari hitungan setoran.');
    expect(r).not.toContain('belum dibayar sejak');
    d.clock.advance(DAY);
    r = await d.say('rekap minggu ini');
    expect(r).toContain('REKAP minggu ini (07/12 - 13/12)');
    expect(r).toContain('Belum ada catatan di waktu ini.');
    expect(r).toContain('! Rp120.000 belum dibayar sejak setoran 28/11 (14 hari).');
    expect(r).toContain('! Rp10.000 belum dibayar sejak setoran 28/11 (14 hari).');
  });

  it('a shorter overdue setting from the service configuration', async () => {
    const { createEngine } = await import('../../../src/app/engine.ts');
    const { fixedClock } = await import('../../../src/core/clock.ts');
    const { Phone } = await import('../../helpers/conversation.ts');
    const clock = fixedClock('2026-11-28T03:00:00Z');
    const p = new Phone(t.db, 'quick', 'terminal', {
      engine: createEngine(t.db, { clock, settings: { payOverdueDays: 2 } }),
    });
    await p.onboard();
    for (const m of ['order 10 peci 500 dari Bu Ani', '1', 'setor 10', '1']) await p.send(m);
    clock.advance(2 * DAY);
    expect(await p.send('rekap bulan ini')).toContain('! Rp5.000 belum dibayar sejak setoran 28/11 (2 hari).');
  });

  it('the monthly statement for an employer, ready to forward', async () => {
    const d = await diaryPhone(t);
    await d.say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    await d.say('order 100 peci 500 dari Pak Slamet', '1');
    d.clock.advance(60_000);
    await d.say('setor 60 retur 2 sandal', '1');
    await d.say('kasbon 20rb dari Bu Yati', '1');
    await d.say('dibayar 80rb dari bu yati potong kasbon 20rb', '1');
    expect(await d.say('menu', '6', '5')).toMatch(/Laporan untuk siapa\?\n1 Bu Yati\n2 Pak Slamet/);
    expect(await d.say('1')).toMatch(/Bulan apa/);
    const s = await d.say('1');
    const [intro, stmt] = s.split('\n\n');
    expect(intro).toMatch(/Laporan bulanan untuk Bu Yati/);
    expect(stmt).toBe(
      [
        'CATATAN KERJA November 2026',
        'Untuk: Bu Yati',
        'Order diterima:',
        '- 28/11 sandal: 60',
        'Setoran:',
        '- 28/11 sandal: 58 diterima, 2 retur = Rp116.000',
        'Bayaran:',
        '- 28/11 Rp20.000 (kasbon)',
        '- 28/11 Rp80.000, potong kasbon Rp20.000',
        'Sisa sebelumnya: Rp0',
        'Upah bulan ini: Rp116.000',
        // The advance on a line of its own, not inside the pay.
        'Dibayar bulan ini: Rp80.000',
        'Kasbon bulan ini: Rp20.000',
        'Belum dibayar: Rp16.000',
        'Dicatat dengan Upahku.',
      ].join('\n'),
    );
    // Next month: last month's rest is carried over.
    d.clock.advance(5 * DAY);
    const dec = await d.say('laporan bulanan bu yati', '1');
    expect(dec).toContain('CATATAN KERJA Desember 2026');
    expect(dec).toContain('Sisa sebelumnya: Rp16.000');
    expect(dec).toContain('Belum dibayar: Rp16.000');
    const nov = await d.say('slip', '1', '2');
    expect(nov).toContain('CATATAN KERJA November 2026');
  });

  it('a long month is split into messages under 1000 characters', async () => {
    const d = await diaryPhone(t);
    await d.say('order 5000 kancing 100 dari Bu Yati', '1');
    // (Each said as another one, "lagi": the same record again at once is taken as sent twice.)
    const setor = ['setor lagi 10', 'setor lagi 10 biji', 'setor lagi 10 pcs'];
    const paid = ['dibayar lagi 1rb', 'dibayar lagi 1000', 'dibayar lagi Rp1.000'];
    for (let i = 0; i < 20; i++) await d.say(setor[i % 3]!, '1');
    for (let i = 0; i < 20; i++) await d.say(paid[i % 3]!, '1');
    const s = await d.say('slip', '1');
    const msgs = s.split('\n\n');
    expect(msgs.length).toBeGreaterThan(2);
    for (const m of msgs) expect(m.length).toBeLessThanOrEqual(1000);
    expect(s).toContain('- dan 5 lainnya');
    expect(s).toContain('Upah bulan ini: Rp20.000');
    expect(s).toContain('Dibayar bulan ini: Rp20.000');
    expect(s).toContain('Lunas');
  });
});

describe('the diary in DATAKU and HAPUS', () => {
  it('DATAKU counts the diary; HAPUS leaves no row of hers anywhere', async () => {
    const other = await diaryPhone(t, 'other-0899');
    await other.say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    const d = await diaryPhone(t, 'dewi-62812');
    await d.say('order 3 kodi sandal 2rb/pasang dari Bu Yati', '1');
    await d.say('setor 58 retur 2', '1', 'dibayar 116rb', '1', 'kerja 5 jam', '0', '1', 'biaya listrik 20rb', '1');
    await d.say('ubah', '1', '2', '1');
    const data = await d.say('DATAKU');
    for (const line of [
      'Pemberi kerja: 1',
      'Order: 1',
      'Setoran: 1',
      'Bayaran dan kasbon: 1',
      'Jam kerja: 1',
      'Biaya: 1',
    ]) {
      expect(data).toContain(line);
    }
    expect(data).toContain('Riwayat perubahan catatan: 1');
    await d.say('HAPUS', '1');
    expect(await rowsContaining(t.db, [d.workerId, 'dewi-62812'])).toEqual([]);
    expect(await other.rows('orders')).toHaveLength(1);
    expect(await other.rows('employers')).toHaveLength(1);
  });
});
