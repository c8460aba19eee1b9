// Cutting a one-message entry ("order 3 kodi sandal 2rb/pasang dari Bu Yati")
// into the raw text of each field. Each piece is then read by the same parser
// as a typed answer, so a quick entry gets the same checks as the menu.
import { findMoney } from '../../parse/money.ts';
import { parseQuantity } from '../../parse/units.ts';

export const UNIT_WORDS = 'pcs|pc|biji|buah|bh|potong|ptg|pasang|psg|kodi|lusin|gros|rim|kg|kilo|pak|pack|ikat';

const DAY_AT_END =
  /(?:^|\s)((?:hari ini|kemarin|kmrn|kemaren|kmarin|tadi|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|tgl\.?\s*\d{1,2}(?:[/-]\d{1,2})?|tanggal\s*\d{1,2}(?:[/-]\d{1,2})?|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?))$/i;

/** A day said at the end ("... kemarin", "... tgl 12"): the day text and what is left. */
export function takeDayAtEnd(text: string): { rest: string; day: string | null } {
  const m = DAY_AT_END.exec(text.trim());
  if (!m) return { rest: text.trim(), day: null };
  const day = m[1]!.replace(/^tadi$/i, 'hari ini');
  return { rest: text.trim().slice(0, m.index).trim(), day };
}

/** Splits at clause words ("dari", "setor", ...): the head and each clause's text. */
export function clauses(
  text: string,
  words: Record<string, string[]>,
): { head: string; parts: Record<string, string> } {
  const all = Object.entries(words).flatMap(([name, ws]) => ws.map((w) => ({ name, w })));
  const re = new RegExp(`(?:^|\\s)(${all.map((x) => x.w.replace(/ /g, '\\s+')).join('|')})(?=\\s)`, 'gi');
  const hits: { name: string; at: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const name = all.find((x) => x.w === w)?.name;
    if (name && !hits.some((h) => h.name === name)) {
      hits.push({ name, at: m.index, end: m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  const parts: Record<string, string> = {};
  hits.forEach((h, i) => {
    parts[h.name] = text.slice(h.end, hits[i + 1]?.at ?? text.length).trim();
  });
  return { head: text.slice(0, hits[0]?.at ?? text.length).trim(), parts };
}

const PER_MARK = new RegExp(String.raw`^\s*(?:/|per\s+|@\s*|tiap\s+|setiap\s+|se)(${UNIT_WORDS})\b`, 'i');

/**
 * A piece rate inside a text: an amount followed by a unit ("2rb/pasang",
 * "4rb sekodi"), or an amount written as money ("2rb", "Rp2.000") when no
 * unit follows. A bare number ("3 kodi") is a quantity, not a rate.
 */
export function takeRate(text: string): { rate: string | null; rest: string } {
  let offset = 0;
  for (let guard = 0; guard < 10; guard++) {
    const f = findMoney(text.slice(offset));
    if (!f) break;
    const start = offset + f.start;
    const end = offset + f.end;
    const after = text.slice(end);
    const per = PER_MARK.exec(after);
    const before = text.slice(0, start);
    const marked = /(?:@|upah|harga|rate)\s*$/i.test(before);
    if (per || f.explicit || marked) {
      const stop = per ? end + per[0].length : end;
      const from = marked ? before.search(/(?:@|upah|harga|rate)\s*$/i) : start;
      return { rate: text.slice(from, stop).trim(), rest: `${text.slice(0, from)} ${text.slice(stop)}`.trim() };
    }
    offset = end;
  }
  return { rate: null, rest: text };
}

/** The first count with its unit ("3 kodi", "60", "sekodi"): its text and what is left. */
export function takeQuantity(text: string): { qty: string | null; rest: string } {
  const tokens = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const two = tokens.slice(i, i + 2).join(' ');
    if (i + 1 < tokens.length && new RegExp(`^(${UNIT_WORDS})$`, 'i').test(tokens[i + 1]!) && parseQuantity(two)) {
      return { qty: two, rest: [...tokens.slice(0, i), ...tokens.slice(i + 2)].join(' ') };
    }
    if (/\d/.test(tokens[i]!) || /^se(kodi|lusin|gros|rim|pasang)$/i.test(tokens[i]!)) {
      if (parseQuantity(tokens[i]!))
        return { qty: tokens[i]!, rest: [...tokens.slice(0, i), ...tokens.slice(i + 1)].join(' ') };
    }
  }
  return { qty: null, rest: text };
}

/** Leading command word removed: `order 3 kodi` -> `3 kodi`; null when it does not start with one. */
export function after(text: string, words: RegExp): string | null {
  const m = words.exec(text);
  if (!m || m.index !== 0) return null;
  return text.slice(m[0].length).trim();
}
