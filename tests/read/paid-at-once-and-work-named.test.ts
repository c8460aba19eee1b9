// Paid at once for what she handed in, its sum unsaid ("..., langsung dibayar", "she paid right away"): a pay of
// its own beside the hand-in, from whom she handed in to; not when she says it is not paid yet. Work taken home
// named by what is done to it ("ambil obras kemeja"); "actually" is no part of the goods.
// Read with a fixed clock: Wednesday 2 December 2026, 10:00 WIB.
import { describe, expect, it } from 'vitest';
import { readChildAnswer, readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2026-12-02T10:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('paid at once, the sum unsaid', () => {
  it('"nyetor dompet nang bu warsih 2 kodi, langsung dibayar" is a hand-in and a pay from Bu Warsih', () => {
    expect(read('nyetor dompet nang bu warsih 2 kodi, langsung dibayar')).toMatchObject([
      { kind: 'handin', employer: 'bu warsih', delivered: { pieces: 40 } },
      { kind: 'payment', employer: 'bu warsih' },
    ]);
  });

  it('"handed in 30 gloves to pak darto, he paid right away" is a hand-in and a pay', () => {
    const e = read('handed in 30 gloves to pak darto, he paid right away');
    expect(e).toMatchObject([
      { kind: 'handin', employer: 'pak darto', delivered: { pieces: 30 } },
      { kind: 'payment', employer: 'pak darto' },
    ]);
    expect(e[1]).not.toHaveProperty('amount');
  });

  it('"setor 30 dompet ke bu warsih, blm dibayar" is the hand-in only', () => {
    expect(read('setor 30 dompet ke bu warsih, blm dibayar')).toMatchObject([{ kind: 'handin' }]);
    expect(read('setor 30 dompet ke bu warsih, blm dibayar')).toHaveLength(1);
  });
});

describe('work named by what is done to it', () => {
  it('"njupuk obras kemeja 5 kodi soko bu warsih" is an order of "obras kemeja"', () => {
    expect(read('njupuk obras kemeja 5 kodi soko bu warsih')).toMatchObject([
      { kind: 'order', product: 'obras kemeja', qty: { pieces: 100 } },
    ]);
  });

  it('"obras kemeja 3 jam" is hours, the goods without the work word', () => {
    expect(read('obras kemeja 3 jam')).toMatchObject([{ kind: 'hours', minutes: 180, product: 'kemeja' }]);
  });

  it('"actually i also got 2 kodi of gloves from pak darto" names the goods without "actually"', () => {
    expect(read('actually i also got 2 kodi of gloves from pak darto, 3k per kodi')).toMatchObject([
      { kind: 'order', product: 'gloves', qty: { pieces: 40 } },
    ]);
  });
});

describe("a helper's age said of her or him", () => {
  it('"he\'s 9" is a child, "she is 17" is not, "she was 14" is', () => {
    expect(readChildAnswer("he's 9")).toBe(true);
    expect(readChildAnswer('she is 17')).toBe(false);
    expect(readChildAnswer('she was 14')).toBe(true);
  });
});
