// A word of the diary's verbs typed by a tired thumb: "sertor" (a key beside the next one pressed too),
// "dibayra" (two letters swapped), "ambio" (a key beside the right one), "kasbn" is listed in the lexicon already.
// Only a word the lexicon does not know, not after a title (names stay as typed), one letter from exactly one verb
// of five letters or more, by a slip a thumb makes.
import type { Lexicon } from '../parse/lexicon.ts';
import { typoDistance } from '../parse/typo.ts';

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

let cache: { lex: Lexicon; verbs: string[] } | undefined;
function verbs(lex: Lexicon): string[] {
  if (cache?.lex !== lex) cache = { lex, verbs: [...lex.intents.keys()].filter((w) => /^[a-z]{5,}$/.test(w)) };
  return cache.verbs;
}

/** The verb a mistyped word stands for; null when it is none, or could be more than one. */
export function verbMistyped(lex: Lexicon, w: string, known: Set<string>): string | null {
  if (w.length < 5 || known.has(w)) return null;
  const hits = verbs(lex).filter(
    (v) =>
      v[0] === w[0] &&
      (w.length === v.length || w.length === v.length + 1) &&
      typoDistance(v, w) === 1 &&
      thumbSlip(v, w),
  );
  return hits.length === 1 ? hits[0]! : null;
}
