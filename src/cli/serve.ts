import type { Command } from 'commander';
import { startService } from '../app/service.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';

export function serveCommand(program: Command): void {
  program
    .command('serve', { isDefault: true })
    .description('run the service: web chat simulator, dashboard, API and configured channels')
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger(config.LOG_LEVEL);
      const service = await startService(config, logger);
      process.stdout.write(
        `Upahku is running: open ${service.url}/chat to talk to the bot (health: ${service.url}/healthz)\n`,
      );
      const stop = async (signal: string) => {
        logger.info(`${signal}: stopping`);
        await service.stop();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
