// Every reply a worker can get, rendered for SMS: no reply over three
// segments, GSM-7 letters only after folding, and the main menu in one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/app/engine.ts';
import { countSegments, isGsm7, toGsm7 } from '../../../src/bot/sms/gsm7.ts';
import { MAX_SEGMENTS, renderSms } from '../../../src/bot/sms/render.ts';
import { takeForAddress } from '../../../src/db/outbox.ts';
import { allMessages, smsMessages, translator } from '../../../src/flows/messages/index.ts';
import { type TestDb, testDb } from '../../helpers/db.ts';
import { SCRIPT_EN, SCRIPT_ID } from './script.ts';

const segmentsOf = (text: string) => countSegments(toGsm7(text)).segments;

/** Parameters for any message: every field a ten-letter word (a name, a product, an amount as typed). */
const anyParams = () =>
  new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? 'Xxxxxxxxxx' : undefined) }) as Record<string, unknown>;

describe('the SMS form of the catalogue', () => {
  it('gives each compact form the key and kind of a full message', () => {
    for (const [lang, cat] of Object.entries(smsMessages())) {
      const full = allMessages()[lang]!;
      for (const [key, m] of Object.entries(cat)) {
        expect(Object.hasOwn(full, key), `${lang}.${key} is a message`).toBe(true);
        expect(typeof m, `${lang}.${key}`).toBe(typeof full[key]);
      }
    }
    expect(Object.keys(smsMessages().en!).sort()).toEqual(Object.keys(smsMessages().id!).sort());
  });

  it('renders every message of the catalogue for SMS in at most three segments', () => {
    const counts: Record<number, number> = {};
    for (const lang of ['id', 'en']) {
      const t = translator(lang, 'sms') as unknown as (k: string, p?: unknown) => string;
      for (const key of Object.keys(allMessages()[lang]!)) {
        const text = t(key, anyParams());
        const n = segmentsOf(text);
        counts[n] = (counts[n] ?? 0) + 1;
        expect(n, `${lang}.${key}: ${text}`).toBeLessThanOrEqual(MAX_SEGMENTS);
      }
    }
    // Almost all of them in one segment.
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(counts[1]! / total).toBeGreaterThan(0.97);
  });

  it('has compact forms in GSM-7 letters (no character that would make a segment 70)', () => {
    for (const [lang, cat] of Object.entries(smsMessages())) {
      for (const [key, m] of Object.entries(cat)) {
        const text = typeof m === 'function' ? m(anyParams()) : m;
        expect(isGsm7(text), `${lang}.${key}`).toBe(true);
      }
    }
  });
});

describe('every reply of a long SMS conversation', () => {
  let t: TestDb;
  const replies: { said: string; text: string; segments: number }[] = [];
  beforeAll(async () => {
    t = await testDb();
    const engine = createEngine(t.db);
    let n = 0;
    for (const [user, script] of [
      ['+6281234567890', SCRIPT_ID],
      ['+6281299990000', SCRIPT_EN],
    ] as const) {
      for (const said of script) {
        await engine.handle({
          channel: 'sms',
          channelUserId: user,
          externalId: `s${++n}`,
          text: said,
          receivedAt: new Date(),
        });
        for (const m of await takeForAddress(t.db, 'sms', user, new Date(Date.now() + 864e5).toISOString()))
          replies.push({ said, text: m.text, segments: segmentsOf(m.text) });
      }
    }
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('stays within three segments each, most in one', () => {
    expect(replies.length).toBeGreaterThan(80);
    for (const r of replies) expect(r.segments, `after "${r.said}":\n${r.text}`).toBeLessThanOrEqual(MAX_SEGMENTS);
    const one = replies.filter((r) => r.segments === 1).length;
    expect(one / replies.length).toBeGreaterThan(0.75);
  });

  it('shows the main menu in one segment with short labels', () => {
    const menus = replies.filter((r) => r.text.startsWith('Menu:'));
    expect(menus.length).toBeGreaterThan(0);
    for (const m of menus) {
      expect(m.segments).toBe(1);
      expect(m.text).toMatch(
        /^Menu: 1 Order 2 (Setor 3 Bayar 4 Jam 5 Biaya 6 Rekap|Hand-in 3 Pay 4 Hours 5 Cost 6 Summary)/,
      );
    }
  });

  it('reached the diary, REKAP and the BPJS guide (the script did not get stuck)', () => {
    const all = replies.map((r) => r.text).join('\n');
    expect(all).toMatch(/Order tersimpan/);
    expect(all).toMatch(/Setoran tersimpan/);
    expect(all).toMatch(/REKAP minggu ini/);
    expect(all).toMatch(/JKK \(kecelakaan kerja\)/);
    expect(all).toMatch(/pendamping Upahku/);
    expect(all).toMatch(/Before we start/);
  });
});

describe('renderSms', () => {
  it('folds to GSM-7 and keeps a short reply whole', () => {
    expect(renderSms('“Halo” — Rp10.000 ✅')).toEqual({ parts: ['"Halo" - Rp10.000'], segments: 1 });
  });
  it('sends a long statement as several SMS of at most three segments, cut between lines', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `- 0${i % 9}/12 sandal: ${i + 10} diterima = Rp${i * 1000}`);
    const r = renderSms(lines.join('\n'));
    expect(r.parts.length).toBeGreaterThan(1);
    for (const p of r.parts) expect(countSegments(p).segments).toBeLessThanOrEqual(3);
    expect(r.parts.join('\n')).toBe(lines.join('\n'));
    expect(r.segments).toBe(r.parts.reduce((n, p) => n + countSegments(p).segments, 0));
  });
});
