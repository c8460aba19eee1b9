// Her employers recognised by name: honorifics, case, punctuation and typos do not make a new person;
// a different person is never taken for one of hers, in any script.
import { describe, expect, it } from 'vitest';
import { matchEmployer, nameCore } from '../../../src/flows/diary/fields.ts';

const hers = [
  { id: 1, name: 'Bu Hajah Umi' },
  { id: 2, name: 'Pak Hadi' },
  { id: 3, name: 'Koperasi Sido Rukun' },
  { id: 4, name: '王老板' },
];

describe('matchEmployer', () => {
  it.each([
    ['bu umi', 1],
    ['Bu Umi,', 1],
    ['bu hajah umi', 1],
    ['BU HJ UMI', 1],
    ['pak hadi', 2],
    ['Pak  Hadi!', 2],
    ['koperasi sido rukun', 3],
    ['王老板', 4],
  ])('%s is her employer %i', (name, id) => {
    expect(matchEmployer(name, hers).exact?.id).toBe(id);
  });

  it('a man and a woman of the same name are two people', () => {
    expect(matchEmployer('pak umi', hers).exact).toBeNull();
    expect(matchEmployer('bu hadi', hers).exact).toBeNull();
  });

  it('a typo or a longer name is asked, not taken', () => {
    expect(matchEmployer('bu umik', hers)).toEqual({ exact: null, near: hers[0] });
    expect(matchEmployer('pak hadii', hers).near?.id).toBe(2);
    expect(matchEmployer('koperasi sido', hers).near?.id).toBe(3);
  });

  it('a name with its first "h" left out, as Kediri says it, is near hers', () => {
    const more = [...hers, { id: 5, name: 'Pak Hasan' }];
    expect(matchEmployer('pak asan', more).near?.id).toBe(5);
    expect(matchEmployer('pak asan', hers).near).toBeNull();
  });

  it('a name in another script is never an empty name, nor someone else', () => {
    expect(nameCore('بو ياتي').core).not.toBe('');
    expect(matchEmployer('بو ياتي', hers)).toEqual({ exact: null, near: null });
    expect(matchEmployer('bu sri', hers)).toEqual({ exact: null, near: null });
  });
});

describe('a short name typed on the key beside the right one', () => {
  const mine = [
    { id: 1, name: 'Bu Umi' },
    { id: 2, name: 'Bu Yati' },
  ];
  it('"bu uni" (n beside m) is near Bu Umi, "bu yatu" near Bu Yati; "bu ani" and "bu yamo" are not', () => {
    expect(matchEmployer('bu uni', mine).near?.id).toBe(1);
    expect(matchEmployer('bu ani', mine).near).toBeNull();
    expect(matchEmployer('bu yatu', mine).near?.id).toBe(2);
    expect(matchEmployer('bu yamo', mine).near).toBeNull();
  });
});
