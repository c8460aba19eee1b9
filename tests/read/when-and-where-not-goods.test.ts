// "nembe" (krama "just now", "only just") opening a message is when she got the work, never the goods; where the
// employer is from ("orang gurah") said straight after her name is no goods either.
// Read with a fixed clock (Wednesday 15 September 2027, 19:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-09-15T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries as unknown as Record<string, unknown>[];

describe('"nembe" is when, not what', () => {
  it('an order opened with "nembe mawon" names the goods after it', () => {
    expect(read('nembe mawon dipun paringi garapan sulam 3 kodi saking bu narti')).toMatchObject([
      { kind: 'order', employer: 'bu narti', product: 'sulam', qty: { pieces: 60 } },
    ]);
  });

  it('"nembe wingi" before a hand-in is still yesterday, and the goods are what she handed in', () => {
    expect(read('nembe wingi kula nyetor keset 25 dhateng bu narti')).toMatchObject([
      { kind: 'handin', employer: 'bu narti', product: 'keset', day: '2027-09-14' },
    ]);
  });
});

describe('where the employer is from, said straight after her name', () => {
  it('"dr bu narti orang gurah" is no goods; the goods named are', () => {
    expect(read('ambil sulam 2 kodi dr bu narti orang gurah')).toMatchObject([
      { kind: 'order', employer: 'bu narti', product: 'sulam' },
    ]);
    const [e] = read('ada orderan baru dr bu narti, wong gurah');
    expect(e).toMatchObject({ kind: 'order', employer: 'bu narti' });
    expect(e?.product).toBeUndefined();
  });

  it('goods after "wong" are still the goods', () => {
    expect(read('ambil 2 kodi dr bu narti wong keset')).toMatchObject([{ employer: 'bu narti', product: 'keset' }]);
  });
});

describe('"digawani" (given work to take home) is an order', () => {
  it('"digawani bu narti kancing 4 gros" is work received, not a hand-in', () => {
    expect(read('wingi digawani bu narti kancing 4 gros opahe 5 ewu segros')).toMatchObject([
      { kind: 'order', employer: 'bu narti', product: 'kancing', qty: { pieces: 576 }, day: '2027-09-14' },
    ]);
    expect(read('bu narti nggawani aku payet 2 kodi')).toMatchObject([
      { kind: 'order', employer: 'bu narti', product: 'payet', qty: { pieces: 40 } },
    ]);
  });
});
