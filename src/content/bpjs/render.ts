// Turns content text into what the bot says: figures filled in and formatted
// for the language, unconfirmed figures said as approximate.
import type { BpjsContent } from './load.ts';
import type { Figure, LanguageFile } from './schema.ts';

/**
 * The two sentences figures are said with, from the flows' message catalogue
 * (a flow's `t` fits): declared here so the content does not depend on the flows.
 */
export interface FigureWords {
  (key: 'bpjsMillions', params: { n: string }): string;
  (key: 'bpjsApprox', params: { value: string }): string;
}

function group(n: number, sep: string): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function decimal(n: number, lang: string): string {
  const s = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return lang === 'id' ? s.replace('.', ',') : s;
}

/**
 * Rupiah as the diary shows it and as she types it, in every language:
 * Rp16.800; round millions in words.
 */
export function formatRupiah(value: number, lang: string, t: FigureWords): string {
  if (value >= 1_000_000 && value % 100_000 === 0) return t('bpjsMillions', { n: decimal(value / 1_000_000, lang) });
  return `Rp${group(value, '.')}`;
}

export function formatFigure(f: Figure, lang: string, t: FigureWords): string {
  let s: string;
  if (f.unit === 'contact') s = String(f.value);
  else if (f.unit === 'rupiah') s = formatRupiah(f.value as number, lang, t);
  else if (f.unit === 'percent') s = `${decimal(f.value as number, lang)}%`;
  else s = decimal(f.value as number, lang);
  return f.confirmed || f.unit === 'contact' ? s : t('bpjsApprox', { value: s });
}

/** Fills {figure} names. Names were checked at load time; an unknown one is left as written. */
export function fill(text: string, content: BpjsContent, lang: string, t: FigureWords): string {
  return text.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
    const f = Object.hasOwn(content.figures, name) ? content.figures[name] : undefined;
    return f ? formatFigure(f, lang, t) : whole;
  });
}

/** The texts of a language, falling back to Indonesian. */
export function textsFor(content: BpjsContent, lang: string): LanguageFile {
  return (Object.hasOwn(content.langs, lang) ? content.langs[lang] : undefined) ?? content.langs.id!;
}
