// A flow's steps as a tagged union, checked when a state comes back from the
// database: each step names the data it carries, so a flow reads its state
// without casts, and a state from an older version or a damaged row reads as
// null (the flow starts over) instead of a value that only looks right.
import type { z } from 'zod';
import type { ConvState } from './types.ts';

export interface StateCodec<S extends { step: string }> {
  readonly flow: string;
  save(s: S): ConvState;
  load(c: ConvState): S | null;
}

export function stateCodec<S extends { step: string }>(flow: string, schema: z.ZodType<S>): StateCodec<S> {
  return {
    flow,
    save: ({ step, ...data }) => ({ flow, step, data }),
    load: (c) => {
      if (c.flow !== flow) return null;
      const r = schema.safeParse({ ...c.data, step: c.step });
      return r.success ? r.data : null;
    },
  };
}
