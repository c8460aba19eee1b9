// Several facts in one WhatsApp message, as women in Kediri type them: an advance given back beside a pay (and
// with a cut of another kind), an emoji where a full stop would be, a question after the facts, the rate not told
// yet, a helper's age said as "who is 16". Read with a fixed clock (WIB): Tuesday 9 November 2027, 19:00.
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const TUE_9_NOV = new Date('2027-11-09T19:00:00+07:00');
const read = (text: string, now = TUE_9_NOV) => readMessage(text, now).entries;

describe('her advance given back, beside a pay', () => {
  it('"sy sekalian balikin kasbon 50rb" with a cut for thread: both cuts of the one pay', () => {
    expect(
      read('bu yati td bayar keset 350rb tp dipotong 15rb buat plastik + sy sekalian balikin kasbon 50rb'),
    ).toEqual([
      expect.objectContaining({
        kind: 'payment',
        employer: 'bu yati',
        amount: { amount: 350000, explicit: true },
        deduction: { amount: 50000, kind: 'kasbon' },
        otherCut: 15000,
      }),
    ]);
  });

  it('"ngembaliin utang", "kasbone tak balekno": an advance repaid, never a new one taken', () => {
    const es = read('pak darno bayar 220rb trs aku ngembaliin utang 40rb');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'payment', deduction: { amount: 40000, kind: 'kasbon' } });
    const jv = read('bu sumi mbayar 175 ewu, kasbone tak balekno 25 ewu');
    expect(jv).toHaveLength(1);
    expect(jv[0]).toMatchObject({ kind: 'payment', amount: { amount: 175000 }, deduction: { amount: 25000 } });
    expect(read('ambil kasbon 60rb dr bu sumi')).toMatchObject([{ kind: 'kasbon', amount: { amount: 60000 } }]);
  });

  it('two cuts said in one clause after the pay keep both', () => {
    expect(read('bu yati bayar 300rb, dipotong 10rb buat lem + dipotong kasbon 80rb')).toMatchObject([
      { kind: 'payment', deduction: { amount: 80000, kind: 'kasbon' }, otherCut: 10000 },
    ]);
  });
});

describe('an emoji where a full stop would be', () => {
  it('"... 25rb 🙈 besok mau setor": the plan after it does not move the cost to tomorrow', () => {
    const es = read('tadi lem sandal 3jm sendiri. lemnya beli 25rb 🙈 besok mau setor ke pak darno');
    expect(es).toMatchObject([
      { kind: 'hours', minutes: 180, helpers: 0, day: '2027-11-09' },
      { kind: 'cost', amount: { amount: 25000 }, day: '2027-11-09' },
    ]);
  });

  it('an emoji between two records parts them as a full stop does', () => {
    expect(read('setor 3 lusin ke bu yati 👍🏽 dibayar 90rb')).toMatchObject([
      { kind: 'handin', employer: 'bu yati', delivered: { pieces: 36 } },
      { kind: 'payment', amount: { amount: 90000 } },
    ]);
  });
});

describe('a question asked after the facts', () => {
  it('"... bu sumi paid 150k yesterday. how much does bu sumi still owe me?" keeps the pay', () => {
    expect(
      read(
        'took 3 dozen caps from pak darno, 2000 each. bu sumi paid 150k yesterday. how much does bu sumi still owe me?',
      ),
    ).toMatchObject([
      { kind: 'order', employer: 'pak darno', qty: { pieces: 36 } },
      { kind: 'payment', employer: 'bu sumi', amount: { amount: 150000 }, day: '2027-11-08' },
    ]);
  });
});

describe('the rate not told yet, after more of the goods', () => {
  it('"he has not told me the rate yet", "upahnya blm dikasih tau": no goods named by those words', () => {
    const en = read('then he gave me 4000 sticks more, he has not told me the rate yet');
    expect(en).toMatchObject([{ kind: 'order', qty: { pieces: 4000 } }]);
    expect(en[0]).not.toHaveProperty('product');
    const id = read('dpt 3000 batang lagi, upahnya blm dikasih tau');
    expect(id).toMatchObject([{ kind: 'order', qty: { pieces: 3000 } }]);
    expect(id[0]).not.toHaveProperty('product');
  });
});

describe('a helper\'s age said after "who"', () => {
  it('"my daughter who is 17" is grown; "my son who\'s 11" is a child', () => {
    expect(read('packed snacks 6 hrs today with my husband and my daughter who is 17')).toMatchObject([
      { kind: 'hours', minutes: 360, helpers: 2, child: false },
    ]);
    const young = read("glued sandals 3 hours with my son who's 11");
    expect(young).toMatchObject([{ kind: 'hours', helpers: 1, child: true }]);
    expect(young[0]).not.toMatchObject({ product: expect.stringMatching(/who/) });
  });
});

describe('titles shortened and work finished, as thumbs write them', () => {
  it('"jrgn darmo bayar 400rb dipotong benang 25rb", "pk hadi td bayar": pay from the employer, with its cut', () => {
    expect(read('jrgn sholeh bayar 400rb dipotong benang 25rb')).toEqual([
      expect.objectContaining({
        kind: 'payment',
        employer: 'jrgn sholeh',
        amount: { amount: 400000, explicit: true },
        deduction: { amount: 25000, kind: 'other' },
      }),
    ]);
    expect(read('pk hadi td bayar 150rb dipotong lem 10rb')).toMatchObject([
      { kind: 'payment', employer: 'pk hadi', amount: { amount: 150000 } },
    ]);
  });

  it('"barusan selese payet 4jm", "baru kelar jahit kerudung": finishing names no goods', () => {
    expect(read('barusan selese payet gamis 4jm')).toMatchObject([
      { kind: 'hours', minutes: 240, product: 'payet gamis' },
    ]);
    expect(read('baru kelar jahit mukena 3 jam')).toMatchObject([{ kind: 'hours', minutes: 180, product: 'mukena' }]);
  });
});
