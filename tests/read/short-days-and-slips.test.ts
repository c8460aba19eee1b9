// What the reader makes of a few more ways of writing on a small phone: a half hour as a decimal inside a list
// of days ("fri 5.5 hours"), weekdays cut to three letters in a run ("sen 5 sel 6"), the first key pressed twice
// ("jjam"), "thn" for years after a child's age, "last nite", and parts of one day for two employers. Read with a
// fixed clock (Saturday 5 June 2027, 20:00 WIB).
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/read/entry.ts';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-06-05T20:00:00+07:00');
const read = (text: string, now = NOW) => readMessage(text, now).entries;
const hours = (es: Entry[]) =>
  es.map((e) => {
    const h = e as { minutes?: number; helpers?: number; child?: boolean };
    return { kind: e.kind, day: e.day, minutes: h.minutes, helpers: h.helpers, child: h.child };
  });

describe('a half hour as a decimal in a list of days', () => {
  it('"5.5" and "4,5" after the first day are five and a half hours, one row a day', () => {
    expect(hours(read('thu 6 hours, fri 5.5 hours'))).toEqual([
      { kind: 'hours', day: '2027-06-03', minutes: 360, helpers: undefined, child: undefined },
      { kind: 'hours', day: '2027-06-04', minutes: 330, helpers: undefined, child: undefined },
    ]);
    expect(hours(read('senen 7 jam, seloso 4,5 jam, rebo 3')).map((h) => h.minutes)).toEqual([420, 270, 180]);
  });

  it('under a heading, a decimal day in the middle of the list keeps the days after it', () => {
    expect(hours(read('jam kerja: senin 6, selasa 2.5, rabu 8')).map((h) => [h.day, h.minutes])).toEqual([
      ['2027-05-31', 360],
      ['2027-06-01', 150],
      ['2027-06-02', 480],
    ]);
  });
});

describe('weekdays cut to three letters', () => {
  it('two or more in a run, each before its figure, are days', () => {
    expect(hours(read('jam kerja sen 4 sel 7 rab 5')).map((h) => [h.day, h.minutes])).toEqual([
      ['2027-05-31', 240],
      ['2027-06-01', 420],
      ['2027-06-02', 300],
    ]);
    expect(hours(read('kam: 3 jam, jum: 6 jam')).map((h) => [h.day, h.minutes])).toEqual([
      ['2027-06-03', 180],
      ['2027-06-04', 360],
    ]);
  });

  it('one alone is not a day ("sen" may be a cent, "min" minus)', () => {
    const [e] = read('kerja 5 jam sen 3');
    expect(e?.day).not.toBe('2027-05-31');
  });
});

describe('slips of the thumb and short words', () => {
  it('"jjam", "kkodi": the first key pressed twice', () => {
    expect(hours(read('td njahit 6 jjam'))[0]?.minutes).toBe(360);
    const [order] = read('ambil 3 kkodi keset dr bu yati');
    expect(order?.kind).toBe('order');
    expect((order as { qty?: { pieces: number } }).qty?.pieces).toBe(60);
  });

  it('"anak 9 thn" is one child helper of nine, not nine helpers', () => {
    expect(hours(read('td mbordir 4 jam dibantu anak 9 thn'))).toEqual([
      { kind: 'hours', day: '2027-06-05', minutes: 240, helpers: 1, child: true },
    ]);
  });

  it('"last nite" in the morning is the evening before', () => {
    const [e] = read('last nite sewed 3 hours', new Date('2027-06-05T07:30:00+07:00'));
    expect(e).toMatchObject({ kind: 'hours', minutes: 180, day: '2027-06-04' });
  });
});

describe('parts of one day', () => {
  it('for two employers are two rows; for one, one row of the total', () => {
    expect(hours(read('isuk garap tas bu umi 2 jam, sore garap keset pak hadi 5 jam')).map((h) => h.minutes)).toEqual([
      120, 300,
    ]);
    expect(hours(read('pagi ngelem 2 jam, sore ngelem lagi 5 jam')).map((h) => h.minutes)).toEqual([420]);
  });
});

describe('several facts joined loosely', () => {
  const at = new Date('2027-06-18T20:00:00+07:00');
  const kinds = (text: string) =>
    readMessage(text, at).entries.map((e) => {
      const o = e as {
        employer?: string;
        product?: string;
        qty?: { pieces: number };
        delivered?: { pieces: number };
        amount?: { amount: number };
      };
      return [e.kind, o.employer, o.qty?.pieces ?? o.delivered?.pieces ?? o.amount?.amount];
    });

  it('goods named by whose they are and said done, then handed in on a line of its own, keep their count', () => {
    expect(kinds('keset pak hadi wis dadi kabeh 150, disetor rebo\ndibayar dino iki 75rb')).toEqual([
      ['handin', 'pak hadi', 150],
      ['payment', 'pak hadi', 75000],
    ]);
  });

  it('"kasih order" is an order given to her, not goods she gave', () => {
    expect(kinds('bu umi kasih order lg 120 pcs 500 perak')[0]).toEqual(['order', 'bu umi', 120]);
    expect(kinds('trus ngasih order 4 kodi')[0]?.[0]).toBe('order');
    expect(kinds('kasih 2 kodi ke bu yati')[0]).toEqual(['handin', 'bu yati', 40]);
  });

  it('"ditambahi garapan maneh ... rego padha": the words of the telling are not the goods', () => {
    const [, , order] = readMessage(
      'nyetor keset 80 nang bu yati terus dibayar 80 ewu terus ditambahi garapan maneh 40 biji rego padha 1500',
      at,
    ).entries;
    expect(order).toMatchObject({ kind: 'order', employer: 'bu yati', qty: { pieces: 40 } });
    expect((order as { product?: string }).product ?? '').not.toMatch(/ditambahi|rego/);
  });

  it('"mbak X pengepul ...": the role is not part of her name, and goods named twice are named once', () => {
    const [order] = readMessage('mbak rini pengepul peci seko pare ngirim 5 kodi peci, 2rb sekodi', at).entries;
    expect(order).toMatchObject({ kind: 'order', employer: 'mbak rini', product: 'peci', qty: { pieces: 100 } });
  });

  it('a dash between words parts the facts; between hours it is a span', () => {
    expect(kinds('bu yati - tas 30 biji, 2rb per biji - dijahit td 4 jam')).toEqual([
      ['order', 'bu yati', 30],
      ['hours', undefined, undefined],
    ]);
    expect((readMessage('kerja jam 8 - 11', at).entries[0] as { minutes?: number }).minutes).toBe(180);
  });
});

describe('vowels left out, as in SMS', () => {
  it('"dblekno", "dblkno" are the rejects of a hand-in; "kelar" stays its own word', () => {
    const [a] = readMessage('setor peci 3 kodi nang bu umi sng dblekno 4', NOW).entries;
    expect(a).toMatchObject({ kind: 'handin', delivered: { pieces: 60 }, rejected: 4 });
    const [b] = readMessage('stor keset 50 k pak hadi, dblkno 5', NOW).entries;
    expect(b).toMatchObject({ kind: 'handin', delivered: { pieces: 50 }, rejected: 5 });
    expect(readMessage('wis kelar 3 kodi', NOW).entries.map((e) => e.kind)).not.toContain('cost');
  });
});

describe('how the work came, said after the order', () => {
  it('"barusan dianter sama bu endang, bahannya dari dia" is no second order; a span with dashes stays a span', () => {
    const es = readMessage(
      'bu yati ngasih orderan jahit kerudung 30 biji upahnya 4rb per biji, barusan dianter sama bu yati, bahannya dari dia semua',
      NOW,
    ).entries;
    expect(es.map((e) => e.kind)).toEqual(['order']);
    const [h] = readMessage('dino iki nggarap jam 2 awan - jam 5 sore, dewean', NOW).entries;
    expect(h).toMatchObject({ kind: 'hours', minutes: 180 });
  });
});

describe('"oleh" and "entuk" with a count at the start of a message', () => {
  it('are work received, as "dapet" is; later in a telling, or "sedino", they are not', () => {
    const got = read('wingi entuk 4 lusin sarung bantal');
    expect(got.map((e) => e.kind)).toEqual(['order']);
    expect(got[0]).toMatchObject({ product: 'sarung bantal', qty: { pieces: 48 }, day: '2027-06-04' });
    expect(read('mau oleh 3 kodi')).toMatchObject([{ kind: 'order', qty: { pieces: 60 } }]);
    // What she made after the hours she worked is no order; nor is how much a day usually comes to.
    expect(read('ngelem kardus 4 jam, oleh 150 biji').map((e) => e.kind)).toEqual(['hours']);
    expect(read('sedino oleh 3 kodi').filter((e) => e.kind === 'order')).toEqual([]);
    // Money she got is still pay.
    expect(read('wingi oleh 60 ewu')).toMatchObject([{ kind: 'payment', amount: { amount: 60000 } }]);
  });
});

describe('small slips of the thumb in figures and English', () => {
  it("a space slipped in before the thousands' dot keeps the figure whole", () => {
    expect(read('ambil tas 40 biji dr bu umi upahe 2 .500 sebiji')).toMatchObject([
      { kind: 'order', rate: { amount: 2500, per: 'pcs' } },
    ]);
  });

  it('"returnd", an English past tense without its "e", is the word it stands for', () => {
    const es = read('handed in 2 kodi peci to pak hadi yesterday, 5 returnd');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'handin', delivered: { pieces: 40 }, rejected: 5, day: '2027-06-04' });
  });
});

describe('a part of the day that has not come yet today', () => {
  it('"mau sore" at six in the morning was yesterday afternoon; in the evening it is today', () => {
    const early = new Date('2027-06-05T06:15:00+07:00');
    expect(read('keset wis tak setor 80 mau sore', early)).toMatchObject([{ kind: 'handin', day: '2027-06-04' }]);
    expect(read('td siang dibayar bu umi 70rb', early)).toMatchObject([{ kind: 'payment', day: '2027-06-04' }]);
    expect(read('td pagi dibayar bu umi 70rb', early)).toMatchObject([{ kind: 'payment', day: '2027-06-05' }]);
    expect(read('keset wis tak setor 80 mau sore')).toMatchObject([{ kind: 'handin', day: '2027-06-05' }]);
  });
});
