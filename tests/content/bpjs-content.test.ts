import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ContentError, formatContentError, loadContent } from '../../src/content/bpjs/load.ts';
import { fill } from '../../src/content/bpjs/render.ts';
import {
  bpjsContent,
  contentStatus,
  DEFAULT_CONTENT_DIR,
  reloadContent,
  useContentDir,
  watchContent,
} from '../../src/content/bpjs/store.ts';
import { translator } from '../../src/flows/messages/index.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'upahku-content-'));
  cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true });
});
afterEach(() => {
  useContentDir(DEFAULT_CONTENT_DIR);
  rmSync(dir, { recursive: true, force: true });
});

/** Replaces one exact piece of a content file (fails the test if it is not there). */
function edit(file: string, from: string, to: string): void {
  const path = join(dir, file);
  const src = readFileSync(path, 'utf8');
  expect(src, `${file} contains ${from}`).toContain(from);
  writeFileSync(path, src.replace(from, to));
}

function lineOf(file: string, needle: string): number {
  return (
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1
  );
}

function errorsOf(): ContentError[] {
  const r = loadContent(dir);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

describe('the shipped content', () => {
  it('validates, with the same topics in every language', () => {
    const r = loadContent(DEFAULT_CONTENT_DIR);
    if (!r.ok) throw new Error(r.errors.map(formatContentError).join('\n'));
    const { langs } = r.content;
    expect(Object.keys(langs).sort()).toEqual(['en', 'id']);
    expect(langs.en!.topics.map((t) => t.key)).toEqual(langs.id!.topics.map((t) => t.key));
  });

  it('gives every figure a year, a source and a checked-on date', () => {
    const { figures } = bpjsContent();
    expect(Object.keys(figures).length).toBeGreaterThan(20);
    for (const [name, f] of Object.entries(figures)) {
      expect(f.year, name).toBeGreaterThanOrEqual(2015);
      expect(f.source.length, name).toBeGreaterThan(3);
      expect(f.checkedOn, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Figures from the domain notes, as published.
    expect(figures.jkm!.value).toBe(6800);
    expect(figures.jkkMin!.value).toBe(10000);
    expect(figures.jknClass3!.value).toBe(35000);
    expect(figures.bpuCheapest).toMatchObject({ value: 16800, confirmed: false });
    expect(figures.bpuWithJht).toMatchObject({ value: 36800, confirmed: false });
  });

  it('every text that uses an unconfirmed figure says "about" and names an official channel', () => {
    const c = bpjsContent();
    for (const lang of ['id', 'en']) {
      const t = translator(lang);
      const lf = c.langs[lang]!;
      const all = [
        ...lf.topics.flatMap((x) => x.pages),
        ...Object.values(lf.advice.jkn),
        ...Object.values(lf.advice.bpjs_tk),
        ...Object.values(lf.obstacles),
      ];
      for (const text of all) {
        const uses = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        if (!uses.some((n) => !c.figures[n]!.confirmed)) continue;
        const out = fill(text, c, lang, t);
        expect(out, text).toMatch(lang === 'id' ? /sekitar Rp/ : /about Rp/);
        expect(out, text).toMatch(/175|\+62 811-8165-165/);
      }
    }
  });
});

describe('a broken content file is refused with file, place and what is expected', () => {
  it('YAML syntax: the file and line', () => {
    edit('en.yaml', 'lang: en', 'lang: en\ntopics: [oops');
    const [e] = errorsOf();
    expect(e).toMatchObject({ file: 'en.yaml', place: 'YAML syntax' });
    expect(e!.line).toBeGreaterThan(0);
    expect(formatContentError(e!)).toMatch(/^en\.yaml:\d+:\d+: YAML syntax: expected valid YAML/);
  });

  it('a figure written as text with dots', () => {
    edit('figures.yaml', 'value: 6800', 'value: "6.800"');
    const errors = errorsOf();
    const line = lineOf('figures.yaml', 'value: "6.800"');
    expect(errors.map(formatContentError)).toContain(
      `figures.yaml:${line}:12: figures.jkm.value: expected a number of rupiah, 0 or more (got text "6.800")`,
    );
  });

  it('rupiah with decimals, an impossible checked-on day, a missing field', () => {
    edit('figures.yaml', 'value: 207000', 'value: 207000.5');
    edit(
      'figures.yaml',
      'checkedOn: 2026-11-28\n    confirmed: true\n    note: JKM contribution',
      'checkedOn: 2026-02-30\n    confirmed: true\n    note: JKM contribution',
    );
    edit(
      'figures.yaml',
      '    year: 2021\n    source: Permenaker 5/2021\n    checkedOn: 2026-11-28\n    confirmed: true\n  jkmLumpSum:',
      '    source: Permenaker 5/2021\n    checkedOn: 2026-11-28\n    confirmed: true\n  jkmLumpSum:',
    );
    const shown = errorsOf().map(formatContentError).join('\n');
    expect(shown).toMatch(
      /figures\.yaml:\d+:\d+: figures\.jkkMax\.value: expected whole rupiah, without dots or commas/,
    );
    expect(shown).toMatch(
      /figures\.yaml:\d+:\d+: figures\.jkm\.checkedOn: expected a real calendar day written YYYY-MM-DD \(got text "2026-02-30"\)/,
    );
    expect(shown).toMatch(
      /figures\.yaml:\d+:\d+: figures\.jkmBenefit\.year: expected a year such as 2021 \(got nothing: it is missing\)/,
    );
  });

  it('a misspelt figure name in a text, with a suggestion', () => {
    edit('id.yaml', 'iuran {jkm} sebulan', 'iuran {jkmm} sebulan');
    const [e] = errorsOf();
    expect(e).toMatchObject({
      file: 'id.yaml',
      place: 'topics[0].pages[2]',
      expected: 'a figure name from figures.yaml in {braces}: did you mean {jkm}?',
      got: '{jkmm}',
    });
    expect(e!.line).toBe(lineOf('id.yaml', '{jkmm}') - 1); // the page starts at its "- |-" line
  });

  it('an unconfirmed figure without an official channel', () => {
    edit('en.yaml', 'Check it in the JMO app or call {tkCallCenter}.', 'Check it in the JMO app.');
    const [e] = errorsOf();
    expect(formatContentError(e!)).toMatch(
      /^en\.yaml:\d+:\d+: topics\[1\]\.pages\[0\]: expected an official channel too \(\{tkCallCenter\} or \{pandawa\}\), because \{bpuCheapest\} is not confirmed$/,
    );
  });

  it('a misspelt key, a missing advice text and a topic missing in one language', () => {
    edit('en.yaml', '    title: "How to pay & paying late"', '    titel: "How to pay & paying late"');
    edit(
      'en.yaml',
      '    unknown: |-\n      BPJS Ketenagakerjaan: check',
      '    unknwn: |-\n      BPJS Ketenagakerjaan: check',
    );
    const shown = errorsOf().map(formatContentError);
    expect(shown).toContain(
      `en.yaml:${lineOf('en.yaml', 'titel:')}:5: topics[4].titel: expected no key "titel" here: check its spelling and indentation`,
    );
    expect(shown.join('\n')).toMatch(
      /en\.yaml:\d+:\d+: topics\[4\]\.title: expected the title as text \(got nothing: it is missing\)/,
    );
    expect(shown.join('\n')).toMatch(
      /en\.yaml:\d+:\d+: advice\.bpjs_tk\.unknown: expected the advice text for "unknown"/,
    );
  });

  it('a topic only in Indonesian', () => {
    edit('id.yaml', '  - key: bayar', '  - key: bayar2');
    const [e] = errorsOf();
    expect(formatContentError(e!)).toMatch(
      /^en\.yaml:\d+:\d+: topics: expected the topics of id\.yaml in the same order \(tk, tk_daftar, jkn, jkn_daftar, bayar2\) \(got missing bayar2; extra bayar\)$/,
    );
  });

  it('a page too long for one message', () => {
    edit('id.yaml', 'Ikut JKK dan JKM saja sudah bisa.', `Ikut JKK dan JKM saja sudah bisa. ${'x'.repeat(700)}`);
    const [e] = errorsOf();
    expect(formatContentError(e!)).toMatch(
      /^id\.yaml:\d+:\d+: topics\[0\]\.pages\[0\]: expected the page as text of at most 700 characters/,
    );
  });

  it('a missing language file or figures file', () => {
    rmSync(join(dir, 'id.yaml'));
    expect(errorsOf().map(formatContentError)).toContain('id.yaml: (file): expected the Indonesian texts in id.yaml');
    rmSync(join(dir, 'figures.yaml'));
    expect(formatContentError(errorsOf()[0]!)).toMatch(/^figures\.yaml: \(file\): expected the file figures\.yaml in /);
  });
});

describe('reloading without a restart', () => {
  it('keeps the last good content when an edit is malformed, and takes the fix', () => {
    expect(useContentDir(dir).ok).toBe(true);
    const before = bpjsContent();
    edit('figures.yaml', 'value: 6800', 'value: enam ribu');
    const r = reloadContent();
    expect(r.ok).toBe(false);
    expect(bpjsContent()).toBe(before);
    expect(bpjsContent().figures.jkm!.value).toBe(6800);
    const status = contentStatus();
    expect(status.ok).toBe(false);
    expect(status.errors[0]).toMatch(/^figures\.yaml:\d+:\d+: figures\.jkm\.value: expected a number of rupiah/);

    edit('figures.yaml', 'value: enam ribu', 'value: 7000');
    expect(reloadContent().ok).toBe(true);
    expect(bpjsContent().figures.jkm!.value).toBe(7000);
    expect(bpjsContent().figures.bpuCheapest!.value).toBe(17000);
    expect(contentStatus()).toMatchObject({ ok: true, errors: [] });
  });

  it('a malformed directory given at start falls back to the shipped content and reports why', async () => {
    // A fresh module instance: nothing loaded yet.
    const { vi } = await import('vitest');
    vi.resetModules();
    const store = await import('../../src/content/bpjs/store.ts');
    edit('id.yaml', 'lang: id', 'lang: xx');
    const r = store.useContentDir(dir);
    expect(r.ok).toBe(false);
    expect(store.bpjsContent().dir).toBe(store.DEFAULT_CONTENT_DIR);
    expect(store.contentStatus().errors[0]).toMatch(
      /^id\.yaml:\d+:\d+: lang: expected "id", the name of this file \(got "xx"\)/,
    );
  });

  it('reloads by itself when a file in the directory changes', async () => {
    useContentDir(dir);
    const results: boolean[] = [];
    const stop = watchContent((r) => results.push(r.ok), 50);
    try {
      const v = contentStatus().version;
      edit('id.yaml', 'Ikut JKK dan JKM saja sudah bisa.', 'Cukup JKK dan JKM saja.');
      const deadline = Date.now() + 5000;
      while (contentStatus().version === v && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(bpjsContent().langs.id!.topics[0]!.pages[0]).toContain('Cukup JKK dan JKM saja.');
      expect(results).toContain(true);
    } finally {
      stop();
    }
  });
});

describe('npx upahku content check', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(process.cwd(), 'bin/upahku.js'), 'content', 'check', ...args], {
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent', BPJS_CONTENT_DIR: '' },
    });

  it('says OK for good content', () => {
    const r = run(['--dir', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^OK: .*\n2 languages \(en, id\), 5 topics, \d+ figures \(\d+ said as approximate\)/);
  });

  it('exits 1 and names every problem for broken content', () => {
    edit('en.yaml', '{jkm} a month', '{jkmm} a month');
    edit('id.yaml', '    title: "Cara bayar & kalau telat bayar"', '    titel: "Cara bayar & kalau telat bayar"');
    const r = run(['--dir', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^3 problems in /);
    expect(r.stderr).toMatch(
      /\nen\.yaml:\d+:\d+: topics\[0\]\.pages\[2\]: expected a figure name from figures\.yaml in \{braces\}: did you mean \{jkm\}\? \(got \{jkmm\}\)\n/,
    );
    expect(r.stderr).toContain(
      `\nid.yaml:${lineOf('id.yaml', 'titel:')}:5: topics[4].titel: expected no key "titel" here: check its spelling and indentation\n`,
    );
  });
});
