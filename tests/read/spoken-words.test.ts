// What the reader makes of words as they are spoken or voice-typed: loose pieces beyond whole kodi, things counted
// by their container, a name put right as she speaks, a half in words, an advance asked and a smaller one given,
// the day pay is promised, a month gone, the minimum wage asked. Read with a fixed clock (Saturday 28 November 2026, WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2026-11-28T10:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('loose pieces beyond whole kodi', () => {
  it.each([
    'setor telung kodi karo limang biji ke bu endang',
    'setor 3 kodi lebih 5 ke bu endang',
    'setor 3 kodi 5 biji ke bu endang',
  ])('"%s" is 65 pieces handed in', (text) => {
    const es = read(text);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'handin', employer: 'bu endang', delivered: { pieces: 65 } });
  });

  it('"3 kodi" alone stays 60', () => {
    expect(read('setor 3 kodi ke bu endang')[0]).toMatchObject({ delivered: { count: 3, unit: 'kodi', pieces: 60 } });
  });
});

describe('things bought counted by their container', () => {
  it.each(['beli lem 2 kaleng', 'beli lem 2 kalneg', 'beli benang 3 gulung'])('"%s" is a cost with no sum', (text) => {
    const es = read(text);
    expect(es).toHaveLength(1);
    expect(es[0]!.kind).toBe('cost');
    expect(es[0]).not.toHaveProperty('amount');
  });
});

describe('a name put right as she speaks', () => {
  it('"juragan dharma eh darmo" is Juragan Darmo', () => {
    expect(read('dibayar juragan dharma eh darmo 50rb')).toMatchObject([
      { kind: 'payment', employer: 'juragan darmo', amount: { amount: 50000 } },
    ]);
  });

  it('"bu yati eh bu umi" is Bu Umi', () => {
    expect(read('dibayar bu yati eh bu umi 50rb')).toMatchObject([{ kind: 'payment', employer: 'bu umi' }]);
  });
});

describe('a half in words', () => {
  it.each(['worked six and a half hours', 'worked six hours and a half', 'worked 6 and half hours'])(
    '"%s" is 390 minutes',
    (text) => {
      expect(read(text)).toMatchObject([{ kind: 'hours', minutes: 390 }]);
    },
  );
});

describe('an advance asked and a smaller one given', () => {
  it('"njaluk bon 300 ewu nang bu yati, dikei mung 200 ewu" is one advance of 200.000 from Bu Yati', () => {
    const es = read('njaluk bon 300 ewu nang bu yati, dikei mung 200 ewu');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'kasbon', employer: 'bu yati', amount: { amount: 200000 } });
  });

  it('"asked Juragan Darmo for an advance, he gave me 400k" is one advance of 400.000', () => {
    expect(read('asked Juragan Darmo for an advance, he gave me 400k')).toMatchObject([
      { kind: 'kasbon', employer: 'juragan darmo', amount: { amount: 400000 } },
    ]);
  });
});

describe('the day pay is promised', () => {
  it('"bayarnya jumat katanya" gives the hand-in no day; "jumat" alone does', () => {
    const promised = read('setor 3 kodi sandal ke bu endang, bayarnya jumat katanya');
    expect(promised).toHaveLength(1);
    expect(promised[0]).toMatchObject({ kind: 'handin', delivered: { pieces: 60 } });
    expect(promised[0]!.day ?? null).toBeNull();
    expect(read('setor 3 kodi sandal ke bu endang jumat')[0]).toMatchObject({ kind: 'handin', day: '2026-11-27' });
  });
});

describe('a month gone is no day', () => {
  it('"sama kayak bulan kemarin" gives the hand-in no day; "kemarin" alone does', () => {
    const like = read('setor 2 kodi ke bu yati, upahnya sama kayak bulan kemarin');
    expect(like).toHaveLength(1);
    expect(like[0]).toMatchObject({ kind: 'handin', employer: 'bu yati', delivered: { pieces: 40 } });
    expect(like[0]!.day ?? null).toBeNull();
    expect(read('setor 2 kodi ke bu yati kemarin')[0]).toMatchObject({ kind: 'handin', day: '2026-11-27' });
  });
});

describe('the minimum wage asked', () => {
  it('"umr kediri skrg brp ya?" holds no entry', () => {
    expect(read('umr kediri skrg brp ya?')).toEqual([]);
  });
});
