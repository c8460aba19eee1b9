import { describe, expect, it } from 'vitest';
import type { CompareFacts } from '../../src/flows/compare.ts';
import { route } from '../../src/flows/router.ts';
import { context, input, worker } from '../helpers/flow.ts';

const base: CompareFacts = {
  month: '2026-11',
  kecamatan: null,
  regency: null,
  own: { rate: null, hourly: null },
  umkHourly: 15327,
};

function say(text: string, facts?: Partial<CompareFacts>, over = {}) {
  const w = worker(over);
  return route(null, input(text), context(w, facts ? { compareRates: { ...base, ...facts } } : {}));
}

describe('BANDINGKAN', () => {
  it('asks for its figures, then shows her kecamatan medians when at least k others are in it', () => {
    expect(say('bandingkan').needs).toEqual(['compareRates']);
    const r = say('BANDINGKAN', {
      kecamatan: { n: 6, rateN: 6, rate: { low: 300, high: 350 }, hourlyN: 5, hourly: { low: 8000, high: 9000 } },
      regency: { n: 20, rateN: 20, rate: { low: 280, high: 290 }, hourlyN: 15, hourly: { low: 7600, high: 7700 } },
      own: { rate: 250, hourly: 6000 },
    });
    const text = r.replies.map((x) => x.text).join('\n');
    expect(text).toContain('Kec. Pare');
    expect(text).toContain('6 pekerja lain');
    expect(text).toContain('Per biji (tengah-tengah): sekitar Rp300–Rp350');
    expect(text).toContain('Per jam (tengah-tengah): sekitar Rp8.000–Rp9.000');
    expect(text).toContain('Anda bulan ini: Rp250 per biji, Rp6.000 per jam.');
    expect(text).toContain('Rp15.327');
    expect(text).not.toContain('Rp280');
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(r.effects).toEqual([]);
  });

  it('falls back to the regency when her kecamatan has fewer than k, and hides a median resting on fewer than k', () => {
    const r = say('compare', {
      kecamatan: { n: 4, rateN: 4, rate: { low: 999, high: 1000 }, hourlyN: 4, hourly: { low: 99999, high: 100000 } },
      regency: { n: 9, rateN: 9, rate: { low: 280, high: 290 }, hourlyN: 3, hourly: { low: 7600, high: 7700 } },
    });
    const text = r.replies[0]!.text;
    expect(text).toMatch(/Data di Kec. Pare belum cukup/);
    expect(text).toContain('Kabupaten Kediri');
    expect(text).toContain('Rp280');
    expect(text).not.toContain('Rp999');
    // Only three logged hours across the regency: no hourly median.
    expect(text).not.toContain('Rp7.600');
    expect(text).not.toMatch(/Per jam/);
  });

  it('says "not enough data yet" when neither has k, in English too', () => {
    const few = { n: 2, rateN: 2, rate: { low: 500, high: 550 }, hourlyN: 2, hourly: { low: 9000, high: 10000 } };
    const id = say('bandingkan', { kecamatan: few, regency: few }).replies[0]!.text;
    expect(id).toMatch(/Belum cukup data untuk sandal \/ sepatu bulan November 2026/);
    expect(id).not.toContain('Rp500');
    const en = say('compare', { kecamatan: few, regency: few }, { lang: 'en' }).replies[0]!.text;
    expect(en).toMatch(/Not enough data yet for sandals \/ shoes in November 2026/);
  });

  it('without a product or kecamatan she is told to set them, without loading anything', () => {
    const r = say('bandingkan', undefined, { product: null });
    expect(r.needs).toBeUndefined();
    expect(r.replies[0]!.text).toMatch(/isi dulu kecamatan/);
  });
});
