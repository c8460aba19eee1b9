// The reader measured on messages it was never tuned on (tests/corpus-holdout/*.yaml): same
// format, same rules and same judge as the tuning corpus (tests/read/corpus.ts), written apart
// from the reader's code. A floor only, so that the share is watched; the failures (text,
// expected, got) go to a file under the OS temp dir, whose path the test prints.
import { holdoutSuite } from './holdout-suite.ts';

/**
 * The floor for the share of holdout messages read exactly right (what is stored: see `stored` in corpus.ts).
 * Measured 0.737 (221 of 300; id 76.7%, jv 67.0%, en 80.0%) on 2026-12-02, the first run of the reader on this
 * set: 73% rounded down, minus 2 points for safety. Never below 0.5. The expectations were written before that
 * run and not changed after it. The reader was then improved from what this set showed (it is no longer blind):
 * 0.870 (261 of 300) after that. tests/read/holdout2.test.ts is the set nobody tuned on.
 */
const HOLDOUT_MIN = 0.85;

holdoutSuite('holdout', 'corpus-holdout', 300, HOLDOUT_MIN);
