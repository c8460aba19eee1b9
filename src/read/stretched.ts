// Letters typed twice on a small keyboard or for feeling: "setorr", "bijii", "bbuu", "jjam", "140rbb". A word the
// lexicon does not know is read as the known word it makes with the doubled letters typed once; a word it
// knows ("maaf", "saat") and a word it cannot place stay as written.
import { type WorkWords, workWords } from '../content/products.ts';
import { type Lexicon, lexicon } from '../parse/lexicon.ts';

let known: Set<string> | undefined;

function words(phrases: Iterable<string>, into: Set<string>): void {
  for (const p of phrases) for (const w of p.split(' ')) if (w) into.add(w);
}

/** Every word of the lexicon and of the kinds of work. */
function vocabulary(): Set<string> {
  if (known) return known;
  const lex: Lexicon = lexicon();
  const work: WorkWords = workWords();
  const out = new Set<string>();
  for (const m of [lex.intents, lex.numbers, lex.multipliers, lex.scales, lex.fractions, lex.units, lex.days])
    words(m.keys(), out);
  words(lex.weekdays.keys(), out);
  words(lex.timeOfDay.keys(), out);
  for (const s of Object.values(lex.sets)) words(s, out);
  words(work.phrases.keys(), out);
  // ("5rb sekodii", "selusinn": a rate's "se" and its unit are one word.)
  for (const u of lex.units.keys()) if (/^[a-z]+$/.test(u)) out.add(`se${u}`);
  known = out;
  return out;
}

/** The word as meant, if typing a letter once where it was doubled makes a known word; else undefined. */
function unstretchWord(w: string, vocab: Set<string>): string | undefined {
  if (vocab.has(w) || !/([a-z])\1/.test(w)) return undefined;
  const tries: string[] = [];
  // "bbuu", "yyaa": every letter doubled.
  if (w.length % 2 === 0 && /^(?:([a-z])\1)+$/.test(w)) tries.push(w.replace(/([a-z])\1/g, '$1'));
  // "setorr", "bijii", "sayaa": the last letter held.
  tries.push(w.replace(/([a-z])\1+$/, '$1'));
  // "sooor", "kesettt": a letter held three times or more (two may be the word's own: "saat", "maaf").
  tries.push(w.replace(/([a-z])\1{2,}/g, '$1'));
  // "jjam", "kkodi": the first key pressed twice (no word of hers starts with a double letter).
  tries.push(w.replace(/^([a-z])\1/, '$1'));
  return tries.find((x) => x !== w && vocab.has(x));
}

/** Her message with held letters typed once where that makes a known word ("140rbb" -> "140rb"). */
export function unstretch(text: string): string {
  if (!/([a-z])\1/i.test(text)) return text;
  const vocab = vocabulary();
  return text.replace(/(\d*)([A-Za-z]{2,})/g, (all, digits: string, letters: string) => {
    const fixed = unstretchWord(letters.toLowerCase(), vocab);
    return fixed ? `${digits}${fixed}` : all;
  });
}
