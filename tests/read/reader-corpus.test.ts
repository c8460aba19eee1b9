// The reader measured on its corpus (tests/corpus/*.yaml): the share of messages read exactly
// right (a floor that only goes up), and, stricter, that no amount, rate, quantity or time is
// ever read wrong by a factor (10, 1000, a dropped "per N"): a wage diary can live with a
// question asked again, not with Rp750.000 written down for Rp75.000.
//
// The table (per kind, per style, the first failures with what was expected and what came out)
// goes to a file under the OS temp dir; the test prints its path in one line.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellNumber } from '../../src/parse/number.ts';
import type { UnitCode } from '../../src/parse/units.ts';
import type { Reading } from '../../src/read/entry.ts';
import { readMessage } from '../../src/read/reader.ts';
import { type CorpusItem, type ExpectedEntry, judge, loadCorpus, STYLES, toExpected, UNIT_PIECES } from './corpus.ts';

/**
 * The floor for the share of corpus messages read exactly right (what is stored: see `stored` in corpus.ts).
 * Measured 0.968 (722 of 746) on 2026-12-02, rounded down to the whole percent; it was 0.538 before this
 * session's work on the reader. The corpus was also what the reader was tuned on: tests/read/holdout.test.ts
 * measures messages it never saw. Raise it as the reader improves; never below 0.5.
 */
const MIN_RIGHT = 0.96;

/**
 * Corpus texts the reader reads wrong by a factor today, each with what goes wrong: the factor
 * check skips them, and fails when one of them is read right again (take it off then).
 */
const KNOWN_FACTOR_BUGS: readonly string[] = [];

/** How many failures the report file shows. */
const SHOW_FAILURES = 40;

const items = loadCorpus();
const readings = new Map<CorpusItem, Reading>(items.map((it) => [it, readMessage(it.text, it.now)]));
const where = (it: CorpusItem) => `${it.file}#${it.index} [${it.style}] "${it.text}"`;

/** The kinds of entry a message expects, or "none" for a message that is no entry. */
const kindsOf = (it: CorpusItem) => (it.expect.length ? [...new Set(it.expect.map((e) => e.kind))] : ['none']);

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');

// --- Wrong by a factor ------------------------------------------------------------------------

const FACTORS = [10, 1000, 1 / 10, 1 / 1000];

/** The factor `got` is off from `want` by, when it is one of FACTORS. */
function factor(got: number | undefined, want: number | undefined): number | undefined {
  if (got === undefined || want === undefined || !(got > 0) || !(want > 0)) return undefined;
  const r = got / want;
  return FACTORS.find((f) => Math.abs(r / f - 1) < 1e-9);
}

type Rate = { amount: number; per?: UnitCode; count: number };
type Amounted = { amount?: { amount: number }; deduction?: { amount: number } };

/** The figures of an entry that must never be off by a factor, by name. */
function figures(e: ExpectedEntry): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  const a = e as Amounted;
  out.amount = a.amount?.amount;
  out.deduction = a.deduction?.amount;
  if (e.kind === 'order') {
    out['qty.pieces'] = e.qty?.pieces;
    out['qty.count'] = e.qty?.count;
    out['rate.amount'] = e.rate?.amount;
    out['rate.count'] = e.rate?.count;
  }
  if (e.kind === 'handin') {
    out['delivered.pieces'] = e.delivered?.pieces;
    out['delivered.count'] = e.delivered?.count;
    out.rejected = e.rejected;
  }
  if (e.kind === 'hours') out.minutes = e.minutes;
  return out;
}

/** Rupiah per piece of a rate, when it says what it is for. */
const perPiece = (r: Rate | undefined) => (r?.per ? r.amount / (r.count * UNIT_PIECES[r.per]) : undefined);

/** What is wrong by a factor in `got` against `want` (an entry of the same kind). */
function factorErrors(want: ExpectedEntry, got: ExpectedEntry): string[] {
  const errs: string[] = [];
  const w = figures(want);
  const g = figures(got);
  for (const [name, value] of Object.entries(w)) {
    const f = factor(g[name], value);
    if (f !== undefined) errs.push(`${want.kind} ${name} ${g[name]} for ${value} (x${f})`);
  }
  if (want.kind === 'order' && got.kind === 'order' && want.rate && got.rate) {
    const f = factor(perPiece(got.rate), perPiece(want.rate));
    if (f !== undefined) errs.push(`order rate per piece ${perPiece(got.rate)} for ${perPiece(want.rate)} (x${f})`);
    if (want.rate.count > 1 && got.rate.count === 1)
      errs.push(`order rate "per ${want.rate.count}" dropped: ${JSON.stringify(got.rate)}`);
  }
  return errs;
}

/** Pairs each expected entry with the reader's entry of the same kind at the same place among that kind. */
function pairs(want: ExpectedEntry[], got: ExpectedEntry[]): [ExpectedEntry, ExpectedEntry][] {
  const out: [ExpectedEntry, ExpectedEntry][] = [];
  const seen = new Map<string, number>();
  for (const w of want) {
    const k = seen.get(w.kind) ?? 0;
    seen.set(w.kind, k + 1);
    const g = got.filter((x) => x.kind === w.kind)[k];
    if (g) out.push([w, g]);
  }
  return out;
}

// --- The report file --------------------------------------------------------------------------

function report(): { text: string; right: number } {
  const rows: string[] = [];
  const judged = items.map((it) => ({ it, j: judge(it, readings.get(it)!) }));
  const right = judged.filter((x) => x.j.right).length;
  const line = (label: string, n: number, of: number, extra = '') =>
    rows.push(
      `${label.padEnd(10)} ${String(n).padStart(4)} / ${String(of).padEnd(4)} ${pct(n, of).padStart(6)}${extra}`,
    );

  rows.push(`Reader corpus: ${right} of ${items.length} messages read exactly right (${pct(right, items.length)})`);
  rows.push('', 'Per kind (messages expecting that kind, all right | entries of that kind right at their place)');
  const kinds = ['order', 'handin', 'payment', 'kasbon', 'hours', 'cost', 'none'];
  for (const k of kinds) {
    const its = judged.filter((x) => kindsOf(x.it).includes(k));
    const ents = judged
      .flatMap((x) => x.it.expect.map((e, i) => ({ e, ok: x.j.entryRight[i]! })))
      .filter((x) => x.e.kind === k);
    const entryPart =
      k === 'none'
        ? ''
        : `   | entries ${ents.filter((x) => x.ok).length} / ${ents.length} ${pct(ents.filter((x) => x.ok).length, ents.length)}`;
    line(k, its.filter((x) => x.j.right).length, its.length, entryPart);
  }
  rows.push('', 'Per style');
  for (const s of STYLES) {
    const its = judged.filter((x) => x.it.style === s);
    line(s, its.filter((x) => x.j.right).length, its.length);
  }
  line('overall', right, items.length);
  const failed = judged.filter((x) => !x.j.right);
  rows.push('', `The first ${Math.min(SHOW_FAILURES, failed.length)} of ${failed.length} failures`);
  for (const { it, j } of failed.slice(0, SHOW_FAILURES)) {
    const r = readings.get(it)!;
    rows.push('', where(it));
    if (it.note) rows.push(`  note:     ${it.note}`);
    const extra = (c?: string, s?: boolean) => `${c ? ` command=${c}` : ''}${s ? ' smallTalk' : ''}`;
    rows.push(`  expected: ${JSON.stringify(it.expect)}${extra(it.command, it.smallTalk)}`);
    rows.push(`  got:      ${JSON.stringify(j.got)}${extra(r.command, r.smallTalk)}`);
  }
  return { text: `${rows.join('\n')}\n`, right };
}

// --- Tests --------------------------------------------------------------------------------------

describe('the reader on its corpus', () => {
  it(`reads at least ${Math.round(MIN_RIGHT * 100)}% of the messages exactly right`, () => {
    expect(MIN_RIGHT).toBeGreaterThanOrEqual(0.5);
    const { text, right } = report();
    const file = join(tmpdir(), 'upahku-reader-corpus.txt');
    writeFileSync(file, text);
    console.log(
      `reader corpus: ${right}/${items.length} right (${pct(right, items.length)}); table and failures in ${file}`,
    );
    expect(right / items.length).toBeGreaterThanOrEqual(MIN_RIGHT);
  });

  it('never reads an amount, a rate, a quantity or a time wrong by a factor of 10 or 1000', () => {
    const wrong: string[] = [];
    const stillKnown: string[] = [];
    for (const it of items) {
      const got = judge(it, readings.get(it)!).got;
      const errs = pairs(it.expect, got).flatMap(([w, g]) => factorErrors(w, g));
      if (KNOWN_FACTOR_BUGS.includes(it.text)) {
        if (errs.length) stillKnown.push(it.text);
        continue;
      }
      if (errs.length) wrong.push(`${where(it)}: ${errs.join('; ')}`);
    }
    expect(wrong, `read wrong by a factor:\n${wrong.join('\n')}`).toEqual([]);
    // A known bug fixed: take it off KNOWN_FACTOR_BUGS.
    expect([...stillKnown].sort()).toEqual([...KNOWN_FACTOR_BUGS].sort());
  });

  it('the factor check catches what it is meant to', () => {
    const order = (rate: Rate, pieces = 20): ExpectedEntry => ({
      kind: 'order',
      qty: { count: 1, unit: 'kodi', pieces },
      rate,
    });
    const pay = (amount: number): ExpectedEntry => ({ kind: 'payment', amount: { amount } });
    expect(factorErrors(pay(75_000), pay(750_000))).toHaveLength(1);
    expect(factorErrors(pay(75_000), pay(75))).toHaveLength(1);
    expect(factorErrors(pay(75_000), pay(7_500))).toHaveLength(1);
    expect(factorErrors(pay(75_000), pay(70_000))).toEqual([]);
    expect(factorErrors(pay(75_000), pay(75_000))).toEqual([]);
    // "14rb per seribu": 14 rupiah a piece, not 14.000.
    const perThousand = order({ amount: 14_000, per: 'pcs', count: 1000 });
    expect(factorErrors(perThousand, order({ amount: 14_000, per: 'pcs', count: 1 })).length).toBeGreaterThan(0);
    expect(factorErrors(perThousand, perThousand)).toEqual([]);
    expect(
      factorErrors(order({ amount: 3000, per: 'kodi', count: 1 }), order({ amount: 3000, count: 1 }, 200)),
    ).toEqual(['order qty.pieces 200 for 20 (x10)']);
    expect(factorErrors({ kind: 'hours', minutes: 90 }, { kind: 'hours', minutes: 900 })).toHaveLength(1);
  });
});

// --- Amounts read back to themselves ------------------------------------------------------------

const NOW = new Date('2026-11-28T10:00:00+07:00');

/** What "dibayar <written>" reads as: the payment's amount, or a description of what came out. */
function paidAmount(written: string): number | string {
  const r = readMessage(`dibayar ${written}`, NOW);
  const e = r.entries[0];
  if (r.entries.length !== 1 || e?.kind !== 'payment' || !e.amount) return JSON.stringify(r.entries.map(toExpected));
  return e.amount.amount;
}

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

// Javanese number words (content/lexicon/jv.yaml), for 1..999999.
const JV_ONES = ['', 'siji', 'loro', 'telu', 'papat', 'limo', 'enem', 'pitu', 'wolu', 'songo'];
/** The form before "puluh", "atus", "ewu": rong atus, telung puluh, limang ewu. */
const JV_LINK = ['', 'se', 'rong', 'telung', 'patang', 'limang', 'nem', 'pitung', 'wolung', 'sangang'];
const JV_TEENS = [
  'sepuluh',
  'sewelas',
  'rolas',
  'telulas',
  'patbelas',
  'limolas',
  'nembelas',
  'pitulas',
  'wolulas',
  'songolas',
];
const JV_TWENTIES = [
  'rong puluh',
  'selikur',
  'rolikur',
  'telulikur',
  'patlikur',
  'selawe',
  'nemlikur',
  'pitulikur',
  'wolulikur',
  'songolikur',
];

/** 1..999 in Javanese words; `linked`: the last word in its form before a scale ("rong" ewu). */
function jvBelow1000(n: number, linked = false): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) out.push('satus');
  else if (h > 1) out.push(JV_LINK[h]!, 'atus');
  const t = Math.floor(rest / 10);
  const o = rest % 10;
  if (rest === 0) return out;
  if (t === 1) out.push(JV_TEENS[o]!);
  else if (t === 2) out.push(JV_TWENTIES[o]!);
  else if (t >= 3) {
    out.push(t === 5 ? 'seket' : t === 6 ? 'sewidak' : `${JV_LINK[t]} puluh`);
    if (o) out.push(linked && o > 1 ? JV_LINK[o]! : JV_ONES[o]!);
  } else out.push(linked && o > 1 ? JV_LINK[o]! : JV_ONES[o]!);
  return out;
}

/** 1..999999 in Javanese words: 150000 -> "satus seket ewu", 2500 -> "rong ewu limang atus". */
function spellJavanese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999_999) throw new RangeError(`${n}`);
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  const out: string[] = [];
  if (th === 1) out.push('sewu');
  else if (th > 1) out.push(...jvBelow1000(th, true), 'ewu');
  if (rest) out.push(...jvBelow1000(rest));
  return out.join(' ').replace(/\s+/g, ' ');
}

/**
 * Ways of writing an amount the reader gets wrong today (found by the properties below): the
 * properties skip what matches, so that they keep guarding the rest, and the last test checks
 * each example is still misread (take an entry off when it is read right).
 */
const KNOWN_MISREADS: readonly { what: string; matches: (written: string) => boolean; example: [string, number] }[] =
  [];

const known = (written: string) => KNOWN_MISREADS.some((k) => k.matches(written));

describe('amounts read back to themselves ("dibayar <amount>")', () => {
  const runs = { numRuns: 300 };

  it('spells Javanese numbers as the lexicon writes them', () => {
    expect(spellJavanese(7)).toBe('pitu');
    expect(spellJavanese(25)).toBe('selawe');
    expect(spellJavanese(57)).toBe('seket pitu');
    expect(spellJavanese(100)).toBe('satus');
    expect(spellJavanese(250)).toBe('rong atus seket');
    expect(spellJavanese(1000)).toBe('sewu');
    expect(spellJavanese(1500)).toBe('sewu limang atus');
    expect(spellJavanese(2000)).toBe('rong ewu');
    expect(spellJavanese(25_000)).toBe('selawe ewu');
    expect(spellJavanese(32_000)).toBe('telung puluh rong ewu');
    expect(spellJavanese(150_000)).toBe('satus seket ewu');
    expect(spellJavanese(675_300)).toBe('nem atus pitung puluh limang ewu telung atus');
  });

  it('in digits: 75000, 75.000, Rp75.000,-, Rp 75.000', () => {
    const amount = fc.integer({ min: 1, max: 20_000 }).map((k) => k * 500);
    const form = fc.constantFrom(
      (n: number) => String(n),
      (n: number) => grouped(n),
      (n: number) => `Rp${grouped(n)},-`,
      (n: number) => `Rp ${grouped(n)}`,
      (n: number) => `Rp.${grouped(n)}`,
      (n: number) => `${grouped(n)} rupiah`,
    );
    fc.assert(
      fc.property(amount, form, (n, f) => {
        fc.pre(!known(f(n)));
        expect(paidAmount(f(n)), f(n)).toBe(n);
      }),
      runs,
    );
  });

  it('in thousands and millions: 75rb, 75 ribu, 75k, 2jt, 1,5 juta', () => {
    const thousands = fc
      .integer({ min: 1, max: 999 })
      .chain((k) =>
        fc.constantFrom(`${k}rb`, `${k} rb`, `${k} ribu`, `${k}k`, `${k}ribu`).map((w) => [w, k * 1000] as const),
      );
    const millions = fc.integer({ min: 2, max: 40 }).chain((h) => {
      const m = h / 2; // halves: 1, 1,5, 2, ...
      const w = String(m).replace('.', ',');
      return fc.constantFrom(`${w}jt`, `${w} jt`, `${w} juta`).map((x) => [x, m * 1_000_000] as const);
    });
    fc.assert(
      fc.property(fc.oneof(thousands, millions), ([w, n]) => {
        fc.pre(!known(w));
        expect(paidAmount(w), w).toBe(n);
      }),
      runs,
    );
  });

  it('in Indonesian words: "tujuh puluh lima ribu"', () => {
    const amount = fc.oneof(
      fc.integer({ min: 1, max: 999 }).map((k) => k * 1000),
      fc.integer({ min: 2, max: 1999 }).map((k) => k * 500),
      fc.integer({ min: 1, max: 99 }).map((k) => k * 100_000),
    );
    fc.assert(
      fc.property(amount, (n) => {
        fc.pre(!known(spellNumber(n)));
        expect(paidAmount(spellNumber(n)), spellNumber(n)).toBe(n);
      }),
      runs,
    );
  });

  it('in Javanese words: "pitung puluh limang ewu", "satus seket ewu"', () => {
    const amount = fc.oneof(
      fc.integer({ min: 1, max: 999 }).map((k) => k * 1000),
      fc.integer({ min: 2, max: 1999 }).map((k) => k * 500),
      fc.integer({ min: 1, max: 999_999 }),
    );
    fc.assert(
      fc.property(amount, (n) => {
        fc.pre(!known(spellJavanese(n)));
        expect(paidAmount(spellJavanese(n)), spellJavanese(n)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  // Misreads the properties once found, now read right (a list kept so a new one can be parked with its example).
  it.each([
    ['Rp.75.000', 75_000],
    ['dua ratus dua puluh satu ribu lima ratus', 221_500],
    ['seket siji', 51],
    ['seket rong ewu', 52_000],
    ['nem atus seket siji ewu', 651_000],
    ['sangang atus sangang puluh sangang ewu sangang atus sangang puluh limo', 999_995],
  ] as const)('reads %s as %d', (written, amount) => {
    expect(paidAmount(written)).toBe(amount);
  });
});
