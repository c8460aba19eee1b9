// Several facts in one message, more kinds of telling: goods taken named by the work done on them, goods of the
// work she did given to work taken without its goods, "stel" as a count, "di rumah" as no goods, an advance
// taken on a weekday kept beside a cut repaying an older one. Read with a fixed clock (WIB): Saturday 23 October 2027.
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const SAT_23_OCT = new Date('2027-10-23T20:00:00+07:00');
const read = (text: string, now = SAT_23_OCT) => readMessage(text, now).entries;

describe('the goods of work taken', () => {
  it('"ambil bordir kerudung", "njupuk bordir taplak": the work done stays in the goods taken', () => {
    expect(read('senin ambil bordir kerudung 3 kodi dr pak hadi, opahnya 60rb sekodi')).toMatchObject([
      { kind: 'order', product: 'bordir kerudung', qty: { pieces: 60 }, employer: 'pak hadi' },
    ]);
    expect(read('terus aku njupuk bordir taplak 20 opahe 12 ewu siji')).toMatchObject([
      { kind: 'order', product: 'bordir taplak', qty: { pieces: 20 } },
    ]);
    // (After "garapan", the work is the kind of job: the goods alone.)
    expect(read('oleh garapan ngelem sandal 5 kodi teko mas yanto, 10rb per 3 pasang')).toMatchObject([
      { kind: 'order', product: 'sandal' },
    ]);
  });

  it('"ngobras kaos kaki. njupuk 20 lusin teko bu endang": the goods she works on are the goods taken', () => {
    const es = read(
      'hari ini full day ngobras kaos kaki. njupuk 20 lusin teko bu endang mau isuk, opahe 8 ewu selusin. working 10 jam, dibantu suami',
    );
    expect(es).toMatchObject([
      { kind: 'order', product: 'kaos kaki', qty: { pieces: 240 }, employer: 'bu endang' },
      { kind: 'hours', minutes: 600, product: 'kaos kaki' },
    ]);
  });

  it('"packing kerudung di rumah ... senin ambil 500 pcs": the home is no goods; the order is of kerudung', () => {
    const es = read(
      'senin selasa rabu tiap hari jam 8 - 4 sore packing kerudung di rumah, dibantu adik ipar (umur 22). senin ambil 500 pcs dr bu endang 300 perak/pcs',
    );
    expect(es.filter((e) => e.kind === 'hours')).toHaveLength(3);
    for (const e of es) expect(e).toMatchObject({ product: 'kerudung' });
    expect(es.at(-1)).toMatchObject({ kind: 'order', qty: { pieces: 500 }, rate: { amount: 300, per: 'pcs' } });
  });

  it('goods handed in are not given to work taken without its goods (her orders tell those)', () => {
    const es = read('setor 3 kodi masker ke bu endang, retur 2, trus ambil lagi 5 kodi');
    expect(es[1]).toMatchObject({ kind: 'order', qty: { pieces: 100 } });
    expect(es[1]).not.toHaveProperty('product');
  });

  it('"40 stel", "10rb per stel": a set is counted as pieces, not named as goods', () => {
    const es = read(
      'sabtu kemarin setor seragam sekolah 40 stel ke bu umi. hr ini ambil lagi 50 stel, upah tetep 10rb per stel',
    );
    expect(es).toMatchObject([
      { kind: 'handin', product: 'seragam sekolah', delivered: { pieces: 40 } },
      { kind: 'order', qty: { pieces: 50 }, rate: { amount: 10000, per: 'pcs' } },
    ]);
    expect(es[1]).not.toHaveProperty('product');
  });
});

describe('an advance and a cut repaying one', () => {
  it('"rabu kemarin kasbon 150rb ... dipotong kasbon 50rb": the advance of Wednesday is kept', () => {
    const es = read(
      'rabu kemarin kasbon ke bu yati 150rb. kamis ambil daster 3 kodi 40rb sekodi. hr ini setor 2 kodi trs dibayar 80rb tp dipotong kasbon 50rb',
    );
    expect(es).toMatchObject([
      { kind: 'kasbon', amount: { amount: 150000 }, day: '2027-10-20', employer: 'bu yati' },
      { kind: 'order', product: 'daster', day: '2027-10-21' },
      { kind: 'handin', delivered: { pieces: 40 } },
      { kind: 'payment', amount: { amount: 80000 }, deduction: { amount: 50000, kind: 'kasbon' } },
    ]);
  });

  it('"kasbon kemarin 100rb ... dipotong kasbon 50rb": the advance told as the reason of the cut is not taken again', () => {
    const es = read('kasbon kemarin ke bu umi 100rb. hari ini dibayar 200rb tp dipotong kasbon 50rb');
    expect(es.some((e) => e.kind === 'kasbon')).toBe(false);
    expect(es).toMatchObject([{ kind: 'payment', deduction: { amount: 50000, kind: 'kasbon' } }]);
  });
});

describe('hours of several days', () => {
  it('"dr jam 1 siang sampe jam 11 malam berhenti maghrib sejam": the rest is out of the span', () => {
    expect(
      read('ngerjain dr jam 1 siang sampe jam 11 malam berhenti maghrib sejam, dibantu ponakan umur 17'),
    ).toMatchObject([{ kind: 'hours', minutes: 540, helpers: 1, child: false }]);
    const [e] = read('kerja jam 8 sampe jam 4 istirahat makan siang sejam');
    expect(e).toMatchObject({ kind: 'hours', minutes: 420 });
    expect(e).not.toHaveProperty('product');
  });

  it('"worked 7 hrs yesterday and 6 hrs today": each day said after its hours is that day', () => {
    expect(read('worked 7 hrs yesterday and 6 hrs today, alone')).toMatchObject([
      { kind: 'hours', minutes: 420, day: '2027-10-22', helpers: 0 },
      { kind: 'hours', minutes: 360, day: '2027-10-23', helpers: 0 },
    ]);
    expect(read('kerja 5 jam kemarin dan 3 jam hari ini')).toMatchObject([
      { minutes: 300, day: '2027-10-22' },
      { minutes: 180, day: '2027-10-23' },
    ]);
  });

  it('who helped, told on its own after the days, helped on each of them; "my son (16)" is grown', () => {
    expect(read('fri 8 hours today 5 hours, husband and my son (16) helped')).toMatchObject([
      { minutes: 480, day: '2027-10-22', helpers: 2, child: false },
      { minutes: 300, day: '2027-10-23', helpers: 2, child: false },
    ]);
    // (Said in the same breath as the last day's hours, the help is of that day.)
    const [a, b] = read('kemarin 5 jam, hari ini 8 jam dibantu suami');
    expect(a).not.toHaveProperty('helpers');
    expect(b).toMatchObject({ helpers: 1, child: false });
  });

  it('"senin 5 jam, selasa 8, rebo 8, kemis 6. dibantu adikku": bare numbers after weekdays are hours', () => {
    const es = read('jam kerjane senin 5 jam, selasa 8, rebo 8, kemis 6. dibantu adikku umur 19');
    expect(es.map((e) => [e.day, (e as { minutes?: number }).minutes])).toEqual([
      ['2027-10-18', 300],
      ['2027-10-19', 480],
      ['2027-10-20', 480],
      ['2027-10-21', 360],
    ]);
    for (const e of es) expect(e).toMatchObject({ helpers: 1, child: false });
  });

  it('krama: "senin kalih selasa ... saben dinten", "simbok kaliyan anak kula", "dinten minggu nyetor sedanten"', () => {
    expect(read('senin kalih selasa nyambut damel 7 jam saben dinten, piyambakan')).toMatchObject([
      { minutes: 420, day: '2027-10-18', helpers: 0 },
      { minutes: 420, day: '2027-10-19', helpers: 0 },
    ]);
    expect(read('dinten jumat nyambut damel 9 jam, dipun bantu simbok kaliyan anak kula umur 12')).toMatchObject([
      { minutes: 540, day: '2027-10-22', helpers: 2, child: true },
    ]);
    const es = read(
      'dinten setu kula mendet batil rokok 8 ewu batang saking juragan darmo. dinten minggu nyetor sedanten, dipun bayar 112 ewu',
      new Date('2027-10-04T20:00:00+07:00'),
    );
    expect(es).toMatchObject([
      { kind: 'order', day: '2027-10-02' },
      { kind: 'handin', day: '2027-10-03' },
      { kind: 'payment', amount: { amount: 112000 }, day: '2027-10-03' },
    ]);
  });
});

describe('the days of a message about a week', () => {
  it('"nyatet minggu wingi ya. senin 25 ...", told on Sunday the 31st: the weekdays are of the week of the 25th', () => {
    const es = read(
      'nyatet minggu wingi ya. senin 25 njupuk jahitan sepatu 5 kodi teko juragan darmo, opahe 3 ewu sepasang. selasa ngebon 50 ewu. kemis nyetor 3 kodi, setu nyetor 2 kodi sing dibalekno 4 pasang. setu dibayar 288 ewu. tuku benang nilon ping pindo, senin 15 ewu jumat 15 ewu',
      new Date('2027-10-31T20:00:00+07:00'),
    );
    expect(es.map((e) => [e.kind, e.day])).toEqual([
      ['order', '2027-10-25'],
      ['kasbon', '2027-10-26'],
      ['handin', '2027-10-28'],
      ['handin', '2027-10-30'],
      ['payment', '2027-10-30'],
      ['cost', '2027-10-25'],
      ['cost', '2027-10-29'],
    ]);
    // (Without a dated weekday, "minggu wingi" is the week before this one.)
    expect(read('nyatet minggu wingi ya. selasa ngebon 50 ewu', new Date('2027-10-31T20:00:00+07:00'))).toMatchObject([
      { kind: 'kasbon', day: '2027-10-19' },
    ]);
  });

  it('krama "enjing wau" is this morning, not the day of the clause before', () => {
    expect(
      read('selasa dipun bayar 194 ewu. enjing wau kula ngampil artha 100 ewu dhateng bu umi (kasbon).', SAT_23_OCT),
    ).toMatchObject([
      { kind: 'payment', day: '2027-10-19' },
      { kind: 'kasbon', amount: { amount: 100000 }, day: '2027-10-23' },
    ]);
  });
});

describe('goods counted before the entry word', () => {
  it('"sing kerudung 30 karo sing mukena 10 wis tak setor rebo": two hand-ins, both on Wednesday', () => {
    expect(read('sing kerudung 30 karo sing mukena 10 wis tak setor rebo, kabeh ditompo')).toMatchObject([
      { kind: 'handin', product: 'kerudung', delivered: { pieces: 30 }, day: '2027-10-20' },
      { kind: 'handin', product: 'mukena', delivered: { pieces: 10 }, day: '2027-10-20' },
    ]);
    expect(read('keset 20 karo sapu 10 wis disetor nang bu umi')).toMatchObject([
      { kind: 'handin', product: 'keset', delivered: { pieces: 20 }, employer: 'bu umi' },
      { kind: 'handin', product: 'sapu', delivered: { pieces: 10 }, employer: 'bu umi' },
    ]);
  });

  it('"wis tak setor rebo" before work taken is the day it was handed in, not a deadline of that work', () => {
    const es = read('kerudung 30 wis tak setor rebo. terus aku njupuk taplak 20');
    expect(es).toMatchObject([
      { kind: 'handin', delivered: { pieces: 30 }, day: '2027-10-20' },
      { kind: 'order', product: 'taplak', qty: { pieces: 20 } },
    ]);
    expect(es[1]).not.toHaveProperty('dueOn');
  });
});
