// Second thoughts in one message, more ways: a figure struck through in the chat ("~100rb~ 150rb"), "salah ketik" and
// a shortened "mksdnya", a decimal after the take-back ("2 jam eh 2,5 jam dewean"), "dudu 6 ding, 8 kodi", "lho
// kliru", a figure taken back further on by name ("sanes 5 nanging 7 kodi"), the count said again with the unit
// put right, goods taken back with "ding" after them, a sum put right after other words ("typo, 16k"), a day put
// right with "not" alone or "it was", and a period put right after a question.
// Read with a fixed clock: Wednesday 2 December 2026, 10:00 WIB.
import { describe, expect, it } from 'vitest';
import { putRight } from '../../src/read/put-right.ts';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2026-12-02T10:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('putRight: more ways of taking a figure, a word or a day back', () => {
  it('"salah ketik, 15 kodi mksdnya" puts the unit right', () => {
    expect(putRight('pak darto ngirim sarung tangan 15 lusin, salah ketik, 15 kodi mksdnya. upah 4rb/kodi')).toBe(
      'pak darto ngirim sarung tangan 15 kodi. upah 4rb/kodi',
    );
  });

  it('"dudu 6 ding, 8 kodi": "ding" after the figure taken back', () => {
    expect(putRight('oleh garapan dompet teko bu warsih 6 kodi, dudu 6 ding, 8 kodi')).toBe(
      'oleh garapan dompet teko bu warsih 8 kodi',
    );
  });

  it('"lho kliru, 4 jam" puts the hours right', () => {
    expect(putRight('semalam jahit tas bu sri 3 jam, lho kliru, 4 jam')).toBe('semalam jahit tas bu sri 4 jam');
  });

  it('"lepat, sanes 5 nanging 7 kodi" puts right the 5 kodi said in the sentence before', () => {
    expect(
      putRight('angsal garapan tas saking bu warsih 5 kodi, opahipun 9 ewu sekodi. Lepat, sanes 5 nanging 7 kodi'),
    ).toBe('angsal garapan tas saking bu warsih 7 kodi, opahipun 9 ewu sekodi');
  });

  it('"4 gros, eh dudu gros, 4 lusin": the count said again with the unit meant', () => {
    expect(putRight('ambil rajutan 4 gros, eh dudu gros, 4 lusin')).toBe('ambil rajutan 4 lusin');
  });

  it('"bukan gamis ding, daster": goods taken back with "ding" after them', () => {
    expect(putRight('pak darto ngirim jahitan gamis 2 kodi, bukan gamis ding, daster')).toBe(
      'pak darto ngirim jahitan daster 2 kodi',
    );
  });

  it('"rabu, eh dudu, kamis kemarin" and "yesterday, no wait it was tuesday" put the day right', () => {
    expect(putRight('setor dompet ke bu sri 10 kodi rabu, eh dudu, kamis kemarin')).toBe(
      'setor dompet ke bu sri 10 kodi kamis kemarin',
    );
    expect(putRight('borrowed 200k from bu sri yesterday, no wait it was tuesday')).toBe(
      'borrowed 200k from bu sri tuesday',
    );
  });

  it('"kemarin ..., eh bukan kemarin, hr ini maksudnya" is today', () => {
    expect(putRight('kemarin ngobras 5 jam, eh bukan kemarin, hr ini maksudnya')).toBe('hr ini ngobras 5 jam');
  });

  it('"rekap bulan ini gimana? eh bulan lalu aja" asks for last month', () => {
    expect(putRight('rekap bulan ini gimana? eh bulan lalu aja')).toBe('rekap bulan lalu aja');
  });

  it('a new fact after a take-back word is left alone', () => {
    expect(putRight('bayar 50rb buat benang, eh 20rb buat lem')).toBe('bayar 50rb buat benang, eh 20rb buat lem');
    expect(putRight('ambil 3 kodi, bukan 4, dr bu yati')).toBe('ambil 3 kodi, bukan 4, dr bu yati');
  });
});

describe('readMessage: the figure she meant, as one record', () => {
  it('"~100rb~ 150rb" is a kasbon of 150rb', () => {
    expect(read('tadi utang ke bu sri ~100rb~ 150rb')).toMatchObject([
      { kind: 'kasbon', employer: 'bu sri', amount: { amount: 150000 } },
    ]);
  });

  it('"2 jam eh 2,5 jam dewean" is 150 minutes alone', () => {
    expect(read('ngobras 2 jam eh 2,5 jam dewean')).toMatchObject([{ kind: 'hours', minutes: 150, helpers: 0 }]);
  });

  it('"dudu 6 ding, 8 kodi" is one order of 160 pieces', () => {
    expect(read('oleh garapan dompet teko bu warsih 6 kodi, dudu 6 ding, 8 kodi')).toMatchObject([
      { kind: 'order', employer: 'bu warsih', product: 'dompet', qty: { count: 8, unit: 'kodi', pieces: 160 } },
    ]);
  });

  it('"bought buttons for 60k, typo, 16k" is one cost of 16k', () => {
    const got = read('bought buttons for 60k, typo, 16k');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: 'cost', amount: { amount: 16000 } });
  });

  it('"yesterday, no wait it was monday" is a kasbon on Monday', () => {
    expect(read('borrowed 200k from bu sri yesterday, no wait it was monday')).toMatchObject([
      { kind: 'kasbon', amount: { amount: 200000 }, day: '2026-11-30' },
    ]);
  });
});
