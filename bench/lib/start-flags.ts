// The Node flags `npm start` gives the service (package.json's start script),
// so the benchmark measures the service as it is run.
import { readFileSync } from 'node:fs';

export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = pkg.scripts.start!.split(/\s+/);
  if (words[0] !== 'node') throw new Error(`the start script does not run node: ${pkg.scripts.start}`);
  return words.slice(
    1,
    words.findIndex((w, i) => i > 0 && !w.startsWith('-')),
  );
}
