// The test of the reader on a holdout set (messages written apart from the reader's code): the share read
// exactly right against a floor, per style, and the failures (text, expected, got) in a file under the OS
// temp dir, whose path is printed. Shared by holdout.test.ts and holdout2.test.ts.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';
import { type CorpusItem, type ExpectedEntry, judge, loadCorpus, STYLES } from './corpus.ts';

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');
const show = (entries: ExpectedEntry[]) =>
  entries.length ? entries.map((e) => JSON.stringify(e)).join('\n    ') : '(none)';
const where = (it: CorpusItem) => `${it.file}#${it.index} [${it.style}]`;

export function holdoutSuite(name: string, folder: string, size: number, min: number): void {
  const items = loadCorpus(join(dirname(fileURLToPath(import.meta.url)), '..', folder));
  const results = items.map((item) => ({ item, judgement: judge(item, readMessage(item.text, item.now)) }));

  describe(`the reader on the ${name} corpus`, () => {
    it(`holds ${size} messages`, () => {
      expect(items.length).toBe(size);
    });

    it(`reads at least ${Math.round(min * 100)}% of the messages exactly right`, () => {
      const rightOf = (rs: typeof results) => rs.filter((r) => r.judgement.right).length;
      const right = rightOf(results);
      const perStyle = STYLES.map((s) => {
        const of = results.filter((r) => r.item.style === s);
        return `${s} ${rightOf(of)}/${of.length} (${pct(rightOf(of), of.length)})`;
      }).join(', ');
      const summary = `${name}: ${right}/${items.length} right (${pct(right, items.length)}); ${perStyle}`;
      const failures = results
        .filter((r) => !r.judgement.right)
        .map(({ item, judgement }) =>
          [
            `${where(item)} ${JSON.stringify(item.text)}`,
            `  expected:\n    ${show(item.expect)}`,
            `  got:\n    ${show(judgement.got)}`,
            '',
          ].join('\n'),
        );
      const file = join(tmpdir(), `upahku-reader-${name}.txt`);
      writeFileSync(file, [summary, '', ...failures].join('\n'));
      console.log(`${summary}; failures in ${file}`);
      expect(right / items.length).toBeGreaterThanOrEqual(min);
    });
  });
}
