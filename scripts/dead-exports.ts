// Exports of src/ that nothing imports: from src/, tests/, bench/ or scripts/,
// by name, by `import * as`, by a re-export, by a dynamic import
// (`(await import('./x.ts')).name` or `const { name } = await import(...)`),
// or by declaration merging (`declare module './x.ts'`). Each is either
// dead ("unused") or used only in its own file ("local": the export can go).
//
//   node --import tsx scripts/dead-exports.ts [--local]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|mjs|js)$/.test(p)) out.push(p);
  }
  return out;
}

const parse = (file: string) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

const hasExport = (n: ts.Node) =>
  ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a file exports itself (not re-exports of other files). */
function exportsOf(sf: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause))
      names.push(...st.exportClause.elements.map((e) => e.name.text));
    if (!hasExport(st)) continue;
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    if (
      (ts.isFunctionDeclaration(st) ||
        ts.isClassDeclaration(st) ||
        ts.isInterfaceDeclaration(st) ||
        ts.isTypeAliasDeclaration(st) ||
        ts.isEnumDeclaration(st)) &&
      st.name
    )
      names.push(st.name.text);
  }
  return names;
}

export interface Finding {
  file: string;
  name: string;
  kind: 'unused' | 'local';
}

export function deadExports(): Finding[] {
  const srcFiles = walk(join(root, 'src')).filter((f) => f.endsWith('.ts'));
  const users = ['src', 'tests', 'bench', 'scripts', 'bin'].flatMap((d) => walk(join(root, d)));
  /** file -> names used from it by other files; '*' for all. */
  const used = new Map<string, Set<string>>();
  const use = (file: string, name: string) => {
    const key = file.endsWith('.ts') || file.endsWith('.js') || file.endsWith('.mjs') ? file : `${file}.ts`;
    if (!used.has(key)) used.set(key, new Set());
    used.get(key)!.add(name);
  };
  for (const file of users) {
    const sf = parse(file);
    const target = (spec: string) => resolve(dirname(file), spec);
    const visit = (n: ts.Node): void => {
      if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier) {
        const spec = (n.moduleSpecifier as ts.StringLiteral).text;
        if (spec.startsWith('.')) {
          const t = target(spec);
          if (ts.isImportDeclaration(n)) {
            const c = n.importClause;
            if (c?.name) use(t, 'default');
            const b = c?.namedBindings;
            if (b && ts.isNamespaceImport(b)) use(t, '*');
            if (b && ts.isNamedImports(b)) for (const e of b.elements) use(t, (e.propertyName ?? e.name).text);
          } else if (n.exportClause && ts.isNamedExports(n.exportClause)) {
            for (const e of n.exportClause.elements) use(t, (e.propertyName ?? e.name).text);
          } else use(t, '*');
        }
      }
      if (ts.isModuleDeclaration(n) && ts.isStringLiteral(n.name) && n.name.text.startsWith('.')) use(target(n.name.text), '*');
      if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const arg = n.arguments[0];
        if (arg && ts.isStringLiteral(arg) && arg.text.startsWith('.')) {
          const t = target(arg.text);
          // (await import(x)).name, or const { a, b } = await import(x): those names; anything else: all.
          let p: ts.Node = n.parent;
          while (ts.isAwaitExpression(p) || ts.isParenthesizedExpression(p)) p = p.parent;
          if (ts.isPropertyAccessExpression(p)) use(t, p.name.text);
          else if (ts.isVariableDeclaration(p) && ts.isObjectBindingPattern(p.name))
            for (const e of p.name.elements) use(t, ((e.propertyName ?? e.name) as ts.Identifier).text);
          else use(t, '*');
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  const out: Finding[] = [];
  for (const file of srcFiles) {
    const names = used.get(file) ?? new Set();
    if (names.has('*')) continue;
    const sf = parse(file);
    const text = sf.text;
    for (const name of exportsOf(sf)) {
      if (names.has(name)) continue;
      const uses = text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
      out.push({ file: relative(root, file), name, kind: uses > 1 ? 'local' : 'unused' });
    }
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const local = process.argv.includes('--local');
  for (const f of deadExports()) if (f.kind === 'unused' || local) console.log(`${f.kind}\t${f.file}\t${f.name}`);
}
