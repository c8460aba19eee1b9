// Who a broadcast reaches. A segment is a set of filters, each with its own
// validation and SQL condition on `workers`, in one record typed by SegmentMap:
// a filter declared without its implementation does not compile. Another file
// adds one by declaration merging and an entry in `filters`, as
// src/broadcast/protection-filter.ts does:
//
//   declare module './segment.ts' { interface SegmentMap { protection: string[] } }
//   export const protectionFilter: SegmentFilter<'protection'> = { schema, where, describe };
//
// Only consented workers who have not said BERHENTI, with a channel identity
// the platform has not refused, are ever recipients, whatever the filters.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { z } from 'zod';
import { PRODUCTS } from '../content/products.ts';
import { OUTSIDE_REGION, REGION } from '../content/region.ts';
import type { Channel } from '../core/messages.ts';
import type { Lang } from '../core/worker.ts';
import type { Db } from '../db/connect.ts';
import { reachIdentityId } from '../db/reachability.ts';
import type { Database } from '../db/schema.ts';
import { notFromSimulator } from '../db/subjects.ts';
import { fold } from '../parse/text.ts';
import { protectionFilter } from './protection-filter.ts';

export interface SegmentMap {
  kecamatan: string[];
  product: string[];
  lang: Lang[];
  channel: Channel[];
  /** Wrote to the bot within this many days. */
  activeWithinDays: number;
  campaign: string[];
  /** NGO group ids (src/broadcast/groups.ts). */
  group: number[];
}
export type SegmentKey = keyof SegmentMap;
export type Segment = Partial<SegmentMap>;

export interface FilterContext {
  now: Date;
}

/** Names of things a segment holds by id, for describing it. */
export interface DescribeNames {
  groups?: Map<number, string>;
}

export interface SegmentFilter<K extends SegmentKey> {
  schema: z.ZodType<SegmentMap[K]>;
  where(value: SegmentMap[K], eb: ExpressionBuilder<Database, 'workers'>, fc: FilterContext): Expression<SqlBool>;
  /** For people reading a preview, e.g. "kecamatan Pare or Gurah". */
  describe(value: SegmentMap[K], names: DescribeNames): string;
}

const squash = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');
const nonEmpty = <T extends z.ZodType>(t: T) => z.array(t).min(1, 'at least one value');

const filters: { [K in SegmentKey]: SegmentFilter<K> } = {
  kecamatan: {
    schema: nonEmpty(
      z.string().transform((v, ctx) => {
        const name = [...REGION.kecamatan, OUTSIDE_REGION].find((k) => squash(k) === squash(v));
        if (!name) {
          ctx.addIssue({ code: 'custom', message: `"${v}" is not a kecamatan of ${REGION.name}` });
          return z.NEVER;
        }
        return name;
      }),
    ),
    where: (v, eb) => eb('workers.kecamatan', 'in', v),
    describe: (v) => `kecamatan ${v.join(' or ')}`,
  },
  product: {
    schema: nonEmpty(
      z.string().transform((v, ctx) => {
        const p = PRODUCTS.find((x) => x.code === fold(v) || squash(x.id) === squash(v) || squash(x.en) === squash(v));
        if (!p) {
          ctx.addIssue({
            code: 'custom',
            message: `"${v}" is not a product; one of ${PRODUCTS.map((x) => x.code).join(', ')}`,
          });
          return z.NEVER;
        }
        return p.code;
      }),
    ),
    where: (v, eb) => eb('workers.product', 'in', v),
    describe: (v) => `work ${v.join(' or ')}`,
  },
  lang: {
    schema: nonEmpty(z.enum(['id', 'en'])),
    where: (v, eb) => eb('workers.lang', 'in', v),
    describe: (v) => `language ${v.join(' or ')}`,
  },
  channel: {
    schema: nonEmpty(z.enum(['telegram', 'whatsapp', 'sms', 'terminal', 'web'])),
    where: (v, eb) =>
      eb.exists(
        eb
          .selectFrom('channel_identities as cf')
          .select('cf.id')
          .whereRef('cf.worker_id', '=', 'workers.id')
          .where('cf.channel', 'in', v)
          .where('cf.unreachable', '=', 0),
      ),
    describe: (v) => `on ${v.join(' or ')}`,
  },
  activeWithinDays: {
    schema: z.number().int().min(1, 'at least 1 day').max(3650),
    where: (v, eb, fc) => eb('workers.last_active_at', '>=', new Date(fc.now.getTime() - v * 864e5).toISOString()),
    describe: (v) => `wrote in the last ${v} days`,
  },
  campaign: {
    schema: nonEmpty(z.string().trim().min(1).max(64)),
    where: (v, eb) => eb('workers.campaign', 'in', v),
    describe: (v) => `campaign ${v.join(' or ')}`,
  },
  group: {
    schema: nonEmpty(z.number().int().positive()),
    where: (v, eb) =>
      eb.exists(
        eb
          .selectFrom('ngo_group_members as gm')
          .select('gm.group_id')
          .whereRef('gm.worker_id', '=', 'workers.id')
          .where('gm.group_id', 'in', v),
      ),
    describe: (v, names) => `group ${v.map((id) => names.groups?.get(id) ?? `#${id}`).join(' or ')}`,
  },
  protection: protectionFilter,
};

/** The filter of a key: own entries only ("constructor" is no filter). */
function filterOf(key: string): SegmentFilter<SegmentKey> | undefined {
  return Object.hasOwn(filters, key) ? (filters[key as SegmentKey] as SegmentFilter<SegmentKey>) : undefined;
}

export class SegmentError extends Error {}

/** Validates a segment from the CLI, the API or the database; throws SegmentError with one readable line. */
export function parseSegment(input: unknown): Segment {
  const shape = Object.fromEntries(Object.entries(filters).map(([k, f]) => [k, f.schema.optional()]));
  const res = z.strictObject(shape).safeParse(input ?? {});
  if (res.success) return res.data as Segment;
  const issue = res.error.issues[0]!;
  const where = issue.path.length ? ` ${String(issue.path[0])}` : '';
  const msg = issue.code === 'unrecognized_keys' ? `unknown filter ${issue.keys.join(', ')}` : issue.message;
  throw new SegmentError(`Segment${where}: ${msg}`);
}

export function describeSegment(segment: Segment, names: DescribeNames = {}): string {
  const parts = Object.entries(segment)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => filterOf(k)?.describe(v as never, names) ?? k);
  return parts.length ? parts.join('; ') : 'everyone';
}

function conditions(segment: Segment, eb: ExpressionBuilder<Database, 'workers'>, fc: FilterContext) {
  const out: Expression<SqlBool>[] = [];
  for (const [k, v] of Object.entries(segment)) {
    if (v === undefined) continue;
    const f = filterOf(k);
    if (!f) throw new SegmentError(`Segment: unknown filter ${k}`);
    out.push(f.where(v as never, eb, fc));
  }
  return out;
}

/**
 * Workers the segment matches, before the rules on consent, BERHENTI and
 * reachability. Workers of the web chat simulator (open to anyone) are never
 * counted or reached.
 */
export function matchingWorkers(db: Db, segment: Segment, fc: FilterContext) {
  return db
    .selectFrom('workers')
    .where(notFromSimulator('workers.id'))
    .where((eb) => eb.and(conditions(segment, eb, fc)));
}

/**
 * The recipients: one row per eligible worker, with the identity to write to
 * (on the segment's channels when given, else the one she used last).
 */
export function recipients(db: Db, segment: Segment, fc: FilterContext) {
  const channels = segment.channel;
  return matchingWorkers(db, segment, fc)
    .innerJoin('channel_identities as ci', (join) => join.on('ci.id', '=', reachIdentityId('workers.id', channels)))
    .where('workers.status', '=', 'active')
    .where('workers.opted_out', '=', 0);
}
