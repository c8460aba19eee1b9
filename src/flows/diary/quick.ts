// Cutting a one-message entry ("order 3 kodi sandal 2rb/pasang dari Bu Yati")
// into the raw text of each field. Each piece is then read by the same parser
// as a typed answer, so a quick entry gets the same checks as the menu.
import { parseDay } from '../../parse/date.ts';
import { findMoney } from '../../parse/money.ts';
import { findQuantity, findRate } from '../../parse/units.ts';

/**
 * A day said at the end ("... kemarin", "... tgl 12", "... 12/11", "... senin"):
 * the day text and what is left. A bare number is never taken for a day
 * ("setor 12" is twelve pieces).
 */
export function takeDayAtEnd(text: string, now: Date): { rest: string; day: string | null } {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  for (let k = Math.min(3, tokens.length); k >= 1; k--) {
    const tail = tokens.slice(-k).join(' ');
    if (!/[a-z/-]/i.test(tail) || /^[a-z]+\d/i.test(tail)) continue;
    if (parseDay(tail, now)) return { rest: tokens.slice(0, -k).join(' '), day: tail };
  }
  return { rest: text.trim(), day: null };
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

function cut(text: string, start: number, end: number): string {
  return `${text.slice(0, start)} ${text.slice(end)}`.replace(/\s+/g, ' ').trim();
}

/**
 * A piece rate inside a text: an amount with what it is for ("2rb/pasang",
 * "4rb sekodi", "@250"), or else an amount written as money ("2rb",
 * "Rp2.000"). A bare number ("3 kodi") is a quantity, not a rate.
 */
export function takeRate(text: string): { rate: string | null; rest: string } {
  const r = findRate(text);
  if (r) return { rate: text.slice(r.start, r.end), rest: cut(text, r.start, r.end) };
  const m = findMoney(text);
  if (m?.explicit) return { rate: text.slice(m.start, m.end), rest: cut(text, m.start, m.end) };
  return { rate: null, rest: text };
}

/** The first count, with its unit if said ("3 kodi", "60", "selusin"): its text and what is left. */
export function takeQuantity(text: string): { qty: string | null; rest: string } {
  const q = findQuantity(text);
  if (!q) return { qty: null, rest: text };
  return { qty: text.slice(q.start, q.end), rest: cut(text, q.start, q.end) };
}

/** Leading command word removed: `order 3 kodi` -> `3 kodi`; null when it does not start with one. */
export function after(text: string, words: RegExp): string | null {
  const m = words.exec(text);
  if (!m || m.index !== 0) return null;
  return text.slice(m[0].length).trim();
}
