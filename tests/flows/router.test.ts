import { describe, expect, it } from 'vitest';
import { FlowSim, worker } from '../helpers/flow.ts';

describe('global words and the menu', () => {
  it('MENU, BANTUAN and their English forms work at any point', () => {
    const s = new FlowSim();
    expect(s.say('menu')).toMatch(/Menu Upahku/);
    expect(s.say('BANTUAN')).toMatch(/BATAL = batalkan/);
    s.lang('en');
    expect(s.say('Help!')).toMatch(/CANCEL = cancel/);
    expect(s.say('/menu')).toMatch(/Upahku menu/);
  });

  it('BATAL cancels a flow in progress and says nothing was saved', () => {
    const s = new FlowSim();
    s.say('BAHASA');
    expect(s.state?.flow).toBe('settings');
    const r = s.say('batal');
    expect(r).toMatch(/Dibatalkan/);
    expect(s.state).toBeNull();
    expect(s.say('batal')).toMatch(/Tidak ada yang sedang berjalan/);
  });

  it('MENU in the middle of an entry says it was not saved, and BANTUAN lists the diary words', () => {
    const s = new FlowSim();
    s.say('bahasa');
    const r = s.say('menu');
    expect(r).toMatch(/Dibatalkan. Tidak ada yang disimpan./);
    expect(r).toMatch(/Menu Upahku/);
    expect(s.state).toBeNull();
    expect(s.say('menu')).not.toMatch(/Dibatalkan/);
    const help = s.say('bantuan');
    for (const w of ['REKAP', 'BANDINGKAN', 'UBAH', 'BPJS', 'TANYA', 'GABUNG', 'PENGINGAT']) expect(help).toContain(w);
  });

  it('a digit out of range, emoji, SQL or HTML get a short friendly reply', () => {
    const s = new FlowSim();
    expect(s.say('99')).toMatch(/1 sampai \d+/);
    // Emoji alone is taken as a friendly sign: a short line, not the whole menu.
    expect(s.say('😀😀')).toMatch(/^Sama-sama/);
    expect(s.say("'; DROP TABLE workers; --")).toMatch(/belum paham/);
    expect(s.say('<script>alert(1)</script>')).toMatch(/belum paham/);
    expect(s.effects).toEqual([]);
  });

  it('empty, spaces only, invisible characters and over-long messages', () => {
    const s = new FlowSim();
    expect(s.say('')).toMatch(/kosong/);
    expect(s.say('    ')).toMatch(/kosong/);
    expect(s.say('\u200b\u200e\u202e')).toMatch(/kosong/);
    expect(s.say('a'.repeat(10_000))).toMatch(/terlalu panjang/);
    expect(s.say('\u200bme\u200dnu')).toMatch(/Menu Upahku/);
    expect(s.say('\u202emenu\u202c')).toMatch(/Menu Upahku/);
  });

  it('media gets "text only" and keeps the flow where it was', () => {
    const s = new FlowSim();
    s.say('bahasa');
    expect(s.say('', 'media')).toMatch(/hanya bisa membaca tulisan/);
    expect(s.state?.flow).toBe('settings');
  });

  it('numbers typed loosely choose menu items', () => {
    const s = new FlowSim();
    const menu = s.say('menu');
    const settingsNo = menu.match(/(\d+) Pengaturan/)![1]!;
    expect(s.say(` ${settingsNo}. `)).toMatch(/Pengaturan:/);
    s.say('0');
    expect(s.say(`${settingsNo}\uFE0F\u20E3`)).toMatch(/Pengaturan:/);
  });

  it('every worker-facing message stays within 1000 characters on a basic phone', async () => {
    const { allMessages } = await import('../../src/flows/messages/index.ts');
    for (const [lang, cat] of Object.entries(allMessages())) {
      for (const [key, m] of Object.entries(cat)) {
        if (typeof m === 'string') expect(m.length, `${lang}.${key}`).toBeLessThanOrEqual(1000);
      }
    }
    const id = allMessages().id!;
    const en = allMessages().en!;
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });
});

describe('settings and data rights', () => {
  it('BAHASA switches language and shows the menu in it', () => {
    const s = new FlowSim();
    s.say('bahasa');
    const r = s.say('2');
    expect(r).toMatch(/Language: English/);
    expect(r).toMatch(/Upahku menu/);
    expect(s.w.lang).toBe('en');
  });

  it('BERHENTI and MULAI toggle messages, and say so when nothing changes', () => {
    const s = new FlowSim();
    expect(s.say('berhenti')).toMatch(/tidak akan mengirim/);
    expect(s.w.optedOut).toBe(true);
    expect(s.say('BERHENTI')).toMatch(/sudah berhenti/);
    expect(s.say('mulai')).toMatch(/menerima pengingat/);
    expect(s.w.optedOut).toBe(false);
    expect(s.say('mulai')).toMatch(/sudah aktif/);
    s.say('stop');
    s.lang('en');
    expect(s.say('start')).toMatch(/get reminders/);
  });

  it('HAPUS asks first; only a yes erases', () => {
    const s = new FlowSim();
    expect(s.say('hapus')).toMatch(/Hapus SEMUA data/);
    expect(s.say('hmm')).toMatch(/Hapus SEMUA data/);
    expect(s.say('2')).toMatch(/tidak dihapus/);
    expect(s.effects).toEqual([]);
    s.say('HAPUS');
    expect(s.say('1')).toMatch(/sudah dihapus/);
    expect(s.effects).toEqual([{ type: 'eraseWorker' }]);
  });

  it('research permission can be changed and is recorded as a consent event', () => {
    const s = new FlowSim();
    s.say(s.say('menu').match(/(\d+) Pengaturan/)![1]!);
    expect(s.say('2')).toMatch(/Izin penelitian sekarang: Ya/);
    expect(s.say('tidak')).toMatch(/Izin penelitian: Tidak/);
    expect(s.w.researchConsent).toBe(false);
    expect(s.effects.map((e) => e.type)).toEqual(['consent', 'updateWorker']);
  });

  it('DATAKU lists profile, consent and counts from loaded facts', () => {
    const s = new FlowSim(worker(), {
      dataOverview: {
        counts: { inbound_messages: 12, consent_events: 2, outbox: 0 },
        identities: [{ channel: 'web' }],
      },
    });
    const r = s.say('DATAKU');
    expect(r).toMatch(/Kecamatan: Pare/);
    expect(r).toMatch(/Pekerjaan: Sandal \/ sepatu/);
    expect(r).toMatch(/versi 2026-11-v1/);
    expect(r).toMatch(/Pesan dari Anda: 12/);
    expect(r).not.toMatch(/Pesan dari Upahku: 0/);
  });
});
