// `npm run bench [-- --quick] [--only engine,sending] [--out file] [--markdown] [--show]`:
// prints a table of figures, each against a baseline measured in the same
// run, and writes them to bench/results.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FULL, QUICK, runBench, SECTION_NAMES, type SectionName, writeResults } from './harness.ts';
import { formatTable, markdownRows, type Results } from './lib/report.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: fileURLToPath(new URL('./results.json', import.meta.url)) },
    // Print the figures again as rows for the README's table.
    markdown: { type: 'boolean', default: false },
    // Only print the table of an earlier run (with --markdown: its README rows).
    show: { type: 'boolean', default: false },
  },
});

const only = values.only?.split(',').map((s) => s.trim()) as SectionName[] | undefined;
const unknown = only?.filter((s) => !SECTION_NAMES.includes(s));
if (unknown?.length) {
  process.stderr.write(`Unknown section ${unknown.join(', ')}; choose from ${SECTION_NAMES.join(', ')}\n`);
  process.exit(2);
}

if (values.show) {
  const earlier = JSON.parse(readFileSync(values.out, 'utf8')) as Results;
  process.stdout.write(`${values.markdown ? markdownRows(earlier) : formatTable(earlier)}\n`);
  process.exit(0);
}

const started = performance.now();
const results = await runBench({
  sizes: values.quick ? QUICK : FULL,
  quick: values.quick,
  only,
  onSection: (s) =>
    process.stderr.write(
      `${s.name}: ${s.error ? 'failed' : s.skipped ? 'skipped' : 'done'} in ${s.seconds.toFixed(1)} s\n`,
    ),
});
writeResults(values.out, results);
process.stdout.write(`${formatTable(results)}\n`);
if (values.markdown) process.stdout.write(`\n${markdownRows(results)}\n`);
for (const s of results.sections) if (s.error) process.stderr.write(`\n${s.name} failed:\n${s.error}\n`);
process.stdout.write(`\nWritten to ${values.out} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
if (results.sections.some((s) => s.error)) process.exitCode = 1;
