// What the reader makes of a weekday written short on its own ("kmis wingi", "sel: obras 4 jam", "kam kemarin"),
// a rate's unit with its last letter held ("6rb selusinn") and words run together ("nyetorsandal",
// "juragankarto"). Read with a fixed clock (Saturday 5 June 2027, 20:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-06-05T20:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries as unknown as Record<string, unknown>[];

describe('a weekday with one vowel left out', () => {
  it('"kmis wingi", "jumt kmrn", "kams" are Thursday and Friday', () => {
    expect(read('kmis wingi dibayar bu sri 150rb')).toMatchObject([
      { kind: 'payment', day: '2027-06-03', amount: { amount: 150000 } },
    ]);
    expect(read('jumt kmrn ambil 3 lusin peci dr pak joko')).toMatchObject([
      { kind: 'order', day: '2027-06-04', qty: { pieces: 36 } },
    ]);
    expect(read('kams lembur 3 jam')).toMatchObject([{ kind: 'hours', day: '2027-06-03', minutes: 180 }]);
  });
});

describe('a weekday cut to three letters, alone in the message', () => {
  it('with a colon after it, a word of last week after it or "hari" before it, it is that day', () => {
    expect(read('sel: obras 4 jam')).toMatchObject([{ kind: 'hours', day: '2027-06-01', minutes: 240 }]);
    expect(read('kam kemarin ambil sandal 2 kodi dr bu sri')).toMatchObject([
      { kind: 'order', day: '2027-06-03', qty: { pieces: 40 } },
    ]);
    expect(read('hr rab setor 25 pasang ke bu sri')).toMatchObject([{ kind: 'handin', day: '2027-06-02' }]);
  });

  it('before hours at the head of the message it is that day', () => {
    expect(read('jum 7 jam ngelem')).toMatchObject([{ kind: 'hours', day: '2027-06-04', minutes: 420 }]);
  });

  it('"min" calling the admin stays a call, not Sunday', () => {
    expect(read('min, kmrn setor 2 kodi ke bu sri')).toMatchObject([{ kind: 'handin', day: '2027-06-04' }]);
  });
});

describe('a rate with its last letter held', () => {
  it('"selusinn", "sekodii" are per dozen and per score', () => {
    expect(read('ambil peci 4 lusin dr pak joko upah 6rb selusinn')).toMatchObject([
      { kind: 'order', qty: { pieces: 48 }, rate: { amount: 6000, per: 'lusin' } },
    ]);
    expect(read('dpt order keset 3 kodi 7rb sekodii dr bu sri')).toMatchObject([
      { kind: 'order', qty: { pieces: 60 }, rate: { amount: 7000, per: 'kodi' } },
    ]);
  });
});

describe('words run together', () => {
  it('a verb run into the goods after it is the verb and the goods', () => {
    expect(read('kmrn nyetorsandal 2 kodi nang bu sri')).toMatchObject([
      { kind: 'handin', day: '2027-06-04', product: 'sandal', delivered: { pieces: 40 } },
    ]);
  });

  it('"juragan" run into the name after "nang" or "dari" is the title and the name', () => {
    expect(read('setor peci nang juragankarto 50 biji')).toMatchObject([
      { kind: 'handin', employer: 'juragan karto', delivered: { pieces: 50 } },
    ]);
  });

  it('"juragannya" is her employer spoken of, not a Juragan Nya', () => {
    const [e] = read('setor ke juragannya 20 biji');
    expect(e?.employer).not.toBe('juragan nya');
  });
});
