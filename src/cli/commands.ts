// The command table. Each command's module is imported only when that command
// runs, so `upahku --help` or `upahku token create` does not load the whole
// service (WhatsApp, Telegram, research). The descriptions here are what the
// top-level help lists; tests/cli/commands.test.ts checks they match the modules'.
import type { Command } from 'commander';

type Register = (program: Command) => void;

export interface CommandEntry {
  description: string;
  load: () => Promise<Register>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  serve: {
    description: 'run the service: web chat simulator, dashboard, API and configured channels',
    load: async () => (await import('./serve.ts')).serveCommand,
  },
  chat: {
    description: 'talk to the bot in the terminal as a worker (one message a line when piped)',
    load: async () => (await import('./chat.ts')).chatCommand,
  },
  migrate: {
    description: 'bring the database schema up to date',
    load: async () => (await import('./migrate.ts')).migrateCommand,
  },
  content: {
    description: 'the BPJS guide content (content/bpjs/*.yaml)',
    load: async () => (await import('./content.ts')).contentCommand,
  },
  questions: {
    description: 'TANYA questions from workers: list the open ones, answer one',
    load: async () => (await import('./questions.ts')).questionsCommand,
  },
  export: {
    description: 'research data sets with pseudonyms instead of identifiers (workers with research consent only)',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  demo: {
    description: 'fill a separate database with a synthetic study and print how to open the dashboard on it',
    load: async () => (await import('./demo.ts')).demoCommand,
  },
  broadcast: {
    description: 'NGO broadcasts: create, preview, send, status, cancel',
    load: async () => (await import('./broadcast.ts')).broadcastCommand,
  },
  group: {
    description: 'NGO groups of workers: create, join codes, import, list',
    load: async () => (await import('./broadcast.ts')).groupCommand,
  },
  token: {
    description: 'dashboard and API tokens (roles: admin, researcher, ngo)',
    load: async () => (await import('./token.ts')).tokenCommand,
  },
  sms: {
    description: 'the SMS channel: segments sent per day',
    load: async () => (await import('./sms.ts')).smsCommand,
  },
  db: {
    description: 'database maintenance',
    load: async () => (await import('./db.ts')).dbCommand,
  },
};

/** The command to run when none is named. */
export const DEFAULT_COMMAND = 'serve';

/** Own-property lookup: `upahku constructor` is an unknown command, not a built-in. */
export function commandEntry(name: string | undefined): CommandEntry | undefined {
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}

/**
 * Registers what this run needs: the named command in full (or the default one
 * when only options or nothing follow), else one-line entries for every command
 * so the help lists them and a mistyped name gets "unknown command".
 */
export async function registerCommands(program: Command, args: readonly string[]): Promise<void> {
  const [first, second] = args;
  const named = first === 'help' ? commandEntry(second) : commandEntry(first);
  if (named) {
    (await named.load())(program);
    return;
  }
  if (first === undefined) {
    (await COMMANDS[DEFAULT_COMMAND]!.load())(program);
    return;
  }
  for (const [name, entry] of Object.entries(COMMANDS)) program.command(name).description(entry.description);
}
