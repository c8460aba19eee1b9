// Forgiving match of a kecamatan name: "kayen", "ploso klaten", "ngadiluweh".
import { REGION } from '../content/region.ts';
import { editDistance, fold } from './text.ts';

export type KecamatanMatch = { kind: 'exact'; name: string } | { kind: 'guess'; name: string } | { kind: 'none' };

const squash = (s: string) =>
  fold(s)
    .replace(/^(kec(amatan)?\.?\s*)/, '')
    .replace(/[^a-z]/g, '');

export function matchKecamatan(text: string, names: readonly string[] = REGION.kecamatan): KecamatanMatch {
  const q = squash(text);
  if (q.length < 3) return { kind: 'none' };
  const exact = names.find((n) => squash(n) === q);
  if (exact) return { kind: 'exact', name: exact };
  const prefixed = names.filter((n) => squash(n).startsWith(q));
  if (prefixed.length === 1) return { kind: 'guess', name: prefixed[0]! };
  let best: { name: string; d: number } | null = null;
  for (const n of names) {
    const s = squash(n);
    // Compare against the whole name and against a prefix of the same length ("kayen" ~ "kayenkidul").
    const d = Math.min(editDistance(q, s), editDistance(q, s.slice(0, q.length)) + (q.length < s.length ? 1 : 0));
    if (!best || d < best.d) best = { name: n, d };
  }
  const allowed = q.length <= 4 ? 1 : q.length <= 7 ? 2 : 3;
  if (best && best.d <= allowed) return { kind: 'guess', name: best.name };
  return { kind: 'none' };
}
