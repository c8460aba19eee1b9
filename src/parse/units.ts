// Quantities and piece rates: "3 kodi", "selusin", "1,5 kg", "2rb/pasang", "4rb sekodi", "@250".
// Pure; never throws. Values are returned as read (0, negative, huge): the caller judges plausibility.

import { loadLexiconFile } from './lexicon.ts';
import { findSpan, type Money, parseMoney, RATE_CHUNK, type Span } from './money.ts';
import { prep, readNumber, roundHalfUp, tidy } from './number.ts';

export type UnitCode = 'pcs' | 'pasang' | 'kodi' | 'lusin' | 'gros' | 'rim' | 'kg' | 'pak' | 'ikat';

export type Unit = {
  code: UnitCode;
  /** How many pieces one unit is. A pair counts as one piece; kg, pak and ikat are counted as they are. */
  pieces: number;
  /** Words (lower case) that name the unit, typos included; the first Indonesian one is its name. */
  id: readonly string[];
  en: readonly string[];
};

// kodi = 20 (not 24), lusin = 12, gros = 144, rim = 500: see /work/shared/domain/homework.md.
const PIECES: Record<UnitCode, number> = {
  pcs: 1,
  pasang: 1,
  kodi: 20,
  lusin: 12,
  gros: 144,
  rim: 500,
  kg: 1,
  pak: 1,
  ikat: 1,
};

// The words are the lexicon's (content/lexicon/*.yaml), so a new way of writing a unit is added in one place.
// Javanese words count with the Indonesian ones: both are shown in Indonesian.
const FILES = { id: loadLexiconFile('id'), jv: loadLexiconFile('jv'), en: loadLexiconFile('en') };
// (A word of two, or with an apostrophe, "pack an", "kodi'an", is the reader's: a quantity here ends in one word.)
const oneWord = (ws: readonly string[]) => [...new Set(ws)].filter((w) => /^[a-z]+$/.test(w));
export const UNITS: readonly Unit[] = (Object.keys(PIECES) as UnitCode[]).map((code) => ({
  code,
  pieces: PIECES[code],
  id: oneWord([...(FILES.id.units?.[code] ?? []), ...(FILES.jv.units?.[code] ?? [])]),
  en: oneWord(FILES.en.units?.[code] ?? []),
}));

const BY_CODE = new Map(UNITS.map((u) => [u.code, u]));
const BY_WORD = new Map<string, Unit>();
for (const u of UNITS) for (const w of [...u.id, ...u.en]) if (!BY_WORD.has(w)) BY_WORD.set(w, u);

export function unitOf(code: UnitCode): Unit {
  return BY_CODE.get(code)!;
}

/** The unit a single word names: "kodi", "sekodi" (one kodi), "lsn"; null if none. */
function unitWord(w: string): { unit: Unit; one: boolean } | null {
  const direct = BY_WORD.get(w);
  if (direct) return { unit: direct, one: false };
  // "sekodi", "selusin", "sepasang", "sebiji": "se" is "one"
  if (w.startsWith('se') && w.length > 3) {
    const u = BY_WORD.get(w.slice(2));
    if (u) return { unit: u, one: true };
  }
  return null;
}

export type Quantity = { count: number; unit: UnitCode; pieces: number };

/**
 * A whole string as a quantity: "3 kodi" -> 3 kodi = 60 pieces, "58" -> 58 pcs, "selusin", "1,5 kg",
 * "setengah kodi" -> 10 pieces. pieces = count x pieces per unit; fractional for fractional counts.
 */
export function parseQuantity(s: string): Quantity | null {
  const t = prep(s)
    .replace(/[.!?;:,]+$/, '')
    .replace(/(\d)([a-z])/g, '$1 $2');
  if (!t || t.length > 120) return null;
  const m = /^(.*?) ?([a-z]+)$/.exec(t);
  if (m) {
    const uw = unitWord(m[2]!);
    if (uw) {
      let count: number | null;
      if (uw.one) count = m[1] === '' ? 1 : null;
      else if (m[1] === '') count = null;
      else if (m[1] === 'se') count = 1;
      else count = readCount(m[1]!);
      if (count === null) return null;
      return { count, unit: uw.unit.code, pieces: tidy(count * uw.unit.pieces) };
    }
  }
  const count = readCount(t);
  return count === null ? null : { count, unit: 'pcs', pieces: count };
}

/** A count of things: no money slang, no "rb" meaning thousand after a unit. */
function readCount(s: string): number | null {
  const r = readNumber(s);
  return r ? r.value : null;
}

export type Rate = {
  /** Rupiah for `count` units ("4rb sekodi" -> 4000). */
  rupiah: number;
  per: UnitCode;
  /** How many units the rupiah pays for; 1 unless written ("10rb per 3 pasang" -> 3). */
  count: number;
  /**
   * Rupiah per piece, unrounded ("5rb/lusin" -> 416.666...). Stored rates are integer rupiah per piece:
   * use ratePerPieceRupiah (round half up), and keep the unit rate for display.
   */
  perPiece: number;
  explicit: boolean;
};

const PER_WORDS = new Set(['per', 'tiap', 'setiap', 'tiap2', 'untuk', 'utk', 'buat', 'each', 'a', 'an', 'satu', '1']);

/** What a rate is for: "per kodi", "/pasang", "sekodi", "tiap 2 lusin", "kodi". */
function readPer(tokens: string[]): { unit: Unit; count: number; connector: boolean } | null {
  let connector = false;
  let rest = tokens;
  if (rest[0] !== undefined && PER_WORDS.has(rest[0])) {
    connector = true;
    rest = rest.slice(1);
  }
  if (rest.length === 0) return null;
  const last = rest[rest.length - 1]!;
  const uw = unitWord(last);
  if (!uw) return null;
  if (rest.length === 1) return { unit: uw.unit, count: 1, connector: connector || uw.one };
  if (uw.one) return null;
  if (rest.length === 2 && rest[0] === 'se') return { unit: uw.unit, count: 1, connector: true };
  const count = readCount(rest.slice(0, -1).join(' '));
  if (count === null || !connector) return null;
  return { unit: uw.unit, count, connector };
}

function makeRate(money: Money, unit: Unit, count: number): Rate | null {
  const pieces = count * unit.pieces;
  if (pieces === 0) return null;
  return { rupiah: money.rupiah, per: unit.code, count, perPiece: money.rupiah / pieces, explicit: money.explicit };
}

/**
 * A whole string as a piece rate: "2rb/pasang", "4rb sekodi" (200 a piece), "Rp 200 per biji", "4000 per kodi",
 * "@250" (per piece), "250/pcs", "per kodi 4rb". A bare number with a unit and no "per" ("3 kodi") is a
 * quantity, not a rate: null.
 */
export function parseRate(s: string): Rate | null {
  let t = prep(s)
    .replace(/[!?;]+$/, '')
    .replace(/\s*\/\s*/g, ' per ')
    .replace(/\s*=\s*/g, ' ')
    .trim();
  if (!t || t.length > 120) return null;
  let at = false;
  if (t.startsWith('@')) {
    at = true;
    t = t.slice(1).trim();
  }
  const tokens = t.split(' ').filter(Boolean);
  if (tokens.length === 0 || tokens.length > 12) return null;
  if (at) {
    const whole = parseMoney(tokens.join(' '));
    if (whole) return makeRate(whole, unitOf('pcs'), 1);
  }
  // "7rb satu", "5 ewu siji", "2k each": a sum in figures, then "one" alone, is the rate of one piece.
  const last = tokens.at(-1)!;
  if (tokens.length >= 2 && /^(satu|siji|setunggal|one|each|sijine|satunya)$/.test(last) && /\d/.test(tokens[0]!)) {
    const money = parseMoney(tokens.slice(0, -1).join(' '));
    if (money?.explicit) return makeRate(money, unitOf('pcs'), 1);
  }
  for (let k = 1; k < tokens.length; k++) {
    const left = tokens.slice(0, k);
    const right = tokens.slice(k);
    // money first: "4rb sekodi", "Rp 200 per biji"
    const money = parseMoney(left.join(' '));
    if (money) {
      const per = readPer(splitUnit(right));
      if (per && (per.connector || money.explicit || at)) return makeRate(money, per.unit, per.count);
    }
    // unit first, only with "per"/"se": "per kodi 4rb", "sekodi 4rb" ("lusin 6rb" is too loose)
    if (!at) {
      const per = readPer(splitUnit(left));
      const m = per ? parseMoney(right.join(' ').replace(/^:\s*/, '')) : null;
      if (per?.connector && m) return makeRate(m, per.unit, per.count);
    }
  }
  return null;
}

/** "2kodi" -> ["2", "kodi"], "perbiji" -> ["per", "biji"], so glued words read. */
function splitUnit(tokens: string[]): string[] {
  return tokens.flatMap((w) => {
    const m = /^(\d+(?:[.,]\d+)?|per|tiap)([a-z]+)$/.exec(w);
    return m && unitWord(m[2]!) ? [m[1]!, m[2]!] : [w];
  });
}

/** The integer rupiah per piece to store for a rate, rounded half up. */
export function ratePerPieceRupiah(rate: Pick<Rate, 'perPiece'>): number {
  return roundHalfUp(rate.perPiece);
}

/** The first quantity in a sentence ("order 3 kodi sandal" -> 3 kodi); one with a unit wins over a bare number. */
export function findQuantity(text: string): (Quantity & Span) | null {
  return findSpan(
    text,
    (s) => (/\brp|\d\s?(?:rb|k|jt)\b|[/@]/i.test(s) ? null : parseQuantity(s)),
    (q) => q.unit !== 'pcs',
  );
}

/** The first piece rate in a sentence ("order 3 kodi sandal 2rb/pasang dari Bu Yati" -> 2000 per pasang). */
export function findRate(text: string): (Rate & Span) | null {
  return findSpan(text, parseRate, () => true, RATE_CHUNK);
}
