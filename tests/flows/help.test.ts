// BANTUAN / HELP lists the diary words with one short example each, and the
// commands, in a message short enough for a basic phone; each example works.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/flows/messages/index.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { diaryPhone } from '../helpers/diary.ts';
import { FlowSim, worker } from '../helpers/flow.ts';

const EXAMPLES = [
  'order 3 kodi sandal 2rb/pasang dari Bu Yati',
  'setor 58 retur 2',
  'dibayar 100rb',
  'kasbon 50rb',
  'kerja 5 jam',
  'biaya lem 10rb',
  'beli benang 5rb',
];

describe('BANTUAN / HELP', () => {
  it.each(['id', 'en'] as const)(
    '%s: the diary words with an example each, the commands, under 700 characters',
    (lang) => {
      const help = translator(lang)('help');
      expect(help.length).toBeLessThan(700);
      for (const e of EXAMPLES) expect(help).toContain(e);
      for (const w of ['MENU', 'BPJS', 'DATAKU', 'HAPUS', 'TANYA'].map((x) =>
        lang === 'en' ? ({ DATAKU: 'MYDATA', HAPUS: 'DELETE', TANYA: 'ASK' }[x] ?? x) : x,
      ))
        expect(help).toContain(w);
    },
  );

  it('BANTUAN, HELP and the menu item show it', () => {
    const s = new FlowSim(worker());
    expect(s.say('bantuan')).toMatch(/^Bantuan:\nCatat langsung, contoh:\norder 3 kodi/);
    expect(s.say('menu')).toMatch(/\d+ Bantuan/);
    s.lang('en');
    expect(s.say('HELP')).toMatch(/^Help:\nRecord in one message[\s\S]*kasbon 50rb = advance/);
  });
});

describe('every example in the help is understood', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb();
  });
  afterEach(async () => {
    await t.close();
  });

  it('each one, sent as it is written, gives the entry to check and save', async () => {
    const { say, rows } = await diaryPhone(t);
    expect(await say(EXAMPLES[0]!)).toMatch(/Cek dulu, order baru/);
    await say('1');
    for (const [text, what] of [
      [EXAMPLES[1], /Cek dulu, setoran/],
      [EXAMPLES[2], /Cek dulu, bayaran/],
      [EXAMPLES[3], /Cek dulu, kasbon/],
      [EXAMPLES[5], /Cek dulu, biaya/],
      [EXAMPLES[6], /Cek dulu, biaya/],
    ] as const) {
      expect(await say(text!), text).toMatch(what);
      await say('1');
    }
    // Hours go on with a question about help from the family: not "not understood".
    expect(await say(EXAMPLES[4]!)).not.toMatch(/belum paham|Menu Upahku/);
    expect(await rows('orders')).toHaveLength(1);
    expect(await rows('handins')).toHaveLength(1);
    expect(await rows('payments')).toHaveLength(2);
    expect(await rows('costs')).toHaveLength(2);
  });
});
