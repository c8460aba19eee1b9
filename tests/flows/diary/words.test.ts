// Cost words and REKAP's words (pure); the diary's tables in HAPUS and DATAKU.
import { describe, expect, it } from 'vitest';
import { COST_WORDS } from '../../../src/content/cost-words.ts';
import { WORKER_TABLES } from '../../../src/db/erase.ts';
import { costCategoryOf } from '../../../src/flows/diary/cost.ts';
import { quickRekap } from '../../../src/flows/diary/rekap.ts';
import { recordNames } from '../../../src/flows/messages/settings.ts';
import { FlowSim } from '../../helpers/flow.ts';

describe('cost words and REKAP words', () => {
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
    ['rekap', { period: 'thisWeek' }],
    ['rekap minggu ini', { period: 'thisWeek' }],
    ['rekap minggu lalu', { period: 'lastWeek' }],
    ['ringkasan bulan ini', { period: 'thisMonth' }],
    ['rekap bulan kemarin', { period: 'lastMonth' }],
    ['laporan bulanan bu yati', { statement: true, name: 'bu yati' }],
    ['slip', { statement: true, name: undefined }],
  ])('%s', (text, expected) => {
    expect(quickRekap(text)).toEqual(expected);
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
  it('the REKAP words on any text', async () => {
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
          // "9", "6": the settings' weekly reminder reads her preferences.
          reminderPrefs: { enabled: true, weekday: 6, hour: 16 },
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
  }, 120_000);
});
