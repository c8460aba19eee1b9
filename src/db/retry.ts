// A transaction that lost a race with another process is run again. On
// PostgreSQL, two processes may create the same person at the same moment (one
// insert then fails on the unique key), or a lock wait may end in a deadlock or
// serialization failure; SQLite reports another process's write lock as busy.
// Run again, the transaction sees the winner's rows and takes the other path.

const TRANSIENT = new Set([
  '23505', // unique_violation
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_BUSY_TIMEOUT',
]);

/** SQLite's "database is locked" in any of its forms (another process holds the lock). */
export function isSqliteBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

export function isTransientConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT.has(code);
}

/** Runs `work` (a whole transaction) up to `attempts` times while it fails on a conflict. */
export async function retryConflicts<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (err) {
      if (i >= attempts || !isTransientConflict(err)) throw err;
      // A short, random pause, so two losers do not collide again at once.
      await new Promise((r) => setTimeout(r, Math.random() * 20 * i));
    }
  }
}
