// Who helped with the hours, without a database: never asked before the check
// screen (shown as not said, invited there, answerable there), and asked once
// softly after saving, answered or dropped with her next message.
import { describe, expect, it } from 'vitest';
import { emptyLedger, type HoursRec, type Ledger } from '../../../src/diary/ledger.ts';
import { withSoftQuestion } from '../../../src/flows/diary/soft.ts';
import { route } from '../../../src/flows/router.ts';
import type { Effect, Facts, StepResult } from '../../../src/flows/types.ts';
import { context, FlowSim, input, worker } from '../../helpers/flow.ts';

const NOT_SAID = 'Dibantu keluarga: belum disebut';
const INVITE = 'Ada yang bantu? Ketik mis. "dibantu 2", atau 0 kalau sendiri.';
const SOFT_HELPERS = 'Ada keluarga yang ikut bantu? Ketik jumlahnya, 0 kalau tidak ada.';
const SOFT_CHILD = 'Ada anak di bawah 15 th yang ikut bantu? 1 Ya 2 Tidak';

function sim(facts: Facts = {}, lang: 'id' | 'en' = 'id'): FlowSim {
  return new FlowSim(worker({ lang }), { diary: emptyLedger(), ...facts });
}

const of = <T extends Effect['type']>(effects: Effect[], type: T) =>
  effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);

/** Her diary with one row of hours saved just before (helpers as given). */
function savedHours(over: Partial<HoursRec> = {}): Ledger {
  const l = emptyLedger();
  l.hours.push({
    id: 7,
    workedOn: '2026-11-28',
    minutes: 300,
    orderId: null,
    helpers: null,
    childHelper: null,
    createdAt: '2026-11-28T02:59:00.000Z',
    ...over,
  });
  return l;
}

describe('the check screen of hours', () => {
  it('comes at once, with who helped shown as not said and one line inviting it', () => {
    const s = sim();
    const echo = s.say('hari ini ngelem sepatu dari jam 8 sampai 11, terus lanjut jam 1 sampai jam 3');
    expect(echo).toContain('Jam kerja: 5 jam');
    expect(echo).toContain(NOT_SAID);
    expect(echo).toContain(INVITE);
    expect(echo).not.toMatch(/anggota keluarga|di bawah 15 tahun/);
    expect(s.state).toMatchObject({ flow: 'hours', step: 'confirm' });
  });

  it('from the menu too: the day and the hours, then the check screen', () => {
    const s = sim();
    s.say('4');
    const echo = s.say('hari ini') + s.say('6');
    expect(echo).toContain(NOT_SAID);
    expect(s.state).toMatchObject({ flow: 'hours', step: 'confirm' });
  });

  it.each([
    ['0', 'Dibantu keluarga: tidak ada', null],
    ['dewe', 'Dibantu keluarga: tidak ada', null],
    ['sendiri', 'Dibantu keluarga: tidak ada', null],
    ['gak ada', 'Dibantu keluarga: tidak ada', null],
    ['dibantu suami', 'Dibantu keluarga: 1', 'Anak di bawah 15 th: Tidak'],
    // Her own children with no age said are taken as children (she sees it and may change it).
    ['anakku 2', 'Dibantu keluarga: 2', 'Anak di bawah 15 th: Ya'],
    ['ponakan 1', 'Dibantu keluarga: 1', 'Anak di bawah 15 th: belum disebut'],
    ['dibantu anakku umur 9', 'Dibantu keluarga: 1', 'Anak di bawah 15 th: Ya'],
  ])('"%s" there fills the line and shows the check screen again', (said, line, child) => {
    const s = sim();
    s.say('kerja 5 jam');
    const again = s.say(said);
    expect(again).toContain(line);
    expect(again).not.toContain(INVITE);
    if (child) expect(again).toContain(child);
    else expect(again).not.toContain('Anak di bawah 15 th');
    expect(s.state).toMatchObject({ flow: 'hours', step: 'confirm' });
    expect(s.effects).toEqual([]);
  });

  it('in English: "my daughter helped"', () => {
    const s = sim({}, 'en');
    const echo = s.say('worked from 8 pm to half past 12');
    expect(echo).toContain('Family helpers: not said');
    expect(echo).toContain('Anyone helped?');
    expect(s.say('my daughter helped')).toContain('Family helpers: 1');
  });

  it('"1" or "ya" saves it as it is: helpers not said stay not said, and the soft question follows', () => {
    for (const yes of ['1', 'ya']) {
      const s = sim();
      s.say('kerja 5 jam');
      const saved = s.say(yes);
      expect(saved).toMatch(/Tersimpan: 5 jam/);
      expect(saved.endsWith(SOFT_HELPERS)).toBe(true);
      expect(s.state).toBeNull();
      expect(of(s.effects, 'createHours').map((e) => e.values)).toEqual([
        expect.objectContaining({ minutes: 300, helpers: null, child_helper: null }),
      ]);
      expect(of(s.effects, 'askSoft')).toEqual([{ type: 'askSoft', about: 'helpers' }]);
    }
  });

  it('said at the check screen: saved with it, nothing asked after', () => {
    const s = sim();
    s.say('kerja 5 jam');
    s.say('0');
    const saved = s.say('1');
    expect(saved).not.toContain(SOFT_HELPERS);
    expect(of(s.effects, 'createHours')[0]!.values).toMatchObject({ helpers: 0, child_helper: false });
    expect(of(s.effects, 'askSoft')).toEqual([]);
  });

  it('someone helped and no age said: the child question comes softly after saving', () => {
    const s = sim();
    s.say('kerja 4 jam dibantu adikku');
    const saved = s.say('1');
    expect(saved.endsWith(SOFT_CHILD)).toBe(true);
    expect(of(s.effects, 'createHours')[0]!.values).toMatchObject({ helpers: 1, child_helper: null });
    expect(of(s.effects, 'askSoft')).toEqual([{ type: 'askSoft', about: 'child' }]);
    // A child said is still recorded as such.
    const t = sim();
    t.say('kerja 4 jam dibantu anakku umur 10');
    expect(t.say('1')).not.toContain(SOFT_CHILD);
    expect(of(t.effects, 'createHours')[0]!.values).toMatchObject({ helpers: 1, child_helper: true });
  });

  it('a no, a question or "I don\'t know" there is not who helped', () => {
    const no = sim();
    no.say('kerja 5 jam');
    expect(no.say('tidak')).toMatch(/mau diubah|Yang mana/i);
    for (const said of ['ga tau', 'belum disebut itu apa?']) {
      const s = sim();
      s.say('kerja 5 jam');
      expect(s.say(said)).toContain(NOT_SAID);
    }
  });

  it('a correction that says who helped too takes both', () => {
    const s = sim();
    s.say('kerja 7 jam');
    const again = s.say('eh salah, 8 jam. sendiri aja');
    expect(again).toContain('Jam kerja: 8 jam');
    expect(again).toContain('Dibantu keluarga: tidak ada');
  });
});

describe('the soft question after saving', () => {
  const asked = (about: 'helpers' | 'child', over: Partial<HoursRec> = {}, count?: boolean): Facts => ({
    diary: savedHours(over),
    softQuestion: { about, ids: [7], ...(count ? { count } : {}) },
  });

  it.each([
    ['0', { helpers: 0, child_helper: false }, 'tidak ada yang bantu', false],
    ['dewe', { helpers: 0, child_helper: false }, 'tidak ada yang bantu', false],
    ['nggak', { helpers: 0, child_helper: false }, 'tidak ada yang bantu', false],
    ['2', { helpers: 2, child_helper: null }, 'dibantu 2 orang', true],
    ['dibantu suami', { helpers: 1, child_helper: false }, 'dibantu 1 orang, tidak ada anak di bawah 15 th', false],
    ['dibantu anakku umur 10', { helpers: 1, child_helper: true }, 'dibantu 1 orang, ada anak di bawah 15 th', false],
  ])('"%s" corrects the saved hours and says so in one line', (said, changes, what, childAsked) => {
    const s = sim(asked('helpers'));
    const reply = s.say(said);
    expect(reply.split('\n')[0]).toBe(`Dicatat di jam kerja hari ini, 28/11: ${what}.`);
    expect(s.state).toBeNull();
    expect(of(s.effects, 'correctEntry')).toEqual([{ type: 'correctEntry', entity: 'hours', id: 7, changes }]);
    expect(reply.endsWith(SOFT_CHILD)).toBe(childAsked);
    expect(of(s.effects, 'askSoft')).toEqual(childAsked ? [{ type: 'askSoft', about: 'child', ids: [7] }] : []);
  });

  it('the same hours said again with who helped are the answer; other hours are a new entry', () => {
    const s = sim(asked('helpers'));
    expect(s.say('kira2 5 jam, dibantu adik saya')).toBe(
      `Dicatat di jam kerja hari ini, 28/11: dibantu 1 orang.\n${SOFT_CHILD}`,
    );
    expect(of(s.effects, 'correctEntry')).toEqual([
      { type: 'correctEntry', entity: 'hours', id: 7, changes: { helpers: 1, child_helper: null } },
    ]);
    const other = sim(asked('helpers'));
    expect(other.say('kerja 3 jam dibantu suami')).toContain('Cek dulu, jam kerja');
    expect(of(other.effects, 'correctEntry')).toEqual([]);
  });

  it('"iya" without how many: how many is asked softly, once', () => {
    const s = sim(asked('helpers'));
    expect(s.say('iya')).toBe('Berapa orang yang ikut bantu? Ketik jumlahnya.');
    expect(s.state).toBeNull();
    expect(of(s.effects, 'correctEntry')).toEqual([]);
    expect(of(s.effects, 'askSoft')).toEqual([{ type: 'askSoft', about: 'helpers', ids: [7], count: true }]);
    const again = sim(asked('helpers', {}, true));
    expect(again.say('3')).toContain('dibantu 3 orang');
    const yesAgain = sim(asked('helpers', {}, true));
    yesAgain.say('iya');
    expect(of(yesAgain.effects, 'correctEntry')).toEqual([]);
    expect(of(yesAgain.effects, 'askSoft')).toEqual([]);
  });

  it.each([
    ['1', true],
    ['ya', true],
    ['2', false],
    ['tidak', false],
    ['umure 12', true],
  ])('the child question: "%s"', (said, child) => {
    const s = sim(asked('child', { helpers: 2 }));
    const reply = s.say(said);
    expect(reply).toMatch(/^Dicatat di jam kerja hari ini, 28\/11: /);
    expect(of(s.effects, 'correctEntry')).toEqual([
      { type: 'correctEntry', entity: 'hours', id: 7, changes: { child_helper: child } },
    ]);
  });

  it('anything else goes through as usual, and the question is dropped', () => {
    const s = sim(asked('helpers'));
    expect(s.say('biaya listrik 20rb')).toContain('Cek dulu');
    expect(of(s.effects, 'correctEntry')).toEqual([]);
    const ok = sim(asked('helpers'));
    ok.say('ok');
    expect(of(ok.effects, 'correctEntry')).toEqual([]);
  });

  it('with no soft question just asked, "0" and "1" are what they always were', () => {
    const s = sim({ diary: savedHours(), softQuestion: null });
    expect(s.say('0')).toMatch(/Balas dengan angka/);
    expect(s.say('1')).toMatch(/Dari siapa order ini/);
    expect(of(s.effects, 'correctEntry')).toEqual([]);
  });

  it('the engine is asked for the soft question only for a message that could answer it', () => {
    const ctx = context(worker(), { diary: savedHours(), previousMessage: null });
    expect(route(null, input('0'), ctx).needs).toEqual(['softQuestion']);
    expect(route(null, input('dibantu suami'), ctx).needs).toEqual(['softQuestion']);
    expect(route(null, input('rekap'), ctx).needs ?? []).not.toContain('softQuestion');
    expect(route(null, input('kerja 3 jam'), ctx).needs ?? []).not.toContain('softQuestion');
  });

  it('is asked only when the turn leaves nothing open, added to its last reply', () => {
    const ctx = context(worker());
    const base: StepResult = {
      state: null,
      replies: [{ text: 'Tersimpan: 5 jam.' }],
      effects: [{ type: 'askSoft', about: 'child' }],
    };
    const asked = withSoftQuestion(base, ctx);
    expect(asked.replies).toEqual([
      {
        text: `Tersimpan: 5 jam.\n${SOFT_CHILD}`,
        options: [
          { key: '1', label: 'Ya' },
          { key: '2', label: 'Tidak' },
        ],
      },
    ]);
    expect(asked.effects).toEqual([{ type: 'askSoft', about: 'child' }]);
    const open = withSoftQuestion({ ...base, state: { flow: 'parked', step: 'offer', data: {} } }, ctx);
    expect(open.replies).toEqual(base.replies);
    expect(open.effects).toEqual([]);
    // Two asked in one turn (a batch): one question, who helped first.
    const two = withSoftQuestion(
      {
        ...base,
        effects: [
          { type: 'askSoft', about: 'child' },
          { type: 'askSoft', about: 'helpers' },
        ],
      },
      ctx,
    );
    expect(two.replies[0]!.text.endsWith(SOFT_HELPERS)).toBe(true);
    expect(of(two.effects, 'askSoft')).toEqual([{ type: 'askSoft', about: 'helpers' }]);
  });
});
