// The run loop under the outbox sender and the scheduler: passes back to back
// while there is work, an idle sleep that wake() cuts short, stop() waiting for
// the pass in hand, and a failing pass that does not end the loop.
import { afterEach, describe, expect, it } from 'vitest';
import { WakeableLoop } from '../../src/core/wakeable-loop.ts';

async function until(ok: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const loops: WakeableLoop[] = [];
function make(pass: () => Promise<number>, idleMs: number, onError: (err: unknown) => void = () => {}) {
  const loop = new WakeableLoop({ pass, idleMs, onError });
  loops.push(loop);
  return loop;
}
afterEach(async () => {
  for (const l of loops.splice(0)) await l.stop();
});

describe('WakeableLoop', () => {
  it('runs passes back to back while they find work, then sleeps until the idle time is up', async () => {
    const work = [3, 2, 1];
    let passes = 0;
    const loop = make(async () => {
      passes++;
      return work.shift() ?? 0;
    }, 60_000);
    loop.start();
    await until(() => passes === 4, 'the fourth pass (the first idle one)');
    await new Promise((r) => setTimeout(r, 100));
    // Asleep for a minute: no fifth pass yet.
    expect(passes).toBe(4);
  });

  it('wake() during the idle sleep starts the next pass at once', async () => {
    let passes = 0;
    const loop = make(async () => {
      passes++;
      return 0;
    }, 60_000);
    loop.start();
    await until(() => passes === 1, 'the first pass');
    await new Promise((r) => setTimeout(r, 20));
    const woken = Date.now();
    loop.wake();
    await until(() => passes === 2, 'the pass after wake()');
    expect(Date.now() - woken).toBeLessThan(1000);
    loop.wake();
    await until(() => passes === 3, 'the pass after a second wake()');
  });

  it('stop() waits for the pass in hand, which sees that the loop is stopping, and no pass runs after', async () => {
    let passes = 0;
    let release: (() => void) | null = null;
    let sawStopping: boolean | null = null;
    const loop = make(async () => {
      passes++;
      await new Promise<void>((r) => {
        release = r;
      });
      sawStopping = loop.stopping;
      return 1; // work was done: without stop() the next pass would follow at once
    }, 60_000);
    expect(loop.stopping).toBe(false);
    loop.start();
    await until(() => release !== null, 'the pass to begin');
    let stopped = false;
    const stopping = loop.stop().then(() => {
      stopped = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    expect(loop.stopping).toBe(true);
    release!();
    await stopping;
    expect(sawStopping).toBe(true);
    expect(loop.stopping).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(passes).toBe(1);
  });

  it('stop() during the idle sleep returns without waiting out the idle time', async () => {
    let passes = 0;
    const loop = make(async () => {
      passes++;
      return 0;
    }, 60_000);
    loop.start();
    await until(() => passes === 1, 'the first pass');
    const began = Date.now();
    await loop.stop();
    expect(Date.now() - began).toBeLessThan(1000);
    expect(passes).toBe(1);
  });

  it('a pass that throws is reported and the loop goes on after the idle time', async () => {
    const errors: unknown[] = [];
    let passes = 0;
    const loop = make(
      async () => {
        passes++;
        if (passes === 1) throw new Error('database is locked');
        return 0;
      },
      20,
      (err) => errors.push(err),
    );
    loop.start();
    await until(() => passes >= 3, 'passes after the failure');
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('database is locked');
  });

  it('can be started again after stop(), and start() twice runs one loop', async () => {
    let inFlight = 0;
    let most = 0;
    let passes = 0;
    const loop = make(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      passes++;
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      return passes < 20 ? 1 : 0;
    }, 60_000);
    loop.start();
    loop.start();
    await until(() => passes >= 20, 'twenty passes');
    expect(most).toBe(1);
    await loop.stop();
    const before = passes;
    loop.start();
    loop.wake();
    await until(() => passes > before, 'a pass after the restart');
  });
});
