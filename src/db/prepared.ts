// Queries compiled once. Kysely builds and compiles a query's tree on every
// call, which costs more than running one of the bot's small indexed queries;
// every message runs a dozen of them. A query written with `prepared` is
// compiled on its first use on a database and afterwards only takes new
// parameters.
import { type Compilable, type CompiledQuery, createQueryId, type Kysely } from 'kysely';
import { withoutNul } from './portable.ts';
import type { Database } from './schema.ts';

type Q = Kysely<Database>;

/** Stands for argument i while the query is compiled; found again among the parameters. */
const marker = (i: number) => `\u0001upahku-arg-${i}\u0001`;
const MARKER = /^\u0001upahku-arg-(\d+)\u0001$/;

interface Plan {
  sql: string;
  query: CompiledQuery['query'];
  /** Per parameter: the index of the argument it takes, or the constant compiled in. */
  slots: ({ arg: number } | { value: unknown })[];
}

/**
 * `build` must use each argument as a plain value (compared, inserted or set),
 * never to choose the query's shape: the shape is fixed at the first call.
 * Arguments are compiled as stand-ins and put back by position at each call.
 */
export function prepared<A extends unknown[], O>(
  build: (q: Q, ...args: A) => Compilable<O>,
): (q: Q, ...args: A) => Promise<O[]> {
  // Keyed by the dialect's adapter: one per database, shared by its transactions.
  const plans = new WeakMap<object, Plan>();
  const plan = (q: Q, n: number): Plan => {
    const key = q.getExecutor().adapter;
    let p = plans.get(key);
    if (!p) {
      const compiled = build(q, ...(Array.from({ length: n }, (_, i) => marker(i)) as A)).compile();
      const slots = compiled.parameters.map((v) => {
        const m = typeof v === 'string' ? MARKER.exec(v) : null;
        return m ? { arg: Number(m[1]) } : { value: v };
      });
      const used = new Set(slots.flatMap((s) => ('arg' in s ? [s.arg] : [])));
      if (used.size !== n || compiled.sql.includes('\u0001upahku-arg-')) {
        throw new Error(`A prepared query must use each of its ${n} arguments as a parameter: ${compiled.sql}`);
      }
      p = { sql: compiled.sql, query: compiled.query, slots };
      plans.set(key, p);
    }
    return p;
  };
  return async (q, ...args) => {
    const p = plan(q, args.length);
    const parameters = withoutNul(p.slots.map((s) => ('arg' in s ? args[s.arg] : s.value)));
    const res = await q.executeQuery<O>({ sql: p.sql, query: p.query, parameters, queryId: createQueryId() });
    return res.rows;
  };
}
