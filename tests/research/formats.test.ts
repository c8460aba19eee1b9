// Every format read back by a real reader: the "all data sets" ZIP opened
// entry by entry; each Parquet file by hyparquet, with the same rows as its
// CSV; the Python scripts compiled by python3 and the R scripts parsed by R
// when they are installed; Stata's .do checked by its text; the
// datapackage.json against the CSVs it describes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_VERSION } from '../../src/research/codebook.ts';
import { ALL_DATASETS, DATASETS, exportDataset, keyedPseudonymizer } from '../../src/research/datasets.ts';
import { type TestDb, testDb } from '../helpers/db.ts';
import { seedMessyDiary } from '../helpers/messy-diary.ts';

/** CSV (RFC 4180: quoted fields, doubled quotes) as records by header. */
function parse(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let rec: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rec.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rec.push(field);
      records.push(rec);
      rec = [];
      field = '';
    } else field += c;
  }
  if (field || rec.length) records.push([...rec, field]);
  const [head, ...rows] = records;
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

/** The entries of a ZIP, from its central directory. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
    out.set(name, inflateRawSync(buf.subarray(start, start + size)));
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('export formats read back', () => {
  let t: TestDb;
  let files: Map<string, Buffer>;
  let filename: string;
  beforeAll(async () => {
    t = await testDb();
    await seedMessyDiary(t.db, { workers: 12, today: '2026-11-20', seed: 3 });
    const file = await exportDataset(ALL_DATASETS, 'zip', {
      db: t.db,
      k: 3,
      now: new Date('2026-11-20T10:00:00.000Z'),
      pseudonym: keyedPseudonymizer('test-secret-0123456789abcdef'),
      overdueDays: 14,
    });
    filename = file.filename;
    files = unzip(file.body as Buffer);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('one ZIP of every data set, named with the day and the data version', () => {
    expect(filename).toBe(`upahku-all-2026-11-20-data-v${DATA_VERSION}.zip`);
    for (const name of Object.keys(DATASETS))
      for (const ext of ['.csv', '.parquet', '.do', '.R', '.py', '-codebook.csv', '-codebook.txt'])
        expect(files.has(`${name}${ext}`), `${name}${ext}`).toBe(true);
    expect(files.has('datapackage.json')).toBe(true);
  });

  it('each Parquet file holds the rows of its CSV', async () => {
    for (const name of Object.keys(DATASETS)) {
      const csv = parse(files.get(`${name}.csv`)!.toString('utf8'));
      const pq = files.get(`${name}.parquet`)!;
      const file = pq.buffer.slice(pq.byteOffset, pq.byteOffset + pq.byteLength) as ArrayBuffer;
      const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
      expect(rows.length, name).toBe(csv.length);
      // Every cell agrees, read as text (Parquet integers come back as BigInt, nulls as null).
      rows.forEach((r, i) => {
        for (const [col, v] of Object.entries(csv[i]!))
          expect(r[col] === null || r[col] === undefined ? '' : String(r[col]), `${name}.${col}`).toBe(v);
      });
    }
    expect(files.get('panel.csv')!.toString().split('\n').length).toBeGreaterThan(100);
  });

  it('datapackage.json describes every CSV, field by field', () => {
    const pkg = JSON.parse(files.get('datapackage.json')!.toString('utf8'));
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.version).toBe(DATA_VERSION);
    expect(pkg.resources).toHaveLength(Object.keys(DATASETS).length);
    // The statement on sampling travels with the data: no weights, who is in and why.
    expect(pkg.description).toMatch(/not a probability sample, and the data carry no weights/);
    expect(files.get('panel-codebook.txt')!.toString()).toMatch(/Sampling: .*no weights.*Who is out:/s);
    for (const r of pkg.resources) {
      const header = files.get(r.path)!.toString('utf8').split(/\r?\n/)[0]!.split(',');
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const f of r.schema.fields) expect(f.description, `${r.name}.${f.name}`).toBeTruthy();
    }
  });

  it('every data set over weeks or months says which is under way (partial), in its rows, codebook and scripts', () => {
    const overTime = Object.entries(DATASETS).filter(([, ds]) =>
      ds.doc.columns.some((c) => c.name === 'month' || c.name === 'week'),
    );
    expect(overTime.map(([name]) => name).sort()).toEqual(['aggregates', 'panel', 'panel_months']);
    for (const [name, ds] of overTime) {
      const rows = parse(files.get(`${name}.csv`)!.toString('utf8'));
      // 2026-11-20 is in November and in ISO week 47: those rows are partial, every other one is not.
      const current = (r: Record<string, string>) => (r.month ? r.month === '2026-11' : r.week === '2026-W47');
      expect(rows.length, name).toBeGreaterThan(0);
      expect(rows.some(current), name).toBe(true);
      for (const r of rows) expect(r.partial, `${name} ${r.month ?? r.week}`).toBe(current(r) ? '1' : '0');
      expect(files.get(`${name}-codebook.csv`)!.toString(), name).toMatch(
        new RegExp(`^${name},partial,.*under way`, 'm'),
      );
      expect(ds.doc.notes.join(' '), name).toMatch(/current (week and )?month (is|are) partial/);
      expect(files.get(`${name}.do`)!.toString(), name).toContain('label values partial partial_lbl');
    }
  });

  it('Stata .do labels every variable and the coded values', () => {
    for (const [name, ds] of Object.entries(DATASETS)) {
      const text = files.get(`${name}.do`)!.toString('utf8');
      expect(text).toContain(`import delimited using "${name}.csv"`);
      for (const c of ds.doc.columns) expect(text).toMatch(new RegExp(`^label variable ${c.name} ".+"$`, 'm'));
      for (const line of text.split('\n').filter((l) => l.startsWith('label variable')))
        expect(line.slice(line.indexOf('"') + 1, -1).length).toBeLessThanOrEqual(80);
    }
    expect(files.get('panel.do')!.toString()).toContain('label define below_umk_lbl 0 "no" 1 "yes", replace');
    expect(files.get('panel.do')!.toString()).toContain('label values below_umk below_umk_lbl');
  });

  it.skipIf(!has('python3'))('the Python scripts compile (python3 -m py_compile)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'upahku-py-'));
    for (const name of Object.keys(DATASETS)) {
      const path = join(dir, `${name}.py`);
      writeFileSync(path, files.get(`${name}.py`)!);
      execFileSync('python3', ['-m', 'py_compile', path]);
    }
  });

  it.skipIf(!has('Rscript'))('the R scripts parse (Rscript, parse())', () => {
    const dir = mkdtempSync(join(tmpdir(), 'upahku-r-'));
    for (const name of Object.keys(DATASETS)) {
      const path = join(dir, `${name}.R`);
      writeFileSync(path, files.get(`${name}.R`)!);
      execFileSync('Rscript', ['-e', `invisible(parse(file = "${path}"))`]);
    }
  });
});
