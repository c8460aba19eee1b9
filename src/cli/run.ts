// One run of the command line: the program, the commands `register` adds for
// these arguments, and an error as one readable line for a person at a
// terminal, not a log record. Shared by the whole command line
// (src/cli/main.ts) and the quick commands of the bundle (src/cli/quick.ts).
import { Command } from 'commander';

export type Register = (program: Command, args: readonly string[]) => Promise<void> | void;

export async function runCli(register: Register): Promise<void> {
  const program = new Command()
    .name('upahku')
    .description('Upahku: wage diary chatbot for home workers')
    .showHelpAfterError();
  try {
    await register(program, process.argv.slice(2));
    await program.parseAsync(process.argv);
  } catch (err) {
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
}
