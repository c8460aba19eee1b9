// Changes to records saved before, said as she says them: in one message at idle, pointing at the record by its
// day, employer, goods or kind; an order the employer cut or called off; a record deleted; and corrections typed
// at a check screen or at a plausibility question. Each change is shown for a yes, never trapping her.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const DAY = 24 * 3600_000;
const live = (rows: Record<string, unknown>[]) => rows.filter((r) => r.voided_at === null);

describe('a saved record changed at idle, pointed at in one message', () => {
  it('changes the count of an older order named by its day, employer and the figure taken back', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('kemarin ambil keset dari bu umi 10 kodi 6rb sekodi', '1');
    clock.advance(2 * DAY);
    const shown = await say('bu, yg jumat itu salah. orderan keset bu umi bukan 10 kodi tp 8 kodi');
    expect(shown).toContain('Jumlah: 10 kodi (200) → 8 kodi (160)');
    expect(shown).toMatch(/1 Ya, simpan/);
    await say('1');
    const orders = await rows('orders');
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ quantity_count: 8, quantity_pieces: 160 });
    expect(await rows('diary_corrections')).toContainEqual(
      expect.objectContaining({ entity: 'order', field: 'quantity_count', old_value: '10', new_value: '8' }),
    );
  });

  it("reads yesterday's order in English, not as a new order with a rate of Rp2", async () => {
    const { say, rows, clock } = await diaryPhone(t, 'sri-0812', { lang: 'en' });
    await say('got 2 kodi payet from bu endang, 25000 per kodi', '1');
    clock.advance(DAY);
    const shown = await say("yesterday's order from bu endang was wrong, it's 3 kodi not 2");
    expect(shown).toContain('Quantity: 2 kodi (40) → 3 kodi (60)');
    expect(shown).not.toMatch(/Rp2\b/);
    await say('1');
    expect(await rows('orders')).toEqual([expect.objectContaining({ quantity_count: 3 })]);
  });

  it('moves an order to the day she says it came, the day of the pointer being only which one', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('ambil payet dari bu endang 3 kodi 25rb sekodi', '1');
    clock.advance(2 * DAY);
    const shown = await say('orderan bu endang yg sabtu itu salah hari, harusnya jumat');
    expect(shown).toContain('Diterima: 28/11 → 27/11');
    await say('1');
    expect(String((await rows('orders'))[0]!.received_on)).toContain('2026-11-27');
  });

  it('the hours just saved take the half hour said after them', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('kerja 5 jam hari ini sendiri', '1');
    expect(await say('salah, 6 jam setengah')).toContain('5 jam → 6,5 jam');
    await say('1');
    expect((await rows('work_hours'))[0]).toMatchObject({ minutes: 390 });
  });

  it('a missing zero said with its reason after the figure', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0812', { lang: 'en' });
    await say('bu umi paid me 12000', '1');
    expect(await say('sorry, 120000. missed a zero')).toContain('Rp12.000 → Rp120.000');
    await say('1');
    expect((await rows('payments'))[0]).toMatchObject({ amount: 120000 });
  });

  it('the one who gave the money, said again after saving, changes the employer', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil keset dari bu umi 3 kodi 6rb sekodi', '1');
    await say('kemarin dibayar bu endang 180rb', '1');
    expect(await say('lho salah, sing maringi bu umi')).toContain('Dari: Bu Endang → Bu Umi');
    await say('1');
    const [pay] = await rows('payments');
    const umi = (await rows('employers')).find((e) => String(e.name).toLowerCase() === 'bu umi');
    expect(pay!.employer_id).toBe(umi!.id);
  });

  it('a new hand-in corrected in its own message is not taken for a change of a saved one', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil sandal dari bu yati 8 kodi 5rb sekodi', '1');
    const shown = await say('setor sandal ke bu yati 3 kodi, bukan 4');
    expect(shown).toMatch(/Setoran/);
    expect(shown).toContain('Diserahkan: 60');
    expect(shown).not.toMatch(/→/);
    expect((await rows('orders'))[0]).toMatchObject({ quantity_count: 8 });
  });
});

describe('an order the employer cut or called off', () => {
  it('a cut order changes its count, shown for a yes; no new order', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('ambil sandal dari bu yati 8 kodi 5rb sekodi', '1');
    clock.advance(DAY);
    const shown = await say('bu yati ngurangi orderan sandal jadi 5 kodi, katanya bahannya kurang');
    expect(shown).toContain('Jumlah: 8 kodi (160) → 5 kodi (100)');
    await say('1');
    expect(await rows('orders')).toEqual([expect.objectContaining({ quantity_count: 5 })]);
  });

  it('material taken back: the order less what was taken', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('ambil sandal dari bu yati 8 kodi 5rb sekodi', '1');
    clock.advance(DAY);
    expect(await say('bu yati ngurangi orderane, bahane dijupuk maneh 3 kodi')).toContain(
      '8 kodi (160) → 5 kodi (100)',
    );
    await say('1');
    expect((await rows('orders'))[0]).toMatchObject({ quantity_count: 5 });
  });

  it('a rate cut is no cut of the count', async () => {
    const { say, rows, clock } = await diaryPhone(t, 'sri-0812', { lang: 'en' });
    await say('got 400 pcs sapu from pak hadi, 500 each', '1');
    clock.advance(DAY);
    const shown = await say('pak hadi cut the rate from 500 to 400 a piece');
    expect(shown).not.toContain('400 pcs →');
    expect((await rows('orders'))[0]).toMatchObject({ quantity_count: 400 });
  });

  it('a cancelled order is taken back after a yes, kept in the history', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('ambil tas dari pak hadi 5 kodi 15rb sekodi', '1');
    clock.advance(2 * DAY);
    const shown = await say('order tas pak hadi sing dino sabtu kae batal, bahane ora teko');
    expect(shown).toMatch(/dibatalkan/);
    expect(shown).toMatch(/1 Ya, simpan/);
    expect(live(await rows('orders'))).toHaveLength(1);
    await say('1');
    const orders = await rows('orders');
    expect(orders).toHaveLength(1);
    expect(orders[0]!.voided_at).not.toBeNull();
  });

  it('"orderan bu yati batal" with nothing open is that order called off; an order still to come is not', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('ambil sandal dari bu yati 8 kodi 5rb sekodi', '1');
    clock.advance(DAY);
    expect(await say('bu yati bilang orderan minggu depan batal')).not.toMatch(/dibatalkan/);
    expect(live(await rows('orders'))).toHaveLength(1);
    expect(await say('orderan bu yati batal')).toContain('Order 28/11 Bu Yati: sandal 8 kodi (160)');
    await say('1');
    expect(live(await rows('orders'))).toHaveLength(0);
  });

  it('a cancelled order with work handed in keeps what was handed in', async () => {
    const { say, rows, clock } = await diaryPhone(t, 'sri-0812', { lang: 'en' });
    await say('got 100 pcs sapu from pak haji slamet, 300 each', '1');
    await say('handed in 40 pcs sapu to pak haji slamet', '1');
    clock.advance(2 * DAY);
    expect(await say('pak haji slamet cancelled the order from saturday')).toContain('100 pcs → 40 pcs');
    await say('1');
    const [order] = await rows('orders');
    expect(order).toMatchObject({ quantity_pieces: 40, voided_at: null });
    expect(live(await rows('handins'))).toHaveLength(1);
  });
});

describe('a saved record deleted at idle', () => {
  it('an order saved twice: one of the two taken back after a yes', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('ambil peci dari juragan darmo 10 kodi 4rb sekodi', '1');
    clock.advance(3600_000);
    await say('juragan darmo ngekei peci 10 kodi, 4rb sekodi', '1');
    expect(await rows('orders')).toHaveLength(2);
    clock.advance(DAY);
    const shown = await say('orderan peci juragan darmo sing wingi mlebu ping pindo, hapusen siji');
    expect(shown).toMatch(/1 Ya, simpan/);
    await say('1');
    const orders = await rows('orders');
    expect(live(orders)).toHaveLength(1);
    expect(orders.filter((o) => o.voided_at !== null)).toHaveLength(1);
  });

  it('"dudu garapan" names no record: the cost just saved is the one deleted', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil peci dari juragan darmo 10 kodi 4rb sekodi', '1');
    await say('mbayar listrik 60 ewu', '1');
    expect(await say('hapus wae, kuwi listrik omah dudu garapan')).toMatch(/dibatalkan/);
    expect(live(await rows('costs'))).toHaveLength(0);
    expect(live(await rows('orders'))).toHaveLength(1);
  });
});

describe('corrections at a check screen or a plausibility question', () => {
  it('"dudu pak haji, juragan darmo sing mbayar" changes the name on the screen', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil peci dari juragan darmo 10 kodi 4rb sekodi', '1');
    await say('ambil keset dari pak haji slamet 2 kodi 6rb sekodi', '1');
    await say('pak haji slamet mbayar 200 ewu');
    expect(await say('eh dudu pak haji, juragan darmo sing mbayar')).toContain('Dari: Juragan Darmo');
    await say('iyo');
    const [pay] = await rows('payments');
    const darmo = (await rows('employers')).find((e) => String(e.name).toLowerCase() === 'juragan darmo');
    expect(pay!.employer_id).toBe(darmo!.id);
  });

  it('a figure typed again at a rate question is taken, not asked to pick a number', async () => {
    const { say, rows } = await diaryPhone(t);
    const asked = await say('jupuk keset bu umi 5 kodi opah 500 sekodi');
    expect(asked).toMatch(/3 Bukan, ketik ulang/);
    const shown = await say('kurang nol ding, 5000 sekodi');
    expect(shown).toContain('Upah: Rp5.000/kodi');
    await say('1');
    expect((await rows('orders'))[0]).toMatchObject({ rate_amount: 5000, rate_per: 'kodi' });
  });

  it('"12 ewu batange" at an order of sticks is its count, not a rate', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('oleh mbatil rokok teko pak haji slamet 10 ewu batang, 14 ewu per sewu batang');
    const shown = await say('eh 12 ewu batange');
    expect(shown).toContain('Jumlah: 12000');
    expect(shown).toContain('Rp14.000/1.000');
    await say('iyo bener');
    expect((await rows('orders'))[0]).toMatchObject({ quantity_pieces: 12000, rate_amount: 14000 });
  });
});
