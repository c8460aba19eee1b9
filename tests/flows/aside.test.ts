// BANDINGKAN and TANYA typed in the middle of another flow: answered on the
// side, and she stays where she was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/diary/ledger.ts';
import type { BpjsOverview } from '../../src/flows/bpjs/model.ts';
import type { CompareFacts } from '../../src/flows/compare.ts';
import type { Facts, WorkerProfile } from '../../src/flows/types.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { diaryPhone } from '../helpers/diary.ts';
import { FlowSim, worker } from '../helpers/flow.ts';

const COMPARE: CompareFacts = {
  month: '2026-11',
  kecamatan: { n: 6, rateN: 6, rate: { low: 300, high: 350 }, hourlyN: 5, hourly: { low: 8000, high: 9000 } },
  regency: null,
  own: { rate: null, hourly: null },
  umkHourly: 15327,
};
const NO_BPJS: BpjsOverview = { latest: null, openIntents: [] };

const sim = (over: Partial<WorkerProfile> = {}, facts: Facts = {}) =>
  new FlowSim(worker(over), { diary: emptyLedger(), compareRates: COMPARE, bpjsOverview: NO_BPJS, ...facts });
const CONTINUE = 'Lanjutkan yang tadi: balas pertanyaan terakhir di atas, atau ketik BATAL.';

describe('BANDINGKAN inside another flow', () => {
  it('shows the figures and keeps the entry open; the next answer goes on with it', () => {
    const s = sim();
    s.say('order');
    const before = s.state;
    const r = s.say('bandingkan');
    expect(r).toMatch(/^Upah sandal \/ sepatu di Kec\. Pare/);
    expect(r.endsWith(`\n\n${CONTINUE}`)).toBe(true);
    expect(s.state).toEqual(before);
    expect(s.say('Bu Yati')).toMatch(/Barang apa/);
    expect(s.effects).toEqual([]);
  });

  it('asks the engine for the figures first, like BANDINGKAN while idle', () => {
    const s = new FlowSim(worker(), { diary: emptyLedger() });
    s.say('order');
    expect(() => s.say('BANDINGKAN')).toThrow(/needs facts: compareRates/);
  });

  it('without a kecamatan: says how to set it, and does not leave the entry for the questions', () => {
    const s = sim({ kecamatan: null });
    s.say('order');
    const before = s.state;
    expect(s.say('compare')).toBe(
      `Untuk membandingkan, isi dulu kecamatan dan jenis pekerjaan Anda. Ketik KECAMATAN untuk mengisinya.\n\n${CONTINUE}`,
    );
    expect(s.state).toEqual(before);
  });

  it('inside settings, the REKAP menu and the BPJS guide too; in English', () => {
    for (const open of [['menu', '9'], ['rekap'], ['bpjs']]) {
      const s = sim();
      for (const m of open) s.say(m);
      const before = s.state;
      expect(s.say('bandingkan'), open.join(' ')).toMatch(/Kec\. Pare/);
      expect(s.state).toEqual(before);
    }
    const en = sim({ lang: 'en' });
    en.say('order');
    expect(en.say('compare')).toMatch(/Back to where you were: answer the last question above, or type CANCEL\.$/);
  });

  it('only as the whole message: a sentence with the word goes to the flow as usual', () => {
    const s = sim();
    s.say('order');
    s.say('Bu Yati');
    expect(s.say('bandingkan sandal')).not.toMatch(/Kec\. Pare/);
  });

  it('before consent it is not a side question', () => {
    const s = sim({ status: 'onboarding', kecamatan: null, product: null, consentVersion: null });
    s.say('halo');
    s.say('1');
    expect(s.say('bandingkan')).toMatch(/Setuju\?/);
    expect(s.state?.flow).toBe('onboarding');
  });
});

describe('TANYA inside another flow', () => {
  it('"tanya" alone asks for the question, sends it, and goes back to the entry', () => {
    const s = sim();
    s.say('order');
    s.say('Bu Yati');
    const before = s.state;
    expect(s.say('tanya')).toMatch(/^Tulis pertanyaan Anda/);
    expect(s.say('ok')).toMatch(/terlalu pendek/);
    expect(s.say('Apakah upah borongan ada aturannya?')).toBe(
      `Pertanyaan Anda sudah dikirim ke pendamping Upahku. Jawabannya akan datang lewat chat ini.\n\n${CONTINUE}`,
    );
    expect(s.effects).toEqual([
      { type: 'storeQuestion', text: 'Apakah upah borongan ada aturannya?', context: 'tanya:order' },
    ]);
    expect(s.state).toEqual(before);
    expect(s.say('sandal')).toMatch(/Berapa/);
  });

  it('"tanya ..." is shown back first: it may be her answer ("tanya bos dulu"), so 2 sends nothing', () => {
    const s = sim();
    s.say('order');
    s.say('Bu Yati');
    s.say('sandal');
    const before = s.state;
    expect(s.say('tanya bos dulu')).toBe(
      'Kirim pertanyaan ini ke pendamping Upahku?\n"bos dulu"\n1 Ya, kirim\n2 Tidak',
    );
    expect(s.say('mungkin')).toMatch(/1 sampai 2/);
    expect(s.say('2')).toBe(`Baik, tidak dikirim.\n\n${CONTINUE}`);
    expect(s.effects).toEqual([]);
    expect(s.state).toEqual(before);
    expect(s.say('TANYA: boleh minta upah naik?')).toMatch(/"boleh minta upah naik\?"/);
    expect(s.say('1')).toMatch(/sudah dikirim[\s\S]*Lanjutkan yang tadi/);
    expect(s.effects).toEqual([{ type: 'storeQuestion', text: 'boleh minta upah naik?', context: 'tanya:order' }]);
    expect(s.state).toEqual(before);
  });

  it('BATAL in the side question goes back to the entry; BATAL again leaves it', () => {
    const s = sim();
    s.say('kerja');
    const before = s.state;
    s.say('tanya');
    expect(s.say('batal')).toBe(`Baik, tidak dikirim.\n\n${CONTINUE}`);
    expect(s.state).toEqual(before);
    expect(s.say('batal')).toMatch(/^Dibatalkan/);
    expect(s.state).toBeNull();
    expect(s.effects).toEqual([]);
  });

  it('MENU in the side question leaves everything, saying nothing was saved', () => {
    const s = sim();
    s.say('order');
    s.say('tanya apa itu JHT');
    expect(s.say('menu')).toMatch(/^Dibatalkan\. Tidak ada yang disimpan\.[\s\S]*Menu Upahku/);
    expect(s.state).toBeNull();
    expect(s.effects).toEqual([]);
  });

  it('"tanyakan" and "asking" are not TANYA', () => {
    const s = sim();
    s.say('order');
    const before = s.state;
    for (const m of ['tanyakan', 'asking']) {
      expect(s.say(m)).not.toMatch(/pendamping/);
      s.state = before;
    }
  });

  it('in the BPJS guide, a free-text answer that starts with "tanya" stays her answer', () => {
    const s = sim(
      {},
      {
        bpjsOverview: {
          latest: null,
          openIntents: [
            {
              id: 7,
              program: 'bpjs_tk',
              createdAt: '2026-11-20T03:00:00.000Z',
              followUpDue: '2026-11-27T03:00:00.000Z',
            },
          ],
        },
      },
    );
    expect(s.say('halo')).toMatch(/Sudah daftar\?/);
    s.say('belum');
    expect(s.say('5')).toMatch(/Tulis singkat kendalanya/);
    expect(s.say('tanya suami dulu')).toMatch(/Mau saya tanya lagi/);
    s.say('2');
    expect(s.effects).toContainEqual(
      expect.objectContaining({ type: 'recordEnrolmentFollowUp', obstacle: 'other', note: 'tanya suami dulu' }),
    );
    expect(s.effects.some((e) => e.type === 'storeQuestion')).toBe(false);
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

  it('BANDINGKAN and a question in the middle of an order; the order is then saved whole', async () => {
    const { say, rows, workerId } = await diaryPhone(t);
    expect(await say('order 3 kodi sandal dari Bu Yati')).toMatch(/Berapa upahnya/);
    // Figures loaded by the real loader; nobody else has logged, so there are none to show.
    expect(await say('bandingkan')).toMatch(/^Belum cukup data untuk sandal[\s\S]*Lanjutkan yang tadi/);
    expect(await say('tanya: apakah order harus ada perjanjian tertulis?')).toMatch(/^Kirim pertanyaan ini/);
    expect(await say('1')).toMatch(/sudah dikirim[\s\S]*Lanjutkan yang tadi/);
    // The answer after the asides is the order's: its rate, then the check screen.
    const echo = await say('2rb/pasang');
    expect(echo).toContain('Upah: Rp2.000/pasang, total Rp120.000');
    expect(echo).toContain('Perjanjian tertulis: belum diisi');
    expect(await say('1')).toContain('Nilai order: Rp120.000');
    expect(await rows('orders')).toMatchObject([
      { quantity_pieces: 60, rate_per_piece: 2000, written_agreement: null, materials_from_employer: null },
    ]);
    const questions = await t.db.selectFrom('questions').selectAll().where('worker_id', '=', workerId).execute();
    expect(questions).toMatchObject([
      { text: 'apakah order harus ada perjanjian tertulis?', context: 'tanya:order', answer: null },
    ]);
  });

  it('a question not sent leaves no row, and the entry can still be cancelled', async () => {
    const { say, rows, workerId } = await diaryPhone(t);
    await say('biaya gas 10rb');
    await say('tanya bos dulu');
    expect(await say('2')).toMatch(/tidak dikirim/);
    expect(await say('batal')).toMatch(/Dibatalkan/);
    expect(await rows('costs')).toEqual([]);
    expect(await t.db.selectFrom('questions').selectAll().where('worker_id', '=', workerId).execute()).toEqual([]);
  });
});
