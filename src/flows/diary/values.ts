// The columns that differ between a row as stored and as she corrected it.
export function changedValues<V extends object>(before: V, after: V): Partial<V> & Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    if ((before as Record<string, unknown>)[k] !== v) out[k] = v;
  }
  return out as Partial<V> & Record<string, unknown>;
}
