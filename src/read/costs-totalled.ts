// "beli benang 37.500, eh sama jarum 8rb, jd 45.500", "tuku lem 20 ewu karo benang 15 ewu, total 35 ewu": the
// things she bought, then what they came to. The total is no third thing bought: the diary keeps one cost of the
// total she said (what she bought named in it), never the parts and their sum twice over.
import { fold } from '../parse/text.ts';
import type { CostEntry, Entry, Reading } from './entry.ts';

const TOTAL =
  /^(?:(?:eh|terus|trus|dadi|jadi|so)\s+)?(?:jd|jdi|jadi|dadi|total|totale|totalnya|semua|semuanya|kabeh|kabehe|sedaya|all in all|in all|altogether|so)\b/;

export function costsTotalled(reading: Reading): Reading {
  const costs = reading.entries.filter((e): e is CostEntry => e.kind === 'cost');
  if (costs.length < 3) return reading;
  const last = costs.at(-1)!;
  const parts = costs.slice(0, -1);
  if (!TOTAL.test(fold(last.text).trim()) || last.what || !last.amount) return reading;
  if (parts.some((c) => !c.amount)) return reading;
  const sum = parts.reduce((s, c) => s + c.amount!.amount, 0);
  if (sum !== last.amount.amount) return reading;
  const first = parts[0]!;
  const what = parts
    .map((c) => c.what)
    .filter(Boolean)
    .join(', ');
  const one: CostEntry = {
    ...first,
    text: [...parts, last].map((c) => c.text).join(', '),
    amount: last.amount,
    ...(what ? { what } : {}),
    ...(first.day ? {} : last.day ? { day: last.day } : {}),
  };
  const entries: Entry[] = [];
  for (const e of reading.entries) {
    if (e === first) entries.push(one);
    else if (!costs.includes(e as CostEntry)) entries.push(e);
  }
  return { ...reading, entries };
}
