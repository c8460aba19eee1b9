// Words the reader meets in answers off the script: an advance taken as "ambil bon" before its sum, the employer who
// paid with the time of day between her name and "bayar", work received with its goods before the word "work".
// Read with a fixed clock (Saturday 28 November 2026, WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2026-11-28T10:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('said in passing', () => {
  it.each(['wingi sore ambil bon ke bu umi', 'mau isuk njaluk bon nang pak hadi'])(
    '"%s" is an advance, its sum still to say',
    (text) => {
      const es = read(text);
      expect(es).toHaveLength(1);
      expect(es[0]).toMatchObject({ kind: 'kasbon' });
    },
  );

  it.each([
    ['bu endang td malem bayar jahit kerah 60rb', '2026-11-27'],
    ['pak hadi semalem bayar 45rb', '2026-11-27'],
    ['bu yati subuh tadi bayar 30rb', undefined],
  ])('"%s" is pay from her employer', (text, day) => {
    const es = read(text);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', amount: { amount: expect.any(Number) } });
    if (day) expect(es[0]).toMatchObject({ day });
  });

  it.each(['got mukena work from Bu Endang, 3 kodi', 'received tas work from Pak Hadi, 5 kodi'])(
    '"%s" is an order with its goods',
    (text) => {
      const es = read(text);
      expect(es).toHaveLength(1);
      expect(es[0]).toMatchObject({ kind: 'order', qty: { unit: 'kodi' } });
      expect((es[0] as { product?: string }).product).toMatch(/mukena|tas/);
    },
  );
});
