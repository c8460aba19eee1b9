// Second thoughts off the script, through the real engine on SQLite: a name put right after saving with the record
// named before it and a sentence after it ("lho kliru, kasbonnya dr ... bukan ..."), "oops it was X, not Y"; the
// cut named as "potongannya" at the check screen; REKAP of a period with why she asks after it; a record to delete
// "sent by mistake"; "actually delete the X one" with why after it; "hold on" before a figure put right; "forgot to
// say" before who helped.
// Sunday 8 July 2029, 19:00 WIB, a minute between messages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryAt, live } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const NOW = '2029-07-08T19:00:00+07:00';

const diary = (lang?: 'en') => diaryAt(t, NOW, lang ? { lang } : {});

describe('a name put right after saving', () => {
  it('"lho kliru, kasbonnya dr bu warsih bukan bu sumi. bu sumi ga pernah ngasih bon" moves the kasbon', async () => {
    const { say, rows, employerId } = await diary();
    await say('dpt kasbon 150rb dr bu sumi buat beli seragam', '1');
    await say('lho kliru, kasbonnya dr bu warsih bukan bu sumi. bu sumi ga pernah ngasih bon', '1');
    expect(live(await rows('payments'))).toMatchObject([
      { kind: 'kasbon', amount: 150000, employer_id: await employerId('Bu Warsih') },
    ]);
  });

  it('"oops it was pak darto, not bu sumi" moves the advance', async () => {
    const { say, rows, employerId } = await diary('en');
    await say('got an advance of 80k from bu sumi', '1');
    await say('oops it was pak darto, not bu sumi', '1');
    expect(live(await rows('payments'))).toMatchObject([
      { kind: 'kasbon', amount: 80000, employer_id: await employerId('Pak Darto') },
    ]);
  });
});

describe('a name put right after saving, in English', () => {
  it('"sorry the loan was from pak darto, not bu sumi" moves the advance, no new one asked', async () => {
    const { say, rows, employerId } = await diary('en');
    await say('got an advance of 60k from bu sumi', '1');
    expect(await say('sorry the loan was from pak darto, not bu sumi')).not.toMatch(/How much/);
    await say('1');
    expect(live(await rows('payments'))).toMatchObject([
      { kind: 'kasbon', amount: 60000, employer_id: await employerId('Pak Darto') },
    ]);
  });

  it('"wrong person, it was pak darto" moves the advance; "wrong person" alone changes nothing', async () => {
    const { say, rows, employerId } = await diary('en');
    await say('got an advance of 70k from bu sumi', '1');
    await say('sorry wrong person');
    expect(live(await rows('payments'))).toMatchObject([{ employer_id: await employerId('Bu Sumi') }]);
    await say('wrong person, it was pak darto', '1');
    expect(live(await rows('payments'))).toMatchObject([{ amount: 70000, employer_id: await employerId('Pak Darto') }]);
  });
});

describe('at the check screen', () => {
  it('"kliru, 45 biji" (spelt without its first vowel) puts the count right', async () => {
    const { say, rows } = await diary();
    await say('ambil tas 100 biji dr bu sumi, 5rb sebiji', '1');
    await say('setor tas 40 biji ke bu sumi');
    expect(await say('kliru, 45 biji')).toMatch(/Diserahkan: 45\b/);
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 45 }]);
  });

  it('"potongannya 15rb, salah ketik" changes the cut, not the sum paid', async () => {
    const { say, rows } = await diary();
    await say('pak darto bayar keset 300rb dipotong 10rb krn ada yg sobek');
    expect(await say('potongannya 15rb, salah ketik')).toMatch(/Potongan: Rp15\.000/);
    await say('ok simpan');
    expect(live(await rows('payments'))).toMatchObject([{ amount: 300000, deduction: 15000 }]);
  });

  it('"hold on, 5 gross not 6. the rest is still in the box" puts the count right', async () => {
    const { say, rows } = await diary('en');
    await say('took 8 gross of beads from bu sumi, 3000 a gross', '1');
    await say('handed in 6 gross of beads to bu sumi today');
    expect(await say('hold on, 5 gross not 6. the rest is still in the box')).toMatch(/Handed in: 720\b/);
    await say('ok save');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 720 }]);
  });
});

describe('said after saving', () => {
  it('"eh yg barusan hapus aja, aku salah kirim" deletes the order just saved', async () => {
    const { say, rows } = await diary();
    await say('ambil peci 30 biji dr bu sumi, 3rb sebiji', '1');
    expect(await say('eh yg barusan hapus aja, aku salah kirim')).toMatch(/peci/);
    expect(live(await rows('orders'))).toHaveLength(0);
  });

  it('"actually delete the glue one, bu sumi paid me back for it" deletes that cost only, no pay asked', async () => {
    const { say, rows } = await diary('en');
    await say('bought thread 15k', '1', 'and glue 20k', '1');
    expect(await say('actually delete the glue one, bu sumi paid me back for it')).not.toMatch(/How much/);
    expect(live(await rows('costs'))).toMatchObject([{ amount: 15000 }]);
    expect(await rows('payments')).toHaveLength(0);
  });

  it('"delete the last one, i sent it by mistake" deletes it; why she says so is no hand-in', async () => {
    const { say, rows } = await diary('en');
    await say('bought thread 9k', '1');
    expect(live(await rows('costs'))).toHaveLength(1);
    expect(await say('delete the last one, i sent it by mistake')).not.toMatch(/order/i);
    expect(live(await rows('costs'))).toHaveLength(0);
    expect(await rows('handins')).toHaveLength(0);
  });

  it('"forgot to say my son helped, he is 9" answers who helped', async () => {
    const { say, rows } = await diary('en');
    await say('sewed 3 hours this morning', '1');
    await say('forgot to say my son helped, he is 9');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 180, helpers: 1, child_helper: 1 }]);
  });
});

describe('hours put right', () => {
  it('"eh salah, jam 2 awan rampunge" at the check of "teko jam 8 nganti jam 12" is 6 hours', async () => {
    const { say, rows } = await diary();
    await say('dino iki njahit teko jam 8 nganti jam 12 dewe');
    expect(await say('eh salah, jam 2 awan rampunge')).toMatch(/Jam kerja: 6 jam/);
    await say('iyo');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 360 }]);
  });

  it('"yg satu keponakan, udah SMA, yg satunya lagi adikku umur 20" keeps the hours, two helpers, no child', async () => {
    const { say, rows } = await diary();
    await say('kerja 4 jam dibantu anakku dua', '1');
    await say('eh yg satu keponakan, udah SMA, yg satunya lagi adikku umur 20', '1');
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 240, helpers: 2, child_helper: 0 }]);
  });

  it('"sing siji ponakanku, wis SMA. sing siji anakku kelas 3" as it was saved: nothing changed, nothing asked', async () => {
    const { say, rows } = await diary();
    await say('mbatik 5 jam dibantu anakku loro', '1');
    expect(await say('eh sing siji ponakanku, wis SMA. sing siji anakku kelas 3')).toMatch(/tidak ada yang diubah/);
    expect(live(await rows('work_hours'))).toMatchObject([{ minutes: 300, helpers: 2, child_helper: 1 }]);
  });
});

describe('REKAP', () => {
  it('"mau lihat rekap bulan ini, takut ada yg kelewat" shows this month, no question', async () => {
    const { say } = await diary();
    expect(await say('mau lihat rekap bulan ini, takut ada yg kelewat')).toMatch(/REKAP bulan ini/);
  });
});
