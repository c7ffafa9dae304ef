import { RATE_LIMITS, type RateCategory } from "../model";

/** The outcome of one request against the limiter. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  windowMs: number;
  /** Milliseconds until a slot frees (when refused). */
  resetMs: number;
}

/** A sliding-window limiter per user and category: a request is allowed when fewer than `limit` were allowed in the last `windowMs`. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(public windowMs: number) {}

  take(user: string, category: RateCategory, now = Date.now()): RateDecision {
    const limit = RATE_LIMITS[category].limit;
    const key = `${category}\u0000${user}`;
    const list = this.hits.get(key) ?? [];
    const cutoff = now - this.windowMs;
    let drop = 0;
    while (drop < list.length && list[drop] <= cutoff) drop++;
    if (drop) list.splice(0, drop);
    if (list.length >= limit) {
      return { allowed: false, limit, remaining: 0, windowMs: this.windowMs, resetMs: Math.max(1, list[0] + this.windowMs - now) };
    }
    list.push(now);
    this.hits.set(key, list);
    return { allowed: true, limit, remaining: limit - list.length, windowMs: this.windowMs, resetMs: 0 };
  }

  clear(): void {
    this.hits.clear();
  }
}
