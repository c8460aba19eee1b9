// A tiny HTML template: every interpolated value is escaped unless it is
// already `Safe` (the output of another template). Worker-typed text (employer
// labels, questions) can therefore never become markup.

export class Safe {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESC[ch]!);
}

type Value = Safe | string | number | boolean | null | undefined | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Safe) return v.html;
  if (Array.isArray(v)) return v.map(render).join('');
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return esc(v);
}

export function h(strings: TemplateStringsArray, ...values: Value[]): Safe {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Safe(out);
}

/** JSON for a `<script type="application/json">` block: `<` escaped so no text can close the element. */
export function jsonBlock(value: unknown): Safe {
  return new Safe(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}
