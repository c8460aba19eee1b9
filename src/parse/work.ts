// Her main kind of work in her own words: "njahit mukena", "ngelem sandal",
// "bungkus kerupuk", "sewing", "jahti". Words are data (content/lexicon/work.yaml).
import { PRODUCTS, type ProductCode, type WorkWords, workWords } from '../content/products.ts';
import { fold } from './text.ts';
import { typoDistance } from './typo.ts';

export type WorkMatch =
  /** Her words name this kind of work. */
  | { kind: 'exact'; code: ProductCode }
  /** Only with a typo forgiven: to be confirmed. */
  | { kind: 'guess'; code: ProductCode }
  /** Her words name several kinds equally: she chooses. */
  | { kind: 'several'; codes: ProductCode[] }
  /** "lainnya", "other": other work, not said which. */
  | { kind: 'other' }
  /** Words, but of no kind on the list: kept as her description of other work. */
  | { kind: 'unlisted'; text: string }
  /** Not a description of work at all ("ga tau", "ok", "?"). */
  | { kind: 'none' };

const OTHER_WORDS = /^(lain|lainnya|lain lain|yang lain|liyane|liyo|other|others|something else)$/;
/** Fewest letters a description of her own must have ("tas" is on the list; "xyz" is not work). */
const MIN_OWN = 4;

const order = (c: ProductCode) => PRODUCTS.findIndex((p) => p.code === c);

/** Her words, folded, letters only, split. */
export function workTokens(text: string): string[] {
  return fold(text)
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

interface Hit {
  code: ProductCode;
  role: 'does' | 'makes';
  exact: boolean;
}

/** A single word with a typo: the one kind of work it is nearest to, if only one is nearest. */
function fuzzy(word: string, ww: WorkWords): Hit | null {
  if (word.length < 4) return null;
  const allowed = word.length >= 7 ? 2 : 1;
  let best = allowed + 1;
  let hits: Hit[] = [];
  for (const [phrase, { code, role }] of ww.phrases) {
    if (phrase.includes(' ') || phrase.length < 4 || Math.abs(phrase.length - word.length) > allowed) continue;
    const d = typoDistance(word, phrase);
    if (d > allowed || d > best) continue;
    if (d < best) hits = [];
    best = d;
    hits.push({ code, role, exact: false });
  }
  const codes = new Set(hits.map((h) => h.code));
  if (codes.size !== 1) return null;
  return hits.find((h) => h.role === 'does') ?? hits[0]!;
}

export function matchWork(text: string, ww: WorkWords = workWords()): WorkMatch {
  const tokens = workTokens(text);
  const joined = tokens.join(' ');
  if (!tokens.length) return { kind: 'none' };
  if (OTHER_WORDS.test(joined)) return { kind: 'other' };
  const hits: Hit[] = [];
  const rest: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let took = 0;
    // The longest phrase first: "bungkus rokok" before "bungkus".
    for (let n = Math.min(ww.longest, tokens.length - i); n >= 1 && !took; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const known = ww.phrases.get(phrase);
      if (known) {
        hits.push({ ...known, exact: true });
        took = n;
      } else if (ww.notWork.has(phrase)) took = n;
    }
    if (!took) {
      const near = fuzzy(tokens[i]!, ww);
      if (near) hits.push(near);
      else rest.push(tokens[i]!);
      took = 1;
    }
    i += took;
  }
  if (hits.length) {
    // What she does decides over what she works on; exact words over typos.
    const role = hits.some((h) => h.role === 'does') ? 'does' : 'makes';
    const top = hits.filter((h) => h.role === role);
    const exact = top.filter((h) => h.exact);
    const chosen = exact.length ? exact : top;
    const codes = [...new Set(chosen.map((h) => h.code))].sort((a, b) => order(a) - order(b));
    if (codes.length > 1) return { kind: 'several', codes };
    return { kind: exact.length ? 'exact' : 'guess', code: codes[0]! };
  }
  if (rest.join('').length < MIN_OWN || !rest.some((w) => w.length >= 3)) return { kind: 'none' };
  return { kind: 'unlisted', text: text.trim() };
}
