// Several facts in one message dictated with no stop: a day said first, then another day's clause; a day said after
// its figures; weekdays each with their hours, then what she did today; a hand-in with "not paid yet" and a thing
// bought; an order all done and handed in; how many jobs she got, which is no count; krama "ingkang" of the
// rejects; goods of three words; who helped, said before the hours; "two days ago" and "these two days". Read with
// a fixed clock (Wednesday 12 May 2027, 19:00 WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2027-05-12T19:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;
const TODAY = '2027-05-12';
const YESTERDAY = '2027-05-11';
const TWO_DAYS_AGO = '2027-05-10';

describe('a day said first, then another day', () => {
  it('"kmrn ambil ... 5 jam sendirian td subuh lanjut 2 jam": 5 hours yesterday, 2 hours today', () => {
    const entries = read(
      'kmrn ambil obras kaos dr bu umi 15 lusin upah 3rb per lusin trus lgsg dikerjain 5 jam sendirian td subuh lanjut 2 jam',
    );
    expect(entries).toMatchObject([
      { kind: 'order', employer: 'bu umi', qty: { pieces: 180 }, rate: { amount: 3000, per: 'lusin' }, day: YESTERDAY },
      { kind: 'hours', minutes: 300, helpers: 0, day: YESTERDAY },
      { kind: 'hours', minutes: 120, day: TODAY },
    ]);
    // (Not one clause of 7 hours, nor the 2 hours on yesterday.)
    expect(entries.filter((e) => e.kind === 'hours')).toHaveLength(2);
  });

  it('"Mum worked 6 hours yesterday and 6 hours today on the eyelashes": a day said after its figures, two days', () => {
    const entries = read('Mum worked 6 hours yesterday and 6 hours today on the eyelashes');
    expect(entries).toMatchObject([
      { kind: 'hours', minutes: 360, day: YESTERDAY },
      { kind: 'hours', minutes: 360, day: TODAY },
    ]);
    expect(entries).toHaveLength(2);
  });

  it('"jumat 4 jam sabtu 6 jam minggu 3 jam sendiri aja td sore udah setor 25 tas": Sunday\'s hours, then today\'s hand-in', () => {
    const entries = read(
      'jumat sabtu minggu ngerjain tas anyaman bu yati jumat 4 jam sabtu 6 jam minggu 3 jam sendiri aja td sore udah setor 25 tas semua bagus blm dibayar',
    );
    expect(entries).toMatchObject([
      { kind: 'hours', minutes: 240, day: '2027-05-07', helpers: 0 },
      { kind: 'hours', minutes: 360, day: '2027-05-08', helpers: 0 },
      { kind: 'hours', minutes: 180, day: '2027-05-09', helpers: 0 },
      { kind: 'handin', delivered: { pieces: 25 }, rejected: 0, day: TODAY, employer: 'bu yati' },
    ]);
    // "blm dibayar": no pay.
    expect(entries.some((e) => e.kind === 'payment')).toBe(false);
  });

  it('the same without its heading: Sunday keeps its 3 hours and the hand-in is today', () => {
    expect(read('jumat 4 jam sabtu 6 jam minggu 3 jam sendiri aja td sore udah setor 25 tas')).toMatchObject([
      { kind: 'hours', minutes: 240, day: '2027-05-07' },
      { kind: 'hours', minutes: 360, day: '2027-05-08' },
      { kind: 'hours', minutes: 180, day: '2027-05-09' },
      { kind: 'handin', delivered: { pieces: 25 }, day: TODAY },
    ]);
  });
});

describe('what comes after a hand-in', () => {
  it('"... opahe durung dibayar tuku benang 20 ewu": hours, a hand-in and a cost; no pay', () => {
    const entries = read(
      'dino iki mbordir kerudung 7 jam dibantu anakku sing umur 14 terus sore nyetor 2 kodi nang bu endang kabeh apik opahe durung dibayar tuku benang 20 ewu',
    );
    expect(entries).toMatchObject([
      { kind: 'hours', minutes: 420, helpers: 1, child: true, day: TODAY },
      { kind: 'handin', employer: 'bu endang', delivered: { pieces: 40 }, rejected: 0, day: TODAY },
      { kind: 'cost', what: 'benang', amount: { amount: 20000 }, day: TODAY },
    ]);
    expect(entries.some((e) => e.kind === 'payment')).toBe(false);
  });

  it('"... 15 lusin teko juragan darmo 2 ewu sak lusin wis dadi kabeh langsung tak setorke sore mau": the order and a hand-in of 180', () => {
    const entries = read(
      'dino iki masang kancing 15 lusin teko juragan darmo 2 ewu sak lusin wis dadi kabeh langsung tak setorke sore mau trus bon 50 ewu nggo tuku beras nggarap 5 jam karo anakku sing umur 10',
    );
    expect(entries).toMatchObject([
      {
        kind: 'order',
        employer: 'juragan darmo',
        product: 'kancing',
        qty: { pieces: 180 },
        rate: { amount: 2000, per: 'lusin' },
        day: TODAY,
      },
      { kind: 'handin', employer: 'juragan darmo', delivered: { pieces: 180 }, day: TODAY },
      { kind: 'kasbon', amount: { amount: 50000 } },
      { kind: 'hours', minutes: 300, helpers: 1, child: true },
    ]);
  });

  it('"wonten 5 ingkang dipun wangsulaken" after a hand-in is 5 rejected', () => {
    const entries = read(
      'nyuwun sewu badhe lapor. wingi nyetor obras dhateng bu umi 8 lusin, wonten 5 ingkang dipun wangsulaken. dinten menika dipun bayar 200 ewu nanging dipotong 10 ewu',
    );
    expect(entries).toMatchObject([
      { kind: 'handin', employer: 'bu umi', delivered: { pieces: 96 }, rejected: 5, day: YESTERDAY },
      { kind: 'payment', amount: { amount: 200000 }, deduction: { amount: 10000 }, day: TODAY },
    ]);
  });
});

describe('counts that are not of goods, and names of goods', () => {
  it('"dino iki oleh garapan loro. juragan darmo ngekei sapu 50 biji ...": two orders, none of 2 pieces', () => {
    const entries = read(
      'dino iki oleh garapan loro. juragan darmo ngekei sapu 50 biji opahe 3 ewu, bu endang ngekei keset 30 biji opahe 4500. sore nggarap sapu 4 jam karo bojoku',
    );
    expect(entries).toMatchObject([
      { kind: 'order', employer: 'juragan darmo', product: 'sapu', qty: { pieces: 50 }, rate: { amount: 3000 } },
      { kind: 'order', employer: 'bu endang', product: 'keset', qty: { pieces: 30 }, rate: { amount: 4500 } },
      { kind: 'hours', minutes: 240, helpers: 1, child: false },
    ]);
    const orders = entries.filter((e) => e.kind === 'order') as { qty?: { pieces: number } }[];
    expect(orders).toHaveLength(2);
    expect(orders.some((o) => o.qty?.pieces === 2)).toBe(false);
  });

  it('"gantungan kunci mote" keeps its whole name', () => {
    expect(read('njupuk gantungan kunci mote teko bu endang 4 kodi, opahe 10 ewu sekodi')).toMatchObject([
      {
        kind: 'order',
        employer: 'bu endang',
        product: 'gantungan kunci mote',
        qty: { pieces: 80 },
        rate: { amount: 10000, per: 'kodi' },
      },
    ]);
  });
});

describe('who helped, said before the hours', () => {
  it('"mau isuk ... karo ponakanku sing wis SMA, 5 jam" after an order of yesterday: the helper is on today\'s hours', () => {
    const entries = read(
      'rebo tuku senar 10 ewu. wingi sore bu yati ngeteri mote 200 biji, opahe 600 per biji. mau isuk nganti awan tak garap karo ponakanku sing wis SMA, 5 jam',
    );
    expect(entries).toMatchObject([
      { kind: 'cost', what: 'senar', amount: { amount: 10000 } },
      { kind: 'order', employer: 'bu yati', product: 'mote', qty: { pieces: 200 }, day: YESTERDAY },
      { kind: 'hours', minutes: 300, helpers: 1, child: false, day: TODAY },
    ]);
    // (The helper is not left on the order of yesterday.)
    expect(entries[1]).not.toHaveProperty('helpers');
  });
});

describe('two days', () => {
  it('"rong dino kepungkur" is two days ago', () => {
    expect(read('rong dino kepungkur dibayar juragan darmo 150 ewu')).toMatchObject([
      { kind: 'payment', employer: 'juragan darmo', amount: { amount: 150000 }, day: TWO_DAYS_AGO },
    ]);
    expect(read('rong dino kepungkur nggarap sapu 6 jam')).toMatchObject([
      { kind: 'hours', minutes: 360, day: TWO_DAYS_AGO },
    ]);
  });

  it('"rong dino iki" is no day: only the days said after it', () => {
    const entries = read('rong dino iki nggarap sapu, wingi 6 jam dino iki 4 jam');
    expect(entries).toMatchObject([
      { kind: 'hours', minutes: 360, day: YESTERDAY },
      { kind: 'hours', minutes: 240, day: TODAY },
    ]);
    expect(entries.some((e) => (e as { day?: string }).day === TWO_DAYS_AGO)).toBe(false);
  });
});

describe('put right in the same message, in the words the last blind set showed', () => {
  it('"5 jam sendirian, eh 5 setengah jam" is one entry of five and a half hours', () => {
    const es = readMessage('kmrn njahit 5 jam sendirian, eh 5 setengah jam', NOW).entries;
    expect(es).toMatchObject([{ kind: 'hours', minutes: 330, helpers: 0 }]);
    expect(es).toHaveLength(1);
  });

  it('"6 dozen ..., 1500 per dozen. sorry i mean 8 dozen" is 8 dozen at 1500 a dozen', () => {
    expect(
      readMessage('got 6 dozen socks from bu endang, 1500 per dozen. sorry i mean 8 dozen', NOW).entries,
    ).toMatchObject([{ kind: 'order', qty: { pieces: 96 }, rate: { amount: 1500, per: 'lusin' } }]);
  });

  it('"keset 50 ..., eh dudu keset tapi sapu" is an order of brooms', () => {
    const [e] = readMessage('oleh garapan keset 50 soko bu umi 2 ewu sijine, eh dudu keset tapi sapu', NOW).entries;
    expect(e).toMatchObject({ kind: 'order', product: 'sapu', qty: { pieces: 50 } });
  });
});
