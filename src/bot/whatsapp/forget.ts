// After HAPUS the linked account still holds her Signal sessions, identity
// keys, device list and privacy token: the goodbye is encrypted with them.
// Once no goodbye to her is waiting (sent, or finally given up), they go, from
// the table and from every cache that could write them back.
import type { CacheStore } from '@whiskeysockets/baileys';
import type { Db } from '../../db/connect.ts';
import type { Logger } from '../../logger.ts';
import type { DbAuthState } from './auth-state.ts';
import { waUser } from './contact-keys.ts';
import { CHANNEL } from './identities.ts';
import type { WaSocket } from './socket.ts';

export interface ForgetOptions {
  db: Db;
  auth: DbAuthState;
  /** The socket, whose LID mapping store caches her pairing. */
  socket: () => WaSocket | null;
  /** The socket's cache of device lists, by user. */
  userDevices?: CacheStore;
  logger?: Logger;
}

/** Forgets every erased contact whose goodbye is no longer waiting; returns how many. */
export async function forgetErased(o: ForgetOptions): Promise<number> {
  const queued = await o.db.selectFrom('whatsapp_forget').selectAll().orderBy('id').execute();
  let forgotten = 0;
  for (const row of queued) {
    const jids = [row.jid, row.alt_jid].filter((j): j is string => Boolean(j));
    const waiting = await o.db
      .selectFrom('outbox')
      .select('id')
      .where('channel', '=', CHANNEL)
      .where('ephemeral', '=', 1)
      .where('status', 'in', ['pending', 'sending'])
      .where('address', 'in', jids)
      .executeTakeFirst();
    if (waiting) continue;
    // She wrote again since and is someone new to us: the keys now serve her as that person.
    const back = await o.db
      .selectFrom('channel_identities')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('channel', '=', CHANNEL), eb('channel_user_id', 'in', jids)]),
          eb.and([eb('channel', '=', CHANNEL), eb('alt_user_id', 'in', jids)]),
        ]),
      )
      .executeTakeFirst();
    if (!back) {
      const users = await o.auth.forget(jids.map(waUser));
      dropFromSocket(o.socket(), users, o.userDevices);
      forgotten++;
    }
    await o.db.deleteFrom('whatsapp_forget').where('id', '=', row.id).execute();
  }
  if (forgotten) o.logger?.info({ contacts: forgotten }, 'WhatsApp: forgot the keys of erased contacts');
  return forgotten;
}

/** The socket's own memory of her: the LID <-> phone pairing and her device list. */
function dropFromSocket(sock: WaSocket | null, users: string[], userDevices?: CacheStore): void {
  // Not in Baileys' types: the LID mapping store's cache, "pn:<user>" -> LID user and "lid:<user>" -> phone user.
  const pairing = (
    sock?.signalRepository?.lidMapping as { mappingCache?: { delete(key: string): unknown } } | undefined
  )?.mappingCache;
  for (const u of users) {
    pairing?.delete(`pn:${u}`);
    pairing?.delete(`lid:${u}`);
    void userDevices?.del(u);
  }
}
