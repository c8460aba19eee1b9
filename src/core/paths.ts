// Where the project's own files are (content/, the web pages' assets), found by
// walking up from this module to the folder holding package.json. It holds
// whether the code runs from src/ (tests, the TypeScript loader) or from the
// bundle in dist/ (src/cli/build), where a path relative to the module's own
// file would point elsewhere.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'content'))) return dir;
    const up = dirname(dir);
    if (up === dir)
      throw new Error(`Upahku's folder (with package.json and content/) not found above ${import.meta.url}`);
    dir = up;
  }
}

export const PROJECT_ROOT = findRoot();

/** An absolute path inside the project: `projectPath('content', 'bpjs')`. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}

/** The same as a file URL; a trailing '/' on the last part is kept (a folder to resolve names in). */
export function projectUrl(...parts: string[]): URL {
  const url = pathToFileURL(projectPath(...parts));
  if (parts.at(-1)?.endsWith('/') && !url.href.endsWith('/')) url.pathname += '/';
  return url;
}
