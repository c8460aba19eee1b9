// What a DATABASE_URL may be, without the whole configuration schema: the
// command line and the database layer check it without loading zod.
export const DEFAULT_DATABASE_URL = './data/upahku.sqlite';
export const DATABASE_URL_RULE = 'an SQLite file path or a postgres:// URL';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** An SQLite file path, or a postgres:// URL; any other scheme (mysql://, http://) is not. */
export function isDatabaseUrl(url: string): boolean {
  return url.length > 0 && (/^postgres(ql)?:\/\/.+/.test(url) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url));
}
