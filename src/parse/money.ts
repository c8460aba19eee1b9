// Rupiah amounts as people type them: "50rb", "Rp 50.000,-", "1,5jt", "lima puluh ribu", "goceng".
// Pure; never throws. Zero and negative amounts are returned as read ("-50rb" -> -50000): the caller
// decides what is plausible. Amounts beyond Number.MAX_SAFE_INTEGER rupiah give null.
import { prep, readNumber, roundHalfUp } from './number.ts';

export type Money = {
  /** Integer rupiah, rounded half up ("2,5" -> 3). May be 0 or negative. */
  rupiah: number;
  /**
   * True when the text says it is money in thousands terms: Rp/IDR, a scale word (rb, ribu, k, jt, juta),
   * slang (goceng) or thousands separators ("50.000"). False for a bare number ("50", "lima puluh"),
   * which someone used to thinking in thousands may mean as Rp50.000: the caller decides.
   */
  explicit: boolean;
};

const CURRENCY_PREFIX = /^(?:rp|idr|rupiah)\s?\.?\s?/;
const CURRENCY_SUFFIX = /\s?(?:rupiah|rp|idr|perak)\.?$/;

/** A whole string as an amount of money, or null. */
export function parseMoney(s: string): Money | null {
  let t = prep(s)
    .replace(/[.!?;:]+$/, '')
    // "7rb satu", "5 ewu siji": a sum in figures and then "one" is the price of one, not 7.001.
    .replace(/^((?:rp\.?\s*)?\d[\d.,]*\s*(?:rb|ribu|rebu|ewu|k))\s+(?:satu|siji|setunggal|one)$/, '$1');
  if (!t || t.length > 300) return null;
  let sign = 1;
  let currency = false;
  if (t.startsWith('-')) {
    sign = -1;
    t = t.slice(1).trimStart();
  }
  if (CURRENCY_PREFIX.test(t)) {
    currency = true;
    t = t.replace(CURRENCY_PREFIX, '');
    if (t.startsWith('-') && sign === 1) {
      sign = -1;
      t = t.slice(1).trimStart();
    }
  }
  if (CURRENCY_SUFFIX.test(t)) {
    currency = true;
    t = t.replace(CURRENCY_SUFFIX, '');
  }
  t = t
    // "Rp50.000,-" and "50.000.-": the dash only says "no cents"
    .replace(/(\d)\s?[.,]\s?-+$/, '$1')
    .replace(/(\d)\s?-+$/, '$1')
    // "50rb-an", "50 ribu-an": "about", the amount is the same
    .replace(/-an$/, '')
    .trim();
  // "50.000,00" and "50.000.00"
  if (/\d[.,]\d{3}[.,]00?$/.test(t)) t = t.replace(/[.,]00?$/, '');
  // "25.000 rb", "50.000rb": thousands written out and said again; Rp25.000, not 25 million ("1.500rb" stays
  // Rp1.500.000: below ten thousand thousands the scale is meant).
  if (/^\d{2,3}(?:\.\d{3})+\s?(?:rb|ribu|rebu|ewu|k)$/.test(t)) {
    t = t.replace(/\s?(?:rb|ribu|rebu|ewu|k)$/, '');
    currency = true;
  }
  if (!t) return null;
  const r = readNumber(t, { slang: true });
  if (!r) return null;
  const rupiah = roundHalfUp(sign * r.value);
  if (!Number.isSafeInteger(rupiah)) return null;
  return { rupiah: rupiah === 0 ? 0 : rupiah, explicit: currency || r.scaled || r.slang || r.grouped };
}

// Chunks of a sentence that might hold (part of) an amount; separators between them are dropped.
const CHUNK = /[^\s/@()[\]{}:;!?"'`=*&|<>~#,]+(?:,-|,\d+(?:[.,]\d+)*-?)*/g;
/** Like CHUNK, but "@250" stays one chunk (a rate per piece). */
export const RATE_CHUNK = /@?[^\s/@()[\]{}:;!?"'`=*&|<>~#,]+(?:,-|,\d+(?:[.,]\d+)*-?)*/g;
const MAX_SPAN = 7;

export type Span = { start: number; end: number };

/** Word-like chunks of a text with their positions, trailing dots and dashes trimmed. */
export function chunks(text: string, re: RegExp = CHUNK): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    let end = m.index + m[0].length;
    // Keep "Rp50.000,-" whole, but not the full stop at the end of a sentence.
    while (end > m.index && /[.]/.test(text[end - 1]!) && !/,-$/.test(text.slice(m.index, end))) end--;
    if (end > m.index) out.push({ start: m.index, end });
  }
  return out;
}

/**
 * Finds a value in a sentence: tries spans of up to MAX_SPAN chunks, longest first from each start.
 * Returns the first span for which `accept` holds, else the first span read at all.
 */
export function findSpan<T>(
  text: string,
  read: (s: string) => T | null,
  accept: (v: T) => boolean = () => true,
  re: RegExp = CHUNK,
): (T & Span) | null {
  if (typeof text !== 'string') return null;
  const src = text.length > 2000 ? text.slice(0, 2000) : text;
  const cs = chunks(src, re);
  let fallback: (T & Span) | null = null;
  for (let i = 0; i < cs.length; i++) {
    for (let j = Math.min(cs.length - 1, i + MAX_SPAN - 1); j >= i; j--) {
      const start = cs[i]!.start;
      const end = cs[j]!.end;
      const v = read(src.slice(start, end));
      if (v === null) continue;
      const hit = { ...v, start, end };
      if (accept(v)) return hit;
      fallback ??= hit;
      break;
    }
  }
  return fallback;
}

/**
 * The first amount of money in a longer text ("dibayar 116rb kemarin"), with its position
 * (start inclusive, end exclusive, in the given string). An explicit amount ("116rb", "Rp50.000")
 * wins over an earlier bare number ("setor 58 dibayar 116rb" -> 116000); with none explicit, the
 * first bare number is returned (explicit=false).
 */
export function findMoney(text: string): (Money & Span) | null {
  return findSpan(text, parseMoney, (m) => m.explicit);
}

/** Integer rupiah for display: 50000 -> "Rp50.000", -2500 -> "-Rp2.500". Fractions are rounded half up. */
// One formatter for all calls: toLocaleString builds a new one each time, which shows in every reply.
const GROUPED = new Intl.NumberFormat('en-US', { useGrouping: true, maximumFractionDigits: 0 });

export function formatRupiah(n: number): string {
  if (!Number.isFinite(n)) return 'Rp-';
  const r = roundHalfUp(n);
  const body = `Rp${GROUPED.format(Math.abs(r)).replace(/,/g, '.')}`;
  return r < 0 ? `-${body}` : body;
}
