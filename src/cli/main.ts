// `upahku <command>`: serve, chat, migrate, and the commands other areas add.
import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { registerCommands } from './commands.ts';

const program = new Command()
  .name('upahku')
  .description('Upahku: wage diary chatbot for home workers')
  .showHelpAfterError();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  createLogger().error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
// Keep loadConfig referenced for commands that import it lazily.
void loadConfig;
