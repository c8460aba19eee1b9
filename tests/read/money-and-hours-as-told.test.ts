// What the reader makes of money and hours as women tell them: an advance asked and refused, money held for a
// neighbour, a promise and the smaller sum sent, a feast gone by, a bonus in Javanese numbers, the employer's debt
// settled, the middleman's share as a cut, a pay told in the parts it came in, an advance being repaid, a pay in
// instalments, work got and pay got in English, the parts of one day's hours, past midnight, a rest taken off, who
// helped (nobody, a child by school year, a grown son, two by age, the same as yesterday), a sum for one piece, and a
// held yes. Read with a fixed clock (Saturday 28 November 2026, WIB).
import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../src/parse/choice.ts';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2026-11-28T10:00:00+07:00');
const TODAY = '2026-11-28';
const YESTERDAY = '2026-11-27';
const read = (text: string) => readMessage(text, NOW).entries;

describe('money as she tells it', () => {
  it('"minta kasbon ke pak hadi 200rb gak dikasih": an advance asked and refused is nothing', () => {
    expect(read('minta kasbon ke pak hadi 200rb gak dikasih')).toEqual([]);
    expect(read('tadi minta kasbon ke pak hadi 200rb gak dikasih, katanya nunggu setor dulu')).toEqual([]);
  });

  it('money to pass on to a neighbour is no pay', () => {
    const r = readMessage('bu endang nitip uang 85rb buat bu siti tetangga saya', NOW);
    expect(r.entries).toEqual([]);
    expect(r.remark).toBe(true);
  });

  it('"Pak Hadi promised 200k on Friday but only sent 100k today by transfer" is one pay of 100000 today', () => {
    expect(read('Pak Hadi promised 200k on Friday but only sent 100k today by transfer')).toMatchObject([
      { kind: 'payment', employer: 'pak hadi', amount: { amount: 100000 }, day: TODAY },
    ]);
  });

  // (A sum sent is pay; goods sent, "sent 3 kodi to bu yati", stay a hand-in.)
  it('"promised 200k on Friday but only sent 100k today" is one pay of 100000 today', () => {
    expect(read('sent 3 kodi to bu yati')).toMatchObject([{ kind: 'handin', delivered: { pieces: 60 } }]);
    expect(read('Pak Hadi promised 200k on Friday but only sent 100k today')).toMatchObject([
      { kind: 'payment', employer: 'pak hadi', amount: { amount: 100000 }, day: TODAY },
    ]);
  });

  it('"sisa THR lebaran kemarin ... baru dikasih 150rb": the feast was yesterday, the pay is not', () => {
    const es = read('sisa THR lebaran kemarin dari juragan darmo baru dikasih 150rb');
    expect(es).toMatchObject([{ kind: 'payment', employer: 'juragan darmo', amount: { amount: 150000 } }]);
    expect(es[0]!.day).not.toBe(YESTERDAY);
  });

  it('"juragan darmo ngei bonus selawe ewu" is a pay of 25000', () => {
    expect(read('juragan darmo ngei bonus selawe ewu mergo setorane apik')).toMatchObject([
      { kind: 'payment', employer: 'juragan darmo', amount: { amount: 25000 } },
    ]);
  });

  it('"utange pak hadi sing sasi wingi 150 ewu wis dilunasi dino iki" is a pay of 150000 today', () => {
    const es = read('utange pak hadi sing sasi wingi 150 ewu wis dilunasi dino iki');
    expect(es).toMatchObject([{ kind: 'payment', employer: 'pak hadi', amount: { amount: 150000 }, day: TODAY }]);
    expect(es.some((e) => e.kind === 'kasbon')).toBe(false);
  });

  it('"dipotong bagiane mas anto 60 ewu, tak tampa 540" is a pay of 540000 with an other cut of 60000', () => {
    const es = read('bayaran sarung tangan soko pak hadi 600 ewu, dipotong bagiane mas anto 60 ewu, tak tampa 540');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'payment',
      employer: 'pak hadi',
      amount: { amount: 540000 },
      deduction: { amount: 60000, kind: 'other' },
    });
  });

  it('"opah 400rb, 250 cash, 150 ditransfer nang rekening" is one pay of 400000, no employer "rekening"', () => {
    const es = read('opah soko pak haji slamet 400rb, 250 cash, 150 ditransfer nang rekening');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', employer: 'pak haji slamet', amount: { amount: 400000 } });
    expect(es.some((e) => /rekening/.test(e.employer ?? ''))).toBe(false);
  });

  it('an advance being repaid, told as the reason of the cut, is one pay with a kasbon cut and no new advance', () => {
    const es = read(
      'kasbon saya ke bu endang bulan lalu 300rb, dicicil 3x. hari ini dipotong 100rb yg pertama dari bayaran 260rb',
    );
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'payment',
      employer: 'bu endang',
      amount: { amount: 260000 },
      deduction: { amount: 100000, kind: 'kasbon' },
      day: TODAY,
    });
    expect(es.some((e) => e.kind === 'kasbon')).toBe(false);
  });

  it('"bu umi bayarnya nyicil senin 100rb, hari ini sisanya 60rb" is two pays on their days', () => {
    expect(read('bu umi bayarnya nyicil senin 100rb, hari ini sisanya 60rb')).toMatchObject([
      { kind: 'payment', employer: 'bu umi', amount: { amount: 100000 }, day: '2026-11-23' },
      { kind: 'payment', employer: 'bu umi', amount: { amount: 60000 }, day: TODAY },
    ]);
    expect(read('bu umi bayarnya nyicil senin 100rb, hari ini sisanya 60rb')).toHaveLength(2);
  });

  it('"got 40 woven bags to make for bu yati today, 6k each" is an order', () => {
    expect(read('got 40 woven bags to make for bu yati today, 6k each')).toMatchObject([
      {
        kind: 'order',
        employer: 'bu yati',
        qty: { count: 40, pieces: 40 },
        rate: { amount: 6000, per: 'pcs' },
        day: TODAY,
      },
    ]);
  });

  it('"got 150k from bu yati" and "got 200 from bu umi" are pays', () => {
    expect(read('got 150k from bu yati')).toMatchObject([
      { kind: 'payment', employer: 'bu yati', amount: { amount: 150000 } },
    ]);
    expect(read('got 200 from bu umi')).toMatchObject([
      { kind: 'payment', employer: 'bu umi', amount: { amount: 200 } },
    ]);
  });
});

describe('hours as she tells them', () => {
  it('"wingi nggawe kemoceng, jam 3 nganti jam 9" is dated yesterday', () => {
    expect(read('wingi nggawe kemoceng, jam 3 nganti jam 9')).toMatchObject([
      { kind: 'hours', minutes: 360, day: YESTERDAY },
    ]);
    expect(read('wingi sore nganti bengi nggawe kemoceng, jam 3 nganti jam 9')).toMatchObject([
      { kind: 'hours', minutes: 360, day: YESTERDAY },
    ]);
  });

  it('"pagi 3 jam, malam 2 jam" is one entry of 300 minutes', () => {
    expect(read('pagi 3 jam, malam 2 jam')).toMatchObject([{ kind: 'hours', minutes: 300 }]);
    expect(read('hari ini pagi 3 jam, malam 2 jam')).toEqual([
      expect.objectContaining({ kind: 'hours', minutes: 300, day: TODAY }),
    ]);
  });

  it('"kerja 3 jam masker, 4 jam bungkus kerupuk" stays two entries', () => {
    expect(read('kerja 3 jam masker, 4 jam bungkus kerupuk')).toMatchObject([
      { kind: 'hours', minutes: 180, product: 'masker' },
      { kind: 'hours', minutes: 240 },
    ]);
  });

  it('"jam 9 malem sampe jam 1" runs past midnight: 240 minutes', () => {
    expect(read('semalem lembur bordir jam 9 malem sampe jam 1, ngejar setoran bu endang')).toMatchObject([
      { kind: 'hours', minutes: 240, day: YESTERDAY },
    ]);
    expect(read('baru selesai nih. dari jam 9 malem sampe jam 1 barusan, dibantu suami')).toMatchObject([
      { kind: 'hours', minutes: 240, helpers: 1, child: false },
    ]);
  });

  it('"kerja 8 jam tp dipotong istirahat ... 1,5 jam" is 390 minutes', () => {
    expect(read('kerja 8 jam tp dipotong istirahat sm masak2 kira2 1,5 jam')).toMatchObject([
      { kind: 'hours', minutes: 390 },
    ]);
    expect(
      read('kerja 8 jam tp dipotong istirahat sm masak2 kira2 1,5 jam. dibantu anak2 yg smp sm yg sd'),
    ).toMatchObject([{ kind: 'hours', minutes: 390, helpers: 2, child: true }]);
  });

  it('"kerja 8 jam, istirahat sejam" stays 480 minutes (the rest is not said to be taken off)', () => {
    expect(read('kerja 8 jam, istirahat sejam')).toMatchObject([{ kind: 'hours', minutes: 480 }]);
  });

  it('"raining all day ... 7 hours today" is one entry of 420 minutes', () => {
    const es = read('raining all day so i stayed home sewing, 7 hours today');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 420, day: TODAY });
    expect(
      read('raining all day so i stayed home sewing, 7 hours today. my daughter helped a bit, she is 12'),
    ).toMatchObject([{ kind: 'hours', minutes: 420, helpers: 1, child: true }]);
  });
});

describe('who helped', () => {
  it('"ora ono sing mbantu" and "nobody helped" are no helpers', () => {
    expect(read('dino iki kerjo 6 jam, ora ono sing mbantu')).toMatchObject([
      { kind: 'hours', minutes: 360, helpers: 0 },
    ]);
    expect(read('sewed 6 hours today, nobody helped')).toMatchObject([{ kind: 'hours', minutes: 360, helpers: 0 }]);
  });

  it('"dibantu adiku sing kelas 3" is one child helper', () => {
    expect(read('sabtu wingi aku nggarap 7 jam, dibantu adiku sing kelas 3')).toMatchObject([
      { kind: 'hours', minutes: 420, helpers: 1, child: true },
    ]);
  });

  it('"anakku lanang sing wes kerjo" is a helper but no child', () => {
    const [e] = read(
      'mau bengi lembur jam 9 sampe jam 1 ngejar garapane pak haji slamet. dibantu anakku lanang sing wes kerjo, mulih kerjo langsung mbantu',
    );
    expect(e).toMatchObject({ kind: 'hours', minutes: 240, helpers: 1, child: false });
  });

  it('"anakku umur 14 karo sing umur 16" is two helpers, a child among them', () => {
    expect(read('hari ini kerja 5 jam, dibantu anakku umur 14 karo sing umur 16')).toMatchObject([
      { kind: 'hours', minutes: 300, helpers: 2, child: true },
    ]);
  });

  it('"dino iki yo podo karo wingi, karo bojoku maneh" is the same hours as yesterday with one grown helper', () => {
    expect(read('dino iki yo podo karo wingi, karo bojoku maneh')).toEqual([
      expect.objectContaining({ kind: 'hours', same: true, day: TODAY, helpers: 1, child: false }),
    ]);
  });
});

describe('a sum for one', () => {
  it('"upahipun 15 ewu setunggal" on an order is a rate per piece', () => {
    expect(
      read('sonten menika pikantuk garapan saking pak haji slamet, tas rajut 2 lusin, upahipun 15 ewu setunggal'),
    ).toMatchObject([
      { kind: 'order', qty: { count: 2, unit: 'lusin', pieces: 24 }, rate: { amount: 15000, per: 'pcs', count: 1 } },
    ]);
  });

  it('"upahipun 3.000 setunggal iket" is a rate per ikat', () => {
    expect(read('pikantuk garapan saking bu umi, sapu 10 iket, upahipun 3.000 setunggal iket')).toMatchObject([
      { kind: 'order', qty: { count: 10, unit: 'ikat' }, rate: { amount: 3000, per: 'ikat', count: 1 } },
    ]);
  });

  it('"beli lem 2 kaleng 15rb satu" is a cost, not a rate', () => {
    const es = read('beli lem 2 kaleng 15rb satu');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'cost', category: 'bahan' });
    expect(es[0]!.text).not.toMatch(/per biji/);
  });
});

describe('a held yes', () => {
  it.each(['yaa', 'okee', 'sipp', 'iyoo', 'nggih'])('"%s" is yes', (word) => {
    expect(parseYesNo(word)).toBe('yes');
  });
});
