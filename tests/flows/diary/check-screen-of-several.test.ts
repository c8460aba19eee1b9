// What she says at the check screen of several entries and just after saving: a figure put right changes only
// that entry, one entry taken back, a record told again is not kept twice, a hand-in moved to the right employer,
// "how do I record" answered with examples that work as written, an advance cancelled, a cut put right, rejects
// added. Through the real engine on SQLite, on Thursday 7 June 2029, 19:00 WIB, a minute between messages.
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

const TODAY = '2029-06-07';
const YESTERDAY = '2029-06-06';

/** A diary on Thursday 7 June 2029 whose clock moves a minute before each message. */
const diary = (opts: { lang?: 'id' | 'en' } = {}) => diaryAt(t, '2029-06-07T19:00:00+07:00', opts);

describe('at the check screen of several entries', () => {
  it('"eh benang sm jarumnya 28rb bkn 18rb" changes only the cost; "1" saves three rows', async () => {
    const { say, rows } = await diary();
    expect(
      await say(
        'hari ini jahit daster 8 jam dibantu ibu sy, trs td sore pak hadi bayar 400rb, sama tadi beli jarum dan benang 18rb',
      ),
    ).toMatch(/Cek dulu, 3 catatan:[\s\S]*Jumlah: Rp400\.000[\s\S]*Jumlah: Rp18\.000/);
    const fixed = await say('eh benang sm jarumnya 28rb bkn 18rb');
    expect(fixed).toMatch(/Cek dulu, 3 catatan:[\s\S]*Jumlah: Rp400\.000[\s\S]*3\) Biaya[\s\S]*Jumlah: Rp28\.000/);
    expect(fixed).not.toMatch(/Rp18\.000/);
    expect(await say('1')).toMatch(/^3 catatan tersimpan/);
    expect(await rows('work_hours')).toMatchObject([{ worked_on: TODAY, minutes: 480, helpers: 1 }]);
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 400000, paid_on: TODAY }]);
    expect(await rows('costs')).toMatchObject([{ amount: 28000, spent_on: TODAY }]);
    expect(await rows('costs')).toHaveLength(1);
  });

  it('"yg ditolak 6 bkn 4" changes the rejects of the hand-in: no new entry, nothing parked', async () => {
    const { say, rows } = await diary();
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi', '1');
    expect(await say('hari ini setor sandal ke bu yati 3 kodi yg ditolak 4, trs beli lem 15rb')).toMatch(
      /Cek dulu, 2 catatan:[\s\S]*Diserahkan: 60\nDitolak: 4/,
    );
    const fixed = await say('yg ditolak 6 bkn 4');
    expect(fixed).toMatch(/Cek dulu, 2 catatan:[\s\S]*Diserahkan: 60\nDitolak: 6, diterima 54/);
    expect(fixed).not.toMatch(/belum disimpan|3 catatan/);
    await say('1');
    expect(await rows('handins')).toMatchObject([{ delivered_pieces: 60, rejected_pieces: 6 }]);
    expect(await rows('handins')).toHaveLength(1);
    expect(await rows('costs')).toMatchObject([{ amount: 15000 }]);
  });

  it('"eh lem e ora sido tuku, kain wae" takes the glue back: one cost of 40000 saved', async () => {
    const { say, rows } = await diary();
    expect(await say('mau isuk tuku kain flanel 40 ewu karo lem 15 ewu')).toMatch(/Cek dulu, 2 catatan/);
    const left = await say('eh lem e ora sido tuku, kain wae');
    expect(left).toMatch(/Jumlah: Rp40\.000/);
    expect(left).not.toMatch(/Rp15\.000/);
    await say('1');
    expect(await rows('costs')).toMatchObject([{ amount: 40000, spent_on: TODAY }]);
    expect(await rows('costs')).toHaveLength(1);
  });
});

describe('a record told again', () => {
  it('"mau wis mlebu durung?" after a screen of two lists both records that one "ya" saved', async () => {
    const { say } = await diary();
    await say('wingi tuku kain 40 ewu karo benang 12 ewu', '1');
    const asked = await say('mau wis mlebu durung?');
    expect(asked).toMatch(/^Sudah tercatat:[\s\S]*Rp40\.000/);
    expect(asked).toMatch(/Rp12\.000/);
  });

  it('"mau wis mlebu durung?" lists only the last save, not one made minutes before', async () => {
    const { say } = await diary();
    await say('wingi tuku kain 40 ewu', '1');
    await say('dino iki tuku benang 12 ewu', '1');
    const asked = await say('mau wis mlebu durung?');
    expect(asked).toMatch(/Sudah tercatat:[\s\S]*Rp12\.000/);
    expect(asked).not.toMatch(/Rp40\.000/);
  });

  it('"did it go in?" shows the saved cost; the same cost in other words is not kept twice; "lagi" is', async () => {
    const { say, rows } = await diary();
    await say('wingi tuku bensin gawe ngeterne setoran 20 ewu', '1');
    const asked = await say('mau wis mlebu durung yo?');
    expect(asked).toMatch(/Sudah tercatat:[\s\S]*06\/06[\s\S]*Rp20\.000/);
    expect(asked).not.toMatch(/Cek dulu/);
    expect(await rows('costs')).toHaveLength(1);

    const again = await say('wingi tuku bensin 20 ewu');
    expect(again).toMatch(/sudah tersimpan/);
    expect(again).not.toMatch(/Cek dulu/);
    expect(await rows('costs')).toHaveLength(1);

    expect(await say('tuku bensin lagi 20 ewu')).toMatch(/Cek dulu, biaya:[\s\S]*Jumlah: Rp20\.000/);
    await say('1');
    expect(live(await rows('costs'))).toMatchObject([
      { amount: 20000, spent_on: YESTERDAY },
      { amount: 20000, spent_on: TODAY },
    ]);
  });
});

describe('just after saving', () => {
  it('"hapus sing mau, salah wong. sing bener nang bu endang" moves the hand-in to Bu Endang\'s order', async () => {
    const { say, rows } = await diary();
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi', '1');
    await say('ambil 5 kodi sandal dr bu endang 20rb sekodi', '1');
    await say('setor sandal 2 kodi ke bu yati', '1');
    const employers = new Map((await rows('employers')).map((e) => [e.name, e.id]));
    const orderOf = new Map((await rows('orders')).map((o) => [o.employer_id, o.id]));
    const yatiOrder = orderOf.get(employers.get('Bu Yati'));
    const endangOrder = orderOf.get(employers.get('Bu Endang'));
    expect(await rows('handins')).toMatchObject([{ order_id: yatiOrder }]);

    expect(await say('hapus sing mau, salah wong. sing bener nang bu endang')).toMatch(
      /Order: Bu Yati: sandal \(07\/06\) → Bu Endang: sandal \(07\/06\)/,
    );
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ order_id: endangOrder, delivered_pieces: 40 }]);
    expect(live(await rows('handins'))).toHaveLength(1);
  });

  it('"yg direject 15 psg" after a hand-in adds 15 rejects to it', async () => {
    const { say, rows } = await diary();
    await say('ambil 5 kodi sandal dr bu yati 20rb sekodi', '1');
    await say('setor sandal 3 kodi ke bu yati', '1');
    expect(await say('yg direject 15 psg')).toMatch(/Ditolak: 0, diterima 60 = Rp60\.000 → 15, diterima 45/);
    await say('1');
    expect(live(await rows('handins'))).toMatchObject([{ delivered_pieces: 60, rejected_pieces: 15 }]);
    expect(live(await rows('handins'))).toHaveLength(1);
  });
});

describe('"how do I record" answered with examples', () => {
  const examples = (reply: string) => {
    const lines = reply.split('\n');
    return lines.slice(
      1,
      lines.findIndex((l, i) => i > 0 && /^(Boleh|Several)/.test(l)),
    );
  };

  it.each([
    ['en' as const, 'how do i record work i got?', /^Please check/, 'yes'],
    ['id' as const, 'gimana cara nyatet setoran?', /^Cek dulu/, '1'],
  ])(
    '(%s) "%s": examples, nothing left open; each example as written gives an entry to check',
    async (lang, question, check, yes) => {
      const { say, rows, open } = await diary({ lang });
      const reply = await say(question);
      const lines = examples(reply);
      expect(lines.length).toBeGreaterThanOrEqual(4);
      expect(await open()).toBe(0);
      // In the order shown: the hand-in example hands in to the order of the example before it.
      for (const line of lines) {
        expect(await say(line), line).toMatch(check);
        await say(yes);
      }
      for (const table of ['orders', 'handins', 'payments', 'work_hours', 'costs'] as const)
        expect(await rows(table), table).toHaveLength(1);
    },
  );
});

describe('in English', () => {
  it('"wait no, cancel that. she only promised it" at a kasbon\'s check screen cancels it', async () => {
    const { say, rows, open } = await diary({ lang: 'en' });
    expect(await say('bu umi gave me a kasbon of 100k')).toMatch(/Please check the advance/);
    expect(await say('wait no, cancel that. she only promised it')).toMatch(/not saved/);
    expect(await open()).toBe(0);
    expect(await rows('payments')).toEqual([]);
  });

  it('"sorry the cut was 30k not 25k", then "yes": one pay of 300000 with a cut of 30000, nothing asked', async () => {
    const { say, rows } = await diary({ lang: 'en' });
    expect(await say('pak haji slamet paid me 300k today but cut 25k for broken brooms')).toMatch(
      /Amount: Rp300\.000[\s\S]*Deducted: Rp25\.000/,
    );
    const fixed = await say('sorry the cut was 30k not 25k');
    expect(fixed).toMatch(/Amount: Rp300\.000[\s\S]*Deducted: Rp30\.000/);
    expect(fixed).not.toMatch(/What was the deduction/);
    const saved = await say('yes');
    expect(saved).toMatch(/^Saved/);
    expect(saved).not.toMatch(/What was the deduction/);
    expect(await rows('payments')).toMatchObject([{ kind: 'pay', amount: 300000, deduction: 30000, paid_on: TODAY }]);
    expect(await rows('payments')).toHaveLength(1);
  });
});
