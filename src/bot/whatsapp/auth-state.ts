// The WhatsApp link kept in our database instead of Baileys' folder of files:
// it survives restarts, moves with the database, and every `keys.set` is one
// transaction, so a crash never leaves half a key update behind.
import {
  type AuthenticationCreds,
  type AuthenticationState,
  BufferJSON,
  initAuthCreds,
  makeCacheableSignalKeyStore,
  proto,
  type SignalDataSet,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from '@whiskeysockets/baileys';
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';
import type { Logger } from '../../logger.ts';
import { indexWithout, keyBelongsTo, TC_TOKEN_INDEX, waUser } from './contact-keys.ts';
import { TtlCache } from './ttl-cache.ts';

const CREDS_ID = 'creds';
/** Rows per statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 200;

// Plain JSON would turn Buffers into arrays of numbers and break the keys.
export const encode = (value: unknown): string => JSON.stringify(value, BufferJSON.replacer);
export const decode = <T>(text: string): T => JSON.parse(text, BufferJSON.reviver) as T;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The signal key store on our tables, without a cache. */
export function dbKeyStore(db: Db, now: () => Date = () => new Date()): SignalKeyStore & { clear(): Promise<void> } {
  return {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const found: { [id: string]: SignalDataTypeMap[T] } = {};
      for (const part of chunks([...new Set(ids)])) {
        const rows = await db
          .selectFrom('whatsapp_auth_keys')
          .select(['id', 'value'])
          .where('type', '=', type)
          .where('id', 'in', part)
          .execute();
        for (const row of rows) {
          let value: unknown = decode(row.value);
          // Baileys expects the protobuf object for these, not a plain one.
          if (type === 'app-state-sync-key') value = proto.Message.AppStateSyncKeyData.fromObject(value as object);
          found[row.id] = value as SignalDataTypeMap[T];
        }
      }
      return found;
    },

    async set(data: SignalDataSet) {
      const at = now().toISOString();
      const writes: { type: string; id: string; value: string; updated_at: string }[] = [];
      const deletes = new Map<string, string[]>();
      for (const [type, byId] of Object.entries(data)) {
        for (const [id, value] of Object.entries(byId ?? {})) {
          // null (or undefined) means the key is gone.
          if (value === null || value === undefined) deletes.set(type, [...(deletes.get(type) ?? []), id]);
          else writes.push({ type, id, value: encode(value), updated_at: at });
        }
      }
      if (!writes.length && !deletes.size) return;
      await db.transaction().execute(async (trx) => {
        for (const [type, ids] of deletes) {
          for (const part of chunks(ids)) {
            await trx.deleteFrom('whatsapp_auth_keys').where('type', '=', type).where('id', 'in', part).execute();
          }
        }
        // The same (type, id) twice in one statement would upset PostgreSQL's upsert: keep the last.
        const unique = [...new Map(writes.map((w) => [`${w.type}\u0000${w.id}`, w])).values()];
        for (const part of chunks(unique)) {
          await trx
            .insertInto('whatsapp_auth_keys')
            .values(part)
            .onConflict((oc) =>
              oc.columns(['type', 'id']).doUpdateSet((eb) => ({
                value: eb.ref('excluded.value'),
                updated_at: eb.ref('excluded.updated_at'),
              })),
            )
            .execute();
        }
      });
    },

    async clear() {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('whatsapp_auth_keys').execute();
        await trx.deleteFrom('whatsapp_auth_creds').execute();
      });
    },
  };
}

export async function loadCreds(db: Db): Promise<AuthenticationCreds | null> {
  const row = await db.selectFrom('whatsapp_auth_creds').select('data').where('id', '=', CREDS_ID).executeTakeFirst();
  return row ? decode<AuthenticationCreds>(row.data) : null;
}

export async function saveCreds(db: Db, creds: AuthenticationCreds, at: Date = new Date()): Promise<void> {
  const data = encode(creds);
  const updated_at = at.toISOString();
  await db
    .insertInto('whatsapp_auth_creds')
    .values({ id: CREDS_ID, data, updated_at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ data, updated_at }))
    .execute();
}

export interface DbAuthState {
  state: AuthenticationState;
  /** Writes the current credentials; call on every `creds.update`. */
  saveCreds(): Promise<void>;
  /** Forgets the link (after WhatsApp logged us out): rows, cache, and fresh credentials in memory. */
  clear(): Promise<void>;
  /**
   * Forgets contacts (WhatsApp users, LID or phone number, digits): every key
   * the linked account keeps about them, in the table and in the cache, and
   * their ids in shared rows. Returns the users forgotten, with the other id
   * of each when the key store knew it.
   */
  forget(users: string[]): Promise<string[]>;
}

/** How long Baileys' key cache keeps an entry (its own default). */
const KEY_CACHE_MS = 5 * 60_000;
/** Baileys' record of a privacy token issued to her just after the goodbye is not stored. */
const TOKEN_GRACE_MS = 10 * 60_000;
/**
 * Baileys keeps the ids of the token index in memory and writes them back
 * with any later token; its daily prune then drops ids without a token.
 * Until then she is kept out of the index.
 */
const INDEX_GRACE_MS = 48 * 3600_000;
const MAX_FORGOTTEN = 10_000;

/** Baileys' auth state on our database, keys behind Baileys' own cache. */
export async function useDbAuthState(db: Db, logger?: Logger, now: () => number = Date.now): Promise<DbAuthState> {
  const store = dbKeyStore(db);
  const cache = new TtlCache(KEY_CACHE_MS, now);
  const cached = makeCacheableSignalKeyStore(store, logger, cache);
  /** Users forgotten lately, and when. */
  const forgotten = new Map<string, number>();

  // Writes that would bring a forgotten contact back: a token issued to her
  // as the goodbye went, and the token index Baileys rewrites from memory.
  const withoutForgotten = (data: SignalDataSet): SignalDataSet => {
    const tokens = data.tctoken;
    if (!tokens || !forgotten.size) return data;
    const t = now();
    for (const [user, at] of forgotten) if (t - at > INDEX_GRACE_MS) forgotten.delete(user);
    const users = new Set(forgotten.keys());
    const kept: NonNullable<SignalDataSet['tctoken']> = {};
    for (const [id, value] of Object.entries(tokens)) {
      if (id === TC_TOKEN_INDEX) kept[id] = value ? indexWithout(value, users) : value;
      // Only our own issuance record (no token of hers in it): a token she sends, back as someone new, is kept.
      else if (value && !value.token?.length && t - (forgotten.get(waUser(id)) ?? -Infinity) <= TOKEN_GRACE_MS)
        continue;
      else kept[id] = value;
    }
    return { ...data, tctoken: kept };
  };

  const keys: SignalKeyStore = {
    get: (type, ids) => cached.get(type, ids),
    set: (data) => cached.set(withoutForgotten(data)),
    clear: () => cached.clear?.(),
  };
  const state: AuthenticationState = { creds: (await loadCreds(db)) ?? initAuthCreds(), keys };
  // Saves are queued so an older snapshot never lands after a newer one.
  let queue: Promise<void> = Promise.resolve();

  async function forget(input: string[]): Promise<string[]> {
    // WhatsApp users are digits; anything else names no contact (and would upset LIKE).
    const users = new Set(input.filter((u) => /^\d+$/.test(u)));
    if (!users.size) return [];
    // Her other id, from the pairing Baileys learnt (a goodbye may have stored it again).
    const pairs = await keys.get(
      'lid-mapping',
      [...users].flatMap((u) => [u, `${u}_reverse`]),
    );
    for (const other of Object.values(pairs)) if (typeof other === 'string' && /^\d+$/.test(other)) users.add(other);

    const changes: Record<string, Record<string, unknown>> = {};
    const put = (type: string, id: string, value: unknown) => {
      changes[type] ??= {};
      changes[type][id] = value;
    };
    const mentions = (eb: ExpressionBuilder<Database, 'whatsapp_auth_keys'>, column: 'id' | 'value') =>
      eb.or([...users].map((u) => eb(column, 'like', `%${u}%`)));
    // Rows in the table, narrowed in SQL and matched whole here.
    const rows = await db
      .selectFrom('whatsapp_auth_keys')
      .select(['type', 'id'])
      .where((eb) => mentions(eb, 'id'))
      .execute();
    for (const r of rows) if (keyBelongsTo(r.type, r.id, users)) put(r.type, r.id, null);
    // And what only the cache holds (rows deleted under it, as the lid-mapping by HAPUS).
    for (const key of cache.keys()) {
      const dot = key.indexOf('.');
      const [type, id] = [key.slice(0, dot), key.slice(dot + 1)];
      if (keyBelongsTo(type, id, users)) put(type, id, null);
    }
    // Rows about many contacts that list her among them: rewritten without her.
    const index = (await keys.get('tctoken', [TC_TOKEN_INDEX]))[TC_TOKEN_INDEX];
    if (index) {
      const without = indexWithout(index, users);
      if (without !== index) put('tctoken', TC_TOKEN_INDEX, without);
    }
    const groups = await db
      .selectFrom('whatsapp_auth_keys')
      .select('id')
      .where('type', '=', 'sender-key-memory')
      .where((eb) => mentions(eb, 'value'))
      .execute();
    const memories = await keys.get(
      'sender-key-memory',
      groups.map((g) => g.id),
    );
    for (const [group, devices] of Object.entries(memories)) {
      const kept = Object.fromEntries(Object.entries(devices ?? {}).filter(([jid]) => !users.has(waUser(jid))));
      if (Object.keys(kept).length !== Object.keys(devices ?? {}).length) put('sender-key-memory', group, kept);
    }

    if (Object.keys(changes).length) await keys.set(changes as SignalDataSet);
    // The cache keeps a deletion as a null under her id: drop the entry itself.
    for (const [type, byId] of Object.entries(changes)) {
      for (const [id, value] of Object.entries(byId)) if (value === null) cache.del(`${type}.${id}`);
    }
    const t = now();
    for (const u of users) {
      forgotten.delete(u);
      forgotten.set(u, t);
    }
    for (const u of forgotten.keys()) {
      if (forgotten.size <= MAX_FORGOTTEN) break;
      forgotten.delete(u);
    }
    return [...users];
  }

  return {
    state,
    saveCreds() {
      const next = queue.then(() => saveCreds(db, state.creds));
      queue = next.catch(() => {});
      return next;
    },
    async clear() {
      await queue;
      await keys.clear?.();
      forgotten.clear();
      state.creds = initAuthCreds();
    },
    forget,
  };
}
