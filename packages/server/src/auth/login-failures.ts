import { AppError, AppErrorCode } from "@kawal/core";

/**
 * Counts failed logins in a sliding window, twice: per address and username (someone guessing one
 * account's password) and per address alone (someone trying many usernames). Only failures count, so a
 * person who logs in correctly many times is never held back; a success clears its own account's count.
 * Kept in this process's memory: a restart forgets the counts, and several server processes count apart.
 */
export class LoginFailures {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: { perAccount: number; perAddress: number; windowMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Refuses with 429 while either count is at its limit. */
  check(address: string, username: string): void {
    if (
      this.recent(`${address}|${username}`) >= this.limits.perAccount ||
      this.recent(address) >= this.limits.perAddress
    ) {
      throw new AppError(AppErrorCode.RATE_LIMITED, "too many failed logins");
    }
  }

  failed(address: string, username: string): void {
    for (const key of [`${address}|${username}`, address]) {
      this.failures.set(key, [...this.timesOf(key), this.now()]);
    }
  }

  succeeded(address: string, username: string): void {
    this.failures.delete(`${address}|${username}`);
  }

  private recent(key: string): number {
    const times = this.timesOf(key);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times.length;
  }

  /** The key's failures still inside the window (older ones are dropped, so the map cannot grow without bound). */
  private timesOf(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    return (this.failures.get(key) ?? []).filter((time) => time > since);
  }
}
