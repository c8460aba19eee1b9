// "njupuk sandal 15 kodi, 10 ewu telung pasang", "ambil 10 lusin, 15rb 3 lusin": after the count of an order, a
// sum and then a count of the same kind of unit is the wage for that many (a rate per three pairs), not a
// second order of three pairs. Written with "per" so the rest of the reader sees one rate.
import type { Lexicon } from '../parse/lexicon.ts';

const SUM = String.raw`(?:rp\.?\s?)?\d+(?:[.,]\d+)*\s*(?:rb|ribu|rebu|ewu|k)`;

export function rateForSeveral(lex: Lexicon, src: string): string {
  const unitOf = (w: string) => lex.units.get(w.toLowerCase());
  const re = new RegExp(
    String.raw`([,.;]\s*|\s(?:upah(?:e|nya)?|opah(?:e|ipun)?|ongkos(?:e|nya)?)\s+)(${SUM})\s+(\d{1,3}|[a-z]+)\s+([a-z]+)(?=\s*(?:[,.;!?]|$))`,
    'gi',
  );
  return src.replace(re, (m, pre: string, sum: string, n: string, unit: string, at: number) => {
    const u = unitOf(unit);
    if (!u) return m;
    const count = /^\d+$/.test(n) ? Number(n) : lex.numbers.get(n.toLowerCase());
    if (typeof count !== 'number' || count < 2 || count > 100) return m;
    // Only after an order's own count in the same unit kind said before ("15 kodi" then "telung pasang").
    const before = src.slice(0, at);
    const said = [...before.matchAll(/\b(\d+)\s*([a-z]+)\b/gi)].some((x) => unitOf(x[2]!) !== undefined);
    if (!said) return m;
    return `${pre}${sum} per ${count} ${unit}`;
  });
}
