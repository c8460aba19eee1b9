// "yg 4rb itu sekodi ya, bukan per biji" at an order's check screen whose rate already is Rp4.000/kodi: she says
// again what the screen says, to be sure. That is no new record and no change; she is told it is so already.
import type { ConvState, FlowContext } from '../types.ts';
import { answerEntry } from './entries.ts';

/** Two values alike, objects compared on the keys both have ({ amount, per } of a rate, an employer's name). */
function alike(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => k in y && k !== 'id' && k !== 'explicit');
  return keys.length > 0 && keys.every((k) => alike(x[k], y[k]));
}

/** Whether her message, read as a record of the open one's kind, only gives values its draft has already. */
export function restatesDraft(state: ConvState, text: string, ctx: FlowContext): boolean {
  const v = (state.data as { v?: Record<string, unknown> }).v;
  if (!v || !/\d/.test(text)) return false;
  // (What she says it is not, "bukan per biji", and the words that ask "is it?" are no values.)
  const plain = text
    .replace(/[,.]?\s*\b(?:bukan|bkn|dudu|sanes|not)\b[^,.;]*/gi, ' ')
    .replace(/\b(?:itu|iku|kuwi|kui|ya|yo|kan|to|tho|right|is it)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const said = answerEntry(state.flow, plain, ctx);
  if (!said) return false;
  const keys = Object.keys(said.preset).filter((k) => k !== 'kind' && k !== 'explicit' && !/On$/.test(k));
  return keys.length > 0 && keys.every((k) => k in v && alike(said.preset[k], v[k]));
}
