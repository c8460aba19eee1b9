import { describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '../../src/flows/consent.ts';
import { FlowSim, worker } from '../helpers/flow.ts';

const newcomer = () =>
  new FlowSim(
    worker({
      status: 'onboarding',
      kecamatan: null,
      product: null,
      consentVersion: null,
      researchConsent: false,
    }),
  );

describe('onboarding', () => {
  it('walks greeting, language, consent, research, kecamatan and product to the menu', () => {
    const s = newcomer();
    expect(s.say('halo')).toMatch(/Pilih bahasa/);
    expect(s.say('1')).toMatch(/Setuju\?/);
    expect(s.say('1')).toMatch(/penelitian/);
    expect(s.effects).toContainEqual({
      type: 'consent',
      kind: 'diary',
      decision: 'yes',
      version: CONSENT_VERSION,
    });
    expect(s.say('ya')).toMatch(/kecamatan mana/);
    expect(s.w.researchConsent).toBe(true);
    expect(s.say('Pare')).toMatch(/pekerjaan utama/);
    const last = s.say('1');
    expect(last).toMatch(/Terima kasih! Data awal tersimpan \(Pare\)\. Pekerjaan: Sandal \/ sepatu\./);
    expect(last).toMatch(/Menu Upahku/);
    expect(s.w.kecamatan).toBe('Pare');
    expect(s.w.product).toBe('alas_kaki');
    expect(s.state).toBeNull();
  });

  it('switches to English at the language step and keeps English afterwards', () => {
    const s = newcomer();
    s.say('hi');
    expect(s.say('2')).toMatch(/Do you agree\?/);
    expect(s.w.lang).toBe('en');
    expect(s.say('yes')).toMatch(/research/);
    expect(s.say('no')).toMatch(/not used for research/);
    expect(s.w.researchConsent).toBe(false);
    expect(s.effects).toContainEqual({
      type: 'consent',
      kind: 'research',
      decision: 'no',
      version: CONSENT_VERSION,
    });
  });

  it('a no to consent gets a kind answer and a refusal effect only', () => {
    const s = newcomer();
    s.say('halo');
    s.say('1');
    const reply = s.say('2');
    expect(reply).toMatch(/tidak disimpan/);
    expect(s.last!.effects).toEqual([{ type: 'refuseConsent', version: CONSENT_VERSION }]);
    expect(s.state).toBeNull();
  });

  it('BERHENTI before consent counts as a refusal', () => {
    const s = newcomer();
    s.say('halo');
    s.say('BERHENTI');
    expect(s.last!.effects[0]?.type).toBe('refuseConsent');
  });

  it('unexpected replies re-ask the same question', () => {
    const s = newcomer();
    s.say('halo');
    expect(s.say('7')).toMatch(/1 sampai 2/);
    expect(s.state?.step).toBe('lang');
    s.say('1');
    expect(s.say('mungkin')).toMatch(/Setuju\?/);
    expect(s.state?.step).toBe('consent');
    expect(s.say('🙂')).toMatch(/1 sampai 2/);
    expect(s.state?.step).toBe('consent');
  });

  it('BATAL and MENU in the middle repeat the current question instead of skipping consent', () => {
    const s = newcomer();
    s.say('halo');
    s.say('1');
    expect(s.say('batal')).toMatch(/Setuju\?/);
    expect(s.say('MENU')).toMatch(/Setuju\?/);
    expect(s.state?.step).toBe('consent');
    expect(s.w.status).toBe('onboarding');
  });

  it('BANTUAN during onboarding explains and re-asks', () => {
    const s = newcomer();
    s.say('halo');
    const r = s.say('bantuan');
    expect(r).toMatch(/Bantuan:/);
    expect(r).toMatch(/Pilih bahasa/);
  });

  it('kecamatan: a loose spelling is confirmed, a number is taken, 0 lists them all', () => {
    const s = newcomer();
    s.say('halo');
    s.say('1');
    s.say('1');
    s.say('1');
    expect(s.say('ngadiluweh')).toMatch(/Maksud Anda Kecamatan Ngadiluwih\?/);
    expect(s.say('2')).toMatch(/26 Wates\n27 Di luar Kabupaten Kediri/);
    expect(s.say('99')).toMatch(/1 sampai 27/);
    expect(s.say('27')).toMatch(/pekerjaan utama/);
    expect(s.say('xyz')).toMatch(/1 sampai 7/);
    s.say('2');
    expect(s.w.kecamatan).toBe('luar');
    expect(s.w.product).toBe('jahit');
  });

  it('kecamatan: an unknown name gets a friendly retry', () => {
    const s = newcomer();
    for (const m of ['halo', '1', '1', '1']) s.say(m);
    expect(s.say('Jakarta Selatan')).toMatch(/tidak saya kenal/);
    expect(s.say('kayen')).toMatch(/Kayen Kidul/);
    expect(s.say('1')).toMatch(/pekerjaan utama/);
  });

  it('BAHASA during onboarding goes back to the language choice', () => {
    const s = newcomer();
    s.say('halo');
    s.say('1');
    expect(s.say('bahasa')).toMatch(/Pilih bahasa/);
    expect(s.say('2')).toMatch(/Do you agree/);
  });
});
