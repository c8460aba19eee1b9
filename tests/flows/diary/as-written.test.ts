// Messages as the second blind set of conversations showed women write them, through the
// real engine on SQLite: each rule asserted on what is stored and on what she is shown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/read/reader.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { diaryPhone } from '../../helpers/diary.ts';

let t: TestDb;
beforeEach(async () => {
  t = await testDb();
});
afterEach(async () => {
  await t.close();
});

const at = (iso: string) => new Date(iso);
const one = (text: string, now = at('2026-11-30T10:00:00+07:00')) => {
  const { entries } = readMessage(text, now);
  expect(entries, text).toHaveLength(1);
  return entries[0]! as unknown as Record<string, unknown> & { kind: string };
};

describe('the reader, on words of the second blind set', () => {
  it('the cash after a deduction, said in a clause of its own, is the amount; a bare figure there is in thousands', () => {
    expect(one('dibayar bu endang 180rb tp dipotong 20rb krn ada yg cacat, jadi terima 160rb')).toMatchObject({
      kind: 'payment',
      amount: { amount: 160000 },
      deduction: { amount: 20000, kind: 'other' },
    });
    expect(one('dibayar bu endang 200 ewu, dipotong bon 50 ewu, dadi nompo 150')).toMatchObject({
      amount: { amount: 150000 },
      deduction: { amount: 50000, kind: 'kasbon' },
    });
    expect(one('Wage was 300k but she cut 100k for my kasbon, so I got 200k in hand')).toMatchObject({
      amount: { amount: 200000 },
      deduction: { amount: 100000, kind: 'kasbon' },
    });
  });

  it('spans of time: late morning "siang", prayer times, half a day, "half past"', () => {
    expect(one('hari ini ngelem sandal dr jam 7 pagi sampe jam 11 siang')).toMatchObject({ minutes: 240 });
    expect(one('jam 8 pagi sampai jam 2 siang kerja')).toMatchObject({ minutes: 360 });
    expect(one('mau bar subuh sampe dzuhur ngelem sandal dewe')).toMatchObject({ minutes: 420, helpers: 0 });
    expect(one('kmrn cuma kerja setengah hari')).toMatchObject({ minutes: 240, day: '2026-11-29' });
    expect(one('worked from 8 pm to half past 12', at('2026-12-01T00:50:00+07:00'))).toMatchObject({ minutes: 270 });
  });

  it('helpers: counted when joined by "karo", with their own hours, in English with an age', () => {
    expect(one('dino iki garap bulu mata 4 jam, dibantu anakku umur 12 karo tonggoku')).toMatchObject({
      minutes: 240,
      helpers: 2,
      child: true,
    });
    // The husband's two hours are his: her hours stay 3, he is one grown-up helper.
    expect(one('dino iki aku garap 3 jam, bojoku melu 2 jam bar mulih kerjo')).toMatchObject({
      minutes: 180,
      helpers: 1,
      child: false,
    });
    expect(one('worked 6 hours today, my husband helped me after work')).toMatchObject({ helpers: 1, child: false });
    expect(one('she worked from 1 pm to 6 pm today, my little brother helped her, he is 9')).toMatchObject({
      minutes: 300,
      helpers: 1,
      child: true,
    });
  });

  it('a figure taken back in the same message, a pay for the whole order, goods "from yesterday"', () => {
    expect(one('njupuk garapan teko pak hadi 5 kodi eh salah 6 kodi, 4 ewu sak kodi')).toMatchObject({
      qty: { pieces: 120 },
      rate: { amount: 4000, per: 'kodi' },
    });
    expect(one('njupuk garapan teko pak hadi 5 kodi eh salah 6 kodi').product).toBeUndefined();
    expect(one('setor 80 eh 90 ke bu endang')).toMatchObject({ delivered: { pieces: 90 } });
    // Rp90.000 for all 300 pieces, not per piece: a factor of 300.
    expect(one('ambil 300 biji gantungan kunci dr bu endang, katanya upahnya semua 90rb')).toMatchObject({
      rate: { amount: 90000, per: 'pcs', count: 300 },
    });
    expect(one('order 3 kodi peci total 150rb dr pak hadi')).toMatchObject({
      rate: { amount: 150000, per: 'kodi', count: 3 },
    });
    // "6rb sekodi semua bagus" is a rate per kodi; "semua" there is about the goods.
    expect(one('ambil 5 kodi sandal 6rb sekodi semua bagus')).toMatchObject({ rate: { amount: 6000, count: 1 } });
    const paid = one('pak hadi udh bayar lunas 75rb utk bulu mata yg kmrn', at('2026-11-26T20:10:00+07:00'));
    expect(paid.day).toBeUndefined();
    expect(one('ambil sandal sama kayak kemarin dr bu yati').day).toBeUndefined();
    expect(one('tdi malam udh setor 10 lusin', at('2026-11-28T00:15:00+07:00'))).toMatchObject({ day: '2026-11-27' });
  });
});

describe('the reader, on words of the third blind set', () => {
  it('the same hours on several days are one entry a day, never a week spread', () => {
    const now = at('2026-12-04T21:00:00+07:00');
    const days = readMessage('this week monday to wednesday i rolled cigarettes 6 hours each day, alone', now).entries;
    expect(days.map((e) => [e.kind, (e as { minutes?: number }).minutes, e.day])).toEqual([
      ['hours', 360, '2026-11-30'],
      ['hours', 360, '2026-12-01'],
      ['hours', 360, '2026-12-02'],
    ]);
    const list = readMessage('jumat sabtu minggu ini jahit trs masing2 5 jam sehari', at('2026-11-29T20:00:00+07:00'));
    expect(list.entries.map((e) => e.day)).toEqual(['2026-11-27', '2026-11-28', '2026-11-29']);
    // A week's total stays a week's total.
    expect(one('minggu ini kerja 30 jam', now)).toMatchObject({ week: true, minutes: 1800 });
  });

  it('goods given to an employer are handed in; "diterima kurang 2" is 2 rejected; "lgsg dibayar" is a pay', () => {
    expect(one('today i give sandal to pak hadi 60 pair, 2 reject')).toMatchObject({
      kind: 'handin',
      delivered: { pieces: 60 },
      rejected: 2,
    });
    expect(one('kirim 20 tas ke bu ratna kmrn 1 rusak')).toMatchObject({ kind: 'handin', rejected: 1 });
    expect(one('bu yati ngirim sandal 2 kodi')).toMatchObject({ kind: 'order' });
    expect(one('setor peci ke pak haji tgl 1 6 kodi diterima kurang 2')).toMatchObject({
      delivered: { pieces: 120 },
      rejected: 2,
    });
    const two = readMessage(
      'nyetor krupuk ke bu umi 500 bungkus smua diterima lgsg dibayar 50rb',
      at('2026-12-03T17:45:00+07:00'),
    );
    expect(two.entries.map((e) => e.kind)).toEqual(['handin', 'payment']);
    expect(two.entries[0]).toMatchObject({ rejected: 0 });
  });

  it('a deduction and the cash said together; a whole-order pay with words between; a day said last', () => {
    expect(one('td dibyr bu yati opahny 350rb tp dipotong kasbon 100rb jd yg sy trima 250rb')).toMatchObject({
      employer: 'bu yati',
      amount: { amount: 250000 },
      deduction: { amount: 100000, kind: 'kasbon' },
    });
    expect(one('njupuk bordir nang bu yati 30 biji, kabeh engko dibayar 150 ewu')).toMatchObject({
      rate: { amount: 150000, count: 30 },
    });
    const costs = readMessage(
      'bought sewing machine needles 12k and scissors 25k yesterday',
      at('2026-12-01T10:40:00+07:00'),
    );
    expect(costs.entries.map((e) => [e.day, (e as { category?: string }).category])).toEqual([
      ['2026-11-30', 'alat'],
      ['2026-11-30', 'alat'],
    ]);
    // A day that starts its own clause is that clause's only.
    expect(readMessage('kerja 6 jam, kemarin 5 jam', at('2026-12-01T10:40:00+07:00')).entries[0]!.day).toBeUndefined();
  });

  it('helpers: ages said after, the writer among them; "td sore" after midnight; krama numbers; a plan is nothing', () => {
    expect(
      one('dino iki ngelem sandal 6 jam, dibantu anakku loro, sing gede 16 taun sing cilik 12 taun'),
    ).toMatchObject({
      helpers: 2,
      child: true,
    });
    expect(one('mom worked from 1pm to 5pm today, me and my brother helped her. im 17, he is 10')).toMatchObject({
      minutes: 240,
      helpers: 2,
      child: true,
    });
    expect(one('td sore bensin 15rb', at('2026-12-03T00:35:00+07:00'))).toMatchObject({ day: '2026-12-02' });
    expect(one('bayaran saking bu endang sampun ditransfer wingi sonten, tigang atus ewu')).toMatchObject({
      amount: { amount: 300000 },
      day: '2026-11-29',
    });
    expect(readMessage('dek nanti plg sekolah beliin gula 1 kg ya', at('2026-11-29T06:10:00+07:00')).entries).toEqual(
      [],
    );
  });
});

describe('orders as before, goods not named, names with a slip', () => {
  it('"sama kayak kemarin" takes the quantity and rate of her last order from that employer', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr bu yati 6rb sekodi', '1');
    const again = await say('ambil sandal lg dr bu yati, sama kayak kemarin');
    expect(again).toMatch(/Cek dulu, order baru:[\s\S]*Jumlah: 5 kodi \(100\)[\s\S]*Rp6\.000\/kodi/);
    await say('1');
    const orders = await rows('orders');
    expect(orders).toHaveLength(2);
    expect(orders[1]).toMatchObject({ quantity_pieces: 100, rate_amount: 6000, rate_per: 'kodi', product: 'sandal' });
  });

  it('"regane podo" keeps the rate only; goods not named are those of her last order from that employer', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 3 kodi kaos kaki dr bu umi 20rb sekodi', '1');
    const r = await say('njupuk maneh 4 kodi teko bu umi regane podo');
    expect(r).toMatch(/Barang: kaos kaki[\s\S]*Jumlah: 4 kodi \(80\)[\s\S]*Rp20\.000\/kodi/);
    await say('1');
    expect((await rows('orders'))[1]).toMatchObject({ product: 'kaos kaki', quantity_pieces: 80, rate_amount: 20000 });
  });

  it('an order with no goods named and no order before: the goods of her main work, shown to change', async () => {
    const { say, rows } = await diaryPhone(t);
    const r = await say('ambil garapan dr bu endang 4 kodi, 5rb sekodi');
    expect(r).toMatch(/Cek dulu, order baru:[\s\S]*Barang: \S+/);
    expect(r).not.toMatch(/Barang apa/);
    await say('1');
    const [o] = await rows('orders');
    expect(o).toMatchObject({ quantity_pieces: 80, rate_amount: 5000 });
    expect(String(o!.product).length).toBeGreaterThan(0);
  });

  it('a name with a slip in a message is her employer, shown as she wrote it; typed as an answer it is asked', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 2 kodi sandal dr bu yati 5rb sekodi', '1');
    const r = await say('dibayar bu yti 40rb');
    expect(r).toMatch(/Dari: Bu Yati \(Anda tulis: Bu Yti\)/);
    await say('1');
    expect(await rows('employers')).toHaveLength(1);
    expect(await rows('payments')).toMatchObject([{ amount: 40000 }]);
    // "pak haji" names Pak Haji Slamet, not Pak Hadi.
    await say('ambil 1 kodi peci dr pak haji slamet 10rb sekodi', '1');
    await say('ambil 1 kodi peci dr pak hadi 10rb sekodi', '1');
    const haji = await say('wis dibayar pak haji 👍 90 ewu');
    expect(haji).toMatch(/Dari: Pak Haji Slamet\n/);
  });
});

describe('corrections as she sends them', () => {
  it('"eh salah, 3 kodi maksudnya" to the next question corrects the quantity, then that question again', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('order 4 kodi dr bu endang 5rb sekodi kripik')).toMatch(/Cek dulu/);
    // At the check screen too (the older rule), then the quantity again by the new one at a question.
    expect(await say('eh salah, 3 kodi maksudnya')).toMatch(/Jumlah: 3 kodi \(60\)/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 60 }]);
    expect(await say('kerja 5 jam')).toMatch(/Dibantu keluarga: belum disebut/);
    const fixed = await say('eh salah, 6 jam');
    expect(fixed).toMatch(/Jam kerja: 6 jam[\s\S]*Dibantu keluarga: belum disebut/);
    expect(await say('0', '1')).toMatch(/Tersimpan: 6 jam/);
    expect(await rows('work_hours')).toMatchObject([{ minutes: 360, helpers: 0 }]);
  });

  it('"sorry, it was 90 not 80" just after saving changes that entry, kept in the trail', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0813', { lang: 'en' });
    await say('took 5 kodi pouch from bu endang 30k per kodi', '1');
    await say('handed in 80 pcs to bu endang');
    expect(await say('1')).toMatch(/saved/i);
    const fix = await say('sorry, it was 90 not 80');
    expect(fix).toMatch(/80 → 90|80 -> 90/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 90, rejected_pieces: 0 }]);
    expect((await rows('diary_corrections')).length).toBeGreaterThan(0);
  });

  it('a correction that names its line: "sing ditolak 5 ding" changes the rejects, not the count', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 10 kodi kripik dr bu umi 3rb sekodi', '1');
    await say('kripik bu umi wis tak setor mau 200 bungkus kabeh apik', '1');
    const fix = await say('eh salah, sing ditolak 5 ding, bungkuse bocor');
    expect(fix).toMatch(/Ditolak: 0[^\n]*→ 5/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 200, rejected_pieces: 5 }]);
  });

  it('the unfinished order answered straight after it is offered back; thanks ends a BPJS answer', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('td pagi ambil kripik dr bu umi 20 kg buat dibungkus')).toMatch(/Berapa upahnya/);
    expect(await say('oh iya td jg beli bensin 20rb')).toMatch(/Cek dulu, biaya/);
    expect(await say('1')).toMatch(/belum selesai/);
    expect(await say('upahnya 3rb per kg')).toMatch(/Cek dulu, order baru/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 20, rate_amount: 3000, rate_per: 'kg' }]);
    await say('mau tanya cara daftar bpjs ketenagakerjaan gimana');
    expect(await say('ok makasih')).toMatch(/Sama-sama/);
    expect(await say('kerja 3 jam dewe')).toMatch(/Cek dulu, jam kerja/);
  });

  it('"maaf salah kirim" drops what the stray message opened', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('beli gula 1 kg buat adik');
    expect(await say('maaf salah kirim')).toMatch(/Dibatalkan|Tidak ada yang sedang berjalan/);
    expect(await rows('costs')).toHaveLength(0);
  });

  it('a correction with nothing saved lately opens the list of entries, changing nothing', async () => {
    const { say, rows } = await diaryPhone(t);
    const r = await say('eh salah, 90');
    expect(r).not.toMatch(/Cek dulu/);
    expect(await rows('handins')).toHaveLength(0);
  });
});

describe('conversations that start vaguely and give facts over several messages', () => {
  it('"mau catat" shows the menu, "arep nyatet jam kerjo" asks the hours, "lapor bayaran" who paid', async () => {
    const { say } = await diaryPhone(t);
    const menu = await say('mau catat');
    expect(menu).not.toMatch(/belum paham/);
    expect(menu).toMatch(/1 Catat order baru/);
    expect(await say('aku arep nyatet jam kerjo')).toMatch(/Berapa jam/);
    await say('batal');
    expect(await say('lapor bayaran')).toMatch(/Siapa yang membayar\?/);
  });

  it('an answer with more than was asked fills every line; goods given for a name are taken, the next line asked', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil jilbab dr bu endang td pagi');
    const r = await say('4 kodi, upahnya 25rb per kodi');
    expect(r).toMatch(/Cek dulu, order baru:[\s\S]*Jumlah: 4 kodi \(80\)[\s\S]*Rp25\.000\/kodi/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 80, rate_amount: 25000, rate_per: 'kodi' }]);
    await say('arep nyatet garapan');
    // (She tells in her own order: the line after the goods is asked; whom from comes round after.)
    expect(await say('bordir kerudung')).toMatch(/^Barang: bordir kerudung\nBerapa banyak\?/);
    expect(await say('teko bu umi mau isuk, 30 biji, upahe 7 ewu sak biji')).toMatch(/Barang: bordir kerudung/);
  });

  it('a pay answered with its name and amount; a second pay from someone named, with no entry word', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('hari ini dapet bayaran dr 2 org');
    expect(await say('bu yati 120rb')).toMatch(/Cek dulu, bayaran:[\s\S]*Rp120\.000/);
    await say('1');
    expect(await say('and from pak hadi 200rb')).toMatch(/Cek dulu, bayaran:[\s\S]*Dari: Pak Hadi/);
    await say('1');
    expect((await rows('payments')).map((p) => p.amount)).toEqual([120000, 200000]);
  });

  it('days with their hours in one message, "selasa jg sama", "alone" for all; the hours she began are done', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('catat jam kerja');
    const r = await say('senin 5 jam, selasa jg sama. sendirian gak ada yg bantu');
    expect(r).toMatch(/2 catatan/);
    const saved = await say('1');
    expect(saved).not.toMatch(/belum selesai/);
    expect((await rows('work_hours')).map((h) => [h.worked_on, h.minutes, h.helpers])).toEqual([
      ['2026-11-23', 300, 0],
      ['2026-11-24', 300, 0],
    ]);
    // "dino iki podo wingi": the same hours and helpers as her last day worked.
    expect(await say('dino iki podo wingi')).toMatch(/Cek dulu, jam kerja:[\s\S]*Jam kerja: 5 jam/);
  });

  it('corrections: "dudu bu umi, bu yati" after saving; "eh bukan, 8 jam. sendiri aja" at a question', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('oleh bayaran teko bu umi 175 ewu dino iki', '1');
    const fix = await say('eh sepurane, dudu bu umi, bu yati');
    expect(fix).toMatch(/Bu Umi → Bu Yati/);
    await say('1');
    const [p] = await rows('payments');
    const employers = await rows('employers');
    expect(employers.find((e) => e.id === p!.employer_id)).toMatchObject({ name: 'Bu Yati' });
    await say('catat jam kerja hari ini', '7 jam');
    expect(await say('eh bukan, 8 jam. sendiri aja')).toMatch(/Cek dulu, jam kerja:[\s\S]*8 jam[\s\S]*tidak ada/);
  });

  it('"bu endang bros 5 lusin, rusak siji" is a hand-in; "eh maaf salah, blm disetor. batal aja" cancels', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 lusin bros dr bu endang 2rb sebiji', '1');
    expect(await say('bu endang bros 5 lusin, rusak siji')).toMatch(/Cek dulu, setoran:[\s\S]*Ditolak: 1/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 60, rejected_pieces: 1 }]);
    await say('mau lapor setor');
    expect(await say('eh maaf salah, blm disetor. batal aja')).toMatch(/Dibatalkan/);
    expect(await rows('handins')).toHaveLength(1);
  });
});

describe('the fifth blind set: short and long messages, undoing, money said every way', () => {
  it('a bare small amount in a message is thousands on the check screen; typed as an answer it is asked', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 2 kodi bulu mata dr bu umi 5rb sekodi', '1');
    expect(await say('kasbon 50 bu umi')).toMatch(/Jumlah: Rp50\.000/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 50000 }]);
    await say('kasbon');
    expect(await say('bu umi')).toMatch(/Berapa/);
    expect(await say('50')).toMatch(/Rp50\? Mungkin maksudnya Rp50\.000\?/);
  });

  it('"sejuta setengah" is Rp1.500.000; a cut said after the pay is its deduction', () => {
    expect(one('wingi dibayar juragan darmo sejuta setengah')).toMatchObject({ amount: { amount: 1500000 } });
    expect(one('bu umi paid me 180k cash, she cut 20k because 4 brooches were rejected')).toMatchObject({
      amount: { amount: 180000 },
      deduction: { amount: 20000 },
    });
    expect(one('ojek to bu yati place and back 20k')).toMatchObject({ kind: 'cost', category: 'transport' });
  });

  it('"yang td dihapus aja" undoes her last entry after a yes; "harusnya 3 kodi" corrects it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('beli benang 25rb', '1');
    expect(await say('yang td dihapus aja')).toMatch(/benang|Rp25\.000/i);
    await say('ya');
    expect((await rows('costs')).map((c) => c.voided_at === null)).toEqual([false]);
    await say('ambil 5 kodi peci dr pak hadi 3rb sekodi', '1');
    await say('setor peci 2 kodi ke pak hadi', '1');
    expect(await say('eh yg tadi salah, harusnya 3 kodi')).toMatch(/40 → 60/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 60 }]);
  });

  it('"kasbon 50 juragan darmo" names him; "sing mau dibusak wae, ora sido" drops the open entry or the last one', async () => {
    expect(one('kasbon 50 juragan darmo')).toMatchObject({ kind: 'kasbon', employer: 'juragan darmo' });
    const { say, rows } = await diaryPhone(t);
    await say('kasbon 20rb bu umi', '1');
    expect(await say('yang kasbon tadi dihapus aja, gak jadi')).toMatch(/kasbon/i);
    await say('ya');
    expect((await rows('payments')).map((p) => p.voided_at === null)).toEqual([false]);
  });

  it('"rekap sasi iki piye" and "summary for this week please" give the summary at once', async () => {
    const { say } = await diaryPhone(t);
    expect(await say('rekap sasi iki piye')).not.toMatch(/REKAP untuk kapan/);
    expect(await say('summary for this week please')).not.toMatch(/Laporan untuk siapa|Statement for whom/);
  });
});

describe('the seventh and eighth blind sets: Javanese mixed in, conversations that do not go straight', () => {
  it('the reader: two deductions of one pay, the cash after them, durations, joined number words, "sak lusine"', () => {
    expect(
      one(
        'td dibayar pak haji slamet upah 450rb dipotong kasbon 100rb sm dipotong 20rb krn ada yg rusak jd trima 330rb',
      ),
    ).toMatchObject({ amount: { amount: 330000 }, deduction: { amount: 100000, kind: 'kasbon' }, otherCut: 20000 });
    expect(one('dibayar pk hadi 400rb tp yg 50rb ditahan katanya buat lebaran jd yg tak terima 350rb')).toMatchObject({
      amount: { amount: 350000 },
      deduction: { amount: 50000, kind: 'other' },
    });
    expect(
      one('dbayar bu yati bayarane 195 ewu dipotong 15 ewu mergo ono sing rusak dadi tak tompo 180 ewu'),
    ).toMatchObject({ amount: { amount: 180000 } });
    // "telat 2 minggu" is how late, not Rp2.000; "ga ada potongan" is no deduction, not a deduction of 240rb.
    expect(one('akhirnya dibayar juga sama juragan darmo, telat 2 minggu').amount).toBeUndefined();
    const noCut = one('dibayar juragan darmo 240rb ga ada potongan');
    expect(noCut).toMatchObject({ amount: { amount: 240000 } });
    expect(noCut.deduction).toBeUndefined();
    expect(
      readMessage('beli lem rongpuluh ribu sm plastik buat packing 8rb', at('2026-11-30T10:00:00+07:00')).entries,
    ).toMatchObject([
      { kind: 'cost', amount: { amount: 20000 } },
      { kind: 'cost', amount: { amount: 8000 } },
    ]);
    expect(one('oleh rajutan topi soko bu umi 4 lusin sak lusine 30 ewu')).toMatchObject({
      kind: 'order',
      qty: { pieces: 48 },
      rate: { amount: 30000, per: 'lusin' },
    });
    // An entry word said again is the same entry; "nyelesaikno setoran" beside hours is no hand-in.
    expect(one('tadi pinjam uang ke pak haji slamet, kasbon')).toMatchObject({ kind: 'kasbon' });
    expect(one('mau bengi lembur 4 jam dewean, nyelesaikno setoran')).toMatchObject({ kind: 'hours', minutes: 240 });
  });

  it('from the menu an order asks no day or extras; a day typed at the check screen changes it; "yowis simpen" saves', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('1', 'teko bu endang', 'kerudung', '3 kodi')).toMatch(/Berapa upahnya/);
    const echo = await say('2500 sebiji');
    expect(echo).toContain('Dari: Bu Endang (baru)');
    expect(echo).toContain('Diterima: hari ini, 28/11');
    expect(await say('belum diisi itu apa?')).toMatch(/^Ini catatan yang akan disimpan[\s\S]*Cek dulu/);
    expect(await say('eh diterimane wingi')).toContain('Diterima: kemarin, 27/11');
    expect(await say('yowis simpen')).toMatch(/Order tersimpan/);
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 60, rate_amount: 2500, received_on: '2026-11-27' }]);
    expect(await rows('employers')).toMatchObject([{ name: 'Bu Endang' }]);
  });

  it('a detail said after saving changes that record: rejects of a hand-in, a kasbon taken from a pay', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr bu yati 12rb sekodi', '1');
    await say('setor sandal bu yati 5 kodi', '1');
    expect(await say('ada yg ditolak 7 pasang')).toMatch(/Ditolak: 0[^\n]*→ 7/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 100, rejected_pieces: 7 }]);
    await say('wes dibayar bu yati', 'tak tompo 50 ewu', '1');
    expect(await say('dipotong kasbon 20 ewu')).toMatch(/Rp20\.000 untuk kasbon/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ amount: 50000, kasbon_repaid: 20000, deduction: 0 }]);
  });

  it('a new entry after "eh ora" is that entry, never a change of the order saved before it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 4 kodi sandal dr bu yati 2rb sepasang', '1');
    const r = await say('eh ora, wis tak setor mau isuk 4 kodi, rusak 1');
    expect(r).toMatch(/Cek dulu, setoran/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ written_agreement: null }]);
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 80, rejected_pieces: 1 }]);
  });

  it('greetings, "oh gitu", thanks and questions about her money get an answer, never "not understood" again and again', async () => {
    const { say } = await diaryPhone(t);
    for (const hello of ['min', 'esuk min', 'morning']) expect(await say(hello)).toMatch(/^Menu Upahku/);
    expect(await say('oh gitu ya')).toMatch(/^Baik/);
    expect(await say('makasih min')).toMatch(/^Sama-sama/);
    expect(await say('opahku sasi iki wis oleh piro?')).toMatch(/^REKAP bulan ini/);
    expect(await say('bu umi masih utang berapa ke saya?')).toMatch(/^REKAP bulan ini/);
    expect(await say('lupa itu buat garapan yg mana')).toMatch(/^Tidak apa-apa/);
  });

  it('REKAP in the middle of an order, then "lanjut" or the answer: back to the order', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say('oleh order teko pak hadi masker 10 lusin')).toMatch(/Berapa upahnya/);
    expect(await say('rekap')).toMatch(/REKAP minggu ini[\s\S]*belum selesai/);
    expect(await say('lanjut')).toMatch(/Berapa upahnya/);
    await say('rekap');
    expect(await say('upahe 6rb selusin')).toMatch(/Cek dulu, order baru/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 120, rate_amount: 6000, rate_per: 'lusin' }]);
  });

  it('"gak tau" to a rate: kept without a rate, no question left; "iyo" is never an employer\'s name', async () => {
    const { workerId, say, rows } = await diaryPhone(t);
    await say('order', 'bu umi', 'masker', '20 lusin');
    expect(await say('gak tau, upahe durung dikandani')).toMatch(/Upah: belum diketahui[\s\S]*1 Ya, simpan/);
    expect(await say('1')).toMatch(/Upahnya belum diketahui/);
    const open = await t.db.selectFrom('conversations').select('flow').where('worker_id', '=', workerId).execute();
    expect(open).toEqual([]);
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 240, rate_amount: null, rate_per: null }]);
    // Another worker, with no order a pay could be from: "iyo" to "from whom?" is no name.
    const other = await diaryPhone(t, 'ani-0813');
    await other.say('kasbon 100rb');
    expect(await other.say('iyo')).toMatch(/Namanya belum saya pahami/);
    expect(await other.say('bu umi')).toMatch(/Cek dulu, kasbon[\s\S]*Dari: Bu Umi/);
  });

  it('alone is stored as no child helping, shown on no line', async () => {
    const { say, rows } = await diaryPhone(t);
    const echo = await say('kerja 6 jam dewean');
    expect(echo).not.toMatch(/Anak/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ helpers: 0, child_helper: 0 }]);
  });
});

describe('the ninth blind set: krama, SMS shorthand, English mixed in', () => {
  it('the reader: "sndri", "rjk 2", an age in words, krama "kalih dasa ewu kangge nyicil utang", "gave me 100k"', () => {
    expect(one('krj hr ini 8 jam sndri')).toMatchObject({ kind: 'hours', minutes: 480, helpers: 0 });
    expect(one('stor tas 40 bj bu umi rjk 2')).toMatchObject({
      kind: 'handin',
      delivered: { pieces: 40 },
      rejected: 2,
    });
    expect(one('mau bengi ngelem sandal telung jam dibantu anakku sing wedok umur sewelas taun')).toMatchObject({
      helpers: 1,
      child: true,
    });
    expect(
      one('kula dipunparingi arta namung sedasa ewu amargi ingkang kalih dasa ewu kangge nyicil utang'),
    ).toMatchObject({
      amount: { amount: 10000 },
      deduction: { amount: 20000, kind: 'kasbon' },
    });
    expect(one('Bu Yati gave me 100k today')).toMatchObject({ kind: 'payment', amount: { amount: 100000 } });
    expect(one('Bu Yati gave me 5 kodi sandals at 2k a pair')).toMatchObject({ kind: 'order', qty: { pieces: 100 } });
    // Helpers said not to help are not counted.
    expect(one('kerja 6 jam dibantu ibu saya, anak2 nggak ikut')).toMatchObject({ helpers: 1, child: false });
  });

  it('"byr 150rb pk hd": a name without vowels is her employer, shown as she wrote it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 5 kodi sandal dr pak hadi 2rb sepasang', '1');
    const echo = await say('byr 150rb pk hd wingi');
    expect(echo).toMatch(/Dari: Pak Hadi \(Anda tulis: Pk Hd\)/);
    await say('1');
    expect(await rows('employers')).toHaveLength(1);
    expect(await rows('payments')).toMatchObject([{ amount: 150000, paid_on: '2026-11-27' }]);
  });

  it('a day taken back after saving; "it\'s from Bu Endang, not Bu Umi"; "that 100k was kasbon"', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0815', { lang: 'en' });
    await say('took 4 kodi sandals from bu yati 2k a pair', '1');
    await say('yesterday handed in 2 kodi sandals to bu yati', '1');
    expect(await say('eh salah, bukan kemarin, setornya hari ini')).toMatch(/yesterday, 27\/11 → today, 28\/11/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ handed_in_on: '2026-11-28' }]);
    await say('new order from bu umi 300 pasang bulu mata 600 per pasang', '2');
    expect(await say("it's from Bu Endang, not Bu Umi")).toMatch(/From: Bu Endang \(new\)/);
    await say('1');
    expect(await say('Bu Yati gave me 100k today')).toMatch(/Please check the payment/);
    await say('1');
    expect(await say('sorry, that 100k was kasbon, not payment for work')).toMatch(/pay for work → kasbon/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 100000 }]);
  });

  it('a BPJS question asking how much gets its page and leaves nothing open; something bought is material', async () => {
    const { say, workerId, rows } = await diaryPhone(t);
    const r = await say('BPJS kesehatan mandiri kelas 3 itu bayar berapa sebulan ya?');
    expect(r).toMatch(/Kelas 3/);
    expect(r).toMatch(/Panduan lengkap: ketik BPJS\.$/);
    expect(await t.db.selectFrom('conversations').selectAll().where('worker_id', '=', workerId).execute()).toEqual([]);
    expect(await rows('costs')).toEqual([]);
    expect(await say('terus tadi beli lilin malam 25rb pakai uang sendiri')).toMatch(/Untuk: Bahan/);
  });
});

describe('days told together, with who helped on which', () => {
  it('"minggu iki: senen 6 jam, seloso 5 jam, rebo 7 jam. senen karo seloso dewe, rebo dibantu anakku sing umur 13"', () => {
    const { entries } = readMessage(
      'jam kerjaku minggu iki: senen 6 jam, seloso 5 jam, rebo 7 jam. senen karo seloso dewe, rebo dibantu anakku sing umur 13',
      at('2026-12-31T20:00:00+07:00'),
    );
    expect(entries).toMatchObject([
      { kind: 'hours', minutes: 360, day: '2026-12-28', helpers: 0 },
      { kind: 'hours', minutes: 300, day: '2026-12-29', helpers: 0 },
      { kind: 'hours', minutes: 420, day: '2026-12-30', helpers: 1, child: true },
    ]);
    // "this week" alone with one figure is still the week's total.
    expect(readMessage('kerja minggu ini 30 jam', at('2026-12-31T20:00:00+07:00')).entries).toMatchObject([
      { minutes: 1800, week: true },
    ]);
  });
});

describe('the tenth blind set: a busy week told in pieces and out of order', () => {
  it('the reader: half of a shared cost, "25.000 rb", "wednesday 8 to 12", two hand-ins joined by "sama ke", a fare', () => {
    expect(one('bayar listrik 50rb, separo kanggo kerja njahit')).toMatchObject({
      kind: 'cost',
      amount: { amount: 25000 },
    });
    expect(one('terus aku kasbon 25.000 rb nang bu yati')).toMatchObject({ kind: 'kasbon', amount: { amount: 25000 } });
    expect(one('ongkos ojek 20rb bolak balik ambil bahan')).toMatchObject({ kind: 'cost', category: 'transport' });
    const now = at('2026-11-12T20:00:00+07:00');
    expect(
      readMessage('monday from 7 to 11.30, tuesday 1pm to 4pm, wednesday 8 to 12. all alone', now).entries,
    ).toMatchObject([
      { minutes: 270, day: '2026-11-09', helpers: 0 },
      { minutes: 180, day: '2026-11-10', helpers: 0 },
      { minutes: 240, day: '2026-11-11', helpers: 0 },
    ]);
    expect(
      readMessage('hari ini setor ke bu yati 3 kodi sandal sama ke pak hadi tas 2 kodi', now).entries,
    ).toMatchObject([
      { kind: 'handin', employer: 'bu yati', delivered: { pieces: 60 } },
      { kind: 'handin', delivered: { pieces: 40 } },
    ]);
    // A record told beside a question about her money is kept; the question alone records nothing.
    expect(one('aku setor 3kodi nang bu yati, opahku wis oleh piro?')).toMatchObject({
      kind: 'handin',
      delivered: { pieces: 60 },
    });
  });

  it('after saving: "eh salah, dudu bu yati tapi bu endang" moves a hand-in to her order; "iku wingi yo" its day', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 10 kodi sandal dr bu yati 2rb sepasang', '1');
    await say('ambil 5 kodi tas dr bu endang 20rb sekodi', '1');
    await say('setor 2 kodi nang bu yati', '1');
    expect(await say('eh salah, dudu bu yati tapi bu endang')).toMatch(/→ Bu Endang: tas/);
    await say('1');
    expect(await say('iku wingi yo')).toMatch(/hari ini, 28\/11 → kemarin, 27\/11/);
    await say('1');
    const [yati, endang] = await rows('orders');
    expect(await rows('handins')).toMatchObject([{ order_id: endang!.id, handed_in_on: '2026-11-27' }]);
    expect(yati).toBeDefined();
  });

  it('"dibayar darmo" names Juragan Darmo; a deduction said after saving keeps what it was for', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('kasbon 150rb ke juragan darmo', '1');
    expect(await say('hari ini dibayar darmo, terima bersih 200rb, udah dipotong kasbon 150rb')).toMatch(
      /Dari: Juragan Darmo/,
    );
    await say('1');
    await say('dapet bayaran dari juragan darmo 275 rb', '1');
    expect(await say('oh iya lupa, itu udah dipotong 25rb buat ganti plastik')).toMatch(
      /Rp25\.000 \(retur, bahan, dll\)/,
    );
    await say('1');
    expect(await rows('payments')).toMatchObject([
      { kind: 'kasbon', amount: 150000 },
      { kind: 'pay', amount: 200000, kasbon_repaid: 150000 },
      { kind: 'pay', amount: 275000, deduction: 25000 },
    ]);
  });
});

describe('an order and what happened to it, told in one message', () => {
  it('a hand-in after a new order of the same message is a hand-in to that order, new employer or not', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 10 kodi sandal dr bu umi 2rb sepasang', '1');
    // Bu Umi has an open order already: the hand-in still goes to the one told just before it.
    expect(await say('ambil 5 kodi tas dr bu umi upahe 6rb sekodi, wis tak setor 2 kodi')).toMatch(
      /2\) Setoran\nOrder: Bu Umi: tas/,
    );
    await say('1');
    expect(await say('order 3 lusin bros dari bu sri 1rb per biji terus langsung setor 1 lusin', '1')).toMatch(
      /sisa 24/,
    );
    const [, tas, bros] = await rows('orders');
    expect(await rows('handins')).toMatchObject([
      { order_id: tas!.id, delivered_pieces: 40 },
      { order_id: bros!.id, delivered_pieces: 12 },
    ]);
    expect((await rows('employers')).map((e) => e.name)).toContain('Bu Sri');
  });
});

describe('the eleventh blind set: tired typing, dictation, split bubbles', () => {
  it('the reader: a rate "for 3 pairs", pay after a hand-in, grown helpers, a rest, a bare deduction, goods then rate', () => {
    expect(one('njupuk garapan sandal teko pak kaji slamet 5 kodi, 10rb oleh 3 pasang')).toMatchObject({
      kind: 'order',
      qty: { pieces: 100 },
      rate: { amount: 10000, per: 'pasang', count: 3 },
    });
    const both = readMessage('setor 2 kodi dibayar 50rb', at('2026-11-30T10:00:00+07:00')).entries;
    expect(both).toMatchObject([
      { kind: 'handin', delivered: { pieces: 40 } },
      { kind: 'payment', amount: { amount: 50000 } },
    ]);
    // "dibayar 50rb oleh 2 kodi" is pay, not a rate.
    expect(one('dibayar 50rb oleh 2 kodi')).toMatchObject({ kind: 'payment', amount: { amount: 50000 } });
    expect(one('2 hari lalu sy kerja 9 jam, dibantu tetangga 2 org')).toMatchObject({ helpers: 2, child: false });
    expect(one('dino iki njahit 7 jam dibantu ponakan (wes gede)')).toMatchObject({ helpers: 1, child: false });
    expect(one('bayaran sasi iki teko bu yati sejuta setengah, wes dipotong utangku satus')).toMatchObject({
      amount: { amount: 1500000 },
      deduction: { amount: 100000, kind: 'kasbon' },
    });
    // A rest inside a span of clock times comes off it; beside a number of hours it is apart from them.
    expect(
      one('dino iki kerjo teko jam 7 isuk nganti jam 4 sore, leren sejam. dibantu bojoku karo anakku'),
    ).toMatchObject({
      minutes: 480,
      helpers: 2,
    });
    expect(one('kerja 8 jam, istirahat sejam')).toMatchObject({ minutes: 480 });
    expect(one('40 pcs jilbab, 2500 per biji')).toMatchObject({
      kind: 'order',
      qty: { pieces: 40 },
      rate: { amount: 2500, per: 'pcs' },
    });
    expect(one('new boss: mbak wulan. embroidery on hijab 40 pcs, Rp 2,500 each')).toMatchObject({
      kind: 'order',
      employer: 'mbak wulan',
      qty: { pieces: 40 },
    });
  });

  it('at the check screen: "bukan 3 tapi 4 kodi", "eh 95 ding" in the thousands it was, a deduction said there', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 10 kodi sandal dr bu yati 2rb sepasang', '1');
    expect(await say('setor 3 kodi ke bu yati', 'eh salah bukan 3 tapi 4 kodi')).toMatch(/Diserahkan: 80/);
    expect(await say('yg direject 6 pasang')).toMatch(/Ditolak: 6, diterima 74/);
    await say('1');
    await say('dibayar bu yati 90rb');
    expect(await say('eh 95 ding')).toMatch(/Jumlah: Rp95\.000/);
    expect(await say('udah dipotong 20rb buat kasbon')).toMatch(/Potongan: Rp20\.000 untuk kasbon/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 80, rejected_pieces: 6 }]);
    expect(await rows('payments')).toMatchObject([{ amount: 95000, kasbon_repaid: 20000 }]);
  });
});

describe('the thirteenth blind set: conversations that leave the planned path', () => {
  it('from the menu: "eh bukan itu, maksud saya bayaran" opens the pay; who helped left not said; "nanti aja" drops it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('menu', '5');
    expect(await say('eh bukan itu, maksud saya bayaran')).toMatch(/Siapa yang membayar/);
    expect(await say('dari pak hadi 175rb, gak ada potongan')).toMatch(/Jenis: bayaran upah[\s\S]*Jumlah: Rp175\.000/);
    await say('1');
    // Who helped is not asked: "lewati" to its invitation leaves it not said, and the check screen stands.
    expect(await say('kerja dari jam 1 siang sampe jam 6 sore')).toMatch(/Dibantu keluarga: belum disebut/);
    expect(await say('lewati')).toMatch(/Dibantu keluarga: belum disebut/);
    await say('1');
    await say('menu', '4');
    expect(await say('skip ae, sesuk wae tak catet')).toMatch(/belum disimpan/);
    expect(await say('halo')).toMatch(/Menu Upahku/);
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 175000 }]);
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300, helpers: null, child_helper: null }]);
  });

  it('the list of entries: a change in words ("jamnya jadi 5 jam"), "hpus" then "sing plastik mau", "kleru, 85 ewu"', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('kerja 4 jam tadi sendirian', '1');
    await say('wingi tuku plastik 8 ewu', '1');
    clock.advance(60_000);
    await say('UBAH');
    expect(await say('jamnya jadi 5 jam')).toMatch(/Jam kerja: 4 jam → 5 jam/);
    await say('1');
    await say('hpus');
    expect(await say('sing plastik mau')).toMatch(/Hapus catatan ini\?\nBiaya/);
    expect(await say('iyo')).toMatch(/dihapus/);
    clock.advance(60_000);
    await say('dibayar bu umi 80 ewu', '1');
    clock.advance(60_000);
    expect(await say('sing terakhir kleru, 85 ewu')).toMatch(/Rp80\.000 → Rp85\.000/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 300 }]);
    expect((await rows('costs'))[0]!.voided_at).not.toBeNull();
    expect(await rows('payments')).toMatchObject([{ amount: 85000 }]);
  });
});

describe('the thirteenth blind set: commands and chat as typed', () => {
  it('a long thank-you asking what is owed records nothing; "bentar, rekap dulu" and "rekp" are REKAP; "2 setor" the menu', async () => {
    expect(
      readMessage(
        'terima kasih banyak ya mbak sudah bantu saya nyatet selama ini. sekarang saya jadi tau bu endang masih kurang bayar berapa. sehat selalu ya',
        at('2026-11-30T10:00:00+07:00'),
      ).entries,
    ).toEqual([]);
    const { say, rows } = await diaryPhone(t);
    expect(await say('bentar, rekap dulu')).toMatch(/REKAP minggu ini/);
    expect(await say('rekp')).toMatch(/REKAP minggu ini/);
    await say('ambil 5 kodi tas dr bu umi 15rb sekodi', '1');
    expect(await say('2 setor')).toMatch(/Berapa tas yang diserahkan/);
    // In the middle of the hand-in, a cost said with "eh" is a cost of its own; the hand-in is offered back.
    expect(await say('eh tadi juga beli lem 20rb, catat dulu')).toMatch(/Cek dulu, biaya/);
    expect(await say('1')).toMatch(/Setoran belum selesai/);
    expect(await say('1', '1 kodi', '1')).toMatch(/Setoran tersimpan/);
    expect(await rows('costs')).toMatchObject([{ amount: 20000 }]);
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 20 }]);
  });

  it('the BPJS guide: a second question answered from the guide, "nanti aja deh" leaves nothing open', async () => {
    const { say, phone, workerId } = await diaryPhone(t);
    await say('bpjs');
    expect(await say('itu apa?')).toMatch(/Kirim sebagai pertanyaan/);
    expect(await say('bayarnya berapa sebulan?')).toMatch(/BPJS yang mana/);
    expect(await say('nanti aja deh, saya tanya suami dulu')).toMatch(/ketik BPJS/);
    const open = await phone.db.selectFrom('conversations').selectAll().where('worker_id', '=', workerId).execute();
    expect(open).toEqual([]);
  });
});

describe('the twelfth blind set: several facts in one message, the money as it goes', () => {
  const now = at('2026-11-30T10:00:00+07:00');
  it('the rest still owed is no pay; hand-ins paid together; a lump sum; a share of one of two costs', () => {
    expect(readMessage('bu endang baru bayar 100rb aja, sisanya 50rb katanya minggu depan', now).entries).toMatchObject(
      [{ kind: 'payment', amount: { amount: 100000 } }],
    );
    expect(readMessage('bu yati sampun mbayar kalih atus ewu, kirang seket ewu dereng', now).entries).toHaveLength(1);
    expect(one('setoran 3 kali minggu ini baru dibayar sekarang sama pak hadi, totalnya Rp 320.000')).toMatchObject({
      kind: 'payment',
      employer: 'pak hadi',
      amount: { amount: 320000 },
    });
    expect(one('ambil kemasan kerupuk 500 pak dari juragan darmo, borongan 150rb semua, selesai senin')).toMatchObject({
      kind: 'order',
      qty: { pieces: 500 },
      rate: { amount: 150000, per: 'pak', count: 500 },
    });
    expect(readMessage('electricity 80k, half of it for work. also glue 15.000', now).entries).toMatchObject([
      { kind: 'cost', category: 'listrik', amount: { amount: 40000 } },
      { kind: 'cost', category: 'bahan', amount: { amount: 15000 } },
    ]);
    expect(one('bayar listrik 60rb, separo kanggo kerjo')).toMatchObject({ amount: { amount: 30000 } });
  });

  it('two hand-ins of the same goods to two employers go to each one\'s order; "it was bu umi not bu yati"', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0812', { lang: 'en' });
    await say('order 4 kodi sandal from bu yati 6rb per kodi', '1');
    await say('order 50 pasang sandal from pak hadi 1500 per pasang', '1');
    await say('order 3 kodi shirts from bu umi 2rb per pcs', '1');
    await say('tadi setor ke bu yati 2 kodi sandal, trus ke pak hadi 30 pasang', '1');
    await say('handed in 1 kodi to bu yati');
    expect(await say('sorry, it was bu umi not bu yati')).toMatch(/Order: Bu Umi: shirts/);
    await say('1');
    const [yati, hadi, umi] = await rows('orders');
    expect(await rows('handins')).toMatchObject([
      { order_id: yati!.id, delivered_pieces: 40 },
      { order_id: hadi!.id, delivered_pieces: 30 },
      { order_id: umi!.id, delivered_pieces: 20 },
    ]);
  });
});

describe('the thirteenth blind set: the check screen and the menu as typed', () => {
  it('"ubah jumlahe" asks that line again; "btal" and "mnu"; "3 bayaran" knows it is pay', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('njupuk order juragan darmo 8 kodi sandal, opah 5 ewu sekodi');
    expect(await say('ubah jumlahe')).toMatch(/Berapa banyak/);
    expect(await say('10 kodi')).toMatch(/Jumlah: 10 kodi \(200\)/);
    await say('wis bener');
    await say('ambil order pak hadi 3 kodi celana');
    expect(await say('btal')).toMatch(/Dibatalkan/);
    expect(await say('mnu')).toMatch(/Menu Upahku/);
    await say('3 bayaran');
    expect(await say('seko juragan darmo wingi, tampa 100 ewu, wis dipotong kasbon 50 ewu')).toMatch(
      /Jenis: bayaran upah[\s\S]*Potongan: Rp50\.000 untuk kasbon/,
    );
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 200 }]);
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 100000, kasbon_repaid: 50000 }]);
  });

  it('20000 batang of cigarette work is not "too many"; the rate per thousand said next is not "too small"', async () => {
    const { say, rows } = await diaryPhone(t);
    // (Rolling, "mbatil", names the goods: cigarettes, counted in thousands.)
    expect(await say('njupuk garapan mbatil seko pak haji slamet 20 ewu batang')).toMatch(/Berapa upahnya/);
    expect(await say('ooh, opahe 14 ewu per sewu batang')).toMatch(/Cek dulu, order baru/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 20000, rate_amount: 14000, rate_count: 1000 }]);
  });
});

describe('the last word of a conversation', () => {
  it('"rekap" alone answers with this week at once; a complaint is heard; neither leaves a question open', async () => {
    const { say, phone, workerId, rows } = await diaryPhone(t);
    await say('ambil 5 kodi tas dr bu umi 15rb sekodi', '1');
    expect(await say('wes kesel aku, bayarane telat terus')).toMatch(/Maaf, itu berat[\s\S]*REKAP/);
    // A denial is no correction of her last entry.
    expect(await say('bu umi durung mbayar 2 minggu')).toMatch(/Maaf, itu berat/);
    expect(await say('rekap')).toMatch(/REKAP minggu ini[\s\S]*REKAP BULAN INI/);
    const open = await phone.db.selectFrom('conversations').selectAll().where('worker_id', '=', workerId).execute();
    expect(open).toEqual([]);
    expect(await rows('diary_corrections')).toEqual([]);
  });
});

describe('the thirteenth blind set in English', () => {
  it('"delivery" from the menu; "no, not darmo. pak haji slamet"; "oops that\'s wrong, delete that"', async () => {
    const { say, rows } = await diaryPhone(t, 'sri-0812', { lang: 'en' });
    await say('order 3 kodi sandal from bu yati 2rb per pasang', '1');
    expect(await say('delivery')).toMatch(/How many sandal|handed in/i);
    await say('cancel');
    await say('advance 150k from juragan darmo');
    expect(await say('no, not darmo. pak haji slamet')).toMatch(/From: Pak Haji Slamet/);
    await say('ok save');
    await say('worked 5 hours alone today', '1');
    // Minutes after saving, done as she asks (as "cancel that" would be), and said so.
    expect(await say("oops that's wrong, delete that")).toMatch(/cancelled:\nHours[\s\S]*Deleted from your records/i);
    expect(await rows('payments')).toMatchObject([{ kind: 'kasbon', amount: 150000 }]);
    expect((await rows('work_hours'))[0]!.voided_at).not.toBeNull();
  });
});

describe('the eighth set, again', () => {
  it('"wis" alone to "Ada potongan?" is none', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('menu', '3', 'sing mbayar bu endang', '95 ewu');
    expect(await say('wis')).toMatch(/Potongan: tidak ada/);
    await say('1');
    expect(await rows('payments')).toMatchObject([{ amount: 95000, deduction: 0, kasbon_repaid: 0 }]);
  });
});

describe('the end of a span of hours said again', () => {
  it('"eh salah, sampe jam 1 awan" at the check screen or at the next question counts from the span\'s start', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('dino iki mbordir jam 8 isuk sampe jam 12 awan, dewekan');
    expect(await say('eh salah, sampe jam 1 awan')).toMatch(/Jam kerja: 5 jam/);
    await say('1');
    await say('wingi kerja jam 7 sampe jam 10');
    expect(await say('eh sampe jam 11 ding')).toMatch(/Jam kerja: 4 jam[\s\S]*Dibantu keluarga: belum disebut/);
    expect(await say('0')).toMatch(/Jam kerja: 4 jam[\s\S]*Dibantu keluarga: tidak ada/);
    await say('1');
    expect((await rows('work_hours')).map((h) => h.minutes)).toEqual([300, 240]);
  });
});

describe('krama and a period alone', () => {
  it('"kula nampi garapan saking bu umi" is an order of dompet; "lho kok takon maneh? nggih leres" saves; "yg bulan ini aja" after REKAP', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(
      await say('nyuwun sewu, kula nampi garapan saking bu umi tanggal 27, 3 kodi dompet, opahipun 20 ewu sekodi'),
    ).toMatch(/Barang: dompet/);
    expect(await say('lho kok takon maneh? nggih leres')).toMatch(/Order tersimpan/);
    expect(await say('rekp')).toMatch(/REKAP minggu ini/);
    expect(await say('yg bulan ini aja')).toMatch(/REKAP bulan ini/);
    expect(await rows('orders')).toMatchObject([{ product: 'dompet', quantity_pieces: 60, received_on: '2026-11-27' }]);
  });
});

describe('the fourteenth blind set and split bubbles', () => {
  it('"sm suami" is a helper; "10k was cut for late work" is another deduction; a day alone, then the entry', async () => {
    expect(one('kemarin kerja dr jam 8 sampe jam 12 sm suami')).toMatchObject({
      minutes: 240,
      helpers: 1,
      child: false,
    });
    expect(one('bu umi paid me 240k, 10k was cut for late work')).toMatchObject({
      amount: { amount: 240000 },
      deduction: { amount: 10000, kind: 'other' },
    });
    const { say, rows } = await diaryPhone(t);
    await say('ambil 4 kodi sandal dr pak hadi 5rb sekodi', '1');
    expect(await say('rebo wingi')).toMatch(/25\/11: apa yang mau dicatat/);
    expect(await say('setor 2 kodi ke pak hadi')).toMatch(/Tanggal: 25\/11/);
    await say('1');
    // (No rejects, of the hand-in saved with none: as it is saved; nothing asked.)
    expect(await say('ora ono sing dibalekno')).toMatch(/^Sudah tercatat begitu/);
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 40, handed_in_on: '2026-11-25' }]);
  });
});

describe('the day of what was paid for, and "ya" at the list of lines', () => {
  it('"mbayar 25rb kanggo setoran wingi": yesterday is the hand-in paid for; the pay is today', () => {
    const now = at('2026-11-25T18:30:00+07:00');
    expect(one('mau bu yati mbayar Rp.25.000,- kanggo setoran wingi', now)).toMatchObject({ kind: 'payment' });
    expect(one('mau bu yati mbayar Rp.25.000,- kanggo setoran wingi', now).day).toBeUndefined();
    expect(one('dibayar 50rb buat setoran kemarin', now).day).toBeUndefined();
    // A day said of the pay itself still counts.
    expect(one('kemarin dibayar 50rb buat setoran senin', now)).toMatchObject({ day: '2026-11-24' });
  });

  it('"sing mbantu anakku loro" in the list of entries changes who helped; the child she said stays', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('kerja 7 jam dibantu anakku sing cilik', '1');
    await say('ubah');
    expect(await say('sing mbantu anakku loro')).toMatch(/Dibantu keluarga: 1 → 2/);
    await say('1');
    expect(await rows('work_hours')).toMatchObject([{ minutes: 420, helpers: 2, child_helper: 1 }]);
  });
});

describe('the fifteenth and sixteenth blind sets', () => {
  it('the employer taking goods collects her work: a hand-in, each kind of goods with its own count', () => {
    const now = at('2026-11-20T10:00:00+07:00');
    expect(one('bos td dtg ambil tas 18', now)).toMatchObject({
      kind: 'handin',
      product: 'tas',
      delivered: { pieces: 18 },
    });
    const two = readMessage('bu yati td ambil dompet 30 sm tas 8', now).entries;
    expect(two).toMatchObject([
      { kind: 'handin', employer: 'bu yati', product: 'dompet', delivered: { pieces: 30 } },
      { kind: 'handin', employer: 'bu yati', product: 'tas', delivered: { pieces: 8 } },
    ]);
    // Taking work from her is still an order.
    expect(one('ambil sandal 3 kodi dari bu yati', now)).toMatchObject({ kind: 'order' });
    expect(one('bu yati ambil 3 kodi sandal 5rb sekodi', now)).toMatchObject({ kind: 'order' });
  });

  it('a pay with several open orders is not asked which; words that name one keep it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 2 kodi sandal hitam dr bu yati 3rb/psg', '1');
    await say('ambil 2 kodi sandal putih dr bu yati 3rb/psg', '1');
    await say('setor 1 kodi sandal hitam', '1');
    expect(await say('bu yati mbayar 60rb')).toMatch(/Untuk order: beberapa order/);
    await say('1');
    expect(await say('dibayar bu yati 30rb yg sandal ireng')).toMatch(/Untuk order: Bu Yati: sandal hitam/);
    await say('1');
    const orders = await rows('orders');
    expect(await rows('payments')).toMatchObject([
      { amount: 60000, order_id: null },
      { amount: 30000, order_id: orders[0]!.id },
    ]);
  });
});

describe('the boss collecting, goods done then handed in', () => {
  const now = at('2026-12-05T10:00:00+07:00');
  it('"bu e mau rene njupuk keset selawe", "my boss came to collect 12 mukena", "gave juragan 5 kodi": hand-ins', () => {
    expect(one('bu e mau rene njupuk keset selawe', now)).toMatchObject({ kind: 'handin', delivered: { pieces: 25 } });
    expect(one('my boss came to collect 12 mukena yesterday', now)).toMatchObject({
      kind: 'handin',
      delivered: { pieces: 12 },
      day: '2026-12-04',
    });
    expect(one("gave juragan 5 kodi from last week's order today", now)).toMatchObject({
      kind: 'handin',
      delivered: { pieces: 100 },
    });
    expect(one('ngasih bu yati 3 kodi sandal', now)).toMatchObject({ kind: 'handin' });
    // She takes, or the employer gives: work received.
    expect(one('aku njupuk garapan keset 2 kodi', now)).toMatchObject({ kind: 'order' });
    expect(one('dikasih bu yati 3 kodi sandal', now)).toMatchObject({ kind: 'order' });
  });

  it('"sapune wis dadi 120, mau tak setor nang pak hadi": the goods done are the hand-in', () => {
    expect(one('sapune wis dadi 120, mau tak setor nang pak hadi', now)).toMatchObject({
      kind: 'handin',
      employer: 'pak hadi',
      delivered: { pieces: 120 },
    });
    expect(one('oleh 2 lusin, wis tak setor bu umi', now)).toMatchObject({ kind: 'handin', delivered: { pieces: 24 } });
  });
});

describe('questions of who owes, rejects thrown away, more hours', () => {
  it('"sopo wae sing durung mbayar aku?" and "total e piro?" answer at once, with no question left', async () => {
    const { say, workerId } = await diaryPhone(t);
    expect(await say('sopo wae sing durung mbayar aku?')).toMatch(/^REKAP bulan ini/);
    expect(await say('total e piro?')).toMatch(/^REKAP bulan ini/);
    const open = await t.db.selectFrom('conversations').selectAll().where('worker_id', '=', workerId).execute();
    expect(open).toEqual([]);
  });

  it('"yg 2 dibuang", "2 more hours"', () => {
    const now = at('2026-11-20T10:00:00+07:00');
    expect(one('hari ini setor lagi 50, yg 2 dibuang krn jahitannya lepas', now)).toMatchObject({
      kind: 'handin',
      delivered: { pieces: 50 },
      rejected: 2,
    });
    expect(one('and 2 more hours in the afternoon, my mother helped', now)).toMatchObject({
      kind: 'hours',
      minutes: 120,
      helpers: 1,
      child: false,
    });
  });
});

describe('a rate high for the goods but not for home work', () => {
  it('is flagged on the check screen, not asked apart; an extreme one is still asked', async () => {
    const { say, rows } = await diaryPhone(t);
    const shown = await say('saya dapat garapan payet dari bu yati 30 potong, per potongnya 7.500');
    expect(shown).toMatch(/Itu besar sekali\. Mohon dicek\.\nCek dulu, order baru:/);
    expect(shown).toMatch(/Upah: Rp7\.500\/biji, total Rp225\.000/);
    expect(await say('iya bener')).toMatch(/Order tersimpan/);
    expect(await rows('orders')).toMatchObject([{ product: 'payet', rate_amount: 7500 }]);
    expect(await say('order 3 kodi sandal 5jt/pasang dari Bu Yati')).toMatch(/Itu besar sekali\. Betul\?\n1 /);
  });
});

describe('work verbs with goods, and the wage for a week', () => {
  const now = at('2026-11-20T18:00:00+07:00');
  it('"saya jahit tas dari bu endang, 100 biji, upah 6.500 per biji" is work received, not hours', () => {
    expect(one('Saya jahit tas borongan dari Bu Endang, 100 biji, upah Rp6.500 per biji', now)).toMatchObject({
      kind: 'order',
      employer: 'bu endang',
      product: 'tas',
      qty: { pieces: 100 },
      rate: { amount: 6500, per: 'pcs' },
    });
    expect(one('kerja jahit 5 jam', now)).toMatchObject({ kind: 'hours', minutes: 300 });
  });

  it('"upah jahit konveksi minggu ini dari Bu Endang 1,2jt, diterima tadi sore" is pay from Bu Endang', () => {
    expect(one('upah jahit konveksi minggu ini dari Bu Endang 1,2jt, diterima tadi sore', now)).toMatchObject({
      kind: 'payment',
      employer: 'bu endang',
      amount: { amount: 1_200_000 },
    });
  });
});

describe('money and costs as the sixteenth set wrote them', () => {
  const now = at('2026-11-20T18:00:00+07:00');
  it('"sejuta rongatus" is Rp1.200.000; what a cost was for, said before its amount', () => {
    expect(one('bayaran sasi iki teko pak haji slamet sejuta rongatus, ditompo dino iki', now)).toMatchObject({
      kind: 'payment',
      amount: { amount: 1_200_000 },
    });
    expect(one('terus ngeterke tas nang bu endang numpak ojek, ongkose 15 ewu bolak balik', now)).toMatchObject({
      kind: 'cost',
      category: 'transport',
      amount: { amount: 15000 },
    });
  });
});

describe('a yes said twice', () => {
  it('"1" again just after saving is answered as saved, not the menu; after MENU it picks the menu', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('beli lem 10rb', '1');
    expect(await say('1')).toMatch(/Sudah tersimpan/);
    expect(await say('iya bener')).toMatch(/Sudah tersimpan/);
    expect(await rows('costs')).toHaveLength(1);
    await say('menu');
    expect(await say('1')).toMatch(/Dari siapa/);
  });
});

describe('words written apart and deadlines said alone', () => {
  it('"2 di balikin" is rejected pieces of the hand-in, "di kasih 3 kodi" work given', () => {
    const read = (text: string) => readMessage(text, at('2026-12-02T20:00:00+07:00')).entries;
    expect(read('setor daster 20 biji, 2 di balikin suruh benerin')).toMatchObject([
      { kind: 'handin', delivered: { pieces: 20 }, rejected: 2 },
    ]);
    expect(read('di kasih 3 kodi sama bu umi')).toMatchObject([{ kind: 'order', employer: 'bu umi' }]);
    expect(read('kerja di rumah 3 jam')).toMatchObject([{ kind: 'hours', minutes: 180 }]);
  });

  it('"hrs disetor tgl 5" just after an order is its deadline, not a hand-in', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil 3 kodi kerudung dr bu umi 5rb/biji', '1');
    expect(await say('hrs di setor tgl 5')).toMatch(/Batas setor/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ due_on: '2026-12-05' }]);
    expect(await rows('handins')).toHaveLength(0);
  });
});

describe('a thing bought for work and home', () => {
  it('only the part for the work is a cost; two things bought stay two costs', () => {
    const read = (text: string) => readMessage(text, at('2026-06-01T10:00:00+07:00')).entries;
    expect(
      read('mau tuku minyak goreng 40 ewu, sing kanggo nggoreng keripik pesenane bu yati 30 ewu, sisane kanggo omah'),
    ).toMatchObject([{ kind: 'cost', category: 'bahan', amount: { amount: 30000 } }]);
    expect(read('beli gas 22rb, yg buat kerja 15rb')).toMatchObject([{ kind: 'cost', amount: { amount: 15000 } }]);
    expect(read('bought cooking oil 40k, the part for the chips 30k, the rest for home')).toMatchObject([
      { kind: 'cost', amount: { amount: 30000 } },
    ]);
    expect(read('beli benang 20rb, plastik 10rb')).toHaveLength(2);
  });
});

describe('one entry told a piece a bubble', () => {
  it('"payet", "teko bu sulis", "10 kodi" are read together; pieces far apart are not', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    await say('payet');
    await say('teko bu sulis');
    expect(await say('10 kodi')).toMatch(/Berapa upahnya/);
    expect(await say('per kodi 25 ewu')).toMatch(/Barang: payet[\s\S]*Jumlah: 10 kodi \(200\)/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ product: 'payet', quantity_pieces: 200, rate_amount: 25000 }]);
    await say('teko bu umi');
    clock.advance(10 * 60_000);
    expect(await say('5 kodi')).toMatch(/belum paham/);
    expect(await rows('orders')).toHaveLength(1);
  });
});

describe('a week with several open orders (the fifteenth set)', () => {
  it('"yg senin" to "which order?" picks the order that came on Monday; the hand-in keeps its own day', async () => {
    const { say, rows, clock } = await diaryPhone(t);
    // NOW is Saturday 28/11; Monday was 23/11.
    clock.advance(-5 * 86_400_000);
    await say('ambil kemoceng besar 100 dr pak hadi 1500/biji', '1');
    clock.advance(2 * 86_400_000);
    await say('ambil kemoceng kecil 50 dr pak hadi 1000/biji', '1');
    clock.advance(3 * 86_400_000);
    expect(await say('setor kemoceng pak hadi 60')).toMatch(/Setor untuk order yang mana/);
    expect(await say('yg senin')).toMatch(/kemoceng besar[\s\S]*Tanggal: hari ini/);
    await say('1');
    const orders = await rows('orders');
    expect(await rows('handins')).toMatchObject([{ order_id: orders[0]!.id, handed_in_on: '2026-11-28' }]);
  });

  it('"sisanya ... saya antar" hands in the rest; "kerudungnya 2 lusin" after a hand-in is another', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil mukena 24 dr bu endang 12rb/biji', '1');
    await say('ambil kerudung 3 lusin dr bu endang 2rb/biji', '1');
    await say('setor mukena 10 ke bu endang', '1');
    expect(await say('hari ini sisanya udah selesai semua, langsung saya antar')).toMatch(/Diserahkan: 14/);
    await say('1');
    expect(await say('kerudungnya 2 lusin kemarin')).toMatch(/kerudung[\s\S]*Diserahkan: 24[\s\S]*kemarin/);
    await say('1');
    expect(await rows('handins')).toMatchObject([
      { delivered_pieces: 10 },
      { delivered_pieces: 14 },
      { delivered_pieces: 24, handed_in_on: '2026-11-27' },
    ]);
  });

  it('"mbayar rong setoran sekaligus, 155rb" is one pay of Rp155.000', () => {
    expect(one('juragan mbayar rong setoran sekaligus, 155rb')).toMatchObject({
      kind: 'payment',
      amount: { amount: 155000 },
    });
  });
});

describe('corrections that name the record', () => {
  it('"yg tas td bukan 20, 25 ding" corrects the hand-in of bags, not the pay saved after it', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil tas 50 dr bu umi 6rb/biji', '1');
    await say('setor tas ke bu umi 20', '1');
    await say('dibayar bu umi 120rb', '1');
    expect(await say('eh yg tas td bukan 20, 25 ding. yg 5 ketinggalan di motor trs dianter')).toMatch(
      /Diserahkan: 20 → 25/,
    );
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 25 }]);
    expect(await rows('payments')).toMatchObject([{ amount: 120000 }]);
  });

  it('"yg setor td ke bu umi bukan bu yati" moves the hand-in to Bu Umi\'s order', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil sandal 5 kodi dr bu yati 1rb/psg', '1');
    await say('ambil sandal 5 kodi dr bu umi 1rb/psg', '1');
    await say('setor sandal 2 kodi ke bu yati tadi', '1');
    await say('beli lem 12rb', '1');
    expect(await say('eh sori yg setor td ke bu umi bukan bu yati')).toMatch(/→ Bu Umi: sandal/);
    await say('1');
    const orders = await rows('orders');
    expect(await rows('handins')).toMatchObject([{ order_id: orders[1]!.id, delivered_pieces: 40 }]);
  });
});

describe('hours and pay as the sixteenth set wrote them', () => {
  const now = at('2027-01-26T18:00:00+07:00');
  it('"setengah dino, jam 8 nganti jam 12" is one entry; "from 8 to 11 then 1 to 3" is five hours; "sak jam setengah"', () => {
    const half = readMessage('dino iki kerjo setengah dino, jam 8 nganti jam 12', now).entries;
    expect(half).toHaveLength(1);
    expect(half[0]).toMatchObject({ kind: 'hours', minutes: 240 });
    expect(one('worked today from 8 to 11 then 1 to 3', now)).toMatchObject({ kind: 'hours', minutes: 300 });
    expect(one('nggarap wig sak jam setengah', now)).toMatchObject({ kind: 'hours', minutes: 90 });
  });

  it('"Bu Umi paid 230rb for the bags today. She cut 10rb because some were rejected" is pay with a deduction', () => {
    expect(one('Bu Umi paid 230rb for the bags today. She cut 10rb because some were rejected', now)).toMatchObject({
      kind: 'payment',
      employer: 'bu umi',
      amount: { amount: 230000 },
      deduction: { amount: 10000 },
    });
    expect(one('paid 20k for thread', now)).toMatchObject({ kind: 'cost', category: 'bahan' });
  });
});

describe('the seventeenth set: the boss collects the rest, a correction after hours, krama', () => {
  it('"bu yati dateng ke rumah, ngambil sisanya" and "Bu Yati came by and took the rest" hand in the rest', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil sandal 5 kodi dr bu yati 1rb/psg', '1');
    await say('td pagi setor sandal 2 kodi ke bu yati', '1');
    expect(await say('barusan bu yati dateng ke rumah, ngambil sisanya sekalian')).toMatch(/Diserahkan: 60/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 40 }, { delivered_pieces: 60 }]);
    expect(one('Bu Yati just came by and took the rest')).toMatchObject({ kind: 'handin', employer: 'bu yati' });
  });

  it('"eh yg setor tadi ke bu umi bukan bu yati" after hours is that change, not "nobody helped"', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil sandal 4 kodi dr bu yati 1rb/psg', '1');
    await say('ambil sandal 4 kodi dr bu umi 1rb/psg', '1');
    await say('setor sandal 2 kodi tadi pagi ke bu yati', '1');
    expect(await say('kerja jam 1 sampe jam 5 sore', '1')).toMatch(/Ada keluarga yang ikut bantu/);
    expect(await say('eh yg setor tadi ke bu umi bukan bu yati')).toMatch(/→ Bu Umi: sandal/);
    await say('1');
    const orders = await rows('orders');
    expect(await rows('handins')).toMatchObject([{ order_id: orders[1]!.id }]);
    expect(await rows('work_hours')).toMatchObject([{ minutes: 240, helpers: null }]);
  });

  it('krama: "kula wau pikantuk garapan saking bu umi, keset 5 kodi" is an order of keset', () => {
    expect(
      one('nyuwun sewu, kula wau pikantuk garapan saking bu umi, keset 5 kodi, opahipun 20 ewu sekodi'),
    ).toMatchObject({
      kind: 'order',
      employer: 'bu umi',
      product: 'keset',
      qty: { pieces: 100 },
      rate: { amount: 20000, per: 'kodi' },
    });
  });
});

describe('corrections of a record a moment ago, and krama pay', () => {
  it('"yg tas td 3 kodi bkn 2" corrects the order of bags; "sing setor mau 3 kodi ding, dudu 4" the hand-in', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('td ambil tas dr pak hadi 2 kodi, upah 3rb per biji', '1');
    await say('beli benang 20rb', '1');
    expect(await say('yg tas td 3 kodi bkn 2')).toMatch(/2 kodi \(40\) → 3 kodi \(60\)/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ quantity_pieces: 60 }]);
    expect(await rows('costs')).toHaveLength(1);
    await say('setor tas 2 kodi ke pak hadi', '1');
    await say('tuku lem 25 ewu', '1');
    expect(await say('sing setor mau 1 kodi ding, dudu 2')).toMatch(/Diserahkan: 40 → 20/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 20 }]);
  });

  it('"Bu Yati sampun paring arto 175 ewu kangge setoran sandal" is pay; "langsung dibayar 60 ewu" after a count in words', () => {
    expect(one('Bu Yati sampun paring arto 175 ewu kangge setoran sandal')).toMatchObject({
      kind: 'payment',
      employer: 'bu yati',
      amount: { amount: 175000 },
    });
    const two = readMessage(
      'wingi nyetor tas rong lusin nang pak hadi langsung dibayar 60 ewu',
      at('2026-11-08T10:00:00+07:00'),
    );
    expect(two.entries).toMatchObject([
      { kind: 'handin', delivered: { pieces: 24 }, day: '2026-11-07' },
      { kind: 'payment', amount: { amount: 60000 }, day: '2026-11-07' },
    ]);
  });
});

describe('typed fast, corrected in English', () => {
  it('"wngi nyetr peci 2kd nang pk haji" is yesterday\'s hand-in of 2 kodi', () => {
    expect(one('wngi nyetr peci 2kd nang pk haji', at('2026-11-15T10:00:00+07:00'))).toMatchObject({
      kind: 'handin',
      product: 'peci',
      delivered: { pieces: 40 },
      day: '2026-11-14',
    });
  });

  it('"sorry, the peci hand-in was 2 kodi not 3" after hours corrects the hand-in', async () => {
    const { say, rows } = await diaryPhone(t, 'en-1', { lang: 'en' });
    await say('got 8 kodi peci from pak haji slamet, 4k per kodi', '1');
    await say('handed in 3 kodi of peci to Pak Haji Slamet', '1');
    await say('worked 5 hours today', '1');
    expect(await say('sorry, the peci hand-in was 2 kodi not 3')).toMatch(/Handed in: 60 → 40/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 40 }]);
  });
});

describe('costs stay costs beside work words and names', () => {
  it('"sama plastik packing 5rb" and "I paid 20k for ojek to bring the sandals to pak hadi" are costs', () => {
    const now = at('2026-11-26T10:00:00+07:00');
    expect(one('sama plastik packing 5rb', now)).toMatchObject({ kind: 'cost', amount: { amount: 5000 } });
    expect(one('2 days ago I paid 20k for ojek to bring the sandals to pak hadi', now)).toMatchObject({
      kind: 'cost',
      category: 'transport',
      day: '2026-11-24',
    });
  });
});

describe('packs, sums for everything, goods received then counted', () => {
  const now = at('2026-11-26T10:00:00+07:00');
  it('"80 renteng, 1 renteng isi 10 sachet ... 100 perak per sachet" is 800 sachets; "1 ikat isi 10" is no entry', () => {
    expect(
      one('packing kopi sachet dari mbak rini, 80 renteng, 1 renteng isi 10 sachet. upahnya 100 perak per sachet', now),
    ).toMatchObject({ kind: 'order', qty: { pieces: 800 }, rate: { amount: 100, per: 'pcs' } });
    expect(
      one('anyaman besek bambu dari bu yati 20 ikat, 1 ikat isi 10 besek, ongkos 8rb per ikat', now),
    ).toMatchObject({ kind: 'order', qty: { count: 20, unit: 'ikat' }, rate: { amount: 8000, per: 'ikat' } });
  });

  it('"... karo isolasi 2 rol, kabeh entek 42.500" is one cost; "I got sandals from Bu Yati, 7 kodi, pay is 15k per kodi" an order', () => {
    expect(
      one('mau tuku plastik sak bal karo isolasi 2 rol kanggo mbungkus kopi, kabeh entek 42.500', now),
    ).toMatchObject({
      kind: 'cost',
      amount: { amount: 42500 },
    });
    expect(one('I got sandals from Bu Yati, 7 kodi, pay is 15k per kodi', now)).toMatchObject({
      kind: 'order',
      qty: { pieces: 140 },
      rate: { amount: 15000, per: 'kodi' },
    });
  });
});

describe('more from the same employer', () => {
  it('"sama sarung bantal 3 lusin, 2rb per biji" just after an order is from the same employer', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('bu endang ngasih jahitan mukena lagi 20 biji upahnya 13rb', '1');
    expect(await say('sama sarung bantal 3 lusin, 2rb per biji')).toMatch(
      /Dari: Bu Endang[\s\S]*Barang: sarung bantal/,
    );
    await say('1');
    const orders = await rows('orders');
    expect(orders).toHaveLength(2);
    expect(orders[1]!.employer_id).toBe(orders[0]!.employer_id);
  });
});

describe('the employer named first, more of the same after an answer', () => {
  it('"bu yati sing keset yo wis 30 kabeh" after a hand-in to Pak Hadi is another hand-in, to Bu Yati', async () => {
    const { say, rows } = await diaryPhone(t);
    await say('ambil keset 50 dr pak hadi 2500/biji', '1');
    await say('ambil keset 30 dr bu yati 2500/biji', '1');
    expect(await say('keset 20 wis tak setor')).toMatch(/Setor untuk order yang mana/);
    await say('pak hadi', '1');
    expect(await say('bu yati sing keset yo wis 30 kabeh')).toMatch(/Bu Yati: keset[\s\S]*Diserahkan: 30/);
    await say('1');
    const orders = await rows('orders');
    expect(await rows('handins')).toMatchObject([
      { order_id: orders[0]!.id, delivered_pieces: 20 },
      { order_id: orders[1]!.id, delivered_pieces: 30 },
    ]);
  });
});

describe('a hand-in with no order at all, beside a pay', () => {
  it('records the order with it, its rate asked, and the pay goes on: no empty list to choose from', async () => {
    const { say, rows, workerId } = await diaryPhone(t);
    const reply = await say('wingi setor sandal 2 kodi nang bu yati, dibayar 40rb');
    expect(reply).toMatch(/Order dari Bu Yati belum tercatat, jadi saya catat ordernya sekalian/);
    expect(reply).toMatch(/Berapa upahnya\?/);
    expect(reply).not.toMatch(/order yang mana/);
    expect(await say('gak tau')).toMatch(/Cek dulu, 3 catatan:[\s\S]*Upah: belum diketahui/);
    await say('1');
    expect(await rows('orders')).toMatchObject([{ product: 'sandal', quantity_pieces: 40, rate_amount: null }]);
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 40 }]);
    expect(await rows('payments')).toMatchObject([{ amount: 40000 }]);
    const open = await t.db.selectFrom('conversations').selectAll().where('worker_id', '=', workerId).execute();
    expect(open).toEqual([]);
  });
});
