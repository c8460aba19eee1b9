// What the reader makes of rates as older women say them (the unit first, a sum for one unit, old money words glossed
// in brackets or with "yo iku"), of runs of entries told in one go (two who paid, two orders got, work taken home, a
// fare after an order), and of words the new readings must leave alone (a child's age in brackets, a rate in
// brackets after a name, a neighbour who helped). Read with a fixed clock (Saturday 28 November 2026, WIB).
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';

const NOW = new Date('2026-11-28T10:00:00+07:00');
const read = (text: string) => readMessage(text, NOW).entries;

describe('runs of entries told in one go', () => {
  it('"alhamdulillah hr ini 2 org bayar. bu yati Rp 120.000, bu umi Rp 75.000" is two pays, today', () => {
    const es = read('alhamdulillah hr ini 2 org bayar. bu yati Rp 120.000, bu umi Rp 75.000');
    expect(es).toHaveLength(2);
    expect(es).toMatchObject([
      { kind: 'payment', employer: 'bu yati', amount: { amount: 120000 }, day: '2026-11-28' },
      { kind: 'payment', employer: 'bu umi', amount: { amount: 75000 }, day: '2026-11-28' },
    ]);
  });

  it('"hari ini dpt 2 orderan. dr bu endang mukena …, dr bu umi manik2 bros …" is two orders', () => {
    const es = read(
      'hari ini dpt 2 orderan. dr bu endang mukena 15 biji upah 12rb/biji, dr bu umi manik2 bros 5 lusin 6rb selusin',
    );
    expect(es).toHaveLength(2);
    expect(es).toMatchObject([
      {
        kind: 'order',
        employer: 'bu endang',
        product: 'mukena',
        qty: { count: 15, unit: 'pcs', pieces: 15 },
        rate: { amount: 12000, per: 'pcs', count: 1 },
      },
      {
        kind: 'order',
        employer: 'bu umi',
        qty: { count: 5, unit: 'lusin', pieces: 60 },
        rate: { amount: 6000, per: 'lusin', count: 1 },
      },
    ]);
    // The two is how many orders, not a count of anything.
    expect(es.some((e) => e.kind === 'order' && e.qty?.count === 2)).toBe(false);
  });

  it('"trus bawa pulang lagi 30 biji upah sama 5rb per biji" is an order', () => {
    expect(read('trus bawa pulang lagi 30 biji upah sama 5rb per biji')).toMatchObject([
      { kind: 'order', qty: { count: 30, unit: 'pcs', pieces: 30 }, rate: { amount: 5000, per: 'pcs' } },
    ]);
  });

  it('work taken home after a hand-in is an order from the same employer', () => {
    const es = read(
      'lapor ya. tadi pagi setor tas anyaman ke juragan darmo 25 biji, 2 rusak dibalikin. dibayar 115rb. trus bawa pulang lagi 30 biji upah sama 5rb per biji. ongkos ojek pp 20rb',
    );
    expect(es.map((e) => e.kind)).toEqual(['handin', 'payment', 'order', 'cost']);
    expect(es).toMatchObject([
      { employer: 'juragan darmo', delivered: { pieces: 25 }, rejected: 2 },
      { employer: 'juragan darmo', amount: { amount: 115000 } },
      { employer: 'juragan darmo', qty: { pieces: 30 }, rate: { amount: 5000, per: 'pcs' } },
      { category: 'transport', amount: { amount: 20000 } },
    ]);
  });

  it('"njupuk label … 5 ewu per gros. mulih numpak ojek 12 ewu" is an order and a cost', () => {
    const es = read('njupuk label nang bu endang 10 gros, 5 ewu per gros. mulih numpak ojek 12 ewu');
    expect(es).toHaveLength(2);
    expect(es).toMatchObject([
      {
        kind: 'order',
        employer: 'bu endang',
        product: 'label',
        qty: { count: 10, unit: 'gros', pieces: 1440 },
        rate: { amount: 5000, per: 'gros' },
      },
      { kind: 'cost', category: 'transport', amount: { amount: 12000 } },
    ]);
  });

  it('"3 kodi sandal, dari bu yati, 5rb sekodi" is one order', () => {
    expect(read('3 kodi sandal, dari bu yati, 5rb sekodi')).toEqual([
      expect.objectContaining({
        kind: 'order',
        employer: 'bu yati',
        product: 'sandal',
        qty: { count: 3, unit: 'kodi', pieces: 60 },
        rate: expect.objectContaining({ amount: 5000, per: 'kodi', count: 1 }),
      }),
    ]);
  });

  it('"dr bu sri tetangga desa sebelah" names Bu Sri, not the goods', () => {
    const es = read(
      'dpt orderan baru dr bu sri tetangga desa sebelah, pasang kancing 500 biji, 100 perak per biji. td sore udh dikerjain 3 jam',
    );
    expect(es).toMatchObject([
      { kind: 'order', employer: 'bu sri', qty: { pieces: 500 }, rate: { amount: 100, per: 'pcs' } },
      { kind: 'hours', minutes: 180 },
    ]);
    const order = es[0]!;
    expect(order.kind === 'order' ? (order.product ?? '') : '').not.toMatch(/tetangga|desa/);
  });
});

describe('rates as older women say them', () => {
  // [what she wrote, who from, the order's count and unit, the rate as read]
  const cases: [string, string, { count: number; unit: string; pieces: number }, { amount: number; per: string }][] = [
    [
      'Nyuwun dipun catet nggih. Wingi sonten kula pikantuk garapan saking Bu Yati, sandal kalih kodi, opahipun sak kodi selangkung ewu',
      'bu yati',
      { count: 2, unit: 'kodi', pieces: 40 },
      { amount: 25000, per: 'kodi' },
    ],
    [
      'pak hadi mau ngeterke garapan ngelem sandal wolung kodi, opahe sepasang seringgit (rong ewu limang atus)',
      'pak hadi',
      { count: 8, unit: 'kodi', pieces: 160 },
      { amount: 2500, per: 'pasang' },
    ],
    [
      'dino iki oleh garapan ngrakit jepitan rambut soko juragan darmo limang atus biji, opahe sak biji setali, yo iku rong atus seket rupiah',
      'juragan darmo',
      { count: 500, unit: 'pcs', pieces: 500 },
      { amount: 250, per: 'pcs' },
    ],
    [
      'Ini saya mau catat orderan dari Bu Yati sandal jepit dua kodi upahnya lima belas ribu satu kode diambil tadi pagi',
      'bu yati',
      { count: 2, unit: 'kodi', pieces: 40 },
      { amount: 15000, per: 'kodi' },
    ],
    // A sum said twice, in words and glossed in brackets, is counted once.
    [
      'njupuk sandal 2 kodi seko bu yati, opahe seket ewu (50 thousand) sekodi',
      'bu yati',
      { count: 2, unit: 'kodi', pieces: 40 },
      { amount: 50000, per: 'kodi' },
    ],
  ];
  it.each(cases)('"%s" is one order at the rate said', (text, employer, qty, rate) => {
    const es = read(text);
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'order', employer, qty, rate: { ...rate, count: 1 } });
  });

  it('"opahipun … wingi sonten" dates the order yesterday', () => {
    expect(read(cases[0]![0])[0]).toMatchObject({ day: '2026-11-27' });
  });
});

describe('what the new readings leave alone', () => {
  it('"my daughter (12) helped" keeps the child and holds no money', () => {
    const es = read('worked 4.5 hrs today gluing sandals, my daughter (12) helped');
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ kind: 'hours', minutes: 270, helpers: 1, child: true });
    expect(es[0]).not.toHaveProperty('amount');
    expect(es[0]).not.toHaveProperty('rate');
  });

  it('"Pak Kirno (10k/dozen)" keeps the name and the rate', () => {
    const es = read(
      'Picked up 4 dozen dompet from Pak Kirno (10k/dozen) and handed in the 3 dozen from last week, 2 rejected',
    );
    expect(es).toMatchObject([
      {
        kind: 'order',
        employer: 'pak kirno',
        product: 'dompet',
        qty: { count: 4, unit: 'lusin', pieces: 48 },
        rate: { amount: 10000, per: 'lusin', count: 1 },
      },
      { kind: 'handin', employer: 'pak kirno', delivered: { pieces: 36 }, rejected: 2 },
    ]);
  });

  it('"dibantu mbak ani tonggo sebelah" counts her among the helpers', () => {
    expect(read('dino iki nglinting 7 jam dibantu mbahku karo mbak ani tonggo sebelah')).toMatchObject([
      { kind: 'hours', minutes: 420, helpers: 2, child: false },
    ]);
    expect(read('kerja 4 jam dibantu mbak ani tonggo sebelah')).toMatchObject([
      { kind: 'hours', minutes: 240, helpers: 1, child: false },
    ]);
  });
});
