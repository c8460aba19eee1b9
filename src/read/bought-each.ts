// "beli lem 2 kaleng 15rb satu", "benang 3 gulung @5rb", "bought 2 tins of glue at 15k each": what she bought,
// told as a count and the price of one. The diary keeps what she spent, so the sum is written as the total.
import { parseMoney } from '../parse/money.ts';

const BUY = /\b(beli|bli|tuku|nuku|tumbas|numbas|bought|buy|buying)\b/i;
const SUM = String.raw`(?:rp\.?\s?)?\d+(?:[.,]\d+)*\s*(?:rb|ribu|rebu|ewu|k)|(?:rp\.?\s?)?\d{1,3}(?:[.,]\d{3})+|(?:rp\.?\s?)\d{3,}`;
// The count, then up to three words (the thing or its container), then how "one" is said and the price of one.
const EACH = new RegExp(
  String.raw`\b(\d{1,3})(?![.,]\d)\s+(?!(?:rb|ribu|rebu|ewu|k|jt|juta|rupiah|perak|kali|kaping|times|x)\b)((?:(?!(?:rb|ribu|rebu|ewu|jt|juta)\b)[a-z]+,?\s+){0,3}?)(?:(?:@|at|masing2|masing-masing|masing masing|per\s*[a-z]+|tiap\s+[a-z]+)\s*(${SUM})(?:\s+(?:each|apiece|satu|siji))?|(${SUM})\s+(?:satu|siji|setunggal|each|apiece|satunya|sijine)|,?\s*(?:se|sak\s+|satu\s+|siji\s+)[a-z]+\s+(${SUM}))(?=[\s,.;!)]|$)`,
  'gi',
);

export function boughtEachAsTotal(src: string): string {
  if (!BUY.test(src)) return src;
  return src.replace(EACH, (m, count: string, what: string, a?: string, b?: string, c?: string, at?: number) => {
    // Only what follows a word of buying in the same part of the message ("ambil 5 kodi per kodi 5rb" is a rate).
    const before =
      src
        .slice(0, at)
        .split(/[.;\n]|\b(?:terus|trus|lalu|then|and then|karo|sama|lan)\b/i)
        .at(-1) ?? '';
    if (!BUY.test(before)) return m;
    const n = Number(count);
    const one = parseMoney((a ?? b ?? c ?? '').replace(/\s+/g, ' '))?.rupiah;
    // One piece bought, or a price too small to be money: leave it as she wrote it.
    if (!one || n < 2 || one < 100) return m;
    return `${n} ${what}rp${n * one}`;
  });
}
