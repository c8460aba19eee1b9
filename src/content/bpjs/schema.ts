// The shape of the BPJS guide's content files, checked by zod. Every message
// says what is expected in words an editor at an NGO can act on.
import { z } from 'zod';

export const JKN_STATUSES = ['pbi', 'mandiri', 'mandiri_arrears', 'none', 'unknown'] as const;
export const TK_STATUSES = ['active', 'inactive', 'none', 'unknown'] as const;
export const OBSTACLES = ['documents', 'cost', 'family', 'dont_know_how', 'other'] as const;
export type JknStatus = (typeof JKN_STATUSES)[number];
export type TkStatus = (typeof TK_STATUSES)[number];
export type Obstacle = (typeof OBSTACLES)[number];

export const UNITS = ['rupiah', 'percent', 'days', 'months', 'years', 'dayOfMonth', 'count', 'contact'] as const;

/** Longest page text as written (figures filled in may add a little): one message, well under 1000. */
export const MAX_PAGE = 700;
/** A page longer than this is accepted but reported, to keep messages short on a basic phone. */
export const AIM_PAGE = 400;

const text = (what: string, max = MAX_PAGE) =>
  z
    .string({ error: what })
    .refine((s) => s.trim().length > 0, `${what}, not empty`)
    .refine((s) => s.length <= max, `${what} of at most ${max} characters`);

const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const figureSchema = z
  .strictObject(
    {
      value: z.union([z.number(), z.string()], { error: 'a number (or, for a contact, its text)' }),
      unit: z.enum(UNITS, { error: `one of: ${UNITS.join(', ')}` }),
      year: z
        .number({ error: 'a year such as 2021' })
        .int('a year such as 2021')
        .min(1990, 'a year from 1990 to 2100')
        .max(2100, 'a year from 1990 to 2100'),
      source: z.string({ error: 'the source as text' }).min(3, 'the source as text (regulation or page)'),
      checkedOn: z
        .string({ error: 'a day written YYYY-MM-DD' })
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD')
        .refine(isRealDay, 'a real calendar day written YYYY-MM-DD'),
      confirmed: z.boolean({ error: 'true or false' }),
      note: z.string({ error: 'text' }).optional(),
    },
    { error: 'a figure with value, unit, year, source, checkedOn and confirmed' },
  )
  .superRefine((f, ctx) => {
    if (f.unit === 'contact') {
      if (typeof f.value !== 'string' || !f.value.trim())
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'the contact as text in quotes, e.g. "175"' });
      return;
    }
    if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value < 0) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `a number of ${f.unit}, 0 or more` });
      return;
    }
    if (f.unit === 'rupiah' && !Number.isInteger(f.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'whole rupiah, without dots or commas (e.g. 16800)' });
    if (f.unit === 'dayOfMonth' && (!Number.isInteger(f.value) || f.value < 1 || f.value > 31))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a day of the month from 1 to 31' });
  });

export type Figure = z.infer<typeof figureSchema>;

const FIGURE_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

export const figuresFileSchema = z.strictObject(
  {
    settings: z.strictObject(
      {
        followUpDays: z
          .number({ error: 'a whole number of days from 1 to 90' })
          .int('a whole number of days from 1 to 90')
          .min(1, 'a whole number of days from 1 to 90')
          .max(90, 'a whole number of days from 1 to 90'),
        recheckMonths: z
          .number({ error: 'a whole number of months from 1 to 24' })
          .int('a whole number of months from 1 to 24')
          .min(1, 'a whole number of months from 1 to 24')
          .max(24, 'a whole number of months from 1 to 24'),
      },
      { error: 'a "settings:" section with followUpDays and recheckMonths' },
    ),
    figures: z
      .record(z.string(), figureSchema, { error: 'a "figures:" section, one figure per name' })
      .superRefine((rec, ctx) => {
        for (const name of Object.keys(rec)) {
          if (!FIGURE_NAME.test(name))
            ctx.addIssue({
              code: 'custom',
              path: [name],
              message: 'a name of letters and digits only, e.g. jknClass3',
            });
        }
      }),
  },
  { error: 'a file with "settings:" and "figures:" sections' },
);
export type FiguresFile = z.infer<typeof figuresFileSchema>;

const topicSchema = z.strictObject(
  {
    key: z
      .string({ error: 'a short key of lower-case letters, digits and _' })
      .regex(/^[a-z][a-z0-9_]*$/, 'a short key of lower-case letters, digits and _'),
    title: text('the title as text', 60),
    pages: z
      .array(text('the page as text'), { error: 'a list of pages, each starting with "- "' })
      .min(1, 'at least one page'),
  },
  { error: 'a topic with key, title and pages' },
);

const keyed = <K extends string>(keys: readonly K[], what: string) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, text(`the ${what} text for "${k}"`)])) as Record<K, ReturnType<typeof text>>,
    { error: `a section with ${keys.join(', ')}` },
  );

export const languageFileSchema = z.strictObject(
  {
    lang: z.string({ error: 'the language code, e.g. id' }).regex(/^[a-z]{2,3}$/, 'the language code, e.g. id'),
    topics: z
      .array(topicSchema, { error: 'a list of topics' })
      .min(1, 'at least one topic')
      .max(6, 'at most 6 topics (the BPJS menu must fit a small screen)')
      .superRefine((topics, ctx) => {
        const seen = new Set<string>();
        topics.forEach((t, i) => {
          if (seen.has(t.key))
            ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `a key not used before ("${t.key}" is twice)` });
          seen.add(t.key);
        });
      }),
    advice: z.strictObject(
      { jkn: keyed(JKN_STATUSES, 'advice'), bpjs_tk: keyed(TK_STATUSES, 'advice') },
      { error: 'an "advice:" section with jkn and bpjs_tk' },
    ),
    obstacles: keyed(OBSTACLES, 'obstacle'),
  },
  { error: 'a file with lang, topics, advice and obstacles' },
);
export type LanguageFile = z.infer<typeof languageFileSchema>;
