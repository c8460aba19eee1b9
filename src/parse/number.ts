// Numbers as Indonesians type them: "1.500" (thousands dot), "1,5" (decimal comma),
// "2.446.880,68", and words: "seribu", "dua ratus lima puluh", "satu setengah juta".
// Pure; never throws. Returns null for anything that is not clearly one number.
import { lexicon } from './lexicon.ts';
import { cleanText, fold } from './text.ts';

/** Lower case, no accents, no invisible marks, one space between words. */
export function prep(s: string): string {
  if (typeof s !== 'string') return '';
  return (
    fold(cleanText(s.length > 2000 ? s.slice(0, 2000) : s))
      .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-')
      // "nyuwun sewu" (excuse me) holds the word for a thousand; it is a courtesy, not a figure.
      .replace(/\b(?:nyuwun|nuwun|ngapunten)\s+sewu\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

type Tok =
  | { k: 'num'; v: number; digit: boolean; grouped: boolean; slang: boolean; alt?: number; se?: boolean }
  | { k: 'mul'; v: 10 | 100 }
  | { k: 'belas' }
  | { k: 'scale'; v: number; slang: boolean }
  | { k: 'half'; v: number }
  | { k: 'koma' }
  | { k: 'neg' };

const num = (v: number, slang = false): Tok => ({ k: 'num', v, digit: false, grouped: false, slang });
// "se" (one) only counts before ratus/ribu/...: "4rb se" is not 4001.
const SE: Tok = { k: 'num', v: 1, digit: false, grouped: false, slang: false, se: true };
const scale = (v: number, slang = false): Tok => ({ k: 'scale', v, slang });
const BELAS: Tok = { k: 'belas' };

function words(list: string, toks: Tok[]): [string, Tok[]][] {
  return list.split(' ').map((w) => [w, toks]);
}

/** A scale (ribu, juta) or a multiplier (puluh, ratus) by its size. */
const sized = (v: number): Tok => (v >= 1000 ? scale(v) : v === 10 || v === 100 ? { k: 'mul', v } : num(v));

/**
 * Number words from the lexicon (content/lexicon/*.yaml: Indonesian, Javanese, English): "satus" is
 * 1 x 100, "sewu" 1 x 1000, "seket" 50, "ewu" a thousand. "se" (one, before ratus/ribu) and the
 * grammar words (belas, koma, minus) stay here.
 */
function vocabulary(): Map<string, Tok[]> {
  const lex = lexicon();
  const out = new Map<string, Tok[]>([
    ...words('se', [SE]),
    ...words('belas blas bls', [BELAS]),
    ...words('koma', [{ k: 'koma' }]),
    ...words('minus min', [{ k: 'neg' }]),
  ]);
  const add = (w: string, toks: Tok[]) => {
    if (!w.includes(' ') && !out.has(w)) out.set(w, toks);
  };
  for (const [w, v] of lex.numbers) add(w, Array.isArray(v) ? [num(v[0]), sized(v[1])] : [num(v)]);
  for (const [w, v] of lex.multipliers) if (v === 10 || v === 100) add(w, [sized(v)]);
  for (const [w, v] of lex.scales) add(w, [scale(v)]);
  for (const [w, v] of lex.fractions) add(w, [{ k: 'half', v }]);
  return out;
}
// Built on first use: a process that reads no message (an export) never parses the lexicon.
let VOCAB: Map<string, Tok[]> | null = null;

// Hokkien-origin money slang (mainly around Jakarta). Only read when asked (money).
const SLANG = new Map<string, Tok[]>([
  ...words('gocap', [num(50, true)]),
  ...words('cepek', [num(100, true)]),
  ...words('gopek', [num(500, true)]),
  ...words('seceng ceceng', [num(1000, true)]),
  ...words('noceng', [num(2000, true)]),
  ...words('goceng', [num(5000, true)]),
  ...words('ceban', [num(10_000, true)]),
  ...words('goban', [num(50_000, true)]),
  ...words('cetiao', [num(1_000_000, true)]),
  // "cepek ceng" = 100 x 1000
  ...words('ceng', [scale(1e3, true)]),
]);

const MAX_WORD = 12;

/** Splits a run of letters into known words ("limapuluhribu" -> lima puluh ribu); null if it cannot. */
function segment(run: string, vocab: (w: string) => Tok[] | undefined): Tok[] | null {
  const whole = vocab(run);
  if (whole) return whole;
  const n = run.length;
  // best[i]: tokens for run[i..], found right to left; fewest words wins.
  const best: (Tok[][] | null)[] = new Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    for (let len = Math.min(MAX_WORD, n - i); len >= 1; len--) {
      const rest = best[i + len];
      if (!rest) continue;
      const t = vocab(run.slice(i, i + len));
      if (!t) continue;
      if (!best[i] || best[i]!.length > rest.length + 1) best[i] = [t, ...rest];
    }
  }
  return best[0] ? best[0].flat() : null;
}

/**
 * A digit string with Indonesian (or English) separators. A lone separator followed by exactly three digits
 * is a thousands separator ("1.500", "50,000"; for a comma `decimal` holds the other reading, used before "juta");
 * otherwise it is a decimal point ("1,5", "1.5", "0,500").
 * With both kinds, the last one is the decimal ("2.446.880,68", "2,446,880.68"). Bad grouping -> null.
 */
export function parseDigits(s: string): { value: number; grouped: boolean; decimal?: number } | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const parts = s.split(/[.,]/);
  const seps = s.replace(/\d/g, '');
  if (seps.length === 0) return { value: Number(s), grouped: false };
  const last = seps[seps.length - 1]!;
  const mixed = seps.includes('.') && seps.includes(',');
  let intParts = parts;
  let frac = '';
  if (mixed) {
    const head = seps.slice(0, -1);
    if (head.includes(last)) return null;
    intParts = parts.slice(0, -1);
    frac = parts[parts.length - 1]!;
  } else if (seps.length === 1) {
    const [a, b] = parts as [string, string];
    if (b.length === 3 && !/^0+$/.test(a)) {
      return { value: Number(a + b), grouped: true, decimal: seps === ',' ? Number(`${a}.${b}`) : undefined };
    }
    return { value: Number(`${a}.${b}`), grouped: false };
  }
  if (intParts.slice(1).some((p) => p.length !== 3)) return null;
  const value = Number(`${intParts.join('')}${frac ? `.${frac}` : ''}`);
  return Number.isFinite(value) ? { value, grouped: intParts.length > 1 } : null;
}

export type NumberReading = {
  value: number;
  /** A scale word was used (ribu, juta, rb, k, ...). */
  scaled: boolean;
  /** Money slang was used (gopek, ceban, ...). */
  slang: boolean;
  /** Digits were written with thousands separators ("50.000"). */
  grouped: boolean;
  /** Only digits, no words at all. */
  digitsOnly: boolean;
};

/** Tokens of an already prepared string, or null when some part is not a number word. */
function tokenize(t: string, slang: boolean): Tok[] | null {
  VOCAB ??= vocabulary();
  const words = VOCAB;
  const vocab = (w: string) => words.get(w) ?? (slang ? SLANG.get(w) : undefined);
  const out: Tok[] = [];
  const re = /\d+(?:[.,]\d+)*|[a-z]+|-|\S/g;
  for (const m of t.matchAll(re)) {
    const piece = m[0];
    if (/^\d/.test(piece)) {
      const d = parseDigits(piece);
      if (!d) return null;
      out.push({ k: 'num', v: d.value, digit: true, grouped: d.grouped, slang: false, alt: d.decimal });
    } else if (piece === '-') {
      out.push({ k: 'neg' });
    } else if (/^[a-z]/.test(piece)) {
      // "sek" is Javanese for "wait" ("sek lupa brp"), never "se" + "k" (one thousand).
      if (piece === 'sek') return null;
      const seg = segment(piece, vocab);
      if (!seg) return null;
      out.push(...seg);
    } else if (piece === '+' && out.length === 0) {
      // a leading plus sign means nothing
    } else {
      return null;
    }
  }
  return out;
}

/** Reads a whole string as one number, with what it was written with. */
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** English number words one to nine (also the hours of a clock said in words, src/read/reader.ts). */
export const EN_UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

export function readNumber(s: string, opts: { slang?: boolean } = {}): NumberReading | null {
  // "one fifty k", "two twenty": spoken English hundreds without the word "hundred".
  const t = prep(s)
    .replace(
      /\b(one|two|three|four|five|six|seven|eight|nine) (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/g,
      '$1 hundred $2',
    )
    // "one hundred and twenty thousand": the "and" of English numbers joins, it adds nothing.
    .replace(/\b(hundred|thousand|million)\s+and\s+(?=[a-z])/g, '$1 ')
    // "twenty five", "forty-two": English tens and units, as one number.
    .replace(
      /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](one|two|three|four|five|six|seven|eight|nine)\b/g,
      (_m, tens: string, unit: string) => String(EN_TENS[tens]! + EN_UNITS[unit]!),
    );
  if (!t || t.length > 400) return null;
  const toks = tokenize(t, opts.slang ?? false);
  if (!toks || toks.length === 0) return null;

  let sign = 1;
  let i = 0;
  if (toks[0]!.k === 'neg') {
    sign = -1;
    i = 1;
  }
  let total = 0;
  let group = 0;
  let groupUsed = false;
  let groupHasDigit = false;
  let pending: number | null = null;
  // "1,250 juta" is 1.25 juta (Indonesian decimal comma) while "50,000" alone is 50000 (English habit);
  // "1.500rb" stays 1500 ribu.
  let pendingAlt: number | undefined;
  let pendingSe = false;
  let level = Number.POSITIVE_INFINITY; // the smallest multiplier used in this group
  let lastScale = Number.POSITIVE_INFINITY;
  let decimals: string | null = null;
  let scaled = false;
  // "sejuta setengah": a half right after a scale word is half of that scale.
  let afterScale = false;
  let usedSlang = false;
  let grouped = false;
  let words = false;
  let any = false;

  const closeDecimals = () => {
    if (decimals === null) return true;
    if (decimals === '' || pending === null) return false;
    pending = Number(`${pending}.${decimals}`);
    decimals = null;
    return true;
  };

  for (; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.k !== 'num' || !tok.digit) words = true;
    switch (tok.k) {
      case 'num': {
        afterScale = false;
        if (decimals !== null) {
          if (tok.digit || !Number.isInteger(tok.v) || tok.v > 9) return null;
          decimals += String(tok.v);
          break;
        }
        if (pending !== null) return null;
        if (tok.v >= level) return null;
        pending = tok.v;
        pendingAlt = tok.alt;
        pendingSe = tok.se === true;
        any = true;
        if (tok.digit) groupHasDigit = true;
        if (tok.grouped) grouped = true;
        if (tok.slang) usedSlang = true;
        break;
      }
      case 'mul': {
        afterScale = false;
        if (decimals !== null || pending === null || level <= tok.v) return null;
        group += pending * tok.v;
        groupUsed = true;
        pending = null;
        pendingSe = false;
        pendingAlt = undefined;
        level = tok.v;
        break;
      }
      case 'belas': {
        afterScale = false;
        if (decimals !== null || pending === null || pending >= 10 || level <= 10) return null;
        group += 10 + pending;
        groupUsed = true;
        pending = null;
        pendingSe = false;
        pendingAlt = undefined;
        level = 1;
        break;
      }
      case 'half': {
        if (decimals !== null) return null;
        if (afterScale && pending === null && !groupUsed) {
          total += tok.v * lastScale;
          afterScale = false;
          any = true;
          break;
        }
        if (pending === null) pending = tok.v;
        else if (Number.isInteger(pending) && !pendingSe) {
          pending += tok.v;
          pendingAlt = undefined;
        } else return null;
        any = true;
        break;
      }
      case 'koma': {
        afterScale = false;
        if (decimals !== null || pending === null || !Number.isInteger(pending) || pendingSe) return null;
        decimals = '';
        break;
      }
      case 'scale': {
        if (!closeDecimals()) return null;
        if (!groupUsed && pending === null) return null;
        if (tok.v >= lastScale) return null;
        if (pendingAlt !== undefined && !groupUsed && pending !== null) pending = pendingAlt;
        total += (group + (pending ?? 0)) * tok.v;
        group = 0;
        groupUsed = false;
        groupHasDigit = false;
        pending = null;
        pendingSe = false;
        level = Number.POSITIVE_INFINITY;
        lastScale = tok.v;
        pendingAlt = undefined;
        scaled = true;
        afterScale = true;
        if (tok.slang) usedSlang = true;
        break;
      }
      case 'neg':
        return null;
    }
  }
  if (!closeDecimals()) return null;
  if (!any || (pendingSe && pending !== null)) return null;
  // "50 ribu 2" is not a number; "dua ribu lima ratus" is.
  if (Number.isFinite(lastScale) && groupHasDigit && (groupUsed || pending !== null)) return null;
  // "sejuta rongatus", "satu juta dua ratus": after juta, hundreds said without "ewu"/"ribu" are thousands
  // (Rp1.200.000), as people say it.
  const rest = group + (pending ?? 0);
  // (Said so: "sejuta ...", or hundreds in Javanese; the written-out "satu juta dua ratus" keeps its letter.)
  const spoken = /^(sejuta|se juta|sayuta|sak yuta|sakyuta)\b|\b(atus|satus|rongatus|\w*ngatus)\b/.test(t);
  const tail = spoken && lastScale === 1_000_000 && rest > 0 && rest < 1000 && !groupHasDigit ? rest * 1000 : rest;
  const value = sign * (total + tail);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, scaled, slang: usedSlang, grouped, digitsOnly: !words };
}

/** A whole string as a number: "1.500" = 1500, "1,5" = 1.5, "dua ratus lima puluh" = 250; null if not a number. */
export function parseNumber(s: string): number | null {
  return readNumber(s)?.value ?? null;
}

/** Rounds half up (away from zero for negatives), ignoring float noise such as 1000.4999999999999. */
export function roundHalfUp(x: number): number {
  const clean = Math.round(x * 1e6) / 1e6;
  const r = Math.sign(clean) * Math.floor(Math.abs(clean) + 0.5);
  return r === 0 ? 0 : r;
}

/** Removes float noise: 0.1 * 3 -> 0.3. */
export function tidy(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

function spellBelow1000(n: number): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) out.push('seratus');
  else if (h > 1) out.push(ONES[h]!, 'ratus');
  if (rest === 10) out.push('sepuluh');
  else if (rest === 11) out.push('sebelas');
  else if (rest > 11 && rest < 20) out.push(ONES[rest - 10]!, 'belas');
  else if (rest >= 20) {
    out.push(ONES[Math.floor(rest / 10)]!, 'puluh');
    if (rest % 10) out.push(ONES[rest % 10]!);
  } else if (rest > 0) out.push(ONES[rest]!);
  return out;
}

/** A non-negative integer in Indonesian words: 250000 -> "dua ratus lima puluh ribu". */
export function spellNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  if (n === 0) return 'nol';
  const scales: [number, string][] = [
    [1e12, 'triliun'],
    [1e9, 'miliar'],
    [1e6, 'juta'],
    [1e3, 'ribu'],
  ];
  const out: string[] = [];
  let rest = n;
  for (const [size, name] of scales) {
    const q = Math.floor(rest / size);
    if (q === 0) continue;
    rest -= q * size;
    if (q === 1 && size === 1e3) out.push('seribu');
    else out.push(...(q >= 1000 ? [spellNumber(q)] : spellBelow1000(q)), name);
  }
  if (rest > 0) out.push(...spellBelow1000(rest));
  return out.join(' ');
}

/** A number the Indonesian way, for display: 1500 -> "1.500", 2.5 -> "2,5" (at most `decimals` decimals). */
export function formatNumber(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return '-';
  const neg = n < 0;
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac = ''] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const f = frac.replace(/0+$/, '');
  const body = f ? `${grouped},${f}` : grouped;
  return neg && body !== '0' ? `-${body}` : body;
}
