// The question of what a diary word means, asked in the middle of anything (src/read/term-question.ts): which
// messages ask it, which word they ask about, and which messages only use the word.
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary.ts';
import { UNITS } from '../../src/parse/units.ts';
import { termAsked } from '../../src/read/term-question.ts';

/** "unit:kodi", "term:kasbon" (a term by its first word), or null. */
const asked = (text: string) => {
  const a = termAsked(text);
  if (a === null) return null;
  return 'unit' in a ? `unit:${a.unit.code}` : `term:${a.term.words[0]}`;
};

describe('the meaning of a term asked', () => {
  it('in Javanese, Indonesian and English, with "mbak" and question marks', () => {
    expect(asked('kasbon ki opo to mbak?')).toBe('term:kasbon');
    expect(asked('what does kasbon mean?')).toBe('term:kasbon');
    expect(asked('apa itu kasbon')).toBe('term:kasbon');
    expect(asked('opo kuwi kasbon')).toBe('term:kasbon');
    expect(asked('tegese kasbon opo')).toBe('term:kasbon');
    expect(asked('mbak, umk itu apa sih')).toBe('term:umk');
    expect(asked('apa itu rekap?')).toBe('term:rekap');
    expect(asked('setor iku opo')).toBe('term:setor');
    expect(asked('what does upah per jam mean?')).toBe('term:upah per jam');
  });

  it('written in capitals, or with another word for the same term', () => {
    expect(asked('KASBON ITU APA?')).toBe('term:kasbon');
    expect(asked('bon itu apa')).toBe('term:kasbon');
    expect(asked('uang muka itu apa')).toBe('term:kasbon');
    expect(asked('what does hand in mean')).toBe('term:setor');
    expect(asked('garapan itu apa')).toBe('term:order');
  });

  it('every word of every glossary term, asked three ways, names that term', () => {
    for (const term of glossary())
      for (const w of term.words)
        for (const q of [`${w} ki opo to?`, `${w} artinya apa`, `what does ${w} mean?`]) {
          const a = termAsked(q);
          expect(a && 'term' in a ? a.term : null, q).toBe(term);
        }
  });
});

describe('the size of a unit asked', () => {
  it('"apa itu kodi", "gros itu isinya berapa sih? 144 kan?", "sekodi berapa biji?"', () => {
    expect(asked('apa itu kodi')).toBe('unit:kodi');
    expect(asked('gros itu isinya berapa sih? 144 kan?')).toBe('unit:gros');
    expect(asked('sekodi berapa biji?')).toBe('unit:kodi');
    expect(asked('sekodi berapa biji sih, 20 apa 24?')).toBe('unit:kodi');
    expect(asked('1 kodi brp biji')).toBe('unit:kodi');
    expect(asked('selusin isinya berapa')).toBe('unit:lusin');
    expect(asked('sekodi isine piro wiji')).toBe('unit:kodi');
    expect(asked('rim artinya apa')).toBe('unit:rim');
  });

  it('in English: "what is a kodi?", "how many pieces in a gross", "how many pieces in a dozen"', () => {
    expect(asked('what is a kodi?')).toBe('unit:kodi');
    expect(asked('how many pieces in a gross')).toBe('unit:gros');
    expect(asked('how many pieces in a dozen')).toBe('unit:lusin');
    expect(asked('what does gross mean')).toBe('unit:gros');
  });

  it('the unit found is the one of the unit table, with its pieces', () => {
    const a = termAsked('gros itu isinya berapa?');
    expect(a && 'unit' in a ? a.unit : null).toBe(UNITS.find((u) => u.code === 'gros'));
  });

  it('units of one piece are not asked about: "sepasang berapa biji", "sekilo berapa biji"', () => {
    expect(asked('sepasang berapa biji')).toBeNull();
    expect(asked('sekilo berapa biji')).toBeNull();
  });
});

describe('not a question of meaning', () => {
  it('"kasbon apa? aku ora kasbon" asks which, and denies', () => {
    expect(asked('kasbon apa? aku ora kasbon')).toBeNull();
  });

  it('a figure beside the unit: "3 kodi maksudnya 4 kodi", "3 kodi itu apa ya", "kodi itu 20 apa 24"', () => {
    expect(asked('3 kodi maksudnya 4 kodi')).toBeNull();
    expect(asked('3 kodi itu apa ya')).toBeNull();
    expect(asked('kodi itu 20 apa 24')).toBeNull();
  });

  it('a choice of units and a size with no pieces asked: "kodi apa lusin?", "sekodi berapa?"', () => {
    expect(asked('kodi apa lusin?')).toBeNull();
    expect(asked('sekodi berapa?')).toBeNull();
  });

  it('entries that only use the words: "setor 3 kodi", "aku kasbon 100rb", "kasbonku kok dipotong"', () => {
    expect(asked('setor 3 kodi')).toBeNull();
    expect(asked('aku kasbon 100rb')).toBeNull();
    expect(asked('kasbonku kok dipotong')).toBeNull();
    expect(asked('bon 50rb itu apa')).toBeNull();
    expect(asked('')).toBeNull();
  });
});
