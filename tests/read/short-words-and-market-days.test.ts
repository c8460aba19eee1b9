// What the reader makes of a Javanese market day beside a weekday ("senen legi", "jemuah kliwon"), a verb of
// the diary run into work that is not goods ("nggawakancing"), and a word typed short that it cannot write out in
// front of the work she names ("olh garapan payet"). Read with a fixed clock (Wednesday 15 September 2027, 19:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-09-15T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries as unknown as Record<string, unknown>[];

describe('a market day beside a weekday', () => {
  // (17 August 1945 was Jumat Legi; the five market days follow each other: legi, pahing, pon, wage, kliwon.)
  it('"senen pon wingi", "jemuah kliwon" are the last such days: Monday 13 and Friday 10 September', () => {
    expect(read('senen pon wingi dibayar bu narti 85rb')).toMatchObject([
      { kind: 'payment', day: '2027-09-13', amount: { amount: 85000 } },
    ]);
    expect(read('jemuah kliwon njupuk keset 3 kodi soko pak darno')).toMatchObject([
      { kind: 'order', day: '2027-09-10', qty: { pieces: 60 } },
    ]);
    expect(read('rebo pon wingi setor 40 biji nang bu narti')).toMatchObject([{ kind: 'handin', day: '2027-09-08' }]);
  });

  it('the market day picks the week: "senen legi" on this Wednesday is Monday 6 September, not the 13th', () => {
    expect(read('senen legi dibayar bu narti 60rb')).toMatchObject([{ kind: 'payment', day: '2027-09-06' }]);
    expect(read('setu paing wingi nyetor 2 kodi nang bu narti')).toMatchObject([{ kind: 'handin', day: '2027-08-28' }]);
  });

  it('a market day alone is no weekday and no goods', () => {
    const got = read('pon iki njupuk tas 2 lusin soko bu narti');
    expect(got).toMatchObject([{ kind: 'order', qty: { pieces: 24 } }]);
    expect(String(got[0]!.product)).toContain('tas');
  });
});

describe('words run together and words typed short', () => {
  it('a verb of the diary run into the work after it is split', () => {
    expect(read('njupukpayet 2 kodi soko bu narti')).toMatchObject([{ kind: 'order', product: 'payet' }]);
  });

  it('a word typed short it cannot write out does not name the goods; the work named does', () => {
    expect(read('olh garapan payet rong kodi soko bu narti')).toMatchObject([
      { kind: 'order', product: 'payet', qty: { pieces: 40 } },
    ]);
    // A word it can write out still names them ("kmj" kemeja).
    expect(read('njupuk kmj 2 kodi soko bu narti')).toMatchObject([{ kind: 'order', product: 'kemeja' }]);
  });
});
