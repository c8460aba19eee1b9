// A free question about BPJS, read for the part of the guide that answers it:
// "gmn caranya daftar bpjs ketenagakerjaan" -> BPJS Ketenagakerjaan, how to
// register. The words and the answers are data: content/lexicon/bpjs-questions.yaml.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectUrl } from '../../core/paths.ts';
import { editDistance, fold } from '../../parse/text.ts';

export const SCHEMES = ['pbi', 'tk', 'jkn'] as const;
export type GuideScheme = (typeof SCHEMES)[number];
export const NEEDS = ['register', 'cost', 'late', 'pay', 'status', 'benefit'] as const;
export type GuideNeed = (typeof NEEDS)[number];

/** A page of the guide: a topic key of content/bpjs/*.yaml and a page index from 0. */
export interface GuidePlace {
  topic: string;
  page: number;
}

export interface GuideQuestion {
  /** She names BPJS (or one of its schemes by its name). */
  named: boolean;
  /** A question the guide does not answer ("berapa lama kartu KIS jadi"): one for the staff. */
  forStaff: boolean;
  schemes: GuideScheme[];
  needs: GuideNeed[];
}

const words = z.array(z.union([z.string(), z.number()]).transform((w) => String(w).toLowerCase().trim()));
const fileSchema = z.strictObject({
  names: words,
  schemes: z.partialRecord(z.enum(SCHEMES), words),
  needs: z.partialRecord(z.enum(NEEDS), words),
  staff: words.optional(),
  answers: z.array(
    z.strictObject({
      scheme: z.enum(SCHEMES),
      need: z.enum(NEEDS).optional(),
      topic: z.string().min(1),
      page: z.number().int().min(1),
    }),
  ),
});

type Answer = z.infer<typeof fileSchema>['answers'][number];

interface Vocabulary<T extends string> {
  phrases: Map<string, T>;
  longest: number;
}

export interface GuideWords {
  names: Vocabulary<'bpjs'>;
  staff: Vocabulary<'staff'>;
  schemes: Vocabulary<GuideScheme>;
  needs: Vocabulary<GuideNeed>;
  answers: Answer[];
}

function vocabulary<T extends string>(lists: Partial<Record<T, string[]>>): Vocabulary<T> {
  const phrases = new Map<string, T>();
  let longest = 1;
  for (const [key, list] of Object.entries(lists) as [T, string[]][]) {
    for (const raw of list) {
      const phrase = raw.replace(/\s+/g, ' ');
      if (!phrases.has(phrase)) phrases.set(phrase, key);
      longest = Math.max(longest, phrase.split(' ').length);
    }
  }
  return { phrases, longest };
}

export const GUIDE_WORDS_FILE = projectUrl('content/lexicon/bpjs-questions.yaml');

export function loadGuideWords(file: URL = GUIDE_WORDS_FILE): GuideWords {
  const r = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`content/lexicon/bpjs-questions.yaml: ${z.prettifyError(r.error)}`);
  return {
    names: vocabulary({ bpjs: r.data.names }),
    staff: vocabulary({ staff: r.data.staff ?? [] }),
    schemes: vocabulary(r.data.schemes),
    needs: vocabulary(r.data.needs),
    answers: r.data.answers,
  };
}

let cached: GuideWords | null = null;
function guideWords(): GuideWords {
  cached ??= loadGuideWords();
  return cached;
}

const tokensOf = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/** Every key her words name, longest phrase first; long single words also with up to two typos. */
function find<T extends string>(tokens: string[], v: Vocabulary<T>): T[] {
  const found = new Set<T>();
  for (let i = 0; i < tokens.length; ) {
    let took = 0;
    for (let n = Math.min(v.longest, tokens.length - i); n >= 1 && !took; n--) {
      const key = v.phrases.get(tokens.slice(i, i + n).join(' '));
      if (key) {
        found.add(key);
        took = n;
      }
    }
    const word = tokens[i]!;
    if (!took && word.length >= 7) {
      for (const [phrase, key] of v.phrases) {
        if (phrase.length >= 7 && !phrase.includes(' ') && editDistance(word, phrase) <= 2) {
          found.add(key);
          break;
        }
      }
    }
    i += took || 1;
  }
  return [...found];
}

/** What a free message asks about BPJS, or null when it names neither BPJS, a scheme nor a need. */
export function readGuideQuestion(text: string, gw: GuideWords = guideWords()): GuideQuestion | null {
  const tokens = tokensOf(text);
  if (!tokens.length) return null;
  const named = find(tokens, gw.names).length > 0;
  const forStaff = find(tokens, gw.staff).length > 0;
  const schemes = find(tokens, gw.schemes);
  const needs = find(tokens, gw.needs);
  if (!named && !schemes.length && !needs.length) return null;
  return { named, forStaff, schemes, needs };
}

/** The page that answers it, once the scheme is known; null when no scheme is named. */
export function guidePlace(
  q: Pick<GuideQuestion, 'schemes' | 'needs'>,
  gw: GuideWords = guideWords(),
): GuidePlace | null {
  const a = gw.answers.find((x) => q.schemes.includes(x.scheme) && (!x.need || q.needs.includes(x.need)));
  return a ? { topic: a.topic, page: a.page - 1 } : null;
}

/** Topic keys the answers point at, for checking them against the guide's content. */
export function guideTopics(gw: GuideWords = guideWords()): string[] {
  return [...new Set(gw.answers.map((a) => a.topic))];
}
