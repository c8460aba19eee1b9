// The answer to "kasbon ki opo?" with nothing open (src/flows/glossary.ts), and the glossary it answers from
// (content/glossary.yaml): the meaning in her language, and the size of a unit from the unit table.
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary.ts';
import { glossaryAnswer } from '../../src/flows/glossary.ts';
import { UNITS } from '../../src/parse/units.ts';
import { context, input, worker } from '../helpers/flow.ts';

const answer = (text: string, lang: 'id' | 'en' = 'id') => glossaryAnswer(input(text), null, context(worker({ lang })));

/** Units counted in more than one piece, the ones she may ask the size of. */
const counted = UNITS.filter((u) => u.pieces > 1 && u.code !== 'kg');

describe('content/glossary.yaml', () => {
  it('every term has a meaning in Indonesian and in English, each its own', () => {
    const terms = glossary();
    expect(terms.length).toBeGreaterThanOrEqual(7);
    for (const term of terms) {
      expect(term.id.trim().length, term.words[0]).toBeGreaterThan(20);
      expect(term.en.trim().length, term.words[0]).toBeGreaterThan(20);
      expect(term.id, term.words[0]).not.toBe(term.en);
    }
  });

  it('no word belongs to two terms, and no term word is a counted unit (those answers come from the unit table)', () => {
    const seen = new Set<string>();
    for (const term of glossary())
      for (const w of term.words) {
        expect(seen.has(w), w).toBe(false);
        seen.add(w);
      }
    for (const u of counted) for (const w of [...u.id, ...u.en]) expect(seen.has(w), w).toBe(false);
  });
});

describe('the size of a unit', () => {
  it('comes from the unit table: 1 kodi = 20, 1 lusin = 12, 1 gros = 144, 1 rim = 500', () => {
    expect(Object.fromEntries(counted.map((u) => [u.code, u.pieces]))).toEqual({
      kodi: 20,
      lusin: 12,
      gros: 144,
      rim: 500,
    });
    for (const u of counted) {
      const name = u.id[0]!;
      for (const q of [`apa itu ${name}`, `${name} itu isinya berapa sih?`]) {
        const r = answer(q);
        expect(r?.replies, q).toEqual([{ text: `1 ${name} = ${u.pieces} biji.` }]);
        expect(r?.state, q).toBeNull();
        expect(r?.effects, q).toEqual([]);
      }
    }
  });

  it('"gros itu isinya berapa sih? 144 kan?" and "sekodi berapa biji?"', () => {
    expect(answer('gros itu isinya berapa sih? 144 kan?')?.replies).toEqual([{ text: '1 gros = 144 biji.' }]);
    expect(answer('sekodi berapa biji?')?.replies).toEqual([{ text: '1 kodi = 20 biji.' }]);
  });

  it('in English, in pieces', () => {
    expect(answer('how many pieces in a dozen', 'en')?.replies).toEqual([{ text: '1 lusin = 12 pieces.' }]);
  });
});

describe('the meaning of a term', () => {
  it('in her language: Indonesian or English from the glossary', () => {
    const kasbon = glossary().find((t) => t.words.includes('kasbon'))!;
    expect(answer('kasbon ki opo to mbak?')?.replies).toEqual([{ text: kasbon.id }]);
    expect(answer('what does kasbon mean?', 'en')?.replies).toEqual([{ text: kasbon.en }]);
    // The language is hers, not the question's.
    expect(answer('what does kasbon mean?')?.replies).toEqual([{ text: kasbon.id }]);
    expect(answer('apa itu umk', 'en')?.replies[0]?.text).toMatch(/^UMK: the monthly minimum wage/);
  });

  it('no answer to what is not that question', () => {
    for (const text of [
      'kasbon apa? aku ora kasbon',
      '3 kodi maksudnya 4 kodi',
      'kodi apa lusin?',
      'sekodi berapa?',
      'setor 3 kodi',
    ])
      expect(answer(text), text).toBeNull();
  });
});
