// Quick entries cut into the text of each field (pure), and what is not one.
import { describe, expect, it } from 'vitest';
import { COST_WORDS } from '../../../src/content/cost-words.ts';
import { WORKER_TABLES } from '../../../src/db/erase.ts';
import { costCategoryOf, quickCost } from '../../../src/flows/diary/cost.ts';
import { quickHandin } from '../../../src/flows/diary/handin.ts';
import { quickHours } from '../../../src/flows/diary/hours.ts';
import { quickOrder } from '../../../src/flows/diary/order.ts';
import { quickPayment } from '../../../src/flows/diary/payment.ts';
import { quickRekap } from '../../../src/flows/diary/rekap.ts';
import { recordNames } from '../../../src/flows/messages/settings.ts';
import { FlowSim } from '../../helpers/flow.ts';

const now = new Date('2026-11-28T03:00:00Z');

describe('quick entries', () => {
  it.each([
    [
      'order 3 kodi sandal 2rb/pasang dari Bu Yati',
      { employer: 'Bu Yati', rate: '2rb/pasang', qty: '3 kodi', product: 'sandal' },
    ],
    [
      'Order 5 lusin peci 4rb sekodi dr pak slamet',
      { employer: 'pak slamet', rate: '4rb sekodi', qty: '5 lusin', product: 'peci' },
    ],
    [
      'orderan 100 kancing @250 dari Bu Ani kemarin',
      { employer: 'Bu Ani', receivedOn: 'kemarin', rate: '@250', qty: '100', product: 'kancing' },
    ],
    [
      'order 2 kodi kaos kaki upah 3rb dari Mbak Rini',
      { employer: 'Mbak Rini', rate: '3rb', qty: '2 kodi', product: 'kaos kaki' },
    ],
    ['order 100 peci 500 dari Pak Slamet', { employer: 'Pak Slamet', qty: '100', rate: '500', product: 'peci' }],
    [
      'garapan 3 kodi sandal 2rb/psg dari Bu Yati setor sabtu',
      { employer: 'Bu Yati', dueOn: 'sabtu', rate: '2rb/psg', qty: '3 kodi', product: 'sandal' },
    ],
    [
      'order bu yati 2 kodi sandal 15rb/kodi',
      { employer: 'bu yati', rate: '15rb/kodi', qty: '2 kodi', product: 'sandal' },
    ],
    ['order 50 peci Pak Slamet 1rb', { employer: 'Pak Slamet', rate: '1rb', qty: '50', product: 'peci' }],
    ['order sandal', { product: 'sandal' }],
    ['order', {}],
  ])('%s', (text, raw) => {
    expect(quickOrder(text, now)).toEqual({ raw });
  });

  it.each([
    ['setor 58 retur 2', { raw: { delivered: '58' }, preset: { qr: 2 } }],
    ['setor 58 ditolak 2 kemarin', { raw: { delivered: '58', handedInOn: 'kemarin' }, preset: { qr: 2 } }],
    ['setor 3 kodi', { raw: { delivered: '3 kodi' }, preset: {} }],
    ['Setoran 20 sandal tgl 12', { raw: { delivered: '20', handedInOn: 'tgl 12', order: 'sandal' }, preset: {} }],
    ['setor 12', { raw: { delivered: '12' }, preset: {} }],
    ['setor 40 2 rusak', { raw: { delivered: '40' }, preset: { qr: 2 } }],
    ['setor 40 retur', { raw: { delivered: '40' }, preset: { askRejected: true } }],
    ['setor', { raw: {}, preset: {} }],
  ])('%s', (text, expected) => {
    expect(quickHandin(text, now)).toEqual(expected);
  });

  it.each([
    ['dibayar 116rb', { raw: { amount: '116rb' }, preset: { kind: 'pay' } }],
    ['dibayar 116rb kemarin', { raw: { amount: '116rb', paidOn: 'kemarin' }, preset: { kind: 'pay' } }],
    [
      'dibayar 66rb dari Bu Yati potong kasbon 50rb',
      { raw: { amount: '66rb', employer: 'Bu Yati', cut: 'kasbon 50rb' }, preset: { kind: 'pay' } },
    ],
    ['terima bayaran Rp 100.000', { raw: { amount: 'Rp 100.000' }, preset: { kind: 'pay' } }],
    ['kasbon 50rb dari Bu Yati', { raw: { amount: '50rb', employer: 'Bu Yati' }, preset: { kind: 'kasbon' } }],
    ['kasbon lima puluh ribu', { raw: { amount: 'lima puluh ribu' }, preset: { kind: 'kasbon' } }],
  ])('%s', (text, expected) => {
    expect(quickPayment(text, now)).toEqual(expected);
  });

  it.each([
    ['kerja 5 jam', { hours: '5 jam' }],
    ['kerja 4,5 jam kemarin', { hours: '4,5 jam', workedOn: 'kemarin' }],
    ['kerja 6 jam dibantu 2 orang', { hours: '6 jam', helpers: '2' }],
    ['kerja 3 jam sendiri senin', { hours: '3 jam', helpers: '0', workedOn: 'senin' }],
    ['kerja 7', { hours: '7' }],
    ['kerja', {}],
  ])('%s', (text, raw) => {
    expect(quickHours(text, now)).toEqual({ raw });
  });

  it.each([
    ['biaya listrik 20rb', { amount: '20rb', category: 'listrik' }],
    ['beli lem 15rb kemarin', { amount: '15rb', spentOn: 'kemarin', category: 'lem' }],
    ['ongkos 10rb', { amount: '10rb', category: 'ongkos' }],
    ['bayar token listrik Rp 50.000', { amount: 'Rp 50.000', category: 'token listrik' }],
    ['biaya', {}],
    ['biaya gas 10rb', { amount: '10rb', category: 'gas' }],
  ])('%s', (text, raw) => {
    expect(quickCost(text, now)).toEqual({ raw });
  });

  it.each([
    ['gas', 'listrik'],
    ['gas elpiji 3 kg', 'listrik'],
    ['LPG', 'listrik'],
    ['isi ulang Elpiji', 'listrik'],
    ['token listrik', 'listrik'],
    ['arang', 'listrik'],
    ['benang jahit', 'bahan'],
    ['lem', 'bahan'],
    ['plastik kemasan', 'bahan'],
    ['tali rafia', 'bahan'],
    ['tepung', 'bahan'],
    ['ongkos kirim', 'transport'],
    ['ojek', 'transport'],
    ['bensin', 'transport'],
    ['pertalite', 'transport'],
    ['servis mesin jahit', 'alat'],
    ['kuota', 'lainnya'],
  ])('the cost word "%s" is %s', (text, category) => {
    expect(costCategoryOf(text)).toBe(category);
  });

  it('a cost word names one category only; words that name none stay unknown', () => {
    const seen = new Map<string, string>();
    for (const [category, words] of Object.entries(COST_WORDS)) {
      for (const w of words) {
        expect(seen.get(w), w).toBeUndefined();
        expect(w, 'words are matched folded, in lower case').toBe(w.toLowerCase());
        seen.set(w, category);
      }
    }
    for (const text of ['gasnya', 'sandal', 'bu yati', '10rb', '']) expect(costCategoryOf(text), text).toBeNull();
  });

  it.each([
    ['rekap', {}],
    ['rekap minggu ini', { period: 'thisWeek' }],
    ['rekap minggu lalu', { period: 'lastWeek' }],
    ['ringkasan bulan ini', { period: 'thisMonth' }],
    ['rekap bulan kemarin', { period: 'lastMonth' }],
    ['laporan bulanan bu yati', { statement: true, name: 'bu yati' }],
    ['slip', { statement: true, name: undefined }],
  ])('%s', (text, expected) => {
    expect(quickRekap(text)).toEqual(expected);
  });

  it('words that only look alike are not quick entries', () => {
    for (const text of ['bayaran', 'sesetor', 'orderr', 'kerjaan', '58', 'ya', 'biayanya']) {
      expect([quickOrder, quickHandin, quickHours, quickCost].map((f) => f(text, now))).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
    expect(quickPayment('bayar listrik 20rb', now)).toBeNull();
    expect(quickCost('dibayar 20rb', now)).toBeNull();
  });
});

describe('the diary flows without a database', () => {
  it('a quick entry asks the engine for the diary first and starts nothing else', () => {
    const s = new FlowSim();
    expect(() => s.say('setor 58')).toThrow(/needs facts: diary/);
  });

  it('every diary table is erased by HAPUS and has a name in DATAKU', () => {
    const diary = ['employers', 'orders', 'handins', 'payments', 'work_hours', 'costs', 'diary_corrections'];
    for (const table of diary) {
      expect(WORKER_TABLES, table).toContain(table);
      expect(recordNames[table], table).toBeDefined();
    }
    // Children before parents.
    expect(WORKER_TABLES.indexOf('handins')).toBeLessThan(WORKER_TABLES.indexOf('orders'));
    expect(WORKER_TABLES.indexOf('orders')).toBeLessThan(WORKER_TABLES.indexOf('employers'));
  });
});

describe('never throws', () => {
  it('quick recognisers on any text', async () => {
    const fc = await import('fast-check');
    const words = fc.constantFrom(
      'order',
      'setor',
      'dibayar',
      'kasbon',
      'kerja',
      'biaya',
      'rekap',
      'retur',
      'dari',
      'potong',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(words, fc.string(), fc.integer().map(String)), { maxLength: 8 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(text, (s) => {
        for (const f of [quickOrder, quickHandin, quickPayment, quickHours, quickCost]) f(s, now);
        quickRekap(s.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });

  it('any sequence of messages through the diary flows gives short replies and no exception', async () => {
    const fc = await import('fast-check');
    const { emptyLedger } = await import('../../../src/diary/ledger.ts');
    const ledger = emptyLedger();
    ledger.employers.push({ id: 1, name: 'Bu Yati' });
    ledger.orders.push({
      id: 1,
      employerId: 1,
      product: 'sandal',
      unit: 'kodi',
      quantityCount: 3,
      quantityPieces: 60,
      rateAmount: 2000,
      ratePer: 'pasang',
      rateCount: 1,
      ratePerPiece: 2000,
      receivedOn: '2026-11-20',
      dueOn: null,
      writtenAgreement: false,
      materialsFromEmployer: true,
      createdAt: '2026-11-20T01:00:00.000Z',
    });
    const msg = fc.oneof(
      fc.constantFrom(
        '1',
        '2',
        '3',
        '0',
        '9',
        'ya',
        'tidak',
        'menu',
        'batal',
        'ubah',
        'rekap',
        'kemarin',
        '50rb',
        '3 kodi',
      ),
      fc.constantFrom(
        'order 3 kodi sandal 2rb/pasang dari Bu Yati',
        'setor 58 retur 2',
        'dibayar 116',
        'kerja 30 jam',
        'biaya 5jt',
      ),
      // Object.prototype keys ("constructor", "__proto__") once crashed the keyword lookup.
      fc.constantFrom('constructor', '__proto__', 'toString', '/hasOwnProperty', 'valueOf'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(msg, { minLength: 1, maxLength: 12 }), (msgs) => {
        const s = new FlowSim(undefined, {
          diary: ledger,
          dataOverview: { counts: {}, identities: [] },
          bpjsOverview: { latest: null, openIntents: [] },
          monthlyEarnings: null,
          compareRates: {
            month: '2026-11',
            kecamatan: null,
            regency: null,
            own: { rate: null, hourly: null },
            umkHourly: 15327,
          },
        });
        for (const m of msgs) {
          const r = s.say(m);
          for (const part of r.split('\n\n')) expect(part.length).toBeLessThanOrEqual(1000);
        }
      }),
      { numRuns: 300 },
    );
  });
});
