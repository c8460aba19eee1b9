// Prints what the reader takes from each line of standard input (for trying words out).
import { readFileSync } from 'node:fs';
import { readMessage } from '../src/read/reader.ts';

const now = new Date(process.env.NOW ?? '2026-11-28T03:00:00Z');
for (const line of readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const r = readMessage(line, now);
  const shown = r.entries.map(({ text: _t, ...e }) => e);
  console.log(`${line}\n   => ${JSON.stringify(shown)}${r.smallTalk ? ' SMALLTALK' : ''}${r.command ? ` CMD ${r.command}` : ''}`);
}
