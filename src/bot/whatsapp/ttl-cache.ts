// A plain in-memory cache with a time to live, in the shape Baileys takes for
// its caches (CacheStore). Ours so that one person's entries can be found and
// dropped after HAPUS: Baileys' default cache cannot be searched from outside.
import type { CacheStore } from '@whiskeysockets/baileys';

export class TtlCache implements CacheStore {
  private readonly entries = new Map<string, { value: unknown; until: number }>();
  private writes = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get<T>(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value as T;
  }

  set<T>(key: string, value: T): boolean {
    // Expired entries nobody asks for again are swept now and then, so memory stays bounded.
    if (++this.writes % 1000 === 0) this.prune();
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
    return true;
  }

  del(key: string): boolean {
    return this.entries.delete(key);
  }

  flushAll(): void {
    this.entries.clear();
  }

  /** The keys of live entries. */
  keys(): string[] {
    this.prune();
    return [...this.entries.keys()];
  }

  private prune(): void {
    const now = this.now();
    for (const [key, e] of this.entries) if (e.until <= now) this.entries.delete(key);
  }
}
