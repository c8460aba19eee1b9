// A background loop that runs one pass after another while there is work,
// sleeps when a pass found nothing, and can be woken early (new work was just
// written) or stopped (waiting for the pass in hand). The outbox sender and
// the scheduler run on it; the database stays their only record of work.

export interface WakeableLoopOptions {
  /** One pass; returns how much it did. 0 means idle: sleep before the next. */
  pass: () => Promise<number>;
  /** How long to sleep when idle, unless woken. */
  idleMs: number;
  /** A pass that throws is reported here and the loop goes on (after an idle sleep). */
  onError: (err: unknown) => void;
}

export class WakeableLoop {
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(private readonly o: WakeableLoopOptions) {}

  /** stop() was called and the loop has not ended yet: a pass should hand back what it holds. */
  get stopping(): boolean {
    return !this.running && this.loop !== null;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let n = 0;
        try {
          n = await this.o.pass();
        } catch (err) {
          this.o.onError(err);
        }
        if (n === 0 && this.running) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, this.o.idleMs);
            this.wakeUp = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          this.wakeUp = null;
        }
      }
    })();
  }

  /** Ends the idle sleep now; does nothing while a pass runs. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Lets the pass in hand finish, then resolves; start() may be called again after. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.loop = null;
  }
}
