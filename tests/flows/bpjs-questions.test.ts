// The BPJS guide and free text: "tanya ..." in the guide is shown back before
// it reaches the staff's inbox, and a free question naming BPJS opens the page
// of the guide that answers it, inside the guide or typed while idle.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bpjsContent } from '../../src/content/bpjs/store.ts';
import { emptyLedger } from '../../src/diary/ledger.ts';
import type { BpjsOverview } from '../../src/flows/bpjs/model.ts';
import { guidePlace, guideTopics, readGuideQuestion } from '../../src/flows/bpjs/questions.ts';
import type { Effect } from '../../src/flows/types.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { diaryPhone } from '../helpers/diary.ts';
import { FlowSim, worker } from '../helpers/flow.ts';

const EMPTY: BpjsOverview = { latest: null, openIntents: [] };
const sim = (lang: 'id' | 'en' = 'id') =>
  new FlowSim(worker({ lang }), { bpjsOverview: EMPTY, monthlyEarnings: null, diary: emptyLedger() });
const questions = (s: FlowSim) =>
  s.effects.filter((e): e is Extract<Effect, { type: 'storeQuestion' }> => e.type === 'storeQuestion');
const FOUND =
  'Ini dari panduan BPJS. Belum terjawab? Ketik TANYA lalu pertanyaan Anda, pendamping Upahku akan menjawab.';

/** The guide's page as shown: its text begins with these words. */
const page = (lang: 'id' | 'en', topic: string, n: number) =>
  bpjsContent()
    .langs[lang]!.topics.find((t) => t.key === topic)!
    .pages[n - 1]!.slice(0, 25);

describe('"tanya ..." typed in the BPJS menu', () => {
  it('"tanya bojoku sik" is shown back, and 2 sends nothing', () => {
    const s = sim();
    s.say('bpjs');
    expect(s.say('tanya bojoku sik')).toBe(
      'Kirim pertanyaan ini ke pendamping Upahku?\n"bojoku sik"\n1 Ya, kirim\n2 Tidak',
    );
    expect(questions(s)).toEqual([]);
    expect(s.say('2')).toMatch(/^Baik, tidak dikirim\.\n\nBPJS \/ jaminan sosial:/);
    expect(questions(s)).toEqual([]);
    expect(s.state).toMatchObject({ flow: 'bpjs', step: 'menu' });
  });

  it('a real question is sent on 1, with where she asked it', () => {
    const s = sim();
    s.say('bpjs');
    s.say('tanya apakah JHT bisa diambil sebelum pensiun?');
    expect(s.say('1')).toMatch(/sudah dikirim[\s\S]*BPJS \/ jaminan sosial:/);
    expect(questions(s)).toEqual([
      { type: 'storeQuestion', text: 'apakah JHT bisa diambil sebelum pensiun?', context: 'guide:menu' },
    ]);
  });

  it('on a page too; "tanya" alone still asks for the question', () => {
    const s = sim();
    s.say('bpjs');
    s.say('3');
    expect(s.say('tanya suami dulu')).toMatch(/^Kirim pertanyaan ini[\s\S]*"suami dulu"/);
    s.say('1');
    expect(questions(s)).toEqual([{ type: 'storeQuestion', text: 'suami dulu', context: 'guide:tk_daftar' }]);
    s.say('bpjs');
    expect(s.say('tanya')).toMatch(/^Tulis pertanyaan Anda/);
  });
});

describe('a free question naming BPJS opens the guide', () => {
  it.each([
    ['gmn caranya daftar bpjs ketenagakerjaan', 'tk_daftar', 2],
    ['bpjs kesehatan bayar brp', 'jkn', 3],
    ['BPJS ketenagakerjan iurannya berapa?', 'tk_daftar', 1],
    ['bpjs kesehatan telat bayar gimana', 'bayar', 3],
    ['cara minta kis gratis', 'jkn', 2],
  ])('while idle: %j -> %s page %i', (text, topic, n) => {
    const s = sim();
    const r = s.say(text);
    expect(r.startsWith(`${FOUND}\n\n${page('id', topic, n)}`)).toBe(true);
    // The answer, and nothing left open: the whole guide is one word away.
    expect(r.endsWith('\n\nPanduan lengkap: ketik BPJS.')).toBe(true);
    expect(s.state).toBeNull();
    expect(s.say('bpjs')).toMatch(/^BPJS \/ jaminan sosial:/);
    expect(s.effects).toEqual([]);
  });

  it('"how do I register for bpjs" out of the blue names no scheme: the page for home workers, nothing left open', () => {
    const s = sim('en');
    const r = s.say('how do I register for bpjs');
    expect(r).toMatch(/^This is from the BPJS guide\. Not answered\? Type ASK/);
    expect(r).toContain(page('en', 'tk', 1));
    expect(r).toContain('For BPJS Kesehatan, type: BPJS kesehatan.');
    expect(s.state).toBeNull();
    // Naming the scheme gives its own page.
    expect(sim('en').say('how do I register for bpjs kesehatan')).toContain(page('en', 'jkn_daftar', 1));
    // Inside the guide, "which BPJS?" is still asked, and the number answers it.
    const t = sim('en');
    t.say('bpjs');
    expect(t.say('how do I register for bpjs')).toMatch(/^Which BPJS\?/);
    expect(t.say('2')).toContain(page('en', 'jkn_daftar', 1));
  });

  it('inside the guide too, from the menu or a page', () => {
    const s = sim();
    s.say('bpjs');
    expect(s.say('gmn caranya daftar bpjs ketenagakerjaan')).toContain(page('id', 'tk_daftar', 2));
    s.say('0');
    s.say('2');
    expect(s.say('kalau bpjs kesehatan bayarnya brp')).toContain(page('id', 'jkn', 3));
  });

  it('a question the guide does not answer is still offered to the staff, shown back first', () => {
    const s = sim();
    s.say('bpjs');
    s.say('3');
    expect(s.say('Apakah bisa bayar di Indomaret?')).toMatch(
      /^Saya belum bisa menjawab "Apakah bisa bayar di Indomaret\?"/,
    );
    s.say('2');
    // Idle: "berapa lama" is not in the guide.
    const t = sim();
    expect(t.say('berapa lama kartu bpjs kesehatan jadi')).toMatch(
      /^Saya belum bisa menjawab "berapa lama kartu bpjs kesehatan jadi"\. Kirim sebagai pertanyaan/,
    );
    expect(t.say('1')).toMatch(/sudah dikirim/);
    expect(questions(t)).toEqual([
      { type: 'storeQuestion', text: 'berapa lama kartu bpjs kesehatan jadi', context: 'tanya' },
    ]);
  });

  it('while idle, not everything with "bpjs" is a question: a cost to record, "bpjs" alone, other words', () => {
    const s = sim();
    expect(s.say('bpjs')).toMatch(/^BPJS \/ jaminan sosial:/);
    s.say('menu');
    expect(s.say('biaya bpjs 16800')).not.toMatch(/panduan BPJS/);
    s.say('batal');
    expect(s.say('bayar bpjs 35rb')).not.toMatch(/panduan BPJS|BPJS yang mana/);
    s.say('batal');
    expect(s.say('kesehatan saya baik')).toMatch(/belum paham/);
  });

  it('every page the questions point at is in the guide, in every language', () => {
    for (const lang of ['id', 'en']) {
      const topics = bpjsContent().langs[lang]!.topics;
      for (const key of guideTopics()) expect(topics.map((t) => t.key)).toContain(key);
    }
    expect(guidePlace(readGuideQuestion('daftar bpjs tk')!)).toEqual({ topic: 'tk_daftar', page: 1 });
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

  it('"tanya bojoku sik" in the BPJS menu leaves the inbox empty; a BPJS question while idle opens the guide', async () => {
    const { say, workerId } = await diaryPhone(t);
    expect(await say('bpjs')).toMatch(/^BPJS \/ jaminan sosial:/);
    expect(await say('tanya bojoku sik')).toMatch(/^Kirim pertanyaan ini ke pendamping Upahku\?/);
    expect(await say('2')).toMatch(/tidak dikirim/);
    expect(await t.db.selectFrom('questions').selectAll().where('worker_id', '=', workerId).execute()).toEqual([]);
    expect(await say('menu')).toMatch(/Menu Upahku/);
    const r = await say('gmn caranya daftar bpjs ketenagakerjaan');
    expect(r.startsWith(`${FOUND}\n\n${page('id', 'tk_daftar', 2)}`)).toBe(true);
    expect(await t.db.selectFrom('conversations').selectAll().where('worker_id', '=', workerId).execute()).toEqual([]);
    expect(await say('bpjs kesehatan bayar brp')).toContain(page('id', 'jkn', 3));
  });
});
