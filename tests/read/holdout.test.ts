// The reader measured on messages it was never tuned on (tests/corpus-holdout/*.yaml): same
// format, same rules and same judge as the tuning corpus (tests/read/corpus.ts), written apart
// from the reader's code. A floor only, so that the share is watched; the failures (text,
// expected, got) go to a file under the OS temp dir, whose path the test prints.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/read/reader.ts';
import { type CorpusItem, type ExpectedEntry, judge, loadCorpus, STYLES } from './corpus.ts';

const HOLDOUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus-holdout');

/**
 * The floor for the share of holdout messages read exactly right (what is stored: see `stored` in corpus.ts).
 * Measured 0.737 (221 of 300; id 76.7%, jv 67.0%, en 80.0%) on 2026-12-02, the first run of the reader on this
 * set: 73% rounded down, minus 2 points for safety. Never below 0.5. The expectations were written before that
 * run and not changed after it. The reader was then improved from what this set showed (it is no longer blind):
 * 0.870 (261 of 300) after that. tests/read/holdout2.test.ts is the set nobody tuned on.
 */
const HOLDOUT_MIN = 0.85;

const items = loadCorpus(HOLDOUT_DIR);
const results = items.map((item) => ({ item, judgement: judge(item, readMessage(item.text, item.now)) }));

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');
const show = (entries: ExpectedEntry[]) =>
  entries.length ? entries.map((e) => JSON.stringify(e)).join('\n    ') : '(none)';
const where = (it: CorpusItem) => `${it.file}#${it.index} [${it.style}]`;

describe('the reader on the holdout corpus', () => {
  it('holds 300 messages', () => {
    expect(items.length).toBe(300);
  });

  it(`reads at least ${Math.round(HOLDOUT_MIN * 100)}% of the messages exactly right`, () => {
    const right = results.filter((r) => r.judgement.right).length;
    const share = right / items.length;
    const perStyle = STYLES.map((s) => {
      const of = results.filter((r) => r.item.style === s);
      return `${s} ${of.filter((r) => r.judgement.right).length}/${of.length} (${pct(of.filter((r) => r.judgement.right).length, of.length)})`;
    }).join(', ');

    const failures = results.filter((r) => !r.judgement.right);
    const lines = [
      `holdout: ${right}/${items.length} right (${pct(right, items.length)}); ${perStyle}`,
      '',
      ...failures.map(({ item, judgement }) =>
        [
          `${where(item)} ${JSON.stringify(item.text)}`,
          `  expected:\n    ${show(item.expect)}`,
          `  got:\n    ${show(judgement.got)}`,
          '',
        ].join('\n'),
      ),
    ];
    const file = join(tmpdir(), 'upahku-reader-holdout.txt');
    writeFileSync(file, lines.join('\n'));
    console.log(
      `holdout: ${right}/${items.length} right (${pct(right, items.length)}); ${perStyle}; failures in ${file}`,
    );

    expect(share).toBeGreaterThanOrEqual(HOLDOUT_MIN);
  });
});
