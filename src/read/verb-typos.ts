// A word of the diary's verbs or days typed by a tired thumb: "sertor" (a key beside the next one pressed too),
// "dibayra" (two letters swapped), "ambio" (a key beside the right one), "kasbn" is listed in the lexicon already.
// Only a word the lexicon does not know, not after a title (names stay as typed), one letter from exactly one verb
// of five letters or more, by a slip a thumb makes.
import type { Lexicon } from '../parse/lexicon.ts';

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Whether two keys sit side by side on a phone's keyboard (a row, or the rows above and below). */
export function nextKeys(a: string, b: string): boolean {
  const at = (c: string) => KEY_ROWS.map((r, i) => [i, r.indexOf(c)] as const).find(([, j]) => j >= 0);
  const x = at(a);
  const y = at(b);
  if (!x || !y) return false;
  return Math.abs(x[0] - y[0]) <= 1 && Math.abs(x[1] - y[1]) <= 1;
}

/** The slip that turns `meant` into `typed`, when it is one a thumb makes. */
function thumbSlip(meant: string, typed: string): boolean {
  const at = [...typed].findIndex((c, i) => c !== meant[i]);
  if (at < 0) return false;
  if (typed.length === meant.length + 1) {
    // A key pressed too, beside the letter before or after it, or a letter doubled: "sertor", "setorr".
    if (`${typed.slice(0, at)}${typed.slice(at + 1)}` !== meant) return false;
    const extra = typed[at]!;
    return [typed[at - 1], typed[at + 1]].some((n) => n !== undefined && (n === extra || nextKeys(n, extra)));
  }
  // (A letter left out is no slip taken here: "kelar" is a word, not "keluar".)
  if (typed.length !== meant.length) return false;
  if (meant[at + 1] !== typed[at + 1]) return meant[at] === typed[at + 1] && meant[at + 1] === typed[at];
  return nextKeys(meant[at]!, typed[at]!);
}

/** A word with each of its letters in turn blanked: two words a letter apart share one of these. */
export function typoKeys(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(`${w.slice(0, i)}_${w.slice(i + 1)}`);
  // (Two letters swapped: the same letters, sorted at the swap, as one more key.)
  for (let i = 0; i + 1 < w.length; i++)
    out.push(`${w.slice(0, i)}~${[w[i], w[i + 1]].sort().join('')}${w.slice(i + 2)}`);
  return out;
}

interface Index {
  lex: Lexicon;
  words: Set<string>;
  /** By the keys of typoKeys: the words a slip of one letter or a swap away. */
  near: Map<string, string[]>;
}
let cache: Index | undefined;
function index(lex: Lexicon): Index {
  if (cache?.lex === lex) return cache;
  // (The days too: "wnigi" is "wingi", "seloao" is "seloso".)
  const words = new Set(
    [...lex.intents.keys(), ...lex.days.keys(), ...lex.weekdays.keys()].filter((w) => /^[a-z]{5,}$/.test(w)),
  );
  const near = new Map<string, string[]>();
  for (const w of words) for (const k of typoKeys(w)) near.set(k, [...(near.get(k) ?? []), w]);
  cache = { lex, words, near };
  return cache;
}

/** The verb or day a mistyped word stands for; null when it is none, or could be more than one. */
export function verbMistyped(lex: Lexicon, w: string, known: Set<string>): string | null {
  if (w.length < 5 || known.has(w)) return null;
  const { words, near } = index(lex);
  const found = new Set<string>();
  // A key pressed too: the word with one letter taken out.
  for (let i = 0; i < w.length; i++) {
    const v = `${w.slice(0, i)}${w.slice(i + 1)}`;
    if (words.has(v)) found.add(v);
  }
  for (const k of typoKeys(w)) for (const v of near.get(k) ?? []) found.add(v);
  const hits = [...found].filter((v) => v[0] === w[0] && v !== w && thumbSlip(v, w));
  return hits.length === 1 ? hits[0]! : null;
}
