// The kind of work and the kecamatan typed as words, in onboarding and in
// settings; work on no list kept in her words; a kecamatan of Kota Kediri kept
// as outside the region; BANDINGKAN shown at once once they are filled in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { emptyLedger } from '../../src/diary/ledger.ts';
import type { CompareFacts } from '../../src/flows/compare.ts';
import type { Facts, WorkerProfile } from '../../src/flows/types.ts';
import { Phone } from '../helpers/conversation.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { NOW } from '../helpers/diary.ts';
import { FlowSim, worker } from '../helpers/flow.ts';
import { addCost, addHandin, addHours, addOrder, addWorker } from '../helpers/research.ts';

const COMPARE: CompareFacts = {
  month: '2026-11',
  kecamatan: { n: 6, rateN: 6, rate: { low: 300, high: 350 }, hourlyN: 5, hourly: { low: 8000, high: 9000 } },
  regency: null,
  own: { rate: null, hourly: null },
  umkHourly: 15327,
};

const sim = (over: Partial<WorkerProfile> = {}, facts: Facts = {}) =>
  new FlowSim(worker(over), { diary: emptyLedger(), compareRates: COMPARE, ...facts });

/** A newcomer at the product question of onboarding, her kecamatan Pare. */
function atProduct(lang: 'id' | 'en' = 'id'): FlowSim {
  const s = sim({ status: 'onboarding', kecamatan: null, product: null, consentVersion: null, researchConsent: false });
  for (const m of ['halo', lang === 'en' ? '2' : '1', '1', '1']) s.say(m);
  expect(s.say('pare')).toMatch(lang === 'en' ? /main home work/ : /Apa pekerjaan utama/);
  return s;
}

/** A newcomer at the kecamatan question of onboarding. */
function atKecamatan(): FlowSim {
  const s = sim({ status: 'onboarding', kecamatan: null, product: null, consentVersion: null, researchConsent: false });
  for (const m of ['halo', '1', '1']) s.say(m);
  expect(s.say('1')).toMatch(/kecamatan mana/);
  return s;
}

describe('the kind of work typed as words', () => {
  it.each([
    ['mbatik', 'kerajinan', 'Kerajinan'],
    ['njahit mukena', 'jahit', 'Jahit / pakaian'],
    ['ngelem sandal', 'alas_kaki', 'Sandal / sepatu'],
    ['nglinting rokok', 'rokok', 'Rokok'],
    ['bungkus kerupuk', 'kemasan', 'Packing / kemasan'],
    ['jahit', 'jahit', 'Jahit / pakaian'],
    ['sewing', 'jahit', 'Jahit / pakaian'],
  ])('onboarding: %j is saved as %s', (text, code, label) => {
    const s = atProduct();
    const done = s.say(text);
    expect(done).toMatch(
      new RegExp(`^Terima kasih! Data awal tersimpan \\(Pare\\)\\. Pekerjaan: ${label.replace('/', '\\/')}\\.`),
    );
    expect(done).toMatch(/Menu Upahku/);
    expect(s.w).toMatchObject({ kecamatan: 'Pare', product: code, productOther: null });
    expect(s.state).toBeNull();
  });

  it('the question says words are welcome', () => {
    const s = sim();
    s.say('pekerjaan');
    expect(s.last!.replies[0]!.text).toMatch(/\n7 Lainnya\nBalas angkanya, atau tulis pekerjaannya/);
  });

  it('a typo is asked, never guessed: "jahti" -> Jahit / pakaian? 1 Ya 2 Bukan', () => {
    const s = atProduct();
    expect(s.say('jahti')).toBe('Maksud Anda: Jahit / pakaian?\n1 Ya\n2 Bukan');
    expect(s.w.product).toBeNull();
    expect(s.say('2')).toMatch(/^Pilih pekerjaan, balas angkanya \(atau tulis pekerjaannya\):\n1 Sandal/);
    expect(s.say('jahti')).toMatch(/Maksud Anda: Jahit/);
    expect(s.say('ya')).toMatch(/Data awal tersimpan \(Pare\)\. Pekerjaan: Jahit \/ pakaian/);
    expect(s.w.product).toBe('jahit');
  });

  it('work on no list is kept as "Lainnya: bulu mata", once she says yes, and shown back', () => {
    const s = atProduct();
    expect(s.say('bulu mata')).toBe(
      '"bulu mata" tidak ada di daftar. Simpan sebagai Lainnya: bulu mata?\n1 Ya\n2 Bukan, lihat daftar',
    );
    expect(s.say('1')).toMatch(/^Terima kasih! Data awal tersimpan \(Pare\)\. Pekerjaan: Lainnya: bulu mata\./);
    expect(s.w).toMatchObject({ product: 'lainnya', productOther: 'bulu mata' });
    s.say('menu');
    expect(s.say('9')).toMatch(/\n8 Pekerjaan: Lainnya: bulu mata\n/);
  });

  it('"lainnya" or 7 asks which work; 0 skips; words that are no work show the list again', () => {
    const s = atProduct();
    expect(s.say('ga tau')).toMatch(/^Balas dengan angka 1 sampai 7\.\n1 Sandal/);
    expect(s.say('7')).toBe('Pekerjaan apa? Tulis singkat (contoh: bulu mata), atau 0 untuk lewati.');
    expect(s.say('bikin bulu mata palsu.')).toMatch(
      /Data awal tersimpan \(Pare\)\. Pekerjaan: Lainnya: bikin bulu mata palsu/,
    );
    expect(s.w).toMatchObject({ product: 'lainnya', productOther: 'bikin bulu mata palsu' });

    const t = atProduct();
    expect(t.say('lainnya')).toMatch(/^Pekerjaan apa\?/);
    expect(t.say('0')).toMatch(/Data awal tersimpan \(Pare\)\. Pekerjaan: Lainnya/);
    expect(t.w).toMatchObject({ product: 'lainnya', productOther: null });
  });

  it('several kinds named alike: she is asked to choose from the list', () => {
    const s = atProduct();
    expect(s.say('sandal dan rokok')).toMatch(/^Yang mana yang paling cocok\? Balas angkanya:\n1 Sandal/);
    expect(s.say('4')).toMatch(/Data awal tersimpan \(Pare\)\. Pekerjaan: Rokok/);
  });

  it('in settings: words, "Lainnya" shown back, and a listed kind clears her own words', () => {
    const s = sim();
    s.say('menu');
    s.say('9');
    expect(s.say('8')).toMatch(/^Pekerjaan Anda sekarang: Sandal \/ sepatu\./);
    expect(s.say('bulu mata')).toMatch(/Simpan sebagai Lainnya: bulu mata\?/);
    expect(s.say('1')).toBe('Tersimpan. Pekerjaan: Lainnya: bulu mata.');
    expect(s.say('pekerjaan')).toMatch(/^Pekerjaan Anda sekarang: Lainnya: bulu mata\./);
    expect(s.say('nglinting rokok')).toBe('Tersimpan. Pekerjaan: Rokok.');
    expect(s.w).toMatchObject({ product: 'rokok', productOther: null });
    expect(s.effects).toEqual([
      { type: 'updateWorker', changes: { product: 'lainnya', productOther: 'bulu mata' } },
      { type: 'updateWorker', changes: { product: 'rokok', productOther: null } },
    ]);
  });

  it('in English', () => {
    const s = atProduct('en');
    expect(s.say('false eyelashes')).toBe(
      '"false eyelashes" is not on the list. Save it as Other: false eyelashes?\n1 Yes\n2 No, show the list',
    );
    expect(s.say('yes')).toMatch(/^Thank you! Your details are saved \(Pare\)\. Work: Other: false eyelashes\./);
    const t = atProduct('en');
    expect(t.say('sewing')).toMatch(/saved \(Pare\)\. Work: Sewing \/ garments/);
  });
});

describe('the kecamatan typed as words', () => {
  it.each([
    ['kec. pare', 'Pare'],
    ['ngadiluwih', 'Ngadiluwih'],
    ['plosoklaten', 'Plosoklaten'],
    ['PLOSO KLATEN', 'Plosoklaten'],
  ])('%j is taken as %s', (text, name) => {
    const s = atKecamatan();
    expect(s.say(text)).toMatch(/^Apa pekerjaan utama/);
    s.say('1');
    expect(s.w.kecamatan).toBe(name);
  });

  it.each([
    ['ngadiluweh', 'Ngadiluwih'],
    ['ploso', 'Plosoklaten'],
    ['plosoklatn', 'Plosoklaten'],
  ])('an unsure %j is a numbered question: Maksud Anda %s?', (text, name) => {
    const s = atKecamatan();
    expect(s.say(text)).toBe(`Maksud Anda Kecamatan ${name}?\n1 Ya\n2 Bukan`);
    expect(s.say('1')).toMatch(/^Apa pekerjaan utama/);
    s.say('1');
    expect(s.w.kecamatan).toBe(name);
  });

  it('"kediri kota" is Kota Kediri: outside the region, said kindly, and onboarding goes on', () => {
    const s = atKecamatan();
    const r = s.say('kediri kota');
    expect(r).toMatch(
      /^Kecamatan Kota ada di Kota Kediri, di luar Kabupaten Kediri\. Tidak apa-apa: saya catat "Di luar Kabupaten Kediri", dan Anda tetap bisa mencatat semuanya\.\n\nApa pekerjaan utama/,
    );
    expect(s.say('1')).toMatch(/Data awal tersimpan \(Di luar Kabupaten Kediri\)\. Pekerjaan: Sandal \/ sepatu/);
    expect(s.w.kecamatan).toBe('luar');
  });

  it('a loosely typed kecamatan of Kota Kediri is confirmed first; in settings too', () => {
    const s = sim();
    s.say('kecamatan');
    expect(s.say('mojorot')).toBe('Maksud Anda Kecamatan Mojoroto (Kota Kediri)?\n1 Ya\n2 Bukan');
    expect(s.say('1')).toBe(
      'Kecamatan Mojoroto ada di Kota Kediri, di luar Kabupaten Kediri. Tidak apa-apa: saya catat "Di luar Kabupaten Kediri", dan Anda tetap bisa mencatat semuanya.\n\nTersimpan. Kecamatan: Di luar Kabupaten Kediri.',
    );
    expect(s.effects).toEqual([{ type: 'updateWorker', changes: { kecamatan: 'luar' } }]);
  });
});

describe('BANDINGKAN after she fills in her kecamatan', () => {
  it('shows the comparison at once, without BANDINGKAN typed again', () => {
    const s = sim({ kecamatan: null });
    expect(s.say('bandingkan')).toMatch(/isi dulu kecamatan[\s\S]*kecamatan mana/);
    expect(s.say('pare')).toMatch(/^Tersimpan\. Kecamatan: Pare\.\n\nUpah sandal \/ sepatu di Kec\. Pare/);
    expect(s.state).toBeNull();
  });

  it('also after a confirmed guess', () => {
    const s = sim({ kecamatan: null });
    s.say('bandingkan');
    expect(s.say('ngadiluweh')).toMatch(/Maksud Anda Kecamatan Ngadiluwih\?/);
    expect(s.say('1')).toMatch(/^Tersimpan\. Kecamatan: Ngadiluwih\.\n\nUpah sandal \/ sepatu di Kec\. Ngadiluwih/);
  });

  it('KECAMATAN typed on its own does not compare', () => {
    const s = sim({ kecamatan: null });
    s.say('kecamatan');
    expect(s.say('pare')).toBe('Tersimpan. Kecamatan: Pare.');
  });
});

describe('through the engine', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb();
  });
  afterEach(async () => {
    await t.close();
  });

  const phoneOf = (user: string) => {
    const p = new Phone(t.db, user, 'terminal', { clock: fixedClock(NOW) });
    const say = async (...lines: string[]) => {
      let last = '';
      for (const l of lines) last = await p.send(l);
      return last;
    };
    const row = async () => {
      const { worker_id } = await t.db
        .selectFrom('channel_identities')
        .select('worker_id')
        .where('channel_user_id', '=', user)
        .executeTakeFirstOrThrow();
      return t.db.selectFrom('workers').selectAll().where('id', '=', worker_id).executeTakeFirstOrThrow();
    };
    return { say, row };
  };

  it('"kediri kota" and "bulu mata": stored as outside and other work in her words, shown in DATAKU', async () => {
    const { say, row } = phoneOf('lastri');
    await say('halo', '1', '1', '1');
    expect(await say('kediri kota')).toMatch(/di luar Kabupaten Kediri[\s\S]*Apa pekerjaan utama/);
    expect(await say('bulu mata')).toMatch(/Simpan sebagai Lainnya: bulu mata\?/);
    expect(await say('1')).toMatch(/Data awal tersimpan \(Di luar Kabupaten Kediri\)\. Pekerjaan: Lainnya: bulu mata/);
    expect(await row()).toMatchObject({ kecamatan: 'luar', product: 'lainnya', product_other: 'bulu mata' });
    expect(await say('dataku')).toMatch(/Kecamatan: Di luar Kabupaten Kediri\nPekerjaan: Lainnya: bulu mata/);
    // A listed kind of work later: her own words are not kept.
    await say('pekerjaan', 'njahit mukena');
    expect(await row()).toMatchObject({ product: 'jahit', product_other: null });
  });

  it('BANDINGKAN asks her kecamatan and work, then shows figures for them at once', async () => {
    // Five other sandal workers in Pare, rates 200..600 a piece: median 400, shown as a band.
    for (const [w, rate] of [
      ['a', 200],
      ['b', 300],
      ['c', 400],
      ['d', 500],
      ['e', 600],
    ] as const) {
      await addWorker(t.db, w, { joined: '2026-11-02T01:00:00.000Z' });
      const order = await addOrder(t.db, w, { employer: 'Bu Yati', rate, pieces: 100, day: '2026-11-02' });
      await addHandin(t.db, w, order, '2026-11-10', 100);
      await addHours(t.db, w, '2026-11-10', 10);
      await addCost(t.db, w, '2026-11-10', 1000);
      // A genuine contributor to BANDINGKAN: on Telegram, with a diary kept over several weeks.
      const at = '2026-10-05T01:00:00.000Z';
      await t.db
        .insertInto('channel_identities')
        .values({
          worker_id: w,
          channel: 'telegram',
          channel_user_id: `tg-${w}`,
          alt_user_id: null,
          unreachable: 0,
          created_at: at,
          last_seen_at: at,
        })
        .execute();
      for (const day of ['2026-10-05', '2026-10-12', '2026-10-19']) await addCost(t.db, w, day, 500);
    }
    const { say, row } = phoneOf('yati');
    await say('halo', '1', '1', '1', 'menu');
    expect(await say('bandingkan')).toMatch(/isi dulu kecamatan dan jenis pekerjaan[\s\S]*kecamatan mana/);
    expect(await say('kec. pare')).toMatch(/Tersimpan\. Kecamatan: Pare\.[\s\S]*Apa pekerjaan utama/);
    const r = await say('ngelem sandal');
    // Figures for the profile she has just given, in the same reply: her kecamatan's medians.
    expect(r).toMatch(/^Tersimpan\. Pekerjaan: Sandal \/ sepatu\.\n\nUpah sandal \/ sepatu di Kec\. Pare/);
    expect(r).toContain('5 pekerja lain');
    expect(r).toContain('Rp400–Rp450');
    expect(await row()).toMatchObject({ kecamatan: 'Pare', product: 'alas_kaki' });
  });
});
