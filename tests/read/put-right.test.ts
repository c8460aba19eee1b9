// What she puts right in the same message (a count, what a rate is for, a sum, a name, a day, a period, "1o" typed
// for 10), what only looks like it and must be left alone, and the other reading rules added beside them: fines and
// net pay beside a pay, an advance asked for and less given, a child's school year, "N jam-an", a rate's shape
// words, materials she bought, the day the rest is promised or the pay was due, "sama" opening a sentence, where
// the employer lives, a pay named without its sum beside a hand-in, and "7rb satu".
// Read with a fixed clock: Wednesday 2 December 2026, 10:00 WIB.
import { describe, expect, it } from 'vitest';
import { quickRekap } from '../../src/flows/diary/rekap.ts';
import { parseMoney } from '../../src/parse/money.ts';
import { parseRate } from '../../src/parse/units.ts';
import { putRight } from '../../src/read/put-right.ts';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2026-12-02T10:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;
const dayOf = (e: object | undefined) => (e as { day?: string } | undefined)?.day;

describe('putRight: what she took back, replaced by what she meant', () => {
  it('a count put right: "3 kodi, eh 4 kodi ding" is 4 kodi', () => {
    expect(putRight('wingi nyetor keset nang bu umi 3 kodi, eh 4 kodi ding')).toBe(
      'wingi nyetor keset nang bu umi 4 kodi',
    );
  });

  it('what a rate is for put right: "15 ewu sebiji eh sekodi ding" is 15 ewu a kodi', () => {
    expect(putRight('opahe 15 ewu sebiji eh sekodi ding')).toBe('opahe 15 ewu sekodi');
  });

  it('a sum put right: "5000 per kodi. no wait, 5500" is 5500 a kodi', () => {
    expect(putRight('5000 per kodi. no wait, 5500')).toBe('5500 per kodi');
  });

  it('a name put right after the clause: "dr bu sumi 5 kodi, eh bu sri maksudnya"', () => {
    expect(putRight('dr bu sumi 5 kodi, eh bu sri maksudnya')).toBe('dr bu sri 5 kodi');
  });

  it('a name put right with "bukan" and "maksudnya": "ke pak hadi, bukan, ke bu yati maksudnya"', () => {
    expect(putRight('ke pak hadi, bukan, ke bu yati maksudnya')).toBe('ke bu yati');
  });

  it('a day put right: "rebo nyetor ..., eh dudu rebo, kemis"', () => {
    expect(putRight('rebo nyetor keset 2 kodi nang bu umi, eh dudu rebo, kemis')).toBe(
      'kemis nyetor keset 2 kodi nang bu umi',
    );
  });

  it('a period put right: "rekap minggu ini eh bulan ini aja"', () => {
    expect(putRight('rekap minggu ini eh bulan ini aja')).toBe('rekap bulan ini aja');
  });

  it('a message with no sign of a slip comes back as it is', () => {
    const text = 'setor keset 3 kodi ke bu umi';
    expect(putRight(text)).toBe(text);
  });

  describe('left alone', () => {
    it('"setor 3 kodi, eh 2 kodi rusak": the second figure is a new fact (rejects), not a correction', () => {
      expect(putRight('setor 3 kodi, eh 2 kodi rusak')).toBe('setor 3 kodi, eh 2 kodi rusak');
    });

    it('"dibayar bu yati 100rb, bukan bu umi": "bukan" with no sign of a slip says the first is right', () => {
      expect(putRight('dibayar bu yati 100rb, bukan bu umi')).toBe('dibayar bu yati 100rb, bukan bu umi');
    });

    it('"bu yati bayar 100rb, eh bu umi juga bayar 50rb": a second pay, not a name put right', () => {
      expect(putRight('bu yati bayar 100rb, eh bu umi juga bayar 50rb')).toBe(
        'bu yati bayar 100rb, eh bu umi juga bayar 50rb',
      );
    });

    it('"setor 3 kodi bukan 4": only "bukan", so the first count stands', () => {
      expect(putRight('setor 3 kodi bukan 4')).toBe('setor 3 kodi bukan 4');
    });
  });
});

describe('readMessage: what she put right in one message', () => {
  it('"wingi nyetor keset nang bu umi 3 kodi, eh 4 kodi ding" is one hand-in of 80 pieces, yesterday', () => {
    const es = read('wingi nyetor keset nang bu umi 3 kodi, eh 4 kodi ding');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'handin',
      employer: 'bu umi',
      product: 'keset',
      delivered: { count: 4, unit: 'kodi', pieces: 80 },
      day: '2026-12-01',
    });
  });

  it('"opahe 15 ewu sebiji eh sekodi ding" after an order: a rate per kodi, the order\'s count unchanged', () => {
    const es = read('ambil keset 10 kodi dari bu umi, opahe 15 ewu sebiji eh sekodi ding');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'order',
      employer: 'bu umi',
      qty: { count: 10, unit: 'kodi', pieces: 200 },
      rate: { amount: 15000, per: 'kodi' },
    });
  });

  it('"5000 per kodi. no wait, 5500" in an order is a rate of 5500 a kodi', () => {
    const es = read('ambil sandal 5 kodi dari bu yati 5000 per kodi. no wait, 5500');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'order',
      employer: 'bu yati',
      qty: { count: 5, unit: 'kodi' },
      rate: { amount: 5500, per: 'kodi' },
    });
  });

  it('"dr bu sumi 5 kodi, eh bu sri maksudnya" is an order from Bu Sri', () => {
    const es = read('ambil keset dr bu sumi 5 kodi, eh bu sri maksudnya');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', employer: 'bu sri', qty: { count: 5, unit: 'kodi' } });
  });

  it('"ke pak hadi, bukan, ke bu yati maksudnya" is a hand-in to Bu Yati', () => {
    const es = read('setor sandal 3 kodi ke pak hadi, bukan, ke bu yati maksudnya');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'handin', employer: 'bu yati', delivered: { pieces: 60 } });
  });

  it('"rebo nyetor ..., eh dudu rebo, kemis" is a hand-in on Thursday 26 November', () => {
    const es = read('rebo nyetor keset 2 kodi nang bu umi, eh dudu rebo, kemis');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'handin', employer: 'bu umi', day: '2026-11-26' });
    // (Without the correction, "rebo" is today.)
    expect(read('rebo nyetor keset 2 kodi nang bu umi')[0]).toMatchObject({ day: '2026-12-02' });
  });

  it('"rekap minggu ini eh bulan ini aja" is a REKAP of this month', () => {
    expect(readMessage('rekap minggu ini eh bulan ini aja', NOW).command).toBe('rekap');
    expect(quickRekap('rekap minggu ini eh bulan ini aja')).toEqual({ period: 'thisMonth' });
    expect(quickRekap('rekap minggu ini')).toEqual({ period: 'thisWeek' });
  });

  it('"1o lusin" is 10 lusin', () => {
    const es = read('setor keset 1o lusin ke bu umi');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'handin', delivered: { count: 10, unit: 'lusin', pieces: 120 } });
  });
});

describe('readMessage: what only looks put right is read as said', () => {
  it('"setor 3 kodi, eh 2 kodi rusak" is 3 kodi handed in and 2 kodi of them rejected', () => {
    const es = read('setor keset 3 kodi ke bu umi, eh 2 kodi rusak');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'handin', delivered: { count: 3, unit: 'kodi', pieces: 60 }, rejected: 40 });
  });

  it('"dibayar bu yati 100rb, bukan bu umi" is a pay from Bu Yati', () => {
    const es = read('dibayar bu yati 100rb, bukan bu umi');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', employer: 'bu yati', amount: { amount: 100000 } });
  });

  it('"bu yati bayar 100rb, eh bu umi juga bayar 50rb" is two pays', () => {
    const es = read('bu yati bayar 100rb, eh bu umi juga bayar 50rb');
    expect(es.map((e) => e.kind)).toEqual(['payment', 'payment']);
    expect(es[0]).toMatchObject({ employer: 'bu yati', amount: { amount: 100000 } });
    expect(es[1]).toMatchObject({ employer: 'bu umi', amount: { amount: 50000 } });
  });
});

describe('readMessage: the other reading rules', () => {
  it('"didenda 5 ewu" beside a pay is a cut of that pay', () => {
    const es = read('dibayar bu umi 200rb, didenda 5 ewu mergo jahitane rusak');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'payment',
      employer: 'bu umi',
      amount: { amount: 200000 },
      deduction: { amount: 5000 },
    });
  });

  it('a kasbon cut and a fine for rejects, then the net after a full stop, is one pay', () => {
    const es = read('dibayar bu umi 300rb, dipotong kasbon 50rb sama denda reject 2 biji 20rb. terima bersih 230rb');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'payment',
      employer: 'bu umi',
      amount: { amount: 230000 },
      deduction: { amount: 50000, kind: 'kasbon' },
      otherCut: 20000,
    });
  });

  it('an advance asked of Bu Endang and less given is one advance of what was given', () => {
    const es = read('njaluk kasbon nang bu endang 200 ewu kanggo sekolah anak, diwenehi 150 ewu tok');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'kasbon', employer: 'bu endang', amount: { amount: 150000 } });
  });

  it('"kelas 5 SD" is a school year, no hours', () => {
    expect(read('anakku kelas 5 SD')).toEqual([]);
    const es = read('anakku kelas 5 SD, aku nggarap keset 3 jam-an');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 180 });
  });

  it('"3 jam-an" is about three hours: 180 minutes', () => {
    const es = read('nggarap keset 3 jam-an');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 180, product: 'keset' });
  });

  it('"sampe dzuhur, ya 6 jam an lah" is one hours entry of 360 minutes', () => {
    const es = read('mulai subuh sampe dzuhur, ya 6 jam an lah');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 360 });
  });

  it('"segi empat" is the shape of the goods, no number', () => {
    const es = read('ambil kerudung segi empat 2 kodi dari bu umi');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', qty: { count: 2, unit: 'kodi', pieces: 40 } });
    const bare = read('ambil kerudung segi empat dari bu umi');
    expect(bare).toHaveLength(1);
    expect(bare[0]).toMatchObject({ kind: 'order', employer: 'bu umi' });
    expect(bare[0]).not.toHaveProperty('qty');
  });

  it('"benang tumbas piyambak 18 ewu" after an order is a cost of 18000', () => {
    const es = read('ambil keset 5 kodi dari bu umi, benang tumbas piyambak 18 ewu');
    expect(es.map((e) => e.kind)).toEqual(['order', 'cost']);
    expect(es[0]).toMatchObject({ qty: { count: 5, unit: 'kodi' } });
    expect(es[0]).not.toHaveProperty('rate');
    expect(es[1]).toMatchObject({ amount: { amount: 18000 }, category: 'bahan' });
  });

  it('"sisane jare senin" does not date the pay', () => {
    const es = read('dibayar bu umi 100rb, sisane jare senin');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', amount: { amount: 100000 } });
    expect(dayOf(es[0])).toBeUndefined();
  });

  it('"harusnya tgl 10 kemarin. telat" does not date the pay', () => {
    const es = read('baru transfer 300rb, harusnya tgl 10 kemarin. telat');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', amount: { amount: 300000 } });
    expect(dayOf(es[0])).toBeUndefined();
  });

  it('". sama benang 15rb" after a cost is a cost of its own', () => {
    const es = read('beli token 50rb. sama benang 15rb');
    expect(es.map((e) => e.kind)).toEqual(['cost', 'cost']);
    expect(es[0]).toMatchObject({ amount: { amount: 50000 } });
    expect(es[1]).toMatchObject({ amount: { amount: 15000 }, category: 'bahan' });
  });

  it('"saking bu umi, sing omahe gurah niku" names Bu Umi and no goods', () => {
    const es = read('ambil keset 5 kodi saking bu umi, sing omahe gurah niku');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', employer: 'bu umi', product: 'keset' });
    expect(JSON.stringify(es)).not.toMatch(/gurah/);
  });

  it('"kemarin dibayar bu endang, sekalian setor kerudung 3 lusin" is a pay without a sum and a hand-in', () => {
    const es = read('kemarin dibayar bu endang, sekalian setor kerudung 3 lusin');
    expect(es.map((e) => e.kind)).toEqual(['payment', 'handin']);
    expect(es[0]).toMatchObject({ employer: 'bu endang', day: '2026-12-01' });
    expect(es[0]).not.toHaveProperty('amount');
    expect(es[1]).toMatchObject({ delivered: { count: 3, unit: 'lusin', pieces: 36 }, day: '2026-12-01' });
  });
});

describe('"7rb satu": the price of one', () => {
  it('parseMoney("7rb satu") is 7000; "tujuh ribu satu" stays 7001', () => {
    expect(parseMoney('7rb satu')).toMatchObject({ rupiah: 7000 });
    expect(parseMoney('tujuh ribu satu')).toMatchObject({ rupiah: 7001 });
  });

  it('parseRate("7rb satu") is 7000 a piece', () => {
    expect(parseRate('7rb satu')).toMatchObject({ rupiah: 7000, per: 'pcs', count: 1, perPiece: 7000 });
  });
});

describe('a figure put right with a few words between', () => {
  it('"3 kodi teko bu yati, eh 4 kodi ding" is one order of 4 kodi from Bu Yati, its rate kept', () => {
    const es = readMessage(
      'wingi njupuk sandal 3 kodi teko bu yati, eh 4 kodi ding, opahe 5 ewu sekodi',
      new Date('2026-12-02T10:00:00+07:00'),
    ).entries;
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'order',
      employer: 'bu yati',
      qty: { count: 4, unit: 'kodi', pieces: 80 },
      rate: { amount: 5000, per: 'kodi' },
    });
  });

  it('"3 kodi dr bu yati, eh 2 kodi lagi dr bu umi" stays two orders', () => {
    const es = readMessage(
      'ambil 3 kodi dr bu yati, eh 2 kodi lagi dr bu umi',
      new Date('2026-12-02T10:00:00+07:00'),
    ).entries;
    expect(es).toHaveLength(2);
  });
});

describe('a figure named again by its own word', () => {
  it('"dipotong 15rb" then a line "eh potongane 10rb": one pay with a cut of 10,000', () => {
    const es = read('pak hadi mbayar 200rb dipotong 15rb\neh potongane 10rb');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', amount: { amount: 200000 }, deduction: { amount: 10000 } });
  });

  it('"upah 3rb sebiji, salah, upahnya 3500": the rate in rupiah, with no "rb" carried over', () => {
    expect(putRight('upah 3rb sebiji, salah, upahnya 3500')).toBe('upah 3500 sebiji');
  });

  it('"dibayar 90rb eh bayarannya 95rb" is 95,000', () => {
    expect(putRight('dibayar 90rb eh bayarannya 95rb')).toBe('dibayar 95rb');
  });

  it('another word after "eh" is another fact: "bayar 100rb, eh kasbon 50rb" stays as it is', () => {
    expect(putRight('bayar 100rb, eh kasbon 50rb')).toBe('bayar 100rb, eh kasbon 50rb');
    expect(read('bu umi bayar 100rb, eh kasbon 50rb juga').map((e) => e.kind)).toEqual(['payment', 'kasbon']);
  });
});

describe('figures in words and units, put right', () => {
  it('"rong puluh kodi eh limalas" hands in 15 kodi', () => {
    const es = read('wingi nyetor keset nang bu umi rong puluh kodi eh limalas');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'handin', delivered: { count: 15, unit: 'kodi', pieces: 300 } });
  });

  it('"opahe telung ewu, eh dudu, telung ewu limang atus" is Rp3,500', () => {
    expect(putRight('opahe telung ewu, eh dudu, telung ewu limang atus')).toBe('opahe 3500');
  });

  it('"ambil peci 2 gros eh lusin maksudnya" is 2 dozen, not 2 gross', () => {
    const es = read('ambil peci 2 gros eh lusin maksudnya dr bu endang 1500 sebiji');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', qty: { count: 2, unit: 'lusin', pieces: 24 } });
  });

  it('words of number with no take-back stay as they are: "siji loro telu" is no correction', () => {
    expect(putRight('siji loro telu')).toBe('siji loro telu');
    expect(putRight('3 kodi lusin')).toBe('3 kodi lusin');
  });
});

describe('a figure put right in words, or before whom it was from', () => {
  it('"seket biji, eh dudu seket, sewidak": one hand-in of 60', () => {
    const es = read('nyetor sapu nang bu yati seket biji, eh dudu seket, sewidak');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'handin', delivered: { count: 60 } });
  });

  it('"dibayar sewidak ewu eh dudu sewidak, pitung puluh": Rp70,000, the thousands carried', () => {
    const es = read('dibayar bu umi sewidak ewu eh dudu sewidak, pitung puluh');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', amount: { amount: 70000 } });
  });

  it('"40 biji eh 35 dari bu sri": the new count, then whom from', () => {
    const es = read('ambil gelang 40 biji eh 35 dari bu sri');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', employer: 'bu sri', qty: { count: 35 } });
  });
});

describe('what a rate is per, said with both figures', () => {
  it('"upahe 4rb selusin eh 4500 selusin" is Rp4,500 a dozen, "selusin" once', () => {
    expect(putRight('upahe 4rb selusin eh 4500 selusin')).toBe('upahe 4500 selusin');
    expect(read('ambil kaos kaki 5 lusin dr bu sri, upahe 4rb selusin eh 4500 selusin')).toMatchObject([
      { kind: 'order', qty: { pieces: 60 }, rate: { amount: 4500, per: 'lusin' } },
    ]);
  });
});

describe('putRight: "not" standing alone between commas', () => {
  it('"6 lusin bukan, 8 lusin" is 8 lusin', () => {
    expect(putRight('ambil kancing 6 lusin bukan, 8 lusin dr bu sari')).toBe('ambil kancing 8 lusin dr bu sari');
  });

  it('"12 kodi dudu, 14 kodi" in an order with its rate reads one order of 14 kodi', () => {
    const es = read('wingi dikirimi keset teko bu sari, 12 kodi dudu, 14 kodi. opahe 7 ewu sekodi');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', qty: { count: 14, unit: 'kodi' }, rate: { amount: 7000 } });
  });

  it('"3 kodi bukan 4" (no comma) still says the first is right', () => {
    expect(putRight('setor 3 kodi bukan 4')).toBe('setor 3 kodi bukan 4');
  });
});

describe('krama verbs of sending goods', () => {
  it('"Bu Sari ngintunaken kancing 8 kodi" is work received from Bu Sari', () => {
    expect(read('Bu Sari ngintunaken kancing 8 kodi, opahipun 4 ewu sekodi')).toMatchObject([
      { kind: 'order', employer: 'bu sari', product: 'kancing', qty: { count: 8 } },
    ]);
  });

  it('"kula ngintunaken kancing 5 kodi dhateng bu sari" is a hand-in to her', () => {
    expect(read('kula ngintunaken kancing 5 kodi dhateng bu sari')).toMatchObject([
      { kind: 'handin', employer: 'bu sari', product: 'kancing' },
    ]);
  });
});
