// Second thoughts and tired thumbs in one message: take-back words ("oh i mean", "wait no"), a unit put right after
// other words or after its count, figures in words put right, the half said after hours, "eh dudu X, Y" with no
// "tapi", krama rejects put right and krama "teng"; a helper added with "eh karo X pisan" and a child's age between
// two helpers; a heading of hours over a list of days; "handed all 60" and "ngei garapan"; verbs and goods
// mistyped, and what is never changed ("kelar", a name after its title); an employer's name with two letters
// swapped; a rate put right that is no question of a word.
// Read with a fixed clock: Wednesday 2 December 2026, 10:00 WIB.
import { describe, expect, it } from 'vitest';
import { matchEmployer } from '../../src/flows/diary/fields.ts';
import { putRight } from '../../src/read/put-right.ts';
import { readMessage } from '../../src/read/reader.ts';
import { termAsked } from '../../src/read/term-question.ts';

const NOW = new Date('2026-12-02T10:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('putRight: take-back words and what they put right', () => {
  it('"oh i mean" puts a count right: "5 kodi ke bu warsih oh i mean 6 kodi" is 6 kodi', () => {
    expect(putRight('setor tas 5 kodi ke bu warsih oh i mean 6 kodi')).toBe('setor tas 6 kodi ke bu warsih');
  });

  it('"wait no" puts a count right: "40 biji dr pak darto, wait no, 45 biji" is 45 biji', () => {
    expect(putRight('ambil keset 40 biji dr pak darto, wait no, 45 biji')).toBe('ambil keset 45 biji dr pak darto');
  });

  it('a unit put right after other words: "10 dozen gloves from bu siti, sorry i mean 10 kodi"', () => {
    expect(putRight('got 10 dozen gloves from bu siti, sorry i mean 10 kodi')).toBe('got 10 kodi gloves from bu siti');
  });

  it('the half said after the hours stays with them: "3 jam, eh 3 jam setengah"', () => {
    expect(putRight('ngobras 3 jam, eh 3 jam setengah')).toBe('ngobras 3 jam setengah');
  });

  it('"eh dudu tas, dompet" with no "tapi" swaps the goods said before', () => {
    expect(putRight('oleh garapan tas 30 biji teko bu warsih, eh dudu tas, dompet')).toBe(
      'oleh garapan dompet 30 biji teko bu warsih',
    );
  });

  it('krama rejects put right: "ingkang dibalekaken 4, eh 6 ding" is 6', () => {
    expect(putRight('setor dompet 5 kodi teng bu sumi, ingkang dibalekaken 4, eh 6 ding')).toBe(
      'setor dompet 5 kodi teng bu sumi, ingkang dibalekaken 6',
    );
  });
});

describe('readMessage: what she put right, read as one record', () => {
  it('"oh i mean 6 kodi" is a hand-in of 120 pieces to Bu Warsih', () => {
    expect(read('setor tas 5 kodi ke bu warsih oh i mean 6 kodi')).toMatchObject([
      { kind: 'handin', employer: 'bu warsih', product: 'tas', delivered: { count: 6, unit: 'kodi', pieces: 120 } },
    ]);
  });

  it('"wait no, 45 biji" is an order of 45 pieces', () => {
    expect(read('ambil keset 40 biji dr pak darto, wait no, 45 biji')).toMatchObject([
      { kind: 'order', employer: 'pak darto', qty: { count: 45, pieces: 45 } },
    ]);
  });

  it('"10 dozen gloves ..., sorry i mean 10 kodi" is an order of 200 pieces, not 120', () => {
    const es = read('got 10 dozen gloves from bu siti, sorry i mean 10 kodi');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', employer: 'bu siti', qty: { count: 10, unit: 'kodi', pieces: 200 } });
  });

  it('"3 jam, eh 3 jam setengah" is three and a half hours', () => {
    expect(read('ngobras 3 jam, eh 3 jam setengah')).toMatchObject([{ kind: 'hours', minutes: 210 }]);
  });

  it('"eh dudu tas, dompet" is an order of purses, with no bags in it', () => {
    const es = read('oleh garapan tas 30 biji teko bu warsih, eh dudu tas, dompet');
    expect(es).toMatchObject([{ kind: 'order', employer: 'bu warsih', product: 'dompet', qty: { pieces: 30 } }]);
    expect(es).toHaveLength(1);
  });

  it('"ingkang dibalekaken 4, eh 6 ding" after a hand-in "teng bu sumi": 100 handed in, 6 rejected', () => {
    const es = read('setor dompet 5 kodi teng bu sumi, ingkang dibalekaken 4, eh 6 ding');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'handin',
      employer: 'bu sumi',
      product: 'dompet',
      delivered: { count: 5, unit: 'kodi', pieces: 100 },
      rejected: 6,
    });
  });

  it('krama "teng" is "to": "kula setoraken dompet 5 kodi teng bu sumi" is a hand-in to Bu Sumi', () => {
    expect(read('kula setoraken dompet 5 kodi teng bu sumi')).toMatchObject([
      { kind: 'handin', employer: 'bu sumi', product: 'dompet', delivered: { pieces: 100 } },
    ]);
  });

  it('"teng" is no part of the goods: "ngekeki keset 3 kodi teng bu sumi" is keset', () => {
    expect(read('ngekeki keset 3 kodi teng bu sumi')).toMatchObject([
      { employer: 'bu sumi', product: 'keset', qty: { pieces: 60 } },
    ]);
  });

  it('"dibalekaken" alone is the rejects of a hand-in', () => {
    expect(read('setor keset 3 kodi dhateng pak darto, dibalekaken 5')).toMatchObject([
      { kind: 'handin', employer: 'pak darto', delivered: { pieces: 60 }, rejected: 5 },
    ]);
  });
});

describe('readMessage: figures in words and a unit after its count, put right', () => {
  it('"telung puluh biji eh selawe" is 25 pieces', () => {
    expect(putRight('ambil peci teko bu warsih telung puluh biji eh selawe')).toBe('ambil peci teko bu warsih 25 biji');
    expect(read('ambil peci teko bu warsih telung puluh biji eh selawe ding')).toMatchObject([
      { kind: 'order', employer: 'bu warsih', product: 'peci', qty: { count: 25, pieces: 25 } },
    ]);
  });

  it('"4 kodi eh lusin maksudnya" is 4 lusin; "lusin" is no part of the goods', () => {
    expect(read('setor tas 4 kodi eh lusin maksudnya ke pak darto')).toMatchObject([
      { kind: 'handin', employer: 'pak darto', product: 'tas', delivered: { count: 4, unit: 'lusin', pieces: 48 } },
    ]);
  });

  it('"6 lusin, sorry, kodi" is 6 kodi', () => {
    expect(read('nyetor dompet 6 lusin, sorry, kodi')).toMatchObject([
      { kind: 'handin', product: 'dompet', delivered: { count: 6, unit: 'kodi', pieces: 120 } },
    ]);
  });
});

describe('readMessage: helpers said in two steps', () => {
  it('"dibantu adikku, eh karo bojoku pisan" is two helpers', () => {
    const es = read('njahit 4 jam dibantu adikku, eh karo bojoku pisan');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 240, helpers: 2 });
  });

  it('"karo anakku umur 12 lan tonggoku" is two helpers, one a child', () => {
    const es = read('nggarap tas 5 jam karo anakku umur 12 lan tonggoku');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 300, helpers: 2, child: true });
  });
});

describe('readMessage: a heading of hours over a list of days', () => {
  it('"hours this week: mon 5, tue 8, wed 4" is one hours entry a day', () => {
    const es = read('hours this week: mon 5, tue 8, wed 4');
    expect(es.map((e) => e.kind)).toEqual(['hours', 'hours', 'hours']);
    expect(es).toMatchObject([
      { minutes: 300, day: '2026-11-30' },
      { minutes: 480, day: '2026-12-01' },
      { minutes: 240, day: '2026-12-02' },
    ]);
  });

  it('"jam kerja: senin 6, selasa 7, rabu 5" is one hours entry a day', () => {
    const es = read('jam kerja: senin 6, selasa 7, rabu 5');
    expect(es.map((e) => e.kind)).toEqual(['hours', 'hours', 'hours']);
    expect(es).toMatchObject([
      { minutes: 360, day: '2026-11-30' },
      { minutes: 420, day: '2026-12-01' },
      { minutes: 300, day: '2026-12-02' },
    ]);
  });
});

describe('readMessage: order and hand-in words', () => {
  it('"handed all 40 to bu warsih" is a hand-in of 40', () => {
    expect(read('handed all 40 to bu warsih')).toMatchObject([
      { kind: 'handin', employer: 'bu warsih', delivered: { pieces: 40 } },
    ]);
  });

  it('"bu warsih wingi ngei garapan peci 2 kodi" is an order of caps; "ngei" is no part of the goods', () => {
    const es = read('bu warsih wingi ngei garapan peci 2 kodi');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({
      kind: 'order',
      employer: 'bu warsih',
      product: 'peci',
      qty: { count: 2, unit: 'kodi', pieces: 40 },
      day: '2026-12-01',
    });
  });

  it('"ngei garapan ... teko bu warsih": the goods are the purses alone', () => {
    expect(read('ngei garapan dompet 3 kodi teko bu warsih')).toMatchObject([
      { kind: 'order', employer: 'bu warsih', product: 'dompet', qty: { pieces: 60 } },
    ]);
  });

  it('"bu warsih ngei 100 ewu", money given with no goods, is a pay from Bu Warsih', () => {
    expect(read('bu warsih ngei 100 ewu')).toMatchObject([
      { kind: 'payment', employer: 'bu warsih', amount: { amount: 100000 } },
    ]);
  });
});

describe("readMessage: a thumb's slip", () => {
  it('"sertor" is "setor": a hand-in', () => {
    expect(read('sertor dompet 30 biji ke bu warsih')).toMatchObject([
      { kind: 'handin', employer: 'bu warsih', product: 'dompet', delivered: { pieces: 30 } },
    ]);
  });

  it('"dibayra" is "dibayar": a pay, not a cost, and no part of her name', () => {
    expect(read('dibayra 150rb')).toMatchObject([{ kind: 'payment', amount: { amount: 150000 } }]);
    expect(read('bu warsih dibayra 150rb')).toMatchObject([
      { kind: 'payment', employer: 'bu warsih', amount: { amount: 150000 } },
    ]);
  });

  it('"nyetro" is "nyetor": a hand-in of keset', () => {
    expect(read('nyetro keset 3 kodi ke bu warsih')).toMatchObject([
      { kind: 'handin', employer: 'bu warsih', product: 'keset', delivered: { pieces: 60 } },
    ]);
  });

  it('"kelar" stays "kelar", not "keluar" (a cost word)', () => {
    const es = read('nyetor tas 40 biji ke bu warsih, wis kelar kabeh');
    expect(es.map((e) => e.kind)).toEqual(['handin']);
    expect(es[0]!.text).toMatch(/\bkelar\b/);
    expect(es[0]!.text).not.toMatch(/keluar/);
  });

  it('a name after its title is never changed: "pak sertor" stays', () => {
    expect(read('setor sandal 2 kodi ke pak sertor')).toMatchObject([{ kind: 'handin', employer: 'pak sertor' }]);
  });

  it('"sandla", the last two letters swapped, is sandal', () => {
    expect(read('ambil sandla 2 kodi dr bu umi')).toMatchObject([
      { kind: 'order', employer: 'bu umi', product: 'sandal', qty: { pieces: 40 } },
    ]);
  });
});

describe('matchEmployer: two letters swapped', () => {
  const hers = [
    { id: 1, name: 'Bu Warsih' },
    { id: 2, name: 'Pak Darto' },
  ];

  it('"bu wrasih" is near Bu Warsih, "pak datro" near Pak Darto', () => {
    expect(matchEmployer('bu wrasih', hers)).toEqual({ exact: null, near: hers[0] });
    expect(matchEmployer('pak datro', hers)).toEqual({ exact: null, near: hers[1] });
  });

  it('letters swapped far apart are no slip: "bu hirsaw" matches no one', () => {
    expect(matchEmployer('bu hirsaw', hers)).toEqual({ exact: null, near: null });
  });
});

describe('a rate put right is no question of a word', () => {
  it('"upah 3rb per lusin eh per kodi maksudnya" is not asked about; "per kodi maksudnya apa" is', () => {
    expect(termAsked('upah 3rb per lusin eh per kodi maksudnya')).toBeNull();
    expect(termAsked('per kodi maksudnya apa')).not.toBeNull();
  });

  it('read in an order, it is 3rb a kodi', () => {
    expect(read('ambil kaos kaki 10 kodi dr bu yati, upah 3rb per lusin eh per kodi maksudnya')).toMatchObject([
      { kind: 'order', employer: 'bu yati', qty: { pieces: 200 }, rate: { amount: 3000, per: 'kodi' } },
    ]);
  });
});

describe('readMessage: a week of hours listed, ages between helpers, the hundreds after the thousands', () => {
  // Wednesday 2 December 2026: Monday is 30 November.
  const hoursOf = (text: string) =>
    read(text)
      .filter((e) => e.kind === 'hours')
      .map((e) => [e.day, (e as { minutes?: number }).minutes]);

  it('"jam kerja minggu iki: senen 5, seloso prei, rebo 3 jam setengah, ...": a day off passed over, the half kept', () => {
    expect(hoursOf('jam kerja minggu iki: senen 5, seloso prei, rebo 3 jam setengah')).toEqual([
      ['2026-11-30', 300],
      ['2026-12-02', 210],
    ]);
  });

  it('"jam kerja minggu ini senin 4 selasa 7 rabu 2": no colon, no commas, still a day each', () => {
    expect(hoursOf('jam kerja minggu ini senin 4 selasa 7 rabu 2')).toEqual([
      ['2026-11-30', 240],
      ['2026-12-01', 420],
      ['2026-12-02', 120],
    ]);
  });

  it('"with my daughter 9 yo and a neighbour": two helpers, one a child', () => {
    expect(read('sewed 3 hours today with my daughter 9 yo and a neighbour')).toMatchObject([
      { kind: 'hours', minutes: 180, helpers: 2, child: true },
    ]);
  });

  it('"dibayar 43 ewu 500" is Rp43,500; "dibayar 50 ribu, 200 biji" keeps its count apart', () => {
    expect(read('bu warsih mbayar 43 ewu 500')).toMatchObject([{ kind: 'payment', amount: { amount: 43500 } }]);
    expect(read('setor 200 biji ke bu warsih dibayar 50 ribu 200 biji')[0]).not.toMatchObject({
      amount: { amount: 50200 },
    });
  });
});

describe('readMessage: put right in digits and words mixed, and whom after "not paid yet"', () => {
  it('"upah 4rb eh salah, tiga ribu lima ratus per biji": Rp3,500 a piece', () => {
    expect(read('ambil dompet dr bu warsih 60 biji, upah 4rb eh salah, tiga ribu lima ratus per biji')).toMatchObject([
      { kind: 'order', rate: { amount: 3500, per: 'pcs' } },
    ]);
  });

  it('"5 jam setengah, eh nem jam setengah ding": six and a half hours, once', () => {
    expect(read('wingi nyulam 5 jam setengah, eh nem jam setengah ding')).toMatchObject([
      { kind: 'hours', minutes: 390 },
    ]);
  });

  it('"3 lusin, bukan 3 tp 4 lusin": 48 pieces; "opahe limang ewu, eh patang ewu limang atus selusin"', () => {
    expect(read('ambil kaos kaki dr bu warsih 3 lusin, bukan 3 tp 4 lusin')).toMatchObject([
      { kind: 'order', qty: { pieces: 48 } },
    ]);
    expect(
      read('ambil kaos kaki dr bu warsih 4 lusin, opahe limang ewu, eh patang ewu limang atus selusin'),
    ).toMatchObject([{ kind: 'order', rate: { amount: 4500, per: 'lusin' } }]);
  });

  it('"got 4 gross beads, no sorry two gross": 288 pieces', () => {
    expect(read('got 4 gross beads from bu warsih, no sorry two gross, 8000 a gross')).toMatchObject([
      { kind: 'order', qty: { pieces: 288 } },
    ]);
  });

  it('"ambil tas eh bukan tas, dompet dr bu warsih": the goods meant, mid-sentence', () => {
    expect(read('ambil tas eh bukan tas, dompet dr bu warsih 30 biji')).toMatchObject([
      { kind: 'order', product: 'dompet' },
    ]);
  });

  it('"bu warsih mbayar 80 ewu, pak darto durung mbayar, nanging wis tak setor 2 kodi": the hand-in is to Pak Darto', () => {
    const es = read('bu warsih mbayar 80 ewu, pak darto durung mbayar, nanging wis tak setor 2 kodi');
    expect(es.map((e) => [e.kind, (e as { employer?: string }).employer])).toEqual([
      ['payment', 'bu warsih'],
      ['handin', 'pak darto'],
    ]);
  });
});

describe('readMessage: English halves and rejects in a list', () => {
  it('"fri 4 and half hours" between other days is 4.5 hours on Friday', () => {
    const hours = read('catching up: wed 7 hours, thu 4 and half hours, all alone')
      .filter((e) => e.kind === 'hours')
      .map((e) => (e as { minutes?: number }).minutes);
    expect(hours).toEqual([420, 270]);
  });

  it('"5 got rejected" is a count of rejects, not a pay', () => {
    const es = read('handed in 80 purses to bu warsih, 5 got rejected');
    expect(es.map((e) => e.kind)).toEqual(['handin']);
    expect(es[0]).toMatchObject({ rejected: 5 });
  });
});
