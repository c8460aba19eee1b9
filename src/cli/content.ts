// `upahku content check`: validates the BPJS content files an NGO edits,
// with every problem named by file, line, place and what is expected.
import type { Command } from 'commander';
import { formatContentError, loadContent } from '../content/bpjs/load.ts';
import { DEFAULT_CONTENT_DIR } from '../content/bpjs/store.ts';

export function contentCommand(program: Command): void {
  const content = program.command('content').description('the BPJS guide content (content/bpjs/*.yaml)');
  content
    .command('check')
    .description('check the content files; the running service reloads them on change or SIGHUP')
    .option('--dir <path>', 'content directory (default: BPJS_CONTENT_DIR, else content/bpjs)')
    .action((opts: { dir?: string }) => {
      const dir = opts.dir ?? process.env.BPJS_CONTENT_DIR ?? DEFAULT_CONTENT_DIR;
      const r = loadContent(dir);
      if (!r.ok) {
        process.stderr.write(
          `${r.errors.length} problem${r.errors.length === 1 ? '' : 's'} in ${dir}:\n${r.errors.map(formatContentError).join('\n')}\n`,
        );
        process.exitCode = 1;
        return;
      }
      const c = r.content;
      const figures = Object.values(c.figures);
      const langs = Object.keys(c.langs).sort();
      process.stdout.write(
        `OK: ${dir}\n` +
          `${langs.length} languages (${langs.join(', ')}), ${c.langs.id!.topics.length} topics, ` +
          `${figures.length} figures (${figures.filter((f) => !f.confirmed).length} said as approximate)\n`,
      );
      for (const w of r.warnings) process.stdout.write(`note: ${w}\n`);
    });
}
