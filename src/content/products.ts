// Main kinds of home work, as stored codes with labels. Order is the menu order.
// The words she may type for each are data: content/lexicon/work.yaml.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectUrl } from '../core/paths.ts';

export const PRODUCTS = [
  { code: 'alas_kaki', id: 'Sandal / sepatu', en: 'Sandals / shoes' },
  { code: 'jahit', id: 'Jahit / pakaian', en: 'Sewing / garments' },
  { code: 'makanan', id: 'Makanan / kue', en: 'Food / snacks' },
  { code: 'rokok', id: 'Rokok', en: 'Cigarettes' },
  { code: 'kerajinan', id: 'Kerajinan', en: 'Handicrafts' },
  { code: 'kemasan', id: 'Packing / kemasan', en: 'Packing' },
  { code: 'lainnya', id: 'Lainnya', en: 'Other' },
] as const;

export type ProductCode = (typeof PRODUCTS)[number]['code'];

/** The goods of an order she did not name ("ambil garapan 4 kodi"), by her main work: shown to her before saving. */
const USUAL_GOODS: Record<ProductCode, string | null> = {
  alas_kaki: 'sandal',
  jahit: 'jahitan',
  makanan: 'makanan',
  rokok: 'rokok',
  kerajinan: 'kerajinan',
  kemasan: 'kemasan',
  lainnya: null,
};

export function usualGoods(code: string | null, other?: string | null): string | null {
  // Her own words for other work, when they are a short name of goods ("bulu mata"), not a sentence.
  if (code === OTHER_PRODUCT) {
    const words = other?.trim() ?? '';
    return words && !/\d/.test(words) && words.split(/\s+/).length <= 3 ? words : null;
  }
  return (USUAL_GOODS as Record<string, string | null>)[code ?? ''] ?? null;
}

/** The code kept for work that is on no list; her own words are kept beside it. */
export const OTHER_PRODUCT: ProductCode = 'lainnya';

/** Longest description of "other" work that is kept (her words, as typed). */
export const MAX_OTHER_WORK = 60;

/** The label of a kind of work; "Lainnya: bulu mata" when it is other work she described. */
export function productLabel(code: string | null, lang: string, other?: string | null): string | null {
  const p = PRODUCTS.find((x) => x.code === code);
  if (!p) return null;
  const label = lang === 'en' ? p.en : p.id;
  return p.code === OTHER_PRODUCT && other ? `${label}: ${other}` : label;
}

// ---- The words per kind of work (content/lexicon/work.yaml)

export type WorkRole = 'does' | 'makes';

export interface WorkWords {
  /** Phrase (lower case, single spaces) -> the kind of work and how it names it. */
  phrases: Map<string, { code: ProductCode; role: WorkRole }>;
  /** Phrases that are no kind of work ("ga tau"). */
  notWork: Set<string>;
  /** The most words in a phrase. */
  longest: number;
}

const WORK_CODES = PRODUCTS.map((p) => p.code).filter((c) => c !== OTHER_PRODUCT) as [ProductCode, ...ProductCode[]];
const words = z.array(z.union([z.string(), z.number()]).transform((w) => String(w).toLowerCase().trim()));
const fileSchema = z.strictObject({
  categories: z.partialRecord(z.enum(WORK_CODES), z.strictObject({ does: words.optional(), makes: words.optional() })),
  notWork: words.optional(),
});

export const WORK_WORDS_FILE = projectUrl('content/lexicon/work.yaml');

/** Reads and checks a words file; a phrase claimed by two kinds of work is a mistake. */
export function loadWorkWords(file: URL = WORK_WORDS_FILE): WorkWords {
  const r = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`content/lexicon/work.yaml: ${z.prettifyError(r.error)}`);
  const phrases: WorkWords['phrases'] = new Map();
  let longest = 1;
  for (const [code, lists] of Object.entries(r.data.categories) as [
    ProductCode,
    { does?: string[]; makes?: string[] },
  ][]) {
    for (const role of ['does', 'makes'] as const) {
      for (const raw of lists[role] ?? []) {
        const phrase = raw.replace(/\s+/g, ' ');
        const had = phrases.get(phrase);
        if (had && had.code !== code)
          throw new Error(`content/lexicon/work.yaml: "${phrase}" is listed for both ${had.code} and ${code}`);
        phrases.set(phrase, { code, role });
        longest = Math.max(longest, phrase.split(' ').length);
      }
    }
  }
  const notWork = new Set((r.data.notWork ?? []).map((w) => w.replace(/\s+/g, ' ')));
  return { phrases, notWork, longest };
}

let cached: WorkWords | null = null;

/** The words file, read once on first use. */
export function workWords(): WorkWords {
  cached ??= loadWorkWords();
  return cached;
}

/**
 * Goods of home work that are on no list of kinds of work (her work is then "Lainnya" in her own words), but
 * are goods all the same when she names them in a record: "juragan darmo bulu mata 50 pak".
 */
export const GOODS_NOT_LISTED: ReadonlySet<string> = new Set([
  'bulu mata',
  'bulu mata palsu',
  'idep',
  'eyelashes',
  'false eyelashes',
  'eyelash',
  'bako',
  'mbako',
  'tembakau',
]);

/** Whether the phrase names goods: on the list of work as what she makes, or among the goods on no list. */
export function isGoods(phrase: string): boolean {
  return workWords().phrases.get(phrase)?.role === 'makes' || GOODS_NOT_LISTED.has(phrase);
}
