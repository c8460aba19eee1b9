// `upahku <command>`: serve, chat, migrate, and the commands other areas add.
// Only the module of the command that runs is imported (src/cli/commands.ts).
import { registerCommands } from './commands.ts';
import { runCli } from './run.ts';

await runCli(registerCommands);
