// Starts outbox-process.child.ts as a real process and follows what it says.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const script = new URL('./outbox-process.child.ts', import.meta.url).pathname;

export interface OutboxProcessOptions {
  hang?: boolean;
  holdAfterFirst?: boolean;
  claimTimeoutMs?: number;
  batchSize?: number;
  exitWhenDone?: boolean;
  passes?: boolean;
}

export interface OutboxProcess {
  child: ChildProcess;
  /** Every line it wrote to stdout so far. */
  events: string[];
  /** Resolves with the exit code, or -1 when killed by a signal. */
  exited: Promise<number | null>;
  /** Waits until a line matches (or the process ends, or `ms` pass: then throws with what it said). */
  until(match: RegExp | ((events: string[]) => boolean), what: string, ms?: number): Promise<void>;
  /** Ends a long wait for a send slot. */
  release(): void;
}

export function startOutboxProcess(url: string, out: string, name: string, o: OutboxProcessOptions): OutboxProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, url, out, name, JSON.stringify(o)], {
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const events: string[] = [];
  let stderr = '';
  let partial = '';
  child.stdout!.on('data', (d) => {
    partial += String(d);
    const parts = partial.split('\n');
    partial = parts.pop()!;
    events.push(...parts);
  });
  child.stderr!.on('data', (d) => (stderr += d));
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      done = true;
      resolve(signal ? -1 : code);
    }),
  );
  return {
    child,
    events,
    exited,
    async until(match, what, ms = 60_000) {
      const ok = typeof match === 'function' ? match : (e: string[]) => e.some((l) => match.test(l));
      const deadline = Date.now() + ms;
      while (!ok(events)) {
        if (done || Date.now() > deadline) {
          throw new Error(
            `${name}: ${done ? 'ended' : 'timed out'} waiting for ${what}\nstdout: ${events.join(' | ')}\nstderr: ${stderr}`,
          );
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    release() {
      child.stdin!.write('go\n');
    },
  };
}

/** Lines of the platform's record: id, address, process name, time. */
export function delivered(file: string): { id: number; address: string; by: string; at: number }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [id, address, by, at] = l.split('\t');
      return { id: Number(id), address: address!, by: by!, at: Number(at) };
    });
}
