// "gave me an advance", "gave me a loan": money lent to her, a kasbon, though "gave me" alone is work received.
// Read with a fixed clock (Tuesday 10 August 2027, 19:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-08-10T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries as unknown as Record<string, unknown>[];

describe('"gave me an advance" is a kasbon', () => {
  it('without its sum, and with it', () => {
    expect(read('bu narti gave me an advance')).toMatchObject([{ kind: 'kasbon', employer: 'bu narti' }]);
    expect(read('pak joko gave me a loan of 75k yesterday')).toMatchObject([
      { kind: 'kasbon', employer: 'pak joko', amount: { amount: 75000 }, day: '2027-08-09' },
    ]);
  });

  it('"gave me" with goods is still an order', () => {
    expect(read('bu narti gave me 4 dozen gloves')).toMatchObject([{ kind: 'order', employer: 'bu narti' }]);
  });
});
