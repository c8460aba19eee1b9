// "eh salah, dudu kodi tapi lusin": the unit said wrong, the same count meant in another unit. The count of the
// record and its rate keep their figures, in the unit she meant.
import { piecesPer } from '../../diary/rate.ts';
import { parseQuantity, type UnitCode } from '../../parse/units.ts';

// ("dudu lusin mbak, kodi": the one she speaks to, named between, is no unit.)
const SWAP =
  /\b(?:bukan|bkn|dudu|sanes|not)\s+([a-z]+)(?:\s+(?:mbak|mba|mbk|bu|kak|min|ya|yo|lho|kok|ding))*\s*[,.]?\s*(?:(?:tapi|tp|but|nanging|ning|tp)\s+)?([a-z]+)\b/;

function unitWord(w: string): UnitCode | null {
  return parseQuantity(`1 ${w}`)?.unit ?? null;
}

/** "bukan per lusin tapi per gros", "per gros maksudnya, bukan per lusin": the unit the rate is per, only. */
const PER_SWAP =
  /\b(?:bukan|bkn|dudu|sanes|not)\s+per\s+([a-z]+)\s*[,.]?\s*(?:(?:tapi|tp|but|nanging|ning)\s+)?per\s+([a-z]+)\b/;
const PER_MEANT_FIRST = /\bper\s+([a-z]+)\b[^.]*?[,.]?\s*(?:bukan|bkn|dudu|sanes|not)\s+per\s+([a-z]+)\b/;

/** The unit taken back and the one meant, when she names both ("bukan kodi tapi lusin"); else null. */
export function unitSwap(lower: string): { from: UnitCode; to: UnitCode; rateOnly?: true } | null {
  // ("bukan sekodi, selusin 2rb": "se-" before a unit of a rate is "per".)
  const perSaid = lower.replace(/\b(?:se|sak)\s?(kodi|lusin|gros|pasang|biji|kilo|pak|ikat|rim)\b/g, 'per $1');
  const per = PER_SWAP.exec(perSaid);
  const perFirst = per ? null : PER_MEANT_FIRST.exec(perSaid);
  if (per || perFirst) {
    const from = unitWord(per ? per[1]! : perFirst![2]!);
    const to = unitWord(per ? per[2]! : perFirst![1]!);
    return from && to && from !== to ? { from, to, rateOnly: true } : null;
  }
  const m = SWAP.exec(lower);
  if (!m) return null;
  const from = unitWord(m[1]!);
  const to = unitWord(m[2]!);
  return from && to && from !== to ? { from, to } : null;
}

type Qty = { count: number; unit: UnitCode; pieces: number };
type Rate = { amount: number; per?: UnitCode; count?: number; explicit?: boolean } | null;

/** The values with the unit changed where it was the one taken back; null when none was. */
export function swapUnits<V extends Record<string, unknown>>(
  v: V,
  swap: { from: UnitCode; to: UnitCode; rateOnly?: true },
): V | null {
  const qty = swap.rateOnly ? undefined : (v.qty as Qty | undefined);
  const rate = v.rate as Rate | undefined;
  const out: Record<string, unknown> = { ...v };
  let changed = false;
  if (qty && qty.unit === swap.from) {
    out.qty = { count: qty.count, unit: swap.to, pieces: qty.count * piecesPer(swap.to) };
    changed = true;
  }
  if (rate?.per === swap.from) {
    out.rate = { ...rate, per: swap.to };
    changed = true;
  }
  return changed ? (out as V) : null;
}
