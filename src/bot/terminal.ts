// The terminal as a worker's phone. With a terminal it prompts; with piped
// input it handles each line as one message as soon as it arrives, prints the
// replies (each followed by a blank line) and exits at the end of input.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Db } from '../db/connect.ts';
import { takeForAddress } from '../db/outbox.ts';
import type { Engine } from '../engine/engine.ts';

export interface TerminalChatOptions {
  engine: Engine;
  db: Db;
  user: string;
  input: Readable;
  output: Writable;
  interactive: boolean;
}

export async function runTerminalChat(o: TerminalChatOptions): Promise<void> {
  const write = (s: string) =>
    new Promise<void>((resolve) => {
      if (!o.output.write(s)) o.output.once('drain', resolve);
      else resolve();
    });
  const flush = async () => {
    for (const m of await takeForAddress(o.db, 'terminal', o.user, new Date().toISOString()))
      await write(`${m.text}\n\n`);
  };
  const rl = createInterface({
    input: o.input,
    terminal: o.interactive,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  if (o.interactive) {
    await write('Upahku chat. Ketik pesan seperti di HP (Ctrl+D untuk keluar).\n\n');
    await flush();
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    await o.engine.handle({
      channel: 'terminal',
      channelUserId: o.user,
      externalId: randomUUID(),
      text: line,
      receivedAt: new Date(),
    });
    await flush();
    if (o.interactive) rl.prompt();
  }
}
