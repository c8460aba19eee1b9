// Her kecamatan and kind of work after onboarding: settings 7 and 8, the words
// KECAMATAN / PEKERJAAN, MENU before the questions, and the one-time note.
import { describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/diary/ledger.ts';
import type { CompareFacts } from '../../src/flows/compare.ts';
import { profileWord } from '../../src/flows/profile.ts';
import type { Facts, WorkerProfile } from '../../src/flows/types.ts';
import { FlowSim, worker } from '../helpers/flow.ts';

const COMPARE: CompareFacts = {
  month: '2026-11',
  kecamatan: { n: 6, rateN: 6, rate: { low: 300, high: 350 }, hourlyN: 5, hourly: { low: 8000, high: 9000 } },
  regency: null,
  own: { rate: null, hourly: null },
  umkHourly: 15327,
};

const sim = (over: Partial<WorkerProfile> = {}, facts: Facts = {}) =>
  new FlowSim(worker(over), { diary: emptyLedger(), compareRates: COMPARE, ...facts });

const newcomer = (facts: Facts = {}) =>
  sim({ status: 'onboarding', kecamatan: null, product: null, consentVersion: null, researchConsent: false }, facts);

describe('kecamatan and work in settings', () => {
  it('the settings menu shows both, and 7 changes the kecamatan with the onboarding question', () => {
    const s = sim();
    const menu = s.say('menu');
    const settings = s.say(menu.match(/(\d+) Pengaturan/)![1]!);
    expect(settings).toMatch(/\n7 Kecamatan: Pare\n8 Pekerjaan: Sandal \/ sepatu\n0 Kembali$/);
    expect(s.say('7')).toBe(
      'Kecamatan Anda sekarang: Pare.\nAnda tinggal di kecamatan mana? Ketik namanya (contoh: Pare), atau 0 untuk melihat daftar.',
    );
    // A typo is checked first, as in onboarding.
    expect(s.say('gurh')).toMatch(/Maksud Anda Kecamatan Gurah\?/);
    expect(s.effects).toEqual([]);
    expect(s.say('1')).toBe('Tersimpan. Kecamatan: Gurah.');
    expect(s.effects).toEqual([{ type: 'updateWorker', changes: { kecamatan: 'Gurah' } }]);
    expect(s.state).toBeNull();
  });

  it('8 changes the kind of work, by number or by name', () => {
    const s = sim();
    s.say('menu');
    s.say('9');
    expect(s.say('8')).toMatch(/^Pekerjaan Anda sekarang: Sandal \/ sepatu\.\nApa pekerjaan utama Anda di rumah\?\n1 /);
    expect(s.say('jahit')).toBe('Tersimpan. Pekerjaan: Jahit / pakaian.');
    expect(s.w.product).toBe('jahit');
    s.say('pekerjaan');
    s.say('6');
    expect(s.w.product).toBe('kemasan');
  });

  it('the list, outside Kediri, and bad answers: a friendly reply, nothing changed', () => {
    const s = sim();
    s.say('kecamatan');
    expect(s.say('0')).toMatch(/Pilih kecamatan, balas angkanya:\n1 Badas\n[\s\S]*\n27 Di luar Kabupaten Kediri$/);
    expect(s.say('99')).toMatch(/^Balas dengan angka 1 sampai 27\.\nPilih kecamatan/);
    expect(s.say('xyz')).toMatch(/tidak saya kenal/);
    expect(s.say('😀')).toMatch(/tidak saya kenal/);
    s.say('batal');
    s.say('pekerjaan');
    expect(s.say('0')).toMatch(/^Balas dengan angka 1 sampai 7\./);
    expect(s.say('<b>')).toMatch(/^Balas dengan angka 1 sampai 7\./);
    expect(s.effects).toEqual([]);
    s.say('batal');
    s.say('kecamatan');
    s.say('0');
    expect(s.say('27')).toBe('Tersimpan. Kecamatan: Di luar Kabupaten Kediri.');
    expect(s.w.kecamatan).toBe('luar');
  });

  it('BATAL in the middle changes nothing; a settings number out of range says 1 to 8', () => {
    const s = sim();
    s.say('kecamatan');
    s.say('gurh');
    expect(s.say('batal')).toMatch(/Dibatalkan/);
    s.say('menu');
    s.say('9');
    expect(s.say('9')).toMatch(/1 sampai 8/);
    expect(s.effects).toEqual([]);
    expect(s.w.kecamatan).toBe('Pare');
  });

  it('in English', () => {
    const s = sim({ lang: 'en', kecamatan: null });
    s.say('menu');
    expect(s.say('9')).toMatch(/\n7 Kecamatan: not set\n8 Work: Sandals \/ shoes\n0 Back$/);
    expect(s.say('7')).toMatch(/^Which kecamatan/);
    expect(s.say('Pare')).toBe('Saved. Kecamatan: Pare.');
  });

  it('the words that open the questions, and words that only look alike', () => {
    for (const w of ['kecamatan', 'ganti kecamatan', 'ubah kecamatan', 'isi kecamatan', 'kecamatan!', 'sub-district'])
      expect(profileWord(w), w).toBe('kecamatan');
    for (const w of ['pekerjaan', 'ganti pekerjaan', 'kind of work']) expect(profileWord(w), w).toBe('product');
    for (const w of ['kecamatan pare', 'pekerjaan saya jahit', 'kec', 'kerja', 'kerjaan'])
      expect(profileWord(w), w).toBeNull();
  });
});

describe('MENU before the kecamatan and work questions', () => {
  it('after consent: no "nothing saved", a note on how to fill them later, and the note counts as the offer', () => {
    const s = newcomer();
    s.say('halo');
    s.say('1');
    s.say('1');
    s.say('1');
    const r = s.say('menu');
    expect(r).not.toMatch(/Dibatalkan/);
    expect(r).toMatch(/^Baik\. Kecamatan dan pekerjaan Anda belum diisi\. Bisa diisi kapan saja: ketik KECAMATAN/);
    expect(r).toMatch(/Menu Upahku/);
    expect(s.state).toBeNull();
    expect(s.w.kecamatan).toBeNull();
    expect(s.last!.effects).toEqual([{ type: 'profileOfferShown', offer: 'kecamatan' }]);
  });

  it('BATAL at the product question does the same; before consent MENU still repeats the question', () => {
    const s = newcomer();
    s.say('halo');
    s.say('1');
    expect(s.say('menu')).toMatch(/Setuju\?/);
    s.say('1');
    s.say('2');
    s.say('pare');
    expect(s.say('batal')).toMatch(/^Baik\. Kecamatan dan pekerjaan/);
    // The kecamatan she typed was not saved: it is saved with the product, at the end.
    expect(s.w.kecamatan).toBeNull();
  });

  it('KECAMATAN afterwards asks the kecamatan, then the work that is also missing', () => {
    const s = newcomer();
    for (const m of ['halo', '1', '1', '1', 'menu']) s.say(m);
    expect(s.say('kecamatan')).toMatch(/^Anda tinggal di kecamatan mana\?/);
    expect(s.say('pare')).toMatch(/^Tersimpan\. Kecamatan: Pare\.\n\nApa pekerjaan utama Anda di rumah\?/);
    expect(s.say('3')).toBe('Tersimpan. Pekerjaan: Makanan / kue.');
    expect(s.w).toMatchObject({ kecamatan: 'Pare', product: 'makanan' });
  });
});

describe('REKAP offers once to set a missing kecamatan', () => {
  it('asks which offers were shown only when the kecamatan is missing', () => {
    expect(() => sim({ kecamatan: null }).say('rekap minggu ini')).toThrow(/needs facts: profileOffers/);
    expect(sim().say('rekap minggu ini')).not.toMatch(/KECAMATAN/);
  });

  it('not shown yet: one short note after the REKAP, remembered', () => {
    const s = sim({ kecamatan: null }, { profileOffers: [] });
    const r = s.say('rekap minggu ini');
    expect(r).toMatch(/REKAP minggu ini[\s\S]*\n\nKecamatan Anda belum diisi\. .*Ketik KECAMATAN untuk mengisi\.$/);
    expect(s.last!.replies.at(-1)!.text.length).toBeLessThanOrEqual(300);
    expect(s.effects).toEqual([{ type: 'profileOfferShown', offer: 'kecamatan' }]);
    expect(s.state).toBeNull();
  });

  it('shown before: REKAP says nothing about it', () => {
    const s = sim({ kecamatan: null }, { profileOffers: ['kecamatan'] });
    expect(s.say('rekap minggu ini')).not.toMatch(/KECAMATAN/);
    expect(s.effects).toEqual([]);
  });
});

describe('BANDINGKAN without a kecamatan or work', () => {
  it('asks what is missing, then shows the comparison at once', () => {
    const s = sim({ kecamatan: null, product: null });
    expect(s.say('bandingkan')).toMatch(
      /^Untuk membandingkan, isi dulu kecamatan dan jenis pekerjaan Anda\.\n\nAnda tinggal di kecamatan mana\?/,
    );
    expect(s.say('pare')).toMatch(/Apa pekerjaan utama/);
    expect(s.say('1')).toMatch(/^Tersimpan\. Pekerjaan: Sandal \/ sepatu\.\n\nUpah sandal \/ sepatu di Kec\. Pare/);
    expect(s.state).toBeNull();
  });

  it('only the work missing: asks only that, in her words, then compares', () => {
    const s = sim({ product: null });
    expect(s.say('compare')).toMatch(/Apa pekerjaan utama/);
    expect(s.say('njahit mukena')).toMatch(
      /^Tersimpan\. Pekerjaan: Jahit \/ pakaian\.\n\nUpah jahit \/ pakaian di Kec\. Pare/,
    );
    expect(s.w.kecamatan).toBe('Pare');
  });
});
