// Her main kind of work in her own words, read with content/lexicon/work.yaml.
import { describe, expect, it } from 'vitest';
import { loadWorkWords, PRODUCTS, workWords } from '../../src/content/products.ts';
import { matchWork } from '../../src/parse/work.ts';

describe('kind of work in her words', () => {
  it.each([
    ['mbatik', 'kerajinan'],
    ['njahit mukena', 'jahit'],
    ['ngelem sandal', 'alas_kaki'],
    ['nglinting rokok', 'rokok'],
    ['bungkus kerupuk', 'kemasan'],
    ['kerupuk', 'makanan'],
    ['jahit', 'jahit'],
    ['Jahit.', 'jahit'],
    ['sewing', 'jahit'],
    ['Sewing garments', 'jahit'],
    ['bungkus rokok', 'rokok'],
    ['aku ngelem sendal', 'alas_kaki'],
    ['packing', 'kemasan'],
    ['makanan / kue', 'makanan'],
  ])('%j is %s', (text, code) => expect(matchWork(text)).toEqual({ kind: 'exact', code }));

  it.each([
    ['jahti', 'jahit'],
    ['sepatuu', 'alas_kaki'],
    ['kerupukk', 'makanan'],
    ['nglintimg', 'rokok'],
  ])('%j is a typo of %s, to confirm', (text, code) => expect(matchWork(text)).toEqual({ kind: 'guess', code }));

  it('two kinds named alike: she chooses', () => {
    expect(matchWork('sandal dan rokok')).toEqual({ kind: 'several', codes: ['alas_kaki', 'rokok'] });
  });

  it('work on no list is kept in her words; "lainnya" asks which', () => {
    expect(matchWork('bulu mata')).toEqual({ kind: 'unlisted', text: 'bulu mata' });
    expect(matchWork('Bikin bulu mata palsu')).toEqual({ kind: 'unlisted', text: 'Bikin bulu mata palsu' });
    expect(matchWork('lainnya')).toEqual({ kind: 'other' });
    expect(matchWork('other')).toEqual({ kind: 'other' });
  });

  it.each(['ga tau', 'xyz', '?', '😀', 'ok', 'belum', 'tidak tahu', '<b>'])('%j is no description of work', (text) =>
    expect(matchWork(text)).toEqual({ kind: 'none' }),
  );

  it('the words file names only kinds on the list, and is read once', () => {
    const ww = loadWorkWords();
    const codes = new Set(PRODUCTS.map((p) => p.code));
    for (const { code } of ww.phrases.values()) expect(codes.has(code)).toBe(true);
    expect(ww.phrases.size).toBeGreaterThan(100);
    expect(workWords()).toBe(workWords());
  });
});
