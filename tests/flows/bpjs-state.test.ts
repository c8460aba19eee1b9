// The BPJS conversation's typed state: what a step saves reads back as the
// same step and data; a state from an older version or a damaged row leads to
// the menu instead of a crash or a wrong record; TANYA is its own flow.
import { describe, expect, it } from 'vitest';
import type { BpjsOverview } from '../../src/flows/bpjs/model.ts';
import { type BpjsState, bpjsState, tanyaState } from '../../src/flows/bpjs/state.ts';
import type { ConvState } from '../../src/flows/types.ts';
import { FlowSim, worker } from '../helpers/flow.ts';

const EMPTY: BpjsOverview = { latest: null, openIntents: [] };
const sim = () => new FlowSim(worker(), { bpjsOverview: EMPTY, monthlyEarnings: null });

describe('BPJS state', () => {
  it('reads back every kind of step as saved', () => {
    const states: BpjsState[] = [
      { step: 'menu' },
      { step: 'page', topic: 'bpu', page: 2 },
      { step: 'guideScheme', needs: ['register', 'cost'] },
      { step: 'eligWork', via: 'recheck', after: 'main', jkn: 'pbi' },
      { step: 'intentOffer', programs: ['bpjs_tk', 'jkn_pbi'], after: 'bpjs' },
      { step: 'followUp', intentId: 7, program: 'jkn_mandiri', since: '2026-11-01T00:00:00.000Z', after: 'main' },
      {
        step: 'followAgain',
        intentId: 7,
        program: 'bpjs_tk',
        since: '2026-11-01T00:00:00.000Z',
        after: 'bpjs',
        answer: 'not_yet',
        obstacle: 'other',
        note: 'suami belum setuju',
      },
      { step: 'recheck', after: 'bpjs', jkn: 'mandiri', tk: 'none' },
    ];
    for (const s of states) {
      const saved = bpjsState.save(s);
      expect(saved.flow).toBe('bpjs');
      expect(saved.step).toBe(s.step);
      // Through JSON, as the database keeps it.
      expect(bpjsState.load(JSON.parse(JSON.stringify(saved)) as ConvState)).toEqual(s);
    }
  });

  it('fills what an older version did not save with what the flow always assumed', () => {
    expect(bpjsState.load({ flow: 'bpjs', step: 'eligHealth', data: {} })).toEqual({
      step: 'eligHealth',
      via: 'guide',
      after: 'bpjs',
    });
  });

  it('refuses data that does not fit its step', () => {
    const bad: ConvState[] = [
      { flow: 'bpjs', step: 'eligWork', data: { jkn: 'gold' } },
      { flow: 'bpjs', step: 'followUp', data: { intentId: 'x', program: 'bpjs_tk' } },
      { flow: 'bpjs', step: 'followUp', data: { intentId: 3, program: 'constructor' } },
      { flow: 'bpjs', step: 'nosuchstep', data: {} },
      { flow: 'settings', step: 'menu', data: {} },
    ];
    for (const c of bad) expect(bpjsState.load(c), JSON.stringify(c)).toBeNull();
  });

  it('answers a damaged state with the BPJS menu, recording nothing', () => {
    const s = sim();
    s.state = { flow: 'bpjs', step: 'followUp', data: { intentId: 'x', program: 'nothing' } };
    const reply = s.say('1');
    expect(reply).toMatch(/BPJS \/ jaminan sosial/);
    expect(s.state).toMatchObject({ flow: 'bpjs', step: 'menu' });
    expect(s.effects).toEqual([]);
  });

  it('keeps TANYA in a flow of its own, and still understands a TANYA step saved under the guide', () => {
    const s = sim();
    s.say('tanya');
    expect(s.state).toMatchObject({ flow: 'tanya', step: 'tanyaWrite' });
    s.say('Kalau saya pindah ke Kota Kediri, BPJS saya ikut pindah?');
    expect(s.state).toBeNull();
    expect(s.effects).toEqual([
      { type: 'storeQuestion', text: 'Kalau saya pindah ke Kota Kediri, BPJS saya ikut pindah?', context: 'tanya' },
    ]);

    const old = sim();
    old.state = {
      flow: 'bpjs',
      step: 'tanyaConfirm',
      data: { text: 'Iuran naik tahun depan?', context: 'guide:menu' },
    };
    old.say('ya');
    expect(old.effects).toEqual([{ type: 'storeQuestion', text: 'Iuran naik tahun depan?', context: 'guide:menu' }]);
    expect(old.state).toMatchObject({ flow: 'bpjs', step: 'menu' });
  });

  it('reads a TANYA state with the entry she will go back to', () => {
    const resume = { flow: 'order', step: 'qty', data: { employer: 'Bu Sri' } };
    const saved = tanyaState.save({ step: 'tanyaConfirm', text: 'apa itu JHT', context: 'tanya:order', resume });
    expect(tanyaState.load(saved)).toEqual({
      step: 'tanyaConfirm',
      text: 'apa itu JHT',
      context: 'tanya:order',
      resume,
    });
  });
});
