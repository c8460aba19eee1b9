// PSEUDONYM_SECRET without configuration: on the first start the service makes
// a random one and keeps it beside the SQLite file (mode 600), so that
// downloads work at once and pseudonyms stay the same from one export to the
// next. An explicit setting always wins. With PostgreSQL, several processes
// on several machines share the data but not a directory: a secret made by
// one would not be the others', so there it must be set.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isPostgresUrl } from '../db/url.ts';

export interface SecretNotice {
  level: 'info' | 'warn';
  message: string;
  file?: string;
}

/**
 * Where the generated secret of an SQLite database is kept: beside the file,
 * named after it (data/upahku.sqlite: data/upahku.pseudonym-secret), so that
 * two databases in one directory (the service's and the demo's) never share one.
 */
export function secretFileFor(databaseUrl: string): string | null {
  if (isPostgresUrl(databaseUrl) || databaseUrl === ':memory:') return null;
  const file = resolve(databaseUrl);
  return join(dirname(file), `${basename(file, extname(file))}.pseudonym-secret`);
}

/**
 * The secret to use: the setting if there is one; else the one kept with the
 * data, made now if there is none yet. `notice` says what happened, for the log.
 */
export function resolvePseudonymSecret(
  setting: string | undefined,
  databaseUrl: string,
): { secret: string | undefined; notice: SecretNotice | null } {
  if (setting) return { secret: setting, notice: null };
  const file = secretFileFor(databaseUrl);
  if (!file)
    return {
      secret: undefined,
      notice: {
        level: 'warn',
        message:
          'PSEUDONYM_SECRET is not set: with PostgreSQL it must be (one secret for every process); research downloads are off until it is',
      },
    };
  const kept = read(file);
  if (kept)
    return { secret: kept, notice: { level: 'info', message: 'PSEUDONYM_SECRET read from the data directory', file } };
  mkdirSync(dirname(file), { recursive: true });
  try {
    // 'wx': if another process made it a moment ago, use that one.
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return {
    secret: read(file)!,
    notice: {
      level: 'warn',
      message:
        'PSEUDONYM_SECRET was not set: a random one was made and kept with the data. Back this file up with the database: without it, new exports get new pseudonyms. Setting PSEUDONYM_SECRET overrides it.',
      file,
    },
  };
}

function read(file: string): string | null {
  try {
    const s = readFileSync(file, 'utf8').trim();
    return s.length >= 16 ? s : null;
  } catch {
    return null;
  }
}
