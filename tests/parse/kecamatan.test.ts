// The kecamatan from the official list (idn-area-data), and how loosely typed
// names are matched against it, Kota Kediri included.
import { describe, expect, it } from 'vitest';
import { loadKecamatan, NEIGHBOUR, REGION } from '../../src/content/region.ts';
import { matchKecamatan } from '../../src/parse/kecamatan.ts';

// docs: the 26 kecamatan of Kabupaten Kediri (BPS), and the 3 of Kota Kediri.
const KABUPATEN = [
  'Badas',
  'Banyakan',
  'Gampengrejo',
  'Grogol',
  'Gurah',
  'Kandangan',
  'Kandat',
  'Kayen Kidul',
  'Kepung',
  'Kras',
  'Kunjang',
  'Mojo',
  'Ngadiluwih',
  'Ngancar',
  'Ngasem',
  'Pagu',
  'Papar',
  'Pare',
  'Plemahan',
  'Plosoklaten',
  'Puncu',
  'Purwoasri',
  'Ringinrejo',
  'Semen',
  'Tarokan',
  'Wates',
];

describe('the kecamatan list from idn-area-data', () => {
  it('has the 26 kecamatan of Kabupaten Kediri in alphabetical order, and the 3 of Kota Kediri', () => {
    expect(REGION.kecamatan).toEqual(KABUPATEN);
    expect(NEIGHBOUR.kecamatan).toEqual(['Kota', 'Mojoroto', 'Pesantren']);
  });

  it('reads only what it needs, quickly, and the list is loaded once', () => {
    const t0 = performance.now();
    const m = loadKecamatan(['35.06', '35.71', '35.07']);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(m.get('35.07')).toContain('Ngantang'); // Kabupaten Malang, for a check of the reading
    expect(REGION.kecamatan).toBe(REGION.kecamatan);
  });

  it('fails loudly on a regency code the data does not have', () => {
    expect(() => loadKecamatan(['99.99'])).toThrow(/no kecamatan for regency 99\.99/);
  });
});

describe('matching what she types', () => {
  it.each([
    ['Pare', 'exact', 'Pare'],
    ['kec. pare', 'exact', 'Pare'],
    ['Kecamatan Ngadiluwih', 'exact', 'Ngadiluwih'],
    ['ngadiluwih', 'exact', 'Ngadiluwih'],
    ['plosoklaten', 'exact', 'Plosoklaten'],
    ['ploso klaten', 'exact', 'Plosoklaten'],
    ['pare kab kediri', 'exact', 'Pare'],
    ['pare, kediri', 'exact', 'Pare'],
    ['ngadiluweh', 'guess', 'Ngadiluwih'],
    ['ploso', 'guess', 'Plosoklaten'],
    ['plosoklatn', 'guess', 'Plosoklaten'],
    ['kayen', 'guess', 'Kayen Kidul'],
  ])('%j -> %s %s', (q, kind, name) => expect(matchKecamatan(q)).toEqual({ kind, name }));

  it.each([
    ['kediri kota', 'exact', 'Kota'],
    ['Kota Kediri', 'exact', 'Kota'],
    ['mojoroto', 'exact', 'Mojoroto'],
    ['kec. pesantren', 'exact', 'Pesantren'],
    ['mojorot', 'guess', 'Mojoroto'],
  ])('%j is in Kota Kediri: %s %s, outside', (q, kind, name) =>
    expect(matchKecamatan(q)).toEqual({ kind, name, outside: true }),
  );

  it.each(['jakarta', 'xx', '', 'kediri', 'kabupaten kediri', 'mojoroto pesantren kota'])('%j matches nothing', (q) =>
    expect(matchKecamatan(q).kind).toBe('none'),
  );
});
