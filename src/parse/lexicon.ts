// The words women type, loaded once from content/lexicon/*.yaml (Indonesian,
// Javanese, English) and merged: a message may mix all three. Adding a word
// is editing a YAML file; this module only checks the shape and indexes them.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectUrl } from '../core/paths.ts';
import type { UnitCode } from './units.ts';

/** The kinds of entry an intent word names (the reader's entries, src/read/entry.ts). */
type EntryKind = 'order' | 'handin' | 'payment' | 'kasbon' | 'hours' | 'cost';

export const LEXICON_LANGS = ['id', 'jv', 'en'] as const;
const KINDS = ['order', 'handin', 'payment', 'kasbon', 'hours', 'cost'] as const;
const UNIT_CODES = ['pcs', 'pasang', 'kodi', 'lusin', 'gros', 'rim', 'kg', 'pak', 'ikat'] as const;

const words = z.array(z.union([z.string(), z.number()]).transform((w) => String(w).toLowerCase().trim()));
const numberValue = z.union([z.number(), z.tuple([z.number(), z.number()])]);
const schema = z
  .object({
    intents: z.partialRecord(z.enum(KINDS), words),
    numbers: z.record(z.string(), numberValue),
    multipliers: z.record(z.string(), z.number()),
    scales: z.record(z.string(), z.number()),
    fractions: z.record(z.string(), z.number()),
    units: z.partialRecord(z.enum(UNIT_CODES), words),
    days: z.record(z.string(), z.number().int()),
    weekdays: z.record(z.string(), z.number().int().min(0).max(6)),
    timeOfDay: z.record(z.string(), z.object({ start: z.number().int().min(0).max(23), pm: z.boolean() })),
    night: words,
    next: words,
    last: words,
    this: words,
    week: words,
    yes: words,
    no: words,
    none: words,
    reject: words,
    deduction: words,
    debt: words,
    helped: words,
    alone: words,
    child: words,
    honorifics: words,
    from: words,
    to: words,
    rate: words,
    rateNotTold: words,
    per: words,
    less: words,
    due: words,
    hour: words,
    minute: words,
    clock: words,
    until: words,
    smallTalk: words,
    commands: words,
    filler: words,
  })
  .partial()
  .strict();

export type LexiconFile = z.infer<typeof schema>;

const SETS = [
  'night',
  'next',
  'last',
  'this',
  'week',
  'yes',
  'no',
  'none',
  'reject',
  'deduction',
  'debt',
  'helped',
  'alone',
  'child',
  'honorifics',
  'from',
  'to',
  'rate',
  'rateNotTold',
  'per',
  'less',
  'due',
  'hour',
  'minute',
  'clock',
  'until',
  'smallTalk',
  'commands',
  'filler',
] as const;
export type WordSet = (typeof SETS)[number];

export interface Lexicon {
  /** Phrase -> the kind of entry it says; a phrase may be claimed by one kind only (first file wins). */
  intents: Map<string, EntryKind>;
  numbers: Map<string, number | [number, number]>;
  multipliers: Map<string, number>;
  scales: Map<string, number>;
  fractions: Map<string, number>;
  units: Map<string, UnitCode>;
  days: Map<string, number>;
  weekdays: Map<string, number>;
  timeOfDay: Map<string, { start: number; pm: boolean }>;
  sets: Record<WordSet, Set<string>>;
  /** The most words in any phrase, for longest-match scanning. */
  longest: number;
}

export const LEXICON_DIR = projectUrl('content/lexicon/');

const loaded = new Map<string, LexiconFile>();

/** One language's file; the project's own files are read once (the reader and the unit table both use them). */
export function loadLexiconFile(lang: string, dir: URL = LEXICON_DIR): LexiconFile {
  const key = new URL(`${lang}.yaml`, dir).href;
  let f = loaded.get(key);
  if (!f) {
    f = readLexiconFile(lang, dir);
    if (dir === LEXICON_DIR) loaded.set(key, f);
  }
  return f;
}

function readLexiconFile(lang: string, dir: URL): LexiconFile {
  const text = readFileSync(new URL(`${lang}.yaml`, dir), 'utf8');
  const r = schema.safeParse(parse(text));
  if (!r.success) throw new Error(`content/lexicon/${lang}.yaml: ${z.prettifyError(r.error)}`);
  return r.data;
}

export function buildLexicon(files: LexiconFile[]): Lexicon {
  const lex: Lexicon = {
    intents: new Map(),
    numbers: new Map(),
    multipliers: new Map(),
    scales: new Map(),
    fractions: new Map(),
    units: new Map(),
    days: new Map(),
    weekdays: new Map(),
    timeOfDay: new Map(),
    sets: Object.fromEntries(SETS.map((s) => [s, new Set<string>()])) as Record<WordSet, Set<string>>,
    longest: 1,
  };
  const seen = (w: string) => {
    lex.longest = Math.max(lex.longest, w.split(' ').length);
  };
  const into = <V>(m: Map<string, V>, rec: Record<string, V> | undefined) => {
    for (const [k, v] of Object.entries(rec ?? {})) {
      const w = k.toLowerCase().trim();
      if (!m.has(w)) m.set(w, v);
      seen(w);
    }
  };
  for (const f of files) {
    for (const kind of KINDS) {
      for (const w of f.intents?.[kind] ?? []) {
        if (!lex.intents.has(w)) lex.intents.set(w, kind);
        seen(w);
      }
    }
    into(lex.numbers, f.numbers);
    into(lex.multipliers, f.multipliers);
    into(lex.scales, f.scales);
    into(lex.fractions, f.fractions);
    into(lex.days, f.days);
    into(lex.weekdays, f.weekdays);
    into(lex.timeOfDay, f.timeOfDay);
    for (const code of UNIT_CODES) {
      for (const w of f.units?.[code] ?? []) {
        if (!lex.units.has(w)) lex.units.set(w, code);
        seen(w);
      }
    }
    for (const s of SETS) {
      for (const w of f[s] ?? []) {
        lex.sets[s].add(w);
        seen(w);
      }
    }
  }
  return lex;
}

let cached: Lexicon | null = null;

/** The merged lexicon of every language, loaded on first use. */
export function lexicon(): Lexicon {
  cached ??= buildLexicon(LEXICON_LANGS.map((l) => loadLexiconFile(l)));
  return cached;
}
