// `upahku <command>`: serve, chat, migrate, and the commands other areas add.
// Only the module of the command that runs is imported (src/cli/commands.ts).
import { Command } from 'commander';
import { registerCommands } from './commands.ts';

const program = new Command()
  .name('upahku')
  .description('Upahku: wage diary chatbot for home workers')
  .showHelpAfterError();

try {
  await registerCommands(program, process.argv.slice(2));
  await program.parseAsync(process.argv);
} catch (err) {
  // One readable line for a person at a terminal, not a log record.
  const message = err instanceof Error ? err.message : String(err);
  const { ConfigError } = await import('../core/config-error.ts');
  // A setting's own message already says what to change.
  if (err instanceof ConfigError) {
    process.stderr.write(`${message}\n`);
    process.exit(2);
  }
  process.stderr.write(`upahku: ${message}\n`);
  process.exit(1);
}
