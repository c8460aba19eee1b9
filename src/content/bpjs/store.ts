// The BPJS content the bot speaks from: the last good load of the content
// directory. Reloading a malformed directory keeps the last good content and
// remembers the errors, so an NGO's typo never silences the guide.
import { type FSWatcher, watch } from 'node:fs';
import { projectPath } from '../../core/paths.ts';
import { type BpjsContent, type ContentError, formatContentError, type LoadResult, loadContent } from './load.ts';

/** The content shipped with the code: `content/bpjs/` at the project root. */
export const DEFAULT_CONTENT_DIR = projectPath('content/bpjs/');

let dir = DEFAULT_CONTENT_DIR;
let current: BpjsContent | null = null;
let loadedAt: string | null = null;
let lastErrors: ContentError[] = [];
let version = 0;

function swap(content: BpjsContent): void {
  current = content;
  loadedAt = new Date().toISOString();
  lastErrors = [];
  version++;
}

/** The content in use, loaded on first use. Throws only when no good content was ever loaded. */
export function bpjsContent(): BpjsContent {
  if (!current) {
    const r = loadContent(dir);
    if (!r.ok)
      throw new Error(`The BPJS content in ${dir} is invalid:\n${r.errors.map(formatContentError).join('\n')}`);
    swap(r.content);
  }
  return current!;
}

/** Loads the directory again; on failure keeps what was in use. */
export function reloadContent(): LoadResult {
  const r = loadContent(dir);
  if (r.ok) swap(r.content);
  else lastErrors = r.errors;
  return r;
}

/**
 * Speaks from another directory from now on (BPJS_CONTENT_DIR). When it is
 * malformed and nothing was loaded yet, the content shipped with the code is
 * used until the directory is fixed.
 */
export function useContentDir(next: string): LoadResult {
  dir = next;
  const r = reloadContent();
  if (!r.ok && !current) {
    const fallback = loadContent(DEFAULT_CONTENT_DIR);
    if (fallback.ok) {
      swap(fallback.content);
      lastErrors = r.errors;
    }
  }
  return r;
}

export interface ContentStatus {
  dir: string;
  /** The last load of `dir` succeeded. */
  ok: boolean;
  loadedAt: string | null;
  /** Of the last failed load, formatted. */
  errors: string[];
  version: number;
}

export function contentStatus(): ContentStatus {
  return { dir, ok: lastErrors.length === 0, loadedAt, errors: lastErrors.map(formatContentError), version };
}

/**
 * Reloads whenever a file in the directory changes (editors often write a new
 * file and rename it, so the directory is watched, with a short debounce).
 */
export function watchContent(onReload: (r: LoadResult) => void, debounceMs = 150): () => void {
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { persistent: false }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        onReload(reloadContent());
      }, debounceMs);
    });
    watcher.on('error', () => {
      watcher?.close();
      watcher = null;
    });
  } catch {
    watcher = null;
  }
  return () => {
    if (timer) clearTimeout(timer);
    watcher?.close();
  };
}
