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
import type { Db } from '../../db/connect.ts';
import type { Logger } from '../../logger.ts';

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
}

/** Baileys' auth state on our database, keys behind Baileys' own cache. */
export async function useDbAuthState(db: Db, logger?: Logger): Promise<DbAuthState> {
  const store = dbKeyStore(db);
  const keys = makeCacheableSignalKeyStore(store, logger);
  const state: AuthenticationState = { creds: (await loadCreds(db)) ?? initAuthCreds(), keys };
  // Saves are queued so an older snapshot never lands after a newer one.
  let queue: Promise<void> = Promise.resolve();
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
      state.creds = initAuthCreds();
    },
  };
}
