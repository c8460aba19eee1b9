// The folder graph of src/: which folder imports which (type imports too), and
// the cycles in it. A folder is the first directory under src/ (src/app,
// src/db, ...); a file directly in src/ (config.ts, logger.ts) is its own node.
// Dynamic imports (the command line's lazy commands) do not count: they are
// the way a folder reaches above itself on purpose.
//
//   node --import tsx scripts/check-layers.ts   (exit 1 on a cycle not listed in KNOWN_CYCLES)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Cycles allowed, each as its sorted folders: none (a new one fails tests/layers.test.ts). */
export const KNOWN_CYCLES: readonly string[] = [];

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

function nodeOf(file: string): string {
  const parts = relative(src, file).split('/');
  return parts.length === 1 ? parts[0]!.replace(/\.ts$/, '') : parts[0]!;
}

export interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Every static relative import between files of src/, as file paths relative to the project. */
export function fileEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of walk(src)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    for (const st of sf.statements) {
      if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier) continue;
      const spec = (st.moduleSpecifier as ts.StringLiteral).text;
      if (!spec.startsWith('.')) continue;
      const typeOnly = ts.isImportDeclaration(st) ? (st.importClause?.isTypeOnly ?? false) : st.isTypeOnly;
      edges.push({ from: relative(root, file), to: relative(root, resolve(dirname(file), spec)), typeOnly });
    }
  }
  return edges;
}

/** Folder -> the folders it imports, with the file imports behind each pair. */
export function folderGraph(edges = fileEdges()): Map<string, Map<string, Edge[]>> {
  const g = new Map<string, Map<string, Edge[]>>();
  for (const e of edges) {
    const a = nodeOf(join(root, e.from));
    const b = nodeOf(join(root, e.to));
    if (!g.has(a)) g.set(a, new Map());
    if (!g.has(b)) g.set(b, new Map());
    if (a === b) continue;
    const out = g.get(a)!;
    out.set(b, [...(out.get(b) ?? []), e]);
  }
  return g;
}

/** The cycles: strongly connected groups of more than one folder (Tarjan), each sorted. */
export function folderCycles(g = folderGraph()): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v)!.keys()) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of [...g.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const g = folderGraph();
  const cycles = folderCycles(g);
  const unknown = cycles.filter((c) => !KNOWN_CYCLES.includes(c.join(',')));
  for (const c of cycles) {
    console.log(`${KNOWN_CYCLES.includes(c.join(',')) ? 'known' : 'NEW'} cycle: ${c.join(', ')}`);
    for (const a of c)
      for (const [b, es] of g.get(a)!)
        if (c.includes(b)) console.log(`  ${a} -> ${b}: ${es.length} imports, e.g. ${es[0]!.from} -> ${es[0]!.to}`);
  }
  if (!cycles.length) console.log('no cycles between folders');
  process.exit(unknown.length ? 1 : 0);
}
