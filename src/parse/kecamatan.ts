// Forgiving match of a kecamatan name: "kayen", "ploso klaten", "ngadiluweh",
// "kec. pare", "pare kab kediri". The kecamatan of Kota Kediri (the city next
// door: "kediri kota", "mojoroto") are recognised too, and marked `outside`.
import { NEIGHBOUR, REGION } from '../content/region.ts';
import { fold } from './text.ts';
import { typoDistance } from './typo.ts';

export type KecamatanMatch =
  /** `outside`: a kecamatan of the neighbouring city, not of the region. */
  { kind: 'exact' | 'guess'; name: string; outside?: true } | { kind: 'none' };

const squash = (s: string) => fold(s).replace(/[^a-z]/g, '');

/** The city itself, as people name it: its kecamatan "Kota" (Kota Kediri's centre). */
const CITY = new Set(['kotakediri', 'kedirikota', 'kodyakediri', 'kotamadyakediri', 'kediricity', 'kediritown']);

/** Her words without "kec.", "kecamatan" before and "kab. kediri", "kediri" after. */
function core(text: string): string {
  const words = fold(text)
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .replace(/^(kec|kecamatan|kcmtn|kecamatane)\s+/, '');
  if (CITY.has(words.replace(/ /g, ''))) return words.replace(/ /g, '');
  const bare = words.replace(/\s+(kab|kabupaten|kabupatene)?\s*kediri$/, '');
  return squash(bare || words);
}

export function matchKecamatan(
  text: string,
  names: readonly string[] = REGION.kecamatan,
  outside: readonly string[] = NEIGHBOUR.kecamatan,
): KecamatanMatch {
  const q = core(text);
  if (q.length < 3) return { kind: 'none' };
  const all = [...names.map((name) => ({ name, out: false })), ...outside.map((name) => ({ name, out: true }))];
  const found = (kind: 'exact' | 'guess', n: { name: string; out: boolean }): KecamatanMatch =>
    n.out ? { kind, name: n.name, outside: true } : { kind, name: n.name };
  if (CITY.has(q)) {
    const kota = all.find((n) => n.out && squash(n.name) === 'kota');
    if (kota) return found('exact', kota);
  }
  const exact = all.find((n) => squash(n.name) === q);
  if (exact) return found('exact', exact);
  const prefixed = all.filter((n) => squash(n.name).startsWith(q));
  if (prefixed.length === 1) return found('guess', prefixed[0]!);
  let best: { n: (typeof all)[number]; d: number } | null = null;
  for (const n of all) {
    const s = squash(n.name);
    // Compare against the whole name and against a prefix of the same length ("kayen" ~ "kayenkidul").
    const d = Math.min(typoDistance(q, s), typoDistance(q, s.slice(0, q.length)) + (q.length < s.length ? 1 : 0));
    if (!best || d < best.d) best = { n, d };
  }
  const allowed = q.length <= 4 ? 1 : q.length <= 7 ? 2 : 3;
  if (best && best.d <= allowed) return found('guess', best.n);
  return { kind: 'none' };
}
