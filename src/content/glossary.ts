// What the diary's words mean (content/glossary.yaml), for the answer to
// "kasbon ki opo?" at any point of a conversation.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectUrl } from '../core/paths.ts';

const schema = z.object({
  terms: z.array(
    z.object({
      words: z.array(z.string().regex(/^[a-z][a-z -]*$/)).min(1),
      id: z.string().min(1),
      en: z.string().min(1),
    }),
  ),
});

export type GlossaryTerm = z.infer<typeof schema>['terms'][number];

let loaded: GlossaryTerm[] | null = null;
/** Read on first use. */
export const glossary = (): GlossaryTerm[] =>
  (loaded ??= schema.parse(parse(readFileSync(projectUrl('content/glossary.yaml'), 'utf8'))).terms);
