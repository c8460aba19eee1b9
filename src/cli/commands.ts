// The command table. Each area adds its command module to `modules`.
import type { Command } from 'commander';
import { broadcastCommand, groupCommand } from './broadcast.ts';
import { chatCommand } from './chat.ts';
import { contentCommand } from './content.ts';
import { dbCommand } from './db.ts';
import { exportCommand } from './export.ts';
import { migrateCommand } from './migrate.ts';
import { questionsCommand } from './questions.ts';
import { serveCommand } from './serve.ts';
import { tokenCommand } from './token.ts';

const modules: ((program: Command) => void)[] = [
  serveCommand,
  chatCommand,
  migrateCommand,
  contentCommand,
  questionsCommand,
  exportCommand,
  broadcastCommand,
  groupCommand,
  tokenCommand,
  dbCommand,
];

export function registerCommands(program: Command): void {
  for (const add of modules) add(program);
}
