import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordOf } from '../../src/flows/keywords.ts';
import { parseChoice, parseYesNo } from '../../src/parse/choice.ts';
import { matchKecamatan } from '../../src/parse/kecamatan.ts';
import { cleanText, editDistance, fold } from '../../src/parse/text.ts';

describe('cleanText', () => {
  it.each([
    ['  halo   dunia ', 'halo dunia'],
    ['me\u200bnu', 'menu'],
    ['\u202eabc\u202c', 'abc'],
    ['\ufeff1', '1'],
    ['１２', '12'],
    ['1\ufe0f\u20e3', '1'],
    ['a\u0000b', 'a b'],
    ['baris\n\n  dua', 'baris\ndua'],
  ])('%j -> %j', (raw, clean) => expect(cleanText(raw)).toBe(clean));

  it('takes plain ASCII the short way with the same result as the full cleaning', () => {
    // The full cleaning, as cleanText does for any text that is not plain ASCII.
    const full = (raw: string) =>
      raw
        .normalize('NFKC')
        .replace(/([0-9#*])\uFE0F?\u20E3/g, '$1')
        .replace(
          /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g,
          '',
        )
        .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ')
        .replace(/[ \t\u00A0\u2000-\u200A\u3000]+/g, ' ')
        .replace(/ *\n+ */g, '\n')
        .trim();
    const ascii = fc.string({ unit: fc.constantFrom(...'ab 1\t\n\r\u0007\u007f.,Rp-'.split('')) });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: 'binary' })), (s) => {
        expect(cleanText(s)).toBe(full(s));
        expect(fold(s)).toBe(
          s
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, ''),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and never grows whitespace at the ends', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const c = cleanText(s);
        expect(c).toBe(c.trim());
      }),
    );
  });
});

describe('choices and yes/no', () => {
  it.each([
    ['1', 1],
    ['1.', 1],
    [' 3) ', 3],
    ['no 4', 4],
    ['satu', 1],
    ['Dua', 2],
    ['10', 10],
    ['x', null],
    ['1 2', null],
    ['', null],
    ['__proto__', null],
    ['constructor', null],
  ])('parseChoice(%j) = %j', (t, n) => expect(parseChoice(t)).toBe(n));

  it.each([
    ['1', 'yes'],
    ['ya', 'yes'],
    ['Iya!', 'yes'],
    ['ok', 'yes'],
    ['setuju', 'yes'],
    ['nggih', 'yes'],
    ['YES', 'yes'],
    ['2', 'no'],
    ['tidak', 'no'],
    ['gak', 'no'],
    ['No.', 'no'],
    ['tidak setuju', 'no'],
    ['mboten', 'no'],
    ['mungkin', null],
    ['3', null],
  ])('parseYesNo(%j) = %j', (t, v) => expect(parseYesNo(t)).toBe(v));
});

describe('kecamatan matching', () => {
  it.each([
    ['Pare', 'exact', 'Pare'],
    ['kec. pare', 'exact', 'Pare'],
    ['PLOSO KLATEN', 'exact', 'Plosoklaten'],
    ['ploso', 'guess', 'Plosoklaten'],
    ['kayen', 'guess', 'Kayen Kidul'],
    ['ngadiluweh', 'guess', 'Ngadiluwih'],
    ['gampeng', 'guess', 'Gampengrejo'],
    ['purwosari', 'guess', 'Purwoasri'],
  ])('%j -> %s %s', (q, kind, name) => expect(matchKecamatan(q)).toEqual({ kind, name }));

  it.each(['jakarta', 'xx', '', 'mojoroto pesantren kota'])('%j matches nothing', (q) =>
    expect(matchKecamatan(q).kind).toBe('none'),
  );
});

describe('keywords', () => {
  it.each([
    ['MENU', 'menu'],
    ['menu!', 'menu'],
    ['/help', 'help'],
    ['/help@UpahkuBot', 'help'],
    ['Batal', 'cancel'],
    ['hapus', 'delete'],
    ['DELETE', 'delete'],
    ['berhenti', 'stop'],
    ['STOP', 'stop'],
    ['mulai', 'resume'],
    ['/start kediri-pare', 'start'],
    ['constructor', null],
    ['__proto__', null],
    ['toString', null],
    ['data saya', 'mydata'],
    ['menu makan', null],
    ['1', null],
  ])('%j -> %j', (t, k) => expect(keywordOf(t)).toBe(k));
});

it('editDistance', () => {
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
});
