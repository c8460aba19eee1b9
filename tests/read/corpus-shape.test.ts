// The corpus itself (tests/corpus/*.yaml): big and varied enough, and consistent with its own
// rules, before it is used to measure the reader.
import { describe, expect, it } from 'vitest';
import { type CorpusItem, type ExpectedEntry, loadCorpus, type STYLES, UNIT_PIECES } from './corpus.ts';

const items = loadCorpus();

const WIB_MS = 7 * 60 * 60 * 1000;
const wibDay = (d: Date) => new Date(d.getTime() + WIB_MS).toISOString().slice(0, 10);
const isDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const where = (it: CorpusItem) => `${it.file}#${it.index} "${it.text}"`;

function quantities(e: ExpectedEntry) {
  if (e.kind === 'order' && e.qty) return [e.qty];
  if (e.kind === 'handin' && e.delivered) return [e.delivered];
  return [];
}

function days(e: ExpectedEntry): string[] {
  const out = e.day ? [e.day] : [];
  if (e.kind === 'order' && e.dueOn) out.push(e.dueOn);
  return out;
}

describe('the reader corpus', () => {
  it('has at least 650 messages', () => {
    expect(items.length).toBeGreaterThanOrEqual(650);
  });

  it('is at least a third Javanese-mixed and a sixth English', () => {
    const n = (s: (typeof STYLES)[number]) => items.filter((it) => it.style === s).length;
    expect(n('jv') * 3).toBeGreaterThanOrEqual(items.length);
    expect(n('en') * 6).toBeGreaterThanOrEqual(items.length);
  });

  it('has every kind of entry, many messages with several facts, and about 50 that are no entry', () => {
    const kinds = new Set(items.flatMap((it) => it.expect.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(['cost', 'handin', 'hours', 'kasbon', 'order', 'payment']);
    expect(items.filter((it) => it.expect.length >= 2).length).toBeGreaterThanOrEqual(80);
    expect(items.filter((it) => it.expect.length === 0).length).toBeGreaterThanOrEqual(45);
  });

  it('has no message twice', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const it of items) {
      const key = it.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (seen.has(key)) dupes.push(`${where(it)} = ${seen.get(key)}`);
      else seen.set(key, where(it));
    }
    expect(dupes).toEqual([]);
  });

  it('gives every quantity pieces = count x unit size, less only where "kurang" (or "minus") is said', () => {
    const wrong: string[] = [];
    for (const it of items) {
      const less = /\b(kurang|minus)\b/i.test(it.text);
      for (const e of it.expect)
        for (const q of quantities(e)) {
          const full = q.count * UNIT_PIECES[q.unit];
          const ok = less ? q.pieces < full || q.pieces === full : Math.abs(q.pieces - full) < 1e-9;
          if (!ok) wrong.push(`${where(it)}: ${q.count} ${q.unit} = ${q.pieces}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  it('uses "kurang" quantities only with a correction', () => {
    const wrong: string[] = [];
    for (const it of items) {
      if (!/\b\d+(,\d+)?\s*\w+\s+(kurang|minus)\s+\d+/i.test(it.text) && !/\bsekodi kurang\b/i.test(it.text)) continue;
      const corrected = it.expect.some((e) => quantities(e).some((q) => q.pieces < q.count * UNIT_PIECES[q.unit]));
      if (!corrected) wrong.push(where(it));
    }
    expect(wrong).toEqual([]);
  });

  it('gives only valid days, none after the day of sending, and deadlines not before the order', () => {
    const wrong: string[] = [];
    for (const it of items) {
      const today = wibDay(it.now);
      for (const e of it.expect) {
        for (const d of days(e)) if (!isDay(d)) wrong.push(`${where(it)}: ${d} is no date`);
        if (e.day && e.day > today) wrong.push(`${where(it)}: day ${e.day} after ${today}`);
        if (e.kind === 'order' && e.dueOn && e.dueOn < (e.day ?? today))
          wrong.push(`${where(it)}: due ${e.dueOn} before the order`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("dates a week's hours by its Monday", () => {
    const wrong: string[] = [];
    for (const it of items)
      for (const e of it.expect)
        if (e.kind === 'hours' && e.week) {
          if (!e.day || new Date(`${e.day}T00:00:00Z`).getUTCDay() !== 1) wrong.push(where(it));
        } else if (e.kind === 'hours' && e.minutes !== undefined && e.minutes > 24 * 60) wrong.push(where(it));
    expect(wrong).toEqual([]);
  });

  it('keeps rejects within what was handed in', () => {
    const wrong: string[] = [];
    for (const it of items)
      for (const e of it.expect)
        if (e.kind === 'handin') {
          if (e.rejected !== undefined && e.delivered && e.rejected > e.delivered.pieces) wrong.push(where(it));
          if (e.rejected !== undefined && e.rejectedUnknown) wrong.push(where(it));
        }
    expect(wrong).toEqual([]);
  });

  it('writes names, products and bought things in lower case, without "dari"/"dr"', () => {
    const wrong: string[] = [];
    for (const it of items)
      for (const e of it.expect) {
        const words = [e.employer, 'product' in e ? e.product : undefined, e.kind === 'cost' ? e.what : undefined];
        for (const w of words)
          if (w !== undefined && (w !== w.toLowerCase() || w !== w.trim() || /^(dari|dr|teko|from)\b/.test(w)))
            wrong.push(`${where(it)}: "${w}"`);
      }
    expect(wrong).toEqual([]);
  });

  it('marks commands and small talk only on messages that are no entry', () => {
    const wrong = items.filter((it) => (it.command || it.smallTalk) && it.expect.length > 0).map(where);
    expect(wrong).toEqual([]);
  });
});
