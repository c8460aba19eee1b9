// Reads and checks the BPJS content directory: figures.yaml plus one file per
// language. Pure apart from reading the files: a failure is a list of errors,
// each naming the file, the line, the place and what is expected.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { editDistance } from '../../core/edit-distance.ts';
import {
  AIM_PAGE,
  type Figure,
  type FiguresFile,
  figuresFileSchema,
  type LanguageFile,
  languageFileSchema,
} from './schema.ts';

export interface ContentError {
  file: string;
  line: number | null;
  column: number | null;
  /** Where in the file, e.g. topics[0].pages[2]. */
  place: string;
  expected: string;
  got?: string;
}

export interface BpjsContent {
  dir: string;
  settings: FiguresFile['settings'];
  /** The figures of figures.yaml plus the derived ones (bpuCheapest, bpuWithJht). */
  figures: Record<string, Figure>;
  /** Language code -> its texts. Indonesian is always present. */
  langs: Record<string, LanguageFile>;
}

export type LoadResult = { ok: true; content: BpjsContent; warnings: string[] } | { ok: false; errors: ContentError[] };

/** Figures the code itself uses (cost arithmetic, official channels). */
export const REQUIRED_FIGURES = ['jkkMin', 'jkm', 'jhtRate', 'bpuMinIncome', 'jknClass3', 'tkCallCenter', 'pandawa'];
export const DERIVED_FIGURES = ['bpuCheapest', 'bpuWithJht'];
/** Figures that name an official channel: a text using an unconfirmed figure must name one. */
export const OFFICIAL_CHANNELS = ['tkCallCenter', 'pandawa'];
export const REFERENCE_LANG = 'id';

export function formatContentError(e: ContentError): string {
  const at = e.line ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file;
  return `${at}: ${e.place}: expected ${e.expected}${e.got ? ` (got ${e.got})` : ''}`;
}

type Path = (string | number)[];

function placeOf(path: Path): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s || '(whole file)';
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing: it is missing';
  if (v === null) return 'an empty value';
  if (typeof v === 'string')
    return `text "${v.length > 30 ? `${v.slice(0, 30)}…` : v}"${v.length > 30 ? ` of ${v.length} characters` : ''}`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'a section';
}

function valueAt(data: unknown, path: Path): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

/** The parsed file with what is needed to point at a line. */
interface Parsed {
  file: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

function position(p: Parsed, path: Path, atKey = false): { line: number | null; column: number | null } {
  const last = path[path.length - 1];
  if (atKey && typeof last === 'string') {
    // Point at the key itself (a misspelt key), not at its value.
    const parent = path.length > 1 ? p.doc.getIn(path.slice(0, -1), true) : p.doc.contents;
    const pair = isMap(parent) ? parent.items.find((i) => isScalar(i.key) && i.key.value === last) : undefined;
    const range = isScalar(pair?.key) ? pair.key.range : undefined;
    if (range) {
      const { line, col } = p.lines.linePos(range[0]);
      return { line, column: col };
    }
  }
  // The deepest node that exists along the path (a missing key points at its parent).
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? p.doc.contents : p.doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      const { line, col } = p.lines.linePos(range[0]);
      return { line, column: col };
    }
  }
  return { line: null, column: null };
}

function errorAt(p: Parsed, path: Path, expected: string, got?: string, atKey = false): ContentError {
  return { file: p.file, ...position(p, path, atKey), place: placeOf(path), expected, ...(got ? { got } : {}) };
}

function readYaml(dir: string, name: string): Parsed | ContentError {
  let src: string;
  try {
    src = readFileSync(join(dir, name), 'utf8');
  } catch {
    return { file: name, line: null, column: null, place: '(file)', expected: `the file ${name} in ${dir}` };
  }
  const lines = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lines, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const pos = lines.linePos(err.pos[0]);
    return {
      file: name,
      line: pos.line,
      column: pos.col,
      place: 'YAML syntax',
      expected: `valid YAML: ${err.message.split(/ at line \d+/)[0]!.trim()} (check indentation, quotes and colons)`,
    };
  }
  return { file: name, doc, lines, data: doc.toJS() };
}

function zodErrors(p: Parsed, issues: z.core.$ZodIssue[]): ContentError[] {
  return issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      return errorAt(p, [...path, key], `no key "${key}" here: check its spelling and indentation`, undefined, true);
    }
    const got = valueAt(p.data, path);
    // A union/record error on a whole value is clearer with what was found.
    return errorAt(p, path, issue.message, describe(got));
  });
}

function parseWith<T>(p: Parsed, schema: z.ZodType<T>): { value: T } | { errors: ContentError[] } {
  const r = schema.safeParse(p.data);
  if (r.success) return { value: r.data };
  return { errors: zodErrors(p, r.error.issues) };
}

const PLACEHOLDER = /\{([^{}\s]*)\}/g;

/** Names used in a text, and a problem with its braces if any. */
export function placeholders(text: string): { names: string[]; broken: boolean } {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const rest = text.replace(PLACEHOLDER, '');
  return { names, broken: /[{}]/.test(rest) };
}

function closest(name: string, known: string[]): string | null {
  let best: string | null = null;
  let bestD = 3;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/** Every text of a language file with its path. */
function textsOf(lf: LanguageFile): { path: Path; text: string }[] {
  const out: { path: Path; text: string }[] = [];
  lf.topics.forEach((t, i) => {
    t.pages.forEach((page, j) => {
      out.push({ path: ['topics', i, 'pages', j], text: page });
    });
  });
  for (const [group, texts] of Object.entries(lf.advice))
    for (const [k, v] of Object.entries(texts)) out.push({ path: ['advice', group, k], text: v });
  for (const [k, v] of Object.entries(lf.obstacles)) out.push({ path: ['obstacles', k], text: v });
  return out;
}

function checkTexts(p: Parsed, lf: LanguageFile, figures: Record<string, Figure>, warnings: string[]): ContentError[] {
  const errors: ContentError[] = [];
  const known = Object.keys(figures);
  for (const { path, text } of textsOf(lf)) {
    const { names, broken } = placeholders(text);
    if (broken) errors.push(errorAt(p, path, 'figure names in matching braces, like {jkm}'));
    for (const name of names) {
      if (figures[name]) continue;
      const guess = closest(name, known);
      errors.push(
        errorAt(
          p,
          path,
          `a figure name from figures.yaml in {braces}${guess ? `: did you mean {${guess}}?` : ''}`,
          `{${name}}`,
        ),
      );
    }
    const unconfirmed = names.filter((n) => figures[n] && !figures[n]!.confirmed);
    if (unconfirmed.length && !names.some((n) => OFFICIAL_CHANNELS.includes(n))) {
      errors.push(
        errorAt(
          p,
          path,
          `an official channel too (${OFFICIAL_CHANNELS.map((c) => `{${c}}`).join(' or ')}), because {${unconfirmed[0]}} is not confirmed`,
        ),
      );
    }
    if (text.length > AIM_PAGE) {
      const { line } = position(p, path);
      warnings.push(`${p.file}:${line ?? '?'}: ${placeOf(path)} has ${text.length} characters; aim at about 300`);
    }
  }
  return errors;
}

export function deriveFigures(figures: Record<string, Figure>): Record<string, Figure> {
  const n = (k: string) => figures[k]!.value as number;
  const parts = ['jkkMin', 'jkm', 'jhtRate', 'bpuMinIncome'].map((k) => figures[k]!);
  const meta = {
    unit: 'rupiah' as const,
    year: Math.max(...parts.map((f) => f.year)),
    checkedOn: parts.map((f) => f.checkedOn).sort()[0]!,
    // No official page states these totals: the bot says them as approximate.
    confirmed: false,
  };
  const cheapest = n('jkkMin') + n('jkm');
  return {
    ...figures,
    bpuCheapest: { ...meta, value: cheapest, source: 'sum of jkkMin and jkm (figures.yaml)' },
    bpuWithJht: {
      ...meta,
      value: cheapest + Math.round((n('jhtRate') * n('bpuMinIncome')) / 100),
      source: 'bpuCheapest plus jhtRate of bpuMinIncome (figures.yaml)',
    },
  };
}

/** Loads and checks a content directory. Never throws for bad content. */
export function loadContent(dir: string): LoadResult {
  const errors: ContentError[] = [];
  const warnings: string[] = [];

  const fp = readYaml(dir, 'figures.yaml');
  if (!('doc' in fp)) return { ok: false, errors: [fp] };
  const fr = parseWith(fp, figuresFileSchema);
  if ('errors' in fr) return { ok: false, errors: fr.errors };
  for (const name of REQUIRED_FIGURES) {
    if (!fr.value.figures[name])
      errors.push(errorAt(fp, ['figures'], `a figure named ${name} (the bot computes with it)`));
  }
  for (const name of DERIVED_FIGURES) {
    if (fr.value.figures[name])
      errors.push(errorAt(fp, ['figures', name], `no figure named ${name}: it is computed from the others`));
  }
  for (const name of ['jkkMin', 'jkm', 'jhtRate', 'bpuMinIncome', 'jknClass3']) {
    const f = fr.value.figures[name];
    if (f && f.unit !== (name === 'jhtRate' ? 'percent' : 'rupiah'))
      errors.push(errorAt(fp, ['figures', name, 'unit'], name === 'jhtRate' ? 'percent' : 'rupiah', f.unit));
  }
  for (const name of OFFICIAL_CHANNELS) {
    const f = fr.value.figures[name];
    if (f && f.unit !== 'contact') errors.push(errorAt(fp, ['figures', name, 'unit'], 'contact', f.unit));
  }
  if (errors.length) return { ok: false, errors };
  const figures = deriveFigures(fr.value.figures);

  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f) && f !== 'figures.yaml')
      .sort();
  } catch {
    return {
      ok: false,
      errors: [{ file: dir, line: null, column: null, place: '(directory)', expected: 'a readable directory' }],
    };
  }
  if (!files.some((f) => f.replace(/\.ya?ml$/, '') === REFERENCE_LANG))
    errors.push({
      file: `${REFERENCE_LANG}.yaml`,
      line: null,
      column: null,
      place: '(file)',
      expected: `the Indonesian texts in ${REFERENCE_LANG}.yaml`,
    });

  const langs: Record<string, LanguageFile> = {};
  const parsed: Record<string, Parsed> = {};
  for (const file of files) {
    const p = readYaml(dir, file);
    if (!('doc' in p)) {
      errors.push(p);
      continue;
    }
    const lr = parseWith(p, languageFileSchema);
    if ('errors' in lr) {
      errors.push(...lr.errors);
      continue;
    }
    const code = basename(file).replace(/\.ya?ml$/, '');
    if (lr.value.lang !== code) {
      errors.push(errorAt(p, ['lang'], `"${code}", the name of this file`, `"${lr.value.lang}"`));
      continue;
    }
    errors.push(...checkTexts(p, lr.value, figures, warnings));
    langs[code] = lr.value;
    parsed[code] = p;
  }

  // Every language offers the same topics as the Indonesian file, so a menu number means the same everywhere.
  const ref = langs[REFERENCE_LANG];
  if (ref) {
    const refKeys = ref.topics.map((t) => t.key);
    for (const [code, lf] of Object.entries(langs)) {
      if (code === REFERENCE_LANG) continue;
      const keys = lf.topics.map((t) => t.key);
      const p = parsed[code]!;
      if (keys.join(',') !== refKeys.join(',')) {
        const missing = refKeys.filter((k) => !keys.includes(k));
        const extra = keys.filter((k) => !refKeys.includes(k));
        errors.push(
          errorAt(
            p,
            ['topics'],
            `the topics of ${REFERENCE_LANG}.yaml in the same order (${refKeys.join(', ')})`,
            [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `extra ${extra.join(', ')}` : '']
              .filter(Boolean)
              .join('; ') || keys.join(', '),
          ),
        );
      }
    }
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, content: { dir, settings: fr.value.settings, figures, langs }, warnings };
}
