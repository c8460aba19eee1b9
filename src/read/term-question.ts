// A question about what a word of the diary means: "kasbon ki opo to mbak?", "apa itu kodi?", "gros itu isinya
// berapa sih? 144 kan?", "sekodi berapa biji?", "what does kasbon mean?". Only the question of the meaning: "kasbon
// apa? aku ora kasbon" or "3 kodi maksudnya 4 kodi" are not.
import { type GlossaryTerm, glossary } from '../content/glossary.ts';
import { fold } from '../core/text.ts';
import { UNITS, type Unit } from '../parse/units.ts';

export type TermAsked = { unit: Unit } | { term: GlossaryTerm };

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]-]/g, '\\$&');
const alt = (ws: string[]) =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

/** Units counted in more than one piece: the ones whose size is worth asking. */
const COUNTED = () => UNITS.filter((u) => u.pieces > 1 && u.code !== 'kg');

const THAT = '(?:itu|iku|kuwi|kui|ki|tu|niku|niki|nika)';
const WHAT = '(?:apa|apaan|opo|nopo|napa|apa ya|opo to|apa sih)';
const MEANS = '(?:artinya|arti|artine|tegese|maksudnya|maksude|means?|meaning)';
const HOW_MANY = '(?:berapa|brp|brapa|piro|pira|pinten|how many)';
const PIECES = '(?:biji|bji|pcs|buah|lembar|lbr|iji|wiji|pieces?|isi|isinya|isine)';
const LEAD =
  /^(?:(?:eh|oh|mbak|mba|mbk|kak|bu|min|admin|maaf|sorry|mau tanya|tanya|nanya|takon|arep takon|sori|lha|terus|trus|trs|lho)[\s,.!]*)*/;

interface Patterns {
  terms: RegExp[];
  units: RegExp[];
}
let built: Patterns | null = null;

function patterns(): Patterns {
  if (built) return built;
  const T = `(${alt(glossary().flatMap((t) => t.words))})`;
  const unitWords = COUNTED().flatMap((u) => [...u.id, ...u.en]);
  const U = `(${alt(unitWords)})`;
  // A word before "apa" needs "itu" between: "kasbon apa? aku ora kasbon" asks which one, "kodi apa lusin?" which.
  const ofTerm = (X: string) => [
    // "apa itu kasbon", "opo kuwi kasbon", "what is kasbon", "what's a kodi"
    new RegExp(
      `^(?:${WHAT}|what(?:'s| is))\\s+(?:${THAT}\\s+|sih\\s+|a\\s+|an\\s+|the\\s+|${MEANS}\\s+)*${X}\\s*(?:\\?|$|\\b(?:${THAT}|to|sih|ya|mbak|kak|bu)\\b)`,
    ),
    // "kasbon ki opo to", "kasbon itu apa sih" (not after a figure: "3 kodi apa 4 kodi")
    new RegExp(`(?:^|[^\\d\\s])\\s*\\b${X}\\s+${THAT}\\s*(?:(?:sih|to|tu)\\s+)?${WHAT}\\b`),
    // "kodi artinya apa" (not "3 kodi maksudnya 4 kodi")
    new RegExp(`(?:^|[^\\d\\s])\\s*\\b${X}\\s+(?:${THAT}\\s+)?${MEANS}(?!\\s*\\d)\\b`),
    // "artinya kasbon", "what does kasbon mean"
    new RegExp(`\\b(?:${MEANS}|what does|what do you mean by)\\s+(?:kata\\s+|tembung\\s+|of\\s+)?${X}\\b(?!\\s*\\d)`),
  ];
  built = {
    terms: ofTerm(T),
    units: [
      ...ofTerm(U),
      // "sekodi berapa biji", "1 gros isinya berapa", "gros itu isinya berapa", "how many pieces in a gross"
      new RegExp(
        `(?:^|\\s)(?:se|1\\s*|satu\\s+|siji\\s+|one\\s+|a\\s+)?${U}\\s+(?:${THAT}\\s+)?(?:(?:isinya|isine|isi|ada|ono|enten)\\s+)?${HOW_MANY}\\s+${PIECES}`,
      ),
      new RegExp(`(?:^|\\s)(?:se|1\\s*|satu\\s+|siji\\s+)?${U}\\s+(?:${THAT}\\s+)?(?:isinya|isine|isi)\\s+${HOW_MANY}`),
      new RegExp(`how many (?:pieces|pcs|items)\\s+(?:are\\s+)?(?:in|is)\\s+(?:a|one|1)\\s+${U}\\b`),
    ],
  };
  return built;
}

/** The word she asks the meaning of; null when the message is not that question. */
export function termAsked(text: string): TermAsked | null {
  const t = fold(text).toLowerCase().replace(LEAD, '').replace(/\s+/g, ' ').trim();
  if (!t || t.length > 120) return null;
  // ("eh salah per gros maksudnya, bukan per lusin", "3rb per lusin eh per kodi maksudnya": a figure put right,
  // not a word asked about.)
  if (
    !t.includes('?') &&
    /\b(salah|keliru|kleru|ralat|bukan|bkn|dudu|sanes|wrong|eh+|ding|deng|sorry|sori|i mean)\b/.test(t) &&
    (/\d/.test(t) || /\bper\s+[a-z]+/.test(t))
  )
    return null;
  const p = patterns();
  for (const re of p.units) {
    const m = re.exec(t);
    if (!m) continue;
    const w = m.slice(1).find((g) => g !== undefined);
    const unit = COUNTED().find((u) => [...u.id, ...u.en].includes(w ?? ''));
    if (unit) return { unit };
  }
  for (const re of p.terms) {
    const m = re.exec(t);
    if (!m) continue;
    const w = m.slice(1).find((g) => g !== undefined);
    const term = glossary().find((x) => x.words.includes(w ?? ''));
    if (term) return { term };
  }
  return null;
}
