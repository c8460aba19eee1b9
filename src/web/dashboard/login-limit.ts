// Login attempts per client address: after `maxFailures` wrong tokens within
// `windowMs` the address is refused (429) until the window has passed since its
// first failure. Kept in this process's memory (each process counts its own);
// a success clears the address. Bounded: the oldest addresses are dropped first.
export interface LoginLimitOptions {
  maxFailures?: number;
  windowMs?: number;
  /** Most addresses remembered at once. */
  maxAddresses?: number;
}

export class LoginLimiter {
  private readonly failures = new Map<string, { first: number; count: number }>();
  readonly maxFailures: number;
  readonly windowMs: number;
  private readonly maxAddresses: number;

  constructor(o: LoginLimitOptions = {}) {
    this.maxFailures = o.maxFailures ?? 10;
    this.windowMs = o.windowMs ?? 15 * 60_000;
    this.maxAddresses = o.maxAddresses ?? 10_000;
  }

  /** Seconds to wait before trying again, or 0 when the address may try now. */
  retryAfter(address: string, now: number): number {
    const f = this.failures.get(address);
    if (!f) return 0;
    if (now - f.first >= this.windowMs) {
      this.failures.delete(address);
      return 0;
    }
    return f.count >= this.maxFailures ? Math.ceil((f.first + this.windowMs - now) / 1000) : 0;
  }

  fail(address: string, now: number): void {
    const f = this.failures.get(address);
    if (f && now - f.first < this.windowMs) {
      f.count++;
      return;
    }
    this.failures.delete(address);
    if (this.failures.size >= this.maxAddresses) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(address, { first: now, count: 1 });
  }

  succeed(address: string): void {
    this.failures.delete(address);
  }
}
