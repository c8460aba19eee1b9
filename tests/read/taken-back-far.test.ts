// Second thoughts said further from what they take back: "dudu ding" before the figure meant, "kliru" and a cry of
// surprise before it ("lho kliru"), a figure named as the one taken back far before ("eh bukan 8, 9 kodi"), a count
// in words put right a few words on with "ding" and no unit, the goods put right with their count said again
// ("eh dudu tas, dompet sing 40"), what she says of the difference after a figure put right ("yg 2 ternyata cuma
// kotor"), and the cash she took home named with "-nya" ("jd terimanya 350rb").
// Read with a fixed clock: Wednesday 2 December 2026, 10:00 WIB.
import { describe, expect, it } from 'vitest';
import { putRight } from '../../src/read/put-right.ts';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2026-12-02T10:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('putRight: take-backs further from what they put right', () => {
  it('"dudu ding" before the new count: "4 kodi, dudu ding 5 kodi" is 5 kodi', () => {
    expect(putRight('njupuk keset teko bu warsih 4 kodi, dudu ding 5 kodi, opahe 3000 sekodi')).toBe(
      'njupuk keset teko bu warsih 5 kodi, opahe 3000 sekodi',
    );
  });

  it('"ora ding" between a count and the one meant, a few words on: "4 kodi teko bu warsih, ora ding 5 kodi"', () => {
    expect(putRight('njupuk keset 4 kodi teko bu warsih, ora ding 5 kodi')).toBe('njupuk keset 5 kodi teko bu warsih');
  });

  it('"lho kliru" between a count and the same count in another unit', () => {
    expect(putRight('nyetor kancing nang bu sumi 2 lusin, lho kliru, 2 gros')).toBe(
      'nyetor kancing nang bu sumi 2 gros',
    );
  });

  it('"bukan 30, 35 pasang" after the rate: the count named far before is put right', () => {
    expect(putRight('ambil sepatu 30 pasang dr pak darto, upah 4rb sepasang. eh bukan 30, 35 pasang')).toBe(
      'ambil sepatu 35 pasang dr pak darto, upah 4rb sepasang',
    );
  });

  it('a taken-back figure not said before is left as it is', () => {
    const m = 'ambil sepatu 30 pasang dr pak darto. eh bukan 40, 35 pasang';
    expect(putRight(m)).toBe(m);
  });

  it('a count in words put right a few words on with "ding": "telung atus biji teko bu sumi, eh telung atus seket ding"', () => {
    expect(putRight('nampa peci telung atus biji teko bu sumi, eh telung atus seket ding')).toBe(
      'nampa peci 350 biji teko bu sumi',
    );
  });

  it('"eh dudu tas, dompet sing 40": the goods put right, the count said again is the same', () => {
    expect(putRight('setor tas ke bu warsih 25, eh bukan tas, dompet yg 25')).toBe('setor dompet ke bu warsih 25');
  });

  it('the goods are not put right when the count said with them is another', () => {
    const m = 'setor tas ke bu warsih 25, eh bukan tas, dompet yg 30';
    expect(putRight(m)).toBe(m);
  });

  it('"yg 2 ternyata cuma kotor" after "7. eh 5 ding" explains the slip and is dropped', () => {
    expect(putRight('setor dompet ke bu sumi 80, yg ditolak 7. eh 5 ding, yg 2 ternyata cuma kotor')).toBe(
      'setor dompet ke bu sumi 80, yg ditolak 5',
    );
  });
});

describe('readMessage: far take-backs read as one record', () => {
  it('"dudu ding 5 kodi" is one order of 100 pieces, no goods called "dudu"', () => {
    const e = read('njupuk keset teko bu warsih 4 kodi, dudu ding 5 kodi, opahe 3000 sekodi');
    expect(e).toMatchObject([{ kind: 'order', employer: 'bu warsih', product: 'keset', qty: { pieces: 100 } }]);
  });

  it('"yg ditolak 7. eh 5 ding, yg 2 ternyata cuma kotor" is one hand-in with 5 rejected', () => {
    const e = read('setor dompet ke bu sumi 80, yg ditolak 7. eh 5 ding, yg 2 ternyata cuma kotor');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ kind: 'handin', employer: 'bu sumi', delivered: { pieces: 80 } });
  });

  it('"dipotong kasbon 50rb ding, jd terimanya 350rb" is one pay of 350rb with the kasbon cut', () => {
    const e = read('dibayar bu sumi 400rb buat dompet, eh dipotong kasbon 50rb ding, jd terimanya 350rb');
    expect(e).toMatchObject([
      {
        kind: 'payment',
        employer: 'bu sumi',
        amount: { amount: 350000 },
        deduction: { amount: 50000, kind: 'kasbon' },
      },
    ]);
  });
});
