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
