// Keeps the BPJS content fresh while the service runs: reload on SIGHUP and
// whenever a file in the content directory changes. A malformed edit is
// logged with the file, line, place and what is expected; the bot keeps
// speaking from the last good content.

import { formatContentError, type LoadResult } from '../content/bpjs/load.ts';
import { contentStatus, reloadContent, useContentDir, watchContent } from '../content/bpjs/store.ts';
import type { Logger } from '../logger.ts';
import type { RuntimeFactory } from '../runtime.ts';

function report(logger: Logger, r: LoadResult, why: string): void {
  const dir = contentStatus().dir;
  if (r.ok) {
    logger.info({ dir, why }, 'BPJS content loaded');
    for (const w of r.warnings) logger.debug(w);
    return;
  }
  logger.error(
    { dir, why, errors: r.errors.map(formatContentError) },
    `BPJS content refused, the last good content stays in use:\n${r.errors.map(formatContentError).join('\n')}`,
  );
}

export const bpjsContentRuntime: RuntimeFactory = ({ config, logger }) => {
  let stopWatching: (() => void) | null = null;
  const onHangup = () => report(logger, reloadContent(), 'SIGHUP');
  return {
    name: 'bpjsContent',
    async start() {
      const r = config.BPJS_CONTENT_DIR ? useContentDir(config.BPJS_CONTENT_DIR) : reloadContent();
      report(logger, r, 'start');
      // With no good content at all the guide cannot speak: say why now rather than fail her later.
      if (!r.ok && contentStatus().loadedAt === null)
        throw new Error(
          `The BPJS content in ${contentStatus().dir} is invalid (run \`npx upahku content check\`):\n${r.errors.map(formatContentError).join('\n')}`,
        );
      stopWatching = watchContent((r) => report(logger, r, 'file changed'));
      process.on('SIGHUP', onHangup);
    },
    async stop() {
      process.off('SIGHUP', onHangup);
      stopWatching?.();
      stopWatching = null;
    },
    health() {
      const s = contentStatus();
      return { ok: s.ok, dir: s.dir, loadedAt: s.loadedAt, errors: s.errors };
    },
  };
};
