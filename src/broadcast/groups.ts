// NGO groups (a village collective, a training cohort): filled by importing
// pseudonyms or by workers sending GABUNG <code>; used as broadcast segments.
import type { Kysely } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { notFromSimulator } from '../db/subjects.ts';
import { pseudonymizer } from '../research/pseudonym.ts';
import { BroadcastError } from './broadcasts.ts';

type Q = Kysely<Database>;

/** Codes are letters and digits, compared in upper case: "pare1" = "PARE1". */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

const CODE = /^[A-Z0-9][A-Z0-9-]{2,19}$/;

function checkCode(code: string): string {
  const c = normaliseCode(code);
  if (!CODE.test(c))
    throw new BroadcastError(
      `Join code "${code}" must be 3 to 20 letters, digits or -`,
      `Kode gabung "${code}" harus 3 sampai 20 huruf, angka atau -`,
    );
  return c;
}

export interface GroupInfo {
  id: number;
  name: string;
  joinCode: string | null;
  members: number;
}

export async function createGroup(db: Db, name: string, code: string | null, now: Date): Promise<GroupInfo> {
  const n = name.trim();
  if (!n || n.length > 80)
    throw new BroadcastError('A group name has 1 to 80 characters', 'Nama kelompok 1 sampai 80 karakter');
  if (await db.selectFrom('ngo_groups').select('id').where('name', '=', n).executeTakeFirst())
    throw new BroadcastError(`A group "${n}" exists already`, `Kelompok "${n}" sudah ada`);
  const c = code ? checkCode(code) : null;
  if (c && (await groupByCode(db, c)))
    throw new BroadcastError(`The join code ${c} is taken`, `Kode gabung ${c} sudah dipakai`);
  const row = await db
    .insertInto('ngo_groups')
    .values({ name: n, join_code: c, created_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, name: n, joinCode: c, members: 0 };
}

export async function setJoinCode(db: Db, groupId: number, code: string | null): Promise<void> {
  const c = code ? checkCode(code) : null;
  if (c) {
    const other = await groupByCode(db, c);
    if (other && other.id !== groupId) throw new BroadcastError(`The join code ${c} is taken`);
  }
  await db.updateTable('ngo_groups').set({ join_code: c }).where('id', '=', groupId).execute();
}

export async function listGroups(db: Db): Promise<GroupInfo[]> {
  const rows = await db
    .selectFrom('ngo_groups as g')
    // Web chat simulator workers (open to anyone) are never counted.
    .leftJoin('ngo_group_members as m', (join) =>
      join.onRef('m.group_id', '=', 'g.id').on(notFromSimulator('m.worker_id')),
    )
    .select(['g.id', 'g.name', 'g.join_code', (eb) => eb.fn.count<number>('m.worker_id').as('members')])
    .groupBy(['g.id', 'g.name', 'g.join_code'])
    .orderBy('g.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, joinCode: r.join_code, members: Number(r.members) }));
}

/** Finds a group by exact name; throws a readable error naming the groups there are. */
export async function groupByName(db: Db, name: string): Promise<GroupInfo> {
  const all = await listGroups(db);
  const g =
    all.find((x) => x.name === name.trim()) ?? all.find((x) => x.name.toLowerCase() === name.trim().toLowerCase());
  if (!g)
    throw new BroadcastError(
      `No group "${name}"${all.length ? `; there are: ${all.map((x) => x.name).join(', ')}` : ' (none created yet)'}`,
    );
  return g;
}

export async function groupByCode(q: Q, code: string) {
  return q
    .selectFrom('ngo_groups')
    .select(['id', 'name', 'join_code'])
    .where('join_code', '=', normaliseCode(code))
    .executeTakeFirst();
}

/** Adds her to a group; false when she was in it already. */
export async function joinGroup(q: Q, groupId: number, workerId: string, via: 'import' | 'code', now: Date) {
  const res = await q
    .insertInto('ngo_group_members')
    .values({ group_id: groupId, worker_id: workerId, via, joined_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['group_id', 'worker_id']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export interface ImportResult {
  added: number;
  already: number;
  /** Pseudonyms that match no worker (a typo, another secret, or she deleted her data). */
  unknown: string[];
}

/**
 * Puts the workers behind research pseudonyms into a group. Pseudonyms are
 * one-way: each worker's is computed and matched, never reversed.
 */
export async function importPseudonyms(
  db: Db,
  groupId: number,
  pseudonyms: string[],
  secret: string,
  now: Date,
): Promise<ImportResult> {
  const wanted = new Set(pseudonyms.map((p) => p.trim()).filter(Boolean));
  const found = new Map<string, string>();
  const pseudonym = pseudonymizer(secret);
  const ids = await db.selectFrom('workers').select('id').execute();
  for (const { id } of ids) {
    const p = pseudonym('worker', id);
    if (wanted.has(p)) found.set(p, id);
  }
  let added = 0;
  await db.transaction().execute(async (trx) => {
    for (const workerId of found.values()) if (await joinGroup(trx, groupId, workerId, 'import', now)) added++;
  });
  return { added, already: found.size - added, unknown: [...wanted].filter((p) => !found.has(p)) };
}
