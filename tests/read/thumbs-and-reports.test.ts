// How the tiredest thumbs write and how a woman catches up on days in one message: half hours and spans without
// "jam", figures typed onto words, a lone "k" before a name, helpers in short words, a rate for several pieces, a
// weekday with its date, a heading, a week's total, an advance named without its sum, progress on the order just
// told. Read with a fixed clock (Monday 8 March 2027, 19:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-03-08T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('spans of hours said without "jam"', () => {
  it.each([
    ['mbordir stgh 8 - stgh 12', 240, 7.5],
    ['mbordir setengah 8 sampai setengah 12', 240, 7.5],
    ['sewed 7-11 alone', 240, 7],
    ['njahit 8-12', 240, 8],
  ])('"%s" is %i minutes from %s', (text, minutes, from) => {
    expect(read(text)).toMatchObject([{ kind: 'hours', minutes, from }]);
  });

  it('"7-11" after a word of a date stays a date, not hours', () => {
    const [e] = read('jahit tgl 7-11');
    expect(e).toMatchObject({ kind: 'hours', day: '2026-11-07' });
    expect(e).not.toHaveProperty('minutes');
  });

  it('"7-11" beside a unit is no span of hours', () => {
    expect(read('setor 7-11 20 pcs')).toMatchObject([{ kind: 'handin', delivered: { pieces: 20 } }]);
  });

  it('"6 jam, eh 7 jam ding" is seven hours, one entry', () => {
    expect(read('wingi kerjo 6 jam, eh 7 jam ding, dibantu anakku umur 13')).toMatchObject([
      { kind: 'hours', minutes: 420, day: '2027-03-07', helpers: 1, child: true },
    ]);
  });

  it('"3 jam eh 4 kodi" is not a correction of the hours', () => {
    expect(read('jahit 3 jam eh 4 kodi')).toMatchObject([{ kind: 'hours', minutes: 180 }]);
  });
});

describe('figures and words run together or cut short', () => {
  it('"stor sapu150 k jurgan dramo": 150 brooms handed in to Juragan Darmo', () => {
    expect(read('stor sapu150 k jurgan dramo')).toMatchObject([
      { kind: 'handin', product: 'sapu', delivered: { pieces: 150 }, employer: 'jurgan dramo' },
    ]);
  });

  it('"keset 60 k pk haji slamet" is 60 doormats to him, then the pay', () => {
    expect(read('td stor keset 60 k pk haji slamet lgsg dbyr 90rb')).toMatchObject([
      { kind: 'handin', delivered: { pieces: 60 }, employer: 'pk haji slamet' },
      { kind: 'payment', amount: { amount: 90000 } },
    ]);
  });

  it('"dibayar 60 k" is still sixty thousand', () => {
    expect(read('dibayar 60 k')).toMatchObject([{ kind: 'payment', amount: { amount: 60000 } }]);
  });

  it('"anak2" stays a word said twice', () => {
    expect(read('anak2 bantu 3 jam')).toMatchObject([{ kind: 'hours', minutes: 180, helpers: 1, child: true }]);
  });

  it('"dpotong 25rb" is a cut of the pay', () => {
    expect(read('tgl 5 dbyr pk hadi 250rb dpotong 25rb krn sndl rsk')).toMatchObject([
      { kind: 'payment', amount: { amount: 250000 }, deduction: { amount: 25000 }, day: '2027-03-05' },
    ]);
  });

  it('"mbayar 180 dipotong 20": the cut in the same thousands as the pay', () => {
    const [e] = read('pk hadi mbayar 180 dipotong 20 mergo sandale rusak');
    expect(e).toMatchObject({
      kind: 'payment',
      amount: { amount: 180, explicit: false },
      deduction: { amount: 20000 },
    });
  });

  it('"12 rejectd" is rejects of the hand-in, not a second hand-in', () => {
    expect(read('gave 300 lashes to bu endang, 12 rejectd')).toMatchObject([
      { kind: 'handin', delivered: { pieces: 300 }, rejected: 12 },
    ]);
  });
});

describe('who helped, in short words', () => {
  it.each([
    ['td mlm nyulam payet jm 8-12 brg adk sy yg udh SMA', 1, false],
    ['yday packed kripik 3hrs w my daughter 10yo', 1, true],
    ['mbordir 3 jam dbntu adk sy kls 4 sd', 1, true],
    ['setu tak bungkus 6 jam karo anakku loro umur 8 karo 11', 2, true],
    ['kerja 5 jam dibantu anak2 umur 9 sama 12', 2, true],
  ])('"%s": %i helper(s), child %s', (text, helpers, child) => {
    expect(read(text)).toMatchObject([{ kind: 'hours', helpers, child }]);
  });

  it('the school year of a helper is no goods', () => {
    expect(read('mbordir 3 jam dibantu anak sy kelas 4 sd')[0]).not.toHaveProperty('product');
  });
});

describe('a rate for several pieces', () => {
  it.each(['njupuk sandal 15 kodi teko juragan darmo, 10 ewu telung pasang', 'ambil sandal 15 kodi, 10rb 3 pasang'])(
    '"%s" is 10000 for 3 pairs',
    (text) => {
      expect(read(text)).toMatchObject([
        { kind: 'order', qty: { pieces: 300 }, rate: { amount: 10000, count: 3, per: 'pasang' } },
      ]);
    },
  );

  it('a pay and a count after it stay what they were', () => {
    expect(read('setor 3 kodi, dibayar 60rb 2 kodi')).toMatchObject([
      { kind: 'handin', delivered: { pieces: 60 } },
      { kind: 'payment', amount: { amount: 60000 } },
    ]);
  });
});

describe('days in a long report', () => {
  it('"senin tgl 1" said on the Monday after is the 1st', () => {
    expect(read('senin tgl 1 ambil bulu mata dr bu yati 500 pasang')).toMatchObject([
      { kind: 'order', day: '2027-03-01' },
    ]);
  });

  it('"senin 1 kodi" keeps the count', () => {
    expect(read('senin 1 kodi ambil sandal')).toMatchObject([{ kind: 'order', qty: { pieces: 20 } }]);
  });

  it('a heading before the report is no goods; each entry keeps its day', () => {
    expect(
      read(
        'laporan: sabtu nyetor keset ke pak haji slamet 80 lembar, dibayar langsung 160rb tp dipotong 10rb buat ongkos angkut. minggu ambil lagi 100 lembar upah sama 2rb per lembar',
      ),
    ).toMatchObject([
      { kind: 'handin', product: 'keset', delivered: { pieces: 80 }, day: '2027-03-06' },
      { kind: 'payment', amount: { amount: 160000 }, deduction: { amount: 10000 }, day: '2027-03-06' },
      { kind: 'order', qty: { pieces: 100 }, rate: { amount: 2000 }, day: '2027-03-07' },
    ]);
  });

  it('"jumat setor sisanya 200" hands in 200', () => {
    expect(read('jumat setor sisanya 200')).toMatchObject([{ kind: 'handin', delivered: { pieces: 200 } }]);
  });

  it('"besoke" is the day after the day said before', () => {
    const r = read('sabtu njupuk daster 5 kodi teko bu endang. besoke tak garap 10 jam dewe');
    expect(r).toMatchObject([
      { kind: 'order', day: '2027-03-06' },
      { kind: 'hours', minutes: 600, helpers: 0, day: '2027-03-07' },
    ]);
    expect(r[1]).not.toHaveProperty('product');
  });

  it('goods made then handed in on a weekday of the week said are handed in that day', () => {
    expect(
      read('minggu kemarin aku garap besek 200 biji buat pak haji slamet, sabtu sudah disetor semua'),
    ).toMatchObject([{ kind: 'handin', delivered: { pieces: 200 }, day: '2027-03-06' }]);
  });
});

describe("a week's total", () => {
  it('"total kerja 20 jam" in a report of last week is that week\'s hours', () => {
    const r = read('minggu kemarin garap besek 200 biji. dibayar sabtu 300rb. total kerja 20 jam dibantu suami');
    expect(r.at(-1)).toMatchObject({ kind: 'hours', minutes: 1200, week: true, day: '2027-03-01' });
  });

  it('"worked about 18 hours in total" is this week\'s', () => {
    expect(read('worked about 18 hours in total, my 2 kids helped')).toMatchObject([
      { kind: 'hours', minutes: 1080, week: true, day: '2027-03-08' },
    ]);
  });

  it('"seminggu" is no goods', () => {
    expect(read('seminggu kerja 20 jam')[0]).not.toHaveProperty('product');
  });
});

describe('several facts at once', () => {
  it('an advance named without its sum is kept, to be asked', () => {
    expect(
      read('kemarin ambil jahitan seragam dr pak haji slamet 40 potong upah 12rb per potong, td pagi kasbon ke dia'),
    ).toMatchObject([
      { kind: 'order', qty: { pieces: 40 }, rate: { amount: 12000 } },
      { kind: 'kasbon', day: '2027-03-08' },
    ]);
  });

  it('"20 potong" is pieces, not a cut: the rate after it stays', () => {
    expect(read('ambil 20 potong payet dr bu yati 2rb sebiji. kasbon 50rb')).toMatchObject([
      { kind: 'order', qty: { pieces: 20 }, rate: { amount: 2000 } },
      { kind: 'kasbon', amount: { amount: 50000 } },
    ]);
  });

  it('goods of the order just told, worked on, are how far she got: hours, not a second order', () => {
    const r = read(
      'wingi njupuk sapu teko juragan darmo 200 iji opahe 250 sak iji. dino iki wis tak garap 100 iji, 7 jam dibantu bojoku',
    );
    expect(r).toMatchObject([
      { kind: 'order', qty: { pieces: 200 } },
      { kind: 'hours', minutes: 420, helpers: 1, day: '2027-03-08' },
    ]);
  });

  it('the goods of an order told without them are still the order ("ada orderan ..., packing kerupuk 500 pcs")', () => {
    expect(read('ada orderan baru dr mbak rina, packing kerupuk 500 pcs, upah 100 perak per pcs')).toMatchObject([
      { kind: 'order', qty: { pieces: 500 } },
    ]);
  });

  it('work got from a new employer, its count after, without a rate', () => {
    expect(read('got payet work from a new boss bu wati, 40 pcs, she didnt tell the rate yet')).toMatchObject([
      { kind: 'order', employer: 'bu wati', product: 'payet', qty: { pieces: 40 } },
    ]);
  });

  it('"thu and fri sewing 7 hrs each" is seven hours on each day', () => {
    expect(read('thu and fri sewing 7 hrs each, alone. bought thread 18k')).toMatchObject([
      { kind: 'hours', minutes: 420, day: '2027-03-04' },
      { kind: 'hours', minutes: 420, day: '2027-03-05' },
      { kind: 'cost', amount: { amount: 18000 } },
    ]);
  });

  it('krama "mendhet malih ... opahipun sami" is another order of the same goods', () => {
    const r = read('dinten niki mendhet malih 25 lusin, opahipun sami 3 ewu selusin');
    expect(r).toMatchObject([{ kind: 'order', qty: { pieces: 300 }, rate: { amount: 3000, per: 'lusin' } }]);
    expect(r[0]).not.toHaveProperty('product');
  });

  it('"juragan darmo lent me 250k" is an advance', () => {
    expect(read('juragan darmo lent me 250k this morning')).toMatchObject([
      { kind: 'kasbon', employer: 'juragan darmo', amount: { amount: 250000 } },
    ]);
  });
});

describe('catching up, third round', () => {
  it('"kemarin kerja 8 jam hr ini 7 jam" is two days of hours', () => {
    expect(read('kemarin kerja 8 jam hr ini 7 jam, dua2nya dibantu ibu saya')).toMatchObject([
      { kind: 'hours', minutes: 480, day: '2027-03-07', helpers: 1, child: false },
      { kind: 'hours', minutes: 420, day: '2027-03-08', helpers: 1, child: false },
    ]);
  });

  it('a count that is also the date after a weekday stays a count ("sabtu 6 jam" on the 6th)', () => {
    expect(read('jumat kerja 5 jam, sabtu 6 jam')).toMatchObject([
      { kind: 'hours', minutes: 300, day: '2027-03-05' },
      { kind: 'hours', minutes: 360, day: '2027-03-06' },
    ]);
  });

  it('an advance called off after a pay takes back only itself', () => {
    const r = read('dino iki nyetor 200, dibayar 80 ewu. jane arep ngebon 100 ewu tapi ora sido');
    expect(r).toMatchObject([
      { kind: 'handin', delivered: { pieces: 200 } },
      { kind: 'payment', amount: { amount: 80000 } },
    ]);
    expect(r).toHaveLength(2);
  });

  it('"bu sri (juragan anyar)" is Bu Sri; "adik ipar" is one grown-up helper', () => {
    expect(read('dino iki njupuk kripik tempe 20 kg teko bu sri (juragan anyar), opahe 2500 sekilo')).toMatchObject([
      { kind: 'order', employer: 'bu sri', product: 'kripik tempe' },
    ]);
    expect(read('kerja 5 jam dibantu adik ipar')).toMatchObject([{ kind: 'hours', helpers: 1, child: false }]);
  });

  it('"dipotong 15 ewu, jare ono sing rusak": a cut for the rejects', () => {
    expect(read('juragan darmo mbayar sapu 260 ewu tapi dipotong 15 ewu, jare ono sing rusak')).toMatchObject([
      { kind: 'payment', deduction: { amount: 15000, kind: 'other' } },
    ]);
  });
});
