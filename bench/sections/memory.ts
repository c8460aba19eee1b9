// (5) Memory: resident memory of the real service (`upahku serve`, as
// `npm start` runs it) at idle and after N messages through its web chat API,
// against an idle bare Node process.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, memoryOf, sleep, spawnNode, stopChild, waitForOutput } from '../lib/proc.ts';
import { type Figure, ratioFigure, type Section } from '../lib/report.ts';
import { startFlags } from '../lib/start-flags.ts';
import { withTmpDir } from '../lib/tmp.ts';
import { type WorkloadMessage, workload } from '../workload.ts';

export interface MemorySizes {
  /** Messages sent to the service before the second reading. */
  messages: number;
}

const SERVICE = fileURLToPath(new URL('../../bin/upahku.js', import.meta.url));
/** Requests in flight at once; each lane keeps its workers' messages in order. */
const LANES = 4;

async function bareNode(dir: string): Promise<number> {
  const child = spawnNode(['-e', 'console.log("ready"); setInterval(() => {}, 1000)'], {}, dir);
  try {
    await waitForOutput(child, /ready/);
    await sleep(500);
    return memoryOf(child.pid!).rss;
  } finally {
    await stopChild(child);
  }
}

/** Messages for about `count` in total: whole conversations, cut at the count. */
function messagesFor(count: number): WorkloadMessage[] {
  const perWorker = 15; // fewer than one workload conversation holds, so there are enough
  return workload({ workers: Math.max(1, Math.ceil(count / perWorker)), prefix: 'mem' }).slice(0, count);
}

async function send(base: string, messages: WorkloadMessage[]): Promise<void> {
  const lanes: WorkloadMessage[][] = Array.from({ length: LANES }, () => []);
  for (const m of messages) lanes[Number(m.user.replace(/\D/g, '')) % LANES]!.push(m);
  await Promise.all(
    lanes.map(async (lane) => {
      for (const m of lane) {
        const res = await fetch(`${base}/api/chat/send`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user: m.user, text: m.text, id: m.id }),
        });
        if (!res.ok) throw new Error(`web chat answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }
    }),
  );
}

export async function memorySection(sizes: MemorySizes): Promise<Section> {
  const started = performance.now();
  return withTmpDir(async (dir) => {
    const bare = await bareNode(dir);
    const port = await freePort();
    const child = spawnNode(
      [...startFlags(), SERVICE, 'serve'],
      { DATABASE_URL: join(dir, 'service.sqlite'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      dir,
    );
    try {
      await waitForOutput(child, /running/);
      await sleep(1000);
      const idle = memoryOf(child.pid!);
      const messages = messagesFor(sizes.messages);
      const t0 = performance.now();
      await send(`http://127.0.0.1:${port}`, messages);
      const sendMs = performance.now() - t0;
      await sleep(1000);
      const after = memoryOf(child.pid!);
      const figures: Figure[] = [
        ratioFigure('RSS idle', idle.rss, 'MiB', { name: 'bare node idle', value: bare }),
        ratioFigure(`RSS after ${messages.length} msgs`, after.rss, 'MiB', { name: 'service idle', value: idle.rss }),
        ratioFigure('peak RSS', after.peak, 'MiB', { name: 'service idle', value: idle.rss }),
      ];
      return {
        name: 'memory',
        figures,
        details: {
          messages: messages.length,
          webChatMessagesPerSecond: Math.round((messages.length * 1000) / sendMs),
          process: 'upahku serve (web chat, no channel credentials)',
        },
        seconds: (performance.now() - started) / 1000,
      };
    } finally {
      await stopChild(child);
    }
  });
}
