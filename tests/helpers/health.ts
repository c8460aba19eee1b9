// /healthz in detail, as an admin sees it: a fresh admin token in the service's
// database, sent as a bearer token (the public answer is only ok / not ok).

import { createToken } from '../../src/access/tokens.ts';
import { type Db, openDb } from '../../src/db/connect.ts';

let n = 0;

/** `db` is the service's database, or its URL (opened and closed here). */
export async function healthDetails(base: string, db: Db | string): Promise<any> {
  const own = typeof db === 'string' ? openDb(db) : null;
  try {
    const { token } = await createToken(own ?? (db as Db), { role: 'admin', name: `health check ${++n}` });
    const res = await fetch(`${base.replace(/\/+$/, '')}/healthz`, { headers: { authorization: `Bearer ${token}` } });
    return await res.json();
  } finally {
    await own?.destroy();
  }
}
