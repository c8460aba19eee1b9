import { describe, expect, it } from 'vitest';
import { bpjsContent } from '../../src/content/bpjs/store.ts';
import { costSharePermille, formatPermille } from '../../src/flows/bpjs/cost-share.ts';
import { followUpTurn } from '../../src/flows/bpjs/index.ts';
import type { BpjsOverview, MonthlyEarnings } from '../../src/flows/bpjs/model.ts';
import { route } from '../../src/flows/router.ts';
import type { Effect, Facts } from '../../src/flows/types.ts';
import { context, FlowSim, input, worker } from '../helpers/flow.ts';

// FlowSim's clock: 2026-11-28T03:00:00Z (10:00 WIB).
const NOW = new Date('2026-11-28T03:00:00Z');
const EMPTY: BpjsOverview = { latest: null, openIntents: [] };
const earnings = (netIdr: number): MonthlyEarnings => ({
  netIdr,
  wagesIdr: netIdr,
  costsIdr: 0,
  fromDay: '2026-10-30',
  toDay: '2026-11-28',
});

function sim(facts: Facts = {}, lang: 'id' | 'en' = 'id'): FlowSim {
  return new FlowSim(worker({ lang }), { bpjsOverview: EMPTY, monthlyEarnings: null, ...facts });
}

/** Opens the BPJS menu through the main menu, as she would. */
function openBpjs(s: FlowSim): string {
  const menu = s.say('menu');
  const n = menu.match(/(\d+) BPJS/)![1]!;
  return s.say(n);
}

const effectsOf = <T extends Effect['type']>(s: FlowSim, type: T) =>
  s.effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);

describe('BPJS menu and paged guide', () => {
  it('is in the main menu as "BPJS / jaminan sosial" and lists the content topics', () => {
    const s = sim();
    expect(s.say('menu')).toMatch(/\d BPJS \/ jaminan sosial/);
    const menu = openBpjs(s);
    const topics = bpjsContent().langs.id!.topics;
    expect(menu).toContain('1 Langkah untuk saya');
    for (const [i, t] of topics.entries()) expect(menu).toContain(`${i + 2} ${t.title}`);
    expect(menu).toContain(`${topics.length + 2} Saya mau daftar`);
    expect(menu).toContain(`${topics.length + 3} Kirim pertanyaan (TANYA)`);
    expect(s.state).toMatchObject({ flow: 'bpjs', step: 'menu' });
  });

  it('pages through a topic with "1 lanjut" and returns to the menu at the end', () => {
    const s = sim();
    openBpjs(s);
    const first = s.say('2');
    expect(first).toMatch(/Bukan Penerima Upah/);
    expect(first).toMatch(/\(1\/5\) Balas 1 untuk lanjut, 0 untuk kembali\./);
    const second = s.say('lanjut');
    expect(second).toMatch(/JKK \(kecelakaan kerja\)/);
    expect(second).toContain('1% dari penghasilan');
    expect(second).toContain('Rp10.000');
    s.say('1');
    s.say('1');
    const last = s.say('1');
    expect(last).toMatch(/\(5\/5\) Balas 0 untuk kembali/);
    expect(s.say('1')).toMatch(/^BPJS \/ jaminan sosial:/);
    expect(s.effects).toEqual([]);
  });

  it('says unconfirmed figures as approximate with the official channel', () => {
    const s = sim();
    openBpjs(s);
    const cost = s.say('3');
    expect(cost).toContain('sekitar Rp16.800');
    expect(cost).toContain('sekitar Rp36.800');
    expect(cost).toMatch(/telepon 175/);
    s.say('0');
    s.say('4');
    s.say('1');
    const mandiri = s.say('1');
    expect(mandiri).toContain('Kelas 3: sekitar Rp35.000');
    expect(mandiri).toContain('+62 811-8165-165');
  });

  it('in English: decimals with a point, rupiah written as in the diary and as she types it', () => {
    const s = sim({}, 'en');
    const menu = s.say('menu');
    expect(menu).toMatch(/BPJS \/ social security/);
    s.say(menu.match(/(\d+) BPJS/)![1]!);
    const page = s.say('3');
    expect(page).toContain('about Rp16.800');
    expect(page).not.toMatch(/Rp\d+,\d{3}/);
    expect(page).toMatch(/Reply 1 for more/);
  });

  it('0 goes back; a bad choice gets a short prompt and changes nothing', () => {
    const s = sim();
    openBpjs(s);
    expect(s.say('99')).toMatch(/Balas angka 1 sampai 8/);
    expect(s.say('hmm')).toMatch(/Balas angka 1 sampai 8/);
    expect(s.say('😀')).toMatch(/Balas angka 1 sampai 8/);
    expect(s.say('0')).toMatch(/Menu Upahku/);
    expect(s.state).toBeNull();
    expect(s.effects).toEqual([]);
  });

  it('"bpjs" typed while idle opens the menu', () => {
    const s = sim();
    expect(s.say('BPJS')).toMatch(/^BPJS \/ jaminan sosial:/);
  });
});

describe('eligibility conversation: every path', () => {
  const HEALTH = [
    { keys: ['1'], jkn: 'pbi', advice: /KIS yang dibayar pemerintah/ },
    { keys: ['2', '1'], jkn: 'mandiri', advice: /Anda bayar Mandiri/ },
    { keys: ['2', '2'], jkn: 'mandiri_arrears', advice: /menunggak bisa tidak aktif/ },
    { keys: ['3'], jkn: 'none', advice: /langkah pertama, minta KIS gratis/ },
    { keys: ['4'], jkn: 'unknown', advice: /cek dulu apakah Anda sudah terdaftar/ },
  ] as const;
  const WORK = [
    { key: '1', tk: 'active', advice: /bagus, Anda sudah ikut/ },
    { key: '2', tk: 'inactive', advice: /kepesertaan tidak aktif/ },
    { key: '3', tk: 'none', advice: /Paling murah JKK \+ JKM, sekitar Rp16\.800/ },
    { key: '4', tk: 'unknown', advice: /cek dengan NIK \(16 angka\)/ },
  ] as const;
  const expectedPrograms = (jkn: string, tk: string) => [
    ...(tk === 'none' || tk === 'inactive' ? ['BPJS Ketenagakerjaan'] : []),
    ...(jkn === 'none' || jkn === 'mandiri_arrears' ? ['KIS gratis (PBI) di kantor desa'] : []),
    ...(jkn === 'none' ? ['BPJS Kesehatan Mandiri'] : []),
  ];

  for (const h of HEALTH) {
    for (const w of WORK) {
      it(`health ${h.jkn}, work ${w.tk}`, () => {
        const s = sim();
        openBpjs(s);
        expect(s.say('1')).toMatch(/Pertanyaan 1 dari 2/);
        let r = '';
        for (const k of h.keys) r = s.say(k);
        expect(r).toMatch(/Pertanyaan 2 dari 2/);
        expect(s.effects).toEqual([]); // nothing is stored before the last answer
        r = s.say(w.key);
        expect(r).toMatch(h.advice);
        expect(r).toMatch(w.advice);
        expect(effectsOf(s, 'recordProtectionStatus')).toEqual([
          {
            type: 'recordProtectionStatus',
            answers: [
              { scheme: 'jkn', status: h.jkn },
              { scheme: 'bpjs_tk', status: w.tk },
            ],
            via: 'guide',
          },
        ]);
        const programs = expectedPrograms(h.jkn, w.tk);
        if (programs.length) {
          expect(s.state?.step).toBe('intentOffer');
          for (const [i, p] of programs.entries()) expect(r).toContain(`${i + 1} ${p}`);
          expect(r).not.toContain(`\n${programs.length + 1} `);
        } else {
          expect(s.state?.step).toBe('menu');
          expect(r).toMatch(/BPJS \/ jaminan sosial:/);
        }
        for (const reply of s.last!.replies) expect(reply.text.length).toBeLessThanOrEqual(1000);
      });
    }
  }

  it('re-asks a question on a bad answer, and BATAL midway stores nothing', () => {
    const s = sim();
    openBpjs(s);
    s.say('1');
    expect(s.say('7')).toMatch(/Balas dengan angka 1 sampai 4\.\n\nPertanyaan 1 dari 2/);
    s.say('2');
    expect(s.say('mungkin')).toMatch(/1 sampai 2\.\n\nIuran Mandiri/);
    s.say('ya');
    expect(s.say('lima')).toMatch(/1 sampai 4\.\n\nPertanyaan 2 dari 2/);
    expect(s.say('batal')).toMatch(/Dibatalkan/);
    expect(s.effects).toEqual([]);
  });

  it('shows the cheapest package as a share of her own earnings when the diary has them', () => {
    const s = sim({ monthlyEarnings: earnings(800_000) });
    openBpjs(s);
    s.say('1');
    s.say('1');
    const r = s.say('3');
    expect(r).toContain('penghasilan bersih Anda 30 hari terakhir Rp800.000. Rp16.800 sebulan itu sekitar 2,1%');
    // The official number is a phone number to call.
    expect(r).toContain('Pastikan biayanya lewat telepon 175.');
  });

  it('shares Mandiri class 3 when she lacks health cover but has work cover', () => {
    const s = sim({ monthlyEarnings: earnings(700_000) });
    openBpjs(s);
    s.say('1');
    s.say('3');
    expect(s.say('1')).toContain('Rp35.000 sebulan itu sekitar 5%');
  });

  it('without a diary there is no share line; with no net earnings it says so', () => {
    const none = sim({ monthlyEarnings: null });
    openBpjs(none);
    none.say('1');
    none.say('1');
    expect(none.say('3')).not.toMatch(/penghasilan bersih/);
    const zero = sim({ monthlyEarnings: earnings(-5000) });
    openBpjs(zero);
    zero.say('1');
    zero.say('1');
    expect(zero.say('3')).toMatch(/belum menunjukkan penghasilan bersih/);
  });

  it('asks the engine for her earnings only when a share is shown', () => {
    const ctx = context(worker(), { bpjsOverview: EMPTY });
    const state = { flow: 'bpjs', step: 'eligWork', data: { via: 'guide', after: 'bpjs', jkn: 'pbi' } };
    expect(route(state, input('3'), ctx).needs).toEqual(['monthlyEarnings']);
    expect(route(state, input('1'), ctx).needs).toBeUndefined();
  });

  it('English share uses a decimal point', () => {
    const s = sim({ monthlyEarnings: earnings(800_000) }, 'en');
    s.say('bpjs');
    s.say('1');
    s.say('1');
    expect(s.say('3')).toContain('Rp16.800 a month is about 2.1% of that');
  });
});

describe('cost as a share of her earnings (arithmetic)', () => {
  it('rounds half up in thousandths, with integer rupiah', () => {
    expect(costSharePermille(16_800, 800_000)).toBe(21); // 2.1%
    expect(costSharePermille(16_800, 1_000_000)).toBe(17); // 1.68% -> 1.7%
    expect(costSharePermille(35_000, 700_000)).toBe(50);
    expect(costSharePermille(1, 2000)).toBe(1); // 0.05% rounds up to 0.1%
    expect(costSharePermille(1, 2001)).toBe(0);
    expect(costSharePermille(16_800, 16_800)).toBe(1000);
    expect(costSharePermille(0, 500_000)).toBe(0);
  });

  it('has no share without positive earnings or with bad amounts', () => {
    expect(costSharePermille(16_800, 0)).toBeNull();
    expect(costSharePermille(16_800, -10_000)).toBeNull();
    expect(costSharePermille(-1, 100)).toBeNull();
    expect(costSharePermille(16_800.5, 100_000)).toBeNull();
  });

  it('formats per language', () => {
    expect(formatPermille(21, 'id')).toBe('2,1%');
    expect(formatPermille(21, 'en')).toBe('2.1%');
    expect(formatPermille(50, 'id')).toBe('5%');
    expect(formatPermille(1234, 'en')).toBe('123.4%');
  });
});

describe('enrolment intent and follow-up', () => {
  const DUE = '2026-11-27T00:00:00.000Z'; // before NOW
  const intent = (over: Partial<BpjsOverview['openIntents'][number]> = {}) => ({
    id: 7,
    program: 'bpjs_tk' as const,
    createdAt: '2026-11-20T03:00:00.000Z',
    followUpDue: DUE,
    ...over,
  });

  it('records an intent with the follow-up due one week later', () => {
    const s = sim();
    openBpjs(s);
    expect(s.say('7')).toMatch(/Mau daftar yang mana\? 7 hari lagi/);
    const r = s.say('1');
    expect(r).toMatch(/Dicatat: Anda mau daftar BPJS Ketenagakerjaan\. Tanggal 05\/12\/2026 saya tanya lagi/);
    expect(effectsOf(s, 'recordEnrolmentIntent')).toEqual([
      { type: 'recordEnrolmentIntent', program: 'bpjs_tk', followUpDue: '2026-12-05T03:00:00.000Z' },
    ]);
  });

  it('does not record the same open intent twice', () => {
    const s = sim({
      bpjsOverview: { latest: null, openIntents: [intent({ followUpDue: '2026-12-02T00:00:00.000Z' })] },
    });
    openBpjs(s);
    s.say('7');
    expect(s.say('1')).toMatch(/sudah dicatat\. Tanggal 02\/12\/2026/);
    expect(s.effects).toEqual([]);
  });

  it('records an intent from the eligibility offer; 0 records none', () => {
    const s = sim();
    openBpjs(s);
    s.say('1');
    s.say('3');
    s.say('3');
    s.say('2');
    expect(effectsOf(s, 'recordEnrolmentIntent')[0]).toMatchObject({ program: 'jkn_pbi' });
    const t = sim();
    openBpjs(t);
    t.say('1');
    t.say('3');
    t.say('3');
    expect(t.say('0')).toMatch(/Kapan saja Anda bisa pilih/);
    expect(effectsOf(t, 'recordEnrolmentIntent')).toEqual([]);
  });

  it('a greeting while nothing is due shows the main menu and stores nothing', () => {
    const s = sim({
      bpjsOverview: { latest: null, openIntents: [intent({ followUpDue: '2026-12-05T00:00:00.000Z' })] },
    });
    expect(s.say('halo')).toMatch(/^Menu Upahku/);
    expect(s.state).toBeNull();
    expect(s.effects).toEqual([]);
  });

  it('a greeting first asks the engine for her BPJS overview', () => {
    const r = route(null, input('halo'), context(worker(), {}));
    expect(r.needs).toEqual(['bpjsOverview']);
    expect(r.replies).toEqual([]);
  });

  it('asks "Sudah daftar?" when she writes after it is due; 1 = registered', () => {
    const s = sim({ bpjsOverview: { latest: null, openIntents: [intent()] } });
    const ask = s.say('Assalamualaikum');
    expect(ask).toMatch(/Tanggal 20\/11\/2026 Anda bilang mau daftar BPJS Ketenagakerjaan\. Sudah daftar\?/);
    const r = s.say('1');
    expect(r).toMatch(/Selamat, Anda sudah terdaftar BPJS Ketenagakerjaan/);
    expect(r).toMatch(/Menu Upahku/);
    expect(s.effects).toEqual([
      { type: 'recordEnrolmentFollowUp', intentId: 7, answer: 'registered', obstacle: null, note: null, nextDue: null },
      { type: 'recordProtectionStatus', answers: [{ scheme: 'bpjs_tk', status: 'active' }], via: 'followup' },
    ]);
  });

  it('a PBI application is recorded without a coverage row (the village decides)', () => {
    const s = sim({ bpjsOverview: { latest: null, openIntents: [intent({ program: 'jkn_pbi' })] } });
    s.say('halo');
    expect(s.say('sudah')).toMatch(/Musyawarah desa/);
    expect(s.effects.map((e) => e.type)).toEqual(['recordEnrolmentFollowUp']);
  });

  const OBSTACLES = [
    ['1', 'documents', /e-KTP dengan NIK/],
    ['2', 'cost', /paling murah sekitar Rp16\.800/],
    ['3', 'family', /hak Anda/],
    ['4', 'dont_know_how', /aplikasi JMO/],
  ] as const;
  for (const [key, code, help] of OBSTACLES) {
    it(`not yet, obstacle ${code}, ask again: the next due date moves on`, () => {
      const s = sim({ bpjsOverview: { latest: null, openIntents: [intent()] } });
      s.say('halo');
      expect(s.say('2')).toMatch(/Apa kendala utamanya\?/);
      const r = s.say(key);
      expect(r).toMatch(help);
      expect(r).toMatch(/Mau saya tanya lagi 7 hari lagi\?/);
      expect(s.effects).toEqual([]);
      expect(s.say('1')).toMatch(/tanggal 05\/12\/2026 saya tanya lagi/);
      expect(s.effects).toEqual([
        {
          type: 'recordEnrolmentFollowUp',
          intentId: 7,
          answer: 'not_yet',
          obstacle: code,
          note: null,
          nextDue: '2026-12-05T03:00:00.000Z',
        },
      ]);
    });
  }

  it('not yet, another obstacle in her words, do not ask again: the intent closes', () => {
    const s = sim({ bpjsOverview: { latest: null, openIntents: [intent()] } });
    s.say('halo');
    s.say('belum');
    expect(s.say('5')).toMatch(/Tulis singkat kendalanya/);
    expect(s.say('🙂')).toMatch(/Tulis singkat/);
    s.say('tidak ada waktu ke kantor');
    expect(s.say('2')).toMatch(/tidak tanya lagi/);
    expect(s.effects).toEqual([
      {
        type: 'recordEnrolmentFollowUp',
        intentId: 7,
        answer: 'not_yet',
        obstacle: 'other',
        note: 'tidak ada waktu ke kantor',
        nextDue: null,
      },
    ]);
  });

  it('gave up: the obstacle is coded and the intent closes', () => {
    const s = sim({ bpjsOverview: { latest: null, openIntents: [intent()] } });
    s.say('halo');
    s.say('3');
    const r = s.say('2');
    expect(r).toMatch(/Terima kasih sudah cerita/);
    expect(s.effects).toEqual([
      { type: 'recordEnrolmentFollowUp', intentId: 7, answer: 'gave_up', obstacle: 'cost', note: null, nextDue: null },
    ]);
  });

  it('"ask me later" records a skip and moves the due date', () => {
    const s = sim({ bpjsOverview: { latest: null, openIntents: [intent()] } });
    s.say('pagi');
    expect(s.say('nanti')).toMatch(/tanggal 05\/12\/2026 saya tanya lagi/);
    expect(s.effects).toEqual([
      {
        type: 'recordEnrolmentFollowUp',
        intentId: 7,
        answer: 'skipped',
        obstacle: null,
        note: null,
        nextDue: '2026-12-05T03:00:00.000Z',
      },
    ]);
  });

  it('opening the BPJS menu asks a due follow-up first, then shows the BPJS menu', () => {
    const s = sim({ bpjsOverview: { latest: null, openIntents: [intent()] } });
    expect(openBpjs(s)).toMatch(/Sudah daftar\?/);
    expect(s.say('1')).toMatch(/BPJS \/ jaminan sosial:/);
  });

  it('a bad follow-up answer re-asks and stores nothing', () => {
    const s = sim({ bpjsOverview: { latest: null, openIntents: [intent()] } });
    s.say('halo');
    expect(s.say('9')).toMatch(/1 sampai 3\.\n\nTanggal 20\/11\/2026/);
    s.say('2');
    expect(s.say('8')).toMatch(/1 sampai 5/);
    expect(s.effects).toEqual([]);
  });

  it('gives the scheduler the question and the state that understands the answer', () => {
    const turn = followUpTurn(intent(), 'en');
    expect(turn.text).toMatch(
      /On 20\/11\/2026 you said you wanted to register for BPJS Ketenagakerjaan\. Registered yet\?/,
    );
    const s = sim({}, 'en');
    s.state = turn.state;
    expect(s.say('1')).toMatch(/Congratulations/);
    expect(effectsOf(s, 'recordEnrolmentFollowUp')[0]).toMatchObject({ intentId: 7, answer: 'registered' });
  });
});

describe('protection status asked again after 3 months', () => {
  const latest = (at: string) => ({ at, jkn: 'mandiri' as const, bpjs_tk: 'none' as const });

  it('is not asked before 3 months', () => {
    const s = sim({ bpjsOverview: { latest: latest('2026-09-01T00:00:00.000Z'), openIntents: [] } });
    expect(openBpjs(s)).toMatch(/^BPJS \/ jaminan sosial:/);
    expect(s.say('0') && s.say('halo')).toMatch(/^Menu Upahku/);
  });

  it('after 3 months: "still the same" appends the same answers, dated now', () => {
    const s = sim({ bpjsOverview: { latest: latest('2026-08-20T00:00:00.000Z'), openIntents: [] } });
    const r = openBpjs(s);
    expect(r).toMatch(
      /Tanggal 20\/08\/2026 Anda bilang:\nBPJS Kesehatan: Mandiri, lancar\nBPJS Ketenagakerjaan: belum ikut/,
    );
    expect(s.say('1')).toMatch(/Terima kasih, dicatat\.\n\nBPJS \/ jaminan sosial:/);
    expect(s.effects).toEqual([
      {
        type: 'recordProtectionStatus',
        answers: [
          { scheme: 'jkn', status: 'mandiri' },
          { scheme: 'bpjs_tk', status: 'none' },
        ],
        via: 'recheck',
      },
    ]);
  });

  it('"something changed" runs the questions again, recorded as a re-check', () => {
    const s = sim({ bpjsOverview: { latest: latest('2026-08-20T00:00:00.000Z'), openIntents: [] } });
    s.say('halo');
    expect(s.say('2')).toMatch(/Pertanyaan 1 dari 2/);
    s.say('1');
    s.say('1');
    expect(effectsOf(s, 'recordProtectionStatus')[0]).toMatchObject({
      answers: [
        { scheme: 'jkn', status: 'pbi' },
        { scheme: 'bpjs_tk', status: 'active' },
      ],
      via: 'recheck',
    });
    expect(s.last!.replies.at(-1)!.text).toMatch(/^Menu Upahku/); // she had opened with a greeting: back to the main menu
  });

  it('skipping is recorded as declined, so researchers see she was asked', () => {
    const s = sim({ bpjsOverview: { latest: latest('2026-08-20T00:00:00.000Z'), openIntents: [] } });
    s.say('halo');
    // Something else typed: the three answers it takes, in the words of the question, nothing recorded.
    expect(s.say('bpjs')).toBe('Balas 1 (masih sama), 2 (ada yang berubah), atau 0 (lewati).');
    expect(s.effects).toEqual([]);
    expect(s.say('0')).toMatch(/dilewati/);
    expect(s.effects).toEqual([
      {
        type: 'recordProtectionStatus',
        answers: [
          { scheme: 'jkn', status: 'declined' },
          { scheme: 'bpjs_tk', status: 'declined' },
        ],
        via: 'recheck',
      },
    ]);
  });

  it('after a declined answer the questions are asked directly', () => {
    const s = sim({
      bpjsOverview: {
        latest: { at: '2026-08-01T00:00:00.000Z', jkn: 'declined', bpjs_tk: 'declined' },
        openIntents: [],
      },
    });
    expect(openBpjs(s)).toMatch(/Sudah beberapa bulan[\s\S]*Pertanyaan 1 dari 2/);
  });
});

describe('TANYA', () => {
  it('"TANYA ..." while idle stores the question in one message', () => {
    const s = sim();
    expect(s.say('TANYA: apakah JHT bisa diambil sebelum tua?')).toMatch(/sudah dikirim ke pendamping/);
    expect(s.effects).toEqual([
      { type: 'storeQuestion', text: 'apakah JHT bisa diambil sebelum tua?', context: 'tanya' },
    ]);
    expect(s.state).toBeNull();
  });

  it('"tanya" alone asks for the question; too short is refused', () => {
    const s = sim();
    expect(s.say('tanya')).toMatch(/Tulis pertanyaan Anda/);
    expect(s.say('ok')).toMatch(/terlalu pendek/);
    expect(s.effects).toEqual([]);
    s.say('Bagaimana kalau suami tidak setuju?');
    expect(effectsOf(s, 'storeQuestion')[0]).toMatchObject({ text: 'Bagaimana kalau suami tidak setuju?' });
  });

  it('a question typed inside the guide is offered to the staff; 2 sends nothing', () => {
    const s = sim();
    openBpjs(s);
    s.say('3');
    const offer = s.say('Apakah bisa bayar di Indomaret?');
    expect(offer).toMatch(/Saya belum bisa menjawab "Apakah bisa bayar di Indomaret\?"/);
    expect(s.say('1')).toMatch(/sudah dikirim[\s\S]*BPJS \/ jaminan sosial:/);
    expect(s.effects).toEqual([
      { type: 'storeQuestion', text: 'Apakah bisa bayar di Indomaret?', context: 'guide:tk_daftar' },
    ]);
    s.say('berapa lama kartu KIS jadi');
    expect(s.say('2')).toMatch(/tidak dikirim/);
    expect(s.effects).toHaveLength(1);
  });

  it('TANYA works at any step of the BPJS flow: shown back first, then she goes on where she was', () => {
    const s = sim();
    openBpjs(s);
    s.say('1');
    const asked = s.state;
    expect(s.say('tanya kalau saya sudah punya KIS apa perlu Mandiri?')).toBe(
      'Kirim pertanyaan ini ke pendamping Upahku?\n"kalau saya sudah punya KIS apa perlu Mandiri?"\n1 Ya, kirim\n2 Tidak',
    );
    expect(effectsOf(s, 'storeQuestion')).toHaveLength(0);
    expect(s.say('1')).toMatch(/sudah dikirim[\s\S]*Lanjutkan yang tadi/);
    expect(effectsOf(s, 'storeQuestion')).toMatchObject([{ text: 'kalau saya sudah punya KIS apa perlu Mandiri?' }]);
    expect(s.state).toEqual(asked);
    expect(s.say('3')).toMatch(/Pertanyaan 2 dari 2/);
  });

  it('"tanyakan" is not taken for TANYA', () => {
    const s = sim();
    expect(s.say('tanyakan')).toMatch(/belum paham/);
    expect(s.effects).toEqual([]);
  });
});

describe('every reply fits a basic phone', () => {
  it('every page and advice, rendered in both languages, is under 1000 characters', () => {
    for (const lang of ['id', 'en'] as const) {
      const s = sim({ monthlyEarnings: earnings(1_234_567) }, lang);
      s.say('bpjs');
      const topics = bpjsContent().langs[lang]!.topics;
      topics.forEach((t, i) => {
        s.say(String(i + 2));
        for (let p = 0; p < t.pages.length; p++) {
          for (const r of s.last!.replies) expect(r.text.length, `${lang} ${t.key} ${p}`).toBeLessThanOrEqual(1000);
          s.say('1');
        }
      });
    }
  });
  void NOW;
});
