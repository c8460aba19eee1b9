// An order taken before the middleman tells her the rate (pure: no database).
// It is kept with its rate unknown, from one message or as the answer to
// "Berapa upahnya?", never a trap and never "not saved"; the rate is given
// later (one order waiting: it goes there; several: which, numbered), or set
// with UBAH; hand-ins, pay and REKAP say plainly what waits for a rate.
import { describe, expect, it } from 'vitest';
import type { HandinRec, Ledger, OrderRec, PaymentRec } from '../../../src/diary/ledger.ts';
import { orderNote } from '../../../src/flows/diary/order.ts';
import type { Effect } from '../../../src/flows/types.ts';
import { FlowSim, worker } from '../../helpers/flow.ts';

const at = '2026-11-27T03:00:00.000Z';

function rateless(id: number, employerId: number, product: string, over: Partial<OrderRec> = {}): OrderRec {
  return {
    id,
    employerId,
    product,
    unit: 'kodi',
    quantityCount: 3,
    quantityPieces: 60,
    rateAmount: null,
    ratePer: null,
    rateCount: 1,
    ratePerPiece: null,
    receivedOn: '2026-11-26',
    dueOn: null,
    writtenAgreement: null,
    materialsFromEmployer: null,
    createdAt: at,
    ...over,
  };
}

function ledger(orders: OrderRec[] = [], handins: HandinRec[] = [], payments: PaymentRec[] = []): Ledger {
  return {
    employers: [
      { id: 1, name: 'Bu Umi' },
      { id: 2, name: 'Pak Hadi' },
      { id: 3, name: 'Bu Yati' },
    ],
    orders,
    handins,
    payments,
    hours: [],
    costs: [],
    corrected: [],
  };
}

const sim = (l: Ledger = ledger(), lang: 'id' | 'en' = 'id') => new FlowSim(worker({ lang }), { diary: l });
const created = (effects: Effect[]) => effects.filter((e) => e.type === 'createOrder');
const corrections = (effects: Effect[]) => effects.filter((e) => e.type === 'correctEntry');

describe('an order kept with its rate unknown', () => {
  it.each([
    'terima order 3 kodi sandal dari bu umi, upahnya belum dikasih tau',
    'order 3 kodi sandal bu umi upahnya belum tau',
    'njupuk garapan sandal 3 kodi seko bu umi, ongkose durung dikandani',
    'ambil 3 kodi sandal dr bu umi harganya nanti dikabari',
    'dapat order 3 kodi sandal dari bu umi tapi upahnya blm dikasih tau',
  ])('in one message, no rate question: "%s"', (text) => {
    const s = sim();
    const echo = s.say(text);
    expect(echo).not.toMatch(/Berapa upahnya/);
    expect(echo).toMatch(/Barang: sandal\n/);
    expect(echo).toMatch(/Upah: belum diketahui\n/);
    const saved = s.say('1');
    expect(saved).toMatch(/Order tersimpan\. Upahnya belum diketahui/);
    expect(saved).not.toMatch(/belum disimpan|Nilai order/);
    expect(created(s.effects)).toEqual([
      expect.objectContaining({
        values: expect.objectContaining({ quantity_pieces: 60, rate_amount: null, rate_per: null, rate_count: 1 }),
      }),
    ]);
    expect(s.state).toBeNull();
  });

  it('in English too: "rate not told yet"', () => {
    const s = sim(ledger(), 'en');
    const echo = s.say('new order 30 bags from pak hadi, rate not told yet');
    expect(echo).toMatch(/Rate: not known yet/);
    expect(s.say('1')).toMatch(/Order saved\. The rate is not known yet/);
    expect(created(s.effects)).toHaveLength(1);
  });

  it.each([
    'belum tau',
    'blm dikasih tau',
    'durung',
    'durung dikandani',
    'nanti dikabari',
    'harganya nanti dikabari',
    'gak ngerti',
    'ga tau mbak',
    'mboh',
    'dereng',
    'skip',
    'lewati',
    'nanti aja',
    'lupa',
    'gak tau, upahe durung dikandani, ngko tak takon sek',
    'upahnya lupa, nanti saya tanya bu umi dulu',
  ])('"%s" to "Berapa upahnya?" keeps it without a rate', (answer) => {
    const s = sim();
    expect(s.say('order 3 kodi sandal bu umi')).toMatch(/Berapa upahnya\?/);
    const echo = s.say(answer);
    expect(echo).toMatch(/Upah: belum diketahui\n/);
    expect(echo).not.toMatch(/belum disimpan/);
    s.say('1');
    expect(created(s.effects)).toHaveLength(1);
    expect(s.state).toBeNull();
  });

  it.each(['not told yet', "don't know yet", 'no idea', 'later', 'skip'])(
    '"%s" to "What is the rate?" keeps it without a rate',
    (answer) => {
      const s = sim(ledger(), 'en');
      expect(s.say('order 3 kodi sandal bu umi')).toMatch(/What is the rate\?/);
      expect(s.say(answer)).toMatch(/Rate: not known yet\n/);
    },
  );

  it('from the menu: every question, then "belum tau" to the rate', () => {
    const s = sim();
    s.say('1');
    s.say('bu umi');
    s.say('sandal');
    expect(s.say('3 kodi')).toMatch(/Berapa upahnya\?/);
    expect(s.say('belum tau')).toMatch(/Upah: belum diketahui/);
    const saved = s.say('1');
    // No quick-entry tip with a rate she does not have; how to give it later instead.
    expect(saved).toMatch(/Kalau sudah dikabari, ketik misalnya: upahnya 2rb\/pasang/);
    expect(saved).not.toMatch(/Lain kali bisa langsung ketik/);
  });

  it('"sek, tak delok bukune" keeps the question open once; "lupa" then keeps it without a rate', () => {
    const s = sim();
    s.say('order 3 kodi sandal bu umi');
    // (Only that it waits: the question is just above.)
    expect(s.say('sek lupa brp, tak delok bukune')).toMatch(/^Baik, saya tunggu\.[^?]*$/);
    expect(s.say('sek lupa brp')).toMatch(/Upah: belum diketahui/);
  });

  it('a rate typed as the answer is still a rate', () => {
    const s = sim();
    s.say('order 3 kodi sandal bu umi');
    expect(s.say('2rb sepasang')).toMatch(/Upah: Rp2\.000\/pasang, total Rp120\.000/);
  });

  it('at the check screen, the rate said at last fills the line', () => {
    const s = sim();
    s.say('order 3 kodi sandal bu umi upahnya belum tau');
    expect(s.say('eh upahnya 2rb sepasang')).toMatch(/Upah: Rp2\.000\/pasang, total Rp120\.000/);
  });

  it('CATATAN ORDER says the rate is not known yet, with no total, and asks for it (SMS too)', () => {
    const d = {
      employer: { id: 1, name: 'Bu Umi' },
      product: 'sandal',
      qty: { count: 3, unit: 'kodi' as const, pieces: 60 },
      rate: null,
      receivedOn: '2026-11-26',
      dueOn: null,
    };
    const note = orderNote(d);
    expect(note).toMatch(/^CATATAN ORDER\n[\s\S]*\nUpah: belum diketahui\n/);
    expect(note).not.toMatch(/Total/);
    expect(note).toMatch(/Mohon dikabari upahnya/);
    const sms = orderNote(d, 'sms');
    expect(sms).toMatch(/upah belum diketahui, diterima/);
    expect(sms).not.toMatch(/total/);
  });
});

describe('the rate given later', () => {
  it('one order waiting: "upahnya 25rb per kodi" goes there, through a check screen', () => {
    const s = sim(ledger([rateless(7, 1, 'sandal')]));
    const check = s.say('upahnya 25rb per kodi');
    expect(check).toMatch(/^Upah untuk Bu Umi: sandal \(26\/11\)\nDiubah menjadi:\n/);
    expect(check).toMatch(/Upah: belum diketahui → Rp25\.000\/kodi \(Rp1\.250\/biji\), total Rp75\.000/);
    const saved = s.say('1');
    expect(saved).toMatch(/Upah: Rp25\.000\/kodi[\s\S]*Total: Rp75\.000/);
    expect(corrections(s.effects)).toEqual([
      expect.objectContaining({
        entity: 'order',
        id: 7,
        changes: { rate_amount: 25_000, rate_per: 'kodi' },
      }),
    ]);
  });

  it('what she handed in already is worth something now, said on saving', () => {
    const h: HandinRec = {
      id: 1,
      orderId: 7,
      handedInOn: '2026-11-27',
      deliveredPieces: 40,
      rejectedPieces: 0,
      createdAt: at,
    };
    const s = sim(ledger([rateless(7, 1, 'sandal')], [h]));
    s.say('upahe 2rb sepasang');
    expect(s.say('1')).toMatch(/^Upah tersimpan\. Setoran yang sudah masuk \(2 kodi\) bernilai Rp80\.000\./);
  });

  it('"ongkos sandal bu umi 2rb sepasang": the order her words name, among several waiting', () => {
    const s = sim(ledger([rateless(7, 1, 'sandal'), rateless(8, 2, 'tas', { unit: 'pcs', quantityPieces: 30 })]));
    const check = s.say('ongkos sandal bu umi 2rb sepasang');
    expect(check).toMatch(/Upah untuk Bu Umi: sandal/);
    expect(check).toMatch(/belum diketahui → Rp2\.000\/pasang, total Rp120\.000/);
    s.say('1');
    expect(corrections(s.effects)[0]).toMatchObject({ id: 7, changes: { rate_amount: 2000, rate_per: 'pasang' } });
  });

  it('several waiting and nothing names one: asked which, numbered; 0 leaves them as they are', () => {
    const orders = [rateless(7, 1, 'sandal'), rateless(8, 2, 'tas', { unit: 'pcs', receivedOn: '2026-11-27' })];
    let s = sim(ledger(orders));
    const ask = s.say('upahnya 25rb per kodi');
    expect(ask).toBe('Upah ini untuk order yang mana?\n1 Pak Hadi: tas (27/11)\n2 Bu Umi: sandal (26/11)\n0 Batal');
    expect(s.say('2')).toMatch(/Upah untuk Bu Umi: sandal[\s\S]*Rp25\.000\/kodi/);
    s.say('1');
    expect(corrections(s.effects)[0]).toMatchObject({ id: 7 });

    s = sim(ledger(orders));
    s.say('upahnya 25rb per kodi');
    expect(s.say('yang tas')).toMatch(/Upah untuk Pak Hadi: tas/);

    s = sim(ledger(orders));
    s.say('upahnya 25rb per kodi');
    expect(s.say('0')).toBe('Baik, upahnya tidak diubah.');
    expect(s.state).toBeNull();

    // Two answers it cannot read: nothing changed, and she is free.
    s = sim(ledger(orders));
    s.say('upahnya 25rb per kodi');
    expect(s.say('hmm')).toMatch(/^Balas dengan angka 1 sampai 2/);
    expect(s.say('hmm')).toBe('Baik, upahnya tidak diubah.');
    expect(s.state).toBeNull();
    expect(corrections(s.effects)).toEqual([]);
  });

  it('a bare amount for an order counted in kodi: per which is asked, as for a typed rate', () => {
    const s = sim(ledger([rateless(7, 2, 'peci')]));
    const ask = s.say('upahe peci 4 ewu');
    expect(ask).toMatch(/^Upah untuk Pak Hadi: peci \(26\/11\)\nUpah Rp4\.000 maksudnya yang mana\?/);
    expect(s.say('2')).toMatch(/Upah: belum diketahui → Rp4\.000\/kodi/);
  });

  it('in English: "rate for the bags is 5k each"', () => {
    const s = sim(ledger([rateless(8, 2, 'bags', { unit: 'pcs', quantityCount: 30, quantityPieces: 30 })]), 'en');
    expect(s.say('rate for the bags is 5k each')).toMatch(
      /^Rate for Pak Hadi: bags \(26\/11\)\nChanged to:\nRate: not known yet → Rp5\.000\/pcs, total Rp150\.000/,
    );
  });

  it('another employer named, or nothing waiting: the message is read as it always was', () => {
    // Bu Yati has no order waiting: her "2rb sepasang" with goods and a count is a new order.
    let s = sim(ledger([rateless(7, 1, 'sandal')]));
    expect(s.say('order 2 kodi sandal dari bu yati 2rb sepasang')).toMatch(/Cek dulu, order baru/);
    s = sim(ledger());
    expect(s.say('upahnya 25rb per kodi')).toMatch(/Maaf, saya belum paham/);
    // "upahnya 25rb" alone is pay received, as before.
    s = sim(ledger([rateless(7, 1, 'sandal')]));
    expect(s.say('upahnya 25rb')).toMatch(/Dari siapa\?/);
  });

  it('UBAH on the order: its "Upah: belum diketahui" line, then the rate', () => {
    const s = sim(ledger([rateless(7, 1, 'sandal')]));
    expect(s.say('ubah')).toMatch(/1 Order 26\/11 Bu Umi: sandal 3 kodi/);
    s.say('1');
    const lines = s.say('1');
    expect(lines).toMatch(/4 Upah: belum diketahui/);
    expect(s.say('4')).toMatch(/Berapa upahnya\?/);
    expect(s.say('4rb sekodi')).toMatch(/Upah: belum diketahui → Rp4\.000\/kodi \(Rp200\/biji\), total Rp12\.000/);
    s.say('1');
    expect(corrections(s.effects)[0]).toMatchObject({ id: 7, changes: { rate_amount: 4000, rate_per: 'kodi' } });
  });

  it('a rate statement in the middle of a hand-in is something new: the hand-in is set aside', () => {
    const s = sim(ledger([rateless(7, 1, 'sandal'), rateless(8, 2, 'tas', { unit: 'pcs' })]));
    expect(s.say('setor')).toMatch(/Setor untuk order yang mana\?/);
    expect(s.say('ongkos sandal bu umi 2rb sepasang')).toMatch(/Upah untuk Bu Umi: sandal/);
    // Saved, the hand-in is offered back.
    expect(s.say('1')).toMatch(/Setoran belum selesai:\n1 Lanjutkan\n2 Buang/);
    expect(s.say('1')).toMatch(/Setor untuk order yang mana\?/);
  });

  it('"upah tas 5rb" is a rate only for a bag order waiting for one; else pay, as before', () => {
    let s = sim(ledger([rateless(8, 2, 'tas', { unit: 'pcs', quantityCount: 30, quantityPieces: 30 })]));
    expect(s.say('upah tas 5rb')).toMatch(/Upah untuk Pak Hadi: tas[\s\S]*→ Rp5\.000\/biji, total Rp150\.000/);
    s = sim(ledger([rateless(7, 1, 'sandal')]));
    expect(s.say('upah tas 5rb')).toMatch(/Dari siapa\?/);
  });
});

describe('hand-ins and pay on an order waiting for its rate', () => {
  it('the hand-in is saved, worth "belum diketahui", with how to give the rate', () => {
    const s = sim(ledger([rateless(7, 1, 'sandal')]));
    const check = s.say('setor 3 kodi sandal ke bu umi');
    expect(check).toMatch(/Ditolak: 0, diterima 60 = belum diketahui/);
    const saved = s.say('1');
    expect(saved).toMatch(/^Setoran tersimpan, nilainya belum diketahui\./);
    expect(saved).toMatch(/Kalau upahnya sudah dikabari, ketik misalnya: upahnya 2rb\/pasang/);
    expect(s.effects.filter((e) => e.type === 'createHandin')).toHaveLength(1);
  });

  it('pay for it: what is left cannot be worked out, never "paid ahead"', () => {
    const h: HandinRec = {
      id: 1,
      orderId: 7,
      handedInOn: '2026-11-27',
      deliveredPieces: 60,
      rejectedPieces: 0,
      createdAt: at,
    };
    const s = sim(ledger([rateless(7, 1, 'sandal')], [h]));
    const check = s.say('dibayar bu umi 60rb');
    expect(check).toMatch(/Untuk order: Bu Umi: sandal \(26\/11\)/);
    const saved = s.say('1');
    expect(saved).toMatch(/3 kodi sandal: upahnya belum diketahui, jadi sisanya belum bisa dihitung\./);
    expect(saved).not.toMatch(/Dibayar di muka|Lunas/);
  });
});

describe('REKAP and the monthly statement with work waiting for its rate', () => {
  const waiting = () =>
    ledger(
      [rateless(7, 1, 'sandal')],
      [{ id: 1, orderId: 7, handedInOn: '2026-11-27', deliveredPieces: 60, rejectedPieces: 0, createdAt: at }],
    );

  it('says plainly what waits, invents no value, and gives no per-hour figure on those hours alone', () => {
    const l = waiting();
    l.hours = [
      { id: 1, workedOn: '2026-11-27', minutes: 300, orderId: 7, helpers: 0, childHelper: null, createdAt: at },
    ];
    const r = sim(l).say('rekap');
    expect(r).toMatch(/Upah dari setoran: Rp0\n3 kodi sandal Bu Umi: upah belum diketahui\n/);
    expect(r).toMatch(/Jam kerja: 5 jam\nHasil per jam belum bisa dihitung: upah setoran Anda belum diketahui\./);
    expect(r).toMatch(/Bu Umi: upah Rp0, dibayar Rp0; 3 kodi sandal: upah belum diketahui\n/);
    expect(r).not.toMatch(/lunas|dibayar di muka|Catat jam kerja/);
    const en = sim(l, 'en').say('rekap');
    expect(en).toMatch(/3 kodi sandal from Bu Umi: rate not known yet/);
    expect(en).toMatch(/Earnings per hour cannot be worked out yet/);
  });

  it('what is still owed for the rest, plus what waits', () => {
    const l = waiting();
    l.orders.push(
      rateless(8, 1, 'tas', {
        unit: 'pcs',
        quantityCount: 10,
        quantityPieces: 10,
        rateAmount: 5000,
        ratePer: 'pcs',
        ratePerPiece: 5000,
      }),
    );
    l.handins.push({
      id: 2,
      orderId: 8,
      handedInOn: '2026-11-27',
      deliveredPieces: 10,
      rejectedPieces: 0,
      createdAt: at,
    });
    l.hours = [
      { id: 1, workedOn: '2026-11-27', minutes: 120, orderId: null, helpers: 0, childHelper: null, createdAt: at },
    ];
    const r = sim(l).say('rekap');
    expect(r).toMatch(
      /Hasil bersih per jam: Rp25\.000\n.*\nSetoran yang upahnya belum diketahui tidak dihitung di sini\./,
    );
    expect(r).toContain(
      'Bu Umi: upah Rp50.000, dibayar Rp0; belum dibayar Rp50.000, ditambah 3 kodi sandal (upah belum diketahui)',
    );
  });

  it('the statement to forward: the hand-in without a value, and what is left said as far as it is known', () => {
    const s = sim(waiting());
    const r = s.say('slip bu umi bulan ini');
    expect(r).toContain('- 27/11 sandal: 60 diterima = upah belum diketahui');
    expect(r).toContain('3 kodi sandal: upah belum diketahui, sisanya belum bisa dihitung');
    expect(r).not.toMatch(/Lunas/);
  });
});
